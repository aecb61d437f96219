#!/usr/bin/env node
// The part-of-speech taggers `claims` could run on every token, measured on the same data:
// accuracy of Universal POS tags on Universal Dependencies English EWT (gold UPOS), and speed on
// the BBC corpus (one thread). Issue 15: the tagger on the hot path is chosen by measurement.
//
//   node scripts/taggers.mjs [--ud FILE.conllu ...] [--bbc DIR] [--every N] [--json]
//
// Defaults: ../shared/dev/ud/en_ewt-ud-dev.conllu and en_ewt-ud-test.conllu, ../shared/corpus/bbc,
// every file (--every 5 takes one file in five, for a quicker look).
//
// Taggers:
//   compromise        compromise 14 as claims runs it (its own tags, our sentence split, our faster
//                     but tag-identical post-tagger sweep), mapped to UPOS by the table below
//   claims            the same plus claims' own corrections (src/annotate/tokens: headline verbs,
//                     nouns read as verbs, ...): what the claim rules actually see
//   wink              wink-nlp 2 with wink-eng-lite-web-model (UPOS natively)
//   hybrid            wink's tokens and tags, with compromise's lexicon consulted as a table only:
//                     a capitalised word wink tags NOUN that the lexicon lists as a name
//                     (Person/Place/Organization...) becomes PROPN
//
// Alignment: the gold words are located in the sentence text (`# text`) in order; a word is scored
// against the tagger token that contains its first character. Words inside a UD multi-word token
// ("don't" = do + n't, "Bob's" = Bob + 's) are scored as a whole by the first word only, since
// no tagger here splits them the same way. Accuracy is given with and without PUNCT/SYM (compromise
// keeps punctuation on its words, so it has no punctuation tokens: a gold PUNCT counts as right for
// compromise when no compromise word covers that character).
//
// compromise tag -> UPOS (first rule that applies):
//   Copula, Modal, Auxiliary -> AUX; word "to" before a verb or tagged Infinitive-marker -> PART;
//   Negative ("not", "n't") -> PART; Possessive on "'s" -> PART;
//   Pronoun -> PRON (possessive pronouns too, as in EWT); Determiner -> DET;
//   Preposition -> ADP; Conjunction -> CCONJ, or SCONJ for subordinators (if, because, that,
//   whether, while, although, though, since, unless, until, whereas, as, once);
//   Value/Cardinal/NumericValue/RomanNumeral (not Ordinal) -> NUM; Ordinal -> ADJ;
//   Verb -> VERB; Adjective -> ADJ; Adverb -> ADV; ProperNoun -> PROPN; Noun -> NOUN;
//   Expression/Interjection -> INTJ; Url, Email, HashTag, AtMention -> X (EWT: X or SYM); else X.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const many = (name) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []));
const shared = join(root, '..', 'shared');
const udFiles = many('--ud').length ? many('--ud') : ['en_ewt-ud-dev.conllu', 'en_ewt-ud-test.conllu'].map((f) => join(shared, 'dev', 'ud', f));
const bbc = opt('--bbc') ?? join(shared, 'corpus', 'bbc');
const every = Number(opt('--every') ?? 1);
if (!udFiles.every(existsSync)) {
  console.log('taggers: ../shared/dev/ud not found, skipped');
  process.exit(0);
}

const { default: nlp, nlpSentences } = await import(join(root, 'dist', 'annotate', 'nlp.js'));
const { tagMany } = await import(join(root, 'dist', 'annotate', 'tokens.js'));
let wink;
try {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const w = winkNLP(model);
  wink = { nlp: w, its: w.its };
} catch {
  console.log('taggers: wink-nlp / wink-eng-lite-web-model not installed (npm ci installs them as dev dependencies)');
  process.exit(0);
}
const LEXICON = nlp.model().one.lexicon;

// ---------- UD ----------
function readConllu(file) {
  const sents = [];
  let cur = null;
  let skipTo = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# text = ')) cur = { text: line.slice(9), words: [] };
    else if (line === '') {
      if (cur) sents.push(cur);
      cur = null;
      skipTo = 0;
    } else if (cur && !line.startsWith('#')) {
      const cols = line.split('\t');
      const id = cols[0];
      if (id.includes('.')) continue; // empty nodes
      if (id.includes('-')) {
        const [a, b] = id.split('-').map(Number);
        skipTo = b;
        cur.words.push({ form: cols[1], upos: null, multi: true, first: a });
        continue;
      }
      const n = Number(id);
      if (n <= skipTo) {
        const m = cur.words[cur.words.length - 1];
        if (m.multi && m.upos === null) m.upos = cols[3];
        continue;
      }
      cur.words.push({ form: cols[1], upos: cols[3] });
    }
  }
  // character spans of each word in the text
  for (const s of sents) {
    let at = 0;
    for (const w of s.words) {
      const i = s.text.indexOf(w.form, at);
      if (i < 0) {
        w.start = -1;
        continue;
      }
      w.start = i;
      w.end = i + w.form.length;
      at = w.end;
    }
  }
  return sents;
}

const SCONJ = new Set(['if', 'because', 'that', 'whether', 'while', 'although', 'though', 'since', 'unless', 'until', 'whereas', 'as', 'once']);
function compromiseUpos(tags, word, next) {
  const has = (t) => tags.has(t);
  const w = word.toLowerCase();
  if (has('Copula') || has('Modal') || has('Auxiliary')) return 'AUX';
  if (w === 'to' && next && (next.has('Infinitive') || next.has('Verb'))) return 'PART';
  if (has('Negative')) return 'PART';
  if (w === "'s" || w === '’s') return 'PART';
  if (has('Pronoun')) return 'PRON';
  if (has('Determiner')) return 'DET';
  if (has('Preposition')) return 'ADP';
  if (has('Conjunction')) return SCONJ.has(w) ? 'SCONJ' : 'CCONJ';
  if (has('Ordinal')) return 'ADJ';
  if (has('Value') || has('Cardinal') || has('NumericValue') || has('RomanNumeral')) return 'NUM';
  if (has('Verb')) return 'VERB';
  if (has('Adjective')) return 'ADJ';
  if (has('Adverb')) return 'ADV';
  if (has('ProperNoun')) return 'PROPN';
  if (has('Noun')) return 'NOUN';
  if (has('Expression') || has('Interjection')) return 'INTJ';
  return 'X';
}

/** Each tagger: text → [{start, end, upos}] sorted by start. */
const taggers = {
  compromise(text) {
    const doc = nlpSentences([text]);
    const terms = doc.json({ offset: true, terms: { offset: true } }).flatMap((s) => s.terms);
    return terms.map((t, i) => ({
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
      upos: compromiseUpos(new Set(t.tags), t.text, terms[i + 1] ? new Set(terms[i + 1].tags) : null),
    }));
  },
  claims(text) {
    const [tagged] = tagMany([{ text, base: 0 }]);
    const toks = tagged.tokens;
    return toks.map((t, i) => ({ start: t.start, end: t.end, upos: compromiseUpos(t.tags, t.text, toks[i + 1]?.tags ?? null) }));
  },
  wink(text) {
    const doc = wink.nlp.readDoc(text);
    return winkSpans(doc, text);
  },
  hybrid(text) {
    const doc = wink.nlp.readDoc(text);
    return winkSpans(doc, text).map((t) => {
      if (t.upos !== 'NOUN' && t.upos !== 'ADJ') return t;
      const word = text.slice(t.start, t.end);
      if (!/^\p{Lu}/u.test(word)) return t;
      const lex = LEXICON[word.toLowerCase()];
      return lex && /Person|Place|Organization|Country|City|Region|FirstName|LastName|ProperNoun/.test(lex) ? { ...t, upos: 'PROPN' } : t;
    });
  },
};
function winkSpans(doc, text) {
  const words = doc.tokens().out();
  const pos = doc.tokens().out(wink.its.pos);
  const out = [];
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const j = text.indexOf(words[i], at);
    if (j < 0) continue; // normalised token (e.g. expanded contraction): no span
    out.push({ start: j, end: j + words[i].length, upos: pos[i] });
    at = j + words[i].length;
  }
  return out;
}

function scoreUd(name, sents) {
  let n = 0;
  let ok = 0;
  let nNoPunct = 0;
  let okNoPunct = 0;
  const confusion = new Map();
  for (const s of sents) {
    const toks = taggers[name](s.text);
    let k = 0;
    for (const w of s.words) {
      if (w.start < 0 || !w.upos) continue;
      while (k < toks.length && toks[k].end <= w.start) k++;
      const t = toks[k] && toks[k].start <= w.start && w.start < toks[k].end ? toks[k] : null;
      const punct = w.upos === 'PUNCT' || w.upos === 'SYM';
      let got = t ? t.upos : name === 'compromise' || name === 'claims' ? 'PUNCT' : 'X';
      if (punct && (name === 'compromise' || name === 'claims') && (!t || t.start !== w.start)) got = w.upos;
      const right = got === w.upos || (w.upos === 'SYM' && got === 'PUNCT');
      n++;
      if (right) ok++;
      if (!punct) {
        nNoPunct++;
        if (right) okNoPunct++;
        else {
          const key = `${w.upos}→${got}`;
          confusion.set(key, (confusion.get(key) ?? 0) + 1);
        }
      }
    }
  }
  const top = [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v}`);
  return { words: n, accuracy: ok / n, accuracyNoPunct: okNoPunct / nNoPunct, topErrors: top };
}

// ---------- speed ----------
function bbcTexts(dir) {
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e.endsWith('.txt') && e !== 'README.TXT') files.push(p);
    }
  };
  walk(dir);
  return files.filter((_, i) => i % every === 0).map((f) => readFileSync(f, 'utf8'));
}
/** One article → its tokens, through each tagger's own document API (what a pipeline would call). */
const whole = {
  compromise: (text) => nlp(text).json({ offset: true, terms: { offset: true } }).reduce((a, s) => a + s.terms.length, 0),
  claims: (text) => tagMany(text.split(/(?<=[.!?]["”’]?)\s+|\n+/).filter((x) => x.trim()).map((t) => ({ text: t, base: 0 }))).reduce((a, s) => a + s.tokens.length, 0),
  wink: (text) => {
    const doc = wink.nlp.readDoc(text);
    return doc.tokens().out(wink.its.pos).length;
  },
  hybrid: (text) => taggers.hybrid(text).length,
};
function speed(name, texts) {
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  whole[name](texts[0]); // warm up
  const t0 = performance.now();
  let tokens = 0;
  for (const t of texts) tokens += whole[name](t);
  const s = (performance.now() - t0) / 1000;
  return { seconds: s, mbPerSecond: bytes / 1e6 / s, tokensPerSecond: tokens / s };
}

const names = Object.keys(taggers);
const result = { ud: {}, speed: {} };
for (const f of udFiles) {
  const sents = readConllu(f);
  const label = f.split('/').pop();
  result.ud[label] = {};
  for (const name of names) result.ud[label][name] = scoreUd(name, sents);
}
if (existsSync(bbc)) {
  const texts = bbcTexts(bbc);
  for (const name of names) result.speed[name] = speed(name, texts);
  result.speed.files = texts.length;
}

if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
else {
  const labels = Object.keys(result.ud);
  console.log(`| tagger | ${labels.map((l) => `UPOS acc. ${l} (no punct.)`).join(' | ')} | BBC MB/s | tokens/s | vs compromise |`);
  console.log(`|---|${labels.map(() => '---|').join('')}---|---|---|`);
  const base = result.speed.compromise?.tokensPerSecond;
  for (const name of names) {
    const u = labels.map((l) => `${(100 * result.ud[l][name].accuracy).toFixed(1)} (${(100 * result.ud[l][name].accuracyNoPunct).toFixed(1)})`);
    const sp = result.speed[name];
    console.log(`| ${name} | ${u.join(' | ')} | ${sp ? sp.mbPerSecond.toFixed(3) : '—'} | ${sp ? Math.round(sp.tokensPerSecond) : '—'} | ${sp && base ? `${(sp.tokensPerSecond / base).toFixed(1)}x` : '—'} |`);
  }
  for (const l of labels) for (const name of names) console.log(`${l} ${name} top errors: ${result.ud[l][name].topErrors.join(', ')}`);
  if (result.speed.files) console.log(`speed: ${result.speed.files} BBC articles, one thread, this machine`);
}
