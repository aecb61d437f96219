/**
 * Issue 20 (tenth session, recall-10.ts): main clauses whose subject carries a clause of its own.
 * Sentences written for these tests (invented names and places); each rule is also switched off
 * to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
const rows = (text: string, off: string[] = []): string[] =>
  extractText(text, PUB, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.verbText} | ${c.object}`);

describe('subjects that carry a clause of their own', () => {
  it('subject-over-ing-modifier: "The men carrying the flags" is the subject, not "the flags"', () => {
    const text = 'The men carrying the Tarvel flags marched to the square.';
    expect(rows(text)).toEqual(['The men carrying the Tarvel flags | march | marched | to the square']);
    expect(rows(text, ['subject-over-ing-modifier'])).toEqual(['the Tarvel flags | march | marched | to the square']);
  });

});
