/**
 * Issue 20 (seventh session, extents-7.ts): where an existing claim's predicate ends and a
 * subject's quotation closes. Sentences written for these tests (invented names and places);
 * each rule is also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
const rows = (text: string, off: string[] = []): string[] =>
  extractText(text, PUB, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.verbText} | ${c.object}`);

describe('extents-7: predicate ends', () => {
  it('preposition-before-relative-pronoun: "in which" opens the relative clause', () => {
    const text = 'The drought year was the tenth season in which exports of Velmora grain failed to grow.';
    expect(rows(text)).toContain('The drought year | be | was | the tenth season');
    expect(rows(text, ['preposition-before-relative-pronoun', 'no-dangling-preposition'])).toContain('The drought year | be | was | the tenth season in');
  });

  it('preposition-before-relative-pronoun: ", the larger of which" goes with it', () => {
    const text = 'Ana Brill founded two firms, the larger of which was sold to Vantor in 2001.';
    expect(rows(text)[0]).toBe('Ana Brill | found | founded | two firms');
    expect(rows(text, ['preposition-before-relative-pronoun', 'no-dangling-preposition'])[0]).toBe('Ana Brill | found | founded | two firms, the larger of');
  });

  it('no-dangling-preposition: a predicate cut before a misread verb does not end on "a"', () => {
    const text = 'Tarnwick gravy can be thickened by adding a sliced raw potato.';
    expect(rows(text)[0]).toBe('Tarnwick gravy | thicken | can be thickened | by adding');
    expect(rows(text, ['no-dangling-preposition'])[0]).toBe('Tarnwick gravy | thicken | can be thickened | by adding a');
  });
});

describe('extents-7: subjects', () => {
  it('subject-keeps-inner-quote-close: a quotation opened inside the subject is closed', () => {
    const text = 'This "storm of the decade" flooded the port of Pellow.';
    expect(rows(text)[0]).toBe('This "storm of the decade" | flood | flooded | the port of Pellow');
    expect(rows(text, ['subject-keeps-inner-quote-close'])[0]).toBe('This "storm of the decade | flood | flooded | the port of Pellow');
  });
});
