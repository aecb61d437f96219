/**
 * Issue 20 (tenth session, src/refine/salience-10.ts): claims ranked by their own form, so that a
 * user sorting an article's claims by salience meets complete claims before fragments. Sentences
 * written for these tests (invented names and places); each rule is also switched off to show
 * what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
/** The article's claims, most salient first: "who | verb group | object". */
const ranked = (text: string, off: string[] = []): string[] =>
  [...extractText(text, PUB, { rulesOff: off }).claims]
    .sort((a, b) => b.salience - a.salience)
    .map((c) => `${c.who?.text ?? '-'} | ${c.verbText} | ${c.object}`);

describe('salience by the claim\'s form', () => {
  it('salience-cut-predicate: a predicate cut on its verb ranks below a complete claim, the main event too', () => {
    const text = 'The Orvale council did however approve a new budget for the Tarnwick ferry. The mayor praised the plan.';
    // precision-10's auxiliary-takes-verb-after-aside mends this cut; with it off the cut stands
    // for the cuts no extent rule mends, and the demotion is what ranks it
    const mend = 'auxiliary-takes-verb-after-aside';
    expect(ranked(text)[0]).toBe('The Orvale council | did | however approve a new budget for the Tarnwick ferry');
    expect(ranked(text, [mend])).toEqual(['The mayor | praised | the plan', 'The Orvale council | did | ']);
    expect(ranked(text, [mend, 'salience-cut-predicate'])).toEqual(['The Orvale council | did | ', 'The mayor | praised | the plan']);
  });

  it('salience-bare-event: a main event that is a bare verb ranks below a claim of its sentence that says what was done', () => {
    const text = 'The Orvale talks collapsed, and the envoys left Tarnwick.';
    expect(ranked(text)).toEqual(['the envoys | left | Tarnwick', 'The Orvale talks | collapsed | ']);
    expect(ranked(text, ['salience-bare-event'])).toEqual(['The Orvale talks | collapsed | ', 'the envoys | left | Tarnwick']);
  });
});
