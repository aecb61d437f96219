/**
 * Issue 20 (ninth session, precision-9.ts): CaRB precision, predicates that run past their
 * clause and words read as verbs that are none. Sentences written for these tests (invented
 * names and places); each rule is also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
const rows = (text: string, off: string[] = []): string[] =>
  extractText(text, PUB, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.verbText} | ${c.object}`);

describe('words read as verbs that are none', () => {
  it('spaced-hyphen-compound: "a Velmora - based ferry" is a compound adjective, not a clause', () => {
    const text = 'Troops seized a Velmora - based ferry on Monday.';
    expect(rows(text)).toEqual(['Troops | seize | seized | a Velmora - based ferry on Monday']);
    expect(rows(text, ['spaced-hyphen-compound'])).toEqual(['Troops | seize | seized | ', 'a Velmora | base | based | ferry on Monday']);
  });

  it('s-word-ends-object-compound: "Velmora Scout camps" closing a copula\'s complement is a plural noun', () => {
    const text = 'Many crew members are active staff members of both Tarnwick and Velmora Scout camps.';
    expect(rows(text)).toEqual(['Many crew members | be | are | active staff members of both Tarnwick and Velmora Scout camps']);
    expect(rows(text, ['s-word-ends-object-compound'])).toEqual(['Many crew members | be | are | ', 'active staff members of both Tarnwick and Velmora Scout | camp | camps | ']);
  });

  it('closed-class-never-verb: "more inmates" is part of the object, not a verb group', () => {
    const text = 'Tarnwick has executed four times more inmates than Velmora.';
    expect(rows(text)).toEqual(['Tarnwick | execute | has executed | four times more inmates than Velmora']);
    expect(rows(text, ['closed-class-never-verb'])).toEqual(['Tarnwick | execute | has executed | ', 'four times | inmate | more inmates | than Velmora']);
  });
});

describe('predicates that run past their clause', () => {
  it('trailing-participle-phrase: ", working in clubs ..." is not part of the object', () => {
    const text = 'Ana Vela returned to Tarnwick in 2019, working in clubs as a singer.';
    expect(rows(text)).toEqual(['Ana Vela | return | returned | to Tarnwick in 2019']);
    expect(rows(text, ['trailing-participle-phrase'])).toEqual(['Ana Vela | return | returned | to Tarnwick in 2019, working in clubs as a singer']);
  });

  it('trailing-appositive: ", a school for gifted children" after the object is not part of it', () => {
    const text = 'Ana Vela has joined the Tarnwick Academy, a school for gifted children.';
    expect(rows(text)).toEqual(['Ana Vela | join | has joined | the Tarnwick Academy']);
    expect(rows(text, ['trailing-appositive'])).toEqual(['Ana Vela | join | has joined | the Tarnwick Academy, a school for gifted children']);
  });
});

describe('plain-form "verbs" closing a noun compound', () => {
  it('base-verb-in-object-compound: "a Velmora Navy contract for ten ferries" is the object, not a clause', () => {
    const text = 'Harlow Foods won a Velmora Navy contract for ten ferries.';
    expect(rows(text)).toEqual(['Harlow Foods | win | won | a Velmora Navy contract for ten ferries']);
    expect(rows(text, ['base-verb-in-object-compound'])).toEqual(['Harlow Foods | win | won | ', 'a Velmora Navy | contract | contract | for ten ferries']);
  });
  it('base-verb-in-object-compound: not after a verb taking a bare infinitive ("let the crew work on")', () => {
    expect(rows('They let the crew work on the ferry.')).toEqual(['They | let | let | the crew work on the ferry']);
  });
});
