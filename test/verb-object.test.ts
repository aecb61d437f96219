/**
 * Issue 20 (output): every claim gives its verb group as written (`verbText`) and the rest of its
 * predicate (`object`), so who / verb / object triples need no guessing. Invented article.
 */
import { describe, expect, it } from 'vitest';
import { extractSchema, extractText } from '../src/index.js';

const ARTICLE = [
  'Pellby ferry fares rise again',
  '',
  'Ferry fares in Pellby had slowly risen since the spring, the harbour master Ilse Varga said on Monday.',
  '',
  'The operator Dalvane Water is said to have left the port.',
  '',
  'She told reporters: the ferry will stop in May.',
  '',
  'The old pier collapsed.',
].join('\n');

const claims = () => extractText(ARTICLE, { published: '2031-05-06' }).claims;
const byVerb = (verb: string) => claims().find((c) => c.verb === verb)!;

describe('verbText and object', () => {
  it('cut what at the end of the verb group', () => {
    expect(byVerb('rise')).toMatchObject({ verbText: 'had slowly risen', object: 'since the spring' });
    expect(byVerb('leave')).toMatchObject({ verbText: 'is said to have left', object: 'the port' });
    expect(byVerb('collapse')).toMatchObject({ verbText: 'collapsed', object: '' });
  });

  it('a speech verb\'s object is what was said, without the colon', () => {
    expect(byVerb('tell')).toMatchObject({ verbText: 'told', object: 'reporters: the ferry will stop in May' });
  });

  it('every claim has both, what starts with verbText and ends with object, and the schema lists them', () => {
    for (const c of claims()) {
      expect(c.what.startsWith(c.verbText!)).toBe(true);
      expect(c.what.endsWith(c.object!)).toBe(true);
    }
    const props = (extractSchema as { properties: { claims: { items: { properties: Record<string, unknown> } } } }).properties.claims.items.properties;
    expect(Object.keys(props)).toEqual(expect.arrayContaining(['verbText', 'object']));
  });
});
