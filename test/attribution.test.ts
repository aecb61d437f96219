import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';
import { root } from './helpers.js';

const fixture = (name: string): string => readFileSync(join(root, 'fixtures', 'attribution', name), 'utf8');
/** "what <- source (cue)" for every claim with a source, in order. */
const sourced = (text: string, off?: string[]): string[] =>
  extractText(text, { published: '2031-05-06' }, off ? { rulesOff: off } : {})
    .claims.filter((c) => c.source)
    .map((c) => `${c.what} <- ${c.source!.text} (${c.source!.cue})`);

describe('attribution', () => {
  const ferry = fixture('ferry-fares.txt');

  it("reads ''...'' as a quotation: its clauses are the speaker's", () => {
    const out = sourced(ferry);
    expect(out).toContain('has the important virtue of being simple <- Leonard E. Torvik (quote)');
    expect(out.some((x) => x.startsWith('is a lot of new complexity') && x.includes('<- Torvik'))).toBe(true);
  });

  it('keeps an initial or a title inside a speaker\'s name', () => {
    const out = sourced(ferry);
    expect(out).toContain('would rise <- John D. Halloran, a former harbor master (say)');
    expect(out).toContain('will pray for calm seas <- the Rev. Agnes Mulvey (say)');
    expect(sourced(ferry, ['np-abbreviation-period'])).not.toContain('would rise <- John D. Halloran, a former harbor master (say)');
  });
});
