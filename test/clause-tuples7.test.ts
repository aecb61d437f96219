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
