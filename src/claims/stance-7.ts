/**
 * Issue 18, item 10 (seventh session): a clause that states its own subject's position. When a
 * clause's verb is an attribution cue whose content is not a clause of its own (a noun-phrase
 * object, "urged X to V", "decided not to V", "accused X of V-ing", "called X Y", "was endorsed
 * by X"), no other claim carries the attribution: the clause itself is its subject's speech,
 * belief, intention or evidence. These rules give such a clause its own source (the subject, or
 * a passive's by-agent), the verb's lemma as cue, and the verb's kind. They run after every other
 * rule of a sentence and fill only clauses without a source; a cue verb whose content is a clause
 * ("The union said the strike was a last resort") keeps its speech-event claim unsourced, since
 * that clause carries the attribution.
 *
 *   'Marlow criticized the harbour plan.'       → "criticized the harbour plan": Marlow (criticize, speech)
 *   'Marlow urged riders to boycott the ferry.' → Marlow (urge, intention)
 */
import type { SourceKind, Token } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { DraftClaim, DraftSource } from './draft.js';
import { rules, type RulesOff } from './rule.js';
import { phrase } from './phrase.js';
import { closesQuote, COORD, has, opensQuote } from './words.js';
import { SAY_LIKE, SUBORDINATORS } from '../annotate/lexicon.js';
import { CUE_VERB_KINDS, firstClauseAfterToken, sourceOf } from './attribution.js';
import { CUE_VERB_KINDS_6 } from './cue-rules-6.js';
import { verbLemma } from '../annotate/lemma.js';

interface Stance7Ctx {
  s: AnnotatedSentenceX;
  drafts: DraftClaim[];
  inQuote: (pos: number) => boolean;
  off: RulesOff;
}

const kinds = (words: string, kind: SourceKind): [string, SourceKind][] => words.split(/\s+/).filter(Boolean).map((w) => [w, kind]);

/**
 * English verbs of communication, judgement and stance whose object is what the subject said or
 * holds ("criticized the plan", "defended his remarks", "supports the bill", "the data show a
 * decline"), with the kind of attribution each gives.
 */
export const STANCE_VERB_KINDS: ReadonlyMap<string, SourceKind> = new Map([
  ...kinds('criticize criticise deny defend question praise mock cite blame endorse dismiss reject condemn dispute challenge acknowledge ' +
    'attack slam blast denounce decry lambaste ridicule deride disparage belittle insult applaud hail commend laud tout champion ' +
    'discuss mention describe recount detail outline reiterate repeat echo invoke highlight stress emphasize emphasise underscore ' +
    'rebuke scold chide berate assail rebut refute contradict downplay concede admit disclose reveal report predict forecast ' +
    'rip bash compliment recommend propose suggest lament bemoan protest congratulate thank credit fault accuse', 'speech'),
  ...kinds('view consider support oppose favor favour dislike regard admire respect', 'belief'),
  ...kinds('promote', 'speech'),
  ...kinds('urge encourage ask demand seek threaten decide plan intend want vow pledge promise refuse decline agree offer aim hope expect ' +
    'push press pressure implore beg invite order direct instruct advise warn tell call lobby petition', 'intention'),
  ...kinds('show find document indicate demonstrate', 'evidence'),
]);

/** The kind a clause's verb gives it as a stance: the stance list, else the cue lists of attribution.ts. */
function stanceKind(lemma: string): SourceKind | undefined {
  return STANCE_VERB_KINDS.get(lemma) ?? CUE_VERB_KINDS.get(lemma) ?? CUE_VERB_KINDS_6.get(lemma) ?? (SAY_LIKE.has(lemma) ? 'speech' : undefined);
}

/**
 * Verbs whose noun-phrase object is not what was said: "said Friday", "added a week", "claimed
 * lives", "announced the fall of" and "confirmed the death of" (reports of events, not positions).
 */
const NOT_NP_STANCE = /^(?:say|add|state|claim|announce|confirm|post|share|write|point|rule|recall|respond|reply|feel|know|learn|understand|think|believe|assume|expect|hope|doubt|suspect|fear|worry|realize|realise|recognize|recognise|discover|determine|conclude|agree|hear|notice|sense|figure|imagine|guess|bet|calculate)$/;

/** The kind a verb with a noun-phrase object gives its clause as a stance ("criticized the plan"), if any. */
function npStanceKind(lemma: string): SourceKind | undefined {
  if (NOT_NP_STANCE.test(lemma)) return undefined;
  const k = STANCE_VERB_KINDS.get(lemma) ?? (SAY_LIKE.has(lemma) || CUE_VERB_KINDS.get(lemma) === 'speech' || CUE_VERB_KINDS_6.get(lemma) === 'speech' ? 'speech' : undefined);
  return k;
}

/** Subjects that name no agent: "it", "this", "there", relative pronouns, first and second persons. */
const NO_AGENT = /^(?:it|its|this|that|these|those|there|which|who|whom|whose|what|i|we|you|me|us|my|our|your|one|something|nothing|anything|everything)$/;

/** Does token t open a noun phrase (a determiner, possessive, adjective, noun, name or number)? */
export const opensNp = (t: Token | undefined): boolean =>
  t !== undefined && t.norm !== 'that' && !/^(?:to|not|never|about|of|for|on|against|with|by|in|at|from|as|up|out|off|down|back|over|into)$/.test(t.norm) &&
  !(has(t, 'Date') && !has(t, 'Possessive') && !/['’]s?$/.test(t.text)) && !/^(?:today|yesterday|tonight|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday|much|little|enough|nothing|everything|something|anything)$/.test(t.norm) &&
  (has(t, 'Determiner') || has(t, 'Possessive') || has(t, 'Adjective') || has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Value') || /^(?:him|her|them|it)$/.test(t.norm)) &&
  !(has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective'));

/** A noun phrase at token k, or one opened by a participle ("recently released polls"). */
export const npAt = (toks: Token[], k: number): boolean => opensNp(toks[k]) || (/^[a-z]{3,}ed$/.test(toks[k]?.norm ?? '') && (has(toks[k + 1], 'Noun') || has(toks[k + 1], 'ProperNoun')));

/**
 * In a relative clause whose subject the builder resolved to its antecedent ("Ruiz, who has
 * criticized"): the relative pronoun's token, when only it (and adverbs) stand between the
 * antecedent (perhaps with a comma) and the verb; else -1.
 */
function relativeAfterSubject(toks: Token[], sp: DraftClaim): number {
  if (!sp.who || /^(?:who|which|that|whom|whose)$/.test(toks[sp.who.first]!.norm)) return -1;
  const r = sp.who.last + 1;
  if (r >= sp.verb.first || !/^(?:who|which|that)$/.test(toks[r]!.norm)) return -1;
  for (let j = r + 1; j < sp.verb.first; j++) if (!has(toks[j], 'Adverb')) return -1;
  return r;
}

/** Is sp's clause a relative clause ("voters who support ...")? Its subject is not an agent of its own. */
function inRelative(s: AnnotatedSentenceX, sp: DraftClaim): boolean {
  let k = sp.verb.first - 1;
  while (k >= 0 && has(s.tokens[k], 'Adverb')) k--;
  return (k >= 0 && /^(?:who|which|that)$/.test(s.tokens[k]!.norm)) || (sp.who !== null && /^(?:who|which|that|whom|whose)$/.test(s.tokens[sp.who.first]!.norm));
}

/**
 * May clause sp carry its own attribution? It has no source, its verb is outside quotations, its
 * subject comes before it and is a real agent, and no other clause of the sentence is its content
 * (none took its source from sp, none opens right after it, and no "that" or question word follows it).
 */
export function standsAlone(s: AnnotatedSentenceX, sp: DraftClaim, drafts: DraftClaim[], inQuote: (pos: number) => boolean): boolean {
  const toks = s.tokens;
  if (sp.source || !sp.who || inQuote(sp.verb.start) || sp.who.first > sp.verb.first) return false;
  // a relative clause is its antecedent's when the builder resolved its subject ("Ruiz, who has criticized the plan"); an unresolved "who" is no one
  const rel = relativeAfterSubject(toks, sp);
  if (inRelative(s, sp) && rel < 0) return false;
  if (sp.who.first === sp.who.last && NO_AGENT.test(toks[sp.who.first]!.norm)) return false;
  // a place as the subject ("Moscow urged ...") stands for a government the text does not name
  if (sp.who.mention?.type === 'place') return false;
  // the subject right before its verb: an aside between them ("X, which had backed Y, urged ...") leaves the agent unsure
  const aside = toks.slice(sp.who.last + 1, rel >= 0 ? rel : sp.verb.first);
  if (aside.some((x) => /^(?:who|which|whom|whose|that)$/.test(x.norm) || (has(x, 'Verb') && !has(x, 'Noun') && !has(x, 'Adjective') && !has(x, 'Adverb') && !/(?:ing|ed)$/.test(x.norm)))) return false;
  if (/[;:()]/.test(toks[sp.who.last]!.post)) return false;
  // a clause coordinated with one that states no position ("is in touch with the rebels and urged calm") narrates acts
  const head = sp.coordinatedWith;
  if (head && !head.source && !head.speech && !stanceKind(head.lemma)) return false;
  if (inQuote(sp.who.start)) return false;
  // its own complement or quotation took its source from it; a participle of saying after it (", saying ...") is a cue of its own
  if (drafts.some((o) => o !== sp && o.source?.from === sp && (o.source.cue === sp.lemma || (o.source.cue === 'quote' && sp.speech)))) return false;
  const nx = toks[sp.verb.last + 1];
  if (!nx || /^(?:that|whether|if|what|how|why|when|where|who)$/.test(nx.norm) || /[:"“”]/.test(toks[sp.verb.last]!.post)) return false;
  // a clause right after it is its content ("said the plan would fail"), left to the speech rules
  const others = drafts.filter((o) => o !== sp);
  // (a verb that takes no clause, "cited comments the mayor had made", has a relative clause there instead)
  const L = sp.lemma;
  const takesClause = sp.speech || SAY_LIKE.has(L) || CUE_VERB_KINDS.has(L) || CUE_VERB_KINDS_6.has(L) || /^(?:warn|argue|insist|note|complain|worry|fear|hope|wish|decide|agree|promise|vow|pledge|threaten|demand|propose|recommend|suggest|predict|charge|acknowledge|admit|deny|concede)$/.test(L);
  // "agreed with the judge that ...", "told reporters that ...": a that-clause after the object is its content
  if (takesClause) {
    for (let j = sp.verb.last + 1; j < toks.length - 1 && j - sp.verb.last <= 8; j++) {
      if (toks[j]!.norm === 'that' && others.some((o) => (o.who ? o.who.first === j + 1 : o.verb.first === j + 1) || toks[j + 1]!.norm === 'there')) return false;
      if (/[;:()"“”]/.test(toks[j]!.post) || drafts.some((o) => o.verb.first === j)) break;
    }
  }
  if (takesClause && others.some((o) => !o.source && o.who !== null && o.who.first > sp.verb.last && !inRelative(s, o) && relativeAfterSubject(toks, o) < 0 && firstClauseAfterToken(s, sp.verb.last, o, others))) return false;
  return true;
}

/** Give sp its own source: its subject, the verb's lemma, the kind. */
export function giveSelf(sp: DraftClaim, kind: SourceKind, lemma: string): void {
  const src = sourceOf(sp, lemma);
  if (src) sp.source = { ...src, kind };
}

/** The first token after the verb, past adverbs ("is once again questioning", "criticized sharply"). */
export function afterVerb(toks: Token[], sp: DraftClaim): number {
  // "called on", "spoke about": a particle the verb group took is where the object's preposition stands
  if (sp.verb.last > sp.verb.first && has(toks[sp.verb.last], 'Particle') && /^(?:on|for|about|against|of|to|with|at|over)$/.test(toks[sp.verb.last]!.norm)) return sp.verb.last;
  let k = sp.verb.last + 1;
  while (k < toks.length && (has(toks[k], 'Adverb') && !has(toks[k], 'Noun') || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/.test(toks[k]!.norm)) && !has(toks[k], 'Preposition') && !/^(?:on|out|up|off|back|down|in|over|about|for|against|to)$/.test(toks[k]!.norm) && !/[,;:]/.test(toks[k - 1]!.post) && toks[k]!.norm !== 'not') k++;
  return k;
}

 /** The verb of a to-infinitive: tagged a verb, or a lower-case word the tagger did not know ("to unendorse"), not a noun phrase's first word. */
const toInfinitive = (t: Token | undefined): boolean =>
  t !== undefined && !has(t, 'Determiner') && !has(t, 'Possessive') && !has(t, 'Value') && !(has(t, 'Pronoun') && !has(t, 'Verb')) &&
  (has(t, 'Verb') || t.norm === 'be' || (/^[a-z]{3,}$/.test(t.text) && !has(t, 'Noun') && !has(t, 'Adjective') && !has(t, 'Preposition')));

/** Is there a "to V" (perhaps "not to V") within `span` tokens of token k, with no punctuation, coordinator, subordinator or other clause's verb before it? */
function infinitiveAfter(s: AnnotatedSentenceX, k: number, span: number, sp: DraftClaim, drafts: DraftClaim[], needObject: boolean): number {
  const toks = s.tokens;
  let nouns = 0;
  for (let j = k; j < toks.length - 1 && j - k <= span; j++) {
    const t = toks[j]!;
    if (t.norm === 'to' && toInfinitive(toks[j + 1])) return needObject && nouns === 0 ? -1 : j;
    if (t.norm === 'not' && toks[j + 1]?.norm === 'to') continue;
    if (/[,;:()"“”—–]/.test(t.post) || COORD.has(t.norm) || t.norm === 'that') return -1;
    // "after a long debate": a preposition with its noun phrase may stand before the infinitive; "after he ..." may not
    if (SUBORDINATORS.has(t.norm) && !(has(t, 'Preposition') && opensNp(toks[j + 1]) && !has(toks[j + 1], 'Pronoun'))) return -1;
    if (drafts.some((o) => o !== sp && o.verb.first === j)) return -1;
    if (has(t, 'Noun') || has(t, 'ProperNoun') || /^(?:him|her|them|us|me|it)$/.test(t.norm)) nouns++;
  }
  return -1;
}

/** Verbs whose object is told to act: "urged riders to boycott", "asked the court to rule". */
const OBJECT_INFINITIVE = /^(?:urge|encourage|ask|call|push|press|pressure|implore|beg|invite|order|direct|instruct|advise|warn|tell|challenge|dare|persuade|convince|lobby|petition|want|expect|need|remind)$/;
/** Verbs that take their subject's own intention as an infinitive: "decided not to run", "vowed to appeal". */
const INFINITIVE = /^(?:decide|plan|intend|want|vow|pledge|promise|refuse|decline|agree|offer|aim|threaten|seek|demand|propose|resolve|swear|vote)$/;
/** Verbs that take a person and a reason: "accused X of lying", "praised X for ...". */
const ACCUSE = /^(?:ask|press|query|quiz|grill|confront|accuse|blame|fault|credit|thank|congratulate|commend|applaud|praise|criticize|criticise|condemn|slam|blast|attack|chastise|scold|rebuke|charge|sue|hail|laud|mock|ridicule)$/;
/** After an object at token k: the "of" / "for" / "with" that gives the reason ("the mayor of lying"), within eight words; 0 when none. */
function reasonAfter(toks: Token[], k: number, preps = /^(?:of|for|with)$/): number {
  let commas = 0;
  for (let j = k + 1; j < toks.length - 1 && j - k <= 10; j++) {
    if (preps.test(toks[j]!.norm)) return j;
    if (COORD.has(toks[j]!.norm) || toks[j]!.norm === 'that' || has(toks[j], 'Verb') && !has(toks[j], 'Noun')) return 0;
    // an appositive between commas: "accused the North's leader, Kim Jong Un, of ..."
    if (/^,\s*$/.test(toks[j]!.post) && ++commas <= 2) continue;
    if (/[,;:()"“”]/.test(toks[j]!.post)) return 0;
  }
  return 0;
}

/** Verbs that name their object: "called the plan a disgrace", "labeled her a liar". */
const NAMING = /^(?:call|label|brand|dub|term|describe|characterize|characterise|deem|declare|pronounce|christen|portray|paint|cast)$/;
/** Verbs of saying with a topic after a preposition: "spoke about", "warned against", "called for", "pointed to". */
const TOPIC = /^(?:respond|talk|write|complain|warn|rail|argue|testify|joke|boast|brag|comment|call|plead|lobby|campaign|rant|muse|reflect|elaborate|weigh|push|press|point|hint|allude|insist|caution|vent|fume|apologize|apologise|apologise|advocate|vouch|worry|care|know|learn|hear|think|rave|gush|speculate|wonder|ask|inquire|enquire|agree|disagree|side|vote|testify)$/;
const TOPIC_PREP = /^(?:about|of|on|against|for|to|over|with|at)$/;
/** Verbs that mostly open an infinitive of purpose: "called for elections to allow the people to choose". */
const PURPOSE = /^(?:allow|enable|help|ensure|let|give|provide|prevent|avoid|stop|make|permit|guarantee|bring|restore|end)$/;
/** Nouns of voiced stance: "raised questions about", "expressed concern over", "voiced support for". */
const STANCE_NOUN = /^(?:questions?|concerns?|doubts?|objections?|alarm|criticism|support|opposition|outrage|anger|frustration|dismay|displeasure|disappointment|skepticism|scepticism|reservations?|worries|worry|fears?|hopes?|confidence|praise|condolences|sympathy|regret|gratitude|thanks|interest|approval|disapproval|complaints?|accusations?|allegations?|charges?|demands?|calls?|pleas?|warnings?|threats?|promises?|pledges?)$/;
const VOICING = /^(?:raise|express|voice|air|register|lodge|file|issue|offer|extend|share|echo|repeat|reiterate|level|make|renew|signal|show|state|pledge)$/;

/** Heads of a subject that reports findings: "the poll found", "investigators found". */
const EVIDENCE_SUBJECT = /^(?:polls?|surveys?|study|studies|reports?|analysis|analyses|audits?|census|reviews?|investigations?|inquiry|probe|data|research|researchers|investigators|auditors|scientists|experts|review|records|documents|tests?|examination|autopsy|evaluation|assessment)$/;

/** Heads of a subject that depicts rather than shows a finding: "videos showed", "the footage shows". */
const PICTURE_SUBJECT = /^(?:videos?|footage|photos?|photographs?|images?|pictures?|television|tv|cameras?|clips?|scenes?|broadcasts?|screens?|maps?|satellite|he|she|they|it|we|i)$/;

/** Adjectives of stance that take a topic: "critical of", "skeptical about", "opposed to". */
const STANCE_ADJECTIVE = /^(?:critical|supportive|skeptical|sceptical|wary|dismissive|opposed|proud|fond|contemptuous|scornful|suspicious|distrustful|enthusiastic|doubtful|complimentary|appreciative|hostile|sympathetic|ambivalent|adamant|optimistic|pessimistic|bullish|bearish)$/;

export const STANCE_RULES_7 = rules<Stance7Ctx, void>('attribution', [
  {
    name: 'stance-np-object',
    description: 'a clause whose verb is a verb of saying, judging or stance with a noun-phrase object ("criticized the plan", "is questioning the integrity of the count", "supports the bill") states its subject\'s position: it carries its own source (the subject, kind of the verb)',
    example: 'Tessa Marlow criticized the harbour plan on Monday',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        // "said the same (thing)", "said as much": what was said stands for an earlier claim
        const same = /^(?:say|tell|write|argue|suggest|claim)$/.test(L) && /^(?:the same|as much)$/.test(toks.slice(afterVerb(toks, sp), afterVerb(toks, sp) + 2).map((x) => x.norm).join(' '));
        const kind = same ? 'speech' : npStanceKind(L);
        if (!kind || sp.verb.passive || L === 'call' || !standsAlone(s, sp, drafts, inQuote)) continue;
        if (same) {
          giveSelf(sp, kind, L);
          continue;
        }
        // intention verbs take an infinitive, not an object, as what is intended ("wants a recount" is a stance, "plans a rally" is not)
        if (kind === 'intention' && !/^(?:demand|want|promise|pledge|vow|threaten|propose|urge|offer|oppose)$/.test(L)) continue;
        const k = afterVerb(toks, sp);
        if (!npAt(toks, k) || /[,;:()"“”]/.test(toks[k - 1]!.post)) continue;
        // "urged riders to boycott": left to stance-object-infinitive
        if (OBJECT_INFINITIVE.test(L) && infinitiveAfter(s, k, 8, sp, drafts, true) >= 0) continue;
        // "accused the mayor of lying", "praised the crews for": left to stance-accuse-of
        if (ACCUSE.test(L) && reasonAfter(toks, k)) continue;
        // "found a buyer" is no finding: "find" with an object is evidence only when a study, poll or inquiry found it
        // and "videos showed crowds entering" depicts, it shows no finding
        if (kind === 'evidence' && (L === 'find' ? !EVIDENCE_SUBJECT.test(toks[sp.who!.last]!.norm) : toks.slice(sp.who!.first, sp.who!.last + 1).some((x) => PICTURE_SUBJECT.test(x.norm)) || has(toks[sp.who!.last], 'Person') || sp.who!.mention?.type === 'person')) continue;
        giveSelf(sp, kind, L);
      }
    },
  },
  {
    name: 'stance-object-infinitive',
    description: 'a verb of urging or asking with an object and a to-infinitive ("urged riders to boycott the ferry", "asked the court to rule") states its subject\'s intention: the clause carries its own source',
    example: 'Tessa Marlow urged riders to boycott the night ferry',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (!OBJECT_INFINITIVE.test(L) || sp.verb.passive || !standsAlone(s, sp, drafts, inQuote)) continue;
        let k = afterVerb(toks, sp);
        if (L === 'call' && toks[k]?.norm === 'on') k = Math.max(k, sp.verb.last) + 1;
        else if (L === 'call') continue;
        if (!opensNp(toks[k])) continue;
        if (infinitiveAfter(s, k, 8, sp, drafts, true) < 0) continue;
        giveSelf(sp, /^(?:tell|warn|remind)$/.test(L) ? 'speech' : 'intention', L);
      }
    },
  },
  {
    name: 'stance-infinitive',
    description: 'a verb of deciding, promising or wanting with a to-infinitive ("decided not to appeal", "vowed to fight the ruling", "plans to run") states its subject\'s intention: the clause carries its own source',
    example: 'The Harlan council decided after a long debate not to sell the pier',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (!INFINITIVE.test(L) || sp.verb.passive || !standsAlone(s, sp, drafts, inQuote)) continue;
        const k = afterVerb(toks, sp);
        const to = toks[k]?.norm === 'to' || (toks[k]?.norm === 'not' && toks[k + 1]?.norm === 'to') ? k : infinitiveAfter(s, k, 6, sp, drafts, false);
        if (to < 0 || (toks[k]?.norm !== 'to' && toks[k]?.norm !== 'not' && !has(toks[k], 'Preposition'))) continue;
        const at = toks[to]!.norm === 'not' ? to + 1 : to;
        if (toks[at]?.norm !== 'to' || !toInfinitive(toks[at + 1])) continue;
        giveSelf(sp, 'intention', L);
      }
    },
  },
  {
    name: 'stance-accuse-of',
    description: 'a verb that judges a person for something ("accused the mayor of lying", "praised the crews for their work", "blamed the storm for the delay") states its subject\'s position: the clause carries its own source',
    example: 'Tessa Marlow accused the harbour board of hiding the repair bills',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (!ACCUSE.test(L) || sp.verb.passive || !standsAlone(s, sp, drafts, inQuote)) continue;
        const k = afterVerb(toks, sp);
        if (!opensNp(toks[k])) continue;
        const asking = /^(?:ask|press|query|quiz|grill|confront)$/.test(L);
        const j = reasonAfter(toks, k, asking ? /^(?:about|on|over)$/ : /^(?:of|for|with)$/);
        if (!j || (L === 'charge' && toks[j]!.norm !== 'with')) continue;
        giveSelf(sp, 'speech', L);
      }
    },
  },
  {
    name: 'stance-call-x-y',
    description: 'a verb that names its object ("called the plan a disgrace", "labeled her a liar", "described the talks as useful") states its subject\'s view: the clause carries its own source',
    example: 'Tessa Marlow called the harbour plan a disgrace',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (!NAMING.test(L) || sp.verb.passive || !standsAlone(s, sp, drafts, inQuote)) continue;
        const k = afterVerb(toks, sp);
        const t = toks[k];
        if (!t || !opensNp(t) || /^(?:a|an)$/.test(t.norm) || /[,;:()]/.test(toks[k - 1]!.post)) continue;
        // a second phrase after the object: "the plan a disgrace", "her “a liar”", "the talks as useful"; not "called the police", "called the vote off"
        let e = k;
        // a noun of the object read as a verb ("called the ferry contract a disgrace": "contract") does not end it
        const misread = (o: DraftClaim): boolean => o.who !== null && o.who.first === k && o.verb.first === o.verb.last && /^(?:a|an)$/.test(toks[o.verb.last + 1]?.norm ?? '');
        while (e < toks.length - 1 && !/[,;:.!?()]/.test(toks[e]!.post) && !drafts.some((o) => o !== sp && o.verb.first === e + 1 && !misread(o))) e++;
        const whole = toks.slice(k, e + 1);
        const STOP = /^(?:for|on|off|up|out|back|to|at|into|from|with|by|after|before|during|about|over|that|who|which)$/;
        const cut = whole.findIndex((x, i) => i > 0 && STOP.test(x.norm));
        // with a naming phrase before it, a preposition or relative clause only ends the object ("a “pathological liar” who is ...")
        const named = (xs: Token[]): boolean => xs.some((x, i) => i > 0 && (/^(?:a|an|as)$/.test(x.norm) || opensQuote(x)));
        const obj = cut > 0 && named(whole.slice(0, cut)) ? whole.slice(0, cut) : whole;
        if (obj.length < 3 || obj.some((x, i) => i > 0 && STOP.test(x.norm))) continue;
        const lastTok = obj[obj.length - 1]!;
        // the naming phrase: "a disgrace", "as useful", a quotation; "call" may name with a bare noun ("called them deplorables") unless a phrase "in ..." stands between
        const marked = obj.some((x, i) => i > 0 && (/^(?:a|an|as)$/.test(x.norm) || opensQuote(x)));
        if (!(has(lastTok, 'Noun') || has(lastTok, 'Adjective') || closesQuote(lastTok)) || (!marked && (L !== 'call' || obj.some((x) => x.norm === 'in')))) continue;
        giveSelf(sp, /^(?:deem|declare|pronounce)$/.test(L) ? 'belief' : 'speech', L);
      }
    },
  },
  {
    name: 'stance-passive-by-agent',
    description: 'a passive verb of saying, judging or stance with a "by" agent ("was endorsed by dozens of papers", "was criticized by the union") is the agent\'s position: the clause\'s source is the by-agent',
    example: 'The harbour plan was criticized by the dockers\' union',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        const kind = STANCE_VERB_KINDS.get(L) ?? (SAY_LIKE.has(L) ? 'speech' : undefined);
        if (!kind || !sp.verb.passive || sp.source || inQuote(sp.verb.start) || drafts.some((o) => o !== sp && o.source?.from === sp)) continue;
        let k = afterVerb(toks, sp);
        if (toks[k]?.norm !== 'by' || /[,;:()"“”]/.test(toks[k - 1]!.post)) continue;
        k++;
        if (!opensNp(toks[k]) || has(toks[k], 'Verb') && !has(toks[k], 'Noun')) continue;
        let e = k;
        while (e < toks.length - 1 && e - k < 8 && !/[,;:.()"“”]/.test(toks[e]!.post) && !has(toks[e + 1], 'Verb') && !/^(?:who|which|that|to|in|on|at|after|before|during|for|since|because|when|while|and|but|or)$/.test(toks[e + 1]!.norm)) e++;
        const p = phrase(s, k, e);
        if (NO_AGENT.test(p.text.toLowerCase())) continue;
        const src: DraftSource = { text: p.text, cue: L, mention: p.mention, kind };
        sp.source = src;
      }
    },
  },
  {
    name: 'stance-topic-prep',
    description: 'a verb of saying or stance with its topic after a preposition ("spoke about the strike", "warned against cuts", "called for a recount", "raised questions about the count") states its subject\'s position: the clause carries its own source',
    example: 'Tessa Marlow warned against cuts to the ferry service',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        // "cannot comment on the letter", "did not speak about it": a refusal states no position
        if (sp.verb.passive || (sp.negated && /^(?:comment|speak|talk|elaborate)$/.test(L)) || !standsAlone(s, sp, drafts, inQuote)) continue;
        let k = afterVerb(toks, sp);
        if (/^(?:out|up)$/.test(toks[k]?.norm ?? '') && TOPIC.test(L)) k++;
        let kind: SourceKind | undefined;
        if (TOPIC.test(L) && TOPIC_PREP.test(toks[k]?.norm ?? '')) {
          const prep = toks[k]!.norm;
          // "called for a recount", "called on X": intention; "spoke about": speech; "know about": belief
          if (L === 'call' && !/^(?:for|on)$/.test(prep)) continue;
          if (/^(?:to|with|at)$/.test(prep) && !/^(?:point|allude|agree|disagree|side|hint)$/.test(L) && !(L === 'respond' && prep === 'with')) continue;
          kind = /^(?:call|plead|lobby|campaign|push|press|vote|advocate)$/.test(L) ? 'intention' : /^(?:know|learn|hear|think|worry|care|wonder|speculate|agree|disagree|side)$/.test(L) ? 'belief' : 'speech';
          k++;
        } else if (VOICING.test(L)) {
          // "raised questions about", "expressed deep concern over", "voiced support for"
          while (k < toks.length && (has(toks[k], 'Adjective') || has(toks[k], 'Determiner')) && !STANCE_NOUN.test(toks[k]!.norm) && !/[,;:]/.test(toks[k]!.post)) k++;
          if (!STANCE_NOUN.test(toks[k]?.norm ?? '') || /[,;:]/.test(toks[k]!.post) || !TOPIC_PREP.test(toks[k + 1]?.norm ?? '') && toks[k + 1]?.norm !== 'that') continue;
          kind = 'speech';
          k += 2;
        } else continue;
        if (!opensNp(toks[k]) && !has(toks[k], 'Gerund') && !/ing$/.test(toks[k]?.norm ?? '')) continue;
        // "called for elections to allow ...": an infinitive after the object may be a purpose, not what is called for
        const inf = kind === 'intention' ? infinitiveAfter(s, k, 8, sp, drafts, true) : -1;
        if (inf >= 0 && PURPOSE.test(toks[inf + 1]!.norm)) continue;
        giveSelf(sp, kind, L);
      }
    },
  },
  {
    name: 'stance-to-cue-verb',
    description: 'a clause whose verb leads into a cue verb\'s to-infinitive ("took to the radio to attack the plan", "went on to praise the crews", "used the speech to defend the budget") states its subject\'s position with that cue verb',
    example: 'Tessa Marlow took to the radio to attack the harbour plan',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (sp.verb.passive || !standsAlone(s, sp, drafts, inQuote) || stanceKind(L) || /^(?:be|have|seem|appear|need|get|used?)$/.test(L)) continue;
        const noInfinitive = /^(?:begin|start|stop|fail|manage)$/.test(L);
        // "avoids condemning the invasion", "kept attacking the plan": a gerund cue right after the verb
        const gAt = sp.verb.last > sp.verb.first && has(toks[sp.verb.last], 'Gerund') ? sp.verb.last : sp.verb.last + 1;
        const g = toks[gAt];
        if (g && /^[a-z]{3,}ing$/.test(g.norm) && !/[,;:()"“”]/.test(toks[gAt - 1]!.post) && /^(?:avoid|keep|stop|continue|begin|start|resume|refuse|quit|risk|consider|spend)$/.test(L)) {
          const gl = verbLemma(g.norm);
          const gk = npStanceKind(gl);
          if (gk && gk !== 'intention' && npAt(toks, gAt + 1)) {
            const src = sourceOf(sp, gl);
            if (src) sp.source = { ...src, kind: gk };
            continue;
          }
        }
        // "started off by emphasizing fairness", "responded by attacking the board": a cue verb's gerund after "by"
        let by = -1;
        for (let j = sp.verb.last + 1; j < toks.length - 2 && j - sp.verb.last <= 4; j++) {
          if (toks[j]!.norm === 'by' && /^[a-z]{3,}ing$/.test(toks[j + 1]!.norm)) { by = j; break; }
          if (/[,;:()"“”]/.test(toks[j]!.post) || drafts.some((o) => o !== sp && o.verb.first === j)) break;
        }
        if (by >= 0) {
          const bl = verbLemma(toks[by + 1]!.norm);
          const bk = npStanceKind(bl);
          if (bk && bk !== 'intention' && npAt(toks, by + 2) && !/[,;:()"“”]/.test(toks[by + 1]!.post)) {
            const src = sourceOf(sp, bl);
            if (src) sp.source = { ...src, kind: bk };
            continue;
          }
        }
        const to = noInfinitive ? -1 : infinitiveAfter(s, sp.verb.last + 1, 6, sp, drafts, false);
        if (to < 0) continue;
        // only a verb that leads straight into the cue ("went on to praise", "took to the radio to attack"), not a purpose after an object ("took the chance to criticise")
        const lead = toks.slice(sp.verb.last + 1, to).map((x) => x.norm);
        if (!(lead.length === 0 || (lead.length === 1 && /^(?:on|out|back|up|forward|ahead)$/.test(lead[0]!)) || (lead[0] === 'to' && lead.length <= 4))) continue;
        const v = toks[to + 1]!;
        const lemma = v.norm;
        const kind = STANCE_VERB_KINDS.get(lemma) ?? (SAY_LIKE.has(lemma) ? 'speech' : undefined);
        let o = to + 2;
        while (o < toks.length - 1 && has(toks[o], 'Adverb') && !has(toks[o], 'Noun') && !/^(?:on|for|out|up)$/.test(toks[o]!.norm)) o++;
        const callFor = lemma === 'call' && /^(?:for|on)$/.test(toks[o]?.norm ?? '');
        if (!kind || (kind === 'intention' && !callFor) || kind === 'belief' || !callFor && !npAt(toks, o)) continue;
        const src = sourceOf(sp, lemma);
        if (src) sp.source = { ...src, kind: callFor ? 'intention' : kind };
      }
    },
  },
  {
    name: 'stance-adjective-of',
    description: 'a linking verb with an adjective of stance and its topic ("has been critical of the plan", "is skeptical about the count", "is opposed to the levy") states its subject\'s view: the clause carries its own source',
    example: 'Tessa Marlow has been critical of the Velmora harbour plan',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        const opposed = L === 'oppose' && sp.verb.passive;
        if (!(opposed || /^(?:be|remain|seem|appear|become|grow|stay|sound)$/.test(L)) || !standsAlone(s, sp, drafts, inQuote)) continue;
        let k = afterVerb(toks, sp);
        // "is opposed to" is read as a passive verb group: its participle is the adjective
        if (sp.verb.last > sp.verb.first && STANCE_ADJECTIVE.test(toks[sp.verb.last]!.norm)) k = sp.verb.last;
        while (k < toks.length && has(toks[k], 'Adverb') && !STANCE_ADJECTIVE.test(toks[k]!.norm) && !/[,;:]/.test(toks[k]!.post)) k++;
        const adj = toks[k];
        if (!adj || !STANCE_ADJECTIVE.test(adj.norm) || /[,;:()]/.test(adj.post) || !/^(?:of|about|to|toward|towards|with|on|over)$/.test(toks[k + 1]?.norm ?? '')) continue;
        if (!npAt(toks, k + 2) && !/ing$/.test(toks[k + 2]?.norm ?? '')) continue;
        const src = sourceOf(sp, adj.norm);
        if (src) sp.source = { ...src, kind: /^(?:critical|dismissive|contemptuous|scornful|complimentary)$/.test(adj.norm) ? 'speech' : 'belief' };
      }
    },
  },
]);
