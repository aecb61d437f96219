/**
 * Issue 20 (tenth session): claim ranking by the claim's own form. A user sorting an article's
 * claims by salience should meet complete, checkable claims before fragments. These rules run
 * after the article's main event is composed (window.ts), so that a fragment cannot keep the
 * event's top rank either; each multiplies a claim's salience (kept in [0, 1]).
 */
import type { Claim } from '../types.js';
import type { DraftClaim } from '../claims/draft.js';
import { SUBORDINATORS } from '../annotate/lexicon.js';
import { rules } from '../claims/rule.js';

/** The finite clauses of one article and the claims made from them, index for index. */
export interface RankCtx10 {
  drafts: readonly DraftClaim[];
  claims: readonly Claim[];
  /** Indices (in claims) of the claims the article's main event was composed from (refine/event.ts). */
  event: readonly number[];
}

/** Words after which a clause may well end on its verb: coordination, subordination, comparison. */
const CLAUSE_GOES_ON = new Set([...SUBORDINATORS, 'and', 'or', 'but', 'nor', 'then', 'than', 'yet']);

const demote = (c: Claim, factor: number): void => {
  c.salience = Math.round(Math.min(1, Math.max(0, c.salience * factor)) * 1000) / 1000;
};

/** Each claim with its draft (none when the two lists do not line up). */
const pairs = (ctx: RankCtx10): [DraftClaim, Claim][] =>
  ctx.drafts.length === ctx.claims.length ? ctx.drafts.map((d, i) => [d, ctx.claims[i]!]) : [];

/**
 * The predicate stops on its verb while the sentence runs straight on with a word of the same
 * clause (no punctuation, no conjunction): the object or complement was lost ("The council did" of
 * "The council did however approve a budget"), so the claim is a fragment.
 */
export function cutAtVerb(d: DraftClaim): boolean {
  if (d.whatEnd > d.verb.end) return false;
  const toks = d.sentence.tokens;
  const verb = toks[d.verb.last];
  const next = toks[d.verb.last + 1];
  if (!verb || !next || !next.norm) return false;
  if (/[^\s]/u.test(verb.post) || /[^\s]/u.test(next.pre)) return false;
  return !CLAUSE_GOES_ON.has(next.norm);
}

export const SALIENCE_RULES_10 = rules<RankCtx10, void>('coref', [
  {
    name: 'salience-cut-predicate',
    description: 'a claim whose predicate stops on its verb while the clause runs on (its object lost) ranks at 0.3 of its salience, the main event too',
    example: 'The Orvale council did however approve a new budget. ("The Orvale council did" is a fragment)',
    apply: (ctx) => {
      for (const [d, c] of pairs(ctx)) if (cutAtVerb(d)) demote(c, 0.3);
    },
  },
  {
    name: 'salience-bare-event',
    description: 'a claim of the main event whose clause ends on its verb (not cut: salience-cut-predicate) has its salience halved, as salience-bare-predicate halves the others',
    example: 'The Orvale talks ended. The envoys signed a truce in Tarnwick. (the truce ranks first)',
    apply: (ctx) => {
      const event = new Set(ctx.event);
      pairs(ctx).forEach(([d, c], i) => {
        if (event.has(i) && d.whatEnd <= d.verb.end && !cutAtVerb(d)) demote(c, 0.5);
      });
    },
  },
]);
