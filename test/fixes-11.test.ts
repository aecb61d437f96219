/**
 * Fixes of the fifth session (fixes-11.ts). Sentences written for these tests (invented names and
 * places); each rule is also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
const rows = (text: string, off: string[] = []): string[] =>
  extractText(text, PUB, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verbText} | ${c.object}`);

describe('a relative clause with a speech verb is no trailing attribution', () => {
  it('relative-speaker-is-no-attribution: "hired Tomas Brell, who said ..." keeps its object', () => {
    const text = 'The board of Arlen Mills hired Tomas Brell, who said the plant would stay open.';
    expect(rows(text)[0]).toBe('The board of Arlen Mills | hired | Tomas Brell');
    expect(rows(text, ['relative-speaker-is-no-attribution'])[0]).toBe('The board of Arlen Mills | hired | ');
  });

  it('a real trailing attribution is still cut from the clause before it', () => {
    const text = 'The plant in Arlen will stay open, Tomas Brell said.';
    expect(rows(text)[0]).toBe('The plant in Arlen | will stay | open');
  });
});

describe('the main verb after a relative clause on the subject', () => {
  it('verb-after-subject-relative: "The storm, which hit Varo overnight, left ..." keeps its main clause', () => {
    const text = 'The storm, which hit the Varo coast overnight, left thousands without power.';
    expect(rows(text)).toEqual(['The storm | hit | the Varo coast overnight', 'The storm | left | thousands without power']);
    expect(rows(text, ['verb-after-subject-relative'])).toEqual(['The storm | hit | the Varo coast overnight, left thousands without power']);
  });

  it('verb-after-subject-relative: a base form read as a noun ("cut") is the verb too', () => {
    const text = 'The rebels, who control the north, cut the main road to Tessaly.';
    expect(rows(text)).toContain('The rebels | cut | the main road to Tessaly');
    expect(rows(text, ['verb-after-subject-relative'])).not.toContain('The rebels | cut | the main road to Tessaly');
  });
});

describe('an inverted speech verb', () => {
  it('inverted-speaker-is-no-complement: "..., said Maria Tosk, the union\'s leader." says nothing about Maria Tosk', () => {
    const text = '"The strike will go on," said Maria Tosk, the leader of the Arvel dockers.';
    const said = (off: string[] = []) => extractText(text, PUB, { rulesOff: off }).claims.find((c) => c.verb === 'say')!;
    expect(said().who?.text).toBe('Maria Tosk');
    expect(said().object).toBe('');
    expect(said().text).toBe('said Maria Tosk');
    expect(said(['inverted-speaker-is-no-complement']).object).toBe('Maria Tosk, the leader of the Arvel dockers');
  });
});

describe('a first word compromise reads as an order', () => {
  it('first-word-noun-before-verb: "Demand for oil from Tessaly has grown" has the subject "Demand for oil from Tessaly"', () => {
    const text = 'Demand for oil from Tessaly has grown.';
    expect(rows(text)).toEqual(['Demand for oil from Tessaly | has grown | ']);
    expect(rows(text, ['first-word-noun-before-verb'])).not.toContain('Demand for oil from Tessaly | has grown | ');
  });

  it('an order with no finite verb after its object stays an order (no claim)', () => {
    expect(rows('Vote for the Tessaly plan in May.')).toEqual([]);
  });
});

describe('a capitalised word of a title', () => {
  it('capitalised-title-word-is-no-verb: "said Ana Ruiz, State Minister for Finance" has no verb "State"', () => {
    const text = '"Fares will rise in Tessaly," said Ana Ruiz, State Minister for Transport.';
    const ex = (off: string[] = []) => extractText(text, PUB, { rulesOff: off }).claims;
    expect(ex().map((c) => c.verb)).toEqual(['rise', 'say']);
    expect(ex()[0]!.source?.text).toBe('Ana Ruiz');
    expect(ex(['capitalised-title-word-is-no-verb']).map((c) => c.verb)).toContain('state');
  });
});

describe('an existential clause as a complement', () => {
  it('clause-verb-takes-there-clause: "Officials believe there are more victims in Arlen" keeps what they believe', () => {
    const text = 'Officials in Arlen believe there are more victims.';
    expect(rows(text)[0]).toBe('Officials in Arlen | believe | there are more victims');
    expect(rows(text, ['clause-verb-takes-there-clause'])[0]).toBe('Officials in Arlen | believe | there');
  });
});
