/**
 * Pass `kinds`: the claims that are not finite clauses, made only when asked for (`kinds`,
 * CLI `--kinds`), after a sentence's finite clauses are built and attributed:
 *   - apposition: a noun phrase set beside a name between commas is a statement about it
 *     "Mary Barra, the carmaker's chief executive, said" → Mary Barra / be / the carmaker's chief executive
 *   - participle: a non-finite clause whose subject is the clause's it hangs on
 *     "Crowds gathered outside, chanting slogans" → Crowds / chant / slogans
 *     "The firm, based in Austin, makes chips" → The firm / base / in Austin
 *     "Police fired tear gas to disperse the crowd" → Police / disperse / the crowd
 * Each rule gives the claims it finds; the drafts carry `kind` and the clause they hang on.
 */
import type { ClaimKind, Token, VerbGroup } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { DraftClaim, Phrase } from './draft.js';
import { rules, type RulesOff } from './rule.js';
import { phrase } from './phrase.js';
import { COORD, REL, has } from './words.js';
import { SUBORDINATORS } from '../annotate/lexicon.js';
import { canBeVerb } from '../annotate/known.js';
import { verbLemma } from '../annotate/lemma.js';

export interface KindCtx {
  s: AnnotatedSentenceX;
  /** The sentence's finite-clause drafts, in order. */
  drafts: DraftClaim[];
  /** The verb groups that are not a finite clause's verb. */
  nonFinite: VerbGroup[];
  kinds: ReadonlySet<ClaimKind>;
  off: RulesOff;
}

const BREAK = /[,;:()"“”]|\s[-–—]\s*$/;

/** A draft for a claim of another kind: its verb group, subject, predicate span and host clause. */
function draftOf(s: AnnotatedSentenceX, kind: ClaimKind, verb: VerbGroup, lemma: string, who: Phrase | null, whatFirst: number, whatLast: number, host: DraftClaim | null): DraftClaim {
  const toks = s.tokens;
  const whatStart = toks[whatFirst]!.start;
  const p = phrase(s, whatFirst, whatLast);
  const whatEnd = Math.max(p.end, whatStart);
  return {
    sentence: s,
    verb,
    lemma,
    who,
    // the claim's span is the words it came from, not its host's subject
    coordinatedWith: kind === 'participle' ? host : null,
    whatStart,
    whatEnd,
    coreEnd: whatEnd,
    endToken: whatLast + 1,
    where: [],
    when: [],
    source: host?.source ?? null,
    negated: false,
    hedged: host?.hedged ?? false,
    speech: false,
    kind,
    host,
  };
}

/** The last token of a phrase opened at `from`: before the next comma, semicolon, colon, bracket, quote or dash, a coordinator opening a clause, or a finite verb. */
function phraseEnd(s: AnnotatedSentenceX, from: number, drafts: DraftClaim[], max = 14): number {
  const toks = s.tokens;
  let k = from;
  while (k + 1 < toks.length && k - from < max) {
    if (BREAK.test(toks[k]!.post) || /[.!?]\s*$/.test(toks[k]!.post)) break;
    const nx = toks[k + 1]!;
    if (drafts.some((d) => d.verb.first === k + 1 || (d.who && !d.coordinatedWith && d.who.first === k + 1))) break;
    if (REL.has(nx.norm) || (SUBORDINATORS.has(nx.norm) && nx.norm !== 'that')) break;
    k++;
  }
  return k;
}

/** The finite clause a phrase at token k hangs on: the last one before it, else the first after it (an opening participle phrase). */
function hostOf(drafts: DraftClaim[], k: number): DraftClaim | null {
  let before: DraftClaim | null = null;
  for (const d of drafts) if (d.verb.last < k) before = d;
  return before ?? drafts.find((d) => d.verb.first > k) ?? null;
}

/** The token right before a verb group, skipping adverbs ("then", "quickly"). */
function tokenBefore(toks: Token[], v: VerbGroup): Token | undefined {
  let k = v.first - 1;
  while (k >= 0 && has(toks[k], 'Adverb') && !BREAK.test(toks[k]!.post)) k--;
  return toks[k];
}

const isIng = (t: Token): boolean => /ing$/.test(t.norm) && (has(t, 'Gerund') || has(t, 'Verb'));
const isEd = (t: Token): boolean => has(t, 'PastTense') || has(t, 'Participle');

export const KIND_RULES = rules<KindCtx, DraftClaim[]>('kinds', [
  {
    name: 'apposition-after-name',
    description: 'apposition: a noun phrase between commas (or a comma and the sentence end) right after a name, with no verb in it, says what the name is: who = the name, verb "be", what = object = the noun phrase',
    example: 'Mary Barra, the carmaker\'s chief executive, said → Mary Barra / be / the carmaker\'s chief executive',
    apply: ({ s, drafts, kinds }) => {
      if (!kinds.has('apposition')) return [];
      const toks = s.tokens;
      const out: DraftClaim[] = [];
      for (const m of s.mentions) {
        if (m.type === 'place' || m.last + 1 >= toks.length || !/^,\s*$/.test(toks[m.last]!.post)) continue;
        // "X, Y and Z": a list of names, not an apposition
        const a = m.last + 1;
        const first = toks[a]!;
        if (!(has(first, 'Determiner') || has(first, 'Possessive') || has(first, 'Adjective') || (has(first, 'Noun') && !has(first, 'Pronoun')) || has(first, 'ProperNoun'))) continue;
        if (has(first, 'Pronoun') && !has(first, 'Possessive')) continue;
        if (REL.has(first.norm) || COORD.has(first.norm) || has(first, 'Value') || has(first, 'Preposition')) continue;
        let e = a;
        while (e + 1 < toks.length && e - a < 12 && !/[,;:()"“”.!?]/.test(toks[e]!.post) && !/\s[-–—]\s*$/.test(toks[e]!.post)) e++;
        const closing = toks[e]!.post;
        if (!/[,.]/.test(closing) && e + 1 < toks.length) continue;
        const seg = toks.slice(a, e + 1);
        if (seg.some((t) => COORD.has(t.norm) || REL.has(t.norm) || (has(t, 'Verb') && !has(t, 'Adjective') && !has(t, 'Noun')) || (has(t, 'Pronoun') && !has(t, 'Possessive')))) continue;
        if (s.verbs.some((v) => v.first <= e && v.last >= a)) continue;
        // the appositive is a description: it has a common noun ("chief executive", "the agency"), not only names
        if (!seg.some((t) => has(t, 'Noun') && !has(t, 'ProperNoun') && /^\p{Ll}/u.test(t.text))) continue;
        // a name alone after the comma is a list or a place ("Reyes, Lopes and ...")
        if (s.mentions.some((o) => o !== m && o.first === a && o.last === e)) continue;
        // the next token after a closing comma opens no list: "X, the A, the B and the C"
        if (e + 1 < toks.length && COORD.has(toks[e + 1]!.norm)) continue;
        const who = phrase(s, m.first, m.last);
        const host = drafts.find((d) => d.who && d.who.first <= m.first && d.who.last >= m.last) ?? hostOf(drafts, m.last);
        const at = toks[a]!.start;
        const verb: VerbGroup = { start: at, end: at, text: '', lemma: 'be', first: a, last: a, negated: false, passive: false };
        out.push(draftOf(s, 'apposition', verb, 'be', who, a, e, host));
      }
      return out;
    },
  },
  {
    name: 'participle-phrase-claim',
    description: 'participle: an -ing or -ed verb that opens a phrase after a comma (or opens the sentence), or an -ed verb right after a noun, is a non-finite clause whose subject is the clause it hangs on (for -ed after a noun: that noun)',
    example: 'Crowds gathered outside, chanting slogans → Crowds / chant / slogans',
    apply: ({ s, drafts, nonFinite, kinds }) => {
      if (!kinds.has('participle')) return [];
      const toks = s.tokens;
      const out: DraftClaim[] = [];
      // an -ing word after a comma that compromise read as a noun, before its object: ", chanting slogans"
      const inGroup = (k: number): boolean => s.verbs.some((v) => v.first <= k && v.last >= k);
      const nounIng: VerbGroup[] = [];
      for (let k = 1; k + 1 < toks.length; k++) {
        const t = toks[k]!;
        const nx = toks[k + 1]!;
        if (inGroup(k) || !/^[a-z]{3,}ing$/.test(t.text) || !/,\s*$/.test(toks[k - 1]!.post) || /[,;:.]/.test(t.post)) continue;
        const lemma = verbLemma(t.norm);
        if (lemma === t.norm || !canBeVerb(lemma) || !(has(nx, 'Noun') || has(nx, 'Determiner') || has(nx, 'Possessive') || has(nx, 'Preposition') || has(nx, 'Value'))) continue;
        nounIng.push({ start: t.start, end: t.end, text: t.text, lemma, first: k, last: k, negated: false, passive: false });
      }
      for (const g of [...nonFinite, ...nounIng].sort((a, b) => a.first - b.first)) {
        const head = toks[g.first]!;
        if (head.norm === 'being' || head.norm === 'having' || toks[g.first - 1]?.norm === 'to') continue;
        const ing = isIng(head) || nounIng.includes(g);
        const ed = !ing && isEd(head) && g.first === g.last;
        if (!ing && !ed) continue;
        const before = tokenBefore(toks, g);
        const afterComma = !before || /,\s*$/.test(before.post);
        if (!afterComma) continue;
        const host = hostOf(drafts, g.first);
        if (!host || !host.who) continue;
        let who = host.who;
        // "The firm, based in Austin, makes": the -ed phrase is about the noun before its comma
        if (ed && before && has(before, 'Noun') && !has(before, 'Pronoun')) {
          const np = drafts.find((d) => d.who && d.who.last === g.first - 1);
          if (np?.who) who = np.who;
        }
        const end = phraseEnd(s, g.last, drafts);
        if (end <= g.last && ing) continue; // a bare "-ing," is no clause
        out.push(draftOf(s, 'participle', g, g.lemma || head.norm, who, g.first, end, host));
      }
      return out;
    },
  },
  {
    name: 'purpose-infinitive-claim',
    description: 'participle: a to-infinitive after the object of a finite clause (not after a verb that takes one, "plans to") states what its subject did it for; subject: that clause\'s',
    example: 'Police fired tear gas to disperse the crowd → Police / disperse / the crowd',
    apply: ({ s, drafts, nonFinite, kinds }) => {
      if (!kinds.has('participle')) return [];
      const toks = s.tokens;
      const out: DraftClaim[] = [];
      for (const g of nonFinite) {
        const to = toks[g.first - 1];
        if (!to || to.norm !== 'to') continue;
        const host = hostOf(drafts, g.first);
        if (!host || !host.who || host.verb.last >= g.first - 2) continue;
        const end = phraseEnd(s, g.last, drafts);
        out.push(draftOf(s, 'participle', g, g.lemma || toks[g.last]!.norm, host.who, g.first, end, host));
      }
      return out;
    },
  },
]);

/** The claims of other kinds in a sentence (none unless `kinds` asks for them). */
export function otherKinds(s: AnnotatedSentenceX, drafts: DraftClaim[], finite: readonly VerbGroup[], kinds: ReadonlySet<ClaimKind>, off: RulesOff): DraftClaim[] {
  if (kinds.size === 1 && kinds.has('clause')) return [];
  const used = new Set(drafts.map((d) => d.verb.first));
  const fin = new Set(finite.map((v) => v.first));
  const nonFinite = [...s.verbs].sort((a, b) => a.first - b.first).filter((v) => !fin.has(v.first) && !used.has(v.first));
  const ctx: KindCtx = { s, drafts, nonFinite, kinds, off };
  const out: DraftClaim[] = [];
  const taken = new Set<number>();
  for (const r of KIND_RULES) {
    if (off.has(r.name)) continue;
    for (const d of r.apply(ctx)) {
      if (taken.has(d.whatStart)) continue;
      taken.add(d.whatStart);
      out.push(d);
    }
  }
  return out.sort((a, b) => a.whatStart - b.whatStart);
}
