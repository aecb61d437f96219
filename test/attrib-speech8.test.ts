/**
 * Issue 18 (eighth session, src/claims/speech-8.ts): speech cues lost to tagging and to the
 * subject walk. Sentences written for these tests (invented names and places); each rule is also
 * switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
const rows = (text: string, off: string[] = []): string[] =>
  extractText(text, PUB, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.text} | ${c.source ? `${c.source.text} (${c.source.cue})` : '-'}`);

describe('speech-8: "X said Y" kept whole', () => {
  it('name-noun-before-auxiliary: "The Vorn campaign has said ..." gives the reported clause its source', () => {
    const text = 'The Tarvel campaign has said the mayor is not being audited.';
    expect(rows(text)).toContain('the mayor | the mayor is not being audited | The Tarvel campaign (say)');
    expect(rows(text, ['name-noun-before-auxiliary'])).not.toContain('the mayor | the mayor is not being audited | The Tarvel campaign (say)');
  });

  it('speech-past-before-clause: "Dana Pell noted voters are ..." is a speech verb, not "noted voters"', () => {
    const text = 'Tom Arlow noted voters are tired of the new tolls.';
    expect(rows(text)).toContain('voters | voters are tired of the new tolls | Tom Arlow (note)');
    expect(rows(text, ['speech-past-before-clause'])).not.toContain('voters | voters are tired of the new tolls | Tom Arlow (note)');
    const pronoun = 'Mira Dolan said she noted clients are starting to ask for bigger teams.';
    expect(rows(pronoun)).toContain('clients | clients are starting to ask for bigger teams | she (note)');
    expect(rows(pronoun, ['speech-past-before-clause'])).not.toContain('clients | clients are starting to ask for bigger teams | she (note)');
  });

  it('np-saying-noun-about: "the mayor\'s claims about the budget are false" keeps its whole subject', () => {
    const text = 'Residents of Orlen say the mayor\'s claims about the budget are false.';
    const on = rows(text);
    expect(on.some((r) => r.startsWith("the mayor's claims about the budget | ") && r.endsWith('Residents of Orlen (say)'))).toBe(true);
    expect(rows(text, ['np-saying-noun-about']).some((r) => r.startsWith("the mayor's claims about the budget | "))).toBe(false);
  });
});
