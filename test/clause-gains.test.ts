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

describe('verbs compromise read as nouns or adjectives', () => {
  it('verb-read-as-plural: "The harbour trust also hosts weekly markets" is a claim with the verb host', () => {
    const got = rows('The harbour trust also hosts weekly markets, and supports the rowing club.');
    expect(got).toContain('The harbour trust | host | hosts | weekly markets');
  });

  it('verb-read-as-plural: a plural before a word and a verb of its clause stays the subject\'s noun', () => {
    const got = rows('The Kelby ferry operators first approved the deal in May.');
    expect(got.some((r) => r.includes('| approve | approved | the deal in May'))).toBe(true);
    expect(got.some((r) => r.includes('| operate |'))).toBe(false);
  });

  it('past-read-as-adjective: "Reyes released about 30 songs" is a claim with the verb release', () => {
    const got = rows('Tomas Reyes released about 30 songs during his years with the label.');
    expect(got.some((r) => r.startsWith('Tomas Reyes | release | released | about 30 songs'))).toBe(true);
  });
});

describe('subjects', () => {
  it('np-ing-modifier: "The harbour and surrounding villages" is the whole coordinated subject', () => {
    const got = extractText('The harbour and surrounding villages were flooded on Sunday.', { published: '2031-05-06' }).claims.map((c) => c.who?.text);
    expect(got).toContain('The harbour and surrounding villages');
    const off = extractText('The harbour and surrounding villages were flooded on Sunday.', { published: '2031-05-06' }, { rulesOff: ['np-ing-modifier'] }).claims.map((c) => c.who?.text);
    expect(off).not.toContain('The harbour and surrounding villages');
  });

  it('subordinator-no-subject: "though" between commas before the verb is a linking adverb, not a subordinator', () => {
    const got = rows('The supply of trained ferry pilots, though, is short.');
    expect(got).toContain('The supply of trained ferry pilots | be | is | short');
  });
});

describe('clauses around asides and relative clauses', () => {
  it('verb-after-aside: the verb after "X, which opened in 1961," or "X, founded in 1901," is the main clause\'s, with X as subject', () => {
    const got = rows('The Kelby lido, which opened in 1961, closed last year. The rowing club, founded in 1901, plays in the second league.');
    expect(got).toContain('The Kelby lido | close | closed | last year');
    expect(got).toContain('The rowing club | play | plays | in the second league');
  });

  it('past-after-relative: "The barge that sank in March" is the subject of the main verb, and sank is its relative clause\'s verb', () => {
    const got = rows('The barge that sank in March was raised on Friday.');
    expect(got).toContain('The barge | raise | was raised | on Friday');
    expect(got).toContain('The barge | sink | sank | in March');
  });

  it('participle-on-object: a speech verb\'s participle after an object ("written for") modifies it, so the predicate keeps its object', () => {
    const got = rows('The new terminal can run software written for older tills, the chain said.');
    expect(got).toContain('The new terminal | run | can run | software written for older tills');
    expect(got.some((r) => r.includes('| write |'))).toBe(false);
  });
});

describe('quoted titles', () => {
  it('quoted-title-subject: a title in quotation marks that opens the sentence is the subject of the verb after it', () => {
    const text = '"Harbour Lights" ran for six years on national radio.';
    // (the subject keeps its quotation marks: subject-closes-its-quote, clause-subjects6)
    expect(rows(text)).toContain('"Harbour Lights" | run | ran | for six years on national radio');
    const off = extractText(text, { published: '2031-05-06' }, { rulesOff: ['quoted-title-subject'] }).claims.map((c) => c.who?.text ?? '-');
    expect(off).not.toContain('Harbour Lights');
    expect(off).not.toContain('"Harbour Lights"');
  });
});
