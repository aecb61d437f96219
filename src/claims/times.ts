/**
 * Every time expression of a sentence reaches a claim: the clause it modifies, else the
 * sentence's main clause. Runs after the places and times of each clause are set
 * (placesAndTimes), over what that left unattached.
 */
import type { TimeMention } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { DraftClaim } from './draft.js';
import { claimSpan } from './build.js';

/** Words before a time that belong with it, not with the subject before them: "A judge on Thursday upheld". */
const TIME_LEAD = /^(?:on|in|at|during|early|late|earlier|later|last|this|next)$/;

const SUBORDINATE = /(?:^|[\s,;])(?:as|while|because|although|though|who|which|whom|whose|where|if|unless|whereas)\s/i;

const isFuture = (s: AnnotatedSentenceX, d: DraftClaim): boolean => {
  const vg = s.tokens.slice(d.verb.first, d.verb.last + 1).map((t) => t.norm);
  return vg.some((w) => w === 'will' || w === 'shall' || w === "'ll" || w === 'wo') || /^(?:expect|plan|schedule|intend|aim|hope|vow|pledge|promise)$/.test(d.lemma);
};

export function attachTimes(s: AnnotatedSentenceX, drafts: DraftClaim[]): void {
  if (!drafts.length || !s.times.length) return;
  const toks = s.tokens;
  // 0. a time that names no date says something only about its own clause: not shared with a coordinated one
  //    and one after the verb's object is the object's time ("called for talks in the coming weeks"): only an adverb of the verb itself counts
  const fits = (d: DraftClaim, t: TimeMention): boolean => {
    if (t.date !== null || /\d/.test(t.text)) return true;
    const sp = claimSpan(d);
    return t.start >= Math.min(sp.start, d.verb.start) && (t.end <= d.verb.end || s.text.slice(d.verb.end - s.start, t.start - s.start).trim() === '');
  };
  for (const d of drafts) d.when = d.when.filter((t) => fits(d, t));
  // 1. a time that closes the subject is the clause's: "A county judge on Thursday upheld the ruling"
  for (const d of drafts) {
    const w = d.who;
    if (!w || d.coordinatedWith || w.keepsTime) continue;
    for (const t of s.times) {
      if (!(t.start > w.start && t.end <= w.end && w.end - t.end <= 1)) continue;
      let k = toks.findIndex((x) => x.start >= t.start);
      if (k < 0) continue;
      while (k - 1 > w.first && TIME_LEAD.test(toks[k - 1]!.norm)) k--;
      if (k - 1 < w.first) continue;
      if (w.mention && w.mention.end > toks[k - 1]!.end) continue;
      w.last = k - 1;
      w.end = toks[k - 1]!.end;
      w.text = s.text.slice(w.start - s.start, w.end - s.start).replace(/[\s,]+$/, '');
      if (!d.when.some((x) => x.start === t.start && x.end === t.end)) d.when.push(t);
    }
  }
  // 2. the rest: to the innermost clause whose span holds it, else (when it names a date) the main clause
  const taken = (t: TimeMention): boolean => drafts.some((d) => d.when.some((x) => x.start === t.start && x.end === t.end));
  const main = drafts.find((d) => !d.source && !d.coordinatedWith) ?? drafts[0]!;
  for (const t of s.times) {
    if (taken(t)) continue;
    let host: DraftClaim | null = null;
    let size = Infinity;
    for (const d of drafts) {
      const sp = claimSpan(d);
      if (t.start >= sp.start && t.end <= sp.end && sp.end - sp.start < size) {
        host = d;
        size = sp.end - sp.start;
      }
    }
    // the main clause takes only what dates it: "now" or "recently" outside every clause is no claim's time
    // a trailing adjunct: the clause just before it, with no comma or clause boundary between ("was heavy after the close of trading yesterday")
    // (not one before a verb of its own: "who had fled the war now hope to return")
    const rest = s.text.slice(t.end - s.start).split(/[,;:]/)[0] ?? '';
    const verbAfter = s.verbs.some((v) => v.start >= t.end && v.start - t.end <= rest.length && v.start - t.end < 30);
    if (!host && !verbAfter) {
      let best = Infinity;
      for (const d of drafts) {
        const sp = claimSpan(d);
        if (sp.end > t.start) continue;
        const gap = s.text.slice(sp.end - s.start, t.start - s.start);
        if (/[,;:()"“”—–]/.test(gap) || SUBORDINATE.test(gap) || gap.length > 60) continue;
        if (t.start - sp.end < best) {
          best = t.start - sp.end;
          host = d;
        }
      }
    }
    if (host && !fits(host, t)) continue;
    if (!host && t.date === null) continue;
    // nor a time inside a subordinate clause no claim was made of: ", as many who fled now hope to return"
    if (!host) {
      const sp = claimSpan(main);
      const between = t.start >= sp.end ? s.text.slice(sp.end - s.start, t.start - s.start) : t.end <= sp.start ? s.text.slice(t.end - s.start, sp.start - s.start) : '';
      if (SUBORDINATE.test(between)) continue;
    }
    host ??= main;
    host.when.push(t.future !== undefined && isFuture(s, host) ? { ...t, date: t.future } : t);
    host.when.sort((a, b) => a.start - b.start);
  }
}
