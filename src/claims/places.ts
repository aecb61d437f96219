/**
 * Pass 7, places and times: where and when each clause happened. Runs after alias merging
 * (from window.ts), when every mention has the type of its canonical entity ("Port Elmsworth"
 * is a place even where compromise guessed a person). A place counts when it is where the
 * event happens (LOCATIVE_RULES) and lies within the clause's span; a time, when within
 * it; then adjuncts are shared: a sentence-opening adjunct with every clause, coordinated
 * clauses with each other, a temporal clause with its main clause, a reported statement with
 * its speech act.
 *
 *   "In Velmora, crowds stormed the palace on Sunday and looted it, witnesses said."
 *   → stormed: Velmora, Sunday; looted: Velmora, Sunday (shared); said: Velmora
 */
import type { Token } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { TypedMention } from '../annotate/entities.js';
import { ATTITUDE_VERBS, LOCATIVE_PREPS, MOTION_VERBS } from '../annotate/lexicon.js';
import type { DraftClaim } from './draft.js';
import { claimSpan } from './span.js';
import { ALL_ON, anyRule, eachRule, firstRule, isOn, rules, type RulesOff } from './rule.js';
import { has } from './words.js';
import { pushAll } from '../util/arrays.js';

/** A place mention and the word that governs it. `d`: the clause it may locate (none: the sentence's opening adjunct). */
interface PlaceCtx {
  s: AnnotatedSentenceX;
  toks: Token[];
  m: TypedMention;
  d: DraftClaim | null;
  /** Index of the first token of the name and its modifiers ("the Presidential Palace"). */
  ti: number;
  prev: Token | undefined;
  inSubject: boolean;
  verbEnds: Map<number, { lemma: string }>;
}

/**
 * A place is where the event happens when it follows a locative preposition ("in Damascus"),
 * is the object of a verb of movement or force ("entered Damascus"), or locates the subject
 * ("videos from Damascus"); not when it is a possessor ("Syria's future"), a topic ("the fall
 * of Homs", "departure from Syria"), the object of another verb ("hope to see Syria") or part
 * of a title ("US President"). The first rule that decides wins; none: it is a place of the event.
 */
export const LOCATIVE_RULES = rules<PlaceCtx, boolean | undefined>('placesAndTimes', [
  {
    name: 'possessive-place',
    description: 'a place in the possessive is a possessor, not where',
    example: "Velmora's future",
    apply: ({ s, m }) => {
      const after = s.text.slice(m.end - s.start, m.end - s.start + 2);
      return /^['’]s(?!\p{L})/u.test(after) || (/s$/.test(m.text) && /^['’](?:\s|$)/.test(after) && !/['‘]/.test(s.text[m.start - s.start - 1] ?? '')) ? false : undefined;
    },
  },
  {
    name: 'place-opens-sentence',
    description: 'a place with nothing before it is where, unless it is in the subject',
    example: 'Velmora: crowds gathered',
    apply: ({ prev, inSubject }) => (prev ? undefined : !inSubject),
  },
  {
    name: 'of-place-head',
    description: 'after "of", a place is where only after a word for a place ("the streets of", "the city of")',
    example: 'the streets of Damascus; but not the fall of Homs',
    apply: ({ toks, ti, prev }) => {
      if (prev?.norm !== 'of') return undefined;
      const head = toks[ti - 2];
      return Boolean(head && /^(?:streets?|city|town|village|capital|suburbs?|outskirts|centre|center|heart|province|region|area|parts?|districts?|neighbourhoods?|neighborhoods?|port|island|state|republic|kingdom|county)$/.test(head.norm));
    },
  },
  {
    name: 'from-place',
    description: 'after "from", a place is where only in the subject or after a verb of leaving',
    example: 'videos from Damascus; they fled from Homs; but not his departure from Syria',
    apply: ({ d, prev, inSubject }) => (prev?.norm === 'from' ? inSubject || /^(?:flee|escape|return|withdraw|evacuate|retreat|leave|depart|travel|fly|move|come)$/.test(d?.lemma ?? '') : undefined),
  },
  {
    name: 'topic-preposition',
    description: 'after "about", "for", "against", "with", "than", "like", "toward", a place is a topic',
    example: 'talks about Valdora; a deal with Ardenne',
    apply: ({ prev }) => (prev && ['about', 'for', 'against', 'with', 'than', 'like', 'toward', 'towards'].includes(prev.norm) ? false : undefined),
  },
  {
    name: 'attitude-topic',
    description: 'after a verb of reaction, a place qualifying a noun is what the reaction is about',
    example: 'called for calm in Sudan',
    apply: ({ toks, m, d, ti, prev }) => {
      const head = toks[ti - 2];
      return prev && d && ATTITUDE_VERBS.has(d.lemma) && m.start > d.verb.end && head && has(head, 'Noun') && !has(head, 'Pronoun') && !has(head, 'ProperNoun') ? false : undefined;
    },
  },
  {
    name: 'locative-preposition',
    description: 'after a locative preposition ("in", "at", "near", "on", "over") a place is where',
    example: 'crowds gathered in Velmora',
    apply: ({ prev }) => (prev && (LOCATIVE_PREPS.has(prev.norm) || prev.norm === 'on' || prev.norm === 'over') ? true : undefined),
  },
  {
    name: 'motion-verb-object',
    description: 'the object of a verb is where only when the verb is one of movement or force',
    example: 'rebels entered Damascus; but not hope to see Syria',
    apply: ({ ti, prev, verbEnds }) => {
      if (!prev) return undefined;
      const v = verbEnds.get(ti - 1) ?? (has(prev, 'Determiner') ? verbEnds.get(ti - 2) : undefined);
      return v ? MOTION_VERBS.has(v.lemma) : undefined;
    },
  },
  {
    name: 'place-in-subject',
    description: 'a place inside the subject, not after a locative preposition, is part of a name or title',
    example: 'US President Ana Ruiz said',
    apply: ({ prev, inSubject }) => (prev && inSubject && !LOCATIVE_PREPS.has(prev.norm) ? false : undefined),
  },
]);

function locative(s: AnnotatedSentenceX, m: TypedMention, d: DraftClaim | null, verbEnds: Map<number, { lemma: string }>, off: RulesOff): boolean {
  if (m.type !== 'place' || m.text.length < 2) return false;
  const toks = s.tokens;
  let ti = toks.findIndex((t) => t.start >= m.start);
  // look past modifiers to the word that governs the name: "of capital Damascus", "at the Presidential Palace"
  for (let n = 0; n < 3 && ti > 0; n++) {
    const p = toks[ti - 1]!;
    if (has(p, 'Preposition') || LOCATIVE_PREPS.has(p.norm) || p.norm === 'on' || p.norm === 'over') break;
    if (!(has(p, 'Determiner') || (has(p, 'Adjective') && !has(p, 'Verb')) || (/^\p{Ll}/u.test(p.text) && has(p, 'Noun') && !has(p, 'Pronoun') && !has(p, 'Preposition') && /^(?:capital|city|town|village|province|region|port|town)$/.test(p.norm)))) break;
    ti--;
  }
  const inSubject = Boolean(d?.who && m.start >= d.who.start && m.end <= d.who.end);
  const ctx: PlaceCtx = { s, toks, m, d, ti, prev: toks[ti - 1], inSubject, verbEnds };
  return firstRule(LOCATIVE_RULES, ctx, off) ?? true;
}

/** A sentence's places and times being given to its clauses. */
interface SentenceCtx {
  s: AnnotatedSentenceX;
  toks: Token[];
  drafts: DraftClaim[];
  /** End of a sentence-opening adjunct ("In Damascus, ..."), or -1. */
  leadEnd: number;
  off: RulesOff;
}

export const LEAD_RULES = rules<SentenceCtx, void>('placesAndTimes', [
  {
    name: 'sentence-opening-adjunct',
    description: 'an opening adjunct before the first comma, with no finite verb, applies to every clause',
    example: 'In Velmora, crowds gathered and police watched',
    apply: (c) => {
      const { s, toks, drafts } = c;
      const opensWithTime = s.times.some((t) => t.start === s.start || (toks[0] && t.start === toks[1]?.start && /^(?:on|at|by|early|late|earlier|later)$/.test(toks[0].norm)));
      if (!(toks.length && (opensWithTime || ['in', 'on', 'at', 'across', 'throughout', 'inside', 'outside', 'near', 'early', 'late', 'earlier', 'later', 'by', 'during'].includes(toks[0]!.norm)))) return;
      const firstWho = drafts.find((d) => d.who && !d.coordinatedWith)?.who;
      const limit = firstWho ? firstWho.first : toks.length;
      let comma = -1;
      for (let i = 0; i < limit; i++) if (/,/.test(toks[i]!.post)) comma = i;
      if (comma >= 0 && !toks.slice(0, comma + 1).some((t) => has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'PastTense'))) c.leadEnd = toks[comma]!.end;
    },
  },
]);

/** One clause's search for its places and times. */
interface ClauseCtx {
  s: AnnotatedSentenceX;
  toks: Token[];
  drafts: DraftClaim[];
  d: DraftClaim;
  span: { start: number; end: number };
  /** Other actors' clauses: their places and times are theirs. */
  others: DraftClaim[];
  /** Where a closing run of places and dates starts (it belongs to every clause). */
  tailStart: number;
  /** Participle clauses: their places say where something else happened. */
  gerundRanges: { start: number; end: number }[];
}

/** A caption's places and date describe the whole picture, except what another actor's clause says. */
export const CAPTION_RULES = rules<ClauseCtx, void>('placesAndTimes', [
  {
    name: 'caption-whole-picture',
    description: 'in a caption, a clause that is not speech takes the places and times of the whole caption',
    example: 'Crowds gather outside the palace in Velmora, on Sunday, Dec. 8, 2024.',
    apply: (c) => {
      if (c.s.kind === 'caption' && !c.d.speech) c.span = { start: c.s.start, end: c.s.end };
    },
  },
  {
    name: 'caption-other-actor',
    description: 'in a caption, what a later clause with another subject says is that clause\'s',
    example: 'Ana Ruiz waves as police in Ardenne watch',
    apply: (c) => {
      const { d } = c;
      if (c.s.kind !== 'caption') return;
      c.others = c.drafts.filter((o) => o !== d && o.who && !o.coordinatedWith && !/^(?:he|she|they|it|we|i)$/i.test(o.who.text) && o.who.text !== d.who?.text && o.verb.start > d.verb.start);
    },
  },
  {
    name: 'caption-closing-adjunct',
    description: 'a caption\'s closing ", in Paris on December 8, 2024" (after the last verb) belongs to every clause',
    example: 'Crowds gather, as police watch, in Velmora on Dec. 8, 2024.',
    apply: (c) => {
      const { toks, s } = c;
      if (s.kind !== 'caption') return;
      for (let k = toks.length - 1; k > 0; k--) {
        if (s.verbs.some((v) => v.first >= k)) break;
        if (/,/.test(toks[k - 1]!.post) && ['in', 'at', 'on', 'near', 'outside', 'inside'].includes(toks[k]!.norm)) c.tailStart = toks[k]!.start;
      }
    },
  },
  {
    name: 'caption-closing-places-dates',
    description: 'a caption\'s closing run of places and dates after "in", "at", "on", "near" belongs to every clause',
    example: '... collapsed in Damascus, Syria, Sunday, Dec. 8, 2024.',
    apply: (c) => {
      const { toks, s } = c;
      if (s.kind !== 'caption') return;
      const inSpan = (t: Token): boolean => s.times.some((x) => t.start >= x.start && t.end <= x.end) || s.mentions.some((x) => x.type === 'place' && t.start >= x.start && t.end <= x.end);
      let k = toks.length - 1;
      while (k >= 0 && (inSpan(toks[k]!) || /^\W*$/.test(toks[k]!.text))) k--;
      if (k >= 0 && k < toks.length - 1 && ['in', 'at', 'on', 'near'].includes(toks[k]!.norm) && toks.slice(k + 1).some((t) => s.mentions.some((x) => x.type === 'place' && t.start >= x.start && t.end <= x.end))) {
        c.tailStart = Math.min(c.tailStart, toks[k]!.start);
      }
    },
  },
  {
    name: 'caption-participle-clause',
    description: 'in a caption, a participle clause after a comma says where something else happened',
    example: 'Rebels entered Velmora, sending the president fleeing and ending his rule in Ardenne',
    apply: (c) => {
      const { toks } = c;
      if (c.s.kind !== 'caption') return;
      toks.forEach((t, k) => {
        if (k === 0 || !/,/.test(toks[k - 1]!.post) || !(has(t, 'Gerund') || /ing$/.test(t.norm))) return;
        let e = k;
        while (e + 1 < toks.length && !/[,;]/.test(toks[e]!.post)) e++;
        c.gerundRanges.push({ start: t.start, end: toks[e]!.end });
      });
    },
  },
]);

export const SUBJECT_PLACE_RULE = rules<{ d: DraftClaim; m: TypedMention }, boolean>('placesAndTimes', [
  {
    name: 'subject-is-not-where',
    description: 'a place that is the clause\'s whole subject is what it is about, not where',
    example: 'Valdora has closed its border',
    apply: ({ d, m }) => Boolean(d.who && d.who.mention === m && d.who.text.replace(/^the\s+/i, '').length <= m.text.length + 2),
  },
]);

export const CLAUSE_ADJUNCT_RULES = rules<ClauseCtx, void>('placesAndTimes', [
  {
    name: 'adjunct-before-subject',
    description: 'a time in a comma-bounded adjunct just before the subject is the clause\'s',
    example: 'The rebels advanced, then in the early hours of Dec. 8, they announced',
    apply: ({ s, toks, d }) => {
      if (!(d.who && !d.coordinatedWith && d.who.first > 0 && /,/.test(toks[d.who.first - 1]!.post))) return;
      let a = d.who.first - 1;
      while (a > 0 && !/[,;]/.test(toks[a - 1]!.post) && !has(toks[a - 1], 'Verb')) a--;
      const seg = toks.slice(a, d.who.first);
      // only an adjunct that opens its own comma-bounded stretch, not the tail of the previous clause
      if (a > 0 && /[,;]/.test(toks[a - 1]!.post) && seg.length <= 10 && !seg.some((t) => has(t, 'Verb'))) {
        for (const t of s.times) if (t.start >= toks[a]!.start && t.end <= toks[d.who.first - 1]!.end && !d.when.includes(t)) d.when.unshift(t);
      }
    },
  },
]);

/** Sharing between clauses, after each has its own, in order. */
export const SHARING_RULES = rules<SentenceCtx, void>('placesAndTimes', [
  {
    name: 'nested-clause-adjuncts',
    description: 'adjuncts inside a clause nested in this one belong to the nested clause',
    example: 'The war, which began in 2011, has claimed many lives (2011 is when it began)',
    apply: ({ drafts }) => {
      for (const d of drafts) {
        const span = claimSpan(d);
        for (const o of drafts) {
          if (o === d || o.verb.start <= span.start || o.verb.start >= d.verb.start) continue;
          const inner = { start: o.who && o.who.start > span.start ? o.who.start : o.verb.start, end: o.coreEnd };
          d.where = d.where.filter((m) => !(m.start >= inner.start && m.end <= inner.end));
          d.when = d.when.filter((t) => !(t.start >= inner.start && t.end <= inner.end));
        }
      }
    },
  },
  {
    name: 'post-signature-date',
    description: 'an embedded post is dated by its signature',
    example: '(a post signed "— Ana Ruiz (@aruiz) March 3, 2031")',
    apply: ({ s, drafts }) => {
      if (s.kind === 'post' && s.postTime) for (const d of drafts) if (d.when.length === 0) d.when = [s.postTime];
    },
  },
  {
    name: 'future-weekday',
    description: 'a clause about the future reads a bare weekday forward',
    example: 'The port will reopen on Thursday',
    apply: ({ s, drafts }) => {
      for (const d of drafts) {
        const vg = s.tokens.slice(d.verb.first, d.verb.last + 1).map((t) => t.norm);
        const future = vg.some((w) => w === 'will' || w === 'shall' || w === "'ll" || w === 'wo') || /^(?:expect|plan|schedule|intend|aim|hope|vow|pledge|promise)$/.test(d.lemma);
        if (future) d.when = d.when.map((t) => (t.future !== undefined ? { ...t, date: t.future } : t));
      }
    },
  },
  {
    name: 'coordinated-share-adjuncts',
    description: 'coordinated clauses share their places and times, when one has none of its own',
    example: 'stormed into Velmora and looted the palace on Sunday',
    apply: ({ drafts }) => {
      for (const d of drafts) {
        const c = d.coordinatedWith;
        if (!c) continue;
        // only to a clause that has none of its own: "built in 1962 and expanded in 1998" keep theirs
        if (c.where.length === 0) pushAll(c.where, d.where);
        else if (d.where.length === 0) pushAll(d.where, c.where);
        if (c.when.length === 0) pushAll(c.when, d.when);
        else if (d.when.length === 0) pushAll(d.when, c.when);
      }
    },
  },
  {
    name: 'temporal-clause-time',
    description: 'a temporal clause ("as", "when", "while", "once") shares the main clause\'s time',
    example: 'As he fled the country, crowds stormed the palace on Sunday',
    apply: ({ toks, drafts, off }) => {
      for (let i = 0; i < drafts.length; i++) {
        const d = drafts[i]!;
        if (d.when.length) continue;
        const lead = d.who && d.who.first < d.verb.first ? d.who.first : d.verb.first;
        const intro = toks[lead - 1];
        if (!intro || !/^(?:as|when|while|once)$/.test(intro.norm)) continue;
        // a relative clause inside the temporal clause ("as many who had fled the war now hope") is not timed by it
        if (isOn({ name: 'relative-clause-untimed' }, off) && /^(?:who|which|that)$/.test(toks[d.verb.first - 1]?.norm ?? '')) continue;
        const dated = (o: DraftClaim): boolean => o.when.some((t) => t.date);
        // the main clause, not a clause reported inside it
        const main = drafts.slice(i + 1).find((o) => dated(o) && !o.coordinatedWith && !o.source) ?? drafts.slice(0, i).reverse().find((o) => dated(o) && !o.source);
        if (main) d.when = [...main.when];
      }
    },
  },
  {
    name: 'relative-clause-untimed',
    description: 'a relative clause inside a temporal clause does not take the main clause\'s time (a switch read by temporal-clause-time)',
    example: 'Crowds gathered, as many who had fled the war now hope to return ("had fled" has no time)',
    apply: () => undefined,
  },
  {
    name: 'where-relative-place',
    description: 'a clause opened by "where" after a place name and a comma happens in that place',
    example: 'He fled to Kelmar, where he has been granted asylum (granted: where Kelmar)',
    apply: ({ s, toks, drafts }) => {
      for (const d of drafts) {
        if (d.where.length) continue;
        const lead = d.who && !d.coordinatedWith && d.who.first < d.verb.first ? d.who.first : d.verb.first;
        const intro = toks[lead - 1];
        const placeEnd = toks[lead - 2];
        if (!intro || intro.norm !== 'where' || !placeEnd || !/,\s*$/.test(placeEnd.post)) continue;
        const m = s.mentions.find((x) => x.type === 'place' && x.end === placeEnd.end);
        if (m) d.where = [m];
      }
    },
  },
  {
    name: 'opening-temporal-clause-place',
    description: 'an opening temporal clause sets the scene: its place is the main clause\'s',
    example: 'As daylight broke over Velmora, crowds gathered',
    apply: ({ toks, drafts }) => {
      if (/^(?:as|when|while)$/.test(toks[0]?.norm ?? '') && drafts.length > 1) {
        const sub = drafts[0]!;
        const main = drafts.find((o) => o !== sub && !o.coordinatedWith && !o.source && o.verb.start > sub.coreEnd);
        if (main && main.where.length === 0 && sub.where.length) main.where = [...sub.where];
      }
    },
  },
  {
    name: 'speech-act-date',
    description: 'reported speech is dated by its speech act, unless quoted or about the future',
    example: 'A source told reporters on Sunday that he is in Moscow',
    apply: ({ s, drafts }) => {
      const inQuoteAt = (pos: number): boolean => s.quotes.some((q) => pos >= q.innerStart && pos < q.innerEnd);
      for (const d of drafts) {
        const from = d.source?.from;
        const futureInner = s.tokens.slice(d.verb.first, d.verb.last + 1).some((t) => /^(?:will|would|shall|'ll)$/.test(t.norm));
        if (d.when.length || !from || !from.when.length || inQuoteAt(d.verb.start) || from.sentence !== d.sentence || futureInner) continue;
        d.when = [...from.when];
      }
    },
  },
]);

/** Pass 7 over a sentence's drafts: fills `where` and `when`. */
export function placesAndTimes(s: AnnotatedSentenceX, drafts: DraftClaim[], off: RulesOff = ALL_ON): void {
  const toks = s.tokens;
  const sc: SentenceCtx = { s, toks, drafts, leadEnd: -1, off };
  eachRule(LEAD_RULES, sc, off);
  const verbEnds = new Map(s.verbs.map((v) => [v.last, v]));
  const leadPlaces = s.mentions.filter((m) => locative(s, m, null, verbEnds, off) && m.end <= sc.leadEnd);
  const leadTimes = s.times.filter((t) => t.end <= sc.leadEnd);
  for (const d of drafts) {
    const c: ClauseCtx = { s, toks, drafts, d, span: { start: claimSpan(d).start, end: d.coreEnd }, others: [], tailStart: s.end, gerundRanges: [] };
    eachRule(CAPTION_RULES, c, off);
    const { span, others, tailStart, gerundRanges } = c;
    const inOther = (x: { start: number; end: number }): boolean =>
      x.start < tailStart && (others.some((o) => x.start >= o.who!.start && x.end <= o.coreEnd) || gerundRanges.some((g) => x.start >= g.start && x.end <= g.end && (x.start < d.verb.start || x.start > d.coreEnd)));
    d.where = s.mentions.filter((m) => locative(s, m, d, verbEnds, off) && m.start >= span.start && m.end <= span.end && !anyRule(SUBJECT_PLACE_RULE, { d, m }, off) && !inOther(m));
    d.when = s.times.filter((t) => t.start >= Math.min(span.start, d.verb.start) && t.end <= span.end && !inOther(t));
    eachRule(CLAUSE_ADJUNCT_RULES, c, off);
    for (const m of leadPlaces) if (!d.where.includes(m)) d.where.unshift(m);
    for (const t of leadTimes) if (!d.when.includes(t)) d.when.unshift(t);
  }
  eachRule(SHARING_RULES, sc, off);
  for (const d of drafts) {
    d.where.sort((a, b) => a.start - b.start);
    d.when.sort((a, b) => a.start - b.start);
  }
}
