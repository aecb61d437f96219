import { describe, expect, it } from 'vitest';
import { findAnaphoricDays, findTimes, inferPublished } from '../src/annotate/dates.js';

// 2024-12-08 was a Sunday.
const pub = '2024-12-08';
const dates = (s: string, p: string | null = pub) => findTimes(s, p).map((t) => [t.text, t.date]);

describe('findTimes', () => {
  it('resolves weekdays to the most recent such day on or before publication', () => {
    expect(dates('They left on Sunday.')).toEqual([['Sunday', '2024-12-08']]);
    expect(dates('It happened on Tuesday night.')).toEqual([['Tuesday night', '2024-12-03']]);
  });
  it('resolves relative days and parts of the day', () => {
    expect(dates('They arrived yesterday.')).toEqual([['yesterday', '2024-12-07']]);
    expect(dates('He fled this morning.')).toEqual([['this morning', '2024-12-08']]);
    expect(dates('The offensive began last week.')).toEqual([['last week', '2024-W48']]);
  });
  it('gives day-month dates the publication year', () => {
    expect(dates('The offensive began on Nov. 27.')).toEqual([['Nov. 27', '2024-11-27']]);
  });
  it('resolves bare years, month-year and "this month"', () => {
    expect(dates('The war began in 2011.')).toEqual([['2011', '2011']]);
    expect(dates('It was expanded in December 1998.')).toEqual([['December 1998', '1998-12']]);
    expect(dates('Prices rose earlier this month.')).toEqual([['earlier this month', '2024-12']]);
  });
  it('keeps the text of a time span; dates it only when the text ties it to a day', () => {
    expect(dates('A curfew runs from 4 pm to 5 am.')).toEqual([['4 pm', null], ['5 am', null]]);
    expect(dates('The road closed this morning.')).toEqual([['this morning', '2024-12-08']]);
    expect(dates('The road closed on Tuesday night.')).toEqual([['Tuesday night', '2024-12-03']]);
  });
  it('drops durations', () => {
    expect(dates('The regime ruled for 13 years.')).toEqual([]);
  });
  it('leaves relative dates unresolved without a published date', () => {
    expect(dates('They arrived yesterday.', null)).toEqual([['yesterday', null]]);
  });
  it('reads a weekday forward in a future clause, and offers the forward reading where the tense is unmarked', () => {
    expect(findTimes('The pier will reopen on Thursday.', '2025-03-04')[0]).toMatchObject({ text: 'Thursday', date: '2025-03-06' });
    expect(findTimes('The pier on Thursday.', '2025-03-04')[0]).toMatchObject({ date: '2025-02-27', future: '2025-03-06' });
  });
});

describe('findAnaphoricDays', () => {
  it('dates "the same day" and "the next day" from the last day the article gave', () => {
    expect(findAnaphoricDays('The same day, crowds gathered. The next day they left.', '2024-12-08').map((t) => [t.text, t.date])).toEqual([
      ['The same day', '2024-12-08'],
      ['The next day', '2024-12-09'],
    ]);
    expect(findAnaphoricDays('The same day, crowds gathered.', null)).toEqual([]);
  });
});

describe('inferPublished', () => {
  it('takes a dateline in the first lines', () => {
    expect(inferPublished('Headline here\nPublished December 8, 2024\nText about May 1, 2023.')).toBe('2024-12-08');
  });
  it('else takes the latest full date in the article', () => {
    expect(inferPublished('A caption from December 7, 2024.\nMore.\nAnother from Dec. 8, 2024.')).toBe('2024-12-08');
  });
  it('pins the year of "Sunday, Dec. 8" with a reference year', () => {
    expect(inferPublished('Rebels entered the city on Sunday, Dec. 8, officials said.', 2024)).toBe('2024-12-08');
    expect(inferPublished('Rebels entered the city on Sunday, Dec. 8, officials said.')).toBeNull();
  });
});
