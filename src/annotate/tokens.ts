/** Tokens and verb groups of one sentence, from compromise. */
import nlp from 'compromise';
import type { Token, VerbGroup } from '../types.js';

interface CTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  normal?: string;
  offset: { start: number; length: number };
}
interface CSentence {
  terms: CTerm[];
}
interface CVerb {
  text: string;
  offset: { start: number; length: number };
  verb: {
    infinitive?: string;
    auxiliary?: string;
    negative?: boolean;
    grammar?: { form?: string; tense?: string; passive?: boolean; isInfinitive?: boolean; copula?: boolean };
  };
}

/** Words compromise may lump into a verb group that are not part of it. */
const NOT_VERB = new Set(['to', 'that', 'now']);

export interface Tagged {
  tokens: Token[];
  verbs: VerbGroup[];
}

const normOf = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^[^\p{L}\p{N}@#]+|[^\p{L}\p{N}]+$/gu, '');

/** Tag one sentence. `base` is the sentence's start offset in the document. */
export function tag(text: string, base: number): Tagged {
  const doc = nlp(text);
  const json = doc.json({ offset: true, terms: { offset: true } }) as CSentence[];
  const tokens: Token[] = [];
  for (const s of json) {
    for (const t of s.terms) {
      const start = base + t.offset.start;
      tokens.push({
        text: t.text,
        start,
        end: start + t.offset.length,
        norm: normOf(t.text),
        tags: new Set(t.tags),
        pre: t.pre,
        post: t.post,
      });
    }
  }
  const byStart = new Map<number, number>();
  tokens.forEach((t, i) => byStart.set(t.start, i));
  const verbs: VerbGroup[] = [];
  for (const v of doc.verbs().json({ offset: true }) as CVerb[]) {
    const start = base + v.offset.start;
    let first = byStart.get(start);
    if (first === undefined) continue;
    const endOff = start + v.offset.length;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= endOff) last++;
    // trim trailing "to"/"that" compromise sometimes includes
    while (last > first && NOT_VERB.has(tokens[last]!.norm)) last--;
    while (first < last && NOT_VERB.has(tokens[first]!.norm)) first++;
    const g = v.verb.grammar ?? {};
    let lemma = (v.verb.infinitive ?? '').trim().split(/\s+/)[0] ?? '';
    if (!lemma) lemma = tokens[last]!.norm;
    lemma = lemma.toLowerCase();
    const inGroup = tokens.slice(first, last + 1);
    const negated = Boolean(v.verb.negative) || inGroup.some((t) => t.norm === 'not' || t.norm === 'never' || t.norm === "n't" || /n't$/.test(t.norm));
    verbs.push({
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      text: text.slice(tokens[first]!.start - base, tokens[last]!.end - base),
      lemma,
      first,
      last,
      negated,
      passive: Boolean(g.passive),
      finite: !g.isInfinitive,
    });
  }
  return { tokens, verbs };
}
