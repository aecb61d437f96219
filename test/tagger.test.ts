// The annotate stage's tagger switch: compromise (default) or wink, chosen by setTagger or
// CLAIMS_TAGGER, gives claims either way, and the wink path keeps compromise's conventions
// (punctuation as pre/post, contractions as host + empty clitic, names from the lexicon).
import { afterEach, describe, expect, it } from 'vitest';
import { extractText, setTagger, tagger } from '../src/index.js';
import { winkSentence } from '../src/annotate/wink.js';
import { cli, fixtures } from './helpers.js';
import { join } from 'node:path';

const ARTICLE = `Ferry strike halts crossings at Port Velmar

PORT VELMAR, March 3 (Reuters) - Dock workers at the Velmar ferry terminal walked out on Monday, halting all crossings to Ostrava Island, the operator said.

"We will not sail until the company listens," said union leader Marta Kovic. The operator, Lindqvist Lines, said it had offered a 4% pay rise.`;

afterEach(() => setTagger('compromise'));

describe('tagger switch', () => {
  it('defaults to compromise', () => {
    expect(tagger()).toBe('compromise');
  });

  it('gives claims with who, what, where and source under wink', () => {
    setTagger('wink');
    const r = extractText(ARTICLE, { id: 'ferry', published: '2025-03-03' });
    const walked = r.claims.find((c) => c.verb === 'walk');
    expect(walked).toBeDefined();
    expect(walked!.where.map((w) => w.text)).toContain('Ostrava Island');
    expect(walked!.when.map((w) => w.date)).toContain('2025-03-03');
    const sail = r.claims.find((c) => c.verb === 'sail');
    expect(sail?.negated).toBe(true);
    expect(sail?.source?.text).toMatch(/Marta Kovic/);
    expect(r.claims.some((c) => c.verb === 'offer')).toBe(true);
  });

  it('changes the analysis: the same text tagged by each tagger is analysed by each', () => {
    setTagger('wink');
    const w = extractText(ARTICLE, { id: 'ferry', published: '2025-03-03' });
    setTagger('compromise');
    const c = extractText(ARTICLE, { id: 'ferry', published: '2025-03-03' });
    expect(w.claims.length).toBeGreaterThan(0);
    expect(c.claims.length).toBeGreaterThan(0);
  });

  it('rejects an unknown tagger', () => {
    expect(() => setTagger('spacy' as never)).toThrow(/unknown tagger/);
  });

  it('CLAIMS_TAGGER=wink runs the wink tagger in the CLI', () => {
    const r = cli(['extract', join(fixtures, 'harbor-fire.txt'), '--format', 'json', '-q'], { env: { CLAIMS_TAGGER: 'wink' } });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { claims: { verb: string }[] };
    expect(out.claims.some((c) => c.verb === 'destroy')).toBe(true);
  });
});

describe('wink terms keep compromise conventions', () => {
  it('punctuation is pre/post, a contraction is host + empty clitic, a possessive stays on its noun', () => {
    const r = winkSentence(`The union's leader, Dr. Ana Ruiz, didn't say (on Monday) that "fares" would rise 3%.`);
    const texts = r.terms.map((t) => t.text);
    expect(texts).toEqual(['The', "union's", 'leader', 'Dr', 'Ana', 'Ruiz', "didn't", '', 'say', 'on', 'Monday', 'that', 'fares', 'would', 'rise', '3%']);
    const did = r.terms[6]!;
    expect(did.implicit).toBe('did');
    expect(r.terms[7]!.implicit).toBe('not');
    expect(r.terms[7]!.tags).toContain('Negative');
    expect(r.terms[1]!.tags).toContain('Possessive');
    expect(r.terms[3]!.post).toBe('. ');
    expect(r.terms[9]!.pre).toBe('(');
    expect(r.terms[5]!.tags).toContain('Person');
    const groups = r.groups.map(([a, b]) => r.terms.slice(a, b).map((t) => t.text || t.implicit).join(' '));
    expect(groups).toEqual(["didn't not say", 'would rise']);
  });

  it('a form of be before a past participle is passive; a lexicon place is a place', () => {
    const r = winkSentence('The warehouse was destroyed by fire in Lisbon.');
    const destroyed = r.terms.find((t) => t.text === 'destroyed')!;
    expect(destroyed.tags).toContain('Passive');
    expect(r.terms.find((t) => t.text === 'Lisbon')!.tags).toContain('Place');
  });
});
