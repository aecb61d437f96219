/**
 * Issue 18, item 10 (ninth session): attribution on cues that are not speech verbs (belief,
 * intention, evidence, stance), beyond stance-7.ts, stance-8.ts and cue-rules-6.ts. They run
 * after STANCE_RULES_8 and fill only clauses that have no source yet.
 *
 *   'Marlow opposes the levy, and plans to sell the pier.' → "plans to sell the pier": Marlow (plan, intention)
 *   'The dockers were also incensed that the board sold the pier.' → "sold the pier": the dockers (incensed, belief)
 *   'The city is demanding that the company stop using its crest.' → "stop using its crest": the city (demand, intention)
 */
import type { SourceKind, Token } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { DraftClaim, Phrase } from './draft.js';
import { eachRule, rules, type RulesOff } from './rule.js';
import { STANCE_RULES_7, STANCE_VERB_KINDS, afterVerb, giveSelf, npAt, standsAlone } from './stance-7.js';
import { STANCE_RULES_8 } from './stance-8.js';
import { CUE_VERB_KINDS, firstClauseAfterToken, sourceOf, thatClauseMain } from './attribution.js';
import { CUE_ADJECTIVES, CUE_VERB_KINDS_6 } from './cue-rules-6.js';
import { SAY_LIKE } from '../annotate/lexicon.js';
import { verbLemma } from '../annotate/lemma.js';
import { COORD, has } from './words.js';

interface Other9Ctx {
  s: AnnotatedSentenceX;
  drafts: DraftClaim[];
  inQuote: (pos: number) => boolean;
  off: RulesOff;
}

/** A first- or second-person source ("I am afraid", "we accept"): mostly inside someone else's words. */
const personal = (text: string): boolean => /^(?:i|we|you|me|us|my|our|your|it|this|that|there|which|who)$/i.test(text);

/** Is the clause a relative clause ("voters who were angry that ...")? */
function inRelative(s: AnnotatedSentenceX, sp: DraftClaim): boolean {
  let k = sp.verb.first - 1;
  while (k >= 0 && has(s.tokens[k], 'Adverb')) k--;
  return (k >= 0 && /^(?:who|which|that)$/.test(s.tokens[k]!.norm)) || (sp.who !== null && /^(?:who|which|that)$/.test(s.tokens[sp.who.first]!.norm));
}

/** Set d's source, and that of the clauses coordinated with it that follow. */
function give(d: DraftClaim, src: NonNullable<DraftClaim['source']>, drafts: DraftClaim[]): void {
  d.source = { ...src };
  for (const o of drafts) if (!o.source && o.coordinatedWith && chainOf(o) === chainOf(d) && o.verb.first > d.verb.first) o.source = { ...src };
}

const kinds = (words: string, kind: SourceKind): [string, SourceKind][] => words.split(/\s+/).filter(Boolean).map((w) => [w, kind]);

/** Verbs of attitude and advocacy whose noun-phrase object is what the subject holds or promotes, not in stance-7's lists: "loves the school", "despises the plan", "touted his record". */
const ATTITUDE_VERBS: ReadonlyMap<string, SourceKind> = new Map([
  ...kinds('love hate despise loathe detest adore resent distrust mistrust cherish deplore abhor', 'belief'),
  ...kinds('tout herald trumpet extol espouse propound reference portray disavow renounce', 'speech'),
]);

/** Verbs of attitude that take their topic after a preposition, not in stance-7's TOPIC list: "believes in", "rejoicing in", "frets over". */
const ATTITUDE_PREP = /^(?:believe|rejoice|harp|dwell|obsess|fixate|advocate|crusade|fret|agonize|agonise|gripe|grouse|quibble)$/;
const ATTITUDE_PREP_OF = /^(?:on|upon|about|in|for|over|with|against)$/;

/** Verbs that take their subject's hope or wish as a to-infinitive, not in stance-7's lists: "hopes to reopen", "would like to hold" (not "tries to", "expected to": attempts and forecasts). */
const HOPE_TO = /^(?:hope|wish|prefer|like|yearn|long)$/;
/** Adjectives of resolve that take a to-infinitive: "is determined to", "were willing to". */
const RESOLVE_ADJ = /^(?:determined|keen|unwilling|reluctant|loath|loth|intent|desperate|resolved|committed)$/;
/** Adjectives of feeling or stance that take a topic after a preposition: "concerned about", "passionate about", "vague about". */
const TOPIC_ADJ = /^(?:passionate|interested|vague|clear|unclear|silent|vocal|outspoken|upfront|candid|enthusiastic|unhappy|happy|angry|upset|concerned|worried|nervous|frustrated|disappointed|pleased|furious|incensed|outraged|alarmed|troubled|uneasy|optimistic|pessimistic|hopeful|obsessed|fixated|adamant|insistent|defensive)$/;
const LINKING = /^(?:be|become|remain|seem|appear|grow|stay|sound|feel|get)$/;
const BE_FORM = /^(?:is|was|are|were|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|be|been|being|am|['’]s|['’]re|['’]m|seems?|seemed|appears?|appeared|remains?|remained|grew|grows?|became|becomes?|feels?|felt|stays?|stayed|sounds?|sounded)$/;

/** Does sp stand after a speech verb of its sentence, in what may be that verb's complement ("his lawyer said his client was ready to appear")? */
const afterSpeech = (sp: DraftClaim, drafts: DraftClaim[]): boolean => drafts.some((o) => o !== sp && o.speech && o.verb.last < sp.verb.first);

/** Nouns of a held view that "have" or "make" takes with its topic: "has no illusions about", "had doubts about", "made little secret of". */
const HELD_NOUN = /^(?:illusions?|doubts?|reservations?|misgivings|qualms|concerns?|interest|secret|objections?|faith|confidence|trust|respect|sympathy|contempt|disdain|opinions?|views?|position|stance|beef|quarrel|grievances?|gripes?|complaints?|worries|fears?|hopes?)$/;

const chainOf = (d: DraftClaim): DraftClaim => (d.coordinatedWith ? chainOf(d.coordinatedWith) : d);

/** What a stance word's preposition takes: a noun phrase, an -ing clause or a wh-clause ("concerned about the cost", "about raising fees", "about how it works"). */
const topicAt = (toks: Token[], k: number): boolean => npAt(toks, k) || /^[a-z]{3,}ing$/.test(toks[k]?.norm ?? '') || /^(?:how|what|why|whether)$/.test(toks[k]?.norm ?? '');

export const OTHER_RULES_9 = rules<Other9Ctx, void>('attribution', [
  {
    name: 'stance-coordinated-verb',
    description: 'a verb coordinated with an earlier one and sharing its subject ("opposes the levy, and plans to sell the pier", "called on police to ... and called on people to ...") is read by the stance rules as if its subject stood right before it: it carries its own source',
    example: 'Tessa Marlow opposes the ferry levy, and plans to sell the Velmora pier',
    apply: ({ s, drafts, inQuote, off }) => {
      const toks = s.tokens;
      // the coordinated clauses that share their head's subject, lacking a source
      const moved: [DraftClaim, Phrase][] = [];
      for (const d of drafts) {
        const head = d.coordinatedWith ? chainOf(d) : null;
        if (!head || d.source || !d.who || !head.who || d.who.first !== head.who.first || d.who.last >= d.verb.first - 1 || inQuote(d.verb.start)) continue;
        // the head states a position (its own source) or a stance verb, so the chain is a list of positions
        const at = d.verb.first - 1;
        const real = d.who;
        moved.push([d, real]);
        d.who = { ...real, first: at, last: at, start: toks[at]!.start, end: toks[at]!.end };
      }
      if (!moved.length) return;
      const inner = { s, drafts, inQuote, off };
      eachRule(STANCE_RULES_7, inner, off);
      eachRule(STANCE_RULES_8, inner, off);
      for (const [d, real] of moved) {
        d.who = real;
        if (d.source?.from === d) d.source = { ...d.source, text: real.text, mention: real.mention };
      }
    },
  },
  {
    name: 'cue-adjective-in-verb-group',
    description: 'an adjective of feeling or belief that the tagger folded into the verb group with an adverb ("were also incensed that", "is so frustrated that", "was very pleased the council ..."): the clause it takes is the subject\'s belief',
    example: 'The Velmora dockers were also incensed that the harbour board sold the pier',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        if (!sp.who || sp.verb.passive || sp.verb.last === sp.verb.first || inQuote(sp.verb.start) || personal(sp.who.text) || inRelative(s, sp) || sp.who.first > sp.verb.first) continue;
        const a = sp.verb.last;
        const word = toks[a]!.norm;
        const kind = CUE_ADJECTIVES.get(word);
        if (!kind || !/(?:ed|ful|ous|nt|ic)$/.test(word)) continue;
        const group = toks.slice(sp.verb.first, a);
        if (!group.some((t) => /^(?:is|was|are|were|be|been|being|am|['’]s|['’]re|seems?|seemed|feels?|felt|remains?|remained|grew|grows?|became|becomes?)$/.test(t.norm)) || !group.some((t) => has(t, 'Adverb'))) continue;
        if (sp.source?.from === sp) continue;
        const asAt = { ...sp, verb: { ...sp.verb, last: a } };
        for (const d of drafts) {
          if (d === sp || d.source || inQuote(d.verb.start) || !(firstClauseAfterToken(s, a, d, drafts) || thatClauseMain(s, asAt, d, drafts))) continue;
          give(d, { ...sourceOf(sp, word)!, kind }, drafts);
          break;
        }
      }
    },
  },
  {
    name: 'stance-attitude-verb',
    description: 'a verb of attitude or advocacy with its object ("loves the public school", "despises the plan", "touted his record", "believes in the pier", "frets over the fares") states its subject\'s position: the clause carries its own source',
    example: 'Tessa Marlow despises the Velmora harbour plan',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        const np = ATTITUDE_VERBS.get(L);
        const prep = ATTITUDE_PREP.test(L);
        if ((!np && !prep) || sp.verb.passive || !sp.who?.text.trim() || !standsAlone(s, sp, drafts, inQuote)) continue;
        let k = afterVerb(toks, sp);
        if (/[,;:()"“”]/.test(toks[k - 1]?.post ?? '')) continue;
        if (prep) {
          // "double down on", "cares more about": a particle or comparative before the preposition
          if (/^(?:more|most|less|deeply|so|much|down|hard|heavily|intently)$/.test(toks[k]?.norm ?? '') && ATTITUDE_PREP_OF.test(toks[k + 1]?.norm ?? '')) k++;
          if (!ATTITUDE_PREP_OF.test(toks[k]?.norm ?? '') && !(sp.verb.last > sp.verb.first && ATTITUDE_PREP_OF.test(toks[sp.verb.last]!.norm))) continue;
          if (ATTITUDE_PREP_OF.test(toks[k]?.norm ?? '')) k++;
          if (!npAt(toks, k) && !/^[a-z]{3,}ing$/.test(toks[k]?.norm ?? '')) continue;
          giveSelf(sp, /^(?:advocate|crusade)$/.test(L) ? 'intention' : 'belief', L);
          continue;
        }
        if (!npAt(toks, k)) continue;
        giveSelf(sp, np!, L);
      }
    },
  },
  {
    name: 'stance-hope-to',
    description: 'a verb or adjective of hope, aim or resolve with a to-infinitive ("hopes to reopen the pier", "would like to hold a rally", "is determined to warn", "was reluctant to act") states its subject\'s intention: the clause carries its own source',
    example: 'Tessa Marlow hopes to reopen the Velmora pier next spring',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (sp.verb.passive || !sp.who?.text.trim() || afterSpeech(sp, drafts) || inRelative(s, sp) || !standsAlone(s, sp, drafts, inQuote)) continue;
        let k = afterVerb(toks, sp);
        if (HOPE_TO.test(L)) {
          // "would like to", "'d like to": "like" alone ("like the pier") is no aim
          if (L === 'like' && !toks.slice(sp.verb.first, sp.verb.last).some((t) => /^(?:would|['’]d)$/.test(t.norm))) continue;
        } else if (LINKING.test(L) || (sp.verb.last > sp.verb.first && RESOLVE_ADJ.test(toks[sp.verb.last]!.norm))) {
          // the adjective after the linking verb ("is also determined to"), or folded into its group
          let a = RESOLVE_ADJ.test(toks[sp.verb.last]!.norm) ? sp.verb.last : k;
          while (a < toks.length && a === k && has(toks[a], 'Adverb') && !RESOLVE_ADJ.test(toks[a]!.norm) && a - sp.verb.last < 3) { a++; k++; }
          if (!RESOLVE_ADJ.test(toks[a]?.norm ?? '') || /[,;:()"“”]/.test(toks[a]!.post)) continue;
          k = a + 1;
        } else continue;
        if (/[,;:()"“”]/.test(toks[k - 1]?.post ?? '') || toks[k]?.norm !== 'to') continue;
        const v = toks[k + 1];
        if (!v || !has(v, 'Verb') || has(v, 'Determiner') || has(v, 'Value')) continue;
        giveSelf(sp, 'intention', RESOLVE_ADJ.test(toks[k - 1]!.norm) ? toks[k - 1]!.norm : L);
      }
    },
  },
  {
    name: 'stance-adjective-topic',
    description: 'a linking verb with an adjective of feeling or stance and its topic ("weren\'t too concerned about the shift", "is passionate about the ferry", "has been vague about the costs") or "is against X" states its subject\'s view: the clause carries its own source',
    example: 'The Velmora dockers are passionate about the night ferry',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        if (sp.verb.passive && !TOPIC_ADJ.test(toks[sp.verb.last]!.norm)) continue;
        if (!sp.who?.text.trim() || afterSpeech(sp, drafts) || inRelative(s, sp) || !standsAlone(s, sp, drafts, inQuote)) continue;
        let a: number;
        const lastTok = toks[sp.verb.last]!;
        if (sp.verb.last > sp.verb.first && TOPIC_ADJ.test(lastTok.norm) && toks.slice(sp.verb.first, sp.verb.last).some((t) => BE_FORM.test(t.norm))) a = sp.verb.last;
        else if (LINKING.test(sp.lemma)) {
          a = afterVerb(toks, sp);
          // "more passionate", "as on board with": a comparative before the adjective
          while (a < toks.length && /^(?:more|less|most|least|as|so|too|very|quite|increasingly|deeply|particularly|especially|extremely|fairly|pretty|rather|all|still|not|no|longer)$/.test(toks[a]!.norm) && !/[,;:]/.test(toks[a]!.post)) a++;
          // "is against the levy": the preposition alone
          if (toks[a]?.norm === 'against' && a === afterVerb(toks, sp) && npAt(toks, a + 1) && !/[,;:()]/.test(toks[a]!.post)) {
            giveSelf(sp, 'belief', 'against');
            continue;
          }
          if (!TOPIC_ADJ.test(toks[a]?.norm ?? '')) continue;
        } else continue;
        const adj = toks[a]!;
        if (/[,;:()"“”]/.test(adj.post) || !/^(?:about|over|with|at|of|on|in|by|toward|towards|regarding)$/.test(toks[a + 1]?.norm ?? '')) continue;
        if (!topicAt(toks, a + 2)) continue;
        giveSelf(sp, 'belief', adj.norm);
      }
    },
  },
  {
    name: 'be-cue-participle',
    description: 'a cue verb\'s -ing form that the tagger read as an adjective after "is" ("is demanding that the campaign stop", "is promising lower taxes", "is also urging voters to ..."): the clause it takes is the subject\'s, or, with a noun-phrase object, the clause carries its own source',
    example: 'The city of Tarnwick is demanding that the ferry company stop using its crest',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        if (sp.lemma !== 'be' || sp.verb.passive || !sp.who?.text.trim() || personal(sp.who.text) || inRelative(s, sp) || inQuote(sp.verb.start) || sp.who.first > sp.verb.first) continue;
        let g = sp.verb.last + 1;
        while (g < toks.length && has(toks[g], 'Adverb') && !/ing$/.test(toks[g]!.norm) && g - sp.verb.last < 3) g++;
        const t = toks[g];
        if (!t || !/^[a-z]{4,}ing$/.test(t.norm) || /[,;:()"“”]/.test(toks[g - 1]!.post) || /[;:()"“”]/.test(t.post)) continue;
        const L = verbLemma(t.norm);
        const kind = CUE_VERB_KINDS.get(L) ?? CUE_VERB_KINDS_6.get(L) ?? (SAY_LIKE.has(L) ? 'speech' : STANCE_VERB_KINDS.get(L));
        if (!kind) continue;
        // the clause it takes: "demanding that the campaign stop", "insisting the vote was fair"
        // (or a clause whose subject the tagger began at the -ing word: "demanding President Obama make a pledge")
        const d = drafts.find((o) => o !== sp && !o.source && !inQuote(o.verb.start) && o.who !== null && ((o.who.first > g && firstClauseAfterToken(s, g, o, drafts)) || (o.who.first === g && o.who.last > g && o.verb.first > o.who.last)));
        if (d) {
          give(d, { ...sourceOf(sp, L)!, kind }, drafts);
          continue;
        }
        // "is telling a group", "is saying": a verb of saying with a noun phrase has not said its content yet
        if (sp.source || /,/.test(t.post) || !STANCE_VERB_KINDS.has(L) || /^(?:tell|say|ask|call|report|describe|discuss|mention|detail|outline|repeat|echo)$/.test(L) || !npAt(toks, g + 1) || !standsAlone(s, sp, drafts, inQuote)) continue;
        giveSelf(sp, kind, L);
      }
    },
  },
  {
    name: 'stance-have-view-of',
    description: 'a verb of holding with a noun of a held view and its topic ("has no illusions about the threat", "had deep doubts about the plan", "made little secret of their disagreements", "has a genuine interest in few policies") states its subject\'s view: the clause carries its own source',
    example: 'Tessa Marlow has no illusions about the harbour board',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (!/^(?:have|hold|harbor|harbour|make)$/.test(L) || sp.verb.passive || !sp.who?.text.trim() || afterSpeech(sp, drafts) || inRelative(s, sp) || !standsAlone(s, sp, drafts, inQuote)) continue;
        let k = afterVerb(toks, sp);
        // "no", "little", "a genuine substantive", "such", "deep", "the same": determiners and adjectives before the noun
        let n = 0;
        while (k < toks.length && n < 4 && !HELD_NOUN.test(toks[k]!.norm) && !/[,;:()"“”]/.test(toks[k]!.post) && (has(toks[k], 'Determiner') || has(toks[k], 'Adjective') || has(toks[k], 'Adverb') || /^(?:no|little|such|some|any|much|major|serious|deep|real)$/.test(toks[k]!.norm)) && !(has(toks[k], 'Noun') && !has(toks[k], 'Adjective'))) { k++; n++; }
        const noun = toks[k];
        if (!noun || !HELD_NOUN.test(noun.norm) || /[,;:()"“”]/.test(noun.post)) continue;
        // "make" only with "secret" ("made little secret of")
        if (L === 'make' && noun.norm !== 'secret') continue;
        if (noun.norm === 'secret' && L !== 'make') continue;
        const prep = toks[k + 1]?.norm ?? '';
        if (!/^(?:about|of|over|in|on|for|with|regarding|toward|towards)$/.test(prep) || (/^(?:beef|quarrel)$/.test(noun.norm) && prep !== 'with')) continue;
        if (!topicAt(toks, k + 2)) continue;
        giveSelf(sp, 'belief', noun.norm);
      }
    },
  },
  {
    name: 'stance-see-as',
    description: 'a verb of seeing or treating with an object and "as" ("see the program as an easier way", "saw the remark as a dig at the crews") states its subject\'s view: the clause carries its own source',
    example: 'The Velmora dockers see the harbour levy as a tax on their work',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        if (!/^(?:see|perceive|interpret|read|take|treat|cast)$/.test(sp.lemma) || sp.verb.passive || !sp.who?.text.trim() || afterSpeech(sp, drafts) || !standsAlone(s, sp, drafts, inQuote)) continue;
        const k = afterVerb(toks, sp);
        if (!npAt(toks, k) || /[,;:()"“”]/.test(toks[k - 1]!.post)) continue;
        let as = -1;
        for (let j = k + 1; j < toks.length - 1 && j - k <= 8; j++) {
          if (toks[j]!.norm === 'as') { as = j; break; }
          if (/[,;:()"“”]/.test(toks[j - 1]!.post) || toks[j]!.norm === 'that' || drafts.some((o) => o !== sp && o.verb.first === j)) break;
        }
        if (as < 0 || !(npAt(toks, as + 1) || /^[a-z]{3,}ing$/.test(toks[as + 1]?.norm ?? ''))) continue;
        // "as well", "as soon as", "as part of": not a naming "as"
        if (/^(?:well|soon|long|much|many|far|part|usual|expected|planned|promised)$/.test(toks[as + 1]!.norm)) continue;
        // "saw the pier as a child": an age, not a view
        if (/^(?:a|an)$/.test(toks[as + 1]!.norm) && /^(?:child|kid|boy|girl|teen|teenager|youngster|student|adult|baby|youth|result)$/.test(toks[as + 2]?.norm ?? '')) continue;
        giveSelf(sp, 'belief', sp.lemma);
      }
    },
  },
  {
    name: 'belief-participle',
    description: 'a participle of belief after a comma (", perhaps recognizing that ...", ", knowing that ...", ", fearing the vote would fail") attaches the clause it takes to the subject of the clause it follows, as that subject\'s belief',
    example: 'The Tarnwick aides were gracious, perhaps recognizing that the pier had to close',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (let i = 1; i < toks.length - 2; i++) {
        const t = toks[i]!;
        if (!/^(?:recognizing|recognising|knowing|believing|fearing|hoping|realizing|realising|thinking|worrying|suspecting|sensing|figuring|assuming|expecting|understanding|calculating|reckoning)$/.test(t.norm) || inQuote(t.start)) continue;
        let b = i - 1;
        if (/^(?:perhaps|apparently|probably|possibly|likely|presumably|clearly|correctly|rightly|wrongly|mistakenly)$/.test(toks[b]!.norm)) b--;
        if (b < 0 || !/,\s*$/.test(toks[b]!.post)) continue;
        // the clause the participle follows: the first main clause before it, with its own subject
        const main = drafts.find((d) => d.who && d.verb.last < i && d.who.first <= d.verb.first && !inQuote(d.verb.start) && !inRelative(s, d) && !personal(d.who.text));
        if (!main) continue;
        // (or a clause whose subject the tagger began at the participle: "fearing the vote would fail")
        const d = drafts.find((o) => o !== main && !o.source && !inQuote(o.verb.start) && o.verb.first > i && (firstClauseAfterToken(s, i, o, drafts) || (o.who !== null && o.who.first === i && o.who.last > i)));
        if (!d || (d.who && d.who.first < i)) continue;
        const src = sourceOf(main, verbLemma(t.norm));
        if (src) give(d, { ...src, kind: 'belief' }, drafts);
      }
    },
  },
]);

