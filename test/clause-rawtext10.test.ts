/**
 * Issue 20 (tenth session, src/annotate/ptb-10.ts): reading Penn-Treebank tokenised text. The
 * tagger reads an untokenised copy of the sentence and every term is mapped back onto the text
 * as given, so claims keep exact offsets. Sentences written for these tests (invented names and
 * places), each rule also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';
import { detokenise, mapTerm } from '../src/annotate/ptb-10.js';

const PUB = { published: '2031-05-06' };
const claimsOf = (text: string, off: string[] = []) => extractText(text, PUB, { rulesOff: off }).claims;
const rows = (text: string, off: string[] = []): string[] => claimsOf(text, off).map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.verbText} | ${c.object}`);
/** Every claim's text is the text as given between its offsets. */
const exact = (text: string): void => {
  for (const c of claimsOf(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
};

describe('the tagger reads a tokenised sentence as written', () => {
  it('tokenised-punctuation-against-word: a spaced comma in a list is punctuation, not a noun or a verb', () => {
    const text = 'It deals with cases of theft in relation to farm taxes and road taxes , tax credits , cattle smuggling , and tax fraud .';
    expect(rows(text)[0]).toBe('It | deal | deals | with cases of theft in relation to farm taxes and road taxes , tax credits , cattle smuggling');
    expect(claimsOf(text)[0]!.start).toBe(0);
    expect(claimsOf(text)[0]!.end).toBe(102);
    expect(rows(text, ['tokenised-punctuation-against-word'])[0]).toBe('It | deal | deals | with cases of theft in relation to farm taxes');
    exact(text);
  });

  it('a quoted subject keeps its marks, as written (quote-mark-words-are-punctuation, with the copy mapped back)', () => {
    const text = "`` Orla Star '' was the only ship to reach Tarvel in 1941 .";
    const c = claimsOf(text)[0]!;
    expect(c.who?.text).toBe("`` Orla Star ''");
    expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('tokenised-possessive: "Varga \'s scorched earth strategy" is a possessive, not a clause "Varga \'s scorched"', () => {
    const text = "He had believed that Varga 's scorched earth strategy would work .";
    expect(rows(text)).toEqual(["He | believe | had believed | that Varga 's scorched", 'earth strategy | work | would work | ']);
    expect(rows(text, ['tokenised-possessive'])).toContain("Varga 's | scorch | scorched | ");
    exact(text);
  });

  it('tokenised-negation: "wo n\'t" is the contraction "won\'t", so "wo" is not part of the subject', () => {
    const text = "Tarvel Mills wo n't show profits for years .";
    expect(rows(text)).toEqual(["Tarvel Mills | show | wo n't show | profits for years"]);
    const c = claimsOf(text)[0]!;
    expect([c.start, c.end]).toEqual([0, 42]);
    expect(c.negated).toBe(true);
    expect(rows(text, ['tokenised-negation'])).toEqual(["Tarvel Mills wo | show | n't show | profits for years"]);
  });

  it('tokenised-spaced-hyphen: "mortgage - backed securities" is one compound in tokenised text', () => {
    const text = 'Sales of mortgage - backed securities rose in Tarvel .';
    expect(rows(text)).toEqual(['Sales of mortgage - backed securities | rise | rose | in Tarvel']);
    expect(claimsOf(text)[0]!.start).toBe(0);
    expect(rows(text, ['tokenised-spaced-hyphen'])).toEqual(['securities | rise | rose | in Tarvel']);
    // ordinary text: a spaced hyphen is a dash, and the sentence is not rewritten
    expect(detokenise('One risk in one region - for example Tarvel - will not kill the firm.', new Set())).toBeUndefined();
  });

  it('tokenised-amounts: "2\\/32" is a fraction, so "bonds" stays the subject\'s noun', () => {
    const text = 'Tarvel bonds ended 2\\/32 to 4\\/32 higher in light trading .';
    expect(rows(text)).toEqual(['Tarvel bonds | end | ended | 2\\/32 to 4\\/32 higher in light trading']);
    expect(rows(text, ['tokenised-amounts'])).toEqual(['Tarvel | bond | bonds | ended 2\\/32 to 4\\/32 higher in light trading']);
    exact(text);
  });

  it('tokenised-hyphen-is-no-speaker-dash: "A Tarvel - Orla spokesman said" keeps its subject whole, with no speaker prefix', () => {
    const text = 'A Tarvel - Orla spokesman said the line is shut .';
    const c = claimsOf(text)[0]!;
    expect(c.who?.text).toBe('A Tarvel - Orla spokesman');
    expect([c.start, c.end]).toEqual([0, 47]);
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(claimsOf(text, ['tokenised-hyphen-is-no-speaker-dash'])[0]?.who?.text).toBe('Orla spokesman');
  });

  it('object-closes-its-quote: an object ending on a quoted title keeps its closing mark, tokenised or not', () => {
    const text = "The band released `` Orla Nights '' .";
    expect(rows(text)).toEqual(["The band | release | released | `` Orla Nights ''"]);
    expect(claimsOf(text)[0]!.end).toBe(35);
    const plain = 'The band released "Orla Nights".';
    expect(rows(plain)).toEqual(['The band | release | released | "Orla Nights"']);
    expect(rows(plain, ['object-closes-its-quote'])).toEqual(['The band | release | released | "Orla Nights']);
    exact(text);
  });
});

describe('the copy and its map', () => {
  it('maps every term of the copy back onto the original characters, with the text around it as written', () => {
    const text = "Tarvel 's bank , he said .";
    const d = detokenise(text, new Set())!;
    expect(d.text).toBe("Tarvel's bank, he said.");
    const at = d.text.indexOf("Tarvel's");
    const t = mapTerm(d, text, { pre: '', post: ' ', offset: { start: at, length: "Tarvel's".length } });
    expect(text.slice(t.offset.start, t.offset.start + t.offset.length)).toBe("Tarvel 's");
    const bank = mapTerm(d, text, { pre: '', post: ', ', offset: { start: d.text.indexOf('bank'), length: 4 } });
    expect(text.slice(bank.offset.start, bank.offset.start + 4)).toBe('bank');
    expect(bank.post).toBe(', ');
  });

  it('leaves ordinary text alone', () => {
    expect(detokenise("Ana Brill, the mayor, said the bridge isn't safe.", new Set())).toBeUndefined();
  });
});
