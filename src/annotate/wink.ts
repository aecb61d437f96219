/**
 * The wink tagger: wink-nlp's tokens and Universal POS tags (wink-eng-lite-web-model), turned
 * into the same raw analysis compromise gives (`Raw`: compromise-style terms and verb groups),
 * so that claims' own rules read one kind of tags whichever tagger ran.
 *
 * compromise is not run here; its lexicon is consulted as a table only: names, places and
 * organisations (Person/FirstName/LastName/Place/Country/City/Organization...), verb forms
 * (PastTense/Participle/Gerund...), phrasal verbs, dates and values. Its tag hierarchy gives each
 * lexicon tag its parents (FirstName → Person → ProperNoun → Noun), as compromise would.
 *
 * compromise's conventions kept, because the rules downstream are written against them:
 * punctuation is not a term (it is the `pre`/`post` of the words around it); a possessive "'s"
 * stays on its noun ("group's", tagged Possessive); a contraction is its host term, holding the
 * whole written word ("didn't", `implicit` "did"), then an empty term for the clitic (`implicit`
 * "not"); hyphenated words are separate terms joined by a `post` of "-"; amounts ("$2bn", "10%")
 * are one term; an abbreviation's full stop is punctuation ("Dr" + ". ").
 */
import { createRequire } from 'node:module';
import nlp from './nlp.js';

/** A compromise-style term (the shape `nlp(...).json({ offset: true, terms: { offset: true } })` gives). */
export interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  normal?: string;
  implicit?: string;
  offset: { start: number; length: number };
}
/** One sentence's analysis: terms (offsets within the sentence) and verb groups as [from, to) term ranges. */
export interface RawSentence {
  terms: RawTerm[];
  groups: [number, number][];
}

interface WinkItems {
  out(f?: unknown): string[];
}
interface WinkDoc {
  tokens(): WinkItems;
}
interface WinkIts {
  value: unknown;
  pos: unknown;
  type: unknown;
  normal: unknown;
  lemma: unknown;
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: WinkIts;
}

let wink: Wink | undefined;
/** wink and its model are loaded on first use: a run with compromise never pays for them. */
function load(): Wink {
  if (!wink) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Wink;
    const model = require('wink-eng-lite-web-model') as unknown;
    // only the tagger: sentences come split by claims' own segmenter
    wink = winkNLP(model, ['pos']);
  }
  return wink;
}

const LEXICON = (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const TAGSET = (nlp.model() as unknown as { one: { tagSet: Record<string, { parents?: string[] }> } }).one.tagSet;

/** A lexicon entry's tags, each with its parents in compromise's hierarchy. */
const expanded = new Map<string, string[]>();
function lexTags(word: string): string[] {
  const raw = LEXICON[word];
  if (raw === undefined) return [];
  const key = Array.isArray(raw) ? raw.join(',') : raw;
  let out = expanded.get(key);
  if (!out) {
    const set = new Set<string>();
    for (const t of Array.isArray(raw) ? raw : [raw]) {
      for (const p of TAGSET[t]?.parents ?? []) set.add(p);
      set.add(t);
    }
    out = [...set];
    expanded.set(key, out);
  }
  return out;
}
const lexHas = (word: string, tag: string): boolean => {
  const raw = LEXICON[word];
  return raw !== undefined && (Array.isArray(raw) ? raw.includes(tag) : raw === tag);
};

const NAME_KINDS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific', 'Place', 'Country', 'City', 'Region', 'Organization', 'Company', 'SportsTeam', 'School', 'ProperNoun']);
const isNameEntry = (tags: string[]): boolean => tags.some((t) => NAME_KINDS.has(t));
const DATE_KINDS = new Set(['Month', 'WeekDay', 'Date', 'Holiday', 'Season', 'Duration', 'Time']);
const VERB_FORMS = ['PastTense', 'Participle', 'Gerund', 'PresentTense', 'Infinitive'];

const OPENERS = /^[(\[{“‘"'«]$/;
const CLITIC = /^(?:['’](?:s|re|ve|ll|d|m)|n['’]t)$/i;
const MODALS = /^(?:would|will|can|could|may|might|should|shall|must|wo|ca|'d|'ll|’d|’ll)$/;
const BE = /^(?:is|are|am|was|were|be|been|being|'s|'re|'m|’s|’re|’m)$/;
const BE_OR_GET = /^(?:is|are|am|was|were|be|been|being|got|get|gets|getting)$/;
const POSSESSIVE_PRONOUNS = /^(?:his|her|its|their|our|my|your|whose)$/;
const NEGATIVES = /^(?:not|n't|n’t|never)$/;
const CURRENCY = /^[$£€¥₹]$/;
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

interface Unit {
  start: number;
  end: number;
  pos: string;
  type: string;
  normal: string;
  lemma: string;
  /** a contraction's clitic, as its own (empty) term after this one */
  clitic?: { normal: string; pos: string };
  possessive?: boolean;
}

/** wink's tokens of one sentence, joined into compromise-style units with character spans. */
function units(text: string): Unit[] {
  const w = load();
  const doc = w.readDoc(text);
  const toks = doc.tokens();
  const values = toks.out(w.its.value);
  const pos = toks.out(w.its.pos);
  const types = toks.out(w.its.type);
  const normals = toks.out(w.its.normal);
  const lemmas = toks.out(w.its.lemma);
  const out: Unit[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const j = text.indexOf(v, at);
    if (j < 0) continue;
    const start = j;
    const end = j + v.length;
    at = end;
    const type = types[i]!;
    const p = pos[i]!;
    const prev = out[out.length - 1];
    const touching = prev !== undefined && prev.end === start;
    // the clitic of a contraction or a possessive, written onto the word before
    if (touching && (CLITIC.test(v) || (v.toLowerCase() === 'not' && /^can$/i.test(text.slice(prev.start, prev.end))))) {
      if (p === 'PART' && /^['’]s$/i.test(v)) {
        prev.end = end;
        prev.possessive = true;
      } else if (!prev.clitic) {
        prev.end = end;
        prev.clitic = { normal: normals[i]!, pos: p };
      }
      continue;
    }
    if (type === 'punctuation' || (type === 'symbol' && !(touching && prev && /number|currency/.test(prev.type)) && v !== '%') || type === 'emoji' || type === 'emoticon') continue;
    // amounts: "$2bn", "£1.5m", "10%"
    if (touching && prev && (/number|currency/.test(prev.type) || CURRENCY.test(text.slice(prev.start, prev.end))) && (type === 'number' || type === 'word' || v === '%') && !/[-–]$/.test(text.slice(prev.start, prev.end))) {
      prev.end = end;
      if (type === 'number' || v === '%') prev.type = prev.type === 'currency' ? 'currency' : type === 'number' ? 'number' : prev.type;
      if (v === '%') prev.type = 'percent';
      prev.pos = 'NUM';
      continue;
    }
    if (type === 'symbol' && v === '%') continue;
    // "I'm" is one token to wink: the pronoun and its clitic
    if (/^i['’]m$/i.test(v)) {
      out.push({ start, end, pos: 'PRON', type: 'word', normal: 'i', lemma: 'i', clitic: { normal: 'am', pos: 'AUX' } });
      continue;
    }
    let e = end;
    // "Dr.", "Inc.", "No.": the full stop is punctuation (not in "U.S.")
    if (/^[\p{L}]+\.$/u.test(v)) e = end - 1;
    out.push({ start, end: e, pos: type === 'currency' ? 'NUM' : p, type, normal: normals[i]!.replace(/\.$/, ''), lemma: lemmas[i]!.replace(/\.$/, '') });
  }
  return out;
}

const SWITCHES = (nlp.model() as unknown as { two: { switches: Record<string, string> } }).two.switches;
/** The lexicon or its context switches say the word can be a verb. */
const canBeVerb = (w: string): boolean => lexTags(w).some((t) => t === 'Verb' || VERB_FORMS.includes(t)) || /Present|Verb|Past|Infinitive/.test(SWITCHES[w] ?? '');
const SUBJECT_PRONOUNS = /^(?:i|we|you|he|she|it|they|who)$/;
const PLURAL_PRONOUNS = /^(?:i|we|you|they)$/;

/**
 * Where wink's tagger is known to go wrong on news text, by general rules of English:
 * - a sentence's first word is capitalised, and wink often takes it for a name ("Men hug each
 *   other", "Officials said"): a word compromise's lexicon lists as a common word is not a name;
 * - a clause's first verb read as an adjective or a noun, between a subject and its object
 *   ("they oppressed us", "The news overjoyed many Syrians", "Men hug each other"): a word that can
 *   be a verb, right after a subject and right before a determiner or pronoun, in a clause with no
 *   verb yet, is the verb.
 */
function fixUnits(us: Unit[], text: string): void {
  const u0 = us[0];
  if (u0 && u0.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(text.slice(u0.start, u0.end))) {
    const lex = lexTags(u0.normal.toLowerCase());
    if (lex.length && !isNameEntry(lex) && !lex.includes('Demonym')) {
      u0.pos = lex.includes('Noun') ? 'NOUN' : lex.includes('Adjective') ? 'ADJ' : lex.includes('Adverb') ? 'ADV' : lex.some((t) => VERB_FORMS.includes(t)) ? 'VERB' : u0.pos;
      u0.lemma = u0.normal.toLowerCase();
      if (u0.pos === 'NOUN' && lex.includes('Plural')) u0.lemma = '';
    }
  }
  // "Reports say", "Officials warn": a first word wink took for a verb, before another verb, is a plural subject
  const u1 = us[1];
  if (u0 && u1 && u0.pos === 'VERB' && /s$/i.test(u0.normal) && (u1.pos === 'VERB' || u1.pos === 'AUX') && !/[,;:]/.test(text.slice(u0.end, u1.start))) {
    u0.pos = 'NOUN';
    u0.lemma = '';
  }
  let verbSeen = false;
  for (let i = 0; i < us.length; i++) {
    const u = us[i]!;
    const prev = us[i - 1];
    if (prev && /[,;:()"“”]/.test(text.slice(prev.end, u.start))) verbSeen = false;
    if (u.pos === 'VERB' || u.pos === 'AUX') {
      verbSeen = true;
      continue;
    }
    // a subject pronoun or a subordinator opens a new clause ("said they ...", "that the ...")
    if ((u.pos === 'PRON' && SUBJECT_PRONOUNS.test(u.normal.toLowerCase())) || u.pos === 'SCONJ') {
      verbSeen = false;
      continue;
    }
    const next = us[i + 1];
    if (verbSeen || !prev || !next || (u.pos !== 'ADJ' && u.pos !== 'NOUN')) continue;
    if (/[,;:()"“”]/.test(text.slice(u.end, next.start))) continue;
    const norm = u.normal.toLowerCase();
    const pn = prev.normal.toLowerCase();
    const subject = (prev.pos === 'PRON' && SUBJECT_PRONOUNS.test(pn)) || ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && !prev.possessive);
    const object = next.pos === 'DET' || (next.pos === 'PRON' && !SUBJECT_PRONOUNS.test(next.normal.toLowerCase())) || (next.pos === 'ADJ' && /^(?:many|much|more|most|several|few)$/.test(next.normal.toLowerCase()));
    if (!subject || !object) continue;
    const pluralSubject = (prev.pos === 'PRON' && PLURAL_PRONOUNS.test(pn)) || (prev.pos === 'NOUN' && (prev.lemma !== pn || lexHas(pn, 'Plural')));
    const past = /[^e]ed$|[^aeiou]ed$/.test(norm) && u.pos === 'ADJ';
    const base = u.pos === 'NOUN' && pluralSubject && !/s$/.test(norm) && canBeVerb(norm);
    if (!past && !base) continue;
    u.pos = 'VERB';
    u.lemma = past ? '' : norm;
    verbSeen = true;
  }
}

function verbForm(norm: string, lemma: string): string[] {
  const lex = lexTags(norm).filter((t) => VERB_FORMS.includes(t));
  if (lex.length) return lex.includes('Infinitive') && !lex.includes('PresentTense') ? [...lex, 'PresentTense'] : lex;
  if (/ing$/.test(norm)) return ['Gerund'];
  if (norm === lemma) return ['PresentTense', 'Infinitive'];
  if (/s$/.test(norm)) return ['PresentTense'];
  return ['PastTense'];
}

function auxTags(norm: string): string[] {
  if (MODALS.test(norm)) return ['Verb', 'Modal', 'Auxiliary'];
  const tense = /^(?:was|were|had|did)$/.test(norm) ? 'PastTense' : norm === 'be' ? 'Infinitive' : norm === 'been' ? 'Participle' : norm === 'being' ? 'Gerund' : 'PresentTense';
  if (BE.test(norm)) return ['Verb', 'Copula', tense];
  return ['Verb', 'Auxiliary', tense];
}

/** compromise-style tags for one unit, from its UPOS, its shape and the lexicon. */
function tagsOf(u: Unit, surface: string, first: boolean): string[] {
  const norm = u.normal.toLowerCase();
  const cap = /^\p{Lu}/u.test(surface);
  const lex = lexTags(norm);
  const out = new Set<string>();
  const name = cap && isNameEntry(lex);
  switch (u.pos) {
    case 'PROPN':
      out.add('Noun').add('ProperNoun').add('Singular');
      if (isNameEntry(lex) || lex.some((t) => DATE_KINDS.has(t)) || lex.includes('Demonym')) for (const t of lex) out.add(t);
      if (/^[\p{Lu}][\p{Lu}\d&.]+$/u.test(surface) && surface.replace(/\./g, '').length > 1) out.add('Acronym');
      if (out.has('Plural') || (norm !== u.lemma && /s$/.test(norm) && u.lemma !== '')) out.delete('Singular');
      break;
    case 'NOUN':
      out.add('Noun');
      if (name || lex.some((t) => DATE_KINDS.has(t))) for (const t of lex) out.add(t);
      else if (lex.includes('Actor') || lex.includes('Uncountable') || lex.includes('Unit')) for (const t of lex) if (!VERB_FORMS.includes(t) && t !== 'Verb' && t !== 'Adjective') out.add(t);
      if (name) out.add('ProperNoun');
      if (!out.has('Plural') && !out.has('Singular')) out.add(norm !== u.lemma && /s$/.test(norm) ? 'Plural' : 'Singular');
      if (out.has('Plural')) out.delete('Singular');
      if (/^\p{Lu}{2,}$/u.test(surface) && surface.length <= 7) out.add('Acronym').add('ProperNoun');
      break;
    case 'VERB':
      out.add('Verb');
      for (const t of verbForm(norm, u.lemma)) out.add(t);
      if (first && norm === u.lemma) out.add('Imperative');
      break;
    case 'AUX':
      for (const t of auxTags(norm)) out.add(t);
      break;
    case 'ADJ':
      if (lex.includes('Demonym') && cap) out.add('Noun').add('ProperNoun').add('Demonym');
      else {
        out.add('Adjective');
        if (lex.includes('Comparative') || lex.includes('Superlative')) for (const t of lex) out.add(t);
        if (name) for (const t of lex) out.add(t);
      }
      break;
    case 'ADV':
      out.add(NEGATIVES.test(norm) ? 'Negative' : 'Adverb');
      break;
    case 'PART':
      out.add(NEGATIVES.test(norm) ? 'Negative' : norm === 'to' ? 'Conjunction' : 'Adverb');
      break;
    case 'ADP':
      out.add(norm === 'to' ? 'Conjunction' : 'Preposition');
      break;
    case 'SCONJ':
    case 'CCONJ':
      out.add('Conjunction');
      break;
    case 'DET':
      out.add('Determiner');
      break;
    case 'PRON':
      out.add('Noun').add('Pronoun');
      if (POSSESSIVE_PRONOUNS.test(norm)) out.add('Possessive');
      if (lex.includes('QuestionWord')) out.add('QuestionWord');
      break;
    case 'NUM': {
      if (lex.some((t) => DATE_KINDS.has(t))) {
        for (const t of lex) out.add(t);
        break;
      }
      out.add('Value');
      if (/\d/.test(surface)) {
        if (u.type === 'percent') out.add('Percent').add('Cardinal').add('NumericValue');
        else if (/^[$£€¥₹]/.test(surface)) out.add('Cardinal').add('Money');
        else if (/^(?:1[0-9]|20)\d\d$/.test(surface)) out.add('Cardinal').add('NumericValue').add('Year').add('Date');
        else if (/^\d{4}s$|^\d0s$/.test(surface)) out.add('NumericValue');
        else out.add('Cardinal').add('NumericValue');
      } else {
        for (const t of lex) out.add(t);
        out.add('TextValue');
      }
      break;
    }
    case 'INTJ':
      out.add('Expression');
      break;
    default:
      if (u.type === 'number') out.add('Value').add('Cardinal').add('NumericValue');
      else if (cap) out.add('Noun').add('ProperNoun').add('Singular');
      else if (/\p{L}/u.test(surface)) out.add('Noun').add('Singular');
  }
  if (u.possessive) out.add('Possessive');
  // a month or weekday is a date, not a name ("on Monday", "March 3"), as compromise tags them
  if ((u.pos === 'PROPN' || u.pos === 'NOUN' || (cap && u.pos === 'VERB')) && (lex.some((t) => t === 'Month' || t === 'WeekDay') || (cap && MONTHS.test(norm)))) {
    return ['Date', 'Noun', MONTHS.test(norm) ? 'Month' : 'WeekDay', 'Singular', ...(u.possessive ? ['Possessive'] : [])];
  }
  // a word in capitals is an acronym only when it is not a common word shouted ("SOCCER", "UPDATE")
  if (out.has('Acronym') && lex.length && !isNameEntry(lex)) {
    out.delete('Acronym');
    out.delete('ProperNoun');
  }
  return [...out];
}

/** compromise's first guesses at unknown names: a run of proper nouns with a first name, a last name or a title is a person. */
function nameRuns(terms: RawTerm[]): void {
  let i = 0;
  while (i < terms.length) {
    if (!terms[i]!.tags.includes('ProperNoun') && !terms[i]!.tags.includes('Honorific')) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < terms.length && terms[j + 1]!.tags.includes('ProperNoun') && !/[,;:()"“”]/.test(terms[j]!.post) && !terms[j]!.tags.includes('Possessive')) j++;
    // multi-word names in the lexicon ("new york", "procter & gamble"): two or three words
    for (let a = i; a <= j; a++) {
      for (let b = Math.min(j, a + 2); b > a; b--) {
        const key = terms
          .slice(a, b + 1)
          .map((t) => (t.normal ?? '').replace(/['’]s$/, ''))
          .join(' ');
        const tags = lexTags(key);
        if (tags.length && isNameEntry(tags)) {
          for (let k = a; k <= b; k++) terms[k]!.tags = [...new Set([...terms[k]!.tags, ...tags])];
          a = b;
          break;
        }
      }
    }
    const run = terms.slice(i, j + 1);
    const placeOrOrg = run.some((t) => t.tags.includes('Place') || t.tags.includes('Organization'));
    const personal = run.some((t) => t.tags.includes('FirstName') || t.tags.includes('LastName') || t.tags.includes('Honorific'));
    if (run.length > 1 && personal && !placeOrOrg) {
      run.forEach((t, k) => {
        const add = ['Person', 'ProperNoun', 'Noun', 'Singular'];
        if (k === run.length - 1 && !t.tags.includes('FirstName') && !t.tags.includes('Honorific')) add.push('LastName');
        t.tags = [...new Set([...t.tags, ...add])];
      });
    }
    i = j + 1;
  }
}

const PARTICLES = /^(?:up|out|off|down|away|back|over|in|on|through|around|along|apart|aside|forward|together)$/;

/** Verb groups: auxiliaries, modals, negation and adverbs between them, then the verbs, as compromise groups them. */
function groups(terms: RawTerm[], norms: string[]): [number, number][] {
  const out: [number, number][] = [];
  const isVerb = (k: number): boolean => terms[k] !== undefined && terms[k]!.tags.includes('Verb');
  let i = 0;
  while (i < terms.length) {
    if (!isVerb(i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      if (/[,;:()"“”]/.test(terms[j]!.post)) break;
      const n = j + 1;
      if (n >= terms.length) break;
      const t = terms[n]!;
      if (t.tags.includes('Verb') || t.tags.includes('Negative')) {
        j = n;
        continue;
      }
      // "has long been", "will also be": adverbs between verbs
      let k = n;
      while (k < terms.length && k - n < 2 && terms[k]!.tags.includes('Adverb') && !/[,;:()"“”]/.test(terms[k]!.post)) k++;
      if (k > n && isVerb(k)) {
        j = k;
        continue;
      }
      // "gave up": a phrasal verb the lexicon lists
      const lemma = norms[j]!;
      if (PARTICLES.test(norms[n]!) && isVerb(j) && (lexHas(`${lemma} ${norms[n]}`, 'PhrasalVerb') || lexHas(`${terms[j]!.normal ?? ''} ${norms[n]}`, 'PhrasalVerb'))) {
        terms[j]!.tags = [...new Set([...terms[j]!.tags, 'PhrasalVerb'])];
        t.tags = ['Verb', 'PhrasalVerb', 'Particle'];
        j = n;
      }
      break;
    }
    out.push([i, j + 1]);
    i = j + 1;
  }
  return out;
}

/** "was destroyed", "got hurt": a form of be or get, then a past form, is passive (both tagged, as compromise does). */
function passives(terms: RawTerm[], grp: [number, number][]): void {
  for (const [from, to] of grp) {
    let be = -1;
    for (let k = from; k < to; k++) {
      const t = terms[k]!;
      const n = (t.implicit ?? t.normal ?? '').toLowerCase();
      if (BE_OR_GET.test(n) || (t.implicit === undefined && BE.test(n))) be = k;
      else if (be >= 0 && (t.tags.includes('PastTense') || t.tags.includes('Participle')) && !t.tags.includes('Auxiliary')) {
        terms[be]!.tags = [...new Set([...terms[be]!.tags, 'Passive', 'Auxiliary'])];
        t.tags = [...new Set([...t.tags, 'Passive'])];
      }
    }
    // "is running", "was seen": a form of be before another verb is its auxiliary
    for (let k = from; k + 1 < to; k++) if (terms[k]!.tags.includes('Copula') && terms.slice(k + 1, to).some((t) => t.tags.includes('Verb'))) terms[k]!.tags = [...new Set([...terms[k]!.tags, 'Auxiliary'])];
  }
}

/** One sentence through wink, as compromise-style terms and verb groups. */
export function winkSentence(text: string): RawSentence {
  const us = units(text);
  fixUnits(us, text);
  const terms: RawTerm[] = [];
  const norms: string[] = [];
  let pre = us[0] ? text.slice(0, us[0].start) : '';
  us.forEach((u, k) => {
    const surface = text.slice(u.start, u.end);
    const clitic = u.clitic;
    const next = us[k + 1];
    // the gap to the next word (punctuation and spaces) is split at its last space: this word's
    // post, then the next word's pre ("Ruiz" + ", ", "(" + "on")
    const gap = text.slice(u.end, next ? next.start : text.length);
    const ws = next ? gap.search(/\s(?=\S*$)/) : -1;
    const post = next && ws >= 0 ? gap.slice(0, ws + 1) : gap;
    const nextPre = next && ws >= 0 ? gap.slice(ws + 1) : '';
    const hostSurface = clitic ? surface.replace(/(?:['’]\w+|n['’]t|not)$/i, '') : surface;
    const term: RawTerm = { text: surface, pre, post: clitic ? '' : post, tags: tagsOf(u, hostSurface, k === 0), normal: surface.toLowerCase().replace(/’/g, "'"), offset: { start: u.start, length: u.end - u.start } };
    if (clitic) term.implicit = u.normal.toLowerCase();
    terms.push(term);
    norms.push((u.lemma || u.normal).toLowerCase());
    if (clitic) {
      const cn = clitic.normal.toLowerCase().replace(/’/g, "'");
      let implicit = cn;
      // "she's gone": has before a participle; otherwise is
      if (cn === "'s" || cn === 'is') implicit = next && (lexHas(next.normal.toLowerCase(), 'Participle') || (/ed$/.test(next.normal) && next.pos === 'VERB')) ? 'has' : 'is';
      if (cn === "'d") implicit = 'would';
      if (cn === "'ll") implicit = 'will';
      if (cn === "'re") implicit = 'are';
      if (cn === "'ve") implicit = 'have';
      if (cn === "'m") implicit = 'am';
      if (cn === "n't") implicit = 'not';
      const ctags = NEGATIVES.test(implicit) ? ['Negative'] : auxTags(implicit);
      if (!NEGATIVES.test(implicit) && !ctags.includes('Auxiliary') && next && next.pos === 'VERB') ctags.push('Auxiliary');
      terms.push({ text: '', pre: '', post, tags: ctags, normal: '', implicit, offset: { start: u.end, length: 0 } });
      norms.push(implicit);
    }
    pre = nextPre;
  });
  nameRuns(terms);
  const grp = groups(terms, norms);
  passives(terms, grp);
  return { terms, groups: grp };
}

/** Many sentences through wink (each alone: claims' segmentation wins). */
export function winkMany(texts: string[]): RawSentence[] {
  return texts.map(winkSentence);
}
