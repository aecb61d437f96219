/**
 * Stories: which articles of a batch report the same story. Two claims can only be the same
 * fact when their articles are about the same story, so `compare` groups claims within a story.
 * A folder of twenty outlets on one story is one story; a folder that mixes two look-alike
 * events (two earthquakes, two arrests of the same player) is two.
 *
 * An article is represented by what it is about: the canonical names and the uncommon content
 * words of its claims, weighted by tf-idf over the batch. Articles are joined average-link while
 * the cosine similarity of two clusters is at least `threshold`. Pure; the result depends on the
 * articles' content only, never on their ids or order.
 */
import type { Claim, ExtractResult } from '../types.js';
import { contentWords } from './words.js';

export interface StoryOptions {
  /** Average cosine similarity at or above which two clusters of articles are one story. */
  threshold: number;
}

/**
 * Two look-alike events (two earthquakes in one country years apart, told with the same verbs
 * and words) average about 0.12-0.16 between their articles; outlets on one story share its
 * names, places and year and stay well above 0.17. (0.16 until claims were also made of "It's"
 * clauses and indirect questions: more claims an article put more of its common wording into its
 * vector, and two arrests of two players of one team, told the same way, reached 0.16.)
 */
export const STORY_DEFAULTS: StoryOptions = { threshold: 0.17 };

type Vec = Map<string, number>;

function features(claims: Claim[]): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (k: string, w = 1): void => {
    tf.set(k, (tf.get(k) ?? 0) + w);
  };
  for (const c of claims) {
    for (const w of contentWords(c.text)) add(`w:${w}`);
    if (c.who?.entity) add(`e:${c.who.entity.toLowerCase()}`, 2);
    for (const p of c.where) add(`e:${(p.entity ?? p.text).toLowerCase()}`, 2);
    for (const t of c.when) if (t.date) add(`y:${t.date.slice(0, 4)}`, 2);
  }
  return tf;
}

const norm = (v: Vec): number => Math.sqrt([...v.values()].reduce((a, x) => a + x * x, 0)) || 1;
function cosine(a: Vec, b: Vec): number {
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small) {
    const y = big.get(k);
    if (y !== undefined) dot += x * y;
  }
  return dot;
}

/**
 * Story number of every document id (0-based, numbered in the order of each story's smallest
 * content fingerprint, so that renaming files changes nothing).
 */
export function stories(result: ExtractResult, fingerprint: Map<string, string>, opts: StoryOptions = STORY_DEFAULTS): Map<string, number> {
  const byDoc = new Map<string, Claim[]>();
  for (const d of result.documents) byDoc.set(d.id, []);
  for (const c of result.claims) byDoc.get(c.doc)?.push(c);
  // documents in content order
  const docs = [...byDoc.keys()].sort((a, b) => cmp(fingerprint.get(a) ?? a, fingerprint.get(b) ?? b));
  const tfs = docs.map((d) => features(byDoc.get(d)!));
  const df = new Map<string, number>();
  for (const tf of tfs) for (const k of tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = docs.length;
  const vecs: Vec[] = tfs.map((tf) => {
    const v: Vec = new Map();
    for (const [k, f] of tf) {
      const d = df.get(k)!;
      if (d < 2) continue; // a word of one article says nothing about which articles belong together
      v.set(k, (1 + Math.log(f)) * Math.log(1 + n / d));
    }
    const z = norm(v);
    for (const [k, x] of v) v.set(k, x / z);
    return v;
  });
  const clusters = n <= AVERAGE_LINK_MAX ? averageLink(vecs, opts.threshold) : components(vecs, LARGE_BATCH_THRESHOLD);
  clusters.sort((a, b) => a[0]! - b[0]!);
  const out = new Map<string, number>();
  clusters.forEach((c, k) => {
    for (const i of c) out.set(docs[i]!, k);
  });
  return out;
}

/**
 * Average-link clustering is cubic in the number of articles; above this many, articles join
 * when they are directly similar enough (single link at a stricter threshold, quadratic).
 */
const AVERAGE_LINK_MAX = 400;
const LARGE_BATCH_THRESHOLD = 0.25;

/** Average-link agglomerative clustering (Lance-Williams update of the similarity matrix). */
function averageLink(vecs: Vec[], threshold: number): number[][] {
  const n = vecs.length;
  const sim: Float64Array[] = vecs.map((a, i) => Float64Array.from(vecs, (b, j) => (i === j ? 1 : cosine(a, b))));
  const members: (number[] | null)[] = vecs.map((_, i) => [i]);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!members[i]) continue;
      const row = sim[i]!;
      for (let j = i + 1; j < n; j++) {
        if (members[j] && row[j]! > best) {
          best = row[j]!;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0 || best < threshold) break;
    const ni = members[bi]!.length;
    const nj = members[bj]!.length;
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === bi || k === bj) continue;
      const v = (ni * sim[bi]![k]! + nj * sim[bj]![k]!) / (ni + nj);
      sim[bi]![k] = v;
      sim[k]![bi] = v;
    }
    members[bi] = [...members[bi]!, ...members[bj]!].sort((a, b) => a - b);
    members[bj] = null;
  }
  return members.filter((m): m is number[] => m !== null);
}

/** Connected components of the graph of article pairs at least `threshold` similar. */
function components(vecs: Vec[], threshold: number): number[][] {
  const parent = vecs.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (let i = 0; i < vecs.length; i++) {
    for (let j = i + 1; j < vecs.length; j++) {
      if (find(i) !== find(j) && cosine(vecs[i]!, vecs[j]!) >= threshold) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
    }
  }
  const by = new Map<number, number[]>();
  vecs.forEach((_, i) => by.set(find(i), [...(by.get(find(i)) ?? []), i]));
  return [...by.values()];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
