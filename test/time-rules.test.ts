import { describe, expect, it } from 'vitest';
import { findTimes } from '../src/annotate/dates.js';
import { PARSERS, REFINERS, tenseAround } from '../src/annotate/time-rules.js';
import { dateRange } from '../src/util/isodate.js';

// 2031-11-04 is a Tuesday; 2031-03-09 a Sunday.
const at = (s: string, p = '2031-11-04') => findTimes(s, p).map((t) => [t.text, t.date]);

describe('every rule is documented', () => {
  it('has a name, a description and an example', () => {
    for (const r of [...PARSERS, ...REFINERS]) {
      expect(r.name).toMatch(/^[a-z-]+$/);
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.example.length).toBeGreaterThan(5);
    }
    expect(new Set([...PARSERS, ...REFINERS].map((r) => r.name)).size).toBe(PARSERS.length + REFINERS.length);
  });
});

describe('granularity: never more precise than the text', () => {
  it('a bare month is a month, a year a year', () => {
    expect(at('Orvane Mills cut 40 jobs in August.')).toEqual([['August', '2031-08']]);
    expect(at('The plant opened in 2019.')).toEqual([['2019', '2019']]);
  });
  it('weeks are ISO weeks, weekends their Saturday and Sunday', () => {
    expect(at('The council met last week.')).toEqual([['last week', '2031-W44']]);
    expect(at('Talks resume next week.')).toEqual([['next week', '2031-W46']]);
    expect(at('Three tenants left six weeks ago.')).toEqual([['six weeks ago', '2031-W39']]);
    expect(at('Crowds came over the weekend.')).toEqual([['the weekend', '2031-W44-WE']]);
  });
  it('months and years relative to publication keep their unit', () => {
    expect(at('Sales fell last month.')).toEqual([['last month', '2031-10']]);
    expect(at('Prices rose a year earlier.')).toEqual([['a year earlier', '2030']]);
  });
  it('quarters, halves, seasons, decades and centuries', () => {
    expect(at('Brellick Corp. posted a third-quarter loss.')).toEqual([['third-quarter', '2031-Q3']]);
    expect(at('Net income rose in the fourth quarter.')).toEqual([['the fourth quarter', '2031-Q4']]);
    expect(at('In the year-ago quarter, Brellick earned $4 million.')).toEqual([['the year-ago quarter', '2030-Q3']]);
    expect(at('Revenue in the latest quarter was flat.')).toEqual([['the latest quarter', '2031-Q3']]);
    expect(at('Sales in the 2029 second quarter doubled.')).toEqual([['the 2029 second quarter', '2029-Q2']]);
    expect(at('Output grew in the first half.')).toEqual([['the first half', '2031-H1']]);
    expect(at('The mill flooded last summer.', '2031-03-09')).toEqual([['last summer', '2030-SU']]);
    expect(at('The dam was built in the late 1970s.')).toEqual([['the late 1970s', '197']]);
    expect(at('The abbey dates from the 12th century.')).toEqual([['the 12th century', '11']]);
  });
  it('years spelled out, as transcripts write them', () => {
    expect(at('The bridge opened in nineteen ninety-six.')).toEqual([['nineteen ninety-six', '1996']]);
  });
  it('the present is the published day; the vague past and future have no date', () => {
    expect(at('The ferry is now running.')).toEqual([['now', '2031-11-04']]);
    expect(at('Brellick recently hired 30 welders.')).toEqual([['recently', null]]);
    expect(at('The port will grow in the future.')).toEqual([['the future', null]]);
    expect(at('The future of the port is unclear.')).toEqual([]);
  });
});

describe('future and past by the clause', () => {
  it('a day and month without a year is the nearest one, a deadline ahead', () => {
    expect(at('The dividend is payable Jan. 2 to stock of record Dec. 15.')).toEqual([
      ['Jan. 2', '2032-01-02'],
      ['Dec. 15', '2031-12-15'],
    ]);
  });
  it('a past clause cannot speak of a day months ahead', () => {
    expect(at('The board approved the plan on March 3.')).toEqual([['March 3', '2031-03-03']]);
    expect(at('The board approved the plan on Feb. 20.', '2031-11-04')).toEqual([['Feb. 20', '2031-02-20']]);
  });
  it('a bare month takes the tense of its clause', () => {
    expect(at('Colonel Vane will lead a mission in December.', '2031-03-09')).toEqual([['December', '2031-12']]);
    expect(at('In December, the mill closed.', '2031-03-09')).toEqual([['December', '2030-12']]);
    expect(at('The firm agreed to acquire the bank in January.')).toEqual([['January', '2032-01']]);
  });
  it('a weekday reads forward after "set to", "will", and back after a past verb', () => {
    expect(at('Talks are set to resume Monday in Carrow.')).toEqual([['Monday', '2031-11-10']]);
    expect(at('The mayor spoke Monday.')).toEqual([['Monday', '2031-11-03']]);
    expect(at('The council met last Tuesday.')).toEqual([['last Tuesday', '2031-10-28']]);
  });
  it('"last June" is the latest June before publication', () => {
    expect(at('The plant closed last June.')).toEqual([['last June', '2031-06']]);
  });
  it('tense cues: modals and schedule words ahead, past verbs behind', () => {
    const s = 'The offer expires Nov. 21.';
    expect(tenseAround(s, s.indexOf('Nov'), s.length - 1)).toBe('future');
    const p = 'The thrift announced the plan Aug. 21.';
    expect(tenseAround(p, p.indexOf('Aug'), p.length - 1)).toBe('past');
  });
});

describe('no date invented in financial text', () => {
  it('prices are not clock times', () => {
    expect(at('Brellick earned $1.35 a share.')).toEqual([]);
  });
  it('stock fractions and number ranges are not dates', () => {
    expect(at('Brellick eased 1/8 to 31 7/8.')).toEqual([]);
    expect(at('Orvane rose 3 to 20.')).toEqual([]);
  });
  it('a weekday abbreviation is a name; a lower-case month is a word', () => {
    expect(at('Sun Microsystems and Orvane said so.')).toEqual([]);
    expect(at('Bandsmen march each July through Carrow.').map((x) => x[0])).toEqual(['July']);
    expect(at('You may save money.')).toEqual([]);
  });
  it('"the year-ago quarter" is a quarter, not "the year"', () => {
    expect(at('Brellick earned $2 million in the year-earlier period.')).toEqual([['the year-earlier period', '2030-Q3']]);
  });
});

describe('span boundaries follow TimeML', () => {
  it('no preposition; the modifiers that belong', () => {
    expect(at('The mill closed on Friday.')).toEqual([['Friday', '2031-10-31']]);
    expect(at('Sales rose earlier this year.')).toEqual([['earlier this year', '2031']]);
    expect(at('Work starts early next year.')).toEqual([['early next year', '2032']]);
    expect(at('The vote is due by the end of 2032.')).toEqual([['the end of 2032', '2032']]);
    expect(at('Prices peaked in mid-September.')).toEqual([['mid-September', '2031-09']]);
  });
  it('a range is two expressions', () => {
    expect(at('Brellick bought shares from Aug. 26 to Oct. 20.')).toEqual([
      ['Aug. 26', '2031-08-26'],
      ['Oct. 20', '2031-10-20'],
    ]);
  });
});

describe('dateRange', () => {
  it('gives the first and last day of every granularity', () => {
    expect(dateRange('1998-02-13')).toEqual({ start: '1998-02-13', end: '1998-02-13' });
    expect(dateRange('1998-02')).toEqual({ start: '1998-02-01', end: '1998-02-28' });
    expect(dateRange('1998')).toEqual({ start: '1998-01-01', end: '1998-12-31' });
    expect(dateRange('1998-W08')).toEqual({ start: '1998-02-16', end: '1998-02-22' });
    expect(dateRange('1998-W08-WE')).toEqual({ start: '1998-02-21', end: '1998-02-22' });
    expect(dateRange('1989-Q3')).toEqual({ start: '1989-07-01', end: '1989-09-30' });
    expect(dateRange('1998-H1')).toEqual({ start: '1998-01-01', end: '1998-06-30' });
    expect(dateRange('1998-SU')).toEqual({ start: '1998-06-01', end: '1998-08-31' });
    expect(dateRange('2000-WI')).toEqual({ start: '2000-01-01', end: '2000-02-29' });
    expect(dateRange('197')).toEqual({ start: '1970-01-01', end: '1979-12-31' });
    expect(dateRange('19')).toEqual({ start: '1900-01-01', end: '1999-12-31' });
    expect(dateRange(null)).toEqual({ start: null, end: null });
  });
});

describe('names are not times', () => {
  it('a capitalised part of the day inside a newspaper or programme name gives no time', () => {
    expect(at('The mayor spoke to The Evening Courier on Monday.')).toEqual([['Monday', '2031-11-03']]);
    expect(at('Governor Ana Velo orders an evacuation (The Morning Chronicle report 25).')).toEqual([]);
    expect(at('She appeared on Good Morning Tarnland.')).toEqual([]);
    // a part of the day in running text still is one
    expect(at('Rescuers worked through the evening.').map((t) => t[0])).toEqual(['evening']);
  });
});
