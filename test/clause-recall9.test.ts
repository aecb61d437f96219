/**
 * Issue 20 (ninth session, recall-9.ts): clauses no claim reached. Sentences written for these
 * tests (invented names and places); each rule is also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
const rows = (text: string, off: string[] = []): string[] =>
  extractText(text, PUB, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.verbText} | ${c.object}`);

describe('recall-9: clauses that found no subject', () => {
  it('loose-punctuation-against-word: a comma set off by spaces reads as written against the word', () => {
    const text = 'The army broke out of the beachhead , took the town , and raced to Tarnwick .';
    expect(rows(text)).toEqual(['The army | break | broke out | of the beachhead', 'The army | take | took | the town', 'The army | race | raced | to Tarnwick']);
    expect(rows(text, ['loose-punctuation-against-word', 'tokenised-punctuation-against-word'])).toEqual(['The army | break | broke out | of the beachhead', '- | race | raced | to Tarnwick']);
  });

  it('series-verb-after-adverb: a verb of a series with an adverb before it shares the subject', () => {
    const text = 'The inspector showed up with a level, carefully measured every wall and wrote a report.';
    expect(rows(text)).toEqual(['The inspector | show | showed up | with a level', 'The inspector | measure | carefully measured | every wall', 'The inspector | write | wrote | a report']);
    expect(rows(text, ['series-verb-after-adverb'])).toEqual(['The inspector | show | showed up | with a level', '- | write | wrote | a report']);
  });

  it('coordinated-verb-after-adjunct: "and, after serving a year, became" is coordinated', () => {
    const text = 'Ana Vell was re-elected in 1841 and, after serving a year, became a judge.';
    expect(rows(text)).toEqual(['Ana Vell | re-elect | was re-elected | in 1841', 'Ana Vell | become | became | a judge']);
    expect(rows(text, ['coordinated-verb-after-adjunct'])).toEqual(['Ana Vell | re-elect | was re-elected | in 1841']);
  });

  it('main-verb-after-relative-object: the main verb is the antecedent\'s, not the relative object\'s', () => {
    const text = 'Some doctors who have conducted hours of tests on themselves report temporary headaches.';
    expect(rows(text)).toEqual(['Some doctors | conduct | have conducted | hours of tests on themselves', 'Some doctors | report | report | temporary headaches']);
    expect(rows(text, ['main-verb-after-relative-object'])).toEqual(['Some doctors | conduct | have conducted | hours of tests', 'themselves | report | report | temporary headaches']);
  });
});

describe('recall-9: clauses that were dropped', () => {
  it('where-after-place: a relative "where" after a named place is asserted', () => {
    const text = 'The talks were held at the Harbour Hotel where Ana Vell signed the pact.';
    expect(rows(text)).toEqual(['The talks | hold | were held | at the Harbour Hotel', 'Ana Vell | sign | signed | the pact']);
    expect(rows(text, ['where-after-place'])).toEqual(['The talks | hold | were held | at the Harbour Hotel']);
  });

  it('participle-after-noun-comma: "campaign, created by ..." is a passive clause on the campaign', () => {
    const text = 'The company will spend $30 million on its campaign, created by the Tarvel agency in Dunmore.';
    const host = 'The company | spend | will spend | $30 million on its campaign, created by the Tarvel agency in Dunmore';
    expect(rows(text)).toEqual([host, 'its campaign | create | created | by the Tarvel agency in Dunmore']);
    // agent-passive-claim reads the same phrase when the participle is not taken for a finite verb
    expect(rows(text, ['participle-after-noun-comma', 'agent-passive-claim'])).toEqual([host]);
    const known = 'The body was made of carbon fiber and Kevlar, known for its strength.';
    expect(rows(known)).toEqual(['The body | make | was made | of carbon fiber', 'carbon fiber and Kevlar | known | known | for its strength']);
    expect(rows(known, ['participle-after-noun-comma'])).toEqual(['The body | make | was made | of carbon fiber']);
  });
});

describe('recall-9: closed subjects', () => {
  it('indefinite-else-subject: "Everyone else" is the subject', () => {
    const text = 'Everyone else is going to catch up with the Tarvel design.';
    expect(rows(text)).toEqual(['Everyone else | catch | is going to catch up | with the Tarvel design']);
    expect(rows(text, ['indefinite-else-subject'])).toEqual([]);
  });
});

describe('recall-9: spaced hyphens', () => {
  it('spaced-hyphen-compound (precision-9): "state - owned ferry line" is no clause and does not cut the object', () => {
    const text = 'Tarvel sold its state - owned ferry line to a Dunmore - based group .';
    expect(rows(text)).toEqual(['Tarvel | sell | sold | its state - owned ferry line to a Dunmore - based group']);
    expect(rows(text, ['spaced-hyphen-compound', 'tokenised-spaced-hyphen'])).toEqual(['Tarvel | sell | sold | ', 'its state | own | owned | ferry line', 'a Dunmore | base | based | group']);
  });
});

describe('recall-9: nouns read as verbs', () => {
  it('present-word-closing-object: "typewriter use," closes the object of "has"', () => {
    const text = 'The Tarvel mill has no history of typewriter use, and its staff still write by hand.';
    expect(rows(text)).toEqual(['The Tarvel mill | have | has | no history of typewriter use', 'its staff | write | still write | by hand']);
    expect(rows(text, ['present-word-closing-object', 'base-verb-in-object-compound'])).toEqual(['The Tarvel mill | have | has | ', 'no history of typewriter | use | use | ', 'its staff | write | still write | by hand']);
  });
});
