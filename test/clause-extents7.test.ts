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

describe('contractions-7: verb groups as written', () => {
  it('pronoun-contraction-verb: "It\'s" is a subject and its verb', () => {
    const text = "It's the largest dam on the Orla river.";
    expect(rows(text)).toEqual(["It | be | 's | the largest dam on the Orla river"]);
    expect(rows(text, ['pronoun-contraction-verb'])).toEqual([]);
  });

  it('pronoun-contraction-verb: the subject is the pronoun, not "they\'re"', () => {
    const text = "They're building a new bridge in Pellow.";
    expect(rows(text)).toEqual(["They | build | 're building | a new bridge in Pellow"]);
    expect(rows(text, ['pronoun-contraction-verb'])[0]).toMatch(/^They're \| build \| /);
  });

  it('degree-word-leaves-verb-group: "became very | ill"', () => {
    const text = 'Ana Brill became very ill with a fever in Pellow.';
    expect(rows(text)).toEqual(['Ana Brill | become | became | very ill with a fever in Pellow']);
    expect(rows(text, ['degree-word-leaves-verb-group'])).toEqual(['Ana Brill | become | became very | ill with a fever in Pellow']);
  });
});

describe('extents-7: complements', () => {
  it('wh-clause-is-object: "has not decided how it will pay ..." keeps the indirect question', () => {
    const text = 'The Tolvik council has not decided how it will pay for the bridge.';
    expect(rows(text)[0]).toBe('The Tolvik council | decide | has not decided | how it will pay for the bridge');
    expect(rows(text, ['wh-clause-is-object'])[0]).toBe('The Tolvik council | decide | has not decided | how');
  });
});

describe('extents-7: more clause-taking verbs', () => {
  it('more-clause-taking-verbs: "suspects" takes the clause after it', () => {
    const text = 'The Pellow doctor suspects the well is poisoned.';
    expect(rows(text)[0]).toBe('The Pellow doctor | suspect | suspects | the well is poisoned');
    expect(rows(text, ['more-clause-taking-verbs'])[0]).toBe('The Pellow doctor | suspect | suspects | ');
  });
});

describe('contractions-7: tokenised text (contractions and quotation marks as words of their own)', () => {
  it('split-contraction-verb: "It \'s recommended" has the lemma "recommend", not "s"', () => {
    const text = "It 's recommended to keep two hens in the Tolvik yard .";
    expect(rows(text)).toEqual(["It | recommend | 's recommended | to keep two hens in the Tolvik yard"]);
    expect(rows(text, ['split-contraction-verb'])).toEqual(['It | s | s recommended | to keep two hens in the Tolvik yard']);
  });
});

describe('contractions-7: quotation marks written as words', () => {
  it('quote-mark-words-are-punctuation: a closing "\'\'" before "said X" is not the speaker', () => {
    const text = "`` The port is shut , '' said Ana Brill , a Tolvik historian .";
    expect(rows(text)[1]).toMatch(/^Ana Brill \| say \| said \| /);
    expect(rows(text, ['quote-mark-words-are-punctuation'])[1]).toMatch(/^'' \| say \| said \| /);
  });
});
