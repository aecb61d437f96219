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
