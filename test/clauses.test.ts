/**
 * Issue 20 (clauses): an aside between the subject and its verb keeps the main clause, with its
 * real subject. Fixture: fixtures/clauses/asides.txt (invented names and places).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';
import { root } from './helpers.js';

const ARTICLE = readFileSync(join(root, 'fixtures', 'clauses', 'asides.txt'), 'utf8');
const claims = (off: string[] = []): string[] =>
  extractText(ARTICLE, { published: '2031-05-06' }, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb}`);

describe('asides between the subject and its verb', () => {
  it('all four main clauses are claims with the subject before the aside', () => {
    const got = claims();
    expect(got).toContain('The University of Varnholt | refuse');
    expect(got).toContain('Gorvex Holdings | begin');
    expect(got).toContain('The council | approve');
    expect(got).toContain('The second tremor | strike');
  });

  it('linking-adverb-before-verb: "X however, refused" loses its claim without it', () => {
    expect(claims(['linking-adverb-before-verb'])).not.toContain('The University of Varnholt | refuse');
  });

  it('aside-discourse-adverb: "X, meanwhile, approved" loses its claim without it', () => {
    expect(claims(['aside-discourse-adverb'])).not.toContain('The council | approve');
  });

  it('aside-prepositional: "X, through its unit, began" and "X, at a depth of ..., struck" lose their claims without it', () => {
    const got = claims(['aside-prepositional']);
    expect(got).not.toContain('Gorvex Holdings | begin');
    expect(got).not.toContain('The second tremor | strike');
  });
});

describe('a comma standing alone between spaces (tokenised text)', () => {
  it('is read as the comma after the previous word: the aside and its subject are kept', () => {
    const got = extractText('Gorvex Holdings , through its Dalmar shipping unit , began a tender offer for Tessin Freight .', { published: '2031-05-06' }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb}`);
    expect(got).toEqual(['Gorvex Holdings | begin']);
  });
});

const PRONOUNS = readFileSync(join(root, 'fixtures', 'clauses', 'pronoun-subjects.txt'), 'utf8');
const pronounClaims = (off: string[] = []): string[] =>
  extractText(PRONOUNS, { published: '2031-05-06' }, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.what}`);

describe('demonstrative and pronoun subjects (issue 20 items 2 and 4)', () => {
  it('"This releases", "That amounts to", "These include" are claims with the demonstrative as subject', () => {
    const got = pronounClaims();
    expect(got).toContain('This | release | releases about a third of the reservoir into the Morrow valley');
    expect(got).toContain('That | amount | amounts to more than two million cubic metres a day');
    expect(got).toContain('These | include | include the old mill race at Pellby');
  });

  it('demonstrative-subject: without it the three sentences give no claim', () => {
    const got = pronounClaims(['demonstrative-subject']).map((c) => c.split(' | ')[0]);
    expect(got).not.toContain('This');
    expect(got).not.toContain('That');
    expect(got).not.toContain('These');
  });

  it('an -s word after "it" is the verb (repair s-verb-after-pronoun): "It hosts a plant" is a claim', () => {
    expect(pronounClaims()).toContain('It | host | hosts a small hydroelectric plant and a fish ladder');
  });
});

const COMPLEMENTS = readFileSync(join(root, 'fixtures', 'clauses', 'complements.txt'), 'utf8');
const complementClaims = (off: string[] = []): string[] =>
  extractText(COMPLEMENTS, { published: '2031-05-06' }, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.what}`);

describe('a verb of thinking or mentioning keeps its complement clause (issue 20 item 3)', () => {
  it('"mentioned the port had lost ...", "believe the service needs ..." are whole predicates, and the complement is still its own claim', () => {
    const got = complementClaims();
    expect(got).toContain('The harbour master Ilse Varga | mention | mentioned the port had lost two routes since the spring');
    expect(got).toContain('Councillors in Pellby | believe | believe the service needs a new operator');
    expect(got).toContain('the service | need | needs a new operator');
  });

  it('clause-verb-takes-complement: without it the predicate is the bare verb', () => {
    const got = complementClaims(['clause-verb-takes-complement']);
    expect(got).toContain('The harbour master Ilse Varga | mention | mentioned');
    expect(got).toContain('Councillors in Pellby | believe | believe');
  });
});

describe('a short appositive without an article between the subject and its verb (issue 20 item 1)', () => {
  it('"One of the pilots, Tomas Brenner, took" and "The new bond, Series 12, is backed" keep their claims', () => {
    const got = claims();
    expect(got).toContain("One of the port's two pilots | take");
    expect(got).toContain('The new bond | back');
  });

  it('aside-appositive: without it (and appositive-chain-subject, which reads the same appositive) both sentences give no claim', () => {
    const got = claims(['aside-appositive', 'appositive-chain-subject']);
    expect(got).not.toContain("One of the port's two pilots | take");
    expect(got).not.toContain('The new bond | back');
  });
});
