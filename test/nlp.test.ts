import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import nlp, { speedUp } from '../src/annotate/nlp.js';

const dir = 'fixtures/articles';
const texts = [...readdirSync(dir), ...readdirSync(join(dir, 'world')).map((f) => join('world', f))]
  .filter((f) => /\.(txt|md)$/.test(f))
  .map((f) => readFileSync(join(dir, f), 'utf8'));
texts.push("Mr Smith, who hasn't said so, told reporters the firm's weakened bid was 'dead'; we've seen it.");

const tagsOf = (text: string): string =>
  JSON.stringify(
    (nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: { text: string; tags: string[] }[] }[]).map((s) => s.terms.map((t) => `${t.text}/${t.tags.join(',')}`)),
  );

describe('compromise speed-up', () => {
  it('tags every fixture exactly as stock compromise does', () => {
    speedUp(false);
    const stock = texts.map(tagsOf);
    const stockVerbs = texts.map((t) => nlp(t).verbs().out('array') as string[]);
    speedUp(true);
    expect(texts.map(tagsOf)).toEqual(stock);
    expect(texts.map((t) => nlp(t).verbs().out('array') as string[])).toEqual(stockVerbs);
    expect(stock.join('')).toContain('/Verb');
  });
});
