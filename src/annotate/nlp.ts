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

/** Per net: hook keys in `Object.keys(hooks)` order (which fixes the candidates' order) and pattern ids. */
interface NetIndex {
  order: Map<string, number>;
  keys: string[];
  /** per hook key (by position), its patterns as ids into `patterns` */
  lists: Uint32Array[];
  patterns: MatchObj[];
  /** last sentence stamp that saw each pattern (dedupe without a Set) */
  seen: Uint32Array;
  stamp: number;
}
const indexes = new WeakMap<Net, NetIndex>();

function indexOf(net: Net): NetIndex {
  let ix = indexes.get(net);
  if (!ix) {
    const keys = Object.keys(net.hooks);
    const idOf = new Map<string, number>();
    const patterns: MatchObj[] = [];
    const lists = keys.map((k) =>
      Uint32Array.from(
        net.hooks[k]!.map((m) => {
          // compromise dedupes by the pattern's text, so one id per text
          let id = idOf.get(m.match);
          if (id === undefined) {
            id = patterns.length;
            idOf.set(m.match, id);
            patterns.push(m);
          }
          return id;
        }),
      ),
    );
    ix = { order: new Map(keys.map((k, i) => [k, i])), keys, lists, patterns, seen: new Uint32Array(patterns.length), stamp: 0 };
    indexes.set(net, ix);
  }
  return ix;
}

function candidates(net: Net, have: Set<string>, termCount: number): MatchObj[] {
  const ix = indexOf(net);
  const present: number[] = [];
  for (const item of have) {
    const i = ix.order.get(item);
    if (i !== undefined) present.push(i);
  }
  present.sort((a, b) => a - b);
  if (++ix.stamp === 0xffffffff) {
    ix.seen.fill(0);
    ix.stamp = 1;
  }
  const stamp = ix.stamp;
  const out: MatchObj[] = [];
  for (const k of present) {
    const list = ix.lists[k]!;
    for (let j = 0; j < list.length; j++) {
      const id = list[j]!;
      if (ix.seen[id] === stamp) continue;
      ix.seen[id] = stamp;
      const m = ix.patterns[id]!;
      // the same filters as compromise's trimDown and tooSmall, in the same order
      if (termCount < m.minWords) continue;
      let ok = true;
      for (const n of m.needs) if (!have.has(n)) { ok = false; break; }
      if (!ok) continue;
      if (m.ifNo !== undefined) {
        for (const n of m.ifNo) if (have.has(n)) { ok = false; break; }
        if (!ok) continue;
      }
      if (m.wants.length > 0) {
        let found = 0;
        for (const w of m.wants) if (have.has(w)) found++;
        if (found < m.minWant) continue;
      }
      out.push(m);
    }
  }
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

function bulkMatch(document: Term[][], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}): unknown[] {
  const cache = methods.one.cacheDoc(document);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidates(net, cache[n]!, document[n]!.length)) {
      const res = methods.one.match([document[n]!], m);
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

const stock = { bulkMatch: world.methods.one.bulkMatch, parseMatch: world.methods.one.parseMatch };

/** Switch the faster sweep and the pattern cache on (the default) or off (stock compromise). */
export function speedUp(on = true): void {
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
