import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const claimsOf = (text: string, published = '2031-11-06') => extractText(text, { id: 'a', published }).claims;

describe('times reach the clause they modify', () => {
  it('a time between subject and verb is the claim\'s, not part of its subject', () => {
    const [c] = claimsOf('A Harwick County judge on Thursday upheld the ban on night fishing.');
    expect(c!.who!.text).toBe('A Harwick County judge');
    expect(c!.when.map((w) => [w.text, w.date])).toEqual([['Thursday', '2031-11-06']]);
  });
  it('a time no clause span holds goes to the main clause', () => {
    const cs = claimsOf('Also today, Mayor Ilse Varnow arrived in Carrow to open the new ferry terminal.');
    expect(cs.find((c) => c.verb === 'arrive')!.when.map((w) => w.text)).toEqual(['today']);
  });
  it('a trailing adjunct outside the span goes to the clause it follows', () => {
    const cs = claimsOf('Trading was heavy after the close of trading yesterday, brokers said.');
    expect(cs.find((c) => c.who?.text === 'Trading')!.when.map((w) => [w.text, w.date])).toEqual([['yesterday', '2031-11-05']]);
  });
  it('every when has the first and last day it covers', () => {
    const cs = claimsOf('Brellick Corp. said its profit fell in the third quarter.');
    const w = cs.flatMap((c) => c.when).find((x) => x.text === 'the third quarter');
    expect(w).toMatchObject({ date: '2031-Q3', start: '2031-07-01', end: '2031-09-30' });
  });
});
