/**
 * Issue 20 (seventh session, tuples-7.ts): more clause claims where a sentence has them.
 * Sentences written for these tests (invented names and places); each rule is also switched
 * off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
const rows = (text: string, off: string[] = []): string[] =>
  extractText(text, PUB, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.verbText} | ${c.object}`);

describe('agent-passive-claim', () => {
  it('"the bridge designed by Ana Vela" is a passive clause about the bridge', () => {
    const text = 'The bridge designed by Ana Vela opened in Tarnwick.';
    expect(rows(text)).toContain('The bridge | design | designed | by Ana Vela');
    expect(rows(text, ['agent-passive-claim'])).not.toContain('The bridge | design | designed | by Ana Vela');
  });

  it('also after a comma', () => {
    const text = 'Velmora Mills sold the Tarnwick plant, built by Ruiz Brothers in the 1970s.';
    expect(rows(text)).toContain('the Tarnwick plant | build | built | by Ruiz Brothers in the 1970s');
    expect(rows(text, ['agent-passive-claim'])).toHaveLength(1);
  });
});

describe('subject-before-participle-aside', () => {
  it('"The mayor of Tarnwick, elected in 2019, resigned" keeps its main clause', () => {
    const text = 'The mayor of Tarnwick, elected in 2019, resigned on Monday.';
    expect(rows(text)).toEqual(['The mayor of Tarnwick | resign | resigned | on Monday']);
    expect(rows(text, ['subject-before-participle-aside'])).toEqual([]);
  });

  it('also when the aside is a participle with its agent', () => {
    const text = 'The report, written by two judges from Velmora, found no fault.';
    expect(rows(text)).toContain('The report | find | found | no fault');
    expect(rows(text, ['subject-before-participle-aside'])).not.toContain('The report | find | found | no fault');
  });
});

describe('verbs of a relative clause on the subject, and the main verb after it', () => {
  it('past-after-who: "People who lost homes" has "lost" as the relative clause\'s verb', () => {
    const text = 'People who lost homes in the Tarnwick flood moved away.';
    expect(rows(text)).toContain('People | lose | lost | homes in the Tarnwick flood');
    expect(rows(text, ['past-after-who'])).not.toContain('People | lose | lost | homes in the Tarnwick flood');
  });

  it('main-verb-after-subject-relative: "Residents who fled the fire returned" keeps "returned" as the main verb', () => {
    const text = 'Residents who fled the Tarnwick fire returned on Monday.';
    expect(rows(text)).toEqual(['Residents | flee | fled | the Tarnwick fire', 'Residents | return | returned | on Monday']);
    expect(rows(text, ['main-verb-after-subject-relative'])).toEqual(['Residents | flee | fled | the Tarnwick fire returned on Monday']);
  });
});
