/**
 * Alias merging: one canonical entity per real-world referent, within and across articles.
 * Rules: same name up to case, possessive and "the"; "Name (ACR)" / "ACR (Name)"; an acronym
 * that spells a name's initials; spelling variants of multi-word names (one letter apart per
 * word); a person's or organisation's short form that ends a longer name ("Assad" →
 * "Bashar al-Assad"). The canonical name is the fullest form, the most frequent among equals.
 */
import type { EntityType } from '../types.js';
import type { TypedMention } from '../annotate/entities.js';

export interface MentionRef {
  doc: string;
  mention: TypedMention;
  /** Text right before and after the mention in its sentence, for "Name (ACR)" patterns. */
  after: string;
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
}

const JOIN = new Set(['al', 'el', 'of', 'the', 'bin', 'ibn', 'de', 'and', '&']);

export function normKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s$|'$/, '')
    .replace(/^the\s+/, '')
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

/** Spelling variants: same number of words, each equal or one letter apart (long words only). */
function variants(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length < 2 || wa.length !== wb.length) return false;
  let diffs = 0;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    if (wa[i]!.length < 4 || !editDistanceAtMost1(wa[i]!, wb[i]!)) {
      // "hayat"/"hayyet": two edits on a word whose neighbours agree
      if (!(wa[i]!.length >= 5 && wa[i]![0] === wb[i]![0] && wa[i]!.slice(-1) === wb[i]!.slice(-1) && Math.abs(wa[i]!.length - wb[i]!.length) <= 1)) return false;
    }
    diffs++;
  }
  return diffs <= Math.max(1, Math.floor(wa.length / 2));
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

/** Merge mentions into canonical entities; sets `mention.entity` on every mention. */
export function mergeAliases(refs: MentionRef[]): CanonicalEntity[] {
  const surfaces = new Map<string, Surface>();
  for (const r of refs) {
    const key = normKey(r.mention.text);
    if (!key) continue;
    let s = surfaces.get(key);
    if (!s) {
      s = { key, forms: new Map(), votes: { person: 0, organization: 0, place: 0 }, docs: new Set(), count: 0 };
      surfaces.set(key, s);
    }
    s.forms.set(r.mention.text, (s.forms.get(r.mention.text) ?? 0) + 1);
    s.votes[r.mention.type] += r.mention.confidence;
    s.docs.add(r.doc);
    s.count++;
  }
  const typeOf = (s: Surface): EntityType =>
    (Object.entries(s.votes) as [EntityType, number][]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const uf = new UnionFind();
  const keys = [...surfaces.keys()].sort();

  // "Name (ACR)" and "ACR (Name)"
  for (let i = 0; i + 1 < refs.length; i++) {
    const a = refs[i]!;
    const b = refs[i + 1]!;
    if (a.doc !== b.doc) continue;
    if (/^\s*\($/.test(a.after) || /^\s*\(\s*$/.test(a.after)) {
      const ka = normKey(a.mention.text);
      const kb = normKey(b.mention.text);
      const acr = /^[a-z]{2,7}$/.test(kb.replace(/\s/g, '')) && b.mention.text === b.mention.text.toUpperCase() ? kb : /^[a-z]{2,7}$/.test(ka) && a.mention.text === a.mention.text.toUpperCase() ? ka : null;
      const full = acr === kb ? ka : kb;
      if (acr && initials(full).length >= 2 && (initials(full) === acr || initials(full).startsWith(acr[0]!))) uf.union(ka, kb);
    }
  }
  // acronyms spelling a name's initials
  const acronyms = keys.filter((k) => {
    const s = surfaces.get(k)!;
    return /^[a-z]{2,7}$/.test(k) && [...s.forms.keys()].some((f) => f === f.toUpperCase());
  });
  const byInitials = new Map<string, string[]>();
  for (const k of keys) {
    if (words(k).length < 2) continue;
    const i = initials(k);
    const list = byInitials.get(i);
    if (list) list.push(k);
    else byInitials.set(i, [k]);
  }
  for (const acr of acronyms) {
    for (const k of byInitials.get(acr) ?? []) if (k !== acr) uf.union(acr, k);
  }
  // spelling variants: they agree on at least one word in the same place, so only keys that
  // share a (word count, position, word) are compared
  const sameWord = new Map<string, string[]>();
  for (const k of keys) {
    const w = words(k);
    if (w.length < 2) continue;
    w.forEach((x, i) => {
      const b = `${w.length}\u0000${i}\u0000${x}`;
      const list = sameWord.get(b);
      if (list) list.push(k);
      else sameWord.set(b, [k]);
    });
  }
  const compared = new Set<string>();
  for (const list of sameWord.values()) {
    if (list.length > 2000) continue; // a word shared by thousands of names ("the") says nothing
    if (words(list[0]!).length <= 3) continue; // names of two or three words: see below
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const pair = `${a}\u0000${b}`;
        if (compared.has(pair)) continue;
        compared.add(pair);
        if (variants(a, b)) uf.union(a, b);
      }
    }
  }
  // Names of two or three words differ in one word at most, so a pair of variants has all
  // words but one in common and, in that one, a shared one-letter deletion (one letter apart)
  // or the same first and last letters and nearly the same length (two letters apart): only
  // the keys that share such a signature are compared, not every pair sharing a word (which
  // made a long article's entities quadratic: "X Harbour Board" for a thousand X).
  const signatures = new Map<string, string[]>();
  const sign = (sig: string, k: string): void => {
    const list = signatures.get(sig);
    if (list) list.push(k);
    else signatures.set(sig, [k]);
  };
  for (const k of keys) {
    const w = words(k);
    if (w.length < 2 || w.length > 3) continue;
    for (let j = 0; j < w.length; j++) {
      const rest = `${w.length}\u0000${j}\u0000${w.filter((_, i) => i !== j).join('\u0000')}`;
      const x = w[j]!;
      const dels = new Set([x]);
      for (let c = 0; c < x.length; c++) dels.add(x.slice(0, c) + x.slice(c + 1));
      for (const d of dels) sign(`e\u0000${rest}\u0000${d}`, k);
      if (x.length >= 4) sign(`s\u0000${rest}\u0000${x[0]}\u0000${x[x.length - 1]}\u0000${x.length}`, k);
    }
  }
  const bucketOk = (a: string, b: string): boolean => {
    // compared above only when the two share a word in the same place that not thousands share
    const wa = words(a);
    const wb = words(b);
    return wa.some((x, i) => x === wb[i] && (sameWord.get(`${wa.length}\u0000${i}\u0000${x}`)?.length ?? 0) <= 2000);
  };
  const tryPair = (x: string, y: string): void => {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const pair = `${a}\u0000${b}`;
    if (compared.has(pair)) return;
    compared.add(pair);
    if (words(a).length === words(b).length && bucketOk(a, b) && variants(a, b)) uf.union(a, b);
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
  // short forms: the last words of a longer person/organisation name
  const longOnes = keys.filter((k) => words(k).length >= 2);
  // every longer name by each of its proper tails and heads of words ("al-assad", "bashar al")
  const byTail = new Map<string, string[]>();
  const byHead = new Map<string, string[]>();
  for (const l of longOnes) {
    const w = words(l);
    for (let n = 1; n < w.length; n++) {
      for (const [map, x] of [[byTail, w.slice(w.length - n).join(' ')], [byHead, w.slice(0, n).join(' ')]] as const) {
        const list = map.get(x);
        if (list) list.push(l);
        else map.set(x, [l]);
      }
    }
  }
  for (const k of keys) {
    const s = surfaces.get(k)!;
    const t = typeOf(s);
    const w = words(k);
    if (t === 'place') continue;
    const candidates = (byTail.get(w.join(' ')) ?? []).filter((l) => {
      if (l === k) return false;
      const lw = words(l);
      if (lw.length <= w.length) return false;
      const lt = typeOf(surfaces.get(l)!);
      if (lt !== t && !(t === 'organization' && lt === 'person') && !(t === 'person' && lt === 'organization')) return false;
      // "Sham" alone is no short form; a surname is
      return w.length >= 2 || lt === 'person';
    });
    if (candidates.length === 0) continue;
    // the most mentioned candidate cluster wins
    const best = candidates.sort((a, b) => surfaces.get(b)!.count - surfaces.get(a)!.count || words(b).length - words(a).length || (a < b ? -1 : 1))[0]!;
    uf.union(k, best);
  }

  // an organisation named by the first words of a longer name: "Immigration and Passports" → "... Department"
  for (const k of keys) {
    const w = words(k);
    if (w.length < 2 || typeOf(surfaces.get(k)!) !== 'organization') continue;
    const longer = (byHead.get(w.join(' ')) ?? []).filter((l) => l !== k && words(l).length > w.length && typeOf(surfaces.get(l)!) === 'organization');
    if (longer.length === 1) uf.union(k, longer[0]!);
  }
  const clusters = new Map<string, Surface[]>();
  for (const k of keys) {
    const root = uf.find(k);
    const list = clusters.get(root) ?? [];
    list.push(surfaces.get(k)!);
    clusters.set(root, list);
  }
  const entities: CanonicalEntity[] = [];
  const nameOfKey = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const list of clusters.values()) {
    const forms: [string, number][] = [];
    for (const s of list) for (const [f, c] of s.forms) forms.push([f, c]);
    // fullest common form: most words (excluding acronyms), then most frequent, then stable order
    forms.sort((a, b) => {
      const wa = words(normKey(a[0])).length;
      const wb = words(normKey(b[0])).length;
      const capsA = a[0] === a[0].toUpperCase() ? 1 : 0;
      const capsB = b[0] === b[0].toUpperCase() ? 1 : 0;
      // an acronym or a name in capitals is no one's fullest form: "LENA MARSH" → "Lena Marsh"
      return wb - wa || b[1] - a[1] || capsA - capsB || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    });
    const name = forms[0]![0];
    const votes: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
    for (const s of list) for (const t of Object.keys(votes) as EntityType[]) votes[t] += s.votes[t];
    const type = (Object.entries(votes) as [EntityType, number][]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const aliases = [...new Set(forms.map((f) => f[0]))].filter((f) => f !== name).sort();
    const docs = [...new Set(list.flatMap((s) => [...s.docs]))].sort();
    let id = slug(name);
    if (usedIds.has(id)) id = `${id}-${type}`;
    let n = 2;
    while (usedIds.has(id)) id = `${slug(name)}-${n++}`;
    usedIds.add(id);
    entities.push({ id, name, type, aliases, mentions: list.reduce((a, s) => a + s.count, 0), docs, keys: list.map((s) => s.key) });
    for (const s of list) nameOfKey.set(s.key, name);
  }
  for (const r of refs) r.mention.entity = nameOfKey.get(normKey(r.mention.text)) ?? null;
  entities.sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entities;
}
