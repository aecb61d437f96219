/**
 * Alias merging: one canonical entity per real-world referent, within and across articles.
 * Rules: same name up to case, possessive and "the"; "Name (ACR)" / "ACR (Name)"; an acronym
 * that spells a name's initials; spelling variants of multi-word names (one letter apart per
 * word); a person's or organisation's short form that ends a longer name ("Assad" →
 * "Bashar al-Assad"). The canonical name is the fullest form, the most frequent among equals.
 */
import type { AliasExample, EntityType } from '../types.js';
import type { TypedMention } from '../annotate/entities.js';
import { DEMONYMS, ORG_WORDS } from '../annotate/lexicon.js';

export interface MentionRef {
  doc: string;
  mention: TypedMention;
  /** Text right before and after the mention in its sentence, for "Name (ACR)" patterns. */
  after: string;
  /** The sentence the mention stands in, for an example of each alias. */
  sentence?: { text: string; start: number };
  /** Set by mergeAliases: the type of the mention's canonical entity (two entities may share a name: the team and the county). */
  entityType?: EntityType;
}

export interface CanonicalEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  docs: string[];
  /** Normalised keys of every surface form. */
  keys: string[];
  /** For every alias, its first mention in the batch. */
  examples: AliasExample[];
}

const JOIN = new Set(['al', 'el', 'of', 'the', 'bin', 'ibn', 'de', 'and', '&']);

export function normKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s$|'$/, '')
    .replace(/^the\s+/, '')
    // "Tarn Corp." and "Tarn Corp" are one name
    .replace(/\b(inc|corp|co|ltd|bros)\.$/, '$1')
    .replace(/[#@]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const wordCache = new Map<string, string[]>();
const words = (key: string): string[] => {
  let w = wordCache.get(key);
  if (!w) {
    w = key.split(/[\s-]+/).filter(Boolean);
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(key, w);
  }
  return w;
};

function initials(key: string): string {
  return words(key)
    .filter((w) => !JOIN.has(w))
    .map((w) => w[0])
    .join('');
}

function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Two names of two words or more, word for word: how many words differ, when every word that
 * differs passes `near` (null when the counts differ, or a differing word does not pass).
 */
function wordDiffs(a: string, b: string, near: (x: string, y: string) => boolean): { diffs: number; length: number } | null {
  const wa = words(a);
  const wb = words(b);
  if (wa.length < 2 || wa.length !== wb.length) return null;
  let diffs = 0;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    if (!near(wa[i]!, wb[i]!)) return null;
    diffs++;
  }
  return { diffs, length: wa.length };
}

/** Spelling variants: same number of words, each equal or one letter apart (long words only). */
function variants(a: string, b: string): boolean {
  const d = wordDiffs(
    a,
    b,
    (x, y) =>
      (x.length >= 4 && editDistanceAtMost1(x, y)) ||
      // "hayat"/"hayyet": two edits on a word whose neighbours agree
      (x.length >= 5 && x[0] === y[0] && x.slice(-1) === y.slice(-1) && Math.abs(x.length - y.length) <= 1),
  );
  return d !== null && d.diffs <= Math.max(1, Math.floor(d.length / 2));
}

/**
 * Spelling variants of a person's name: one word apart by one letter, in a word of five letters
 * or more ("Mohamed"/"Mohammed"). "Anton Pfeffer" and "Anton Polster", "Marcello" and
 * "Massimo Cuttitta" are different people.
 */
function personVariants(a: string, b: string): boolean {
  const d = wordDiffs(a, b, (x, y) => Math.min(x.length, y.length) >= 5 && editDistanceAtMost1(x, y));
  return d !== null && d.diffs <= 1;
}

/**
 * Transliterations of one Arabic name: the same words but the one after the particle al-/el-,
 * and that one a letter apart ("Bashar al-Asad", "Bashar al-Assad"). Reporters render such a
 * name more than one way, even in one article.
 */
function transliterations(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length < 3 || wa.length !== wb.length) return false;
  let diff = -1;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return diff > 0 && (wa[diff - 1] === 'al' || wa[diff - 1] === 'el') && Math.min(wa[diff]!.length, wb[diff]!.length) >= 4 && editDistanceAtMost1(wa[diff]!, wb[diff]!);
}

/**
 * One institution named by its country's possessive or by its demonym: "Russia's Foreign
 * Ministry" and "the Russian Foreign Ministry" (same words after the first, two or more).
 */
function countryForms(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length < 3 || wa.length !== wb.length || wa.slice(1).join(' ') !== wb.slice(1).join(' ')) return false;
  const country = (w: string): string | undefined => (/'s?$/.test(w) ? w.replace(/'s?$/, '') : DEMONYMS.get(w)?.toLowerCase());
  const ca = country(wa[0]!);
  return ca !== undefined && ca === country(wb[0]!) && wa[0] !== wb[0];
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
  }
}

interface Surface {
  key: string;
  forms: Map<string, number>;
  votes: Record<EntityType, number>;
  docs: Set<string>;
  count: number;
}

function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}

/** The legal suffix that ends a firm's name. */
const COMPANY_SUFFIX = /^(?:inc|corp|co|ltd|plc|llc|ag|sa|nv|gmbh)\.?$/;

/** A team named after its town is a sense of its own: "Essex" the county club is not Essex. */
const TEAM = '\u0001team';
/** A short form resolved to one full name: its own surface, so another article's "Johnson" stays apart. */
const SHORT = '\u0002';

/** The surface id of a mention before short forms are resolved. */
function senseId(m: TypedMention): string {
  const k = normKey(m.text);
  return m.team ? k + TEAM : k;
}

/** An acronym as written: capitals, two to seven letters ("UN", "NATO", "U.S."). */
function isAcronymForm(form: string): boolean {
  const bare = form.replace(/\./g, '');
  return /^\p{Lu}[\p{Lu}&]{1,6}$/u.test(bare);
}

/** `acr` spells the initials of `full`, in order, starting with its first ("liffe" in "london international financial futures and options exchange"). */
function spellsInitials(acr: string, full: string): boolean {
  const a = acr.replace(/[.\s&]/g, '');
  const i = initials(full);
  if (a.length < 2 || i.length < a.length || a[0] !== i[0]) return false;
  if (a === i) return true;
  let j = 0;
  for (const ch of i) if (ch === a[j]) j++;
  return j === a.length && i.length - a.length <= 2;
}

/** A sentence excerpt around [start, end) of at most ~120 characters. */
function excerpt(sentence: string, at: number, len: number): string {
  if (sentence.length <= 120) return sentence.replace(/\s+/g, ' ').trim();
  const from = Math.max(0, at - 50);
  const to = Math.min(sentence.length, at + len + 60);
  return `${from > 0 ? '…' : ''}${sentence.slice(from, to).replace(/\s+/g, ' ').trim()}${to < sentence.length ? '…' : ''}`;
}

/**
 * The merging rules, in the order they apply (each named for the README):
 * - same-name: one name up to case, possessive and "the";
 * - acronym-in-brackets: "Name (ACR)" / "ACR (Name)" when the acronym spells the name's initials;
 * - acronym-initials: an acronym in capitals aliases the one non-person name in the batch whose initials it spells;
 *   never a person ("MO" is not Merlene Ottey), never when two names share those initials;
 * - spelling-variant: multi-word names one letter apart in a word; for people only in a long
 *   word (different given names with one surname are two people: "Anton Pfeffer", "Anton Polster");
 * - short-form: "Johnson" is the full name ending in it in its own article (the one named last
 *   before it, else the first after); in an article with no such full name, the only full name
 *   in the batch ending in it; with several, it stays apart;
 * - leading-words: an organisation named by the first words of the one longer organisation name.
 * The canonical name is the fullest form in ordinary case, then the most frequent.
 */
export function mergeAliases(refs: MentionRef[]): CanonicalEntity[] {
  // preliminary surfaces by sense, to know types and which full names exist where
  const prelim = new Map<string, Surface>();
  const addTo = (map: Map<string, Surface>, id: string, r: MentionRef): void => {
    let s = map.get(id);
    if (!s) {
      s = { key: normKey(r.mention.text), forms: new Map(), votes: { person: 0, organization: 0, place: 0 }, docs: new Set(), count: 0 };
      map.set(id, s);
    }
    s.forms.set(r.mention.text, (s.forms.get(r.mention.text) ?? 0) + 1);
    s.votes[r.mention.type] += r.mention.confidence;
    s.docs.add(r.doc);
    s.count++;
  };
  for (const r of refs) if (normKey(r.mention.text)) addTo(prelim, senseId(r.mention), r);
  const typeOf = (s: Surface): EntityType =>
    (Object.entries(s.votes) as [EntityType, number][]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const allCaps = (s: Surface): boolean => [...s.forms.keys()].every((f) => isAcronymForm(f));

  // short-form: candidates for each short surface, then one target per mention
  const longIds = [...prelim.keys()].filter((id) => words(prelim.get(id)!.key).length >= 2).sort();
  // every longer name by each of its proper tails of words ("al-assad", "assad"), so that a short
  // form looks up only the names that end in it (not every name sharing its last word)
  const byTail = new Map<string, string[]>();
  for (const l of longIds) {
    const w = words(prelim.get(l)!.key);
    for (let n = 1; n < w.length; n++) {
      const tail = w.slice(w.length - n).join(' ');
      const list = byTail.get(tail);
      if (list) list.push(l);
      else byTail.set(tail, [l]);
    }
  }
  // "Tarn Corp" is also named "Tarn"
  const bySansSuffix = new Map<string, string[]>();
  for (const l of longIds) {
    const w = words(prelim.get(l)!.key);
    if (!COMPANY_SUFFIX.test(w[w.length - 1]!)) continue;
    const k = w.slice(0, -1).join(' ');
    const list = bySansSuffix.get(k);
    if (list) list.push(l);
    else bySansSuffix.set(k, [l]);
  }
  const candidatesOf = new Map<string, string[]>();
  // a surname compromise took for a place ("Tenbury said"): only its own article's person, below
  const placeShort = new Set<string>();
  for (const [id, s] of prelim) {
    let t = typeOf(s);
    const w = words(s.key);
    if (t === 'place') {
      if (w.length !== 1 || id.endsWith(TEAM)) continue;
      placeShort.add(id);
      t = 'person';
    }
    const team = id.endsWith(TEAM);
    const firms = (bySansSuffix.get(s.key) ?? []).filter((l) => l.endsWith(TEAM) === team && typeOf(prelim.get(l)!) === 'organization' && t !== 'person');
    const cands = [...firms, ...(byTail.get(w.join(' ')) ?? []).filter((l) => {
      if (l === id || l.endsWith(TEAM) !== team) return false;
      const ls = prelim.get(l)!;
      const lt = typeOf(ls);
      if (lt !== t && !(t === 'organization' && lt === 'person') && !(t === 'person' && lt === 'organization')) return false;
      // an acronym is no one's surname: "UN" is not Kim Jong Un
      if (lt === 'person' && allCaps(s) && s.key.length <= 4) return false;
      // "Sham" alone is no short form; a surname is
      if (placeShort.has(id)) return lt === 'person';
      return w.length >= 2 || lt === 'person';
    })];
    if (cands.length) candidatesOf.set(id, cands);
  }
  // an article that names someone with the word elsewhere in a longer name ("Charles VI" for
  // "Charles") has a full name of its own: its short form is not another article's person
  const longWordsByDoc = new Map<string, Set<string>>();
  for (const l of longIds) {
    const ls = prelim.get(l)!;
    if (typeOf(ls) !== 'person') continue;
    for (const d of ls.docs) {
      const set = longWordsByDoc.get(d) ?? new Set<string>();
      for (const w of words(ls.key)) set.add(w);
      longWordsByDoc.set(d, set);
    }
  }
  const namesWordInDoc = (doc: string, w: string[]): boolean => w.length === 1 && Boolean(longWordsByDoc.get(doc)?.has(w[0]!));
  // mentions in order per document, to pick the full name named last before a short form
  const refIds: string[] = new Array(refs.length);
  // the mention of the full name a short form was resolved to in its article: that mention may
  // itself be a short form ("Assad" → "al-Assad" → "Bashar al-Assad"), followed below
  const via: number[] = new Array(refs.length).fill(-1);
  const maximalOf = new Map<string, string[]>(); // short id → its batch candidates no other candidate ends in
  const lastSeen = new Map<string, number>(); // `${doc}\u0000${longId}` → index of its last mention so far
  const firstAt = new Map<string, number>();
  refs.forEach((r, i) => {
    const k = `${r.doc}\u0000${senseId(r.mention)}`;
    if (!firstAt.has(k)) firstAt.set(k, i);
  });
  refs.forEach((r, i) => {
    const id = senseId(r.mention);
    refIds[i] = id;
    lastSeen.set(`${r.doc}\u0000${id}`, i);
    const cands = candidatesOf.get(id);
    if (!cands) return;
    const here = cands.filter((l) => firstAt.has(`${r.doc}\u0000${l}`));
    let target: string | undefined;
    if (placeShort.has(id)) {
      // "in Tenbury" stays the place; "Tenbury said", in an article naming Hugh Tenbury, is he
      const before = r.sentence ? r.sentence.text.slice(0, r.mention.start - r.sentence.start) : '';
      if (!here.length || /\b(?:in|at|from|to|near|into|outside|inside|across|around|of|via|towards?)\s+(?:the\s+)?$/i.test(before)) return;
    }
    if (here.length) {
      const before = here.filter((l) => (lastSeen.get(`${r.doc}\u0000${l}`) ?? Infinity) < i).sort((a, b) => lastSeen.get(`${r.doc}\u0000${b}`)! - lastSeen.get(`${r.doc}\u0000${a}`)!);
      target = before[0] ?? here.sort((a, b) => firstAt.get(`${r.doc}\u0000${a}`)! - firstAt.get(`${r.doc}\u0000${b}`)!)[0];
      if (target) via[i] = before[0] ? lastSeen.get(`${r.doc}\u0000${target}`)! : firstAt.get(`${r.doc}\u0000${target}`)!;
    } else if (!namesWordInDoc(r.doc, words(prelim.get(id)!.key))) {
      // across articles only when exactly one full name in the batch ends in it (the longer of
      // a chain "Kim Jong Un" ⊃ "Jong Un" counts once)
      let maximal = maximalOf.get(id);
      if (!maximal) {
        maximal = cands.filter((c) => !cands.some((o) => o !== c && words(prelim.get(o)!.key).length > words(prelim.get(c)!.key).length && prelim.get(o)!.key.endsWith(` ${prelim.get(c)!.key}`)));
        maximalOf.set(id, maximal);
      }
      // two forms of one institution count once ("Russia's" / "Russian Foreign Ministry")
      if (maximal.length === 1 || (maximal.length === 2 && countryForms(prelim.get(maximal[0]!)!.key, prelim.get(maximal[1]!)!.key))) target = maximal[0];
    }
    if (target) refIds[i] = `${id}${SHORT}${target}`;
  });
  // a chain of short forms ends at the full name: each link's target is a longer name, so it ends
  const finalOf = (j: number): string => {
    const at = refIds[j]!.indexOf(SHORT);
    if (at < 0) return refIds[j]!;
    if (via[j]! >= 0) {
      const end = finalOf(via[j]!);
      via[j] = -1;
      refIds[j] = `${refIds[j]!.slice(0, at)}${SHORT}${end}`;
    }
    return refIds[j]!.slice(refIds[j]!.indexOf(SHORT) + 1);
  };
  for (let i = 0; i < refs.length; i++) if (via[i]! >= 0) finalOf(i);

  const surfaces = new Map<string, Surface>();
  refs.forEach((r, i) => {
    if (normKey(r.mention.text)) addTo(surfaces, refIds[i]!, r);
  });
  const uf = new UnionFind();
  const ids = [...surfaces.keys()].sort();
  for (const id of ids) {
    const at = id.indexOf(SHORT);
    if (at >= 0) uf.union(id, id.slice(at + 1));
  }
  // only the unscoped surfaces take part in the name-to-name rules below
  const plain = ids.filter((id) => !id.includes(SHORT));
  const keyOf = (id: string): string => surfaces.get(id)!.key;

  // acronym-in-brackets: "Name (ACR)" and "ACR (Name)"
  for (let i = 0; i + 1 < refs.length; i++) {
    const a = refs[i]!;
    const b = refs[i + 1]!;
    if (a.doc !== b.doc || !/^\s*\(\s*$/.test(a.after)) continue;
    const ia = refIds[i]!;
    const ib = refIds[i + 1]!;
    const [acr, full] = isAcronymForm(b.mention.text) ? [ib, ia] : isAcronymForm(a.mention.text) ? [ia, ib] : [null, null];
    if (!acr || !full || !surfaces.has(acr) || !surfaces.has(full)) continue;
    // a name spelled out by an acronym is no person's, whatever the tagger said of it: "the HTS
    // (Hayyet Tahrir al-Sham)"; two-word names stay persons' ("JB (John Bale)")
    if (typeOf(surfaces.get(full)!) === 'person' && !(initials(keyOf(full)).length >= 3 && initials(keyOf(full)) === keyOf(acr).replace(/[.\s&]/g, ''))) continue;
    if (spellsInitials(keyOf(acr), keyOf(full))) uf.union(acr, full);
  }
  // acronym-initials
  const byInitials = new Map<string, string[]>();
  for (const id of plain) {
    const s = surfaces.get(id)!;
    if (words(s.key).length < 2 || typeOf(s) === 'person') continue;
    const i = initials(s.key);
    const list = byInitials.get(i);
    if (list) list.push(id);
    else byInitials.set(i, [id]);
  }
  for (const id of plain) {
    const s = surfaces.get(id)!;
    if (!/^[a-z]{2,7}$/.test(s.key) || ![...s.forms.keys()].some((f) => isAcronymForm(f))) continue;
    const cands = (byInitials.get(s.key) ?? []).filter((k) => k !== id && k.endsWith(TEAM) === id.endsWith(TEAM));
    const sameDoc = cands.filter((k) => [...surfaces.get(k)!.docs].some((d) => s.docs.has(d)));
    const pick = cands.length === 1 ? cands : sameDoc.length === 1 ? sameDoc : [];
    for (const k of pick) uf.union(id, k);
  }
  // spelling-variant: keys that share a (word count, position, word)
  const sameWord = new Map<string, string[]>();
  for (const id of plain) {
    const w = words(keyOf(id));
    if (w.length < 2) continue;
    w.forEach((x, i) => {
      const b = `${w.length}\u0000${i}\u0000${x}`;
      const list = sameWord.get(b);
      if (list) list.push(id);
      else sameWord.set(b, [id]);
    });
  }
  // two surfaces that may be spellings of one name: never a team and its town, never two
  // spellings of a person in one article (a reporter spells one person one way)
  const consider = (a: string, b: string): void => {
    if (a.endsWith(TEAM) !== b.endsWith(TEAM)) return;
    const person = typeOf(surfaces.get(a)!) === 'person' || typeOf(surfaces.get(b)!) === 'person';
    const apart = person && [...surfaces.get(a)!.docs].some((d) => surfaces.get(b)!.docs.has(d));
    if (person && transliterations(keyOf(a), keyOf(b))) uf.union(a, b);
    else if (!apart && (person ? personVariants(keyOf(a), keyOf(b)) : variants(keyOf(a), keyOf(b)))) uf.union(a, b);
  };
  const compared = new Set<string>();
  for (const list of sameWord.values()) {
    if (list.length > 2000) continue; // a word shared by thousands of names ("the") says nothing
    if (words(keyOf(list[0]!)).length <= 3) continue; // names of two or three words: see below
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const pair = `${a}\u0000${b}`;
        if (compared.has(pair)) continue;
        compared.add(pair);
        consider(a, b);
      }
    }
  }
  // Names of two or three words differ in one word at most, so a pair of variants has all
  // words but one in common and, in that one, a shared one-letter deletion (one letter apart)
  // or the same first and last letters and nearly the same length (two letters apart): only
  // the surfaces that share such a signature are compared, not every pair sharing a word (which
  // made a long article's entities quadratic: "X Harbour Board" for a thousand X).
  const signatures = new Map<string, string[]>();
  const sign = (sig: string, id: string): void => {
    const list = signatures.get(sig);
    if (list) list.push(id);
    else signatures.set(sig, [id]);
  };
  for (const id of plain) {
    const w = words(keyOf(id));
    if (w.length < 2 || w.length > 3) continue;
    for (let j = 0; j < w.length; j++) {
      const rest = `${w.length}\u0000${j}\u0000${w.filter((_, i) => i !== j).join('\u0000')}`;
      const x = w[j]!;
      const dels = new Set([x]);
      for (let c = 0; c < x.length; c++) dels.add(x.slice(0, c) + x.slice(c + 1));
      for (const d of dels) sign(`e\u0000${rest}\u0000${d}`, id);
      if (x.length >= 4) sign(`s\u0000${rest}\u0000${x[0]}\u0000${x[x.length - 1]}\u0000${x.length}`, id);
    }
  }
  const bucketOk = (a: string, b: string): boolean => {
    // compared above only when the two share a word in the same place that not thousands share
    const wa = words(keyOf(a));
    const wb = words(keyOf(b));
    return wa.some((x, i) => x === wb[i] && (sameWord.get(`${wa.length}\u0000${i}\u0000${x}`)?.length ?? 0) <= 2000);
  };
  const tryPair = (x: string, y: string): void => {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const pair = `${a}\u0000${b}`;
    if (compared.has(pair)) return;
    compared.add(pair);
    if (words(keyOf(a)).length === words(keyOf(b)).length && bucketOk(a, b)) consider(a, b);
  };
  for (const [sig, list] of signatures) {
    if (sig.startsWith('e')) {
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) tryPair(list[i]!, list[j]!);
    } else {
      // same first and last letters, lengths at most one apart
      const at = sig.lastIndexOf('\u0000');
      const len = Number(sig.slice(at + 1));
      const near = signatures.get(`${sig.slice(0, at)}\u0000${len + 1}`) ?? [];
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) tryPair(list[i]!, list[j]!);
        for (const y of near) tryPair(list[i]!, y);
      }
    }
  }
  // leading-words: "Immigration and Passports" → "... Department"
  // every longer name by each of its proper heads of words ("bashar al"), so that a name looks
  // up only the names that begin with it
  const byHead = new Map<string, string[]>();
  for (const id of plain) {
    const w = words(keyOf(id));
    for (let n = 1; n < w.length; n++) {
      const head = w.slice(0, n).join(' ');
      const list = byHead.get(head);
      if (list) list.push(id);
      else byHead.set(head, [id]);
    }
  }
  for (const id of plain) {
    const w = words(keyOf(id));
    // a name complete in itself ("First Bank", ending in an organisation's word) is no leading part
    if (w.length < 2 || typeOf(surfaces.get(id)!) !== 'organization' || ORG_WORDS.has(w[w.length - 1]!)) continue;
    const longer = (byHead.get(w.join(' ')) ?? []).filter((l) => l !== id && typeOf(surfaces.get(l)!) === 'organization');
    if (longer.length === 1) uf.union(id, longer[0]!);
  }

  const clusters = new Map<string, string[]>();
  for (const id of ids) {
    const root = uf.find(id);
    const list = clusters.get(root) ?? [];
    list.push(id);
    clusters.set(root, list);
  }
  const entities: CanonicalEntity[] = [];
  const nameOfId = new Map<string, string>();
  const entityOfId = new Map<string, CanonicalEntity>();
  const usedIds = new Set<string>();
  const roots = [...clusters.keys()].sort();
  for (const root of roots) {
    const list = clusters.get(root)!.map((id) => surfaces.get(id)!);
    const counts = new Map<string, number>();
    for (const s of list) for (const [f, c] of s.forms) counts.set(f, (counts.get(f) ?? 0) + c);
    const forms = [...counts.entries()];
    // fullest form in ordinary case: a name in capitals (a headline's, a table's, an acronym)
    // is no one's canonical name while another form exists ("LENA MARSH" → "Lena Marsh")
    const caps = (f: string): number => (f === f.toUpperCase() && /\p{Lu}/u.test(f) ? 1 : 0);
    forms.sort((a, b) => caps(a[0]) - caps(b[0]) || words(normKey(b[0])).length - words(normKey(a[0])).length || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const name = forms[0]![0];
    const votes: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
    // a short form counts little: "Tenbury", which compromise takes for a town, does not make Hugh Tenbury a place
    const ownIds = clusters.get(root)!;
    ownIds.forEach((sid, k) => {
      const w = sid.includes(SHORT) ? 0.25 : 1;
      for (const t of Object.keys(votes) as EntityType[]) votes[t] += list[k]!.votes[t] * w;
    });
    const type = (Object.entries(votes) as [EntityType, number][]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const aliases = [...new Set(forms.map((f) => f[0]))].filter((f) => f !== name).sort();
    const docs = [...new Set(list.flatMap((s) => [...s.docs]))].sort();
    let id = slug(name);
    if (usedIds.has(id)) id = `${id}-${type}`;
    let n = 2;
    while (usedIds.has(id)) id = `${slug(name)}-${n++}`;
    usedIds.add(id);
    entities.push({ id, name, type, aliases, mentions: list.reduce((a, s) => a + s.count, 0), docs, keys: [...new Set(list.map((s) => s.key))], examples: [] });
    for (const sid of clusters.get(root)!) {
      nameOfId.set(sid, name);
      entityOfId.set(sid, entities[entities.length - 1]!);
    }
  }
  refs.forEach((r, i) => {
    r.mention.entity = nameOfId.get(refIds[i]!) ?? null;
    r.entityType = entityOfId.get(refIds[i]!)?.type;
  });
  // one example per alias: its first mention in the batch
  const exampleDone = new Set<string>();
  refs.forEach((r, i) => {
    const m = r.mention;
    const e = entityOfId.get(refIds[i]!);
    if (!e || m.text === e.name || exampleDone.has(`${e.id}\u0000${m.text}`)) return;
    exampleDone.add(`${e.id}\u0000${m.text}`);
    e.examples.push({ alias: m.text, doc: r.doc, text: r.sentence ? excerpt(r.sentence.text, m.start - r.sentence.start, m.text.length) : m.text });
  });
  for (const e of entities) e.examples.sort((a, b) => (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
  entities.sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entities;
}
