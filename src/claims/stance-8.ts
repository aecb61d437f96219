/**
 * Issue 18, item 10 (eighth session): more clauses that state their own subject's position,
 * beyond the verbs and frames of stance-7.ts. Each rule gives a clause with no source and no
 * clause of content its subject as source (through stance-7's `standsAlone` and `giveSelf`), the
 * verb's lemma as cue and the kind; they run after STANCE_RULES_7 and fill only empty sources.
 *
 *   'Marlow spoke emotionally of her years on the ferry.' → Marlow (speak, speech)
 *   'Marlow likened the harbour plan to a trap.'          → Marlow (liken, speech)
 *   'Marlow laid out her proposals for the pier.'         → Marlow (lay, speech)
 */
import type { Token } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { DraftClaim } from './draft.js';
import { rules, type RulesOff } from './rule.js';
import { has, opensQuote } from './words.js';
import { afterVerb, giveSelf, npAt, opensNp, standsAlone } from './stance-7.js';

interface Stance8Ctx {
  s: AnnotatedSentenceX;
  drafts: DraftClaim[];
  inQuote: (pos: number) => boolean;
  off: RulesOff;
}

const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|again|publicly|privately|openly|often|repeatedly|recently|emotionally|passionately|forcefully|movingly|briefly|candidly|frankly|at|length)$/;
const HARD_STOP = /[,;:()"“”]/;

/** Is the token at k the first of a noun phrase or a gerund ("of her years", "about leaving")? */
const npOrGerund = (toks: Token[], k: number): boolean => npAt(toks, k) || /^[a-z]{3,}ing$/.test(toks[k]?.norm ?? '');

/** Verbs that compare their object with another: "likened the plan to a trap", "compared her rival with ...". */
const LIKEN = /^(?:liken|compare|equate|link|tie)$/;

/** Verbs that set out a position: "laid out her proposals", "made the case for", "delivered a message". */
const PRESENT = /^(?:lay|present|deliver|articulate|unveil|issue|make|sound|float|put|set)$/;
/** Heads of what such a verb sets out: a proposal, a case, a message, a condemnation. */
const POSITION_NOUN = /^(?:proposals?|case|message|messages|statement|vision|arguments?|themes?|ideas|policies|condemnation|call|plea|appeal|warning|defen[cs]e|rebuttal|critique|denunciation|endorsement|apology|ultimatum|pitch|agenda|blueprint|platform|manifesto|demands?|accusations?|allegations?|criticism|complaints?|rebuke|reprimand)$/;

/** Verbs of sending a message: "sent a letter", "unleashed a flurry of tweets", "filed a motion". */
const SEND = /^(?:send|unleash|fire|pen|dash|file|fax|email|e-mail)$/;
const MESSAGE = /^(?:letters?|memos?|memorandum|statement|notes?|e-?mails?|tweets?|messages?|flurry|series|barrage|torrent|volley|salvo|stream|string|attacks|insults|complaints?|petitions?|op-ed|editorial|missive|rebuttal|reply|response)$/;
const FILED = /^(?:motion|motions|brief|papers|petition|objection|objections|complaint|complaints|comments|appeal)$/;

/** Nouns of voiced stance stance-7 does not list: "expressed misgivings about", "signaled willingness to". */
const VOICE8 = /^(?:express|voice|signal|show|air|register)$/;
const STANCE_NOUN_8 = /^(?:misgivings|willingness|readiness|unease|reluctance|openness|disdain|contempt|admiration|enthusiasm|solidarity|sympathies|indignation|exasperation|impatience|optimism|pessimism|reservations?|disagreement|agreement|dissent|discontent|dissatisfaction|satisfaction|approval|disapproval|regrets|sorrow|shock|surprise|horror|disgust)$/;

export const STANCE_RULES_8 = rules<Stance8Ctx, void>('attribution', [
  {
    name: 'stance-speak-of',
    description: 'a verb of speaking with its topic after "of", "about" or "against" ("spoke emotionally of the ferry", "spoke out Tuesday about the death") states its subject\'s position: the clause carries its own source',
    example: 'Tessa Marlow spoke out on Tuesday about the death of a Velmora fisherman',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (L !== 'speak' || sp.verb.passive || sp.negated || !standsAlone(s, sp, drafts, inQuote)) continue;
        let k = sp.verb.last + 1;
        if (has(toks[sp.verb.last], 'Particle') && /^(?:out|up)$/.test(toks[sp.verb.last]!.norm)) k = sp.verb.last + 1;
        // "out", "up", adverbs and day words between verb and topic ("spoke out Tuesday about")
        for (let n = 0; n < 4 && k < toks.length; n++) {
          const t = toks[k]!;
          if (HARD_STOP.test(toks[k - 1]!.post)) break;
          if (/^(?:out|up)$/.test(t.norm) || DAY.test(t.norm) || (has(t, 'Adverb') && !has(t, 'Preposition') && !/^(?:about|of|against)$/.test(t.norm))) k++;
          else if (t.norm === 'on' && DAY.test(toks[k + 1]?.norm ?? '')) k += 2;
          else break;
        }
        if (!/^(?:of|about|against)$/.test(toks[k]?.norm ?? '') || HARD_STOP.test(toks[k - 1]!.post) || HARD_STOP.test(toks[k]!.post)) continue;
        // "spoke against the backdrop of": "against" is a topic only after "spoke out"
        if (toks[k]!.norm === 'against' && !toks.slice(sp.verb.last, k).some((x) => x.norm === 'out')) continue;
        if (!npOrGerund(toks, k + 1)) continue;
        giveSelf(sp, 'speech', L);
      }
    },
  },
  {
    name: 'stance-liken-to',
    description: 'a verb that likens its object to another ("likened the harbour plan to a trap", "compared her rival to a gambler", "linked the outage to the merger") states its subject\'s view: the clause carries its own source',
    example: 'Tessa Marlow likened the harbour plan to a trap',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (!LIKEN.test(L) || sp.verb.passive || !standsAlone(s, sp, drafts, inQuote)) continue;
        const k = afterVerb(toks, sp);
        if (!opensNp(toks[k]) || HARD_STOP.test(toks[k - 1]!.post)) continue;
        let to = -1;
        for (let j = k + 1; j < toks.length - 1 && j - k <= 8; j++) {
          if (/^(?:to|with)$/.test(toks[j]!.norm)) { to = j; break; }
          if (HARD_STOP.test(toks[j - 1]!.post) || toks[j]!.norm === 'that' || drafts.some((o) => o !== sp && o.verb.first === j)) break;
        }
        if (to < 0 || !opensNp(toks[to + 1]) || HARD_STOP.test(toks[to - 1]!.post)) continue;
        giveSelf(sp, 'speech', L);
      }
    },
  },
  {
    name: 'stance-present-position',
    description: 'a verb that sets out a position with a noun of one ("laid out her proposals", "made the case for a pier", "delivered a blunt message", "issued a condemnation of") states its subject\'s position: the clause carries its own source',
    example: 'Tessa Marlow laid out her proposals for the Velmora pier',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (!PRESENT.test(L) || sp.verb.passive || !standsAlone(s, sp, drafts, inQuote)) continue;
        let k = afterVerb(toks, sp);
        // "laid out", "set out", "put forward": the particle these verbs need
        const particle = /^(?:lay|set|put)$/.test(L);
        if (particle) {
          const inGroup = sp.verb.last > sp.verb.first && /^(?:out|forward)$/.test(toks[sp.verb.last]!.norm);
          if (!inGroup) {
            if (!/^(?:out|forward)$/.test(toks[k]?.norm ?? '')) continue;
            k++;
          } else k = sp.verb.last + 1;
        }
        if (!opensNp(toks[k]) || HARD_STOP.test(toks[k - 1]!.post)) continue;
        // the head: the first position noun within five words, before any punctuation or preposition
        let head = -1;
        for (let j = k; j < toks.length && j - k < 5; j++) {
          if (POSITION_NOUN.test(toks[j]!.norm) && has(toks[j], 'Noun')) { head = j; break; }
          if (HARD_STOP.test(toks[j]!.post) || (j > k && has(toks[j], 'Preposition'))) break;
        }
        if (head < 0) continue;
        const n = toks[head]!.norm;
        // "made a call" (on the phone), "made complaints": only "make" frames of stance
        if (L === 'make' && !/^(?:case|condemnation|plea|appeal|pitch|apology|accusations?|allegations?|demands?|statement|defen[cs]e|rebuttal|critique|denunciation|endorsement|argument)$/.test(n)) continue;
        if (L === 'make' && n === 'case' && toks[head + 1]?.norm !== 'for' && toks[head + 1]?.norm !== 'against' && toks[head + 1]?.norm !== 'that') continue;
        if (L === 'sound' && !/^(?:call|warning|plea|appeal)$/.test(n)) continue;
        giveSelf(sp, 'speech', L);
      }
    },
  },
  {
    name: 'stance-more-voice-nouns',
    description: 'a verb of voicing with a noun of stance stance-7 does not list ("expressed misgivings about the plan", "signaled willingness to talk", "voiced disdain for") states its subject\'s position: the clause carries its own source',
    example: 'Tessa Marlow has expressed misgivings about the Velmora pier',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (!VOICE8.test(L) || sp.verb.passive || !standsAlone(s, sp, drafts, inQuote)) continue;
        let k = afterVerb(toks, sp);
        while (k < toks.length && (has(toks[k], 'Adjective') || has(toks[k], 'Determiner') || has(toks[k], 'Possessive')) && !STANCE_NOUN_8.test(toks[k]!.norm) && !HARD_STOP.test(toks[k]!.post)) k++;
        if (!STANCE_NOUN_8.test(toks[k]?.norm ?? '') || HARD_STOP.test(toks[k]!.post)) continue;
        const nx = toks[k + 1]?.norm ?? '';
        if (!/^(?:about|over|for|at|with|to|toward|towards|of|that)$/.test(nx)) continue;
        giveSelf(sp, L === 'show' || L === 'signal' ? 'belief' : 'speech', L);
      }
    },
  },
  {
    name: 'stance-headline-verb',
    description: 'in a title-case headline, a verb of stance the tagger reads badly ("X Speaks \u2018Directly To Riders\u2019", "X Sees \u2018Insult\u2019", "X Goes After Y", "X Breaks With Y On Z", "One Photo Sums Up ...", "New Poll Shows ...") states its subject\'s position: the clause carries its own source',
    example: 'Tessa Marlow Breaks With Dunmore On Harbour Bill',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      if (!titleCase(toks)) return;
      for (const sp of drafts) {
        if (sp.verb.passive || !standsAlone(s, sp, drafts, inQuote)) continue;
        const v = toks[sp.verb.first]!;
        if (!/^[A-Z]/.test(v.text)) continue;
        const w = v.norm;
        // the tagger may fold the next word into the verb group ("Speaks \u2018Directly", "Goes After"): read on from the verb's own word
        const at = sp.verb.first;
        const nx = toks[at + 1]?.norm ?? '';
        const nx2 = toks[at + 2];
        let lemma = '';
        let kind: 'speech' | 'belief' | 'intention' | 'evidence' = 'speech';
        if (/^(?:speaks|spoke)$/.test(w) && (nx === 'out' || /^(?:of|about|on|against)$/.test(nx) || opensQuoteTok(toks[at + 1]))) lemma = 'speak';
        else if (/^(?:sees|saw)$/.test(w) && toks[at + 1] && (opensQuoteTok(toks[at + 1]) || /^(?:no|a|an)$/.test(nx))) { lemma = 'see'; kind = 'belief'; }
        else if (/^(?:goes|went)$/.test(w) && nx === 'after' && nx2 && /^[A-Z]/.test(nx2.text)) lemma = 'go after';
        else if (/^(?:breaks|broke)$/.test(w) && nx === 'with' && nx2 && /^[A-Z]/.test(nx2.text)) lemma = 'break with';
        else if (/^(?:sums|summed)$/.test(w) && nx === 'up') lemma = 'sum up';
        else if (/^(?:shows|showed)$/.test(w) && toks.slice(sp.who!.first, sp.who!.last + 1).some((x) => /^(?:polls?|surveys?|study|report|data|analysis|audit|census|review|probe|tweets?)$/.test(x.norm))) { lemma = 'show'; kind = 'evidence'; }
        else if (/^(?:seeks|sought)$/.test(w) && nx2 !== undefined) { lemma = 'seek'; kind = 'intention'; }
        if (!lemma) continue;
        giveSelf(sp, kind, lemma);
      }
    },
  },
  {
    name: 'stance-send-message',
    description: 'a verb of sending with a message as its object ("sent a letter to the board opposing the sale", "unleashed a flurry of tweets", "fired off a memo", "filed a motion to block") is its subject\'s speech: the clause carries its own source',
    example: 'The Velmora dockers sent a letter to the harbour board opposing the sale',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (!SEND.test(L) || sp.verb.passive || !standsAlone(s, sp, drafts, inQuote)) continue;
        let k = afterVerb(toks, sp);
        if (L === 'fire' && toks[k]?.norm === 'off') k++;
        // "sent the letter": a letter named before, its content stated elsewhere
        if (!opensNp(toks[k]) || /^(?:the|this|that|these|those|it|them)$/.test(toks[k]!.norm) || HARD_STOP.test(toks[k - 1]!.post)) continue;
        let head = -1;
        for (let j = k; j < toks.length && j - k < 5; j++) {
          const n = toks[j]!.norm;
          if ((L === 'file' ? FILED : MESSAGE).test(n) && has(toks[j], 'Noun')) {
            // "a flurry of tweets": the noun of number takes the message after "of"
            if (/^(?:flurry|series|barrage|torrent|volley|salvo|stream|string)$/.test(n)) {
              if (toks[j + 1]?.norm !== 'of' || !MESSAGE.test(toks[j + 2]?.norm ?? '')) break;
            }
            head = j;
            break;
          }
          if (HARD_STOP.test(toks[j]!.post) || (j > k && has(toks[j], 'Preposition'))) break;
        }
        if (head < 0) continue;
        giveSelf(sp, 'speech', L);
      }
    },
  },
  {
    name: 'stance-decide-against',
    description: 'a verb of deciding, voting, ruling or arguing with "against" and its object ("decided against selling the pier", "voted against the levy", "ruled Friday against the port") states its subject\'s position: the clause carries its own source',
    example: 'The Harlan council decided against selling the Velmora pier',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (!/^(?:decide|vote|rule|argue|come|lobby|campaign|testify|side)$/.test(L) || sp.verb.passive || !standsAlone(s, sp, drafts, inQuote)) continue;
        let k = sp.verb.last + 1;
        for (let n = 0; n < 3 && k < toks.length; n++) {
          const t = toks[k]!;
          if (HARD_STOP.test(toks[k - 1]!.post)) break;
          if (DAY.test(t.norm) || (L === 'come' && t.norm === 'out') || (has(t, 'Adverb') && !has(t, 'Preposition') && t.norm !== 'against')) k++;
          else break;
        }
        if (L === 'come' && toks[k - 1]?.norm !== 'out') continue;
        if (toks[k]?.norm !== 'against' || HARD_STOP.test(toks[k - 1]!.post) || HARD_STOP.test(toks[k]!.post) || !npOrGerund(toks, k + 1)) continue;
        giveSelf(sp, /^(?:decide|vote|lobby|campaign)$/.test(L) ? 'intention' : 'speech', L);
      }
    },
  },
  {
    name: 'stance-ask-whether',
    description: 'a verb of asking or questioning with its question as a "whether", "if", "how" or "why" clause that is no claim of its own ("questioned whether the ferry was safe", "asked how the board could pay") is its subject\'s speech: the clause carries its own source',
    example: 'A Tarnwick councillor questioned whether the ferry was ready for winter',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (!/^(?:ask|question|wonder|query)$/.test(L) || sp.verb.passive || sp.source || !sp.who || inQuote(sp.verb.start) || sp.who.first > sp.verb.first) continue;
        // "was once asked how": a passive the tagger left active asks nothing of its subject
        if (toks.slice(Math.max(0, sp.verb.first - 2), sp.verb.last + 1).some((x) => /^(?:was|were|is|are|been|being|be|get|got)$/.test(x.norm))) continue;
        const w = toks[sp.verb.last + 1];
        if (!w || !/^(?:whether|if|how|why)$/.test(w.norm) || HARD_STOP.test(toks[sp.verb.last]!.post)) continue;
        if (sp.who.first === sp.who.last && /^(?:it|this|that|there|which|who|what|i|we|you|one|someone|somebody|anyone|nobody|everyone)$/.test(toks[sp.who.first]!.norm)) continue;
        if (sp.who.mention?.type === 'place' || /[;:()]/.test(toks[sp.who.last]!.post)) continue;
        // the question must lie inside this clause: no other clause of the sentence begins after it
        if (drafts.some((o) => o !== sp && (o.who ? o.who.first : o.verb.first) > sp.verb.last)) continue;
        if (drafts.some((o) => o !== sp && o.source?.from === sp)) continue;
        giveSelf(sp, 'speech', L);
      }
    },
  },
  {
    name: 'stance-role-of',
    description: 'a linking verb with a noun of a stance-holder and its topic ("is a staunch opponent of the levy", "has been an outspoken critic of the board", "remains a fan of the plan") states its subject\'s view: the clause carries its own source',
    example: 'Tessa Marlow has been an outspoken critic of the Velmora harbour board',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (!/^(?:be|remain|become|stay)$/.test(L) || !standsAlone(s, sp, drafts, inQuote)) continue;
        // "a lawyer who is a staunch opponent of": a relative clause describes its antecedent, the claim spans both
        if (/^(?:who|which|that)$/.test(toks[sp.verb.first - 1]?.norm ?? '')) continue;
        let k = afterVerb(toks, sp);
        if (!/^(?:a|an|the)$/.test(toks[k]?.norm ?? '')) continue;
        k++;
        // adjectives between: "a consistent and outspoken", "a longtime"
        for (let n = 0; n < 5 && k < toks.length && !ROLE.test(toks[k]!.norm); n++) {
          if (HARD_STOP.test(toks[k - 1]!.post) || !/^[a-z][a-z-]*$/.test(toks[k]!.text) || has(toks[k], 'Preposition') || has(toks[k], 'Determiner') || (has(toks[k], 'Verb') && !has(toks[k], 'Adjective'))) break;
          k++;
        }
        const role = toks[k];
        if (!role || !ROLE.test(role.norm) || HARD_STOP.test(role.post) || HARD_STOP.test(toks[k - 1]!.post) || toks[k + 1]?.norm !== 'of' || !npOrGerund(toks, k + 2)) continue;
        giveSelf(sp, /^(?:critics?|detractors?)$/.test(role.norm) ? 'speech' : 'belief', role.norm);
      }
    },
  },
  {
    name: 'stance-react-at',
    description: 'a verb of scornful or angry reaction with its target ("lashed out at the board", "scoffed at the plan", "took offense at the remark", "took aim at the levy", "took issue with") states its subject\'s position: the clause carries its own source',
    example: 'Tessa Marlow took offense at the harbour board\'s remarks',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        const L = sp.lemma;
        if (!/^(?:lash|scoff|bristle|balk|bridle|chafe|sneer|jeer|snipe|take|hit|fire|strike)$/.test(L) || sp.verb.passive || !standsAlone(s, sp, drafts, inQuote)) continue;
        let k = sp.verb.last + 1;
        if (has(toks[sp.verb.last], 'Particle') || /^(?:out|back)$/.test(toks[sp.verb.last]!.norm)) k = sp.verb.last + 1;
        const w = toks[k]?.norm ?? '';
        if (/^(?:lash|hit|strike|fire)$/.test(L)) {
          if (!/^(?:out|back)$/.test(w) && !/^(?:out|back)$/.test(toks[sp.verb.last]!.norm)) continue;
          if (/^(?:out|back)$/.test(w)) k++;
        } else if (L === 'take') {
          if (!/^(?:offense|offence|umbrage|aim|issue|exception)$/.test(w)) continue;
          k++;
        }
        const prep = toks[k]?.norm ?? '';
        if (!/^(?:at|with|over|to)$/.test(prep) || (prep === 'with' && toks[k - 1]!.norm !== 'issue') || (prep === 'to' && toks[k - 1]!.norm !== 'exception')) continue;
        if (HARD_STOP.test(toks[k - 1]!.post) || HARD_STOP.test(toks[k]!.post) || !npOrGerund(toks, k + 1)) continue;
        giveSelf(sp, 'speech', L);
      }
    },
  },
]);

/** Nouns of one who holds a stance: "a supporter of", "an opponent of", "a critic of". */
const ROLE = /^(?:supporter|opponent|critic|champion|defender|advocate|proponent|backer|foe|skeptic|sceptic|admirer|fan|detractor|booster|cheerleader|enemy|ally)$/;

/** Is the sentence a title-case headline: four or more words, and all but a few of its content words capitalised? */
function titleCase(toks: Token[]): boolean {
  const words = toks.filter((x) => /^[A-Za-z]/.test(x.text) && !/^(?:of|the|a|an|to|for|on|in|and|or|with|as|at|by|if|but|from|vs|is)$/.test(x.text));
  if (words.length < 4) return false;
  const caps = words.filter((x) => /^[A-Z]/.test(x.text)).length;
  return caps >= words.length - 1 && caps / words.length >= 0.8;
}

const opensQuoteTok = (t: Token | undefined): boolean => t !== undefined && (opensQuote(t) || /['‘“"]/.test(t.pre) || /^[‘“'"]/.test(t.text));
