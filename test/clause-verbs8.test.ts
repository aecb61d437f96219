/**
 * Issue 20 (eighth session, verb-repairs-8.ts and claims/verbs-8.ts): main verbs compromise reads
 * as nouns, and clauses whose verb was dropped. Sentences written for these tests (invented names
 * and places); each rule is also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
const rows = (text: string, off: string[] = []): string[] =>
  extractText(text, PUB, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.verbText} | ${c.object}`);

describe('verbs compromise reads as nouns (verb-repairs-8)', () => {
  it('s-verb-before-participle-modifier: "employs reinforced concrete" has "employs" as its verb', () => {
    const text = 'The Tarvel mill employs reinforced concrete.';
    expect(rows(text)).toEqual(['The Tarvel mill | employ | employs | reinforced concrete']);
    expect(rows(text, ['s-verb-before-participle-modifier'])).toEqual(['The Tarvel mill employs | reinforce | reinforced | concrete']);
  });

  it('s-verb-closing-attribution: ", the ministry claims." is the source of the clause before it', () => {
    const text = 'The bridge will reopen in May, the ministry claims.';
    const sources = (off: string[] = []): (string | null)[] => extractText(text, PUB, { rulesOff: off }).claims.map((c) => c.source?.text ?? null);
    expect(rows(text)[0]).toBe('The bridge | reopen | will reopen | in May');
    expect(sources()[0]).toBe('the ministry');
    expect(rows(text, ['s-verb-closing-attribution', 'trailing-appositive'])).toEqual(['The bridge | reopen | will reopen | in May, the ministry claims']);
    expect(sources(['s-verb-closing-attribution'])).toEqual([null]);
  });

  it('base-verb-after-plural-subject: a base form after a plural subject and before its object is the verb', () => {
    const roads = 'The two roads parallel the river north of Tarvel.';
    expect(rows(roads)).toEqual(['The two roads | parallel | parallel | the river north of Tarvel']);
    expect(rows(roads, ['base-verb-after-plural-subject'])).toEqual([]);
    const pilots = 'Ferry pilots who have sailed the strait themselves report long delays.';
    // the subject is the relative clause's antecedent (main-verb-after-relative-object, recall-9), not its object's pronoun
    expect(rows(pilots)).toContain('Ferry pilots | report | report | long delays');
    expect(rows(pilots, ['base-verb-after-plural-subject'])).toEqual(['Ferry pilots | sail | have sailed | the strait themselves report long delays']);
  });

  it('noun-past-after-plural-read-as-verb: "shares rose", and after a which-aside', () => {
    const shares = 'Tarvel shares rose 5% yesterday.';
    expect(rows(shares)).toEqual(['Tarvel shares | rise | rose | 5% yesterday']);
    expect(rows(shares, ['noun-past-after-plural-read-as-verb'])).toEqual(['Tarvel | share | shares | rose 5% yesterday']);
    const bonds = 'Tarvel bonds, which have been hammered in recent weeks, rose 1 point.';
    expect(rows(bonds)).toEqual(['Tarvel bonds | hammer | have been hammered | in recent weeks', 'Tarvel bonds | rise | rose | 1 point']);
    expect(rows(bonds, ['noun-past-after-plural-read-as-verb'])).toEqual(['Tarvel bonds | hammer | have been hammered | in recent weeks, rose 1 point']);
  });

  it('leaves noun phrases alone: "cars and trucks the next day"', () => {
    expect(rows('He sold cars and trucks the next day.')).toEqual(['He | sell | sold | cars and trucks the next day']);
  });
});

describe('clauses whose verb was dropped (claims/verbs-8)', () => {
  it('coordinated-s-verb-with-object: "moved to Tarvel and owns a small bakery"', () => {
    const text = 'Ana Brill moved to Tarvel and owns a small bakery.';
    expect(rows(text)).toEqual(['Ana Brill | move | moved | to Tarvel', 'Ana Brill | own | owns | a small bakery']);
    expect(rows(text, ['coordinated-s-verb-with-object'])).toEqual(['Ana Brill | move | moved | to Tarvel and owns a small bakery']);
  });

  it('where-after-noun: "a city where many ethnic groups live" is asserted; an indirect question is not', () => {
    const text = 'Tarvel is a city where many ethnic groups live in old houses.';
    expect(rows(text)).toEqual(['Tarvel | be | is | a city', 'many ethnic groups | live | live | in old houses']);
    // where-after-place (recall-9) also reads this "where" as a relative
    expect(rows(text, ['where-after-noun', 'where-after-place'])).toEqual(['Tarvel | be | is | a city']);
    expect(rows('She asked the clerk where the money went.')).toEqual(['She | ask | asked | the clerk']);
  });
});
