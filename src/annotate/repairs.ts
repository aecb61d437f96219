/**
 * Corrections to compromise's tokens and verb groups, applied in order after tagging: words it
 * reads as verbs that are names or nouns, verbs it misses, groups it splits or joins wrongly.
 * Each is one named step with the sentence it is about.
 */
import type { Token, VerbGroup } from '../types.js';
import { ABBREVIATIONS } from '../segment/sentences.js';
import { PARTY_LABEL } from './lexicon.js';
import { verbLemma } from './lemma.js';
import nlp from './nlp.js';
import { MODAL, NOUN_PASTS, STATE_ADJECTIVES, canBeVerb, lexicon, listedVerb, stripS } from './known.js';
import { HEADLINE_REPAIRS } from './headline.js';
import { PARTICIPLE_REPAIRS } from './participles.js';
import { VERB_REPAIRS_5 } from './verb-repairs-5.js';
import { VERB_REPAIRS_6 } from './verb-repairs-6.js';
import { SPEECH_REPAIRS_8 } from '../claims/speech-8.js';
import { CONTRACTION_REPAIRS_7, VERB_GROUP_REPAIRS_7 } from './contractions-7.js';
import { VERB_REPAIRS_8 } from './verb-repairs-8.js';
import { VERB_REPAIRS_11 } from './verb-repairs-11.js';
import { HEADLINE_VERB_RULES_7 } from '../claims/speakers-7.js';
import { asRepairs, demoteFirstWord, type Repair } from './repair.js';

/** Token i is already inside a verb group. */
const inVerbGroup = (verbs: readonly VerbGroup[], i: number): boolean => verbs.some((v) => i >= v.first && i <= v.last);

/** Verbs that take "to" and a verb ("plans to cut"); after a noun, other -s words before "to" are plurals ("prices to lift sales"). */
const TO_VERBS = /^(?:plans|aims|wants|hopes|seeks|vows|threatens|intends|expects|needs|agrees|refuses|promises|pledges|tries|fails|decides|offers|attempts|continues|begins|declines|tends|appears|seems|wishes|prepares|proposes|manages|chooses|asks|urges|warns|looks|starts|struggles|moves|votes|rushes|races|fights|battles|scrambles)$/;
/** Present-tense speech verbs: "X says will" is not a noun compound. */
const SAY_WORDS = /^(?:says|adds|warns|claims|insists|argues|notes|writes|reports|believes|thinks|hopes|fears|expects|admits|denies|confirms|tells)$/;
/** Prepositions after a passive participle: "charged with", "injured in", "killed by". */
const PASSIVE_PREPS = new Set(['with', 'by', 'in', 'for', 'over', 'on', 'at', 'after', 'to', 'from', 'during']);
const AUX_START = /^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|not|never|also|just|already|still|now|then|reportedly|allegedly|apparently)$/;

/**
 * A token whose period compromise put in its trailing text though the period is the word's own:
 * an initial ("John D. Ruiz"), a title or other abbreviation the segmenter does not end a
 * sentence at ("the Rev. Ana Ruiz", "Sen. Ruiz", "Ruiz Jr.,", "Sept. 11"), a dotted acronym
 * whose last period was split off ("U.S.", "(D-N.C.)", "(D-Va.)"). "No." only before a number ("No. 10").
 */
function ownsPeriod(t: Token, next: Token | undefined): boolean {
  if (!next || !/^\.(?!\.)/.test(t.post) || t.text.endsWith('.')) return false;
  if (/^\p{Lu}$/u.test(t.text) || PARTY_LABEL.test(t.text)) return true;
  if (/^\p{L}[\p{L}-]*\.\p{L}{1,2}$/u.test(t.text) && /^(?:\p{L}{1,2}[.-])+\p{L}{1,2}$/u.test(t.text)) return true;
  const w = t.text.toLowerCase();
  if (w === 'no' || w === 'nos') return /^\s*$/.test(t.post.slice(1)) && /^\d/.test(next.text);
  return /^\p{L}+$/u.test(t.text) && ABBREVIATIONS.has(w);
}

export const REPAIRS: Repair[] = [
  {
    name: 'abbreviation-keeps-period',
    about: '"said John D. Ruiz", "the Rev. Ana Ruiz": the period of an initial or an abbreviation inside a sentence is part of the word, not punctuation that ends a phrase',
    apply: ({ tokens, verbs, text, base }) => {
      tokens.forEach((t, i) => {
        if (!ownsPeriod(t, tokens[i + 1])) return;
        tokens[i] = { ...t, text: t.text + '.', end: t.end + 1, post: t.post.slice(1) };
        for (const v of verbs) {
          if (v.last !== i) continue;
          v.end = t.end + 1;
          v.text = text.slice(v.start - base, v.end - base);
        }
      });
    },
  },
  {
    name: 'number-hyphen-modifier',
    about: '"a 52-count complaint", "a 10-page report", "a three-judge panel": the word a number is hyphened to forms a modifier with it, never a verb',
    apply: ({ tokens, verbs }) => {
      tokens.forEach((t, i) => {
        const prev = tokens[i - 1];
        if (!prev || prev.post !== '-' || !prev.tags.has('Value') || !t.tags.has('Verb') || !/^\p{Ll}+$/u.test(t.text)) return;
        tokens[i] = { ...t, tags: new Set(['Adjective']) };
        for (let k = verbs.length - 1; k >= 0; k--) if (verbs[k]!.first === i && verbs[k]!.last === i) verbs.splice(k, 1);
      });
    },
  },
  {
    name: 'said-before-quote',
    about: '"Another shared, “...”": a past speech verb before a quotation that compromise did not take for a verb',
    apply: ({ tokens, verbs }) => {
      tokens.forEach((t, i) => {
        if (!/^(?:said|shared|wrote|added|posted|tweeted|remarked|replied|explained|noted|insisted|declared|warned|told)$/.test(t.norm)) return;
        if (verbs.some((v) => i >= v.first && i <= v.last)) return;
        const next = tokens[i + 1];
        if (!(/[,:]/.test(t.post) && next && /["“‘']/.test(next.pre + t.post))) return;
        if (i === 0) return;
        verbs.push({ start: t.start, end: t.end, text: t.text, lemma: verbLemma(t.norm), first: i, last: i, negated: false, passive: false });
      });
    },
  },
  {
    name: 'said-after-subject',
    about: '"Ana Ruiz said officials were ...": "said" right after a noun or pronoun is the verb, not the adjective of "the said officials"',
    apply: ({ tokens, verbs }) => {
      tokens.forEach((t, i) => {
        if (t.norm !== 'said' || i === 0 || t.tags.has('Verb') || verbs.some((v) => i >= v.first && i <= v.last)) return;
        const p = tokens[i - 1]!;
        if (/\S/.test(p.post) || p.tags.has('Determiner') || p.tags.has('Preposition') || p.tags.has('Adjective')) return;
        if (!(p.tags.has('Noun') || p.tags.has('ProperNoun') || p.tags.has('Pronoun') || p.tags.has('Acronym'))) return;
        tokens[i] = { ...t, tags: new Set(['Verb', 'PastTense']) };
        verbs.push({ start: t.start, end: t.end, text: t.text, lemma: 'say', first: i, last: i, negated: false, passive: false });
      });
    },
  },
  {
    name: 'plural-subject-after-that',
    about: '"said that engineers have found": an -s word compromise tagged a verb, in no verb group, between "that" and an auxiliary is a plural subject',
    apply: ({ tokens, verbs }) => {
      tokens.forEach((t, i) => {
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        if (!prev || !next || prev.norm !== 'that' || !t.tags.has('Verb') || !/^[a-z]+s$/.test(t.text) || /ss$/.test(t.norm) || /\S/.test(t.post + prev.post)) return;
        if (verbs.some((v) => i >= v.first && i <= v.last)) return;
        if (!/^(?:are|were|have|had|will|would|can|could|may|might|must|should)$/.test(next.norm)) return;
        tokens[i] = { ...t, tags: new Set(['Noun', 'Plural']) };
      });
    },
  },
  {
    name: 'acronym-is-name',
    about: '"The UN said": an acronym in capitals is a name, never a verb or a verb\'s prefix (unless the whole text is in capitals)',
    apply: ({ tokens, verbs, text, base }) => {
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
    },
  },
  {
    name: 'have-is-verb',
    about: '"The firm has long been accused": compromise, having read "firm" as an adjective, takes "has" for a noun; a form of "have" is always a verb',
    apply: ({ tokens, verbs }) => {
      tokens.forEach((t, i) => {
        if (i === 0 || !/^(?:has|have|had)$/.test(t.norm) || t.tags.has('Verb') || verbs.some((v) => i >= v.first && i <= v.last)) return;
        tokens[i] = { ...t, tags: new Set(['Verb', t.norm === 'had' ? 'PastTense' : 'PresentTense']) };
        verbs.push({ start: t.start, end: t.end, text: t.text, lemma: 'have', first: i, last: i, negated: false, passive: false });
      });
    },
  },
  {
    name: 'imperative-modifier',
    about: '"Oil prices are rising": a first word compromise read as an order, before a noun and with a verb later in the clause, modifies that noun ("Stop the war" has a determiner; "Keep prices low, he said" a comma)',
    apply: ({ tokens, verbs, text, base }) => {
      if (verbs.some((v) => v.first === 0 && v.last === 0) && tokens[0]!.tags.has('Imperative') && tokens[1] && tokens[1].tags.has('Noun') && !tokens[1].tags.has('Pronoun') && !tokens[1].tags.has('Determiner') && !/[,;:]/.test(tokens[0]!.post)) {
        const later = verbs.find((v) => v.first > 1);
        if (later && !tokens.slice(0, later.first).some((t) => /[,;:"“”]/.test(t.post))) demoteFirstWord(tokens, verbs, text, base, ['Noun', 'Singular']);
      }
    },
  },
  {
    name: 's-verb-before-to',
    about: '"The government plans to cut jobs": an -s word after a singular subject, before "to" and a verb, is the verb ("plans to", "aims to", "vows to"), not a plural noun',
    apply: ({ tokens, verbs }) => {
      tokens.forEach((t, i) => {
        const prev = tokens[i - 1];
        const to = tokens[i + 1];
        const inf = tokens[i + 2];
        if (!prev || !to || !inf || to.norm !== 'to' || !/^[a-z]+s$/.test(t.text) || /ss$/.test(t.norm) || verbs.some((v) => i >= v.first && i <= v.last)) return;
        if (!t.tags.has('Plural') || !inf.tags.has('Verb') || !(inf.tags.has('Infinitive') || inf.tags.has('PresentTense')) || /[,;:]/.test(prev.post + t.post)) return;
        if (!((prev.tags.has('Singular') || prev.tags.has('ProperNoun') || /^(?:it|he|she)$/.test(prev.norm)) && !prev.tags.has('Plural') && !prev.tags.has('Determiner') && !prev.tags.has('Adjective') && !prev.tags.has('Preposition'))) return;
        if (!TO_VERBS.test(t.norm)) return;
        tokens[i] = { ...t, tags: new Set(['Verb', 'PresentTense']) };
        verbs.push({ start: t.start, end: t.end, text: t.text, lemma: verbLemma(t.norm), first: i, last: i, negated: false, passive: false });
      });
    },
  },
  {
    name: 's-word-before-auxiliary',
    about: '"Emergency services were called": a lone -s "verb" right before an auxiliary is the subject',
    apply: ({ tokens, verbs }) => {
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
    },
  },
  {
    name: 'noun-pasts',
    about: '"Prices rose 3%", "The plan drew criticism": past tenses compromise\'s lexicon holds only as nouns (the flower, the name); after a subject and not inside a noun phrase they are verbs',
    apply: ({ tokens, verbs }) => {
      tokens.forEach((t, i) => {
        const lemma = NOUN_PASTS.get(t.text);
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
    },
  },
  {
    name: 'now-before-verb',
    about: '"Ana Ruiz, leader of the dockers, now had a free hand": "now" that compromise read as a conjunction, right before a verb, is an adverb',
    apply: ({ tokens, verbs }) => {
      tokens.forEach((t, i) => {
        if (t.norm !== 'now' || t.tags.has('Adverb') || !t.tags.has('Conjunction') || /\S/.test(t.post) || !verbs.some((v) => v.first === i + 1)) return;
        tokens[i] = { ...t, tags: new Set(['Adverb']) };
      });
    },
  },
  {
    name: 'first-word-coordinated-noun',
    about: '"Test & official start of the channel started on Monday": a first word compromise read as an order, joined by "&" or "and" to a noun phrase with a verb later in the clause, is a noun of the coordinated subject',
    apply: ({ tokens, verbs, text, base }) => {
      const t1 = tokens[1];
      const t2 = tokens[2];
      if (!t1 || !t2 || !(t1.text === '&' || t1.norm === 'and') || /[,;:]/.test(tokens[0]!.post + t1.post) || !/^\p{Lu}/u.test(tokens[0]!.text)) return;
      if (!verbs.some((v) => v.first === 0 && v.last === 0) || tokens[0]!.tags.has('Auxiliary') || tokens[0]!.tags.has('Modal') || tokens[0]!.tags.has('Copula')) return;
      if (!(t2.tags.has('Noun') || t2.tags.has('Adjective') || t2.tags.has('ProperNoun')) || t2.tags.has('Pronoun') || inVerbGroup(verbs, 2)) return;
      const later = verbs.find((v) => v.first > 2);
      if (later && !tokens.slice(0, later.first).some((x) => /[,;:"“”]/.test(x.post))) demoteFirstWord(tokens, verbs, text, base, ['Noun', 'Singular']);
    },
  },
  {
    name: 'in-order',
    about: 'in-order',
    apply: ({ verbs }) => {
      verbs.sort((x, y) => x.first - y.first);
    },
  },
  {
    name: 'split-noun-before-auxiliary',
    about: '"said repairs would cost": a group holding a noun before an auxiliary is two verbs and a subject',
    apply: ({ tokens, verbs, text, base }) => {
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
    },
  },
  {
    name: 'first-word-name',
    about: '"Harbour Ferries raises its forecast": a first word compromise read as an imperative, before a capitalised word in a sentence-case text, is the start of a name (not "Meet Ana Ruiz")',
    apply: ({ tokens, verbs, text, base }) => {
      const v0 = verbs[0];
      if (v0 && v0.first === 0 && v0.last === 0 && tokens[1] && /^\p{Lu}\p{Ll}/u.test(tokens[0]!.text) && /^\p{Lu}/u.test(tokens[1].text) && tokens[1].tags.has('ProperNoun')) {
        const t0 = tokens[0]!;
        const sentenceCase = tokens.some((x, j) => j > 1 && /^[a-z]{4,}/.test(x.text));
        if (!listedVerb(t0.norm) && sentenceCase && !t0.tags.has('Auxiliary') && !t0.tags.has('Modal') && !t0.tags.has('Copula')) demoteFirstWord(tokens, verbs, text, base, ['Noun', 'Singular', 'ProperNoun']);
      }
    },
  },
  {
    name: 'was-charged-with',
    about: '"was charged with fraud": a lone form of "be", then an -ed word compromise took for an adjective and a preposition, is a passive verb',
    apply: ({ tokens, verbs, text, base }) => {
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
    },
  },
  {
    name: 'plural-before-past',
    about: '"Stock prices rallied as ...": a group opening with an -s word compromise read as a present verb, right before a past tense, opens with the plural noun of the subject',
    apply: ({ tokens, verbs, text, base }) => {
      for (const v of verbs) {
        if (v.last <= v.first) continue;
        const t = tokens[v.first]!;
        const nx = tokens[v.first + 1]!;
        if (!/^[a-z]{3,}s$/.test(t.text) || /(?:ss|us|is)$/.test(t.norm) || /\S/.test(t.post) || t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal') || /^(?:has|does|was|is|says)$/.test(t.norm)) continue;
        if (!nx.tags.has('PastTense') || nx.tags.has('Auxiliary') || nx.tags.has('Copula') || !/ed$/.test(nx.norm)) continue;
        const p = tokens[v.first - 1];
        if (!p || !(p.tags.has('Noun') || p.tags.has('Adjective')) || p.tags.has('Pronoun') || /\S/.test(p.post)) continue;
        tokens[v.first] = { ...t, tags: new Set(['Noun', 'Plural']) };
        v.first++;
        v.start = nx.start;
        v.text = text.slice(v.start - base, v.end - base);
        v.lemma = verbLemma(tokens[v.last]!.norm);
      }
    },
  },
  {
    name: 'be-participle-passive',
    about: '"the line was abandoned.", "these revolts were crushed", "Ruiz was reunited with his family": a lone form of "be" (and up to two adverbs), then an -ed word compromise took for an adjective, at the clause\'s end or before a preposition, an adverb or "and", is a passive verb',
    apply: ({ tokens, verbs, text, base }) => {
      for (const v of verbs) {
        // the group ends in a form of "be", perhaps with adverbs compromise put in it ("was well")
        let c = v.last;
        while (c > v.first && tokens[c]!.tags.has('Adverb')) c--;
        const a = tokens[c]!;
        if (!a.tags.has('Copula') || !/^(?:is|are|was|were|be|been)$/.test(a.norm)) continue;
        let k = v.last + 1;
        while (k < tokens.length && k - v.last <= 2 && tokens[k]!.tags.has('Adverb') && !/\S/.test(tokens[k - 1]!.post)) k++;
        const p = tokens[k];
        if (!p || /\S/.test(tokens[k - 1]!.post) || inVerbGroup(verbs, k) || !p.tags.has('Adjective') || p.tags.has('Verb') || !/^[a-z]+ed$/.test(p.text) || STATE_ADJECTIVES.test(p.norm)) continue;
        const nx = tokens[k + 1];
        const ends = /[.,;:!?]/.test(p.post) || !nx;
        if (!ends && !(nx!.tags.has('Preposition') || nx!.tags.has('Adverb') || nx!.norm === 'and' || nx!.tags.has('Date'))) continue;
        if (nx && nx.norm === 'to') continue;
        const lemma = verbLemma(p.norm);
        if (lemma === p.norm || !(canBeVerb(lemma) || aloneAVerb(lemma))) continue;
        tokens[k] = { ...p, tags: new Set(['Verb', 'PastTense', 'Participle']) };
        v.last = k;
        v.end = p.end;
        v.text = text.slice(v.start - base, v.end - base);
        v.lemma = lemma;
        v.passive = true;
      }
    },
  },
  {
    name: 'past-after-and',
    about: '"was well received and inspired Ana Ruiz to sing": after "and" following a verb, an -ed word compromise took for an adjective, before a name, a determiner or a pronoun (its object), is a past verb coordinated with the one before',
    apply: ({ tokens, verbs }) => {
      for (let i = 2; i + 1 < tokens.length; i++) {
        const t = tokens[i]!;
        if (tokens[i - 1]!.norm !== 'and' || !/^[a-z]+ed$/.test(t.text) || t.tags.has('Verb') || !t.tags.has('Adjective') || inVerbGroup(verbs, i) || /\S/.test(t.post) || STATE_ADJECTIVES.test(t.norm)) continue;
        const nx = tokens[i + 1]!;
        if (!(nx.tags.has('ProperNoun') || nx.tags.has('Determiner') || (nx.tags.has('Pronoun') && !nx.tags.has('Possessive')) || (nx.tags.has('Possessive') && nx.tags.has('Pronoun')))) continue;
        // the verb "and" joins it to: a group ending right before "and" (after its adverbs), with no comma between
        const before = verbs.find((v) => v.last === i - 2);
        if (!before || /[,;:]/.test(tokens[i - 2]!.post)) continue;
        const lemma = verbLemma(t.norm);
        if (lemma === t.norm || !(canBeVerb(lemma) || aloneAVerb(lemma))) continue;
        tokens[i] = { ...t, tags: new Set(['Verb', 'PastTense']) };
        verbs.push({ start: t.start, end: t.end, text: t.text, lemma, first: i, last: i, negated: false, passive: false });
        verbs.sort((x, y) => x.first - y.first);
      }
    },
  },
  {
    name: 'auxiliary-adverbs-participle',
    about: '"were now poised": a lone copula or auxiliary, adverbs, then a participle form one group',
    apply: ({ tokens, verbs, text, base }) => {
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
    },
  },
  {
    name: 'modal-unknown-verb',
    about: '"would last": a lone modal before a verb compromise did not recognise',
    apply: ({ tokens, verbs, text, base }) => {
      for (const v of verbs) {
        if (v.first !== v.last || !/^(?:would|will|could|can|may|might|should|shall|must)$/.test(tokens[v.first]!.norm)) continue;
        const nx = tokens[v.last + 1];
        if (!nx || /[,;.]/.test(tokens[v.last]!.post) || nx.tags.has('Determiner') || nx.tags.has('Preposition') || nx.tags.has('Pronoun') || nx.tags.has('Adverb') || verbs.some((w) => w.first === v.last + 1)) continue;
        v.last++;
        v.end = nx.end;
        v.text = text.slice(v.start - base, v.end - base);
        v.lemma = verbLemma(nx.norm);
      }
    },
  },
  {
    name: 'initial-plural-noun',
    about: '"Engineers said ...": a sentence-initial plural noun swallowed into the verb group',
    apply: ({ tokens, verbs, text, base }) => {
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
    },
  },
  {
    name: 's-verb-after-pronoun',
    about: '"It hosts the fair", "She owns two mills": an -s word right after "he", "she" or "it" is the verb (a subject pronoun takes no noun after it), not a plural noun',
    apply: ({ tokens, verbs }) => {
      tokens.forEach((t, i) => {
        const prev = tokens[i - 1];
        if (!prev || !/^(?:he|she|it)$/.test(prev.norm) || /\S/.test(prev.post) || !/^[a-z]+s$/.test(t.text) || /ss$/.test(t.norm)) return;
        if (t.tags.has('Verb') || verbs.some((v) => i >= v.first && i <= v.last) || !(canBeVerb(stripS(t.norm)) || aloneAVerb(stripS(t.norm)))) return;
        tokens[i] = { ...t, tags: new Set(['Verb', 'PresentTense']) };
        verbs.push({ start: t.start, end: t.end, text: t.text, lemma: verbLemma(t.norm), first: i, last: i, negated: false, passive: false });
      });
    },
  },
  ...HEADLINE_REPAIRS,
  ...asRepairs(HEADLINE_VERB_RULES_7),
  ...PARTICIPLE_REPAIRS,
  {
    name: 'inflected-lemmas',
    about: 'lemmas compromise left inflected ("ran")',
    apply: ({ tokens, verbs }) => {
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
    },
  },
  {
    name: 'verb-read-as-plural',
    about: '"The lodge also hosts events", "Hoechst exhibits a greater permeability": in a sentence with no finite verb before it, an -s word compromise read as a plural noun, right after the subject\'s noun (or "also", "still") and before an object, is the verb; before a noun, only when no verb follows in the same clause ("the city parks department said" keeps its noun)',
    apply: ({ tokens, verbs }) => {
      const finiteBefore = (i: number): boolean => verbs.some((v) => v.first < i && tokens.slice(v.first, v.last + 1).some((t) => t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('PastTense') || (t.tags.has('PresentTense') && !t.tags.has('Gerund'))));
      for (let i = 1; i + 1 < tokens.length; i++) {
        const t = tokens[i]!;
        if (!/^[a-z]{4,}s$/.test(t.text) || /(?:ss|us|is)$/.test(t.norm) || t.tags.has('Verb') || !t.tags.has('Plural') || /\S/.test(t.post) || inVerbGroup(verbs, i)) continue;
        let p = i - 1;
        const adverb = SUBJECT_ADVERBS.test(tokens[p]!.norm) && p > 0 && !/\S/.test(tokens[p]!.post);
        if (adverb) p--;
        const pt = tokens[p]!;
        // "Hoechst 33342 exhibits", "language A still influences": a number or a capital letter labelling the name before it ends the subject
        const label = p > 0 && !/\S/.test(pt.post) && ((pt.tags.has('Value') && /^\d[\d.]*$/.test(pt.text)) || /^\p{Lu}$/u.test(pt.text)) && (tokens[p - 1]!.tags.has('Noun') || tokens[p - 1]!.tags.has('ProperNoun')) && !tokens[p - 1]!.tags.has('Pronoun') && !/\S/.test(tokens[p - 1]!.post);
        if (!label && (/\S/.test(pt.post) || pt.tags.has('Possessive') || pt.tags.has('Value') || pt.tags.has('Pronoun') || pt.tags.has('Determiner') || pt.tags.has('Adjective') || pt.tags.has('Preposition') || !(pt.tags.has('Noun') || pt.tags.has('ProperNoun') || pt.tags.has('Acronym')))) continue;
        if (finiteBefore(i)) continue;
        const nx = tokens[i + 1]!;
        const objectStart = nx.tags.has('Determiner') || (nx.tags.has('Value') && !nx.tags.has('Ordinal') && nx.norm !== 'first') || (nx.tags.has('Possessive') && nx.tags.has('Pronoun')) || /^(?:him|her|them|it|us|me)$/.test(nx.norm);
        const nounNext = !objectStart && (nx.tags.has('Noun') || nx.tags.has('Adjective')) && !nx.tags.has('Pronoun') && !nx.tags.has('Verb');
        if (!objectStart && !nounNext) continue;
        // "the city parks department said", "The European powers first gained": a verb later in the same stretch (not an -ing form) makes the -s word a noun
        let clash = false;
        for (let k = i + 1; k < tokens.length; k++) {
          const tk = tokens[k]!;
          // a "verb" after a number or a determiner is a noun read as a verb ("a 10 fold greater"): no clash
          const pk = tokens[k - 1]!;
          if ((inVerbGroup(verbs, k) || tk.tags.has('Verb')) && !tk.tags.has('Gerund') && !(k > i + 1 && !tk.tags.has('Auxiliary') && !tk.tags.has('Copula') && !tk.tags.has('Modal') && (pk.tags.has('Value') || pk.tags.has('Determiner')) && !/\S/.test(pk.post))) {
            clash = true;
            break;
          }
          if (/[,;:()]/.test(tk.post) || /^(?:and|or|but|that|which|who)$/.test(tk.norm)) break;
        }
        if (clash) continue;
        const stem = stripS(t.norm);
        if (!(canBeVerb(stem) || canBeVerb(t.norm.slice(0, -1)) || aloneAVerb(stem) || ADJECTIVE_VERBS.test(stem))) continue;
        tokens[i] = { ...t, tags: new Set(['Verb', 'PresentTense']) };
        // the adverb before it ("still", read as an adjective) is an adverb again
        if (adverb && !tokens[i - 1]!.tags.has('Adverb')) tokens[i - 1] = { ...tokens[i - 1]!, tags: new Set(['Adverb']) };
        verbs.push({ start: t.start, end: t.end, text: t.text, lemma: verbLemma(t.norm), first: i, last: i, negated: false, passive: false });
      }
    },
  },
  {
    name: 'past-read-as-adjective',
    about: '"Davis released about 25 singles": in a sentence with no finite verb before it, an -ed word compromise read as an adjective, right after a person\'s name or a subject pronoun and before an object, is the verb',
    apply: ({ tokens, verbs }) => {
      for (let i = 1; i + 1 < tokens.length; i++) {
        const t = tokens[i]!;
        if (!/^[a-z]{3,}ed$/.test(t.text) || t.tags.has('Verb') || !t.tags.has('Adjective') || /\S/.test(t.post) || inVerbGroup(verbs, i)) continue;
        const p = tokens[i - 1]!;
        if (/\S/.test(p.post) || !(p.tags.has('Person') || /^(?:he|she|they|we|i)$/.test(p.norm))) continue;
        if (verbs.some((v) => v.first < i)) continue;
        const nx = tokens[i + 1]!;
        if (!(nx.tags.has('Determiner') || nx.tags.has('Value') || (nx.tags.has('Possessive') && nx.tags.has('Pronoun')) || /^(?:about|him|her|them|it|us|me)$/.test(nx.norm))) continue;
        const lemma = verbLemma(t.norm);
        if (lemma === t.norm || !(canBeVerb(lemma) || aloneAVerb(lemma))) continue;
        tokens[i] = { ...t, tags: new Set(['Verb', 'PastTense']) };
        verbs.push({ start: t.start, end: t.end, text: t.text, lemma, first: i, last: i, negated: false, passive: false });
      }
    },
  },
  {
    name: 'verb-after-aside',
    about: '"The theatre, which opened in 1967, closed last year", "The club, founded in 1901, plays in the second division": the word after a relative clause or participle phrase set off by commas after the sentence\'s subject, which compromise read as an adjective or a plural, is the main verb when it can be one',
    apply: ({ tokens, verbs }) => {
      for (let i = 3; i + 1 < tokens.length; i++) {
        const t = tokens[i]!;
        if (!/^[a-z]{3,}(?:ed|s)$/.test(t.text) || /(?:ss|us|is)$/.test(t.norm) || t.tags.has('Verb') || inVerbGroup(verbs, i) || !/,\s*$/.test(tokens[i - 1]!.post) || /\S/.test(t.post)) continue;
        if (!(t.tags.has('Adjective') || t.tags.has('Plural'))) continue;
        // the comma opening the aside, after the subject's noun
        let j = i - 2;
        while (j >= 0 && !/[,;:]/.test(tokens[j]!.post)) j--;
        if (j < 1 || i - 1 - j > 12 || !/,\s*$/.test(tokens[j]!.post)) continue;
        const subj = tokens[j]!;
        if (!(subj.tags.has('Noun') || subj.tags.has('ProperNoun')) || subj.tags.has('Pronoun') || verbs.some((v) => v.first <= j)) continue;
        const open = tokens[j + 1]!;
        // "Naana, a blind seer, stands in ...": an appositive opening with an article, with no verb, is an aside too (only before an -s word and a preposition)
        const appositive = /s$/.test(t.norm) && /^(?:a|an|the)$/.test(open.norm) && i - 1 - j <= 6 && !tokens.slice(j + 1, i).some((x) => x.tags.has('Verb') && !x.tags.has('Hyphenated')) && Boolean(tokens[i + 1]?.tags.has('Preposition'));
        const aside = /^(?:which|who)$/.test(open.norm) || verbs.some((v) => v.first === j + 1 && v.first === v.last && tokens[v.first]!.tags.has('PastTense')) || appositive;
        if (!aside) continue;
        const lemma = verbLemma(t.norm);
        if (lemma === t.norm || !(canBeVerb(lemma) || aloneAVerb(lemma))) continue;
        tokens[i] = { ...t, tags: new Set(['Verb', /ed$/.test(t.norm) ? 'PastTense' : 'PresentTense']) };
        verbs.push({ start: t.start, end: t.end, text: t.text, lemma, first: i, last: i, negated: false, passive: false });
      }
    },
  },
  {
    name: 's-verb-after-and',
    about: '"She resigns after the events and relocates to Tarrow", "was never vaulted and retains a wooden roof": an -s word compromise read as a plural noun right after "and", after a clause with a finite verb and not after a plural noun or an adjective (a list), before an object or a preposition, is a verb coordinated with that clause',
    apply: ({ tokens, verbs }) => {
      for (let i = 2; i + 1 < tokens.length; i++) {
        const t = tokens[i]!;
        if (tokens[i - 1]!.norm !== 'and' || !/^[a-z]{4,}s$/.test(t.text) || /(?:ss|us|is)$/.test(t.norm) || t.tags.has('Verb') || !t.tags.has('Plural') || inVerbGroup(verbs, i) || /\S/.test(t.post)) continue;
        const p = tokens[i - 2]!;
        if (/[,;:]/.test(p.post) || p.tags.has('Plural') || p.tags.has('Adjective') || p.tags.has('Determiner') || p.tags.has('Value') || (p.tags.has('Possessive') && !p.tags.has('Pronoun'))) continue;
        const nx = tokens[i + 1]!;
        const object = nx.tags.has('Determiner') || (nx.tags.has('Possessive') && nx.tags.has('Pronoun')) || /^(?:him|her|them|it|us|me)$/.test(nx.norm) || nx.tags.has('ProperNoun') || (nx.tags.has('Preposition') && !/^(?:of|and)$/.test(nx.norm)) || /^(?:to|into|onto|from|with|for|in|on|at)$/.test(nx.norm);
        if (!object) continue;
        // a finite verb earlier in the sentence whose clause "and" continues, with no verb between it and "and"
        const prior = verbs.filter((v) => v.last < i - 1);
        const last = prior[prior.length - 1];
        if (!last || !tokens.slice(last.first, last.last + 1).some((x) => x.tags.has('PastTense') || x.tags.has('PresentTense') || x.tags.has('Copula')) || tokens.slice(last.first, last.last + 1).every((x) => x.tags.has('Gerund'))) continue;
        if (tokens.slice(last.last + 1, i - 1).some((x) => /[;:]/.test(x.post) || /^(?:that|which|who)$/.test(x.norm))) continue;
        const stem = stripS(t.norm);
        if (!(canBeVerb(stem) || canBeVerb(t.norm.slice(0, -1)) || aloneAVerb(stem))) continue;
        tokens[i] = { ...t, tags: new Set(['Verb', 'PresentTense']) };
        verbs.push({ start: t.start, end: t.end, text: t.text, lemma: verbLemma(t.norm), first: i, last: i, negated: false, passive: false });
        verbs.sort((x, y) => x.first - y.first);
      }
    },
  },
  {
    name: 'past-after-relative',
    about: '"The ferry that sank in May was raised": a past tense of compromise\'s lexicon (sank, fell, won) right after "that", "which" or "who" that it read as a noun is the relative clause\'s verb',
    apply: ({ tokens, verbs }) => {
      for (let i = 1; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (!/^(?:that|which|who)$/.test(tokens[i - 1]!.norm) || /\S/.test(tokens[i - 1]!.post) || t.tags.has('Verb') || !/^[a-z]+$/.test(t.text) || lexicon(t.norm) !== 'PastTense') continue;
        if (verbs.some((v) => i >= v.first && i <= v.last)) continue;
        tokens[i] = { ...t, tags: new Set(['Verb', 'PastTense']) };
        // "in" after it is a preposition again
        const nx = tokens[i + 1];
        if (nx && nx.tags.has('Noun') && /^(?:in|on|at|into|from|off)$/.test(nx.norm)) tokens[i + 1] = { ...nx, tags: new Set(['Preposition']) };
        verbs.push({ start: t.start, end: t.end, text: t.text, lemma: verbLemma(t.norm), first: i, last: i, negated: false, passive: false });
      }
    },
  },
  {
    name: 'auxiliary-form-lemma',
    about: '"had been put on alert", "All three had been students", "Ana had doubts": a group whose lemma came out as a form of be, have or do has that verb as its lemma, or the verb after it ("put")',
    apply: ({ tokens, verbs }) => {
      for (const v of verbs) {
        const base = AUX_FORMS.get(v.lemma);
        if (!base) continue;
        // a lemma already be, have or do: only the noun after "been" is looked at
        const settled = base === v.lemma;
        // the lexical verb after the auxiliaries: "had been put" → put (not "born": "was born" is be)
        let lexical: string | undefined;
        for (let k = v.last; k > v.first; k--) {
          const t = tokens[k]!;
          if (AUX_FORMS.has(t.norm)) break;
          if (t.tags.has('Particle') || t.tags.has('Adverb') || t.tags.has('Negative') || t.norm === 'born') continue;
          if (!settled && t.tags.has('Verb') && listedVerb(t.norm) && !/[^s]s$/.test(t.norm) && AUX_FORMS.has(tokens[k - 1]!.norm)) lexical = verbLemma(t.norm);
          // "had been volunteers", "had been photography students": a word no verb form can be after "been" is a noun, and leaves the group
          else if (k === v.last && AUX_FORMS.has(tokens[k - 1]!.norm) && (/[^s]s$/.test(t.norm) || !canBeVerb(t.norm))) {
            tokens[k] = { ...t, tags: new Set(/[^s]s$/.test(t.norm) ? ['Noun', 'Plural'] : ['Noun', 'Singular']) };
            const prev = tokens[k - 1]!;
            v.last = k - 1;
            v.end = prev.end;
            v.text = v.text.slice(0, prev.end - v.start);
          }
          break;
        }
        v.lemma = lexical ?? base;
      }
    },
  },
  {
    name: 'function-word-lemma',
    about: '"The store will close in May": compromise tagged "close" an adverb and "in" a particle, and the group\'s lemma came out as "in"; the lemma is the word of the group that can be a verb, and the preposition (with what follows) leaves the group',
    apply: ({ tokens, verbs }) => {
      for (const v of verbs) {
        if (!FUNCTION_LEMMA.test(v.lemma) || v.last === v.first) continue;
        let k = v.last;
        while (k > v.first && (FUNCTION_LEMMA.test(tokens[k]!.norm) || tokens[k]!.tags.has('Particle'))) k--;
        const t = tokens[k]!;
        if (k === v.first && (t.tags.has('Modal') || t.tags.has('Auxiliary'))) continue;
        if (!/^[a-z]+$/.test(t.text) || MODAL.test(t.norm) || AUX_FORMS.has(t.norm) || !canBeVerb(t.norm)) continue;
        const trailing = tokens[v.last]!;
        // "close in May": a preposition before a name, a date, a number or an article is not a particle
        const nx = tokens[v.last + 1];
        if (k < v.last && FUNCTION_LEMMA.test(trailing.norm) && nx && (nx.tags.has('ProperNoun') || nx.tags.has('Date') || nx.tags.has('Value') || nx.tags.has('Determiner'))) {
          for (let j = k + 1; j <= v.last; j++) tokens[j] = { ...tokens[j]!, tags: new Set(['Preposition']) };
          v.last = k;
          v.end = t.end;
          v.text = v.text.slice(0, t.end - v.start);
        }
        if (!t.tags.has('Verb')) tokens[k] = { ...t, tags: new Set(['Verb', 'Infinitive']) };
        v.lemma = verbLemma(t.norm);
      }
    },
  },
  ...VERB_REPAIRS_5,
  ...VERB_REPAIRS_6,
  ...SPEECH_REPAIRS_8,
  ...CONTRACTION_REPAIRS_7,
  ...VERB_GROUP_REPAIRS_7,
  ...VERB_REPAIRS_8,
  ...VERB_REPAIRS_11,
];

const aloneCache = new Map<string, boolean>();
/** compromise reads the word alone as a verb ("describe"; not "event", "department"). */
function aloneAVerb(w: string): boolean {
  let v = aloneCache.get(w);
  if (v === undefined) {
    const terms = (nlp(w).json() as { terms: { tags: string[] }[] }[])[0]?.terms ?? [];
    v = terms.length === 1 && terms[0]!.tags.includes('Verb');
    if (aloneCache.size > 10_000) aloneCache.clear();
    aloneCache.set(w, v);
  }
  return v;
}
/** Adjectives that are verbs too, which compromise's lexicon lists only as adjectives: "The sum equals", "Sales totalled". */
const ADJECTIVE_VERBS = /^(?:equal|total|average|top|near)$/;
/** Adverbs that stand between a subject and its verb. */
const SUBJECT_ADVERBS = /^(?:also|still|now|often|only|rarely|never|already|usually|typically|generally|frequently|regularly|largely|mainly|currently)$/;
/** Forms of be, have and do, and their lemma. */
const AUX_FORMS: ReadonlyMap<string, string> = new Map([
  ...['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am'].map((w) => [w, 'be'] as const),
  ...['has', 'have', 'had', 'having'].map((w) => [w, 'have'] as const),
  ...['does', 'did', 'doing', 'done'].map((w) => [w, 'do'] as const),
]);
/** Prepositions and particles that are never a verb's lemma. */
const FUNCTION_LEMMA = /^(?:in|on|at|to|of|for|into|onto|from|with|by|up|down|out|off|over|about|through|back|away)$/;
