/**
 * Issue 18 (eighth session), speech cues: tagging repairs that lose a "X said Y" before the
 * attribution pass sees it. "The Vorn campaign has said he is ...": compromise reads the noun
 * after a name as a verb ("campaign"), so the speech verb loses its subject and the reported
 * clause its source. "Dana Pell noted voters are tired": a speech verb's past tense after a name,
 * before a bare noun, is read as an adjective ("noted voters"), so the subject swallows it.
 * Run as tagging repairs (registered in annotate/repairs.ts), switched off by name like any rule.
 */
import type { Token } from '../types.js';
import { rules, type Rule } from './rule.js';
import { verbLemma } from '../annotate/lemma.js';
import { asRepairs, type Repair, type Tagging } from '../annotate/repair.js';
import type { NpMove6, NpStep6 } from './np-6.js';
import { isNounish } from './words.js';

const has = (t: Token | undefined, tag: string): boolean => Boolean(t && t.tags.has(tag));
const bare = (t: Token): boolean => !/\S/.test(t.post);
/** Past tenses of speech and report verbs that are also adjectives before a noun ("noted", "reported", "alleged"). */
const SPEECH_PAST = /^(?:noted|added|stated|claimed|reported|warned|argued|explained|insisted|admitted|conceded|confirmed|announced|asserted|stressed|acknowledged|alleged|complained|predicted|suggested|agreed|recalled|observed|remarked|declared|contended|cautioned|tweeted|wrote|told|said)$/;

export const SPEECH_RULES_8: Rule<Tagging, void>[] = rules<Tagging, void>('finite', [
  {
    name: 'name-noun-before-auxiliary',
    description: 'after a determiner and a name, a one-word base-form "verb" right before a verb group that opens with an auxiliary ("has", "had", "will") is the head noun of the subject ("The Vorn campaign has said")',
    example: 'The Vorn campaign has said he is not being audited',
    apply: ({ tokens, verbs }) => {
      for (let g = verbs.length - 2; g >= 0; g--) {
        const v = verbs[g]!;
        const next = verbs[g + 1]!;
        if (v.first !== v.last || next.first !== v.last + 1) continue;
        const t = tokens[v.first]!;
        const name = tokens[v.first - 1];
        const det = tokens[v.first - 2];
        if (!name || !det || !has(name, 'ProperNoun') || has(name, 'Verb') || !bare(name) || !bare(t) || !/^(?:the|a|an|this|that)$/.test(det.norm)) continue;
        if (!/^[a-z]{3,}$/.test(t.text) || /(?:s|ed|ing)$/.test(t.norm) || !has(t, 'Infinitive') || has(t, 'PastTense')) continue;
        const aux = tokens[next.first]!;
        if (next.last <= next.first || !/^(?:has|had|have|will|would|is|was)$/.test(aux.norm)) continue;
        tokens[v.first] = { ...t, tags: new Set(['Noun', 'Singular']) };
        verbs.splice(g, 1);
      }
    },
  },
  {
    name: 'speech-past-before-clause',
    description: 'a speech verb\'s past tense read as an adjective right after a name or subject pronoun ("Pell noted voters are", "she noted clients are"), before a noun and then a verb group, is the finite speech verb: its own verb group',
    example: 'Dana Pell noted voters are not likely to change',
    apply: ({ tokens, verbs, text, base }) => {
      for (let i = 1; i + 2 < tokens.length; i++) {
        const t = tokens[i]!;
        const b = tokens[i - 1]!;
        if (!SPEECH_PAST.test(t.norm) || has(t, 'Verb') || !has(t, 'Adjective') || !bare(t) || !bare(b)) continue;
        if (!(has(b, 'ProperNoun') || /^(?:he|she|they|we|i)$/.test(b.norm)) || has(b, 'Possessive') || (i >= 2 && /^(?:the|a|an)$/.test(tokens[i - 2]!.norm))) continue;
        // the name is a subject: not the object of a preposition or of a verb right before it ("with Pell", "met Pell")
        if (i >= 2 && !/^(?:he|she|they|we|i)$/.test(b.norm) && (has(tokens[i - 2], 'Preposition') || verbs.some((v) => v.last === i - 2))) continue;
        const n = tokens[i + 1]!;
        if (!has(n, 'Noun') || has(n, 'Verb')) continue;
        // a verb group soon after the noun, with no punctuation before it
        const next = verbs.find((v) => v.first > i + 1);
        if (!next || next.first > i + 5 || tokens.slice(i + 1, next.first).some((x) => !bare(x) || has(x, 'Verb'))) continue;
        tokens[i] = { ...t, tags: new Set(['Verb', 'PastTense']) };
        verbs.splice(verbs.indexOf(next), 0, { start: t.start, end: t.end, text: text.slice(t.start - base, t.end - base), lemma: verbLemma(t.norm), first: i, last: i, negated: false, passive: false });
      }
    },
  },
]);

/** Nouns of saying and doubting that take an "about"/"over" phrase: "the mayor's claims about the budget". */
const SAYING_NOUNS = /^(?:claims?|comments?|remarks?|statements?|allegations?|accusations?|questions?|concerns?|worries|fears?|doubts?|complaints?|warnings?|assertions?|suggestions?|reports?|stories|story|rumou?rs?|debates?|arguments?|talks?|disputes?)$/;

/** Walk-left steps for noun phrases (consulted after NP_RULES and NP_RULES_6 in phrase.ts's npLeft). */
export const SPEECH_NP_RULES_8 = rules<NpStep6, NpMove6 | undefined>('subjects', [
  {
    name: 'np-saying-noun-about',
    description: 'through "about" or "over" to a noun of saying or doubting before it ("claims about", "concerns over"): the subject of the clause in a report is the whole phrase, not the noun after "about"',
    example: 'Residents say the mayor\'s claims about the budget are false',
    apply: ({ toks, i, floor, taken, p }) => {
      if (!/^(?:about|over)$/.test(p.norm) || taken > 8 || i - 2 < floor || /\S/.test(p.post)) return undefined;
      const noun = toks[i - 2]!;
      if (!SAYING_NOUNS.test(noun.norm) || !isNounish(noun) || has(noun, 'Verb') || /\S/.test(noun.post)) return undefined;
      // the noun has its own determiner or possessive: "the claims", "the mayor's claims", "his remarks"
      const before = toks[i - 3];
      if (!before || !(has(before, 'Determiner') || has(before, 'Possessive') || /['’]s$/.test(before.text) || /^(?:his|her|its|their|our|my|your)$/.test(before.norm))) return undefined;
      // not a time ("remarks over the weekend")
      if (toks.slice(i, i + taken).some((t) => has(t, 'Date') || has(t, 'Time'))) return undefined;
      return { take: 2 };
    },
  },
]);

/** The rules as tagging repairs (registered in annotate/repairs.ts). */
export const SPEECH_REPAIRS_8: Repair[] = asRepairs(SPEECH_RULES_8);
