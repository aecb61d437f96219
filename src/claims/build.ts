/**
 * Build stage: one draft claim per asserted finite-verb clause of a sentence, with its
 * subject, predicate, places, times, attribution, negation and hedging. Rules of English
 * news writing only; nothing here knows any particular story.
 *
 * The builder is a pipeline of passes over a sentence's clauses, each in its own file, each a
 * list of named rules (rule.ts; all of them listed in rules.ts):
 *   1. finite.ts      which verb groups are a clause's main verb
 *   2. subjects.ts    each clause's subject, or the clause it shares one with
 *   3. extents.ts     where each clause ends
 *   4. objects.ts     the predicate's span (verb, object, adjuncts)
 *   5. negation.ts    negated? hedged? asserted at all?
 *   6. attribution.ts according to whom
 *   7. places/times   where and when (below; runs later, after alias merging, from window.ts)
 */
import type { Token } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { TypedMention } from '../annotate/entities.js';
import { ATTITUDE_VERBS, LOCATIVE_PREPS, MOTION_VERBS, SAY_LIKE } from '../annotate/lexicon.js';
import type { Clause, DraftClaim } from './draft.js';
import { ALL_ON, eachRule, type RulesOff } from './rule.js';
import { finiteVerbs } from './finite.js';
import { DRAFT_SUBJECT_RULES, subjects } from './subjects.js';
import { extents } from './extents.js';
import { objects } from './objects.js';
import { asserted, modality } from './negation.js';
import { attribute } from './attribution.js';
import { has } from './words.js';
import { pushAll } from '../util/arrays.js';

/** Build the draft claims of one sentence. `off`: names of rules switched off (none by default). */
export function buildSentence(s: AnnotatedSentenceX, off: RulesOff = ALL_ON): DraftClaim[] {
  if (s.kind === 'furniture' || s.tokens.length === 0) return [];
  const toks = s.tokens;
  // 1. finite verbs
  const { finite, hedgedBy } = finiteVerbs(s, off);
  const clauses: Clause[] = finite.map((v) => {
    const inf = hedgedBy.get(v);
    const lemmaVerb = inf ?? v;
    return {
      v,
      inf,
      lastTok: inf ? inf.last : v.last,
      lemma: lemmaVerb.lemma || toks[lemmaVerb.last]!.norm,
      found: { who: null, coordinated: false, relative: false },
      who: null,
      coordWith: -1,
      endTok: toks.length,
      clauseEndTok: toks.length,
      whatStart: 0,
      whatEnd: 0,
      coreEnd: 0,
      hedged: false,
      negated: false,
    };
  });
  // 2-5. subjects, clause extents, objects, negation and hedging
  subjects(s, clauses, off);
  extents(s, clauses, off);
  objects(s, clauses, off);
  modality(s, clauses, off);
  const drafts: DraftClaim[] = [];
  for (const c of clauses) {
    const { v, inf, lemma } = c;
    drafts.push({
      sentence: s,
      verb: inf ? { ...v, last: inf.last, end: inf.end, lemma } : v,
      lemma,
      who: c.who,
      coordinatedWith: c.coordWith >= 0 ? drafts[c.coordWith]! : null,
      whatStart: c.whatStart,
      whatEnd: c.whatEnd,
      coreEnd: c.coreEnd,
      endToken: c.endTok,
      where: [],
      when: [],
      source: null,
      negated: c.negated,
      hedged: c.hedged,
      speech: SAY_LIKE.has(lemma),
    });
  }
  for (const d of drafts) eachRule(DRAFT_SUBJECT_RULES, d, off);
  asserted(s, drafts, off);
  // 6. attribution
  attribute(s, drafts, off);
  return drafts;
}

/** Claim span in UTF-16: from the subject (when it precedes the verb) to the end of the predicate. */
export function claimSpan(d: DraftClaim): { start: number; end: number } {
  const start = d.who && !d.coordinatedWith && d.who.start < d.verb.start ? d.who.start : d.verb.start;
  return { start, end: Math.max(d.whatEnd, d.verb.end) };
}

/**
 * Places and times of each clause. Runs after alias merging, when every mention has the type
 * of its canonical entity ("Port Elmsworth" is a place even where compromise guessed a person).
 */
export function placesAndTimes(s: AnnotatedSentenceX, drafts: DraftClaim[], off: RulesOff = ALL_ON): void {
  void off;
  const toks = s.tokens;
  // a sentence-initial adjunct ("In Damascus, ...", "In cities such as A, B and C, ...") applies to every clause
  let leadEnd = -1;
  const opensWithTime = s.times.some((t) => t.start === s.start || (toks[0] && t.start === toks[1]?.start && /^(?:on|at|by|early|late|earlier|later)$/.test(toks[0].norm)));
  if (toks.length && (opensWithTime || ['in', 'on', 'at', 'across', 'throughout', 'inside', 'outside', 'near', 'early', 'late', 'earlier', 'later', 'by', 'during'].includes(toks[0]!.norm))) {
    const firstWho = drafts.find((d) => d.who && !d.coordinatedWith)?.who;
    const limit = firstWho ? firstWho.first : toks.length;
    let comma = -1;
    for (let i = 0; i < limit; i++) if (/,/.test(toks[i]!.post)) comma = i;
    if (comma >= 0 && !toks.slice(0, comma + 1).some((t) => has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'PastTense'))) leadEnd = toks[comma]!.end;
  }
  /** A place that is where something happens, not a possessor or a topic: "in Damascus", "entered Syria", not "Syria's future". */
  const verbEnds = new Map(s.verbs.map((v) => [v.last, v]));
  /**
   * A place is where the event happens when it follows a locative preposition ("in Damascus"),
   * is the object of a verb of movement or force ("entered Damascus"), or locates the subject
   * ("videos from Damascus"); not when it is a possessor ("Syria's future"), a topic ("the fall
   * of Homs", "departure from Syria"), the object of another verb ("hope to see Syria") or part
   * of a title ("US President").
   */
  const locative = (m: TypedMention, d: DraftClaim | null): boolean => {
    if (m.type !== 'place' || m.text.length < 2) return false;
    const after = s.text.slice(m.end - s.start, m.end - s.start + 2);
    if (/^['’]s(?!\p{L})/u.test(after) || (/s$/.test(m.text) && /^['’](?:\s|$)/.test(after) && !/['‘]/.test(s.text[m.start - s.start - 1] ?? ''))) return false;
    let ti = toks.findIndex((t) => t.start >= m.start);
    // look past modifiers to the word that governs the name: "of capital Damascus", "at the Presidential Palace"
    for (let n = 0; n < 3 && ti > 0; n++) {
      const p = toks[ti - 1]!;
      if (has(p, 'Preposition') || LOCATIVE_PREPS.has(p.norm) || p.norm === 'on' || p.norm === 'over') break;
      if (!(has(p, 'Determiner') || (has(p, 'Adjective') && !has(p, 'Verb')) || (/^\p{Ll}/u.test(p.text) && has(p, 'Noun') && !has(p, 'Pronoun') && !has(p, 'Preposition') && /^(?:capital|city|town|village|province|region|port|town)$/.test(p.norm)))) break;
      ti--;
    }
    const prev = toks[ti - 1];
    const inSubject = Boolean(d?.who && m.start >= d.who.start && m.end <= d.who.end);
    if (!prev) return !inSubject;
    if (prev.norm === 'of') {
      // "the streets of Damascus", "the city of Hama", but not "the fall of Homs"
      const head = toks[ti - 2];
      return Boolean(head && /^(?:streets?|city|town|village|capital|suburbs?|outskirts|centre|center|heart|province|region|area|parts?|districts?|neighbourhoods?|neighborhoods?|port|island|state|republic|kingdom|county)$/.test(head.norm));
    }
    if (prev.norm === 'from') return inSubject || /^(?:flee|escape|return|withdraw|evacuate|retreat|leave|depart|travel|fly|move|come)$/.test(d?.lemma ?? '');
    if (['about', 'for', 'against', 'with', 'than', 'like', 'toward', 'towards'].includes(prev.norm)) return false;
    // "called for calm in Sudan": a place qualifying the noun that a reaction is about
    const head = toks[ti - 2];
    if (d && ATTITUDE_VERBS.has(d.lemma) && m.start > d.verb.end && head && has(head, 'Noun') && !has(head, 'Pronoun') && !has(head, 'ProperNoun')) return false;
    if (LOCATIVE_PREPS.has(prev.norm) || prev.norm === 'on' || prev.norm === 'over') return true;
    const v = verbEnds.get(ti - 1) ?? (has(prev, 'Determiner') ? verbEnds.get(ti - 2) : undefined);
    if (v) return MOTION_VERBS.has(v.lemma);
    if (inSubject && !LOCATIVE_PREPS.has(prev.norm)) return false;
    return true;
  };
  const leadPlaces = s.mentions.filter((m) => locative(m, null) && m.end <= leadEnd);
  const leadTimes = s.times.filter((t) => t.end <= leadEnd);
  // a caption's places and date describe the whole picture, except what another actor's clause says
  const caption = s.kind === 'caption';
  for (const d of drafts) {
    let span = { start: claimSpan(d).start, end: d.coreEnd };
    if (caption && !d.speech) {
      span = { start: s.start, end: s.end };
    }
    const others = caption
      ? drafts.filter((o) => o !== d && o.who && !o.coordinatedWith && !/^(?:he|she|they|it|we|i)$/i.test(o.who.text) && o.who.text !== d.who?.text && o.verb.start > d.verb.start)
      : [];
    // the caption's closing ", in Paris on December 8, 2024" belongs to every clause
    let tailStart = s.end;
    if (caption) {
      for (let k = toks.length - 1; k > 0; k--) {
        if (s.verbs.some((v) => v.first >= k)) break;
        if (/,/.test(toks[k - 1]!.post) && ['in', 'at', 'on', 'near', 'outside', 'inside'].includes(toks[k]!.norm)) tailStart = toks[k]!.start;
      }
      // "... collapsed in Damascus, Syria, Sunday, Dec. 8, 2024.": a closing run of places and dates
      const inSpan = (t: Token): boolean => s.times.some((x) => t.start >= x.start && t.end <= x.end) || s.mentions.some((x) => x.type === 'place' && t.start >= x.start && t.end <= x.end);
      let k = toks.length - 1;
      while (k >= 0 && (inSpan(toks[k]!) || /^\W*$/.test(toks[k]!.text))) k--;
      if (k >= 0 && k < toks.length - 1 && ['in', 'at', 'on', 'near'].includes(toks[k]!.norm) && toks.slice(k + 1).some((t) => s.mentions.some((x) => x.type === 'place' && t.start >= x.start && t.end <= x.end))) {
        tailStart = Math.min(tailStart, toks[k]!.start);
      }
    }
    // ", sending X fleeing and ending rule in Y": a participle clause says where something else happened
    const gerundRanges: { start: number; end: number }[] = [];
    if (caption) {
      toks.forEach((t, k) => {
        if (k === 0 || !/,/.test(toks[k - 1]!.post) || !(has(t, 'Gerund') || /ing$/.test(t.norm))) return;
        let e = k;
        while (e + 1 < toks.length && !/[,;]/.test(toks[e]!.post)) e++;
        gerundRanges.push({ start: t.start, end: toks[e]!.end });
      });
    }
    const inOther = (x: { start: number; end: number }): boolean =>
      x.start < tailStart && (others.some((o) => x.start >= o.who!.start && x.end <= o.coreEnd) || gerundRanges.some((g) => x.start >= g.start && x.end <= g.end && (x.start < d.verb.start || x.start > d.coreEnd)));
    const whoIsPlace = (m: TypedMention): boolean => Boolean(d.who && d.who.mention === m && d.who.text.replace(/^the\s+/i, '').length <= m.text.length + 2);
    d.where = s.mentions.filter((m) => locative(m, d) && m.start >= span.start && m.end <= span.end && !whoIsPlace(m) && !inOther(m));
    d.when = s.times.filter((t) => t.start >= Math.min(span.start, d.verb.start) && t.end <= span.end && !inOther(t));
    // "..., then in the early hours of Dec. 8, they announced": an adjunct just before this clause's subject
    if (d.who && !d.coordinatedWith && d.who.first > 0 && /,/.test(toks[d.who.first - 1]!.post)) {
      let a = d.who.first - 1;
      while (a > 0 && !/[,;]/.test(toks[a - 1]!.post) && !has(toks[a - 1], 'Verb')) a--;
      const seg = toks.slice(a, d.who.first);
      // only an adjunct that opens its own comma-bounded stretch, not the tail of the previous clause
      if (a > 0 && /[,;]/.test(toks[a - 1]!.post) && seg.length <= 10 && !seg.some((t) => has(t, 'Verb'))) {
        for (const t of s.times) if (t.start >= toks[a]!.start && t.end <= toks[d.who.first - 1]!.end && !d.when.includes(t)) d.when.unshift(t);
      }
    }
    for (const m of leadPlaces) if (!d.where.includes(m)) d.where.unshift(m);
    for (const t of leadTimes) if (!d.when.includes(t)) d.when.unshift(t);
  }
  // adjuncts inside a clause nested in this one belong to the nested clause:
  // "The war, which began in 2011, has claimed ..." — 2011 is when it began
  for (const d of drafts) {
    const span = claimSpan(d);
    for (const o of drafts) {
      if (o === d || o.verb.start <= span.start || o.verb.start >= d.verb.start) continue;
      const inner = { start: o.who && o.who.start > span.start ? o.who.start : o.verb.start, end: o.coreEnd };
      d.where = d.where.filter((m) => !(m.start >= inner.start && m.end <= inner.end));
      d.when = d.when.filter((t) => !(t.start >= inner.start && t.end <= inner.end));
    }
  }
  // an embedded post is dated by its signature
  if (s.kind === 'post' && s.postTime) for (const d of drafts) if (d.when.length === 0) d.when = [s.postTime];
  // a clause about the future reads a bare weekday forward: "will reopen on Thursday"
  for (const d of drafts) {
    const vg = s.tokens.slice(d.verb.first, d.verb.last + 1).map((t) => t.norm);
    const future = vg.some((w) => w === 'will' || w === 'shall' || w === "'ll" || w === 'wo') || /^(?:expect|plan|schedule|intend|aim|hope|vow|pledge|promise)$/.test(d.lemma);
    if (future) d.when = d.when.map((t) => (t.future !== undefined ? { ...t, date: t.future } : t));
  }
  // coordinated clauses share their adjuncts: "stormed into X and looted Y on Sunday"
  for (const d of drafts) {
    const c = d.coordinatedWith;
    if (!c) continue;
    // only to a clause that has none of its own: "built in 1962 and expanded in 1998" keep theirs
    if (c.where.length === 0) pushAll(c.where, d.where);
    else if (d.where.length === 0) pushAll(d.where, c.where);
    if (c.when.length === 0) pushAll(c.when, d.when);
    else if (d.when.length === 0) pushAll(d.when, c.when);
  }
  // "As he fled the country, crowds stormed the palace on Sunday": a temporal clause shares the main clause's time
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.when.length) continue;
    const lead = d.who && d.who.first < d.verb.first ? d.who.first : d.verb.first;
    const intro = toks[lead - 1];
    if (!intro || !/^(?:as|when|while|once)$/.test(intro.norm)) continue;
    const dated = (o: DraftClaim): boolean => o.when.some((t) => t.date);
    // the main clause, not a clause reported inside it
    const main = drafts.slice(i + 1).find((o) => dated(o) && !o.coordinatedWith && !o.source) ?? drafts.slice(0, i).reverse().find((o) => dated(o) && !o.source);
    if (main) d.when = [...main.when];
  }
  // "As daylight broke over Damascus, crowds gathered": an opening temporal clause sets the scene
  if (/^(?:as|when|while)$/.test(toks[0]?.norm ?? '') && drafts.length > 1) {
    const sub = drafts[0]!;
    const main = drafts.find((o) => o !== sub && !o.coordinatedWith && !o.source && o.verb.start > sub.coreEnd);
    if (main && main.where.length === 0 && sub.where.length) main.where = [...sub.where];
  }
  // reported speech is dated by its speech act: "a source told media on Sunday that he is in Moscow"
  const inQuoteAt = (pos: number): boolean => s.quotes.some((q) => pos >= q.innerStart && pos < q.innerEnd);
  for (const d of drafts) {
    const from = d.source?.from;
    const futureInner = s.tokens.slice(d.verb.first, d.verb.last + 1).some((t) => /^(?:will|would|shall|'ll)$/.test(t.norm));
    if (d.when.length || !from || !from.when.length || inQuoteAt(d.verb.start) || from.sentence !== d.sentence || futureInner) continue;
    d.when = [...from.when];
  }
  // a later clause coordinated with an earlier one whose chain starts further back
  for (const d of drafts) {
    d.where.sort((a, b) => a.start - b.start);
    d.when.sort((a, b) => a.start - b.start);
  }
}
