/**
 * Issue 20: verb lemmas and finite clauses the tagger misread. Sentences written for these tests
 * (invented names and places).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const rows = (text: string): string[] => extractText(text, { published: '2031-05-06' }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.verbText} | ${c.object}`);

describe('lemmas of auxiliary forms and misread particles', () => {
  it('"had been" is be, "had" alone is have, "had been put" is put', () => {
    const got = rows('All four had been volunteers at the shelter. Ana Ruiz had doubts about the plan. The garrison had been put on alert.');
    expect(got).toContain('All four | be | had been | volunteers at the shelter');
    expect(got).toContain('Ana Ruiz | have | had | doubts about the plan');
    expect(got).toContain('The garrison | put | had been put on | alert');
  });

  it('"will close in May": the verb is close and the month is not part of the verb group', () => {
    const got = rows('The Dunmore bakery will close in May.');
    expect(got).toContain('The Dunmore bakery | close | will close | in May');
  });
});
