/**
 * Tokens and verb groups of one sentence, from compromise: one batched compromise call per
 * document (title-case headlines tagged as a sentence-case copy), then its verb groups
 * (groups.ts) and the corrections to its tagging, in order (repairs.ts, headline.ts).
 */
import nlp, { nlpSentences } from './nlp.js';
import type { Token, VerbGroup } from '../types.js';
import { groupsOf } from './groups.js';
import { PTB_QUOTE_RULES_7 } from './contractions-7.js';
import { detokenise, mapTerm } from './ptb-10.js';
import { REPAIRS } from './repairs.js';
import type { Tagging } from './repair.js';
import { ALL_ON, type RulesOff } from '../claims/rule.js';

interface CTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  normal?: string;
  implicit?: string;
  offset: { start: number; length: number };
}
interface CSentence {
  terms: CTerm[];
}

export interface Tagged {
  tokens: Token[];
  verbs: VerbGroup[];
}

const normOf = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^[^\p{L}\p{N}@#]+|[^\p{L}\p{N}]+$/gu, '');

const NAME_TAGS = ['Person', 'Place', 'Country', 'City', 'Region', 'Organization', 'FirstName', 'LastName', 'Acronym', 'Honorific'];

/**
 * Title Case Headlines ("Assad Flees To Russia And Granted Asylum") make every word look like
 * a name. Tag a copy in sentence case instead: the first word and the words compromise knows as
 * names keep their capitals. Only ASCII letters change, so offsets stay the same.
 */
function sentenceCase(text: string): string {
  const terms = (nlp(text).json({ offset: true, terms: { offset: true } }) as CSentence[]).flatMap((s) => s.terms);
  const chars = text.split('');
  terms.forEach((t, i) => {
    if (i === 0 || t.tags.some((g) => NAME_TAGS.includes(g)) || /^[A-Z0-9&.-]{2,}$/.test(t.text)) return;
    const c = chars[t.offset.start];
    if (c && c >= 'A' && c <= 'Z') chars[t.offset.start] = c.toLowerCase();
  });
  return chars.join('');
}

/** What compromise gives for one sentence: its terms (offsets within the sentence) and verb groups. */
interface Raw {
  terms: CTerm[];
  /** [from, to) term indices of each verb group compromise finds */
  groups: [number, number][];
}

/** One sentence to tag. `base` is its start offset in the document. */
export interface TagItem {
  text: string;
  base: number;
  headline?: boolean;
  titleCase?: boolean;
}

/**
 * Run compromise once over many sentences, each kept as one compromise sentence (our own
 * segmentation wins). One call per document instead of one per sentence: compromise's
 * per-call work (views, verb-phrase splitting passes) is paid once.
 */
function rawMany(texts: string[]): Raw[] {
  if (texts.length === 0) return [];
  const doc = nlpSentences(texts);
  const json = doc.json({ offset: true, terms: { offset: true } }) as CSentence[];
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length;
  }
  const out: Raw[] = texts.map(() => ({ terms: [], groups: [] }));
  json.forEach((sj, n) => {
    const shift = starts[n] ?? 0;
    out[n]!.terms = sj.terms.map((t) => ({ ...t, offset: { start: t.offset.start - shift, length: t.offset.length } }));
  });
  for (const ptr of (doc.verbs() as unknown as { fullPointer: number[][] }).fullPointer) {
    const [n, from, to] = ptr as [number, number, number];
    out[n]?.groups.push([from, to]);
  }
  return out;
}

/**
 * Sentences seen before (syndicated copies, boilerplate: 8% of the BBC corpus's sentences
 * repeat) reuse compromise's analysis; offsets in a Raw are relative to the sentence.
 */
const MEMO_MAX = 2_000;
const memo = new Map<string, Raw>();

/** Tag the sentences of one document (batched through compromise). */
export function tagMany(items: TagItem[], off: RulesOff = ALL_ON): Tagged[] {
  // tokenised text ("Italy 's", "ca n't"): the tagger reads an untokenised copy (ptb-10.ts)
  const copies = items.map((it) => detokenise(it.text, off));
  const texts = items.map((it, i) => copies[i]?.text ?? it.text);
  const keys = items.map((it, i) => (it.titleCase ? `T${texts[i]}` : texts[i]!));
  const raws: (Raw | undefined)[] = keys.map((k) => memo.get(k));
  const plain = items.map((it, i) => [it, i] as const).filter(([it, i]) => !it.titleCase && !raws[i]);
  const batch = rawMany(plain.map(([, i]) => texts[i]!));
  plain.forEach(([, i], k) => (raws[i] = batch[k]));
  return items.map((it, i) => {
    let raw = raws[i];
    // title case: tagged alone, as a sentence-case copy
    if (!raw) raw = rawMany([sentenceCase(texts[i]!)])[0]!;
    const key = keys[i]!;
    if (!memo.has(key)) {
      if (memo.size >= MEMO_MAX) memo.clear();
      memo.set(key, raw);
    }
    const d = copies[i];
    if (d) raw = { ...raw, terms: raw.terms.map((t) => mapTerm(d, it.text, t)) };
    return fromRaw(raw, it.text, it.base, Boolean(it.headline), off);
  });
}

/**
 * A comma, semicolon or colon standing alone between spaces ("Varnholt however , refused", as in
 * tokenised text) is punctuation, not a word: it joins the previous term's trailing text, as it
 * would be when written against the word, and the verb groups' term indices follow.
 */
function attachLoosePunctuation(raw: Raw, text: string, off: RulesOff): Raw {
  const loose = (t: CTerm, i: number): boolean => i > 0 && /^[,;:]$/.test(text.slice(t.offset.start, t.offset.start + t.offset.length));
  const mark = (t: CTerm): string | undefined => {
    const w = text.slice(t.offset.start, t.offset.start + t.offset.length);
    return PTB_QUOTE_RULES_7.some((r) => !off.has(r.name) && r.apply(w)) ? w : undefined;
  };
  if (!raw.terms.some((t, i) => loose(t, i) || mark(t))) return raw;
  const terms: CTerm[] = [];
  const index: number[] = [];
  let carry = '';
  raw.terms.forEach((t, i) => {
    index.push(terms.length);
    const q = mark(t);
    if (q === '``' && i + 1 < raw.terms.length) carry += t.pre + q + t.post;
    else if ((loose(t, i) || q) && terms.length > 0) {
      const prev = terms[terms.length - 1]!;
      // "beachhead , took": the loose mark as written against the word (recall-9.ts)
      const lead = loose(t, i) && !carry && !off.has('loose-punctuation-against-word') ? prev.post.replace(/\s+$/, '') : prev.post;
      terms[terms.length - 1] = { ...prev, post: lead + carry + t.pre + (q ?? t.text) + t.post };
      carry = '';
    } else {
      terms.push(carry ? { ...t, pre: carry + t.pre } : t);
      carry = '';
    }
  });
  index.push(terms.length);
  const groups = raw.groups.map(([from, to]) => [index[from]!, index[to]!] as [number, number]).filter(([from, to]) => to > from);
  return { terms, groups };
}

function fromRaw(rawIn: Raw, text: string, base: number, headline: boolean, off: RulesOff): Tagged {
  const raw = attachLoosePunctuation(rawIn, text, off);
  const tokens: Token[] = [];
  const normals: string[] = [];
  for (const t of raw.terms) {
    normals.push((t.implicit ?? t.normal ?? '').toLowerCase());
    const start = base + t.offset.start;
    const surface = text.slice(t.offset.start, t.offset.start + t.offset.length);
    tokens.push({ text: surface, start, end: start + t.offset.length, norm: normOf(/\s/.test(surface) ? t.text : surface), tags: new Set(t.tags), pre: t.pre, post: t.post });
  }
  // "The firm said": compromise reads "firm" as the adjective; before anything but a noun or an
  // adjective ("a firm handshake") it is the company
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const definite = i > 0 && /^(?:the|this|that|its|their|his|her|our|parent)$/.test(tokens[i - 1]!.norm);
    if (t.norm !== 'firm' || !t.tags.has('Adjective') || (!definite && next && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun') && !/[,;:]/.test(t.post))) return;
    tokens[i] = { ...t, tags: new Set(['Noun', 'Singular']) };
  });
  const verbs = groupsOf(raw.groups, tokens, normals, text, base);
  const tagging: Tagging = { tokens, verbs, text, base, headline };
  // a repair registered as a claim rule (verb-repairs-5.ts) can be switched off by name
  for (const r of REPAIRS) if (!off.has(r.name)) r.apply(tagging);
  return { tokens, verbs };
}
