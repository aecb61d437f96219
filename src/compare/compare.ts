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
import { stories } from './stories.js';
import { eventClass, LIGHT, PHRASE_CLASS_RULE, SPEECH } from './verbs.js';
import { contentWords } from './words.js';
import { quantities, type Quantity } from './quantities.js';

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

export { verbClass } from './verbs.js';

const words = contentWords;

const toGroupClaim = (c: Claim): GroupClaim => ({ id: c.id, doc: c.doc, sentence: c.sentence, text: c.text, source: c.source ? (c.source.entity ?? c.source.text) : null });

/** Articles that share most of their sentences: syndicated copies. */
export function findCopies(result: ExtractResult, threshold = 0.6, order?: Map<string, string>): CopySet[] {
  const byDoc = new Map<string, Set<string>>();
  for (const c of result.claims) {
    const key = c.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (key.split(' ').length < 4) continue;
    const set = byDoc.get(c.doc) ?? new Set<string>();
    set.add(key);
    byDoc.set(c.doc, set);
  }
  const docs = result.documents.map((d) => d.id);
  // the original of a set is the first in content order, so renaming files changes nothing
  if (order) docs.sort((a, b) => cmpStr(order.get(a) ?? a, order.get(b) ?? b));
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

const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Feat {
  c: Claim;
  cls: string;
  actor: string | null;
  /** The actor's own words ("Vincent Jackson" → vincent, jackson). */
  actorWords: Set<string>;
  /** The clause is passive: its actor is who the event happened to ("Jackson was arrested"). */
  passive: boolean;
  words: Set<string>;
  places: Set<string>;
  dates: Set<string>;
}

function featuresOf(c: Claim, common: Set<string>, off: ReadonlySet<string>): Feat {
  const verbForms = new Set(words(c.what.split(/\s+/)[0] ?? ''));
  return {
    c,
    cls: eventClass(c, off),
    actor: c.who?.entity ?? null,
    actorWords: new Set(c.who ? words(c.who.entity ?? c.who.text) : []),
    passive: !off.has(passiveRule.name) && passiveRule.apply(c),
    words: new Set(words(c.what).filter((w) => !common.has(w) && !verbForms.has(w) && w !== c.verb)),
    places: new Set(c.where.map((w) => w.entity ?? w.text)),
    dates: new Set(dayDates(c)),
  };
}

const shared = <T>(a: Set<T>, b: Set<T>): number => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

const PASSIVE_VERB = /\b(?:was|were|is|are|be|been|being|get|gets|got|gotten)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|t)$/i;

/** A passive clause: its subject is who the event happened to. */
export const passiveRule = {
  name: 'passive-patient',
  description: 'A passive clause ("Jackson was arrested", "the coach has been fired") names who the event happened to, not who did it: its subject is compared with the object of an active clause, not with its actor.',
  example: '"Jackson was arrested on Tuesday" and "Highway patrol officers arrested Jackson" → the same arrest',
  apply: (c: Claim): boolean => PASSIVE_VERB.test((c.verbText ?? '').trim()),
};

const speaker = (x: { text: string; entity: string | null }): string => (x.entity ?? x.text).toLowerCase().replace(/\s+/g, ' ').trim();
/** One speaker, named more or less fully: "harbour police" and "police", "a spokesman" and "a spokesman". */
const sameSpeaker = (a: string, b: string): boolean => a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);

/** What a speech claim says: the claims of its sentence it is the source of. */
export const speechContentRule = {
  name: 'speech-content',
  description: 'A speech claim ("police said") is about what was said: the claims of its sentence whose source is its speaker. Two speech claims of one story by the same speaker whose statements are the same fact are one statement.',
  example: '"Police said the suspect was arrested on Monday" and "the suspect was arrested, police said" → one statement by the police',
  apply(c: Claim, sentence: Claim[]): Claim[] {
    if (!c.who) return [];
    const who = speaker(c.who);
    return sentence.filter((x) => x !== c && x.source && sameSpeaker(speaker(x.source), who));
  },
};

const subsetOf = (x: Set<string>, y: Set<string>): boolean => x.size > 0 && [...x].every((w) => y.has(w));
const sameNamed = (a: Feat, b: Feat): boolean => fullerNameRule.apply(a.actorWords, b.actorWords);

/** One actor named more or less fully. */
export const fullerNameRule = {
  name: 'fuller-name-actor',
  description: 'Two named actors are one when every word of the shorter name is in the longer (alias merging may not have joined them across articles): "Rovers" and "Kell Rovers", "Charger" and "Chargers".',
  example: '"Rovers suspended Ivo Brandt" and "Kell Rovers suspended Ivo Brandt" → one suspension',
  apply: (a: Set<string>, b: Set<string>): boolean => subsetOf(a, b) || subsetOf(b, a),
};

/** Two claims of one story and one event class state the same fact. */
function sameFact(a: Feat, b: Feat, copies: boolean, options: { fullerName: boolean }): boolean {
  if (a.c.negated !== b.c.negated) return false;
  if (a.passive !== b.passive) {
    // "X was arrested" and "police arrested X": the one's subject is the other's object
    const [p, q] = a.passive ? [a, b] : [b, a];
    if (p.actorWords.size > 0 && shared(p.actorWords, q.words) > 0) return true;
  }
  if (a.actor && b.actor && a.actor !== b.actor && !(options.fullerName && sameNamed(a, b))) return false;
  // the same words in two copies of one syndicated article are the same statement
  if (copies && a.c.text.toLowerCase() === b.c.text.toLowerCase()) return true;
  const args = shared(a.words, b.words) + shared(a.places, b.places) + (a.actor && a.actor === b.actor ? 1 : 0);
  // a light verb or "said" alone says nothing: what was said or done must be shared
  if (LIGHT.has(a.cls) || a.cls === SPEECH) return args >= 2;
  // nothing shared but the verb, on different days: "the Red Cross opened a shelter on Sunday"
  // and "prosecutors opened an inquiry on Tuesday" are two facts (and no date conflict)
  if (args === 0 && a.dates.size && b.dates.size && !shared(a.dates, b.dates)) return false;
  return true;
}


function dayDates(c: Claim): string[] {
  return c.when.map((w) => w.date).filter((d): d is string => Boolean(d && d.length === 10));
}

/** Independent articles among the claims' articles (copies count once). */
const independent = (cs: Claim[], sourceOf: Map<string, string>): number => new Set(cs.map((c) => sourceOf.get(c.doc) ?? c.doc)).size;

/** Measures that different independent articles state with different values. */
function numberConflicts(cs: Claim[], keep: (q: Quantity) => boolean, prefix: string, sourceOf: Map<string, string>, out: Conflict[]): void {
  const byAbout = new Map<string, Map<number, { value: string; claims: Claim[] }>>();
  for (const c of cs) {
    for (const q of quantities(c)) {
      if (!keep(q)) continue;
      const m = byAbout.get(q.about) ?? new Map<number, { value: string; claims: Claim[] }>();
      const v = m.get(q.n) ?? { value: q.value, claims: [] };
      if (!v.claims.includes(c)) v.claims.push(c);
      m.set(q.n, v);
      byAbout.set(q.about, m);
    }
  }
  for (const [about, values] of [...byAbout.entries()].sort((a, b) => cmpStr(a[0], b[0]))) {
    if (values.size < 2 || independent([...values.values()].flatMap((v) => v.claims), sourceOf) < 2) continue;
    // each value must come from an article that does not also state the other values
    const perDoc = new Map<string, Set<number>>();
    for (const [n, v] of values) for (const c of v.claims) perDoc.set(c.doc, (perDoc.get(c.doc) ?? new Set()).add(n));
    if ([...perDoc.values()].every((s) => s.size === values.size)) continue;
    out.push({
      kind: 'number',
      about: `${prefix}${about}`,
      values: [...values.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => ({ value: v.value, claims: v.claims.map(toGroupClaim) })),
    });
  }
}

const NONE: ReadonlySet<string> = new Set();

export interface CompareOptions {
  /** Names of compare rules switched off (for measuring them). */
  off?: ReadonlySet<string>;
}

export function compareResult(result: ExtractResult, options: CompareOptions = {}): CompareResult {
  // content order: the same articles under other names or in another order group the same way
  const fingerprint = new Map<string, string>();
  {
    const texts = new Map<string, string[]>();
    for (const c of result.claims) texts.set(c.doc, [...(texts.get(c.doc) ?? []), c.text]);
    for (const d of result.documents) fingerprint.set(d.id, createHash('sha1').update((texts.get(d.id) ?? []).join('\n')).digest('hex'));
  }
  const copies = findCopies(result, 0.6, fingerprint);
  const sourceOf = new Map<string, string>();
  for (const d of result.documents) sourceOf.set(d.id, d.id);
  for (const c of copies) for (const d of c.copies) sourceOf.set(d, c.original);
  const claims = [...result.claims].sort((a, b) => cmpStr(fingerprint.get(a.doc)!, fingerprint.get(b.doc)!) || a.start - b.start || cmpStr(a.text, b.text));
  const story = stories(result, fingerprint);
  // words in many articles' claims ("Assad" in a story about Assad) say nothing about which event
  const docsOfWord = new Map<string, Set<string>>();
  for (const c of claims) for (const w of words(c.what)) docsOfWord.set(w, (docsOfWord.get(w) ?? new Set()).add(c.doc));
  const nDocs = Math.max(1, result.documents.length);
  const common = new Set([...docsOfWord.entries()].filter(([, d]) => nDocs >= 4 && d.size / nDocs > 0.8).map(([w]) => w));
  const feats = new Map<Claim, Feat>(claims.map((c) => [c, featuresOf(c, common, options.off ?? NONE)]));
  const groups: { key: string; claims: Claim[] }[] = [];
  const byKey = new Map<string, { key: string; claims: Claim[] }[]>();
  const groupOf = new Map<Claim, { key: string; claims: Claim[] }>();
  const place = (c: Claim, also: (o: Claim) => boolean): void => {
    const f = feats.get(c)!;
    const key = `${story.get(c.doc) ?? 0}|${f.cls}`;
    const cands = byKey.get(key) ?? [];
    // compared with the group's first claims, so that a group cannot drift from claim to claim
    const g = cands.find((x) => x.claims.slice(0, 3).some((o) => sameFact(feats.get(o)!, f, sourceOf.get(o.doc) === sourceOf.get(c.doc), factOptions) || also(o)));
    if (g) {
      g.claims.push(c);
      groupOf.set(c, g);
    } else {
      const n = { key, claims: [c] };
      groups.push(n);
      groupOf.set(c, n);
      byKey.set(key, [...cands, n]);
    }
  };
  const factOptions = { fullerName: !options.off?.has(fullerNameRule.name) };
  // speech claims last: they group by what was said, which the other claims' groups tell
  const speechOn = !options.off?.has(speechContentRule.name);
  const isSpeech = (c: Claim): boolean => speechOn && feats.get(c)!.cls === SPEECH;
  for (const c of claims) if (!isSpeech(c)) place(c, () => false);
  const contentOf = new Map<Claim, Set<{ key: string; claims: Claim[] }>>();
  if (speechOn) {
    const bySentence = new Map<string, Claim[]>();
    for (const c of claims) bySentence.set(`${c.doc}\u0000${c.sentence}`, [...(bySentence.get(`${c.doc}\u0000${c.sentence}`) ?? []), c]);
    for (const c of claims) {
      if (!isSpeech(c)) continue;
      const said = speechContentRule.apply(c, bySentence.get(`${c.doc}\u0000${c.sentence}`) ?? []);
      contentOf.set(c, new Set(said.map((x) => groupOf.get(x)).filter((g): g is { key: string; claims: Claim[] } => g !== undefined && !isSpeech(g.claims[0]!))));
    }
  }
  const sameContent = (a: Claim, b: Claim): boolean => {
    const x = contentOf.get(a), y = contentOf.get(b);
    if (!x || !y || !x.size || !y.size || !a.who || !b.who || !sameSpeaker(speaker(a.who), speaker(b.who))) return false;
    for (const g of x) if (y.has(g)) return true;
    return false;
  };
  for (const c of claims) if (isSpeech(c)) place(c, (o) => sameContent(o, c));
  // in the order a single pass over the claims would have made them
  const firstAt = new Map<Claim, number>(claims.map((c, i) => [c, i]));
  groups.sort((a, b) => firstAt.get(a.claims[0]!)! - firstAt.get(b.claims[0]!)!);

  const conflicts: Conflict[] = [];
  const out: ClaimGroup[] = groups.map((g) => {
    const docs = [...new Set(g.claims.map((c) => c.doc))].sort();
    const rep = g.claims.reduce((best, c) => (c.salience > best.salience ? c : best));
    const who = rep.who ? (rep.who.entity ?? rep.who.text) : null;
    const summary = `${who ?? '—'} ${rep.what}`.slice(0, 160);
    // disagreements inside one fact stated by several independent articles: its date as
    // written (two outlets' "Sunday" resolved against different publication dates is no
    // disagreement), and sums of money
    if (new Set(docs.map((d) => sourceOf.get(d) ?? d)).size > 1) {
      const byDate = new Map<string, Claim[]>();
      const written = new Map<string, Set<string>>();
      for (const c of g.claims) {
        for (const w of c.when) {
          if (!w.date || w.date.length !== 10) continue;
          byDate.set(w.date, [...(byDate.get(w.date) ?? []), c]);
          written.set(w.date, (written.get(w.date) ?? new Set()).add(w.text.toLowerCase().replace(/^(?:on|in|at)\s+/, '')));
        }
      }
      const texts = [...written.values()];
      const sameWords = texts.length > 1 && texts.every((t) => [...t].some((x) => texts.every((u) => u.has(x))));
      if (byDate.size > 1 && !sameWords && independent([...byDate.values()].flat(), sourceOf) > 1) {
        conflicts.push({ kind: 'date', about: summary, values: [...byDate.entries()].sort().map(([value, cs]) => ({ value, claims: cs.map(toGroupClaim) })) });
      }
      numberConflicts(g.claims, (q) => q.about.startsWith('money'), `${summary}: `, sourceOf, conflicts);
    }
    return {
      id: createHash('sha1').update(g.claims.map((c) => `${c.verb}\u0000${c.text}`).sort().join('\u0001')).digest('hex').slice(0, 12),
      who,
      verb: feats.get(rep)!.cls,
      summary,
      docs,
      sources: new Set(docs.map((d) => sourceOf.get(d) ?? d)).size,
      claims: g.claims.map(toGroupClaim),
    };
  });

  // tolls, ages and durations stated about one story by different articles
  const byStory = new Map<number, Claim[]>();
  for (const c of claims) byStory.set(story.get(c.doc) ?? 0, [...(byStory.get(story.get(c.doc) ?? 0) ?? []), c]);
  const storyConflicts: Conflict[] = [];
  for (const [, cs] of [...byStory].sort((a, b) => a[0] - b[0])) numberConflicts(cs, (q) => !q.about.startsWith('money'), '', sourceOf, storyConflicts);
  conflicts.unshift(...storyConflicts);

  out.sort((a, b) => b.sources - a.sources || b.claims.length - a.claims.length || (a.id < b.id ? -1 : 1));
  return { schemaVersion: SCHEMA_VERSION, groups: out, conflicts, copies };
}

/** The rules of `compare`, each switchable off by name (`compareResult(r, { off })`) to measure it. */
export const COMPARE_RULES: readonly { name: string; description: string; example: string }[] = [PHRASE_CLASS_RULE, passiveRule, speechContentRule, fullerNameRule].map(({ name, description, example }) => ({ name, description, example }));
