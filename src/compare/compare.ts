/**
 * `claims compare`: read several outlets side by side. Claims that state the same thing
 * (same canonical actor or both unnamed, the same event, compatible objects, places and
 * dates) form a group; a group's strength is the number of independent articles in it, where
 * syndicated copies (articles sharing most sentences) count once. Conflicts are claims about
 * the same thing that disagree on a number with the same unit, a date or a place. Pure.
 */
import { createHash } from 'node:crypto';
import type { Claim, ExtractResult } from '../types.js';
import { SCHEMA_VERSION } from '../types.js';

export interface GroupClaim {
  id: string;
  doc: string;
  sentence: number;
  text: string;
  source: string | null;
}

export interface ClaimGroup {
  id: string;
  who: string | null;
  verb: string;
  summary: string;
  docs: string[];
  /** Independent articles: copies of one another count once. */
  sources: number;
  claims: GroupClaim[];
}

export interface ConflictValue {
  value: string;
  claims: GroupClaim[];
}

export interface Conflict {
  kind: 'number' | 'date' | 'place';
  /** What the values are of: "rule (years)", or the group's summary. */
  about: string;
  values: ConflictValue[];
}

export interface CopySet {
  /** The first article of the set; the others are copies of it. */
  original: string;
  copies: string[];
}

export interface CompareResult {
  schemaVersion: typeof SCHEMA_VERSION;
  groups: ClaimGroup[];
  conflicts: Conflict[];
  copies: CopySet[];
}

/** Verbs that mean the same event in news writing. The first word names the class. */
const VERB_CLASSES = [
  'flee leave depart escape exit quit',
  'enter storm raid invade swarm rush pour break',
  'topple destroy drag tear pull smash deface demolish',
  'say announce confirm state declare add tell report',
  'capture seize take overrun',
  'kill shoot slay',
  'arrest detain',
  'resign quit step',
  'collapse burst fail breach give',
].map((l) => l.split(' '));
const VERB_CLASS = new Map<string, string>();
for (const c of VERB_CLASSES) for (const v of c) if (!VERB_CLASS.has(v)) VERB_CLASS.set(v, c[0]!);
export const verbClass = (lemma: string): string => VERB_CLASS.get(lemma) ?? lemma;

const STOP = new Set(
  'a an the of in on at to for from by with and or but as is are was were be been being has have had its it his her their this that these those into over after before than then there here who whom which what when where while also not no into out up down off'.split(' '),
);
const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map((w) => w.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, ''));

const toGroupClaim = (c: Claim): GroupClaim => ({ id: c.id, doc: c.doc, sentence: c.sentence, text: c.text, source: c.source ? (c.source.entity ?? c.source.text) : null });

/** Articles that share most of their sentences: syndicated copies. */
export function findCopies(result: ExtractResult, threshold = 0.6): CopySet[] {
  const byDoc = new Map<string, Set<string>>();
  for (const c of result.claims) {
    const key = c.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (key.split(' ').length < 4) continue;
    const set = byDoc.get(c.doc) ?? new Set<string>();
    set.add(key);
    byDoc.set(c.doc, set);
  }
  const docs = result.documents.map((d) => d.id);
  const parent = new Map<string, string>(docs.map((d) => [d, d]));
  const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x)!));
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const a = byDoc.get(docs[i]!);
      const b = byDoc.get(docs[j]!);
      if (!a || !b || a.size < 2 || b.size < 2) continue;
      let shared = 0;
      for (const k of a) if (b.has(k)) shared++;
      if (shared / Math.min(a.size, b.size) >= threshold) parent.set(find(docs[j]!), find(docs[i]!));
    }
  }
  const sets = new Map<string, string[]>();
  for (const d of docs) sets.set(find(d), [...(sets.get(find(d)) ?? []), d]);
  return [...sets.values()].filter((s) => s.length > 1).map((s) => ({ original: s[0]!, copies: s.slice(1) }));
}

function compatible(a: Claim, b: Claim, common: Set<string>): boolean {
  const aw = words(a.what).filter((w) => !common.has(w));
  const bw = new Set(words(b.what).filter((w) => !common.has(w)));
  const placesA = new Set(a.where.map((w) => w.entity ?? w.text));
  const sharedPlace = b.where.some((w) => placesA.has(w.entity ?? w.text));
  const sharedWord = aw.some((w) => bw.has(w) && w !== a.verb);
  // the same named actor and event, one of them without an object: "the dam burst" / "the dam collapsed"
  const sameNamedActor = Boolean(a.who?.entity && a.who.entity === b.who?.entity);
  if (!sharedWord && !sharedPlace && !(sameNamedActor && (aw.length === 0 || bw.size === 0 || a.where.length === 0 || b.where.length === 0))) return false;
  if (a.negated !== b.negated) return false;
  return true;
}

function dayDates(c: Claim): string[] {
  return c.when.map((w) => w.date).filter((d): d is string => Boolean(d && d.length === 10));
}

const RULE_NOUNS = /^(?:reign|rule|regime|dynasty|presidency|tenure|term|government|leadership|war|conflict|occupation|sentence|contract|career)$/;
const UNIT = '(year|month|week|day|hour|minute)s?';
const NUMBER_BEFORE = new RegExp(`\\b(\\d{1,4})[- ]${UNIT}(?:-long|-old)?\\s+([a-z]+)`, 'gi');
const NUMBER_AFTER = new RegExp(`\\b([a-z]+)\\s+(?:after|of|for|lasting)\\s+(?:more than |nearly |almost |about |over |just )?(\\d{1,4})\\s+${UNIT}\\b`, 'gi');

/** Quantities stated about a thing: "a 24-year-long reign", "his regime after 13 years". */
function quantities(c: Claim): { about: string; value: string }[] {
  const out: { about: string; value: string }[] = [];
  NUMBER_BEFORE.lastIndex = 0;
  for (let m = NUMBER_BEFORE.exec(c.text); m; m = NUMBER_BEFORE.exec(c.text)) {
    const noun = m[3]!.toLowerCase();
    out.push({ about: `${RULE_NOUNS.test(noun) ? 'rule' : noun} (${m[2]!.toLowerCase()}s)`, value: m[1]! });
  }
  NUMBER_AFTER.lastIndex = 0;
  for (let m = NUMBER_AFTER.exec(c.text); m; m = NUMBER_AFTER.exec(c.text)) {
    const noun = m[1]!.toLowerCase();
    if (!RULE_NOUNS.test(noun)) continue;
    out.push({ about: `rule (${m[3]!.toLowerCase()}s)`, value: m[2]! });
  }
  return out;
}

export function compareResult(result: ExtractResult): CompareResult {
  const copies = findCopies(result);
  const sourceOf = new Map<string, string>();
  for (const d of result.documents) sourceOf.set(d.id, d.id);
  for (const c of copies) for (const d of c.copies) sourceOf.set(d, c.original);

  const claims = [...result.claims].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
  // words in many articles' claims ("Assad" in a story about Assad) say nothing about which event
  const docsOfWord = new Map<string, Set<string>>();
  for (const c of claims) for (const w of words(c.what)) docsOfWord.set(w, (docsOfWord.get(w) ?? new Set()).add(c.doc));
  const nDocs = Math.max(1, result.documents.length);
  const common = new Set([...docsOfWord.entries()].filter(([, d]) => nDocs >= 4 && d.size / nDocs > 0.8).map(([w]) => w));
  const groups: { key: string; claims: Claim[] }[] = [];
  for (const c of claims) {
    const key = `${c.who?.entity ?? ''}|${verbClass(c.verb)}`;
    // compared with the group's first claims, so that a group cannot drift from claim to claim
    const g = groups.find((x) => x.key === key && x.claims.slice(0, 3).some((o) => compatible(o, c, common)));
    if (g) g.claims.push(c);
    else groups.push({ key, claims: [c] });
  }

  const conflicts: Conflict[] = [];
  const out: ClaimGroup[] = groups.map((g) => {
    const docs = [...new Set(g.claims.map((c) => c.doc))].sort();
    const rep = [...g.claims].sort((a, b) => b.salience - a.salience || (a.doc < b.doc ? -1 : 1))[0]!;
    const who = rep.who ? (rep.who.entity ?? rep.who.text) : null;
    const summary = `${who ?? '—'} ${rep.what}`.slice(0, 160);
    // date and place disagreements inside a group of several articles
    if (docs.length > 1) {
      const byDate = new Map<string, Claim[]>();
      for (const c of g.claims) for (const d of dayDates(c)) byDate.set(d, [...(byDate.get(d) ?? []), c]);
      if (byDate.size > 1 && new Set([...byDate.values()].flat().map((c) => c.doc)).size > 1) {
        conflicts.push({ kind: 'date', about: summary, values: [...byDate.entries()].sort().map(([value, cs]) => ({ value, claims: cs.map(toGroupClaim) })) });
      }
    }
    return {
      id: createHash('sha1').update(g.claims.map((c) => c.id).sort().join(',')).digest('hex').slice(0, 12),
      who,
      verb: verbClass(rep.verb),
      summary,
      docs,
      sources: new Set(docs.map((d) => sourceOf.get(d) ?? d)).size,
      claims: g.claims.map(toGroupClaim),
    };
  });

  // numbers with the same unit about the same thing, across articles
  const byAbout = new Map<string, Map<string, Claim[]>>();
  for (const c of claims) {
    for (const q of quantities(c)) {
      const m = byAbout.get(q.about) ?? new Map<string, Claim[]>();
      m.set(q.value, [...(m.get(q.value) ?? []), c]);
      byAbout.set(q.about, m);
    }
  }
  for (const [about, values] of [...byAbout.entries()].sort()) {
    const docs = new Set([...values.values()].flat().map((c) => c.doc));
    if (values.size < 2 || docs.size < 2) continue;
    conflicts.unshift({
      kind: 'number',
      about,
      values: [...values.entries()].sort((a, b) => Number(a[0]) - Number(b[0])).map(([value, cs]) => ({ value, claims: cs.map(toGroupClaim) })),
    });
  }

  out.sort((a, b) => b.sources - a.sources || b.claims.length - a.claims.length || (a.id < b.id ? -1 : 1));
  return { schemaVersion: SCHEMA_VERSION, groups: out, conflicts, copies };
}
