/**
 * Issue 20 (sixth session): salience of a claim whose predicate is its verb alone ("he said",
 * "the talks ended"): such a claim says little on its own, so it ranks below the claims of its
 * article that say what was done to what (run after scoreSalience, window.ts).
 */
import type { DraftClaim } from '../claims/draft.js';
import { rules } from '../claims/rule.js';

export const SALIENCE_RULES_6 = rules<DraftClaim[], void>('coref', [
  {
    name: 'salience-bare-predicate',
    description: 'a claim whose predicate is the bare verb, with nothing after it, has its salience halved',
    example: 'The talks ended. (ranked below "The talks ended in a deal")',
    apply: (drafts) => {
      for (const d of drafts) {
        if (d.salience === undefined || d.whatEnd > d.verb.end) continue;
        d.salience = Math.round(d.salience * 500) / 1000;
      }
    },
  },
]);
