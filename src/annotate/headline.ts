/**
 * Headlines: they drop articles and auxiliaries ("Fire destroys warehouse", "Fuel prices
 * rise"), which makes compromise read their verb as a noun and their first word as an order.
 */
import type { Token } from '../types.js';
import { verbLemma } from './lemma.js';
import { minOf, pushAll } from '../util/arrays.js';
import { lexicon, switches, canBeVerb, listedVerb, stripS } from './known.js';
import { demoteFirstWord, type Repair } from './repair.js';

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
    const verbFirst = (lexicon(t.norm) === 'PresentTense' || (lexicon(t.norm) === undefined && canBeVerb(base))) && /Noun/.test(switches(next.norm) ?? '');
    if (!/s$/.test(next.norm) && lexicon(next.norm) === 'Infinitive' && !verbFirst) continue;
    if (!(next.tags.has('Noun') || next.tags.has('Determiner') || next.tags.has('Preposition') || next.tags.has('Value') || next.tags.has('Adjective') || next.tags.has('ProperNoun') || next.tags.has('Verb') || next.norm === 'to')) continue;
    return i;
  }
  return -1;
}

/** Most words capitalised: a title-case headline ("Actress Ana Lorne Dies at 91"), where a capital marks no name. */
function titleCased(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  return words.length >= 4 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length >= 0.7;
}

/**
 * A title-case headline's verb that compromise read as part of a name ("Actress Ana Lorne Dies at
 * 91", "Tom Vale Placed on Injured Reserve", "President Nominates Ana Lorne"): the first
 * capitalised word, after a noun, that compromise's lexicon lists as an -s or -ed verb form (or as
 * an adjective or past: "Charged", "Released"), before a preposition, a determiner, a number, a name
 * or the end. A past form must be followed by a preposition (a name can be a
 * past: "Mark Felt Dies").
 */
function titleCaseVerb(tokens: Token[]): number {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1];
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || /[,:;]/.test(prev.post) || /\S/.test(prev.post.replace(/['’]/g, '')) || !(prev.tags.has('Noun') || prev.tags.has('ProperNoun'))) continue;
    if (prev.tags.has('Preposition') || prev.tags.has('Determiner') || prev.tags.has('Pronoun')) continue;
    // part of a place's or an organisation's name ("United States at Lorland"); compromise glues a
    // title-case verb to a person's name, so a person's tag is no sign
    if (['Place', 'Country', 'City', 'Region', 'Organization'].some((g) => t.tags.has(g))) continue;
    const lex = lexicon(t.norm);
    const sw = switches(t.norm) ?? '';
    const present = /s$/.test(t.norm) && !/ss$/.test(t.norm) && lex === 'PresentTense';
    const past = /ed$/.test(t.norm) && (lex === 'PastTense' || (lex === 'Adjective' && /Past/.test(sw)));
    if (!present && !past) continue;
    if (past ? !next || !next.tags.has('Preposition') : !(!next || next.tags.has('Preposition') || next.tags.has('Determiner') || next.tags.has('Value') || /^\p{Lu}/u.test(next.text))) continue;
    return i;
  }
  return -1;
}

/** The headline corrections, in order (part of REPAIRS). */
export const HEADLINE_REPAIRS: Repair[] = [
  {
    name: 'headline-title-case-verb',
    about: '"Actress Ana Lorne Dies at 91", "Tom Vale Placed on Injured Reserve": in a title-case headline with no verb before it, a capitalised -s or -ed verb form that compromise read as part of a name is the verb (a past one the verb of a headline passive)',
    apply: ({ tokens, verbs, headline }) => {
      if (!headline || !titleCased(tokens)) return;
      const i = titleCaseVerb(tokens);
      if (i < 0 || verbs.some((v) => v.first <= i)) return;
      const t = tokens[i]!;
      const past = /ed$/.test(t.norm);
      tokens[i] = { ...t, tags: new Set(['Verb', past ? 'PastTense' : 'PresentTense']) };
      verbs.unshift({ start: t.start, end: t.end, text: t.text, lemma: verbLemma(t.norm), first: i, last: i, negated: false, passive: past });
    },
  },
  {
    name: 'headline-imperative',
    about: '"Bank raises rates", "Fuel prices rise": headlines are not orders; the first word is a noun',
    apply: ({ tokens, verbs, text, base, headline }) => {
      if (headline && tokens[0]!.tags.has('Imperative') && tokens.length > 2 && !listedVerb(tokens[0]!.norm)) demoteFirstWord(tokens, verbs, text, base, ['Noun', 'Singular']);
    },
  },
  {
    name: 'headline-verb',
    about: 'headline-verb',
    apply: ({ tokens, verbs, headline }) => {
      if (headline) {
        const firstVerb = minOf(verbs.filter((v) => v.first > 0).map((v) => v.first));
        const cand = headlineVerb(tokens);
        // "Farmers market moves": a one-word "verb" right before the -s verb is a noun modifier
        const hv = cand > 0 && cand <= firstVerb ? cand : -1;
        if (hv > 0 && !verbs.some((v) => v.first <= hv && v.last >= hv && !tokens[hv]!.tags.has('Noun'))) {
          const t = tokens[hv]!;
          // what compromise took for verbs in the object ("... milk bosses") are nouns
          const kept = verbs.filter((v) => v.first > hv + 1 && !(v.first === v.last && v.last === tokens.length - 1 && /s$/.test(tokens[v.last]!.norm)));
          kept.unshift({ start: t.start, end: t.end, text: t.text, lemma: verbLemma(t.norm), first: hv, last: hv, negated: false, passive: false });
          verbs.length = 0;
          pushAll(verbs, kept);
        }
      }
    },
  },
  {
    name: 'headline-plural-last',
    about: 'headline-plural-last',
    apply: ({ tokens, verbs, headline }) => {
      if (headline && tokens.length >= 3) {
        // "Fuel prices rise": a plural the lexicon lists as a noun, then a last word that can be a verb
        const n = tokens.length - 1;
        const last = tokens[n]!;
        const pl = tokens[n - 1]!;
        const group = verbs.find((v) => v.first === n - 1 && v.last === n - 1);
        if (group && (lexicon(pl.norm) === 'Plural' || (/^Plural/.test(switches(pl.norm) ?? '') && lexicon(pl.norm) !== 'PresentTense')) && !/s$/.test(last.norm) && canBeVerb(last.norm) && !verbs.some((v) => v.first <= n && v.last >= n)) {
          tokens[n - 1] = { ...pl, tags: new Set(['Noun', 'Plural']) };
          tokens[n] = { ...last, tags: new Set(['Verb', 'PresentTense']) };
          Object.assign(group, { first: n, last: n, start: last.start, end: last.end, text: last.text, lemma: verbLemma(last.norm) });
        }
      }
    },
  },
];
