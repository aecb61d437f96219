/**
 * Issue 18 (sixth session, speakers-6.ts): the speaker of a speech verb where the subject walk
 * stopped short or went too far. Sentences written for these tests (invented names and places);
 * each rule is also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
/** The source of the first claim whose predicate starts with `what`, or '-'. */
const sourceOf = (text: string, what: string, off: string[] = []): string => {
  const c = extractText(text, PUB, { rulesOff: off }).claims.find((x) => x.what.startsWith(what));
  return c?.source?.text ?? '-';
};

describe('speakers-6', () => {
  it('speaker-before-long-appositive: a name before its roles, after a closing quotation', () => {
    const text = '"The pier is cheap," Tom E. Harlan, director of the Dunmore Ferry Center and a professor at the Wexley School of Harbour Studies, said of the plan.';
    expect(sourceOf(text, 'is cheap')).toBe('Tom E. Harlan');
    expect(sourceOf(text, 'is cheap', ['speaker-before-long-appositive'])).toBe('-');
  });

  it('speaker-before-long-appositive: after an opening "But"', () => {
    const text = 'But Mara Quell, senior associate for harbour planning at the Dunmore Institute, said parents still want the ferry.';
    expect(sourceOf(text, 'still want')).toBe('Mara Quell');
    // (stance-np-object, stance-7, would give "parents still want the ferry" to parents: off too)
    expect(sourceOf(text, 'still want', ['speaker-before-long-appositive', 'stance-np-object'])).toBe('-');
  });

  it('speaker-before-long-appositive: past an age and "of PLACE, ST.," (the state\'s period ends no sentence)', () => {
    const text = 'Tom Hale, 61, of Springfield, Ill., said the ferry would close.';
    expect(sourceOf(text, 'would close')).toBe('Tom Hale');
    expect(sourceOf(text, 'would close', ['speaker-before-long-appositive'])).toBe('-');
  });

  it('speaker-near-complement: "Advisers to the mayor say"', () => {
    const text = 'Advisers to the mayor say the council has grown tired of the plan.';
    expect(sourceOf(text, 'has grown')).toBe('Advisers to the mayor');
    expect(sourceOf(text, 'has grown', ['speaker-near-complement'])).toBe('the mayor');
  });

  it('speaker-before-dash-aside: "X -- who ... -- said"', () => {
    const text = 'Tom Hale -- who ran the port for a decade -- said the ferry would close.';
    expect(sourceOf(text, 'would close')).toBe('Tom Hale');
    expect(sourceOf(text, 'would close', ['speaker-before-dash-aside'])).toBe('the port for a decade');
  });

  it('speaker-after-object-relative: "all the planners I interviewed said"', () => {
    const text = 'In the end, all the planners I interviewed said her proposals were more detailed.';
    expect(sourceOf(text, 'were more')).toBe('all the planners I interviewed');
    expect(sourceOf(text, 'were more', ['speaker-after-object-relative'])).toBe('-');
  });

  it('speaker-relative-past-time: "who in 2010 said"', () => {
    const text = 'He met Tom Hale, now the port chairman, who in 2010 said the ferry would close.';
    expect(sourceOf(text, 'would close')).toBe('the port chairman');
    expect(sourceOf(text, 'would close', ['speaker-relative-past-time'])).toBe('2010');
  });

  it('speaker-before-long-appositive: past a long relative clause', () => {
    const text = 'Dr. Ana Marlow, who as a Navy captain was the harbour physician in the administration of former Mayor Tom Hale and later retired from the service as a rear admiral, said that in 1998, the mayor hid the report.';
    expect(sourceOf(text, 'hid the report')).toBe('Dr. Ana Marlow');
    expect(sourceOf(text, 'hid the report', ['speaker-before-long-appositive'])).toBe('-');
  });

  it('speaker-before-later: "Chief Hale later told reporters that"', () => {
    const text = 'Chief Hale later told reporters that the pier was unsafe.';
    expect(sourceOf(text, 'was unsafe')).toBe('Chief Hale');
    expect(sourceOf(text, 'was unsafe', ['speaker-before-later'])).toBe('-');
  });

  it('speaker-after-verb-quantity: \'"...," said one council source on the panel\'', () => {
    const text = '"It is a waste of time," said one council source on the panel.';
    expect(sourceOf(text, 'is a waste')).toBe('one council source on the panel');
    expect(sourceOf(text, 'is a waste', ['speaker-after-verb-quantity'])).toBe('-');
  });

  it('speaker-before-long-appositive: after an opening prepositional phrase', () => {
    const text = 'In a panel discussion this weekend in Westport, Tom H. Marlow, the chief executive of the Harbour League, forcefully told the candidates that the pier was unsafe.';
    expect(sourceOf(text, 'was unsafe')).toBe('Tom H. Marlow');
    // speech-verb-appositive-speaker reads this one too: both off
    expect(sourceOf(text, 'was unsafe', ['speaker-before-long-appositive', 'speech-verb-appositive-speaker'])).not.toBe('Tom H. Marlow');
  });

  it('speaker-near-complement: "A 2014 study by professor X found"', () => {
    const text = 'A 2014 study by Wexley College professor Ana Ruiz found that the pier was unsafe.';
    expect(sourceOf(text, 'was unsafe')).toBe('A 2014 study by Wexley College professor Ana Ruiz');
    expect(sourceOf(text, 'was unsafe', ['speaker-near-complement'])).toBe('Wexley College professor Ana Ruiz');
  });

  it('speaker-reduced-relative: "A report released last year found"', () => {
    const text = 'A harbour board report released last year found that the pier was unsafe.';
    expect(sourceOf(text, 'was unsafe')).toBe('A harbour board report released last year');
    expect(sourceOf(text, 'was unsafe', ['speaker-reduced-relative', 'subject-reduced-relative-head'])).toBe('year');
  });

  it('speaker-not-inside-quote: \'"..., with the board behind him," said X\'', () => {
    const text = '"Hale has a huge pulpit, with the entire harbour board behind him," said Tom Gorsk, a professor of surgery at Wexley College.';
    expect(sourceOf(text, 'has a huge')).toBe('Tom Gorsk');
    expect(sourceOf(text, 'has', ['speaker-not-inside-quote'])).toBe('a huge pulpit');
  });

  it('that-clause-past-opening-subordinate: "contended that since she is not running, she should not ..."', () => {
    const text = 'Her former husband agreed, but also contended that since she is not running for office, she should not have to release the files.';
    expect(sourceOf(text, 'should not have to release')).toBe('Her former husband');
    expect(sourceOf(text, 'should not have to release', ['that-clause-past-opening-subordinate'])).toBe('-');
  });
});
