/**
 * compromise, loaded once and made faster without changing what it tags.
 *
 * Profiling `claims extract` on news text showed a third of compromise's tagging time in two
 * places that do redundant work, not linguistic work:
 * - its post-tagger "sweep" looks up every hook key of its ~1,000 patterns for every
 *   sentence (`Object.keys(hooks)` × sentences) and filters the candidates with array
 *   copies; here the candidates come from the words and tags the sentence actually has, in
 *   the same order, so the same patterns run in the same order;
 * - every `.match('…')` string is parsed again on every call; here parsed patterns are
 *   memoised by their text and options (compromise does not modify a parsed pattern).
 * The test `test/nlp.test.ts` checks that tags stay identical to stock compromise.
 */
import nlp from 'compromise';
import { matchSentence, type MTerm, type Todo } from './fastmatch.js';

interface MatchObj {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  ifNo?: string[];
  minWords: number;
  unTag?: unknown;
}
interface Net {
  hooks: Record<string, MatchObj[]>;
  always: MatchObj[];
}
type Term = object;
interface SweepMethods {
  one: {
    cacheDoc(document: Term[][]): Set<string>[];
    match(docs: Term[][], m: MatchObj): { ptrs: number[][] };
    parseMatch(str: unknown, opts?: Record<string, unknown>, world?: unknown): unknown;
    bulkMatch(document: Term[][], net: Net, methods: SweepMethods, opts?: { matchOne?: boolean }): unknown[];
  };
}

const world = nlp.world() as unknown as { methods: SweepMethods };

/**
 * Per net. compromise runs a sentence's candidate patterns in the order they first appear when
 * the hook lists of the sentence's words and tags are concatenated in `Object.keys(hooks)`
 * order; that order decides which tag wins when two patterns disagree, so it is kept exactly.
 * Finding the candidates is what costs: the lists of common tags (#Noun, #Verb…) hold hundreds
 * of patterns. Here each pattern that needs some words or tags is filed once, under the need
 * least likely to be present, so a sentence only visits patterns whose rarest need it has;
 * each candidate's place in compromise's order is then recomputed from its own hook keys.
 */
interface NetIndex {
  order: Map<string, number>;
  keys: string[];
  /** per hook key (by position): patterns filed under it, as ids into `patterns` */
  filed: Uint32Array[];
  patterns: MatchObj[];
  /** per pattern: [key position, place in that key's list] pairs, by key position */
  places: Uint32Array[];
  /** last sentence stamp that saw each pattern (dedupe without a Set) */
  seen: Uint32Array;
  stamp: number;
}
const indexes = new WeakMap<Net, NetIndex>();

/**
 * How often a hook key is present in a clause of English news (share of clauses, measured on
 * news text); keys not listed count as rare. Only speed depends on these numbers.
 */
const COMMON: ReadonlyMap<string, number> = new Map(Object.entries({
  '#Noun': 0.96, '#Singular': 0.84, '#Verb': 0.8, '#Preposition': 0.65, '#Determiner': 0.63, '#ProperNoun': 0.56,
  '#PresentTense': 0.54, '#PastTense': 0.5, '%Noun|Verb%': 0.49, the: 0.49, '#Adjective': 0.48, '#Plural': 0.43,
  '#Conjunction': 0.43, '#Value': 0.3, '#Infinitive': 0.3, '#Cardinal': 0.27, '#Copula': 0.27, of: 0.24, '#Adverb': 0.24,
  in: 0.24, '#Pronoun': 0.24, '#Possessive': 0.23, '%Plural|Verb%': 0.22, to: 0.22, '#Actor': 0.2, '#Person': 0.2,
  and: 0.2, '#Date': 0.19, '#NumericValue': 0.19, a: 0.18, '#Gerund': 0.16,
}));
const rarity = (key: string): number => COMMON.get(key) ?? (key.startsWith('#') || key.startsWith('%') ? 0.1 : 0.05);

function indexOf(net: Net): NetIndex {
  let ix = indexes.get(net);
  if (!ix) {
    const keys = Object.keys(net.hooks);
    const order = new Map(keys.map((k, i) => [k, i]));
    const idOf = new Map<string, number>();
    const patterns: MatchObj[] = [];
    const placeLists: number[][] = [];
    keys.forEach((k, ki) =>
      net.hooks[k]!.forEach((m, pos) => {
        // compromise dedupes by the pattern's text, so one id per text
        let id = idOf.get(m.match);
        if (id === undefined) {
          id = patterns.length;
          idOf.set(m.match, id);
          patterns.push(m);
          placeLists.push([]);
        }
        placeLists[id]!.push(ki, pos);
      }),
    );
    const filed: number[][] = keys.map(() => []);
    patterns.forEach((m, id) => {
      const needs = m.needs.filter((n) => order.has(n));
      if (needs.length > 0) {
        const rarest = needs.reduce((a, b) => (rarity(b) < rarity(a) ? b : a));
        filed[order.get(rarest)!]!.push(id);
      } else {
        // reachable through any of its hook keys
        for (let j = 0; j < placeLists[id]!.length; j += 2) filed[placeLists[id]![j]!]!.push(id);
      }
    });
    ix = {
      order,
      keys,
      filed: filed.map((l) => Uint32Array.from(l)),
      patterns,
      places: placeLists.map((l) => Uint32Array.from(l)),
      seen: new Uint32Array(patterns.length),
      stamp: 0,
    };
    indexes.set(net, ix);
  }
  return ix;
}

function candidates(net: Net, have: Set<string>, termCount: number): MatchObj[] {
  const ix = indexOf(net);
  if (++ix.stamp === 0xffffffff) {
    ix.seen.fill(0);
    ix.stamp = 1;
  }
  const stamp = ix.stamp;
  const found: { rank: number; m: MatchObj }[] = [];
  for (const item of have) {
    const k = ix.order.get(item);
    if (k === undefined) continue;
    const list = ix.filed[k]!;
    for (let j = 0; j < list.length; j++) {
      const id = list[j]!;
      if (ix.seen[id] === stamp) continue;
      ix.seen[id] = stamp;
      const m = ix.patterns[id]!;
      // the same filters as compromise's trimDown and tooSmall
      if (termCount < m.minWords) continue;
      let ok = true;
      for (const n of m.needs) if (!have.has(n)) { ok = false; break; }
      if (!ok) continue;
      if (m.ifNo !== undefined) {
        for (const n of m.ifNo) if (have.has(n)) { ok = false; break; }
        if (!ok) continue;
      }
      if (m.wants.length > 0) {
        let hits = 0;
        for (const w of m.wants) if (have.has(w)) hits++;
        if (hits < m.minWant) continue;
      }
      // its place in compromise's order: its first hook list the sentence has
      const places = ix.places[id]!;
      let rank = -1;
      for (let p = 0; p < places.length; p += 2) {
        if (have.has(ix.keys[places[p]!]!)) {
          rank = places[p]! * 65536 + places[p + 1]!;
          break;
        }
      }
      found.push({ rank, m });
    }
  }
  found.sort((a, b) => a.rank - b.rank);
  const out = found.map((f) => f.m);
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

function bulkMatch(document: Term[][], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}): unknown[] {
  const cache = methods.one.cacheDoc(document);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidates(net, cache[n]!, document[n]!.length)) {
      const res = fast ? matchSentence(document[n] as MTerm[], m as Todo) : methods.one.match([document[n]!], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: Record<string, unknown> = { ...m, pointer: ptr };
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

const parseMatch = world.methods.one.parseMatch;
const parsed = new Map<string, unknown>();
function memoParseMatch(str: unknown, opts?: Record<string, unknown>, w?: unknown): unknown {
  if (typeof str !== 'string' || str.length > 500) return parseMatch(str, opts, w);
  const key = opts && Object.keys(opts).length ? `${str}\u0000${JSON.stringify(opts)}` : str;
  let regs = parsed.get(key);
  if (regs === undefined) {
    regs = parseMatch(str, opts, w);
    if (parsed.size > 5000) parsed.clear();
    parsed.set(key, regs);
  }
  return regs;
}

let fast = true;
const stock = { bulkMatch: world.methods.one.bulkMatch, parseMatch: world.methods.one.parseMatch };

/** Switch the faster sweep and the pattern cache on (the default) or off (stock compromise). */
export function speedUp(on = true): void {
  fast = on;
  world.methods.one.bulkMatch = on ? bulkMatch : stock.bulkMatch;
  world.methods.one.parseMatch = on ? memoParseMatch : stock.parseMatch;
}

speedUp();

/*
 * Our own sentence boundaries win: `nlpSentences` hands compromise a document already split
 * (its splitter is bypassed for that one call), so each given text is one compromise sentence.
 */
const tokenize = (nlp.world() as unknown as { methods: { one: { tokenize: { splitSentences(input: string, world: unknown): string[] } } } }).methods.one.tokenize;
const stockSplit = tokenize.splitSentences;
let presplit: { input: string; sentences: string[] } | null = null;
tokenize.splitSentences = (input: string, w: unknown): string[] => (presplit && presplit.input === input ? presplit.sentences : stockSplit(input, w));

/** One compromise document whose sentences are exactly `texts` (their concatenation is its text). */
export function nlpSentences(texts: string[]): ReturnType<typeof nlp> {
  presplit = { input: texts.join(''), sentences: texts };
  try {
    return nlp(presplit.input);
  } finally {
    presplit = null;
  }
}

export default nlp;
