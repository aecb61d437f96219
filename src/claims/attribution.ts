/**
 * Pass 6, attribution: according to whom each clause is. A speech verb's complement is its
 * subject's ("Police said the road was closed"), and so is what precedes a trailing ", X said";
 * a quotation is the nearest speaker's outside it; "according to X" and "citing X" name a
 * source; an embedded post is its author's; a headline may open with "Speaker: " or end with
 * " - Source".
 *
 *   '"The bridge is unsafe," the mayor said, according to local media.'
 *   → "is unsafe": the mayor (cue "say"); "said": local media (cue "according to")
 */
import type { SourceKind, Token } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { DraftClaim, DraftSource } from './draft.js';
import { anyRule, eachRule, firstRule, isOn, rules, type RulesOff } from './rule.js';
import { phrase } from './phrase.js';
import { PTB_SPEAKER_RULES_10 } from '../annotate/ptb-10.js';
import { closesQuote, COORD, has, opensQuote } from './words.js';
import { SAY_LIKE, SUBORDINATORS } from '../annotate/lexicon.js';
import { verbLemma } from '../annotate/lemma.js';
import { parentheticalSpeech } from './subjects.js';
import { SPEAKER_SENTENCE_RULES_6 } from './speakers-6.js';
import { CUE_RULES_6 } from './cue-rules-6.js';
import { STANCE_RULES_7 } from './stance-7.js';
import { STANCE_RULES_8 } from './stance-8.js';
import { CORE_LATE_RULES_9, CORE_SENTENCE_RULES_9, CORE_SPEAKER_RULES_9, CORE_TRAILING_RULES_9, CORE_VETO_RULES_9 } from './core-9.js';
import { OTHER_RULES_9 } from './other-9.js';
import { QUOTE_RULES_7, SPEECH_VETO_RULES_7, SPLIT_QUOTE_PARTICIPLE_7, participleTail } from './speakers-7.js';

/** Labels that open a headline without being anyone's words: "Analysis: why prices rose". */
const HEADLINE_LABELS = /^(?:analysis|profile|preview|(?:[\p{L} ]+ )?review|obituary|q&a|interview|explainer|factbox|fact check|live|watch|update|updated|opinion|the latest|correction|clarification|editor['’]s note|note|disclosure|related|read more|see also|advertisement|comment|editorial|exclusive|breaking|timeline|quiz|video|photos|in pictures|at a glance|viewpoint|reality check)$/iu;

/** A headline's speaker given by a bare name: one to three capitalised words, none a verb ("Wood", "Harbour Ferries"). */
const bareName = (toks: Token[]): boolean => toks.length > 0 && toks.length <= 3 && toks.every((x) => /^\p{Lu}/u.test(x.text) && !has(x, 'Verb'));

export function sourceOf(d: DraftClaim, cue: string): DraftSource | null {
  const who = d.who;
  if (!who) return null;
  return { text: who.text, cue, mention: who.mention, from: d };
}

/** Steps back over the words before a trailing attribution's subject. */
export const TRAILING_RULES = rules<{ toks: Token[]; at: number; sp?: DraftClaim; drafts?: DraftClaim[] }, boolean>('attribution', [
  {
    name: 'trailing-speaker-appositive',
    description: 'a closing "said X, a long appositive (who ...)" is still a trailing attribution: the words after the speaker describe the speaker',
    example: 'The pier will close, said Tom Hale, a lawyer for the city who worked on the plan',
    apply: ({ toks, at, sp }) => at === -1 && sp !== undefined && speakerAppositiveEnds(toks, sp),
  },
  {
    name: 'trailing-then-participle',
    description: 'a ", X said," followed by a participle phrase (", adding ...", ", gaining ...") still closes what precedes it: the clauses before are X\'s',
    example: 'The ferry will run all night, the port announced, adding two crews',
    apply: ({ toks, at, sp }) => {
      if (at !== -1 || !sp) return false;
      const j = speakerCommaEnd(toks, sp);
      const nx = toks[j + 1];
      return j >= 0 && nx !== undefined && /^[a-z]{3,}ing$/.test(nx.norm) && !/^(?:during|morning|evening|nothing|something|anything|everything|thing|king|spring|according)$/.test(nx.norm);
    },
  },
  {
    name: 'interrupting-attribution',
    description: 'a "CLAUSE, X said, MORE" speaker between commas after a clause: the clause before is X\'s (what follows goes on with X\'s words)',
    example: 'The pier was a landmark, Mr. Tarrow said, until it closed in 1999',
    apply: ({ toks, at, sp, drafts }) => {
      if (at !== -1 || !sp) return false;
      const j = speakerCommaEnd(toks, sp);
      const nx = toks[j + 1];
      if (j < 0 || nx === undefined || /^(?:that|who|whom|whose|which)$/.test(nx.norm) || opensQuote(nx) || (has(nx, 'Verb') && !has(nx, 'Noun'))) return false;
      // "X, who works for Y and, Mr. King said, has ...": an aside inside another clause, not after one
      const lead = Math.min(sp.verb.first, sp.who!.first);
      if (lead > 0 && COORD.has(toks[lead - 1]!.norm)) return false;
      // no other speaker before it: '"Winning?" she said, but ... Melanie said yes, ...'
      return !(drafts ?? []).some((o) => o !== sp && (o.speech || CUE_VERB_KINDS.has(o.lemma)) && o.verb.first < lead);
    },
  },
]);

/**
 * After a speaker's verb ("said", "said Friday", "told reporters", "said Ana Ruiz"): the token that
 * closes the attribution with a comma, at most four words on and none a verb; -1 when there is none.
 */
function speakerCommaEnd(toks: Token[], sp: DraftClaim): number {
  if (!sp.who) return -1;
  const from = Math.max(sp.verb.last, sp.who.first > sp.verb.last ? sp.who.last : -1);
  for (let j = from; j < toks.length - 1 && j <= from + 4; j++) {
    const t = toks[j]!;
    if (j > from && (has(t, 'Verb') && !has(t, 'Noun') || t.norm === 'that' || /^(?:who|which|whom|whose)$/.test(t.norm))) return -1;
    if (/[;:()"“”]/.test(t.post) || closesQuote(t)) return -1;
    if (/^,\s*$/.test(t.post)) return j;
  }
  return -1;
}

/**
 * A trailing attribution closes its sentence after a comma or a quote: '"...," the ministry
 * said.', '..., Reuters reported.', '..., officials said on Monday.' Anything after the verb
 * is an adjunct, never an object or a clause.
 */
export function isTrailingAttribution(s: AnnotatedSentenceX, sp: DraftClaim, off?: RulesOff, drafts?: DraftClaim[]): boolean {
  const toks = s.tokens;
  if (!sp.who) return false;
  let lead = sp.who.first < sp.verb.first ? sp.who.first : sp.verb.first;
  // a title the subject left out: "..., Mr. Ruiz said"
  while (off && sp.who.first < sp.verb.first && lead > 0 && (anyRule(TRAILING_RULES, { toks, at: lead - 1 }, off) || anyRule(CORE_TRAILING_RULES_9, { toks, at: lead - 1 }, off))) lead--;
  const beforeTok = toks[lead - 1];
  if (!beforeTok || !(/[,;:—–]/.test(beforeTok.post) || closesQuote(beforeTok))) return false;
  const rest = toks.slice(sp.verb.last + 1);
  if (rest.length <= 6 && !rest.some((t) => has(t, 'Verb') || t.norm === 'that')) return true;
  // "..., said Ana Ruiz, a planner at the port who worked on the pier.": the speaker's appositive, to its relative clause
  if (!off || !anyRule(TRAILING_RULES, { toks, at: -1, sp, drafts }, off)) return false;
  return true;
}

/** After an inverted "said X," the words to the sentence's end are X's appositive (up to a relative clause on it). */
function speakerAppositiveEnds(toks: Token[], sp: DraftClaim): boolean {
  if (!sp.who || sp.who.first <= sp.verb.last || !/^,\s*$/.test(toks[sp.who.last]!.post)) return false;
  const rest = toks.slice(sp.who.last + 1);
  const rel = rest.findIndex((t) => /^(?:who|whom|whose|which)$/.test(t.norm));
  const apposition = rel >= 0 ? rest.slice(0, rel) : rest;
  return apposition.length > 0 && apposition.length <= 14 && !apposition.some((t) => (has(t, 'Verb') && !has(t, 'Adjective') && !has(t, 'Noun')) || t.norm === 'that' || /[;:]/.test(t.post));
}

/** A speech verb `sp` and another clause `d` of the sentence. */
interface SpeechCtx {
  s: AnnotatedSentenceX;
  sp: DraftClaim;
  d: DraftClaim;
  trailing: boolean;
  off: RulesOff;
  drafts: DraftClaim[];
}

/**
 * Is d the first clause after cue verb sp, with only its subject between them ("believes his
 * efforts to slow warming will be", "found that in 2015, sales fell")? The words between may
 * not hold another clause's verb, a subordinator or a coordinator (those start a clause of their
 * own: "shows him before he was shot"), nor punctuation unless "that" opens them.
 */
function firstClauseAfter(s: AnnotatedSentenceX, sp: DraftClaim, d: DraftClaim, drafts: DraftClaim[]): boolean {
  return firstClauseAfterToken(s, sp.verb.last, d, drafts.filter((o) => o !== sp));
}

/** firstClauseAfter for a cue ending at token `cue` (a verb group's last word, or a participle "saying"). */
export function firstClauseAfterToken(s: AnnotatedSentenceX, cue: number, d: DraftClaim, drafts: DraftClaim[]): boolean {
  if (d.verb.first <= cue + 1 || d.verb.first - cue > 14) return false;
  if (drafts.some((o) => o !== d && o.verb.first > cue && o.verb.first < d.verb.first)) return false;
  const toks = s.tokens;
  let k = cue + 1;
  // an adverb or a date before "that": "said Friday that", "found last year that"
  while (k < d.verb.first && (has(toks[k], 'Adverb') || has(toks[k], 'Date')) && toks[k]!.norm !== 'that' && !/[,;:()]/.test(toks[k]!.post)) k++;
  const thatOpens = toks[k]?.norm === 'that';
  if (thatOpens) k++;
  if (/[,;:()"“”]/.test(toks[cue]!.post) && !thatOpens) return false;
  for (let j = k; j < d.verb.first; j++) {
    const t = toks[j]!;
    if (SUBORDINATORS.has(t.norm) || COORD.has(t.norm) || has(t, 'Pronoun') && /^(?:who|which|whom|whose)$/.test(t.norm)) return false;
    if (/[;:()]/.test(t.post) || (!thatOpens && /[,"“”]/.test(t.post))) return false;
  }
  return true;
}

/** Is clause d a relative clause ("which include ...", "who served ...")? */
function isRelative(s: AnnotatedSentenceX, d: DraftClaim): boolean {
  const toks = s.tokens;
  let k = d.verb.first - 1;
  while (k >= 0 && has(toks[k], 'Adverb')) k--;
  if (k >= 0 && /^(?:who|which|whom|whose|that)$/.test(toks[k]!.norm)) return true;
  return d.who !== null && /^(?:who|which|whom|whose)$/.test(toks[d.who.first]!.norm);
}

/**
 * After "VERB that" (perhaps with adverbs or a date between): is d the main clause of the that-clause,
 * the first clause after "that" that is not a relative clause or a participle's, however many
 * asides ("-- those with incomes over $750,000 --", ", which include Cleveland,") stand before it?
 */
export function thatClauseMain(s: AnnotatedSentenceX, sp: DraftClaim, d: DraftClaim, drafts: DraftClaim[]): boolean {
  const toks = s.tokens;
  let k = sp.verb.last + 1;
  while (k < toks.length && k - sp.verb.last <= 3 && (has(toks[k], 'Adverb') || has(toks[k], 'Date')) && toks[k]!.norm !== 'that') k++;
  if (toks[k]?.norm !== 'that' || /[,;:()"“”]/.test(toks[sp.verb.last]!.post)) return false;
  if (d.verb.first <= k || d.verb.first - k > 40 || isRelative(s, d) || !d.who || d.who.first <= k) return false;
  // no clause of its own before it (bar relative clauses), and no sentence punctuation
  if (drafts.some((o) => o !== d && o !== sp && o.verb.first > k && o.verb.first < d.verb.first && !isRelative(s, o) && o.who !== null && o.who.first > k)) return false;
  for (let j = k; j < d.who.first; j++) if (/[;:]/.test(toks[j]!.post) || (j > k && SUBORDINATORS.has(toks[j]!.norm) && !/^(?:which|who|whom|whose|that)$/.test(toks[j]!.norm))) return false;
  return true;
}

export const BACKGROUND_RULE = rules<SpeechCtx, boolean>('attribution', [
  {
    name: 'opening-subordinate-background',
    description: 'an opening subordinate clause before a trailing attribution is background, not the speaker\'s words',
    example: 'After rebels took the city, he fled, state media reported',
    apply: ({ s, d }) => {
      const toks = s.tokens;
      if (!/^(?:after|before|as|when|while|since|because|although|though|once)$/.test(toks[0]?.norm ?? '')) return false;
      const firstComma = toks.findIndex((t) => /,/.test(t.post));
      return firstComma >= 0 && d.verb.last <= firstComma;
    },
  },
]);

/** Vetoes: clause d is about the speaker of sp, not what the speaker said. */
export const SPEAKER_SELF_RULES = rules<SpeechCtx, boolean>('attribution', [
  {
    name: 'speaker-own-clause',
    description: 'a clause whose subject is the speaker or the speaker\'s appositive ("said Ana Ruiz, who heads the board"; "said Ana Ruiz, a planner who worked on the pier") describes the speaker: it is not the speaker\'s words',
    example: '"It has to close," said Ana Ruiz, who heads the harbour board',
    apply: ({ s, sp, d }) => {
      if (!d.who || !sp.who || d.verb.first < sp.who.first) return false;
      if (d.who.first <= sp.who.last && d.who.last >= sp.who.first) return true;
      // the appositive right after the speaker: "said X, a lawyer at Y, who represents"
      if (d.who.first <= sp.who.last) return false;
      const between = s.tokens.slice(sp.who.last, d.who.first);
      return between.length === 1 && /^,\s*$/.test(between[0]!.post) && (sp.who.first > sp.verb.last || d.verb.first < sp.verb.first);
    },
  },
  {
    name: 'passive-speech-no-source',
    description: 'the subject of a passive speech verb is what was told or revealed, not who told it',
    example: 'When the suspects were revealed as members of the crew, the police called them thieves',
    apply: ({ sp }) => sp.verb.passive,
  },
  {
    name: 'added-object-not-speech',
    description: '"add" with a noun phrase for object ("had added the extra week") adds a thing, not words: only a clause right after it (or after "that") is said',
    example: 'The board had added the extra week because the days overlapped with the holiday',
    apply: ({ s, sp, d, drafts }) => {
      if (sp.lemma !== 'add' || d.verb.first < sp.verb.last) return false;
      const nx = s.tokens[sp.verb.last + 1];
      if (!nx || /[,:;"“”]/.test(s.tokens[sp.verb.last]!.post) || !(has(nx, 'Determiner') || has(nx, 'Value') || (has(nx, 'Possessive') && has(nx, 'Pronoun')))) return false;
      return !firstClauseAfter(s, sp, d, drafts);
    },
  },
]);

/** Does clause d report what speech verb sp's subject said? */
export const SPEECH_SOURCE_RULES = rules<SpeechCtx, boolean>('attribution', [
  {
    name: 'speech-complement',
    description: 'a clause in a speech verb\'s complement is the speech verb\'s subject\'s',
    example: 'Police said the road was closed',
    apply: ({ sp, d }) => d.verb.start > sp.verb.end && d.verb.start < (sp.whatEnd > sp.verb.end ? sp.whatEnd + 1 : sp.verb.end),
  },
  {
    name: 'speech-first-clause',
    description: 'the first clause after a speech verb, with nothing but its subject (and perhaps "that") between, is the speech verb\'s subject\'s, however long that subject',
    example: 'He said the harbour\'s plans to widen the channel would fail',
    apply: ({ s, sp, d, drafts, trailing }) => !trailing && firstClauseAfter(s, sp, d, drafts),
  },
  {
    name: 'parenthetical-attribution',
    description: 'the clause a speech verb interrupts between commas ("X, the mayor said, is ...") is the speaker\'s',
    example: 'The bridge, the mayor said, is unsafe',
    apply: ({ s, sp, d, off }) => {
      if (!d.who || d.who.first !== 0 || d.verb.first <= sp.verb.last) return false;
      const p = parentheticalSpeech(s, sp.verb, off);
      return p !== null && d.who.last <= p.subjectLast;
    },
  },
  {
    name: 'trailing-attribution',
    description: 'the clauses before a closing ", X said" are X\'s',
    example: '"The bridge is unsafe," the mayor said',
    apply: (c) => c.d.verb.end < c.sp.verb.start && c.trailing && !anyRule(BACKGROUND_RULE, c, c.off),
  },
]);

/**
 * Verbs of belief, intention and evidence that attribute the clause they take ("Analysts believe
 * prices will fall", "A poll shows that voters want ...", "Officials fear the dam could fail"),
 * with the kind of attribution each gives. Speech verbs (SAY_LIKE) give `speech`.
 */
export const CUE_VERB_KINDS: ReadonlyMap<string, SourceKind> = new Map([
  ...'believe think feel expect hope fear worry suspect doubt know assume predict estimate conclude agree understand'.split(' ').map((w) => [w, 'belief'] as const),
  ...'want plan intend promise pledge vow urge demand propose'.split(' ').map((w) => [w, 'intention'] as const),
  ...'show find suggest indicate prove demonstrate document'.split(' ').map((w) => [w, 'evidence'] as const),
  // verbs of saying that are not speech verbs of the clause builder (SAY_LIKE): they attribute their clause alone
  ...'claim charge contend caution concede complain recall reply respond testify boast emphasize emphasise point rule joke quip disclose'.split(' ').map((w) => [w, 'speech'] as const),
  ...'learn discover determine realize realise recognize recognise forecast'.split(' ').map((w) => [w, 'belief'] as const),
  ...'decide recommend'.split(' ').map((w) => [w, 'intention'] as const),
]);

/** A belief, intention or evidence verb `sp` and a later clause `d` of its sentence. */
interface CueVerbCtx {
  s: AnnotatedSentenceX;
  sp: DraftClaim;
  d: DraftClaim;
  trailing: boolean;
  drafts: DraftClaim[];
}

/** Does clause d give what cue verb sp's subject believes, intends or shows? */
export const CUE_VERB_SOURCE_RULES = rules<CueVerbCtx, boolean>('attribution', [
  {
    name: 'cue-verb-complement',
    description: 'the clause right after a belief, intention or evidence verb (with or without "that") is its subject\'s belief, intention or evidence',
    example: 'A poll shows that voters want the pier rebuilt',
    apply: ({ s, sp, d }) => {
      if (d.verb.first <= sp.verb.last) return false;
      const start = d.who && d.who.first > sp.verb.last ? d.who.first : d.verb.first;
      const between = s.tokens.slice(sp.verb.last + 1, start);
      if (between.some((t) => /[,;:()"“”]/.test(t.post))) return false;
      return between.length === 0 || (between.length <= 3 && between[between.length - 1]!.norm === 'that' && between.slice(0, -1).every((t) => has(t, 'Adverb') || has(t, 'Date')));
    },
  },
  {
    name: 'cue-verb-first-clause',
    description: 'the first clause after a belief, intention or evidence verb, with nothing but its subject (and perhaps "that") between, is its subject\'s, however long that subject',
    example: 'Analysts believe the harbour\'s plans to widen the channel will fail',
    apply: ({ s, sp, d, drafts, trailing }) => !trailing && firstClauseAfter(s, sp, d, drafts),
  },
  {
    name: 'cue-verb-that-clause-past-aside',
    description: 'after "shows that" (found, estimates, predicted that), the first clause that is not a relative clause is the finding, past asides and relative clauses in its subject',
    example: 'A poll shows that riders living in towns that lost their ferry want it back',
    apply: ({ s, sp, d, drafts, trailing }) => !trailing && thatClauseMain(s, sp, d, drafts),
  },
  {
    name: 'cue-verb-trailing',
    description: 'the clauses before a closing ", X believes" (or expects, fears, found) are X\'s',
    example: 'Prices will fall next year, analysts believe',
    apply: ({ sp, d, trailing }) => trailing && d.verb.end < sp.verb.start,
  },
]);

/** An attribution cue at token i: where its source starts, and whether it covers only what follows it. */
interface CueCtx {
  toks: Token[];
  i: number;
}
interface Cue {
  cue: string;
  from: number;
  onlyAfter: boolean;
}
export const CUE_RULES = rules<CueCtx, Cue | undefined>('attribution', [
  {
    name: 'according-to',
    description: '"according to X" makes X the source of the sentence\'s clauses',
    example: 'The plant will close, according to union officials',
    apply: ({ toks, i }) => (toks[i]!.norm === 'according' && toks[i + 1]?.norm === 'to' ? { cue: 'according to', from: i + 2, onlyAfter: false } : undefined),
  },
  {
    name: 'citing',
    description: '"citing X" makes X the source of the clauses after it',
    example: 'The agency reported the arrests, citing police sources',
    apply: ({ toks, i }) => (toks[i]!.norm === 'citing' ? { cue: 'citing', from: i + 1, onlyAfter: true } : undefined),
  },
]);

interface SentenceCtx {
  s: AnnotatedSentenceX;
  drafts: DraftClaim[];
  inQuote: (pos: number) => boolean;
  off: RulesOff;
}

/** Participles of saying that attach the clause after them to the clause they follow: ", saying (that) ...". */
const SAYING = /^(?:saying|claiming|arguing|adding|noting|insisting|warning|explaining|suggesting|stating|declaring|asserting|telling|writing|contending|charging|acknowledging|admitting|alleging|predicting|promising|vowing|pledging|announcing|complaining|stressing|maintaining|conceding|recalling|reporting|tweeting)$/;
/** Words before such a participle that attach it to the clause before: "by saying", "for claiming". */
const SAYING_AFTER = /^(?:by|for|while|from|when|in)$/;

/** Verbs that, after a quotation, name its speaker though they take no clause of their own ('"Why?" she asked.'). */
const QUOTE_VERBS = /^(?:ask|wonder|exclaim|shout|yell|scream|reply|respond|continue|recall|add|joke|quip|demand|plead|conclude|muse|answer|counter|observe|caution|complain|concede|boast|insist)$/;

/** The attribution steps after speech verbs, in order; each leaves a clause that has a source alone. */
export const ATTRIBUTION_RULES = rules<SentenceCtx, void>('attribution', [
  {
    name: 'saying-participle',
    description: 'the clause after a participle of saying (", saying (that) ...", "by claiming that ...") is the subject\'s of the clause the participle follows',
    example: 'The board rejected the plan, saying the pier was unsafe',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (let i = 1; i < toks.length - 1; i++) {
        const t = toks[i]!;
        if (!SAYING.test(t.norm) || inQuote(t.start)) continue;
        const before = toks[i - 1]!;
        if (!(/,/.test(before.post) || SAYING_AFTER.test(before.norm))) continue;
        if (drafts.some((d) => d.verb.first <= i && d.verb.last >= i)) continue;
        // the clause the participle follows: the first main clause before it (not after a subordinator or relative pronoun)
        const main = drafts.find((d) => d.who && d.verb.last < i && !inQuote(d.verb.start) && !(SUBORDINATORS.has(toks[d.who.first - 1]?.norm ?? '') || SUBORDINATORS.has(toks[d.verb.first - 1]?.norm ?? '')) && !(d.who.first > 0 && d.who.first > d.verb.first));
        const src = main ? sourceOf(main, t.norm.replace(/ing$/, '')) : null;
        if (!src) continue;
        // ", saying, “...”": the quotation's clauses; else the first clause after it (after "telling them that")
        let cue = i;
        if (/^(?:telling)$/.test(t.norm)) {
          const that = toks.findIndex((x, j) => j > i && j <= i + 4 && x.norm === 'that');
          if (that > 0) cue = that - 1;
        }
        const next = toks[i + 1]!;
        const quoted = /[,:]/.test(t.post) && opensQuote(next) ? s.quotes.find((q) => q.start <= next.start && q.end > next.start) : undefined;
        const rest = drafts.filter((d) => d.verb.first > i);
        const taken: DraftClaim[] = [];
        for (const d of rest) {
          if (d.source) continue;
          const inIt = quoted ? d.verb.start >= quoted.innerStart && d.verb.start < quoted.innerEnd : firstClauseAfterToken(s, cue, d, rest) || (d.coordinatedWith !== null && taken.includes(d.coordinatedWith));
          if (!inIt) continue;
          d.source = { ...src };
          taken.push(d);
        }
      }
    },
  },
  {
    name: 'quote-speaker',
    description: 'a clause inside a quotation is the nearest speaker\'s outside it',
    example: 'The mayor said: "The bridge is unsafe."',
    apply: ({ drafts, inQuote, off }) => {
      const speakers = drafts.filter((d) => !inQuote(d.verb.start) && d.who && (d.speech || /^(share|write|post|chant|caption|tweet)$/.test(d.lemma)) && !(d.verb.passive && isOn({ name: 'passive-speech-no-source' }, off)));
      for (const d of drafts) {
        if (d.source || !inQuote(d.verb.start)) continue;
        const sp = speakers.sort((a, b) => Math.abs(a.verb.start - d.verb.start) - Math.abs(b.verb.start - d.verb.start))[0];
        if (sp) d.source = sourceOf(sp, 'quote');
      }
    },
  },
  {
    name: 'quote-speaker-other-verbs',
    description: 'a quotation with no speech verb of its own is the nearest speaker outside it whose verb names a way of speaking ("asked", "replied", "joked", "continued")',
    example: '"Will the pier reopen?" Marlow asked at the meeting',
    apply: ({ drafts, inQuote }) => {
      const speakers = drafts.filter((d) => !inQuote(d.verb.start) && d.who && !d.verb.passive && (QUOTE_VERBS.test(d.lemma) || CUE_VERB_KINDS.get(d.lemma) === 'speech'));
      for (const d of drafts) {
        if (d.source || !inQuote(d.verb.start)) continue;
        const sp = [...speakers].sort((a, b) => Math.abs(a.verb.start - d.verb.start) - Math.abs(b.verb.start - d.verb.start))[0];
        if (sp) d.source = sourceOf(sp, sp.lemma);
      }
    },
  },
  {
    name: 'gerund-speaker',
    description: 'a quotation with no speech verb is the last clause\'s subject\'s before it',
    example: 'Residents celebrated in the streets, chanting, "We are free"',
    apply: ({ drafts, inQuote }) => {
      for (const d of drafts) {
        if (d.source || !inQuote(d.verb.start)) continue;
        const outside = drafts.filter((o) => o !== d && !inQuote(o.verb.start) && o.who && o.verb.start < d.verb.start);
        const o = outside[outside.length - 1];
        if (o) d.source = sourceOf(o, 'quote');
      }
    },
  },
  {
    name: 'source-cues',
    description: '"according to X", "citing X": the cue rules below name the source',
    example: 'The plant will close, according to union officials',
    apply: ({ s, drafts, off }) => {
      const toks = s.tokens;
      for (let i = 0; i < toks.length; i++) {
        const cue = firstRule(CUE_RULES, { toks, i }, off);
        if (!cue) continue;
        const from = cue.from;
        let to = from;
        while (to < toks.length - 1 && !/[,;.]/.test(toks[to]!.post) && !has(toks[to + 1], 'Verb')) to++;
        if (from >= toks.length) continue;
        const p = phrase(s, from, Math.min(to, toks.length - 1));
        for (const d of drafts) {
          if (d.source) continue;
          if (cue.onlyAfter && d.verb.start < toks[i]!.start) continue;
          if (d.who && d.who.start >= p.start && d.who.start < p.end) continue;
          d.source = { text: p.text, cue: cue.cue, mention: p.mention };
        }
      }
    },
  },
  {
    name: 'post-author',
    description: 'an embedded post\'s claims are its author\'s',
    example: '(an embedded social-media post signed "— Ana Ruiz (@aruiz)")',
    apply: ({ s, drafts }) => {
      if (s.kind === 'post' && s.postAuthor) {
        for (const d of drafts) if (!d.source) d.source = { text: s.postAuthor, cue: 'post', mention: null };
      }
    },
  },
  {
    name: 'headline-speaker-prefix',
    description: 'a headline opening with "Speaker: " or "Speaker - ": the speaker is the source, not part of the subject',
    example: 'Lopes: talks will resume; Coach Ruiz - we can win the cup',
    apply: ({ s, drafts, off }) => {
      // a headline, or the article's first line read as text (a title that ends with a period)
      if (s.kind !== 'headline' && !(s.index === 0 && s.kind === 'text')) return;
      // the speaker may hold hyphens ("Jean-Luc Moreau: ..."), not a colon or a spaced dash
      const m0 = /^((?:[^:\s]|\s(?![-–—]\s)){2,60}?)(?:\s*:|\s[-–—])\s+\S/.exec(s.text);
      const m = m0 && anyRule(PTB_SPEAKER_RULES_10, { text: s.text, separator: m0[0].slice(m0[1]!.length).trimEnd().slice(0, -1).trimEnd() }, off) ? null : m0;
      const sepEnd = m ? s.start + m[0].length - 1 : -1;
      const prefixEnd = m ? s.start + m[1]!.length : -1;
      const speaker = m ? (s.mentions.find((x) => x.start < prefixEnd && x.end >= prefixEnd - 1 && x.type !== 'place') ?? null) : null;
      const inPrefix = m ? s.tokens.filter((x) => x.end <= prefixEnd) : [];
      // or a bare surname: "Wood - Ireland can win"
      // on a first line read as text, where every word may be capitalised, a short name only
      const short = s.kind === 'headline' || (inPrefix.length <= (speaker ? 3 : 2) && !inPrefix.some((x, i) => (has(x, 'Preposition') && x.norm !== 'of') || (i > 0 && /^(?:over|under|in|on|at|to|for|with|from|by|about|after|before|and|or|but|the|a|an|vs)$/.test(x.norm))));
      const nameLike = short && (speaker !== null || (bareName(inPrefix) && !s.mentions.some((x) => x.start < prefixEnd && x.type === 'place')));
      if (m && nameLike && !HEADLINE_LABELS.test(m[1]!.trim()) && !drafts.some((d) => d.verb.start < sepEnd)) {
        const sepTok = s.tokens.findIndex((x) => x.start >= sepEnd);
        for (const d of drafts) {
          if (d.who && d.who.first < sepTok && d.who.last >= sepTok) d.who = phrase(s, sepTok, d.who.last);
          else if (d.who && d.who.last < sepTok && sepTok < d.verb.first) d.who = phrase(s, sepTok, d.verb.first - 1);
          if (!d.source) d.source = { text: s.text.slice(0, m[1]!.length).trim(), cue: 'headline', mention: speaker };
        }
      }
    },
  },
  {
    name: 'headline-evidence-prefix',
    description: 'a headline (or first line) opening with "Poll: ", "Survey: " or "Study: " gives what follows as that evidence\'s finding (kind evidence)',
    example: 'Poll: Ferry Riders Want the Night Service Back',
    apply: ({ s, drafts }) => {
      if (s.kind !== 'headline' && !(s.index === 0 && s.kind === 'text')) return;
      const m = /^((?:new |latest )?(?:poll|survey|study|report|audit|census)):\s+\S/iu.exec(s.text);
      if (!m) return;
      const sepEnd = s.start + m[1]!.length + 1;
      const sepTok = s.tokens.findIndex((x) => x.start >= sepEnd);
      for (const d of drafts) {
        if (d.source || d.verb.start < sepEnd) continue;
        if (d.who && d.who.first < sepTok && d.who.last >= sepTok) d.who = phrase(s, sepTok, d.who.last);
        d.source = { text: m[1]!, cue: 'headline', mention: null, kind: 'evidence' };
      }
    },
  },
  {
    name: 'transcript-speaker',
    description: 'a paragraph of a transcript opens with its speaker\'s name in capitals and a colon: the clauses are that speaker\'s',
    example: 'MARLOW: Well, look, the pier is unsafe.',
    apply: ({ s, drafts }) => {
      const sp = transcriptSpeaker(s);
      if (!sp) return;
      for (const d of drafts) {
        if (d.verb.start < sp.end) continue;
        if (d.who && d.who.start < sp.end) d.who = null;
        if (!d.source) d.source = { text: sp.text, cue: 'transcript', mention: s.mentions.find((m) => m.start >= sp.start && m.end <= sp.end) ?? null };
      }
    },
  },
  {
    name: 'headline-source-suffix',
    description: 'a headline or caption ending in ": Source" or " - Source" names its source; the predicate ends before it',
    example: 'Fear will help the team - coach',
    apply: ({ s, drafts }) => {
      if (s.kind !== 'headline' && s.kind !== 'caption') return;
      const m = /(?::|\s[-–—]\s)\s*((?:[^:\s]|\s(?![-–—]\s)){2,80})$/.exec(s.text);
      const suffix = m ? s.tokens.filter((x) => x.start >= s.start + m.index + m[0].length - m[1]!.length) : [];
      const speakerLike = m && !/\?\s*$/.test(m[1]!) && m[1]!.trim().split(/\s+/).length <= 6 &&
        (s.mentions.some((x) => x.start >= s.start + m.index) || /\b(?:ministry|police|officials?|minister|spokes(?:man|woman|person)|sources?|media|government|report|agency|army|military|president|court|company)\b/i.test(m[1]!) ||
          bareName(suffix));
      if (m && speakerLike && !drafts.some((d) => d.verb.start >= s.start + m.index)) {
        const text = m[1]!.replace(/[.!?\s]+$/, '');
        const at = s.start + m.index + m[0].length - m[1]!.length;
        const mention = s.mentions.find((x) => x.start >= at) ?? null;
        // the predicate ends before the separator: "Fear will help France - Laporte"
        const sep = s.start + m.index;
        for (const d of drafts) {
          if (!d.source) d.source = { text, cue: 'headline', mention };
          if (d.whatEnd > sep) {
            const whatText = s.text.slice(d.whatStart - s.start, sep - s.start).replace(/\s+$/, '');
            d.whatEnd = d.whatStart + whatText.length;
            d.coreEnd = Math.min(d.coreEnd, d.whatEnd);
          }
        }
      }
    },
  },
]);

/** "PENCE: Well, ..." (perhaps after an opening quote mark): a transcript's speaker, one to three words in capitals. */
export function transcriptSpeaker(s: AnnotatedSentenceX): { text: string; start: number; end: number } | null {
  if (s.kind !== 'text' && s.kind !== 'caption') return null;
  const m = /^(["“'‘]?)((?:\p{Lu}\.\s?)?\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){0,2}):\s+\S/u.exec(s.text);
  if (!m || m[2]!.replace(/[^\p{Lu}]/gu, '').length < 2 || HEADLINE_LABELS.test(m[2]!)) return null;
  const start = s.start + m[1]!.length;
  return { text: m[2]!, start, end: start + m[2]!.length };
}

/** A speech or cue verb's third-person or past form ("says", "said", "ruled", "agree"): its lemma, else null. */
function speechForm(t: Token): string | null {
  if (!/^[a-z]+$/.test(t.norm) || !/(?:s|ed|id|ld|ote|ew|ought|ound)$/.test(t.norm) && !/^(?:agree|say|believe|argue|warn|insist|show|find|suggest|rule|contend)$/.test(t.norm)) return null;
  const l = verbLemma(t.norm);
  return SAY_LIKE.has(l) || CUE_VERB_KINDS.has(l) || l === 'rule' ? l : null;
}

/** Repairs of a speaker's clause before its words are attributed. */
export const SPEAKER_REPAIR_RULES = rules<{ s: AnnotatedSentenceX; d: DraftClaim }, void>('attribution', [
  {
    name: 'noun-read-as-speech-verb',
    description: 'a verb group "NOUN says" read as one verb ("The Clinton campaign says", "The appeals court ruled", "one slide says"): the noun ends the subject and the speech verb is the clause\'s verb',
    example: 'The Harlan campaign says the ad will air on Sunday',
    apply: ({ s, d }) => {
      const toks = s.tokens;
      const v = d.verb;
      if (!d.who || v.last !== v.first + 1 || d.who.last !== v.first - 1 || d.verb.passive) return;
      const head = toks[v.first]!;
      const last = toks[v.last]!;
      if (!/^[a-z][a-z-]+$/.test(head.norm) || /(?:ly|ing|ed)$/.test(head.norm) || has(head, 'Auxiliary') || has(head, 'Modal') || has(head, 'Adverb') || has(head, 'Copula') || has(head, 'Negative') || has(head, 'Pronoun') || !/^\s+$/.test(head.post)) return;
      if (SAY_LIKE.has(verbLemma(head.norm)) || CUE_VERB_KINDS.has(verbLemma(head.norm))) return;
      // "In a Facebook message posted Friday": a noun phrase in a prepositional phrase, with a participle
      if (d.who.first > 0 && has(toks[d.who.first - 1], 'Preposition')) return;
      const lemma = speechForm(last);
      if (!lemma) return;
      d.who = phrase(s, d.who.first, v.first);
      d.verb = { ...v, first: v.last, start: last.start, text: last.text, lemma };
      d.lemma = lemma;
      d.whatStart = last.start;
      d.speech = SAY_LIKE.has(lemma);
    },
  },
]);

/** Does the phrase hold only time words ("this week", "later", "in 2010", "long")? */
function onlyTime(s: AnnotatedSentenceX, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = s.tokens[k]!;
    const inTime = s.times.some((x) => t.start >= x.start && t.end <= x.end);
    if (!(inTime || has(t, 'Date') || /^(?:later|earlier|long|then|now|in|on|last|this|next|also|just|once|since)$/.test(t.norm))) return false;
  }
  return true;
}

/** Repairs of a speaker read as a time word, before its words are attributed. */
export const TIME_SPEAKER_RULES = rules<{ s: AnnotatedSentenceX; d: DraftClaim }, void>('attribution', [
  {
    name: 'speaker-after-time-comma',
    description: 'in "..., this week, said Ana Ruiz" (or "..., the gains, said Ana Ruiz") the speaker is the name after "said", not the words before its comma',
    example: 'The ferry could run again this week, said Ana Ruiz, a planner at the port',
    apply: ({ s, d }) => {
      const toks = s.tokens;
      const v = d.verb;
      if (!d.who || !(d.speech || CUE_VERB_KINDS.get(d.lemma) === 'speech') || d.who.last !== v.first - 1 || !/^,\s*$/.test(toks[d.who.last]!.post) || v.last !== v.first) return;
      const nx = toks[v.last + 1];
      if (!nx || !/^\p{Lu}/u.test(nx.text) || has(nx, 'Pronoun') && !/^(?:I)$/.test(nx.text) || onlyTime(s, v.last + 1, v.last + 1)) return;
      let end = v.last + 1;
      while (end + 1 < toks.length && end - v.last < 6 && !/[,;:.!?]/.test(toks[end]!.post) && !has(toks[end + 1], 'Verb')) end++;
      if (/[,;:.!?]\s*$/.test(toks[end]!.post) || end === toks.length - 1) d.who = phrase(s, v.last + 1, end);
    },
  },
  {
    name: 'speaker-before-time-word',
    description: 'a speaker read as the time word before its verb ("Wells Fargo just this month announced", "her campaign later disclosed") is the noun phrase before that time word',
    example: 'The Harlan campaign later disclosed that the mayor had the flu',
    apply: ({ s, d }) => {
      const toks = s.tokens;
      if (!d.who || !(d.speech || CUE_VERB_KINDS.has(d.lemma)) || d.who.last !== d.verb.first - 1 || !onlyTime(s, d.who.first, d.who.last)) return;
      let k = d.who.first - 1;
      while (k >= 0 && (has(toks[k], 'Adverb') || onlyTime(s, k, k)) && !/[,;:]/.test(toks[k]!.post)) k--;
      if (k < 0 || /[,;:()"“”]/.test(toks[k]!.post) || !(has(toks[k], 'Noun') || (k > 0 && (has(toks[k - 1], 'Possessive') || has(toks[k - 1], 'Determiner')))) || has(toks[k], 'Pronoun') && !/^(?:he|she|they|we|i|it)$/.test(toks[k]!.norm)) return;
      const last = k;
      while (k > 0 && !/[,;:()"“”]/.test(toks[k - 1]!.post) && (has(toks[k - 1], 'Noun') || has(toks[k - 1], 'Adjective') || has(toks[k - 1], 'Determiner') || has(toks[k - 1], 'Possessive') || has(toks[k - 1], 'Value')) && !has(toks[k - 1], 'Preposition')) k--;
      d.who = phrase(s, k, last);
    },
  },
]);

/** Pass 6 over a sentence's drafts: fills `source`. */
export function attribute(s: AnnotatedSentenceX, drafts: DraftClaim[], off: RulesOff): void {
  for (const d of drafts) eachRule(SPEAKER_REPAIR_RULES, { s, d }, off);
  for (const d of drafts) eachRule(TIME_SPEAKER_RULES, { s, d }, off);
  for (const d of drafts) eachRule(CORE_SPEAKER_RULES_9, { s, d, drafts }, off);
  const inQuote = (pos: number): boolean => s.quotes.some((q) => pos >= q.innerStart && pos < q.innerEnd);
  // speech verbs: their complement clauses are attributed to their subject. The nearest speaker
  // wins ("A reports that B said C": C is B's, B's statement is A's), so speakers are taken from
  // the last to the first. A verb coordinated with the speech verb is not part of its complement
  // ("has claimed lives and displaced millions").
  const chainOf = (d: DraftClaim): DraftClaim => (d.coordinatedWith ? chainOf(d.coordinatedWith) : d);
  const speechClaims = drafts.filter((sp) => sp.speech && sp.who && !inQuote(sp.verb.start));
  for (const sp of [...speechClaims].reverse()) {
    const trailing = isTrailingAttribution(s, sp, off, drafts);
    for (const d of drafts) {
      if (d === sp || d.source || chainOf(d) === chainOf(sp)) continue;
      const ctx = { s, sp, d, trailing, off, drafts };
      if (anyRule(SPEECH_SOURCE_RULES, ctx, off) && !anyRule(SPEAKER_SELF_RULES, ctx, off) && !anyRule(SPEECH_VETO_RULES_7, ctx, off) && !anyRule(CORE_VETO_RULES_9, ctx, off)) d.source = sourceOf(sp, sp.lemma);
    }
  }
  // belief, intention and evidence verbs: the clause they take is their subject's, with its kind
  const cueVerbs = drafts.filter((sp) => !sp.speech && !sp.verb.passive && sp.who && !inQuote(sp.verb.start) && CUE_VERB_KINDS.has(sp.lemma));
  for (const sp of [...cueVerbs].reverse()) {
    const trailing = isTrailingAttribution(s, sp, off, drafts);
    const kind = CUE_VERB_KINDS.get(sp.lemma)!;
    const taken: DraftClaim[] = [];
    for (const d of drafts) {
      if (d === sp || d.source || chainOf(d) === chainOf(sp)) continue;
      // a clause coordinated with one the verb takes goes with it ("believe prices will fall and jobs will go")
      const heir = d.coordinatedWith && taken.includes(chainOf(d));
      if (heir || anyRule(CUE_VERB_SOURCE_RULES, { s, sp, d, trailing, drafts }, off)) {
        d.source = { ...sourceOf(sp, sp.lemma)!, kind };
        taken.push(d);
      }
    }
  }
  eachRule(SPEAKER_SENTENCE_RULES_6, { s, drafts, inQuote }, off);
  eachRule(CUE_RULES_6, { s, drafts, inQuote, off }, off);
  eachRule(CORE_SENTENCE_RULES_9, { s, drafts, inQuote, off }, off);
  eachRule(ATTRIBUTION_RULES, { s, drafts, inQuote, off }, off);
  eachRule(QUOTE_RULES_7, { s, drafts, inQuote }, off);
  eachRule(STANCE_RULES_7, { s, drafts, inQuote, off }, off);
  eachRule(STANCE_RULES_8, { s, drafts, inQuote, off }, off);
  eachRule(CORE_LATE_RULES_9, { s, drafts, inQuote, off }, off);
  eachRule(OTHER_RULES_9, { s, drafts, inQuote, off }, off);
}

/** A sentence's drafts and the sentence before it (with its drafts), for rules across sentences. */
interface AcrossCtx {
  s: AnnotatedSentenceX;
  drafts: DraftClaim[];
  prev: AnnotatedSentenceX | undefined;
  prevDrafts: DraftClaim[];
}

const insideQuoteOf = (s: AnnotatedSentenceX, pos: number): boolean => s.quotes.some((q) => pos >= q.innerStart && pos < q.innerEnd);

/** Rules that attribute a sentence's clauses from the sentence before it, run in document order. */
export const ACROSS_RULES = rules<AcrossCtx, void>('attribution', [
  {
    name: 'transcript-continues-speaker',
    description: 'the sentences after a transcript\'s "NAME:" in the same paragraph are still that speaker\'s',
    example: 'MARLOW: Well, look, the pier is unsafe. It has to close.',
    apply: ({ s, drafts, prev, prevDrafts }) => {
      if (!prev || prev.paragraph !== s.paragraph || transcriptSpeaker(s)) return;
      const from = prevDrafts.find((d) => d.source?.cue === 'transcript')?.source;
      if (!from) return;
      for (const d of drafts) if (!d.source) d.source = { ...from };
    },
  },
  {
    name: 'colon-introduces-next',
    description: 'a sentence ending "X said:" (or "X reports:", "X continued:") introduces the next sentence, a quotation or not: its clauses are X\'s',
    example: 'The mayor said:\n\n"The pier is unsafe."',
    apply: ({ s, drafts, prev, prevDrafts }) => {
      if (!prev || prev.kind === 'headline' || s.kind === 'headline' || !/:\s*$/.test(prev.text)) return;
      const last = prev.tokens[prev.tokens.length - 1];
      const sp = prevDrafts.find((d) => (d.speech || /^(?:continue|write|post|tweet)$/.test(d.lemma)) && d.who && !d.verb.passive && last && d.verb.last >= prev.tokens.length - 3 && !insideQuoteOf(prev, d.verb.start));
      const src = sp ? sourceOf(sp, sp.lemma) : null;
      if (!src) return;
      for (const d of drafts) if (!d.source) d.source = { ...src };
    },
  },
  {
    name: 'quote-continues-speaker',
    description: 'a quotation that goes on in the next sentence of the paragraph (or reopens after the speaker) is still the same speaker\'s',
    example: '"The pier is unsafe," said Ana Ruiz, a planner. "It has to close."',
    apply: ({ s, drafts, prev, prevDrafts }) => {
      if (!prev || !(s.continuesQuote || prev.paragraph === s.paragraph) || prev.kind === 'headline' || s.kind === 'headline') return;
      const open = drafts.filter((d) => !d.source && insideQuoteOf(s, d.verb.start));
      if (open.length === 0) return;
      // the sentence has a speaker of its own: the quote is theirs (left to the rules within the sentence)
      if (drafts.some((d) => d.speech && d.who && !insideQuoteOf(s, d.verb.start))) return;
      // the speaker of the last quotation of the sentence before
      const quoted = prevDrafts.filter((d) => d.source && insideQuoteOf(prev, d.verb.start));
      const last = quoted[quoted.length - 1];
      // or, when none of its quoted clauses was kept, its speaker outside the quotation
      const said = prevDrafts.filter((d) => d.speech && d.who && !insideQuoteOf(prev, d.verb.start));
      const speaker = last?.source ?? (said.length === 1 ? sourceOf(said[0]!, 'quote') : null);
      if (!speaker || !prev.quotes.length) return;
      for (const d of open) d.source = { ...speaker, cue: 'quote' };
    },
  },
]);

/** A paragraph's sentences, each with its drafts, in order. */
interface ParagraphCtx {
  sentences: { s: AnnotatedSentenceX; drafts: DraftClaim[] }[];
  /** Every sentence of the paragraph, those without a clause too (when known). */
  all?: AnnotatedSentenceX[];
  off?: RulesOff;
}

/** Rules over a whole paragraph, run before the rules across sentences. */
export const PARAGRAPH_RULES = rules<ParagraphCtx, void>('attribution', [
  {
    name: 'quote-dash-speaker',
    description: 'a paragraph that is a quotation signed with a dash and a name ("“…” ― Name", "“…” — Name, a teacher") is that person\'s',
    example: '“The pier is unsafe. It has to close.” ― Tessa Marlow',
    apply: ({ sentences, all }) => {
      const first = sentences[0];
      // the signature may stand in a sentence of no clause ('A real disgrace.” ― Ana Ruiz')
      const last = all && all.length ? { s: all[all.length - 1]! } : sentences[sentences.length - 1];
      const opening = all && all.length ? all[0]! : first?.s;
      if (!first || !last || !opening || !/^["“”]/.test(opening.text.trimStart()) || opening.kind === 'headline') return;
      const m = /["”]\s*[―—–]\s*([^"“”―—–]{2,80}?)[.\s]*$/.exec(last.s.text);
      if (!m) return;
      const at = last.s.start + m.index + m[0].indexOf(m[1]!);
      const nameText = m[1]!.split(',')[0]!.trim();
      const mention = last.s.mentions.find((x) => x.start >= at && x.type === 'person') ?? null;
      const words = nameText.split(/\s+/);
      if (!mention && !(words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)))) return;
      for (const { drafts } of sentences) {
        for (const d of drafts) {
          if (d.source || d.verb.start >= at) continue;
          d.source = { text: nameText, cue: 'quote', mention };
        }
      }
    },
  },
  {
    name: 'quote-closes-with-speaker',
    description: 'a quotation of several sentences whose speaker comes after it closes ("“A. B,” she said.") is that speaker\'s from its first sentence on',
    example: '“The pier is unsafe. It has to close,” said Ana Ruiz.',
    apply: ({ sentences }) => {
      for (let k = sentences.length - 1; k > 0; k--) {
        const { s, drafts } = sentences[k]!;
        if (!s.continuesQuote || s.kind === 'headline') continue;
        // the quotation carried over closes in this sentence, and its speaker stands after it
        const close = s.quotes.find((q) => q.innerStart === s.start || q.start === s.start);
        if (!close || close.end >= s.end) continue;
        const sp = drafts.find((d) => d.speech && d.who && d.verb.start >= close.end && d.who.start >= close.end && !insideQuoteOf(s, d.verb.start));
        if (!sp) continue;
        const src = sourceOf(sp, sp.lemma);
        if (!src) continue;
        // back through the sentences that this quotation runs through
        for (let j = k - 1; j >= 0; j--) {
          const { s: p, drafts: pd } = sentences[j]!;
          for (const d of pd) if (!d.source && insideQuoteOf(p, d.verb.start)) d.source = { ...src };
          if (!p.continuesQuote) break;
        }
      }
    },
  },
]);


/** Rules over a paragraph for a quotation that a segmenter split from its speaker ('"Why?" Graham asked.'). */
export const SPLIT_QUOTE_RULES = rules<ParagraphCtx, void>('attribution', [
  {
    name: 'speaker-after-split-quote',
    description: 'a sentence that is only "X asked." (said, replied…) after a quotation that closes on "?" or "!" names that quotation\'s speaker, and the quotation\'s next sentences in the paragraph are X\'s too',
    example: '"Does anybody know what the ferry plan is?" Marlow asked. "Neither do I."',
    apply: ({ sentences, off }) => {
      for (let k = 1; k < sentences.length; k++) {
        const { s, drafts } = sentences[k]!;
        const { s: p } = sentences[k - 1]!;
        if (p.index !== s.index - 1 || s.kind === 'headline' || p.kind === 'headline' || drafts.length !== 1) continue;
        if (!/[?!]\s*["”'’]+\s*$/.test(p.text)) continue;
        const sp = drafts[0]!;
        if (!sp.who || sp.verb.passive || !(sp.speech || QUOTE_VERBS.test(sp.lemma) || CUE_VERB_KINDS.get(sp.lemma) === 'speech') || s.quotes.length) continue;
        // the sentence is the speaker and the verb, with at most a few words after it ("Graham asked at the rally.")
        if ((s.tokens.length - 1 - sp.verb.last > 4 && !(off && isOn(SPLIT_QUOTE_PARTICIPLE_7, off) && participleTail(s, sp))) || Math.min(sp.who.first, sp.verb.first) > 0) continue;
        const src = sourceOf(sp, sp.lemma);
        if (!src) continue;
        for (let j = k - 1; j >= 0; j--) {
          const { s: q, drafts: qd } = sentences[j]!;
          if (j < k - 1 && q.index !== sentences[j + 1]!.s.index - 1) break;
          for (const d of qd) if (!d.source && insideQuoteOf(q, d.verb.start)) d.source = { ...src };
          if (!q.continuesQuote) break;
        }
        // the quotation going on after the speaker: '... Graham asked. "Neither do I."'
        for (let j = k + 1; j < sentences.length; j++) {
          const { s: q, drafts: qd } = sentences[j]!;
          if (q.index !== sentences[j - 1]!.s.index + 1 || !/^\s*["“'‘]/.test(q.text) && !q.continuesQuote) break;
          if (qd.some((d) => (d.speech || QUOTE_VERBS.test(d.lemma)) && d.who && !insideQuoteOf(q, d.verb.start))) break;
          for (const d of qd) if (!d.source && insideQuoteOf(q, d.verb.start)) d.source = { ...src, cue: 'quote' };
        }
      }
    },
  },
]);

/** When the sentence before a sentence's clauses held none, may the rules across sentences reach past it? */
export const GAP_RULES = rules<{ prev: AnnotatedSentenceX; s: AnnotatedSentenceX; all: readonly AnnotatedSentenceX[] }, boolean>('attribution', [
  {
    name: 'across-clauseless-sentence',
    description: 'a sentence of no clause within a quotation\'s paragraph ("There is a reason for that.", "Fear.") does not break the quotation: the next sentence is still its speaker\'s',
    example: '"Our fourth director in a year," he said. "Such a pity. None of them gave the mayor an answer."',
    apply: ({ prev, s, all }) => {
      const gap = all.filter((x) => x.index > prev.index && x.index < s.index);
      if (gap.length === 0 || gap.length > 2 || prev.paragraph !== s.paragraph && !s.continuesQuote) return false;
      return gap.every((x) => (x.paragraph === s.paragraph || s.continuesQuote) && x.kind !== 'headline' && (x.continuesQuote || x.quotes.length > 0));
    },
  },
]);

/** A document's drafts by sentence, with every sentence of it, for rules over a whole document. */
interface DocumentCtx {
  bySentence: Map<number, DraftClaim[]>;
  all: readonly AnnotatedSentenceX[];
}

/** The speaker of a sentence ending "X said:" (or "X continued:", "X wrote:"), if any. */
function colonSpeaker(prev: AnnotatedSentenceX, prevDrafts: DraftClaim[]): DraftSource | null {
  if (prev.kind === 'headline' || !/:\s*$/.test(prev.text)) return null;
  const last = prev.tokens[prev.tokens.length - 1];
  const sp = prevDrafts.find((d) => (d.speech || /^(?:continue|write|post|tweet)$/.test(d.lemma)) && d.who && !d.verb.passive && last && d.verb.last >= prev.tokens.length - 3 && !insideQuoteOf(prev, d.verb.start));
  return sp ? sourceOf(sp, sp.lemma) : null;
}

/** Rules over a whole document, after the rules across sentences. */
export const DOCUMENT_RULES = rules<DocumentCtx, void>('attribution', [
  {
    name: 'colon-introduces-paragraph',
    description: 'a paragraph that ends "X said:" introduces the whole next paragraph: all its sentences are X\'s, not only the first',
    example: 'The governor added:\n\nIt is typical of the council. She knows nothing.',
    apply: ({ bySentence, all }) => {
      for (let i = 0; i + 1 < all.length; i++) {
        const p = all[i]!;
        const next = all[i + 1]!;
        if (next.paragraph === p.paragraph || next.kind === 'headline') continue;
        const src = colonSpeaker(p, bySentence.get(p.index) ?? []);
        if (!src) continue;
        for (let j = i + 1; j < all.length && all[j]!.paragraph === next.paragraph; j++) {
          for (const d of bySentence.get(all[j]!.index) ?? []) if (!d.source) d.source = { ...src };
        }
      }
    },
  },
]);

/** Attribution across sentences: every document's drafts, in order. */
export function attributeAcross(drafts: DraftClaim[], off: RulesOff, all?: readonly AnnotatedSentenceX[]): void {
  // paragraphs first
  let p = 0;
  while (p < drafts.length) {
    const para = drafts[p]!.sentence.paragraph;
    let q = p;
    while (q < drafts.length && drafts[q]!.sentence.paragraph === para) q++;
    const sentences: ParagraphCtx['sentences'] = [];
    for (const d of drafts.slice(p, q)) {
      const last = sentences[sentences.length - 1];
      if (last && last.s === d.sentence) last.drafts.push(d);
      else sentences.push({ s: d.sentence, drafts: [d] });
    }
    const paragraph = all?.filter((x) => x.paragraph === para);
    eachRule(PARAGRAPH_RULES, { sentences, all: paragraph }, off);
    eachRule(SPLIT_QUOTE_RULES, { sentences, off }, off);
    p = q;
  }
  let prev: AnnotatedSentenceX | undefined;
  let prevDrafts: DraftClaim[] = [];
  let i = 0;
  while (i < drafts.length) {
    const s = drafts[i]!.sentence;
    let j = i;
    while (j < drafts.length && drafts[j]!.sentence === s) j++;
    const cur = drafts.slice(i, j);
    const adjacent = prev !== undefined && (prev.index === s.index - 1 || (all !== undefined && anyRule(GAP_RULES, { prev, s, all }, off)));
    if (!adjacent) prevDrafts = [];
    eachRule(ACROSS_RULES, { s, drafts: cur, prev: adjacent ? prev : undefined, prevDrafts }, off);
    prev = s;
    prevDrafts = cur;
    i = j;
  }
  if (all) {
    const bySentence = new Map<number, DraftClaim[]>();
    for (const d of drafts) bySentence.set(d.sentence.index, [...(bySentence.get(d.sentence.index) ?? []), d]);
    eachRule(DOCUMENT_RULES, { bySentence, all }, off);
  }
}
