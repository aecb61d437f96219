import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

describe('verb lemmas of regular past forms', () => {
  it('gives the infinitive a reader would write, not a guessed non-word', () => {
    const text = 'Officers hanged the banner from the bridge. She bathed the child. The rebels imperiled the talks.';
    const r = extractText(text);
    const verbs = r.claims.map((c) => c.verb);
    expect(verbs).toContain('hang');
    expect(verbs).toContain('bathe');
    expect(verbs).toContain('imperil');
    expect(verbs).not.toContain('hange');
  });
});

describe('verb lemmas of -s forms a tagging repair makes verbs', () => {
  it('"refuses" gives "refuse", not "refu" (the lemma of the form itself, not of a stripped "refus")', () => {
    const text = 'The mayor refuses to resign. The harbour chief promises to act.';
    const verbs = extractText(text).claims.map((c) => c.verb);
    expect(verbs).toContain('refuse');
    expect(verbs).toContain('promise');
    expect(verbs).not.toContain('refu');
  });
});
