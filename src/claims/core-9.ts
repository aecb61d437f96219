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
import { CUE_VERB_KINDS, firstClauseAfterToken, isTrailingAttribution, sourceOf } from './attribution.js';
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
  {
    name: 'that-clause-past-as-aside',
    description: 'a speech or cue verb whose that-clause comes after an aside of comparison (", as did the council itself, that ...", ", as have others, that ...") still takes that clause: it is the subject\'s',
    example: 'Several experts cautioned, as did the harbour board itself, that the plan might well change',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        if (!sp.who || sp.verb.passive || inQuote(sp.verb.start) || sp.who.first > sp.verb.first) continue;
        if (!(sp.speech || SAY_LIKE.has(sp.lemma) || CUE_VERB_KINDS.has(sp.lemma))) continue;
        const a = sp.verb.last + 1;
        if (!/^,\s*$/.test(toks[sp.verb.last]!.post) || toks[a]?.norm !== 'as') continue;
        let c = a + 1;
        while (c < toks.length - 2 && c - a <= 8 && !/[,;:()"“”]/.test(toks[c]!.post)) c++;
        if (!/^,\s*$/.test(toks[c]?.post ?? '') || toks[c + 1]?.norm !== 'that') continue;
        if (!/^(?:did|do|does|has|have|had|is|are|was|were)$/.test(toks[a + 1]?.norm ?? '')) continue;
        const src = sourceOf(sp, sp.lemma);
        if (!src) continue;
        const kind = sp.speech || SAY_LIKE.has(sp.lemma) ? undefined : CUE_VERB_KINDS.get(sp.lemma);
        const rest = drafts.filter((d) => d.verb.first > c + 1);
        const taken: DraftClaim[] = [];
        for (const d of rest) {
          if (d.source) continue;
          if (!(firstClauseAfterToken(s, c, d, rest) || (d.coordinatedWith !== null && taken.includes(d.coordinatedWith)))) continue;
          d.source = kind ? { ...src, kind } : { ...src };
          taken.push(d);
        }
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
  {
    name: 'complement-stops-at-second-saying',
    description: 'a speech verb\'s complement ends at a saying coordinated with an earlier speaker ("the country would declare its intention and suggested that ..." after "May said that"): that saying and its words are not the complement\'s',
    example: 'The mayor said that the board would declare its plan in March and suggested that the pier would close',
    apply: ({ s, sp, d, drafts }) => {
      if (d.verb.first <= sp.verb.last) return false;
      return drafts.some((o) => o !== sp && o.coordinatedWith !== null && o.coordinatedWith !== sp && o.who !== null && o.who === o.coordinatedWith.who && o.who !== sp.who &&
        o.verb.first > sp.verb.last && o.verb.first <= d.verb.first && o.who.first < sp.verb.first && (o.speech || SAY_LIKE.has(o.lemma) || CUE_VERB_KINDS.has(o.lemma)));
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
  {
    name: 'said-citing-self',
    description: 'a speech verb followed only by a time and ", citing X" ("..., the mayor said in June, citing the new pier") gives what is cited as the speaker\'s words: the clause carries its own source (cue "citing")',
    example: '"We are ready," the mayor said in June, citing the release of the fishermen and the new pier.',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        if (sp.source || !sp.who || sp.verb.passive || sp.negated || inQuote(sp.verb.start) || !(sp.speech || SAY_LIKE.has(sp.lemma))) continue;
        const from = Math.max(sp.verb.last, sp.who.first > sp.verb.last ? sp.who.last : -1) + 1;
        const i = toks.findIndex((x, j) => j >= from && j - from <= 5 && x.norm === 'citing');
        if (i < 0 || !/,\s*$/.test(toks[i - 1]!.post) || i + 2 >= toks.length) continue;
        // only a time between the verb (or inverted speaker) and the comma; nothing of a clause after "citing"
        if (toks.slice(from, i).some((x) => has(x, 'Verb') || /[;:()"“”]/.test(x.post))) continue;
        if (drafts.some((o) => o !== sp && o.verb.first > sp.verb.last)) continue;
        giveSelf(sp, 'speech', 'citing');
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

/** "told dockers that SUBJECT": a "that" right before the subject, at most four words after the verb, with no punctuation between. */
const thatAfter = (toks: Token[], o: DraftClaim, subject: number): boolean =>
  toks[subject - 1]?.norm === 'that' && subject - 1 - o.verb.last <= 5 && !toks.slice(o.verb.last, subject - 1).some((x) => /[,;:()"“”]/.test(x.post));

/** -ing forms of speech verbs, with their lemmas: "is telling", "was warning". */
const PROGRESSIVE_SPEECH: ReadonlyMap<string, string> = new Map(
  'telling:tell saying:say warning:warn arguing:argue insisting:insist claiming:claim explaining:explain announcing:announce reporting:report stressing:stress noting:note asserting:assert declaring:declare maintaining:maintain acknowledging:acknowledge admitting:admit denying:deny writing:write tweeting:tweet suggesting:suggest'
    .split(' ').map((x) => x.split(':') as [string, string]),
);

/** Repairs of a speech verb's subject before its words are attributed (run with TIME_SPEAKER_RULES). */
export const CORE_SPEAKER_RULES_9 = rules<{ s: AnnotatedSentenceX; d: DraftClaim; drafts: DraftClaim[] }, void>('attribution', [
  {
    name: 'progressive-speech-verb',
    description: 'a form of "be" read as the verb before a speech verb\'s -ing form ("is telling a veterans group that ...", "was warning voters that ...") is the progressive speech verb: the clause\'s verb is the speech verb',
    example: 'Mayor Tessa Marlow is telling dockers that the pier is unsafe',
    apply: ({ s, d }) => {
      const toks = s.tokens;
      const v = d.verb;
      const nx = toks[v.last + 1];
      if (d.lemma !== 'be' || !d.who || !nx || !/^(?:is|are|was|were|am|'s|’s)$/.test(toks[v.last]!.norm) || /[,;:()"“”]/.test(toks[v.last]!.post)) return;
      const lemma = PROGRESSIVE_SPEECH.get(nx.norm);
      if (!lemma || !/^\s+$/.test(nx.post)) return;
      if (!SAY_LIKE.has(lemma) && !CUE_VERB_KINDS.has(lemma)) return;
      const text = s.text.slice(v.start - s.start, nx.end - s.start);
      d.verb = { ...v, last: v.last + 1, end: nx.end, text, lemma };
      d.lemma = lemma;
      d.speech = SAY_LIKE.has(lemma);
      d.whatStart = Math.min(d.whatStart, v.start);
    },
  },
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
  {
    name: 'coordinated-speech-verb-takes-speaker',
    description: 'a speech verb coordinated after a reported clause ("X is telling veterans that the army is depleted and says he will expand it", "X said that A and suggested that B") is X\'s second saying, not the reported clause\'s subject\'s: its subject is X',
    example: 'Mayor Tessa Marlow is telling dockers that the pier is unsafe and says she will rebuild it',
    apply: ({ s, d, drafts }) => {
      const c = d.coordinatedWith;
      const toks = s.tokens;
      if (!c || !c.who || !d.who || d.verb.passive || !(d.speech || SAY_LIKE.has(d.lemma) || CUE_VERB_KINDS.has(d.lemma))) return;
      // the subject is inherited from the clause before: "and" right before the verb
      let k = d.verb.first - 1;
      while (k > 0 && has(toks[k], 'Adverb')) k--;
      if (!/^(?:and|but)$/.test(toks[k]?.norm ?? '') || d.who.first !== c.who.first || d.who.last !== c.who.last) return;
      // that clause is a speech verb's complement: "said (that) the country would ..."
      const sp = drafts.find((o) => o !== c && o !== d && o.who !== null && !o.verb.passive && (o.speech || SAY_LIKE.has(o.lemma)) && o.verb.last < c.who!.first && c.who!.first - o.verb.last <= 12 &&
        o.who.first < o.verb.first && (firstClauseAfterToken(s, o.verb.last, c, drafts) || thatAfter(toks, o, c.who!.first)));
      if (!sp || sp.coordinatedWith === c) return;
      // a reported clause that is itself a saying ("the ministry did not say where ... and said ...") keeps its speaker; one with a noun-phrase object ("would declare its intention") is no saying
      const after = toks[c.verb.last + 1];
      if ((c.speech || SAY_LIKE.has(c.lemma) || CUE_VERB_KINDS.has(c.lemma)) && !(has(after, 'Determiner') || has(after, 'Possessive'))) return;
      // only a saying with a clause of its own ("says he will ...", "suggested that ..."), not "pledged to remain civil"
      const nx = toks[d.verb.last + 1];
      if (!nx || !(nx.norm === 'that' || drafts.some((o) => o.who !== null && o.who.first === d.verb.last + 1))) return;
      d.who = sp.who;
      d.coordinatedWith = sp;
    },
  },
]);

export const CORE_RULES_9 = [...CORE_SPEAKER_RULES_9, ...CORE_SENTENCE_RULES_9, ...CORE_VETO_RULES_9, ...CORE_TRAILING_RULES_9, ...CORE_LATE_RULES_9] as readonly Rule<never, unknown>[];
