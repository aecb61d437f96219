import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';
import { root } from './helpers.js';

const text = readFileSync(join(root, 'fixtures', 'attribution', 'harbour-usage.txt'), 'utf8');
/** "what <- source (cue)" for every claim, in order. */
const claims = (off: string[] = []): string[] =>
  extractText(text, { published: '2031-05-06' }, { rulesOff: off }).claims.map((c) => `${c.what} <- ${c.source ? `${c.source.text} (${c.source.cue})` : '-'}`);

describe('speech-verb words in another sense are no cues (issue 18 item 7)', () => {
  it('reads "in the border states" as a noun phrase, not a speaker stating', () => {
    expect(claims()).toContain('would worry the board <- -');
    expect(claims(['s-word-in-prepositional-phrase', 's-noun-before-prepositional-phrase'])).toContain('would worry the board <- a small shift in the border (state)');
  });

  it('reads "had added the extra week" as adding a thing, but "added the ferry would run late" as speech', () => {
    expect(claims()).toContain('overlapped with the holiday <- -');
    expect(claims()).toContain('would run late <- Marta Quell (add)');
    expect(claims(['added-object-not-speech'])).toContain('overlapped with the holiday <- The board (add)');
  });

  it('gives no source from the subject of a passive "were revealed"', () => {
    expect(claims().some((x) => x.includes('<- the smugglers'))).toBe(false);
    expect(claims(['passive-speech-no-source']).some((x) => x.includes('<- the smugglers'))).toBe(true);
  });

  it('gives a "Poll: ..." headline\'s clause to the poll, as evidence', () => {
    const poll = 'Poll: Ferry Riders Want the Night Service Back.\n\nThe survey was published on Monday.\n';
    const src = (off: string[] = []) => extractText(poll, { published: '2031-05-06' }, { rulesOff: off }).claims.find((c) => c.what.startsWith('Want'))?.source ?? null;
    expect(src()).toMatchObject({ text: 'Poll', cue: 'headline', kind: 'evidence' });
    // (stance-np-object, stance-7, would give "want the night service" to its own subject: off too)
    expect(src(['headline-evidence-prefix', 'stance-np-object'])).toBeNull();
  });
});
