/**
 * Issue 20 (tenth session, precision-10.ts): claims whose subject or predicate runs past its
 * clause, and verbs that are modifiers. Sentences written for these tests (invented names and
 * places); each rule is also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
const rows = (text: string, off: string[] = []): string[] =>
  extractText(text, PUB, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.verbText} | ${c.object}`);

describe('where a predicate ends', () => {
  it('semicolon-ends-clause: a semicolon closes the clause', () => {
    const text = 'Rosa Kell was named governor of Tarnwick; for a year she held two posts.';
    expect(rows(text)).toEqual(['Rosa Kell | name | was named | governor of Tarnwick', 'she | hold | held | two posts']);
    expect(rows(text, ['semicolon-ends-clause'])[0]).toBe('Rosa Kell | name | was named | governor of Tarnwick; for a year');
  });

  it('auxiliary-takes-verb-after-aside: "will, however, approve" keeps the verb and its object', () => {
    const text = 'The council will, however, approve a new bridge.';
    expect(rows(text)).toEqual(['The council | will | will | however, approve a new bridge']);
    expect(rows(text, ['auxiliary-takes-verb-after-aside'])).toEqual(['The council | will | will | ']);
  });
});

describe('subjects', () => {
  it('participle-before-subject-noun: "The rebel controlled sector" has no verb "controlled"', () => {
    const text = 'The rebel controlled sector was captured by troops in 1967.';
    expect(rows(text)).toEqual(['The rebel controlled sector | capture | was captured | by troops in 1967']);
    expect(rows(text, ['participle-before-subject-noun'])[0]).toBe('The rebel | control | controlled | ');
  });

  it('subject-takes-participle-modifier: the subject starts with the participle and its modifiers', () => {
    const text = 'The rebel controlled sector was captured by troops in 1967.';
    expect(rows(text, ['subject-takes-participle-modifier'])).toEqual(['sector | capture | was captured | by troops in 1967']);
  });

  it('fronted-phrase-not-subject: an opening phrase without a comma is not part of the subject', () => {
    const text = 'After a long absence Ana Vela returned to Tarnwick.';
    expect(rows(text)).toEqual(['Ana Vela | return | returned | to Tarnwick']);
    expect(rows(text, ['fronted-phrase-not-subject'])).toEqual(['a long absence Ana Vela | return | returned | to Tarnwick']);
    expect(rows('On one occasion the lamps went out.')).toEqual(['the lamps | go | went | out']);
  });
});
