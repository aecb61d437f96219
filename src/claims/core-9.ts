/**
 * Issue 18 (ninth session): recall on speech and report cues. A participle of saying gives its
 * clause to the subject of the clause it hangs on, also when an adverb stands before it
 * (", even suggesting ..."), or when it opens the sentence ("Claiming ..., Ruiz told ...");
 * and a speech verb's complement stops where such a participle opens a new attribution.
 *
 *   'The mayor complained about the ferry, even suggesting it had been sabotaged.'
 *   → "it had been sabotaged": the mayor (suggest)
 *   'Claiming the pier was unsafe, Ana Ruiz closed it.' → "the pier was unsafe": Ana Ruiz (claim)
 */
import type { Token } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { DraftClaim } from './draft.js';
import { rules, type Rule, type RulesOff } from './rule.js';
import { has, opensQuote } from './words.js';
import { phrase } from './phrase.js';
import { SAY_LIKE, SUBORDINATORS } from '../annotate/lexicon.js';
import { firstClauseAfterToken, isTrailingAttribution, sourceOf } from './attribution.js';
import { giveSelf } from './stance-7.js';
import type { SpeechVetoCtx } from './speakers-7.js';

interface Core9Ctx {
  s: AnnotatedSentenceX;
  drafts: DraftClaim[];
  inQuote: (pos: number) => boolean;
  off: RulesOff;
}

/** Participles of saying (attribution.ts's list): the clause after them is what was said. */
const SAYING = /^(?:saying|claiming|arguing|adding|noting|insisting|warning|explaining|suggesting|stating|declaring|asserting|contending|charging|acknowledging|admitting|alleging|predicting|promising|vowing|pledging|announcing|complaining|stressing|maintaining|conceding|recalling|reporting|tweeting|writing)$/;

/** Adverbs that may stand between the comma and such a participle: ", even suggesting", ", again claiming". */
const BEFORE_PARTICIPLE = /^(?:even|also|again|later|repeatedly|then|further|once|often|falsely|wrongly|apparently|reportedly|publicly|privately|instead|still|only|at|first|simply|essentially|effectively|implicitly|explicitly|openly|angrily|flatly)$/;

/** The lemma a participle of saying gives as cue ("suggesting" → suggest, "writing" → write). */
const cueOf = (t: Token): string => (t.norm === 'writing' ? 'write' : t.norm.replace(/ing$/, ''));

/** Does the participle's subject stand in a main clause: not after a subordinator or relative word, subject before the verb? */
function mainClause(toks: Token[], d: DraftClaim, inQuote: (pos: number) => boolean): boolean {
  if (!d.who || inQuote(d.verb.start) || d.who.first > d.verb.first) return false;
  const b1 = toks[d.who.first - 1]?.norm ?? '';
  const b2 = toks[d.verb.first - 1]?.norm ?? '';
  return !SUBORDINATORS.has(b1) && !SUBORDINATORS.has(b2) && !/^(?:who|which|that)$/.test(b1) && !/^(?:who|which|that)$/.test(b2);
}

/** Give the clauses of the participle at token i (the first clause after it, or the quotation it opens) the source `src`. */
function giveParticiple(s: AnnotatedSentenceX, drafts: DraftClaim[], i: number, upTo: number, src: NonNullable<DraftClaim['source']>): void {
  const toks = s.tokens;
  const t = toks[i]!;
  const next = toks[i + 1];
  const quoted = next && /[,:]/.test(t.post) && opensQuote(next) ? s.quotes.find((q) => q.start <= next.start && q.end > next.start) : undefined;
  const rest = drafts.filter((d) => d.verb.first > i && d.verb.first < upTo);
  const taken: DraftClaim[] = [];
  for (const d of rest) {
    if (d.source) continue;
    const inIt = quoted ? d.verb.start >= quoted.innerStart && d.verb.start < quoted.innerEnd : firstClauseAfterToken(s, i, d, rest) || (d.coordinatedWith !== null && taken.includes(d.coordinatedWith));
    if (!inIt) continue;
    d.source = { ...src };
    taken.push(d);
  }
}

export const CORE_SENTENCE_RULES_9 = rules<Core9Ctx, void>('attribution', [
  {
    name: 'saying-participle-after-adverb',
    description: 'a participle of saying after a comma and an adverb (", even suggesting ...", ", again claiming that ...") gives the clause after it to the subject of the clause it follows, as ", saying ..." does',
    example: 'The mayor complained about the ferry on Monday, even suggesting it had been sabotaged',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (let i = 2; i < toks.length - 1; i++) {
        const t = toks[i]!;
        if (!SAYING.test(t.norm) || inQuote(t.start)) continue;
        const adv = toks[i - 1]!;
        if (!BEFORE_PARTICIPLE.test(adv.norm) || !/^,\s*$/.test(toks[i - 2]!.post) || /[,;:]/.test(adv.post)) continue;
        if (drafts.some((d) => d.verb.first <= i && d.verb.last >= i)) continue;
        const main = drafts.find((d) => d.verb.last < i - 1 && mainClause(toks, d, inQuote));
        const src = main ? sourceOf(main, cueOf(t)) : null;
        if (src) giveParticiple(s, drafts, i, toks.length, src);
      }
    },
  },
  {
    name: 'opening-saying-participle',
    description: 'a participle of saying that opens the sentence ("Claiming ..., X told ...", "After saying ..., she ...") gives the clause after it to the subject of the main clause after its comma',
    example: 'Claiming the pier was unsafe, Ana Ruiz ordered it closed',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      let i = 0;
      if (toks[0] && /^(?:after|before|by|while|in|since|when|despite)$/.test(toks[0].norm) && !/[,;:]/.test(toks[0].post)) i = 1;
      const t = toks[i];
      if (!t || !SAYING.test(t.norm) || !/^\p{Lu}/u.test(toks[0]!.text) || inQuote(t.start) || s.kind === 'headline') return;
      if (drafts.some((d) => d.verb.first <= i && d.verb.last >= i)) return;
      // the participle's phrase ends at the first comma that a main clause with its subject follows
      const main = drafts.find((d) => d.who !== null && d.who.first > i + 1 && mainClause(toks, d, inQuote) && /,\s*$/.test(toks[d.who.first - 1]!.post) && !has(toks[d.who.first], 'Conjunction'));
      if (!main || main.source) return;
      const src = sourceOf(main, cueOf(t));
      if (src) giveParticiple(s, drafts, i, main.who!.first, src);
    },
  },
  {
    name: 'quote-after-its-speaker',
    description: 'a quotation opened right after "X replied," ("X asked:", "X added,") is X\'s, whatever speaker comes earlier in the sentence',
    example: 'Ana Ruiz said the pier would close, and when pressed, the harbour master replied, "It is meant to be temporary."',
    apply: ({ s, drafts, inQuote }) => {
      for (const q of s.quotes) {
        const o = openingSpeaker(s, drafts, q);
        if (!o || inQuote(o.verb.start) || o.verb.first === 0) continue;
        // only when another speaker stands before it: a lone speaker is the quotation rules' case
        if (!drafts.some((x) => x !== o && x.speech && x.who !== null && x.verb.last < o.verb.first && !inQuote(x.verb.start))) continue;
        const src = sourceOf(o, o.lemma);
        if (!src) continue;
        for (const d of drafts) if (!d.source && d.verb.start >= q.innerStart && d.verb.start < q.innerEnd) d.source = { ...src };
      }
    },
  },
]);

/** Verbs that name a quotation's speaker ('she replied, "..."'). */
const QUOTE_VERB = /^(?:ask|reply|respond|answer|counter|add|continue|insist|explain|conclude|joke|quip|retort|shoot|fire)$/;

/** The speaker whose verb opens quotation q ('the mayor replied, "..."'): subject before the verb, a comma or colon, then the quotation. */
function openingSpeaker(s: AnnotatedSentenceX, drafts: DraftClaim[], q: AnnotatedSentenceX['quotes'][number]): DraftClaim | undefined {
  const toks = s.tokens;
  return drafts.find((o) => o.who !== null && !o.verb.passive && o.verb.end <= q.start && o.who.first < o.verb.first && (o.speech || QUOTE_VERB.test(o.lemma)) &&
    /[,:]\s*$/.test(toks[o.verb.last]!.post) && Math.abs((toks[o.verb.last + 1]?.start ?? -9) - q.start) <= 1);
}

/** Vetoes on a speech verb's clauses (run with SPEECH_VETO_RULES_7). */
export const CORE_VETO_RULES_9 = rules<SpeechVetoCtx, boolean>('attribution', [
  {
    name: 'complement-stops-at-saying-participle',
    description: 'a speech verb\'s complement ends where ", saying ..." (claiming, adding ...) opens a new attribution: the clauses after the participle are the participle\'s, not the speech verb\'s',
    example: 'Marlow was curt about a builder who said he was never paid, saying, "He did a poor job."',
    apply: ({ s, sp, d }) => {
      if (d.verb.first <= sp.verb.last) return false;
      const toks = s.tokens;
      for (let j = sp.verb.last + 2; j < d.verb.first; j++) {
        if (SAYING.test(toks[j]!.norm) && /,\s*$/.test(toks[j - 1]!.post)) return true;
      }
      return false;
    },
  },
  {
    name: 'complement-stops-at-next-speaker',
    description: 'a speech verb\'s complement ends where another speaker\'s verb opens a quotation (", and when pressed, the mayor replied, \u201c...\u201d"): the quotation is that speaker\'s',
    example: 'Ana Ruiz said the pier would close, and when pressed, the harbour master replied, "It is meant to be temporary."',
    apply: ({ s, sp, d, drafts }) => {
      if (d.verb.first <= sp.verb.last) return false;
      // the later speaker's own clause ("the harbour master replied") is not the earlier speaker's words either
      if (d.who && d.who.first > sp.verb.last && s.quotes.some((x) => x.start > sp.verb.end && openingSpeaker(s, drafts, x) === d)) return true;
      const q = s.quotes.find((x) => d.verb.start >= x.innerStart && d.verb.start < x.innerEnd);
      if (!q || q.start < sp.verb.end) return false;
      const o = openingSpeaker(s, drafts, q);
      return o !== undefined && o !== sp && o !== d && o.verb.first > sp.verb.last && o.who!.first > sp.verb.last;
    },
  },
]);

/** Verbs of saying whose words may follow with no clause the builder read ("said Trump favors a ...", "explained why he ..."). */
const SAYS_WORDS = /^(?:say|write|claim|explain|ask|insist|argue|warn|note|tweet|suggest|reply|respond|stress|assert|maintain|remark|allege|declare|acknowledge|admit|deny|reveal)$/;
/** Verbs of saying whose noun-phrase object is no words ("added a week", "told reporters", "announced the fall of"): only a quotation, a colon or "that" after them is what was said. */
const SAYS_IF_MARKED = /^(?:add|tell|announce|confirm|post|share|state|report|indicate)$/;
/** Words after a speech verb that tell when or how, not what: "said Friday", "said later", "said in a statement". */
const WHEN_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|last|this|next|later|earlier|then|again|also|too|so|once|recently|previously|often|repeatedly|in|on|at|during|after|before|a|an|the|statement|interview|email|e-mail|release|letter|conference|news|press|briefing|speech|told|reporters|him|her|them|us|me)$/;

/** Clauses that carry their own attribution: run after every other attribution rule of a sentence. */
export const CORE_LATE_RULES_9 = rules<Core9Ctx, void>('attribution', [
  {
    name: 'speech-words-no-clause',
    description: 'a speech verb whose words follow it with no clause of their own ("said, \"Not now.\"", "explained why he backs the plan", a complement the builder did not read as a clause) is the only claim of what was said: it carries its own source',
    example: 'Asked about the leak, Ana Ruiz said, "Not going to go into that."',
    apply: ({ s, drafts, inQuote, off }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        const marked = SAYS_IF_MARKED.test(L);
        if (!(SAYS_WORDS.test(L) || marked) || !(sp.speech || SAY_LIKE.has(L) || /^(?:ask|claim|reply|respond|suggest)$/.test(L))) continue;
        if (sp.source || !sp.who || sp.verb.passive || sp.negated || inQuote(sp.verb.start) || sp.who.first > sp.verb.first) continue;
        const w0 = toks[sp.who.first]!.norm;
        if (sp.who.first === sp.who.last && /^(?:it|this|that|there|which|who|whom|what)$/.test(w0)) continue;
        // a subject cut inside a noun phrase ("a genius for his recently revealed plan"), a free relative ("what critics say ..."), a passive the tagger left active ("was once asked how")
        const wl = toks[sp.who.last]!;
        if (has(wl, 'Determiner') || (has(wl, 'Possessive') && has(wl, 'Pronoun')) || toks[sp.who.first - 1]?.norm === 'what') continue;
        if (toks.slice(Math.max(0, sp.verb.first - 2), sp.verb.last + 1).some((x) => /^(?:was|were|is|are|been|being|be|get|got)$/.test(x.norm))) continue;
        // nothing of the sentence after it is a clause of its own, and none took its source from it
        if (drafts.some((o) => o !== sp && (o.verb.first > sp.verb.last || o.source?.from === sp))) continue;
        if (isTrailingAttribution(s, sp, off, drafts)) continue;
        // what follows the verb: a quotation, a colon, "that", or words beyond a time or an addressee
        let k = sp.verb.last + 1;
        while (k < toks.length && has(toks[k], 'Adverb') && !/[,;:"“”]/.test(toks[k - 1]!.post)) k++;
        const rest = toks.slice(k);
        const quote = /[,:]\s*$/.test(toks[k - 1]!.post) && rest.length > 0 && opensQuote(rest[0]!) || /:\s*$/.test(toks[k - 1]!.post) && rest.length > 1;
        const that = rest[0]?.norm === 'that' && rest.length > 3;
        if (marked && !quote && !that) continue;
        // "wrote in 2014 for ...", "responded to a letter by ...", "claims to be": a preposition or an infinitive, not words said
        // (unless a that-clause follows the phrase: "said at an event in Velmora that ...")
        const thatLater = rest.slice(1, 10).findIndex((x) => x.norm === 'that');
        const laterThat = thatLater >= 0 && rest.length - thatLater > 4 && !rest.slice(0, thatLater + 1).some((x) => /[,;:()"“”]/.test(x.post));
        if (!quote && !laterThat && rest[0] && (has(rest[0], 'Preposition') || rest[0].norm === 'to') && !/^(?:that|why|how|what|whether|when|where|who|if)$/.test(rest[0].norm)) continue;
        const words = rest.filter((x) => /\p{L}/u.test(x.text) && !WHEN_WORDS.test(x.norm) && !has(x, 'Date'));
        if (words.length < 2 || /[,;]\s*$/.test(toks[sp.verb.last]!.post) && !quote) continue;
        giveSelf(sp, 'speech', L);
      }
    },
  },
]);

/** Words before a closing attribution's subject that belong to it ('..., top lawmakers said', '..., senior officials said'). */
export const CORE_TRAILING_RULES_9 = rules<{ toks: Token[]; at: number }, boolean>('attribution', [
  {
    name: 'trailing-speaker-modifier',
    description: 'in a closing "..., top lawmakers said" the modifier the subject left out ("top", "senior", "other", "two") is part of the speaker: what precedes its comma is still a trailing attribution',
    example: 'The pier is an insult to the town, top Velmora councillors said Friday',
    apply: ({ toks, at }) => {
      const t = toks[at];
      const b = toks[at - 1];
      if (!t || !b || /[,;:()"“”]/.test(t.post) || !/^[a-z]+$/.test(t.text)) return false;
      if (!/^(?:top|senior|other|several|some|many|most|two|three|four|five|six|former|local|state|federal|leading|prominent|key|veteran|independent)$/.test(t.norm)) return false;
      return /[,;:—–]\s*$/.test(b.post) || /["”’]$/.test(b.text) || /["”’]/.test(b.post);
    },
  },
]);

/** Repairs of a speech verb's subject before its words are attributed (run with TIME_SPEAKER_RULES). */
export const CORE_SPEAKER_RULES_9 = rules<{ s: AnnotatedSentenceX; d: DraftClaim }, void>('attribution', [
  {
    name: 'speaker-run-in-sentence',
    description: 'a speech verb\'s subject that runs on from words before it with no punctuation between ("... its oversight of the regional centers The Harbour Board said") starts at the capitalised "The": a new sentence the text did not mark',
    example: 'The agency said it would increase its oversight of the regional centers The Harbour Board said it would act as well',
    apply: ({ s, d }) => {
      const toks = s.tokens;
      const who = d.who;
      if (!who || !(d.speech || SAY_LIKE.has(d.lemma)) || who.last !== d.verb.first - 1 || who.last - who.first < 3) return;
      // a capitalised article inside the phrase, after a lower-case word: a new sentence the text did not mark
      for (let j = who.first + 2; j < who.last; j++) {
        const x = toks[j]!;
        const b = toks[j - 1]!;
        if (/^(?:The|A|An)$/.test(x.text) && /^\p{Ll}/u.test(b.text) && !/[,;:()"“”'’]/.test(b.post)) {
          d.who = phrase(s, j, who.last);
          return;
        }
      }
    },
  },
]);

export const CORE_RULES_9 = [...CORE_SPEAKER_RULES_9, ...CORE_SENTENCE_RULES_9, ...CORE_VETO_RULES_9, ...CORE_TRAILING_RULES_9, ...CORE_LATE_RULES_9] as readonly Rule<never, unknown>[];
