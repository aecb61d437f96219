/**
 * Issue 20 (eighth session): tagging repairs for main verbs compromise reads as nouns, so that the
 * clause they head had no claim. "The machine employs reduced instruction-set computing": the -s
 * verb is taken for a plural and the participle modifying the object for the verb; "..., the
 * company claims.": a closing attribution's -s verb read as a plural; "Dock workers report long
 * delays", "Route 9 and Route 12 parallel the river": a base form after a plural or coordinated
 * subject read as a noun.
 */
import type { Token } from '../types.js';
import { rules, type Rule } from '../claims/rule.js';
import { NOUN_PASTS, canBeVerb, listedVerb, stripS, switches } from './known.js';
import { verbLemma } from './lemma.js';
import { asRepairs, type Repair, type Tagging } from './repair.js';
import { afterSubject, bare, clashes, finite, finiteBefore, has, inGroup, makeVerb, nounEnd, unknownWord } from './verb-repairs-5.js';

/** An -s word that can be a present-tense verb: "employs", "claims" (not "bus", "analysis", "physics"). */
function sVerb(t: Token): boolean {
  if (!/^[a-z]{3,}s$/.test(t.text) || /(?:ss|us|is|ics)$/.test(t.norm) || has(t, 'Verb') || !has(t, 'Plural')) return false;
  const stem = stripS(t.norm);
  return unknownWord(t.norm, stem) || canBeVerb(stem);
}

/** Clause boundaries inside a sentence: after these a new subject can start. */
const BOUNDARY_WORD = /^(?:and|or|but|that|which|who|when|while|where|because|if|unless|until|after|before|since|although|though|as)$/;
/** Subject pronouns and other words that stand for a plural subject. */
const PLURAL_PRONOUN = /^(?:they|we|themselves|ourselves|both|many|others)$/;

export const VERB_REPAIR_RULES_8: Rule<Tagging, void>[] = rules<Tagging, void>('finite', [
  {
    name: 's-verb-before-participle-modifier',
    description: 'an -s word compromise read as a plural right after the noun that ends the subject, followed by a past participle it took for the verb that modifies the noun after it ("employs reduced computing"), is the verb; the participle is an adjective of its object',
    example: 'The Tarvel mill employs reinforced steel frames',
    apply: (tg) => {
      const { tokens, verbs } = tg;
      for (let i = 1; i + 2 < tokens.length; i++) {
        const t = tokens[i]!;
        if (!sVerb(t) || !bare(t) || inGroup(verbs, i) || !afterSubject(tokens, i) || finiteBefore(tokens, verbs, i)) continue;
        const p = tokens[i + 1]!;
        const g = verbs.findIndex((v) => v.first === i + 1 && v.last === i + 1);
        if (g < 0 || !has(p, 'PastTense') || !/^[a-z]{3,}ed$/.test(p.text) || !bare(p)) continue;
        const n = tokens[i + 2]!;
        if (inGroup(verbs, i + 2) || !(has(n, 'Noun') || has(n, 'Adjective')) || has(n, 'Pronoun') || has(n, 'Determiner') || has(n, 'Date')) continue;
        if (clashes(tokens, verbs, i + 2)) continue;
        verbs.splice(g, 1);
        tokens[i + 1] = { ...p, tags: new Set(['Adjective']) };
        makeVerb(tg, i, verbLemma(t.norm));
      }
    },
  },
  {
    name: 's-verb-closing-attribution',
    description: 'a sentence that ends ", the company claims.": after the last comma, a determiner or possessive, its noun phrase and an -s word compromise read as a plural, with nothing after it, is a closing attribution whose verb is that word',
    example: 'The bridge will reopen in May, the ministry claims.',
    apply: (tg) => {
      const { tokens, verbs } = tg;
      const i = tokens.length - 1;
      if (i < 3) return;
      const t = tokens[i]!;
      if (!sVerb(t) || inGroup(verbs, i) || !/^[\s.!?"”’']*$/.test(t.post) || !nounEnd(tokens[i - 1]!) || !bare(tokens[i - 1]!)) return;
      let j = i - 1;
      while (j > 0 && bare(tokens[j - 1]!) && !inGroup(verbs, j - 1) && (has(tokens[j - 1], 'Noun') || has(tokens[j - 1], 'Adjective') || has(tokens[j - 1], 'ProperNoun') || has(tokens[j - 1], 'Determiner') || has(tokens[j - 1], 'Possessive'))) j--;
      const head = tokens[j]!;
      const before = tokens[j - 1];
      if (!before || !/,\s*$/.test(before.post) || i - j > 5) return;
      if (!(has(head, 'Determiner') || has(head, 'Possessive') || /^(?:the|its|his|her|their|our)$/.test(head.norm)) || /^(?:that|which|what)$/.test(head.norm)) return;
      if (!verbs.some((v) => v.last < j && finite(tokens, v))) return;
      makeVerb(tg, i, verbLemma(t.norm));
    },
  },
  {
    name: 'base-verb-after-plural-subject',
    description: 'a base form compromise read as a noun, that its lexicon also has as a verb, right after a plural subject (a plural noun, "they", or two nouns joined by "and") with no finite verb of its own clause before it, and before an object, a preposition or the end of the sentence, is the verb: a plural subject\'s verb has no -s',
    example: 'Dock workers report long delays; Route 9 and Route 12 parallel the river',
    apply: (tg) => {
      const { tokens, verbs } = tg;
      for (let i = 1; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (!/^[a-z]{3,}$/.test(t.text) || /(?:s|ly|ing|ed)$/.test(t.norm) || !has(t, 'Noun') || has(t, 'Plural') || has(t, 'Verb') || has(t, 'Pronoun') || inGroup(verbs, i)) continue;
        if (!(listedVerb(t.norm) || /Verb|Infinitive/.test(switches(t.norm) ?? ''))) continue;
        const p = tokens[i - 1]!;
        if (!bare(p) || inGroup(verbs, i - 1)) continue;
        // the stretch of the clause before the word: back to a comma, a clause word or the sentence start
        let s = i - 1;
        const nounAnd = (k: number): boolean => tokens[k]!.norm === 'and' && k > 0 && bare(tokens[k - 1]!) && !inGroup(verbs, k - 1) && (has(tokens[k - 1], 'Noun') || has(tokens[k - 1], 'Value'));
        while (s > 0 && bare(tokens[s - 1]!) && (!BOUNDARY_WORD.test(tokens[s - 1]!.norm) || /^(?:who|which|that)$/.test(tokens[s - 1]!.norm) || nounAnd(s - 1))) s--;
        const stretch = tokens.slice(s, i);
        const relative = stretch.findIndex((x) => /^(?:who|which|that)$/.test(x.norm));
        const own = relative < 0 ? stretch : stretch.slice(0, relative);
        const startsAfterAnd = s > 1 && tokens[s - 1]!.norm === 'and';
        const plural = PLURAL_PRONOUN.test(p.norm) || (has(p, 'Plural') && nounEnd(p)) || own.some((x, k) => k > 0 && x.norm === 'and' && (has(own[k - 1], 'Noun') || has(own[k - 1], 'Value')) && (has(own[k + 1], 'Noun') || has(own[k + 1], 'ProperNoun')));
        if (!plural || startsAfterAnd || own.length === 0) continue;
        if (own.some((x) => has(x, 'Preposition') && !has(x, 'Noun')) && !has(p, 'Plural') && !PLURAL_PRONOUN.test(p.norm)) continue;
        if (own.some((x) => has(x, 'Verb'))) continue;
        if (relative < 0 && verbs.some((v) => v.first >= s && v.first < i && finite(tokens, v))) continue;
        if (relative >= 0 && !has(own[own.length - 1], 'Plural')) continue;
        const n = tokens[i + 1];
        const end = !n && /^[\s.!?"”’']*$/.test(t.post);
        if (!end && (!n || !bare(t) || !(has(n, 'Determiner') || has(n, 'Preposition') || has(n, 'Adjective') || has(n, 'Value') || /^(?:him|her|them|us|me|its|their|his|our)$/.test(n.norm)) || has(n, 'Date'))) continue;
        if (n && clashes(tokens, verbs, i + 1)) continue;
        makeVerb(tg, i, verbLemma(t.norm));
      }
    },
  },
  {
    name: 'noun-past-after-plural-read-as-verb',
    description: 'a past tense compromise holds only as a noun ("rose", "drew", noun-pasts in repairs.ts) right after a plural it took for a one-word verb ("Tarvel shares rose 5%"), or after a relative aside set off by commas after the subject ("Tarvel bonds, which were hammered, rose"), is the verb; the plural is the subject\'s noun',
    example: 'Tarvel shares rose 5% yesterday; Tarvel bonds, which have been hammered in recent weeks, rose 1 point',
    apply: ({ tokens, verbs, text, base }) => {
      for (let i = 1; i < tokens.length; i++) {
        const t = tokens[i]!;
        const lemma = NOUN_PASTS.get(t.text);
        if (lemma === undefined || inGroup(verbs, i)) continue;
        const next = tokens[i + 1];
        if (next && has(next, 'Noun') && !has(next, 'Value') && !has(next, 'Pronoun') && !has(next, 'Date') && !has(next, 'Determiner')) continue;
        const p = tokens[i - 1]!;
        if (bare(p)) {
          const g = verbs.findIndex((v) => v.first === i - 1 && v.last === i - 1);
          if (g < 0 || !/^[a-z]{3,}[^su]s$/.test(p.text) || has(p, 'Auxiliary') || has(p, 'Copula') || /^(?:has|does|was|goes|says)$/.test(p.norm)) continue;
          const b = tokens[i - 2];
          if (!b || !bare(b) || !(has(b, 'Noun') || has(b, 'ProperNoun') || has(b, 'Adjective')) || has(b, 'Pronoun') || has(b, 'Verb')) continue;
          verbs.splice(g, 1);
          tokens[i - 1] = { ...p, tags: new Set(['Noun', 'Plural']) };
        } else {
          if (!/^\s*,\s*$/.test(p.post)) continue;
          // back to the comma before ", which/who": the aside holds a finite verb and no other comma
          let j = i - 1;
          while (j > 0 && bare(tokens[j - 1]!)) j--;
          const rel = tokens[j]!;
          const subj = tokens[j - 1];
          if (!/^(?:which|who)$/.test(rel.norm) || !subj || !/^\s*,\s*$/.test(subj.post) || has(subj, 'Pronoun')) continue;
          // "New York bonds, which ...": the subject's plural compromise read as a one-word verb
          const sg = verbs.findIndex((v) => v.first === j - 1 && v.last === j - 1);
          const sb = tokens[j - 2];
          const pluralRead = sg >= 0 && /^[a-z]{3,}[^su]s$/.test(subj.text) && !has(subj, 'Auxiliary') && !has(subj, 'Copula') && Boolean(sb && bare(sb) && (has(sb, 'Noun') || has(sb, 'ProperNoun')) && !has(sb, 'Pronoun') && !has(sb, 'Verb'));
          if (!pluralRead && (sg >= 0 || !(has(subj, 'Noun') || has(subj, 'ProperNoun') || has(subj, 'Plural')))) continue;
          if (!verbs.some((v) => v.first > j && v.last < i && finite(tokens, v))) continue;
          if (verbs.some((v) => v.last < j - (pluralRead ? 1 : 0) && finite(tokens, v))) continue;
          if (pluralRead) {
            verbs.splice(sg, 1);
            tokens[j - 1] = { ...subj, tags: new Set(['Noun', 'Plural']) };
          }
        }
        tokens[i] = { ...t, tags: new Set(['Verb', 'PastTense']) };
        const v = { start: t.start, end: t.end, text: text.slice(t.start - base, t.end - base), lemma, first: i, last: i, negated: false, passive: false };
        let at = verbs.findIndex((w) => w.first > i);
        if (at < 0) at = verbs.length;
        verbs.splice(at, 0, v);
      }
    },
  },
]);

/** The rules as tagging repairs (registered in repairs.ts after contractions-7's). */
export const VERB_REPAIRS_8: Repair[] = asRepairs(VERB_REPAIR_RULES_8);
