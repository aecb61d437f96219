/** Tokens and verb groups of one sentence, from compromise. */
import nlp, { nlpSentences } from './nlp.js';
import type { Token, VerbGroup } from '../types.js';
import { verbLemma } from './lemma.js';
import { tagger } from './tagger.js';
import { winkMany } from './wink.js';

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

/** Words compromise may lump into a verb group that are not part of it. */
const NOT_VERB = new Set(['to', 'that', 'now']);

export interface Tagged {
  tokens: Token[];
  verbs: VerbGroup[];
}

const normOf = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^[^\p{L}\p{N}@#]+|[^\p{L}\p{N}]+$/gu, '');

/** Tag one sentence. `base` is the sentence's start offset in the document. */
/** compromise's lexicon: which words it knows, and as what. */
const LEXICON = (nlp.model() as unknown as { one: { lexicon: Record<string, string> } }).one.lexicon;
/** Words compromise decides by context ("close": Adj|Present), with what they can be. */
const SWITCHES = (nlp.model() as unknown as { two: { switches: Record<string, string> } }).two.switches;
const MODAL = /^(?:would|will|can|could|may|might|should|shall|must)$/;
/** Past tenses compromise's lexicon has only as nouns, lower-case (capitalised, they are names). */
const NOUN_PASTS: Record<string, string> = { rose: 'rise', drew: 'draw' };
/** Verbs that take "to" and a verb ("plans to cut"); after a noun, other -s words before "to" are plurals ("prices to lift sales"). */
const TO_VERBS = /^(?:plans|aims|wants|hopes|seeks|vows|threatens|intends|expects|needs|agrees|refuses|promises|pledges|tries|fails|decides|offers|attempts|continues|begins|declines|tends|appears|seems|wishes|prepares|proposes|manages|chooses|asks|urges|warns|looks|starts|struggles|moves|votes|rushes|races|fights|battles|scrambles)$/;
/** Present-tense speech verbs: "X says will" is not a noun compound. */
const SAY_WORDS = /^(?:says|adds|warns|claims|insists|argues|notes|writes|reports|believes|thinks|hopes|fears|expects|admits|denies|confirms|tells)$/;
/** Prepositions after a passive participle: "charged with", "injured in", "killed by". */
const PASSIVE_PREPS = new Set(['with', 'by', 'in', 'for', 'over', 'on', 'at', 'after', 'to', 'from', 'during']);
/** The base of an -s form: "rejects" → "reject", "watches" → "watch". */
const stripS = (w: string): string => w.replace(/(?:(?<=[sxz]|ch|sh)es|s)$/, '');
/** compromise's lexicon lists the word as a verb form. */
const listedVerb = (w: string): boolean => /^(?:Infinitive|PresentTense|PastTense|Participle|Gerund|PhrasalVerb|Copula|Modal|Auxiliary)$/.test(LEXICON[w] ?? '');
/** A word that can be a verb: compromise's lexicon or its context switches say so. */
const canBeVerb = (w: string): boolean => listedVerb(w) || /Present|Verb|Past|Infinitive/.test(SWITCHES[w] ?? '');

const AUX_START = /^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|not|never|also|just|already|still|now|then|reportedly|allegedly|apparently)$/;

/**
 * Headlines drop articles ("Fire destroys warehouse", "Storm cuts power"), which makes
 * compromise read their verb as a noun. The first -s word after a noun, followed by a noun
 * phrase or preposition, is the headline's verb.
 */
function headlineVerb(tokens: Token[]): number {
  // an -s verb ("Farmers market moves indoors") is surer than a base form after a plural
  const s = headlineVerbPass(tokens, false);
  return s >= 0 ? s : headlineVerbPass(tokens, true);
}

function headlineVerbPass(tokens: Token[], allowPlural: boolean): number {
  // in a headline in sentence case ("Harbour Ferries raises its forecast") a capitalised word
  // after the first is part of a name, never the verb
  const sentenceCased = tokens.some((x, j) => j > 0 && /^[a-z]{4,}/.test(x.text));
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (sentenceCased && /^\p{Lu}/u.test(t.text)) continue;
    const named = t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization') || t.tags.has('Country') || t.tags.has('City');
    if (named || /[,:;]/.test(prev.post) || prev.tags.has('Preposition') || !(prev.tags.has('Noun') || prev.tags.has('Verb'))) continue;
    // "Rebels Storm Damascus", "People Enter The Palace": a plural subject and a base-form verb
    const pluralSubject = allowPlural && prev.tags.has('Plural') && !/s$/i.test(t.text) && /^[A-Za-z][a-z]+$/.test(t.text) && !t.tags.has('Adjective') && !t.tags.has('Determiner') && !t.tags.has('Preposition') && !t.tags.has('Conjunction');
    if (!pluralSubject && (!/^[a-z]+s$/i.test(t.text) || /ss$/i.test(t.text))) continue;
    // "phone viruses appear": before a verb, an -s word is the plural subject
    // ("Union rejects offer": unless the -s word is a verb compromise does not list as a plural and
    // the next word can be a noun)
    const base = stripS(t.norm);
    const verbFirst = (LEXICON[t.norm] === 'PresentTense' || (LEXICON[t.norm] === undefined && canBeVerb(base))) && /Noun/.test(SWITCHES[next.norm] ?? '');
    if (!/s$/.test(next.norm) && LEXICON[next.norm] === 'Infinitive' && !verbFirst) continue;
    if (!(next.tags.has('Noun') || next.tags.has('Determiner') || next.tags.has('Preposition') || next.tags.has('Value') || next.tags.has('Adjective') || next.tags.has('ProperNoun') || next.tags.has('Verb') || next.norm === 'to')) continue;
    return i;
  }
  return -1;
}

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

const TRANSFORM = (nlp.world() as unknown as { methods: { two: { transform: { verb: { toInfinitive(str: string, model: unknown, tense?: string): string } } } } }).methods.two.transform.verb;
const MODEL = nlp.model();
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
  return TRANSFORM.toInfinitive(str, MODEL, tense) || str;
}

const BE_OR_GET = /^(?:is|are|am|was|were|be|been|being|got|get|gets|getting|'s|'re|'m)$/;
/** "was destroyed", "is said", "had been seen", "will be tried": a form of be/get before a passive participle. */
function isPassive(terms: Token[], normals: string[]): boolean {
  const p = terms.findIndex((t, i) => i > 0 && t.tags.has('Passive') && !t.tags.has('Auxiliary') && !t.tags.has('Copula'));
  return p > 0 && normals.slice(0, p).some((n) => BE_OR_GET.test(n));
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
  // the wink tagger gives the same Raw from wink's tokens and tags (src/annotate/wink.ts)
  if (tagger() === 'wink') return winkMany(texts);
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
export function tagMany(items: TagItem[]): Tagged[] {
  const keys = items.map((it) => `${tagger()}${it.titleCase ? 'T' : ' '}${it.text}`);
  const raws: (Raw | undefined)[] = keys.map((k) => memo.get(k));
  const plain = items.map((it, i) => [it, i] as const).filter(([it, i]) => !it.titleCase && !raws[i]);
  const batch = rawMany(plain.map(([it]) => it.text));
  plain.forEach(([, i], k) => (raws[i] = batch[k]));
  return items.map((it, i) => {
    let raw = raws[i];
    // title case: tagged alone, as a sentence-case copy
    if (!raw) raw = rawMany([sentenceCase(it.text)])[0]!;
    const key = keys[i]!;
    if (!memo.has(key)) {
      if (memo.size >= MEMO_MAX) memo.clear();
      memo.set(key, raw);
    }
    return fromRaw(raw, it.text, it.base, Boolean(it.headline));
  });
}

/**
 * compromise took the first word for a verb (an order: "Bank raises rates", "Oil prices are
 * rising", "Harbour Ferries raises"): make it a noun and take it out of its verb group.
 */
function demoteFirstWord(tokens: Token[], verbs: VerbGroup[], text: string, base: number, tags: string[]): void {
  tokens[0] = { ...tokens[0]!, tags: new Set(tags) };
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k]!;
    if (v.first !== 0) continue;
    if (v.last === 0) verbs.splice(k, 1);
    else {
      v.first = 1;
      v.start = tokens[1]!.start;
      v.text = text.slice(v.start - base, v.end - base);
      v.lemma = verbLemma(tokens[v.last]!.norm);
    }
  }
}

function fromRaw(raw: Raw, text: string, base: number, headline: boolean): Tagged {
  const tokens: Token[] = [];
  const normals: string[] = [];
  for (const t of raw.terms) {
    normals.push((t.implicit ?? t.normal ?? '').toLowerCase());
    const start = base + t.offset.start;
    const surface = text.slice(t.offset.start, t.offset.start + t.offset.length);
    tokens.push({ text: surface, start, end: start + t.offset.length, norm: normOf(surface), tags: new Set(t.tags), pre: t.pre, post: t.post });
  }
  // "The firm said": compromise reads "firm" as the adjective; before anything but a noun or an
  // adjective ("a firm handshake") it is the company
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const definite = i > 0 && /^(?:the|this|that|its|their|his|her|our|parent)$/.test(tokens[i - 1]!.norm);
    if (t.norm !== 'firm' || !t.tags.has('Adjective') || (!definite && next && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun') && !/[,;:]/.test(t.post))) return;
    tokens[i] = { ...t, tags: new Set(['Noun', 'Singular']) };
  });
  const verbs: VerbGroup[] = [];
  // verb groups as compromise finds them; what each group means (lemma, negation, passive) is
  // read off its terms here, which is the same analysis at a fraction of `.verbs().json()`'s cost
  for (const [from, to] of raw.groups) {
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
    if (first > 0 && tokens[first - 1]!.post === '-' && tokens[first - 1]!.end + 1 === tokens[first]!.start) continue;
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
  // "Another shared, “...”": a past speech verb before a quotation that compromise did not take for a verb
  tokens.forEach((t, i) => {
    if (!/^(?:said|shared|wrote|added|posted|tweeted|remarked|replied|explained|noted|insisted|declared|warned|told)$/.test(t.norm)) return;
    if (verbs.some((v) => i >= v.first && i <= v.last)) return;
    const next = tokens[i + 1];
    if (!(/[,:]/.test(t.post) && next && /["“‘']/.test(next.pre + t.post))) return;
    if (i === 0) return;
    verbs.push({ start: t.start, end: t.end, text: t.text, lemma: verbLemma(t.norm), first: i, last: i, negated: false, passive: false });
  });
  // "The UN said": an acronym in capitals is a name, never a verb or a verb's prefix (unless the
  // whole text is in capitals)
  const shouting = tokens.filter((t) => /^\p{Lu}{2,}$/u.test(t.text)).length * 2 > tokens.length;
  if (!shouting) {
    for (const v of verbs) {
      while (v.first < v.last && /^\p{Lu}{2,}$/u.test(tokens[v.first]!.text)) {
        const t = tokens[v.first]!;
        tokens[v.first] = { ...t, tags: new Set(['Noun', 'ProperNoun', 'Acronym']) };
        v.first++;
        v.start = tokens[v.first]!.start;
        v.text = text.slice(v.start - base, v.end - base);
      }
    }
  }
  // "The firm has long been accused": compromise, having read "firm" as an adjective, takes "has"
  // for a noun; a form of "have" is always a verb
  tokens.forEach((t, i) => {
    if (i === 0 || !/^(?:has|have|had)$/.test(t.norm) || t.tags.has('Verb') || verbs.some((v) => i >= v.first && i <= v.last)) return;
    tokens[i] = { ...t, tags: new Set(['Verb', t.norm === 'had' ? 'PastTense' : 'PresentTense']) };
    verbs.push({ start: t.start, end: t.end, text: t.text, lemma: 'have', first: i, last: i, negated: false, passive: false });
  });
  // "Oil prices are rising": a first word compromise read as an order, before a noun and with a
  // verb later in the clause, modifies that noun ("Stop the war" has a determiner; "Keep prices
  // low, he said" a comma)
  if (verbs.some((v) => v.first === 0 && v.last === 0) && tokens[0]!.tags.has('Imperative') && tokens[1] && tokens[1].tags.has('Noun') && !tokens[1].tags.has('Pronoun') && !tokens[1].tags.has('Determiner') && !/[,;:]/.test(tokens[0]!.post)) {
    const later = verbs.find((v) => v.first > 1);
    if (later && !tokens.slice(0, later.first).some((t) => /[,;:"“”]/.test(t.post))) demoteFirstWord(tokens, verbs, text, base, ['Noun', 'Singular']);
  }
  // "The government plans to cut jobs": an -s word after a singular subject, before "to" and a
  // verb, is the verb ("plans to", "aims to", "vows to"), not a plural noun
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const to = tokens[i + 1];
    const inf = tokens[i + 2];
    if (!prev || !to || !inf || to.norm !== 'to' || !/^[a-z]+s$/.test(t.text) || /ss$/.test(t.norm) || verbs.some((v) => i >= v.first && i <= v.last)) return;
    if (!t.tags.has('Plural') || !inf.tags.has('Verb') || !(inf.tags.has('Infinitive') || inf.tags.has('PresentTense')) || /[,;:]/.test(prev.post + t.post)) return;
    if (!((prev.tags.has('Singular') || prev.tags.has('ProperNoun') || /^(?:it|he|she)$/.test(prev.norm)) && !prev.tags.has('Plural') && !prev.tags.has('Determiner') && !prev.tags.has('Adjective') && !prev.tags.has('Preposition'))) return;
    if (!TO_VERBS.test(t.norm)) return;
    const base = stripS(t.norm);
    tokens[i] = { ...t, tags: new Set(['Verb', 'PresentTense']) };
    verbs.push({ start: t.start, end: t.end, text: t.text, lemma: verbLemma(base), first: i, last: i, negated: false, passive: false });
  });
  // "Emergency services were called": a lone -s "verb" right before an auxiliary is the subject
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k]!;
    const t = tokens[v.first]!;
    const next = tokens[v.last + 1];
    if (v.first !== v.last || v.first === 0 || !next || !/^[a-z]+s$/i.test(t.text) || /ss$/.test(t.norm) || /[,;:"“”]/.test(t.post)) continue;
    if (!/^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)$/.test(next.norm)) continue;
    const prev = tokens[v.first - 1]!;
    if (!(prev.tags.has('Noun') || prev.tags.has('Adjective')) || prev.tags.has('Pronoun') || /[,;:]/.test(prev.post) || SAY_WORDS.test(t.norm)) continue;
    tokens[v.first] = { ...t, tags: new Set(['Noun', 'Plural']) };
    verbs.splice(k, 1);
  }
  // "Prices rose 3%", "The plan drew criticism": past tenses compromise's lexicon holds only as
  // nouns (the flower, the name); after a subject and not inside a noun phrase they are verbs
  tokens.forEach((t, i) => {
    const lemma = NOUN_PASTS[t.text];
    if (lemma === undefined || i === 0 || verbs.some((v) => i >= v.first && i <= v.last)) return;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1];
    const subjectEnd = (prev.tags.has('Noun') || prev.tags.has('Pronoun') || prev.tags.has('Value')) && !prev.tags.has('Determiner') && !prev.tags.has('Adjective') && !prev.tags.has('Possessive') && !prev.tags.has('Preposition');
    if (!subjectEnd || /[,;:]/.test(prev.post)) return;
    // "a rose garden", "rose petals"
    if (t.text === 'rose' && next && next.tags.has('Noun') && !next.tags.has('Value') && !next.tags.has('Pronoun') && !next.tags.has('Date') && !next.tags.has('Determiner')) return;
    tokens[i] = { ...t, tags: new Set(['Verb', 'PastTense']) };
    verbs.push({ start: t.start, end: t.end, text: t.text, lemma, first: i, last: i, negated: false, passive: false });
  });
  verbs.sort((x, y) => x.first - y.first);
  // "said repairs would cost": a group holding a noun before an auxiliary is two verbs and a subject
  for (let i = 0; i < verbs.length; i++) {
    const v = verbs[i]!;
    for (let m = v.first + 2; m <= v.last; m++) {
      const t = tokens[m]!;
      const n = tokens[m - 1]!;
      const before = tokens[m - 2]!;
      if (!(t.tags.has('Modal') || t.tags.has('Auxiliary'))) continue;
      const nounLike = ((n.tags.has('Noun') || n.tags.has('Pronoun')) && !n.tags.has('Verb')) || (/s$/.test(n.norm) && !n.tags.has('Auxiliary') && !n.tags.has('Modal') && before.tags.has('PastTense'));
      if (!nounLike) continue;
      // only after a verb of saying or thinking: "said repairs would cost", "believes prices will fall"
      if (!before.tags.has('Verb') || !/^(?:said|says|told|added|warned|announced|confirmed|stated|claimed|believed|believes|thought|thinks|expected|expects|hoped|hopes|feared|fears|insisted|insists|argued|argues|noted|notes)$/.test(before.norm)) continue;
      const a: VerbGroup = { ...v, last: m - 2, end: before.end, text: text.slice(v.start - base, before.end - base), lemma: verbLemma(before.norm) };
      const b: VerbGroup = { ...v, first: m, start: t.start, text: text.slice(t.start - base, v.end - base) };
      verbs.splice(i, 1, a, b);
      break;
    }
  }
  // "Harbour Ferries raises its forecast": a first word compromise read as an imperative, before a
  // capitalised word in a sentence-case text, is the start of a name (not "Meet Ana Ruiz")
  const v0 = verbs[0];
  if (v0 && v0.first === 0 && v0.last === 0 && tokens[1] && /^\p{Lu}\p{Ll}/u.test(tokens[0]!.text) && /^\p{Lu}/u.test(tokens[1].text) && tokens[1].tags.has('ProperNoun')) {
    const t0 = tokens[0]!;
    const sentenceCase = tokens.some((x, j) => j > 1 && /^[a-z]{4,}/.test(x.text));
    if (!listedVerb(t0.norm) && sentenceCase && !t0.tags.has('Auxiliary') && !t0.tags.has('Modal') && !t0.tags.has('Copula')) demoteFirstWord(tokens, verbs, text, base, ['Noun', 'Singular', 'ProperNoun']);
  }
  // "was charged with fraud": a lone form of "be", then an -ed word compromise took for an adjective
  // and a preposition, is a passive verb
  for (const v of verbs) {
    const a = tokens[v.first]!;
    const p = tokens[v.last + 1];
    const after = tokens[v.last + 2];
    if (v.first !== v.last || !a.tags.has('Copula') || !p || !after || /[,;:]/.test(a.post + p.post)) continue;
    if (!p.tags.has('Adjective') || p.tags.has('Verb') || !/ed$/.test(p.norm) || !PASSIVE_PREPS.has(after.norm)) continue;
    const lemma = verbLemma(p.norm);
    if (lemma === p.norm || !canBeVerb(lemma)) continue;
    v.last++;
    v.end = p.end;
    v.text = text.slice(v.start - base, v.end - base);
    v.lemma = lemma;
    v.passive = true;
  }
  // "were now poised": a lone copula or auxiliary, adverbs, then a participle form one group
  for (let i = 0; i + 1 < verbs.length; i++) {
    const a = verbs[i]!;
    const b = verbs[i + 1]!;
    const aTok = tokens[a.first]!;
    if (a.first !== a.last || !(aTok.tags.has('Copula') || aTok.tags.has('Auxiliary') || aTok.tags.has('Modal') || MODAL.test(aTok.norm) || /^(?:has|have|had)$/.test(aTok.norm))) continue;
    const gap = tokens.slice(a.last + 1, b.first);
    if (gap.length > 2 || !gap.every((t) => t.tags.has('Adverb') || t.norm === 'now' || t.norm === 'also' || t.norm === 'not' || t.norm === 'never' || t.norm === 'long')) continue;
    const bTok = tokens[b.first]!;
    const modal = MODAL.test(aTok.norm);
    // "has long been condemned": have, then a group that starts with "been"
    const perfect = /^(?:has|have|had)$/.test(aTok.norm) && bTok.norm === 'been';
    if (!(bTok.tags.has('PastTense') || bTok.tags.has('Participle') || perfect || (modal && (bTok.tags.has('Infinitive') || /^(?:be|have)$/.test(bTok.norm))))) continue;
    const lastNorm = tokens[b.last]!.norm;
    if (b.lemma === 'be' && !/^(?:be|been|being)$/.test(lastNorm)) b.lemma = verbLemma(lastNorm);
    verbs.splice(i, 2, { ...b, start: a.start, first: a.first, text: text.slice(a.start - base, b.end - base), negated: a.negated || b.negated || gap.some((t) => t.norm === 'not' || t.norm === 'never'), passive: aTok.tags.has('Copula') || b.passive });
  }
  // "would last": a lone modal before a verb compromise did not recognise
  for (const v of verbs) {
    if (v.first !== v.last || !/^(?:would|will|could|can|may|might|should|shall|must)$/.test(tokens[v.first]!.norm)) continue;
    const nx = tokens[v.last + 1];
    if (!nx || /[,;.]/.test(tokens[v.last]!.post) || nx.tags.has('Determiner') || nx.tags.has('Preposition') || nx.tags.has('Pronoun') || nx.tags.has('Adverb') || verbs.some((w) => w.first === v.last + 1)) continue;
    v.last++;
    v.end = nx.end;
    v.text = text.slice(v.start - base, v.end - base);
    v.lemma = verbLemma(nx.norm);
  }
  // "Engineers said ...": a sentence-initial plural noun swallowed into the verb group
  for (const v of verbs) {
    if (v.first === 0 && v.last > v.first) {
      const t0 = tokens[0]!;
      const lastT = tokens[v.last]!;
      const nounLike = t0.tags.has('Plural') || t0.tags.has('Noun') || (/^\p{Lu}/u.test(t0.text) && /s$/.test(t0.norm) && lastT.tags.has('PastTense'));
      if (nounLike && !t0.tags.has('Auxiliary') && !t0.tags.has('Modal')) {
        if (!AUX_START.test(t0.norm) && !t0.tags.has('Adverb')) {
          v.first = 1;
          v.start = tokens[1]!.start;
          v.text = text.slice(v.start - base, v.end - base);
          v.lemma = verbLemma(tokens[v.last]!.norm);
        }
      }
    }
  }
  // "Bank raises rates", "Fuel prices rise": headlines are not orders; the first word is a noun
  if (headline && tokens[0]!.tags.has('Imperative') && tokens.length > 2 && !listedVerb(tokens[0]!.norm)) demoteFirstWord(tokens, verbs, text, base, ['Noun', 'Singular']);
  if (headline) {
    const firstVerb = Math.min(Infinity, ...verbs.filter((v) => v.first > 0).map((v) => v.first));
    const cand = headlineVerb(tokens);
    // "Farmers market moves": a one-word "verb" right before the -s verb is a noun modifier
    const hv = cand > 0 && cand <= firstVerb ? cand : -1;
    if (hv > 0 && !verbs.some((v) => v.first <= hv && v.last >= hv && !tokens[hv]!.tags.has('Noun'))) {
      const t = tokens[hv]!;
      // what compromise took for verbs in the object ("... milk bosses") are nouns
      const kept = verbs.filter((v) => v.first > hv + 1 && !(v.first === v.last && v.last === tokens.length - 1 && /s$/.test(tokens[v.last]!.norm)));
      kept.unshift({ start: t.start, end: t.end, text: t.text, lemma: verbLemma(t.norm), first: hv, last: hv, negated: false, passive: false });
      verbs.length = 0;
      verbs.push(...kept);
    }
  }
  if (headline && tokens.length >= 3) {
    // "Fuel prices rise": a plural the lexicon lists as a noun, then a last word that can be a verb
    const n = tokens.length - 1;
    const last = tokens[n]!;
    const pl = tokens[n - 1]!;
    const group = verbs.find((v) => v.first === n - 1 && v.last === n - 1);
    if (group && (LEXICON[pl.norm] === 'Plural' || (/^Plural/.test(SWITCHES[pl.norm] ?? '') && LEXICON[pl.norm] !== 'PresentTense')) && !/s$/.test(last.norm) && canBeVerb(last.norm) && !verbs.some((v) => v.first <= n && v.last >= n)) {
      tokens[n - 1] = { ...pl, tags: new Set(['Noun', 'Plural']) };
      tokens[n] = { ...last, tags: new Set(['Verb', 'PresentTense']) };
      Object.assign(group, { first: n, last: n, start: last.start, end: last.end, text: last.text, lemma: verbLemma(last.norm) });
    }
  }
  // lemmas compromise left inflected ("ran")
  for (const v of verbs) {
    if (tokens.slice(v.first, v.last + 1).some((t) => t.norm === v.lemma) && /(?:ed|s|ran|went|came|took|gave|made|said|told|left|fled|saw|got|won|lost|held|met|led|sent|spent|built|brought|bought|caught|fought|sought|taught|thought|felt|kept|slept|swept|wept)$/.test(v.lemma)) {
      v.lemma = verbLemma(v.lemma);
    }
    // "the port would close.": compromise read the last word as an adverb, and the group's
    // lemma came out as its modal; the word after the modal that can be a verb is the verb
    if (MODAL.test(v.lemma) && v.last > v.first) {
      const t = tokens[v.last]!;
      if (!MODAL.test(t.norm) && canBeVerb(t.norm)) v.lemma = verbLemma(t.norm);
    }
  }
  return { tokens, verbs };
}
