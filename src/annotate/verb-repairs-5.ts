/**
 * Finite verbs compromise tags as nouns or adjectives, found by their place in the clause (issue
 * 20): an -s form whose stem compromise's lexicon does not hold is guessed a plural noun ("The firm
 * retains a stake", "Navy nabs 26 pirates"); a one-word time between the subject and its verb
 * ("The ministry today issued") hides the subject. Each repair is also a claim rule (pass
 * `finite`, registered in claims/rules.ts), so CLAIMS_RULES_OFF can switch it off to measure it.
 */
import type { Token, VerbGroup } from '../types.js';
import { rules, type Rule } from '../claims/rule.js';
import { STATE_ADJECTIVES, canBeVerb, lexicon, listedVerb, stripS, switches } from './known.js';
import { verbLemma } from './lemma.js';
import nlp from './nlp.js';
import { asRepairs, type Repair, type Tagging } from './repair.js';

export const inGroup = (verbs: readonly VerbGroup[], i: number): boolean => verbs.some((v) => i >= v.first && i <= v.last);
export const has = (t: Token | undefined, tag: string): boolean => Boolean(t && t.tags.has(tag));
/** Nothing but a space after the token. */
export const bare = (t: Token): boolean => !/\S/.test(t.post);
/** The token opens a bracket ("(private ones)"): no verb of the clause outside it. */
const bracketed = (t: Token): boolean => /[([]/.test(t.pre);

/** A verb group that is finite: an auxiliary, a modal, a copula, a past or a present tense (not an -ing form). */
export function finite(tokens: readonly Token[], v: VerbGroup): boolean {
  return tokens.slice(v.first, v.last + 1).some((t) => has(t, 'Copula') || has(t, 'Modal') || has(t, 'Auxiliary') || has(t, 'PastTense') || (has(t, 'PresentTense') && !has(t, 'Gerund')));
}

/** The word compromise's lexicon does not hold at all, as the form or its stem: its "plural" is a guess. */
export const unknownWord = (form: string, stem: string): boolean => lexicon(form) === undefined && lexicon(stem) === undefined && switches(stem) === undefined && lexicon(form.slice(0, -1)) === undefined;

/** The token ends a noun phrase that can be a subject: a noun or a name, not a pronoun, a modifier or a function word. */
export function nounEnd(t: Token): boolean {
  if (!(has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Acronym'))) return false;
  return !has(t, 'Pronoun') && !has(t, 'Possessive') && !has(t, 'Determiner') && !has(t, 'Adjective') && !has(t, 'Preposition') && !has(t, 'Value') && !has(t, 'Date') && !has(t, 'Verb');
}

/** A comma after the token, perhaps inside a closing quote. */
export const commaAfter = (t: Token): boolean => /^["”’']?\s*,\s*$/.test(t.post);

/**
 * An aside set off by commas between a subject and its verb, that holds no verb: a linking phrase
 * ("for example", "in turn", "however"), a quoted title ("The first single, "Dreamer", features")
 * or a name ("The firm's owner, Ana Ruiz, owns").
 */
function verblessAside(seg: readonly Token[]): boolean {
  if (seg.length === 0 || seg.length > 4 || seg.slice(0, -1).some((x) => !bare(x))) return false;
  const first = seg[0]!;
  const last = seg[seg.length - 1]!;
  if (/["“‘]/.test(first.pre) && /["”’]/.test(last.post)) return true;
  if (seg.some((x) => has(x, 'Verb') || has(x, 'Pronoun') || has(x, 'Value'))) return false;
  if (seg.every((x) => has(x, 'ProperNoun') && /^\p{Lu}/u.test(x.text))) return true;
  return (has(first, 'Adverb') || has(first, 'Preposition') || has(first, 'Conjunction')) && seg.every((x) => has(x, 'Adverb') || has(x, 'Preposition') || has(x, 'Conjunction') || (has(x, 'Noun') && !has(x, 'ProperNoun')));
}

/**
 * Token i follows the noun that ends the subject: right after it, or after a verbless aside set
 * off by commas after it.
 */
export function afterSubject(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1]!;
  if (bare(p)) return nounEnd(p) && !afterPreposition(tokens, i - 1);
  if (!commaAfter(p)) return false;
  let j = i - 2;
  while (j >= 0 && bare(tokens[j]!)) j--;
  if (j < 0 || !commaAfter(tokens[j]!) || !nounEnd(tokens[j]!) || afterPreposition(tokens, j)) return false;
  return verblessAside(tokens.slice(j + 1, i));
}

/** The noun phrase ending at token e is a preposition's object ("a majority of Democratic statements"), not a subject. */
function afterPreposition(tokens: readonly Token[], e: number): boolean {
  let j = e;
  while (j > 0) {
    const b = tokens[j - 1]!;
    if (!bare(b) || has(b, 'Verb') || !(has(b, 'Noun') || has(b, 'ProperNoun') || has(b, 'Adjective') || has(b, 'Determiner') || has(b, 'Value') || has(b, 'Possessive') || has(b, 'Acronym'))) break;
    j--;
  }
  const b = tokens[j - 1];
  return Boolean(b && bare(b) && (has(b, 'Preposition') || /^(?:of|in|on|at|for|from|with|by|to|into|about|against|over|under)$/.test(b.norm)));
}

/**
 * The start of an object after a verb: a determiner, a number, a possessive or object pronoun, a
 * name (not sentence-initial). A determiner or number that opens a time ("this week", "each year")
 * is not one.
 */
function objectStart(tokens: readonly Token[], j: number): boolean {
  const nx = tokens[j];
  if (!nx || has(nx, 'Date') || /[(\[]/.test(nx.pre)) return false;
  const after = tokens[j + 1];
  if (after && has(after, 'Date') && (has(nx, 'Determiner') || has(nx, 'Adjective') || has(nx, 'Value'))) return false;
  if ((has(nx, 'Determiner') && !has(nx, 'Pronoun')) || ARTICLE.test(nx.norm)) return !/^(?:that|which|whose|what)$/.test(nx.norm);
  if (has(nx, 'Value') && !has(nx, 'Ordinal') && nx.norm !== 'first') return true;
  if (has(nx, 'Possessive') && has(nx, 'Pronoun')) return true;
  if (/^(?:him|her|them|us|me|its|their|his|our)$/.test(nx.norm)) return true;
  return has(nx, 'ProperNoun') && /^\p{Lu}/u.test(nx.text);
}

/**
 * A finite verb later in the same stretch (before a comma, "and", "that"): then the word is part of
 * the subject ("the city parks department said"), not its verb. A group opening on a base form
 * after a noun or a number ("a $2,000 stationary cycle") is a noun compromise read as a verb.
 */
export function clashes(tokens: readonly Token[], verbs: readonly VerbGroup[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const tk = tokens[k]!;
    const v = verbs.find((g) => g.first === k);
    if (v && finite(tokens, v)) {
      if (!nounRead(tokens, v)) return true;
    }
    if (/[,;:()]/.test(tk.post) || /^(?:and|or|but|that|which|who|when|while|where|because|if|unless|until|after|before|since|although|though)$/.test(tk.norm)) return false;
  }
  return false;
}

/**
 * A one-word group that is a noun compromise read as a verb: a present tense right after a number,
 * a determiner or an adjective ("26 pirates", "a stationary cycle"), or a base form after a noun.
 */
function nounRead(tokens: readonly Token[], v: VerbGroup): boolean {
  const first = tokens[v.first]!;
  const prev = tokens[v.first - 1];
  if (v.first !== v.last || !prev || !bare(prev) || has(first, 'PastTense') || has(first, 'Auxiliary') || has(first, 'Copula') || has(first, 'Modal') || /^\p{Lu}/u.test(first.text)) return false;
  if (has(prev, 'Value') || has(prev, 'Determiner') || has(prev, 'Adjective') || (has(prev, 'Possessive') && has(prev, 'Pronoun'))) return !has(prev, 'Date');
  return has(first, 'Infinitive') && has(prev, 'Noun') && !has(prev, 'Pronoun');
}

/** A finite verb group starting before token i. */
export const finiteBefore = (tokens: readonly Token[], verbs: readonly VerbGroup[], i: number): boolean => verbs.some((v) => v.first < i && finite(tokens, v));

/** Make token i a one-word present-tense verb group with lemma `lemma`. */
export function makeVerb(t: Tagging, i: number, lemma: string, tense: 'PresentTense' | 'PastTense' = 'PresentTense'): void {
  const tok = t.tokens[i]!;
  t.tokens[i] = { ...tok, tags: new Set(['Verb', tense]) };
  t.verbs.push({ start: tok.start, end: tok.end, text: tok.text, lemma, first: i, last: i, negated: false, passive: false });
  t.verbs.sort((x, y) => x.first - y.first);
}

/**
 * "Brenco slashes prices": compromise, having read "slashes" as a noun, took the -s word after it
 * for the verb; once "slashes" is the verb, a one-word present-tense group right after it is its
 * object's plural noun (two present tenses do not follow each other).
 */
function demoteNextPresent(t: Tagging, i: number): boolean {
  const k = t.verbs.findIndex((v) => v.first === i + 1 && v.last === i + 1);
  if (k < 0) return false;
  const nx = t.tokens[i + 1]!;
  if (!/^[a-z]{3,}s$/.test(nx.text) || /(?:ss|us|is)$/.test(nx.norm) || !has(nx, 'PresentTense') || has(nx, 'Auxiliary') || has(nx, 'Copula') || has(nx, 'Modal')) return false;
  t.tokens[i + 1] = { ...nx, tags: new Set(['Noun', 'Plural']) };
  t.verbs.splice(k, 1);
  return true;
}

/** "nabs 26 pirates": in the object just after the new verb, a one-word group read off a noun ("pirates" after "26") is the plural noun again. */
function demoteObjectNoun(t: Tagging, i: number): void {
  for (let k = t.verbs.length - 1; k >= 0; k--) {
    const v = t.verbs[k]!;
    if (v.first <= i + 1 || v.first > i + 4 || !nounRead(t.tokens, v)) continue;
    if (t.tokens.slice(i + 1, v.first).some((x) => !bare(x) || has(x, 'Verb'))) continue;
    const tok = t.tokens[v.first]!;
    t.tokens[v.first] = { ...tok, tags: new Set(/[^s]s$/.test(tok.norm) ? ['Noun', 'Plural'] : ['Noun', 'Singular']) };
    t.verbs.splice(k, 1);
  }
}

export const VERB_REPAIR_RULES_5: Rule<Tagging, void>[] = rules<Tagging, void>('finite', [
  {
    name: 's-verb-unknown-stem',
    description: 'an -s word compromise guessed a plural noun, whose stem its lexicon does not hold (or holds as a verb), right after the noun that ends the subject, in a sentence with no finite verb before it and before an object (a determiner, a number, a pronoun, a name, or a plural it took for the verb), is the verb',
    example: 'The firm retains a stake in the mill; Velmora Navy nabs 26 pirates; Brenco slashes prices',
    apply: (tg) => {
      const { tokens, verbs } = tg;
      for (let i = 1; i + 1 < tokens.length; i++) {
        const t = tokens[i]!;
        if (!/^[a-z]{3,}s$/.test(t.text) || /(?:ss|us|is|ics)$/.test(t.norm) || !has(t, 'Plural') || has(t, 'Verb') || !bare(t) || bracketed(t) || inGroup(verbs, i)) continue;
        if (!afterSubject(tokens, i) || finiteBefore(tokens, verbs, i)) continue;
        const stem = stripS(t.norm);
        const unknown = unknownWord(t.norm, stem);
        if (!unknown && !canBeVerb(stem)) continue;
        const demote = unknown && /^[a-z]{3,}s$/.test(tokens[i + 1]!.text) && verbs.some((v) => v.first === i + 1 && v.last === i + 1);
        if (!objectStart(tokens, i + 1) && !demote) continue;
        // a known verb with an object that is not a plural taken for a verb is verb-read-as-plural's case; here only what it leaves
        if (!unknown && !demote) continue;
        if (clashes(tokens, verbs, demote ? i + 2 : i + 1)) continue;
        if (demote && !demoteNextPresent(tg, i)) continue;
        makeVerb(tg, i, verbLemma(stem));
        demoteObjectNoun(tg, i);
      }
    },
  },
  {
    name: 'time-word-before-verb',
    description: 'a one-word time ("today", "yesterday", "tonight") between the noun that ends the subject and its verb is an adverb of the verb, so the subject is walked past it',
    example: 'The ministry today issued a warning to farmers',
    apply: ({ tokens, verbs }) => {
      for (let i = 1; i + 1 < tokens.length; i++) {
        const t = tokens[i]!;
        if (!/^(?:today|yesterday|tonight|tomorrow)$/.test(t.norm) || has(t, 'Adverb') || !bare(t) || inGroup(verbs, i)) continue;
        const p = tokens[i - 1]!;
        if (!bare(p) || !(nounEnd(p) || (has(p, 'Pronoun') && !has(p, 'Possessive')))) continue;
        const v = verbs.find((g) => g.first === i + 1);
        if (!v || !finite(tokens, v)) continue;
        tokens[i] = { ...t, tags: new Set([...t.tags, 'Adverb']) };
      }
    },
  },
  {
    name: 'last-before-time',
    description: '"last" or "next" that compromise made a one-word verb group, right before a time word ("week", "night", "Monday"), opens that time: it is no verb',
    example: 'Officials last week confirmed the closure',
    apply: ({ tokens, verbs }) => {
      for (let k = verbs.length - 1; k >= 0; k--) {
        const v = verbs[k]!;
        const t = tokens[v.first]!;
        const nx = tokens[v.first + 1];
        if (v.first !== v.last || !/^(?:last|next)$/.test(t.text) || !nx || !bare(t) || !has(nx, 'Date')) continue;
        tokens[v.first] = { ...t, tags: new Set(['Adjective']) };
        verbs.splice(k, 1);
      }
    },
  },
  {
    name: 'be-adverb-participle',
    description: 'a lone form of "be" (or "have been"), then one or two adverbs or time words ("first", "later", "then"), then a participle, compromise left as two groups or read as an adjective, is one passive group whose lemma is the participle\'s',
    example: 'The ferry was first launched in 1990; The plan was later abandoned; The log is then cut into planks',
    apply: ({ tokens, verbs, text, base }) => {
      for (const v of verbs) {
        // the group ends in a form of "be", perhaps with adverbs compromise put in it ("is entropically")
        let c = v.last;
        while (c > v.first && GAP_WORD(tokens[c]!) && bare(tokens[c]!)) c--;
        const a = tokens[c]!;
        if (!/^(?:is|are|was|were|be|been|am)$/.test(a.norm) || !bare(a) || v.last - c > 2) continue;
        if (tokens.slice(v.first, c).some((x) => !(has(x, 'Auxiliary') || has(x, 'Modal') || has(x, 'Copula') || has(x, 'Adverb') || has(x, 'Negative') || /^(?:has|have|had|not|never)$/.test(x.norm)))) continue;
        let k = v.last + 1;
        while (k < tokens.length && k - c <= 2 && GAP_WORD(tokens[k]!) && bare(tokens[k]!) && !inGroup(verbs, k)) k++;
        const gap = k - c - 1;
        const p = tokens[k];
        if (!p || !/^[a-z]{3,}$/.test(p.text)) continue;
        const next = verbs.find((g) => g.first === k);
        const nx = tokens[k + 1];
        const ends = /[.,;:!?]/.test(p.post) || !nx || has(nx, 'Preposition') || has(nx, 'Adverb') || nx.norm === 'and' || has(nx, 'Date');
        let lemma: string | undefined;
        if (next && next.first === next.last && gap > 0 && (has(p, 'PastTense') || has(p, 'Participle') || (sameFormPast(p.norm) && ends && nx?.norm !== 'to'))) lemma = verbLemma(p.norm);
        else if (!next && !inGroup(verbs, k) && has(p, 'Adjective') && !has(p, 'Verb') && ends && nx?.norm !== 'to' && !STATE_ADJECTIVES.test(p.norm) && (gap > 0 || sameFormPast(p.norm))) {
          const l = /ed$/.test(p.norm) ? verbLemma(p.norm) : sameFormPast(p.norm) ? p.norm : undefined;
          if (l && l !== p.norm ? canBeVerb(l) || unknownWord(p.norm, l) : l !== undefined) lemma = l;
        }
        if (!lemma || (gap === 0 && !sameFormPast(p.norm))) continue;
        if (next) verbs.splice(verbs.indexOf(next), 1);
        tokens[k] = { ...p, tags: new Set(['Verb', 'PastTense', 'Participle', 'Passive']) };
        for (let g = c + 1; g < k; g++) if (!has(tokens[g], 'Adverb')) tokens[g] = { ...tokens[g]!, tags: new Set(['Adverb']) };
        v.last = k;
        v.end = p.end;
        v.text = text.slice(v.start - base, v.end - base);
        v.lemma = lemma;
        v.passive = true;
      }
    },
  },
  {
    name: 'adverb-group-no-verb',
    description: 'a verb group compromise made of adverbs and prepositions alone ("for example", set off by commas), with no word tagged a verb, is no verb',
    example: 'Premark Inc. , for example , peddles the cycle',
    apply: ({ tokens, verbs }) => {
      for (let k = verbs.length - 1; k >= 0; k--) {
        const v = verbs[k]!;
        const group = tokens.slice(v.first, v.last + 1);
        if (group.every((x) => (has(x, 'Adverb') || has(x, 'Preposition') || has(x, 'Conjunction')) && !has(x, 'Verb'))) verbs.splice(k, 1);
      }
    },
  },
  {
    name: 's-verb-after-she',
    description: 'an -s word compromise guessed a plural noun right after "he", "she" or "it", before an object, is the verb whatever its lexicon says (a subject pronoun takes no noun after it)',
    example: 'Before fainting she alerts the harbour police',
    apply: (tg) => {
      const { tokens, verbs } = tg;
      for (let i = 1; i + 1 < tokens.length; i++) {
        const t = tokens[i]!;
        const p = tokens[i - 1]!;
        if (!/^(?:he|she|it)$/.test(p.norm) || !bare(p) || !/^[a-z]{3,}s$/.test(t.text) || /(?:ss|us|is)$/.test(t.norm) || has(t, 'Verb') || !has(t, 'Plural') || !bare(t) || inGroup(verbs, i)) continue;
        if (!objectStart(tokens, i + 1) || PREPOSITIONS.test(t.norm) || NOUN_SUFFIX.test(stripS(t.norm))) continue;
        makeVerb(tg, i, verbLemma(t.norm));
      }
    },
  },
  {
    name: 'verb-after-and-unknown',
    description: 'after "and" that follows a finite verb\'s clause, an -s word whose stem compromise\'s lexicon lacks, or an -ed word it read as an adjective, before an object (a determiner, a number, a pronoun, a name), is a verb coordinated with that clause',
    example: 'The hall was never rebuilt and retains a wooden roof; Ruiz declared a truce and closed all the ports',
    apply: (tg) => {
      const { tokens, verbs } = tg;
      for (let i = 2; i + 1 < tokens.length; i++) {
        const t = tokens[i]!;
        if (tokens[i - 1]!.norm !== 'and' || !bare(tokens[i - 1]!) || !bare(t) || has(t, 'Verb') || inGroup(verbs, i) || !/^[a-z]{3,}$/.test(t.text)) continue;
        const sForm = /[^s]s$/.test(t.norm) && !/(?:us|is)$/.test(t.norm) && has(t, 'Plural') && unknownWord(t.norm, stripS(t.norm));
        const edForm = /ed$/.test(t.norm) && has(t, 'Adjective') && !STATE_ADJECTIVES.test(t.norm);
        if (!(sForm || edForm) || !objectStart(tokens, i + 1)) continue;
        const p = tokens[i - 2]!;
        if (/[,;:]/.test(p.post) || has(p, 'Plural') || has(p, 'Determiner') || has(p, 'Value') || (has(p, 'Adjective') && !inGroup(verbs, i - 2))) continue;
        // the finite verb whose clause "and" continues, with no relative word or clause break between
        const prior = verbs.filter((v) => v.last < i - 1 && finite(tokens, v));
        const last = prior[prior.length - 1];
        if (!last || tokens.slice(last.last + 1, i - 1).some((x) => /[;:]/.test(x.post) || /^(?:that|which|who)$/.test(x.norm))) continue;
        const lemma = sForm ? verbLemma(t.norm) : verbLemma(t.norm);
        if (edForm && (lemma === t.norm || !(canBeVerb(lemma) || unknownWord(t.norm, lemma)))) continue;
        makeVerb(tg, i, lemma, sForm ? 'PresentTense' : 'PastTense');
      }
    },
  },
  {
    name: 'past-after-relative-adjective',
    description: 'an -ed word compromise read as an adjective right after "which", "who" or "that" (a relative pronoun), before an object (a name, a determiner, a pronoun, a number), is the relative clause\'s verb',
    example: 'The army was not disbanded, which worried Ana Ruiz',
    apply: (tg) => {
      const { tokens, verbs } = tg;
      for (let i = 1; i + 1 < tokens.length; i++) {
        const t = tokens[i]!;
        const p = tokens[i - 1]!;
        if (!/^(?:which|who|that)$/.test(p.norm) || !bare(p) || !/^[a-z]{3,}ed$/.test(t.text) || has(t, 'Verb') || !has(t, 'Adjective') || !bare(t) || inGroup(verbs, i)) continue;
        // "that" as a determiner ("that worried look") has a noun, not an object, after the word
        if (!objectStart(tokens, i + 1)) continue;
        const lemma = verbLemma(t.norm);
        if (lemma === t.norm || !(canBeVerb(lemma) || unknownWord(t.norm, lemma))) continue;
        makeVerb(tg, i, lemma, 'PastTense');
      }
    },
  },
]);

/** Articles and determiners, whatever compromise tagged them ("the public": "the" as a noun). */
const ARTICLE = /^(?:the|a|an|this|these|those|every|each|some|all|any|no|another)$/;

/** Prepositions compromise's lexicon lists as adjectives ("against", "above", "over"). */
const PREPOSITIONS = /^(?:against|above|over|below|under|across|along|among|around|before|behind|beyond|despite|inside|outside|near|off|past|since|through|toward|towards|within|without|amid|via|per|like|unlike|versus|upon|onto|into|about|after)$/;

/** Suffixes of nouns that are no verb's base form: "technology", "closure", "shipment". */
const NOUN_SUFFIX = /(?:tion|sion|ment|ness|ity|ogy|ism|ship|hood|ist|ee|ology|ance|ence|ency|ancy|age|dom)$/;

/** A word between "be" and its participle: an adverb, or a time word compromise reads as an ordinal or a comparative. */
const GAP_WORD = (t: Token): boolean => (has(t, 'Adverb') && !has(t, 'Date')) || /^(?:first|later|earlier|once|twice|then|since)$/.test(t.norm);

const pastOf = new Map<string, boolean>();
/** The verb's simple past is its base form ("cut", "shut", "set"), so its participle is too. */
function sameFormPast(w: string): boolean {
  let known = pastOf.get(w);
  if (known === undefined) {
    const c = ((nlp(w).tag('Verb') as unknown as { verbs(): { conjugate(): unknown } }).verbs().conjugate() as { PastTense?: string }[])[0];
    // a verb of the lexicon, or a word it may read as a past or a verb ("shut": Adj|Past), not one it reads as an adjective or a present ("right")
    known = Boolean(c && c.PastTense === w) && (listedVerb(w) || /Past|Verb/.test(switches(w) ?? ''));
    if (pastOf.size > 10_000) pastOf.clear();
    pastOf.set(w, known);
  }
  return known;
}

/** The rules as tagging repairs, in the order they apply (registered in repairs.ts). */
export const VERB_REPAIRS_5: Repair[] = asRepairs(VERB_REPAIR_RULES_5);
