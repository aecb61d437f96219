/**
 * `claims diff`: what changed between two sets of claims. Claims are matched by content —
 * canonical actor, verb, object, places, dates — never by document id or offset, so moving a
 * claim to another file or paragraph is not a change. Pure: two results in, a diff out.
 */
import type { Claim, ExtractResult } from '../types.js';
import { SCHEMA_VERSION } from '../types.js';
import { foldAccents } from '../util/fold.js';

export interface FieldChange {
  field: 'when' | 'where' | 'source' | 'negated' | 'hedged' | 'numbers' | 'what';
  before: string;
  after: string;
}

export interface ChangedClaim {
  before: Claim;
  after: Claim;
  fields: FieldChange[];
}

export interface DiffResult {
  schemaVersion: typeof SCHEMA_VERSION;
  removed: Claim[];
  added: Claim[];
  changed: ChangedClaim[];
}

const STOP = new Set(
  'a an the of in on at to for from by with and or but as is are was were be been being has have had its it his her their this that these those into over after before than then there here who whom which what when where while also not no'.split(' '),
);

/** The form claims are compared in: case, accents, curly quotes and spacing do not count ("Francois" is "François"). */
const norm = (s: string): string =>
  foldAccents(s.normalize('NFKC'))
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

function contentWords(s: string): string[] {
  return norm(s)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w));
}

const actorOf = (c: Claim): string => norm(c.who?.entity ?? c.who?.text ?? '');
const whereOf = (c: Claim): string => c.where.map((w) => norm(w.entity ?? w.text)).sort().join('; ');
const whenOf = (c: Claim): string => c.when.map((w) => w.date ?? norm(w.text)).sort().join('; ');
const sourceOf = (c: Claim): string => (c.source ? norm(c.source.entity ?? c.source.text) : '');

/** The same values as written, for printing: names keep their own case, in the order `whereOf` sorts them. */
const byNorm = (xs: string[]): string => xs.map((x) => [norm(x), x] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((p) => p[1]).join('; ');
const whereShown = (c: Claim): string => byNorm(c.where.map((w) => w.entity ?? w.text));
const whenShown = (c: Claim): string => byNorm(c.when.map((w) => w.date ?? w.text));
const sourceShown = (c: Claim): string => (c.source ? (c.source.entity ?? c.source.text) : '');
const numbersOf = (c: Claim): string => (c.text.match(/\d[\d,.]*/g) ?? []).join('; ');

/** The identity of a claim's content: who, verb and object words. */
function coreKey(c: Claim): string {
  const obj = contentWords(c.what).filter((w) => w !== c.verb).sort();
  return `${actorOf(c)}|${c.verb}|${obj.join(' ')}`;
}

/** The full content key: core plus places, dates, source, polarity and numbers. */
function fullKey(c: Claim): string {
  return `${coreKey(c)}|${whereOf(c)}|${whenOf(c)}|${sourceOf(c)}|${c.negated}|${c.hedged}|${numbersOf(c)}`;
}

function overlap(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const B = new Set(b);
  const shared = a.filter((w) => B.has(w)).length;
  return shared / Math.max(a.length, b.length);
}

const order = (a: Claim, b: Claim): number => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Compare two results claim by claim. */
export function diffResults(a: ExtractResult, b: ExtractResult): DiffResult {
  // 1. identical content on both sides (as many times as it occurs on each)
  const countB = new Map<string, Claim[]>();
  for (const c of b.claims) countB.set(fullKey(c), [...(countB.get(fullKey(c)) ?? []), c]);
  const restA: Claim[] = [];
  for (const c of a.claims) {
    const list = countB.get(fullKey(c));
    if (list && list.length) list.shift();
    else restA.push(c);
  }
  const restB = [...countB.values()].flat();

  // 2. the same actor and verb with a similar object: a changed claim, field by field
  const changed: ChangedClaim[] = [];
  const usedB = new Set<Claim>();
  const removed: Claim[] = [];
  for (const c of restA.sort(order)) {
    const words = contentWords(c.what).filter((w) => w !== c.verb);
    let best: Claim | undefined;
    let bestScore = 0;
    for (const d of restB) {
      if (usedB.has(d) || actorOf(d) !== actorOf(c) || d.verb !== c.verb) continue;
      const score = overlap(words, contentWords(d.what).filter((w) => w !== d.verb));
      if (score > bestScore || (score === bestScore && best && order(d, best) < 0)) {
        best = d;
        bestScore = score;
      }
    }
    if (best && bestScore >= 0.5) {
      usedB.add(best);
      const fields: FieldChange[] = [];
      // compared in their normal form, printed as written
      const add = (field: FieldChange['field'], key: (x: Claim) => string, shown: (x: Claim) => string): void => {
        if (key(c) !== key(best!)) fields.push({ field, before: shown(c), after: shown(best!) });
      };
      add('when', whenOf, whenShown);
      add('where', whereOf, whereShown);
      add('source', sourceOf, sourceShown);
      const negated = (x: Claim): string => String(x.negated);
      const hedged = (x: Claim): string => String(x.hedged);
      add('negated', negated, negated);
      add('hedged', hedged, hedged);
      add('numbers', numbersOf, numbersOf);
      if (fields.length === 0) add('what', (x) => norm(x.what), (x) => x.what);
      if (fields.length) changed.push({ before: c, after: best, fields });
    } else removed.push(c);
  }
  const added = restB.filter((d) => !usedB.has(d)).sort(order);
  return { schemaVersion: SCHEMA_VERSION, removed: removed.sort(order), added, changed: changed.sort((x, y) => order(x.before, y.before)) };
}

export function diffCount(d: DiffResult): number {
  return d.removed.length + d.added.length + d.changed.length;
}
