import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { extractSchema, extractText, filterClaims, FORMATS } from '../src/index.js';

const text = 'Brellick Corp. said its profit fell in the third quarter. The mill in Carrow closed last week. Orvane opened a depot in 2019.';
const result = extractText(text, { id: 'a', published: '2031-11-06' });

describe('when ranges in the output', () => {
  it('validate against the JSON Schema, with the new granularities', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(extractSchema as object);
    expect(validate(result)).toBe(true);
    const dates = result.claims.flatMap((c) => c.when.map((w) => w.date));
    expect(dates).toEqual(expect.arrayContaining(['2031-Q3', '2031-W44', '2019']));
  });
  it('--since and --until keep a claim whose time overlaps the bounds', () => {
    const verbs = (r: typeof result) => r.claims.map((c) => c.verb).sort();
    // the third quarter (July-September) overlaps August; last week (Oct 27 - Nov 2) does not
    expect(verbs(filterClaims(result, { since: '2031-08', until: '2031-08' }))).toEqual(['fall']);
    expect(verbs(filterClaims(result, { since: '2031-10-30' }))).toEqual(['close']);
    expect(verbs(filterClaims(result, { until: '2020' }))).toEqual(['open']);
  });
  it('CSV gives each claim the first and last day its times cover', () => {
    const lines = FORMATS.csv.claims(result, {} as never).trim().split('\r\n');
    const head = lines[0]!.split(',');
    const row = lines.find((l) => l.includes(',fall,'))!.split(',');
    expect(row[head.indexOf('when_start')]).toBe('2031-07-01');
    expect(row[head.indexOf('when_end')]).toBe('2031-09-30');
  });
});
