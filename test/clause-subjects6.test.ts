/**
 * Issue 20 (sixth session, subjects-6.ts, np-6.ts, extents-6.ts, salience-6.ts): clause
 * subjects and predicates. Sentences written for these tests (invented names and places); each
 * rule is also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
const rows = (text: string, off: string[] = []): string[] =>
  extractText(text, PUB, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.verbText} | ${c.object}`);

describe('subjects', () => {
  it('subject-head-before-preposition: the head noun with its prepositional phrase, not the name after the preposition', () => {
    const text = 'Declining issues on the New Grenmoor Stock Exchange outnumbered gainers.';
    expect(rows(text)[0]).toMatch(/^Declining issues on the New Grenmoor Stock Exchange \| outnumber \|/);
    expect(rows(text, ['subject-head-before-preposition'])[0]).toMatch(/^the New Grenmoor Stock Exchange \| outnumber \|/);
  });

  it('subject-reduced-relative-head: a participle and a time after the subject are not a clause of their own', () => {
    const text = 'The money raised last year went to the Tarvel school.';
    expect(rows(text)).toHaveLength(1);
    expect(rows(text)[0]).toMatch(/^The money raised.* \| go \| went \| to the Tarvel school$/);
    expect(rows(text, ['subject-reduced-relative-head'])).toEqual(['The money | raise | raised | last year went to the Tarvel school']);
  });

  it('subject-pronoun-coordination: "He and his wife" is one subject', () => {
    const text = 'He and his wife moved to Orlen in 1990.';
    expect(rows(text)).toEqual(['He and his wife | move | moved | to Orlen in 1990']);
    expect(rows(text, ['subject-pronoun-coordination'])).toEqual(['his wife | move | moved | to Orlen in 1990']);
  });

  it('subject-closes-its-quote: a quoted name as subject keeps its quotation marks', () => {
    const text = '"Vessko" was the only ship to survive the storm.';
    expect(rows(text)).toEqual(['"Vessko" | be | was | the only ship to survive the storm']);
    expect(rows(text, ['subject-closes-its-quote'])).toEqual(['Vessko | be | was | the only ship to survive the storm']);
  });
});

describe('predicates', () => {
  it('as-noun-phrase-preposition: "as the chief of X" stays in the predicate', () => {
    const text = 'Ana Brill served for ten years as the chief of the harbour board.';
    expect(rows(text)).toEqual(['Ana Brill | serve | served | for ten years as the chief of the harbour board']);
    expect(rows(text, ['as-noun-phrase-preposition'])).toEqual(['Ana Brill | serve | served | for ten years']);
  });

  it('salience-bare-predicate: a claim with a bare verb ranks below one with an object', () => {
    const text = 'Ana Brill left the Tarvel board in May. The talks ended. The mayor criticised the Orlen council.';
    const sal = (off: string[] = []): number | undefined => extractText(text, PUB, { rulesOff: off }).claims.find((c) => c.verbText === 'ended')?.salience;
    const mayor = (off: string[] = []): number | undefined => extractText(text, PUB, { rulesOff: off }).claims.find((c) => c.verbText === 'criticised')?.salience;
    expect(sal()!).toBeLessThan(mayor()!);
    expect(sal(['salience-bare-predicate'])!).toBeGreaterThan(mayor(['salience-bare-predicate'])!);
  });
});


describe('verb groups and subjects the tagger splits', () => {
  it('be-degree-word-participle: "were little changed" is one passive group', () => {
    const text = 'Tarvel city bonds were little changed in late dealings.';
    expect(rows(text)).toEqual(['Tarvel city bonds | change | were little changed | in late dealings']);
    expect(rows(text, ['be-degree-word-participle'])).not.toContain('Tarvel city bonds | change | were little changed | in late dealings');
  });

  it('s-noun-before-verb: "Harbour Gun clubs operate" has "clubs" in its subject', () => {
    const text = 'Harbour Gun clubs operate under loose rules.';
    expect(rows(text)).toEqual(['Harbour Gun clubs | operate | operate | under loose rules']);
    expect(rows(text, ['s-noun-before-verb'])).not.toContain('Harbour Gun clubs | operate | operate | under loose rules');
  });

  it('s-noun-before-prepositional-phrase: "Ferry services on the Orlen line were cut" has "services" in its subject', () => {
    const text = 'Ferry services on the Orlen line were cut in 1990.';
    expect(rows(text)).toEqual(['Ferry services on the Orlen line | cut | were cut | in 1990']);
    expect(rows(text, ['s-noun-before-prepositional-phrase'])).not.toContain('Ferry services on the Orlen line | cut | were cut | in 1990');
  });

  it('subject-before-adverb-phrase: "so far" between the subject and its verb is not the subject', () => {
    const text = 'The Tarvel council so far has failed to act.';
    expect(rows(text)).toEqual(['The Tarvel council | fail | has failed | to act']);
    expect(rows(text, ['subject-before-adverb-phrase'])).toEqual(['far | fail | has failed | to act']);
  });
});

describe('a prepositional object is not the next subject', () => {
  it('subject-not-prepositional-object: "in Orlen and her father opened" has "her father" as subject', () => {
    const text = 'Ana Vell was reunited with her family in Orlen and her father opened a shop.';
    expect(rows(text)).toEqual(['Ana Vell | reunite | was reunited | with her family in Orlen', 'her father | open | opened | a shop']);
    expect(rows(text, ['subject-not-prepositional-object'])).toEqual(['Ana Vell | reunite | was reunited | with', 'her family in Orlen and her father | open | opened | a shop']);
  });
});
