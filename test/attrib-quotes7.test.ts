/**
 * Issue 18 (seventh session, speakers-7.ts): quotations, headlines and what a speaker did not
 * say. Sentences and headlines written for these tests (invented names and places); each rule
 * is also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
/** The source of the first claim whose text starts with `start`, '-' when it has none, 'none' when no such claim. */
const sourceOf = (text: string, start: string, off: string[] = []): string => {
  const c = extractText(text, PUB, { rulesOff: off }).claims.find((x) => x.text.startsWith(start));
  return c ? (c.source?.text ?? '-') : 'none';
};

describe('speakers-7', () => {
  it('said-then-circumstance: "said after the meeting broke up" is not the speaker\'s words', () => {
    const text = 'Title\n\n"We are not going to follow a script," Mayor Tom Adder said after the meeting broke up.';
    expect(sourceOf(text, 'the meeting broke up')).toBe('-');
    expect(sourceOf(text, 'We are not going')).toBe('Mayor Tom Adder');
    expect(sourceOf(text, 'the meeting broke up', ['said-then-circumstance'])).toBe('Mayor Tom Adder');
  });

  it('said-then-circumstance: ", X said Friday, as they ..." and "X said, and soon, ..."', () => {
    const text = 'Title\n\nThe bridge plan is an insult to all drivers, top city lawmakers said Friday afternoon, as they bristled at the questions.';
    // (stance-react-at, stance-8.ts, gives "they bristled at" its own subject as source: off here, this checks only the speaker's)
    expect(sourceOf(text, 'they bristled', ['stance-react-at'])).toBe('-');
    expect(sourceOf(text, 'The bridge plan')).toBe('top city lawmakers');
    expect(sourceOf(text, 'they bristled', ['said-then-circumstance'])).toBe('top city lawmakers');
    const next = 'Title\n\n"He really does love us," Mara said, and soon, the lights were dropping.';
    expect(sourceOf(next, 'the lights were dropping')).toBe('-');
    expect(sourceOf(next, 'the lights were dropping', ['said-then-circumstance'])).toBe('Mara');
  });

  it('title-case-headline-says: "X Says Y Will Z" in a title-case headline', () => {
    const text = 'Mayor Lisk Says Ferry Will Return to Dunmore\n\nThe mayor spoke on Tuesday.';
    expect(sourceOf(text, 'Ferry Will Return')).toBe('Mayor Lisk');
    expect(sourceOf(text, 'Ferry Will Return', ['title-case-headline-says'])).toBe('none');
  });

  it('quote-in-reported-clause: a quotation inside a sourced clause is the source\'s', () => {
    const text = 'Title\n\nAs Ms. Lisk put it, the port is "providing a service you will not get elsewhere."';
    expect(sourceOf(text, 'you will not get')).toBe('Ms. Lisk');
    expect(sourceOf(text, 'you will not get', ['quote-in-reported-clause'])).toBe('the port');
  });

  it('split-quote-speaker-then-participle: "\\"...?\\" X said, looking out on the crowd."', () => {
    const text = 'Title\n\n"Can we win?" Lisk said, looking out on the crowd.';
    expect(sourceOf(text, 'we win')).toBe('Lisk');
    expect(sourceOf(text, 'we win', ['split-quote-speaker-then-participle'])).toBe('-');
  });

  it('headline-person-colon-quote: "A lesson from NAME: \'QUOTE\'" and "NAME on TOPIC: ..."', () => {
    const text = "A lesson from Ana Lisk: 'Be the voice that people hear.'\n\nThe judge spoke on Tuesday.";
    expect(sourceOf(text, 'the voice')).toBe('Ana Lisk');
    expect(sourceOf(text, 'the voice', ['headline-person-colon-quote'])).toBe('-');
    const topic = "Ana Lisk on Harbour Change: The Tides Are 'Rising.'\n\nThe judge spoke on Tuesday.";
    expect(sourceOf(topic, 'The Tides')).toBe('Ana Lisk');
    expect(sourceOf(topic, 'The Tides', ['headline-person-colon-quote'])).toBe('-');
  });

  it('"Del." is a title: the speaker is not cut at its period', () => {
    const text = 'Title\n\n"This is a waste of time," said Del. Stacey Varn of the Dunmore Islands.';
    expect(sourceOf(text, 'This is a waste')).toBe('Del. Stacey Varn');
  });
});
