/** Verb groups as compromise finds them, and what each means: its lemma, negation, voice. */
import nlp from './nlp.js';
import { pastLemma } from './lemma.js';
import type { Token, VerbGroup } from '../types.js';

/** Words compromise may lump into a verb group that are not part of it. */
const NOT_VERB = new Set(['to', 'that', 'now']);

const TRANSFORM = (nlp.world() as unknown as { methods: { two: { transform: { verb: { toInfinitive(str: string, model: unknown, tense?: string): string } } } } }).methods.two.transform.verb;
const MODEL = nlp.model();
/** One word's infinitive as compromise's verb parser makes it, read as the given tense ("left", PastTense → "leave"). */
export const wordInfinitive = (w: string, tense: string): string => TRANSFORM.toInfinitive(w, MODEL, tense) || w;
const NOT_ROOT = ['Negative', 'Auxiliary', 'Modal', 'Adverb', 'Prefix'];

/** The group's main verb in its infinitive, as compromise's verb parser finds it. */
function groupLemma(terms: Token[], normals: string[]): string {
  const all = terms.map((t, i) => ({ tags: t.tags, normal: normals[i] ?? t.norm }));
  let root = all;
  if (all.length > 1) {
    // the runs of words left after auxiliaries, modals, adverbs and negation; the last run is the main verb
    const runs: (typeof all)[] = [];
    let run: typeof all = [];
    for (const t of all) {
      if (NOT_ROOT.some((g) => t.tags.has(g))) {
        if (run.length) runs.push(run);
        run = [];
      } else run.push(t);
    }
    if (run.length) runs.push(run);
    // only runs with a verb in them, from their first verb: "more suspiciously are not prepared" → "prepared"
    for (let r = 0; r < runs.length; r++) {
      const v = runs[r]!.findIndex((t) => t.tags.has('Verb'));
      runs[r] = v < 0 ? [] : runs[r]!.slice(v);
    }
    for (let r = runs.length - 1; r >= 0; r--) if (runs[r]!.length === 0) runs.splice(r, 1);
    const phrasal = runs.some((r) => r.some((t) => t.tags.has('Phrasal') || t.tags.has('PhrasalVerb')) && r.some((t) => t.tags.has('Particle')));
    root = runs.length > 1 && !phrasal ? runs[runs.length - 1]! : runs.flat();
  }
  if (root.length > 1 && /^want(?:s|ed)?$/.test(root[0]!.normal) && root[1]!.normal === 'to') root = root.slice(2);
  if (root.length === 0) root = all.filter((t) => !t.tags.has('Negative'));
  if (root.length === 0) return '';
  const has = (tag: string): boolean => root.some((t) => t.tags.has(tag));
  const tense = has('Infinitive') ? 'Infinitive' : has('Participle') ? 'Participle' : has('PastTense') ? 'PastTense' : has('Gerund') ? 'Gerund' : has('PresentTense') ? 'PresentTense' : undefined;
  const str = root.map((t) => t.normal).join(' ').trim();
  const inf = TRANSFORM.toInfinitive(str, MODEL, tense) || str;
  const [head, ...rest] = inf.split(' ');
  const fixed = pastLemma(root[0]!.normal, head ?? '');
  return fixed === head ? inf : [fixed, ...rest].join(' ');
}

const BE_OR_GET = /^(?:is|are|am|was|were|be|been|being|got|get|gets|getting|'s|'re|'m)$/;
/** "was destroyed", "is said", "had been seen", "will be tried": a form of be/get before a passive participle. */
function isPassive(terms: Token[], normals: string[]): boolean {
  const p = terms.findIndex((t, i) => i > 0 && t.tags.has('Passive') && !t.tags.has('Auxiliary') && !t.tags.has('Copula'));
  return p > 0 && normals.slice(0, p).some((n) => BE_OR_GET.test(n));
}

/**
 * The verb groups compromise finds ([from, to) term indices), as VerbGroups; what each group
 * means (lemma, negation, passive) is read off its terms here, which is the same analysis at a
 * fraction of `.verbs().json()`'s cost.
 */
export function groupsOf(groups: [number, number][], tokens: Token[], normals: string[], text: string, base: number): VerbGroup[] {
  const verbs: VerbGroup[] = [];
  for (const [from, to] of groups) {
    if (to <= from) continue;
    let first = from;
    let last = to - 1;
    if (!tokens[first] || !tokens[last]) continue;
    // a group that starts inside a noun's contraction ("the government's weakened position" read
    // as "has weakened") is a possessive, not a verb; after a pronoun ("we've had") it is a verb
    if (tokens[first]!.end <= tokens[first]!.start && first > 0) {
      const host = tokens[first - 1]!;
      if (!host.tags.has('Pronoun') && !/^(?:there|here|that|what|who|it|let)(?:['’]\w+)?$/.test(host.norm)) continue;
    }
    // "the Oscar-nominated film", "a Kremlin-backed group": a participle joined by a hyphen to
    // the word before it is a compound modifier, not a verb
    if (first > 0 && tokens[first - 1]!.post === '-' && /^ *- *$/.test(text.slice(tokens[first - 1]!.end - base, tokens[first]!.start - base))) continue; // "State - owned": ptb-10.ts
    const groupTerms = tokens.slice(first, last + 1);
    const groupNormals = normals.slice(first, last + 1);
    const lemmaFull = groupLemma(groupTerms, groupNormals);
    // trim trailing "to"/"that" compromise sometimes includes
    while (last > first && NOT_VERB.has(tokens[last]!.norm)) last--;
    while (first < last && NOT_VERB.has(tokens[first]!.norm)) first++;
    // contractions compromise expands ("People's" read as "People is") leave an empty or possessive verb
    const groupText = text.slice(tokens[first]!.start - base, tokens[last]!.end - base);
    if (!groupText.trim() || tokens[last]!.end <= tokens[first]!.start) continue;
    if (first === last && /['’]s$/i.test(tokens[first]!.text) && lemmaFull === 'be') continue;
    // "a deal worth $2bn": compromise's lexicon has "worth" as a verb
    if (first === last && tokens[first]!.norm === 'worth') continue;
    // "singing have filled": a gerund subject before the auxiliary
    // no verb is followed by an auxiliary: "police have detained" starts at "have"
    while (first < last && !tokens[first]!.tags.has('Auxiliary') && !tokens[first]!.tags.has('Modal') && !tokens[first]!.tags.has('Adverb') && !tokens[first]!.tags.has('Negative') && (tokens[first + 1]!.tags.has('Auxiliary') || tokens[first + 1]!.tags.has('Modal'))) first++;
    let lemma = lemmaFull.trim().split(/\s+/)[0] ?? '';
    if (!lemma) lemma = tokens[last]!.norm;
    lemma = lemma.toLowerCase();
    const inGroup = tokens.slice(first, last + 1);
    const negated = groupTerms.some((t) => t.tags.has('Negative')) || inGroup.some((t) => t.norm === 'not' || t.norm === 'never' || t.norm === "n't" || /n't$/.test(t.norm));
    verbs.push({
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      text: text.slice(tokens[first]!.start - base, tokens[last]!.end - base),
      lemma,
      first,
      last,
      negated,
      passive: isPassive(groupTerms, groupNormals),
    });
  }
  return verbs;
}
