/**
 * Issue 18, item 10 (seventh session, src/claims/stance-7.ts): a clause whose cue verb takes no
 * clause of its own ("criticized the plan", "urged riders to boycott", "decided not to sell")
 * states its subject's position and carries its own source. Sentences written for these tests
 * (invented names and places); each rule is also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

/** "what <- source (cue, kind)" for every claim with a source, in order. */
const sourced = (text: string, off: string[] = []): string[] =>
  extractText(text, { published: '2031-05-06' }, { rulesOff: off })
    .claims.filter((c) => c.source)
    .map((c) => `${c.what} <- ${c.source!.text} (${c.source!.cue}, ${c.source!.kind ?? 'speech'})`);

describe('a clause that states its subject\'s position (stance-7)', () => {
  it('stance-np-object: "criticized the plan" is the subject\'s speech', () => {
    const text = 'Tessa Marlow criticized the Velmora harbour plan on Monday.';
    expect(sourced(text)).toEqual(['criticized the Velmora harbour plan on Monday <- Tessa Marlow (criticize, speech)']);
    expect(sourced(text, ['stance-np-object'])).toEqual([]);
  });

  it('stance-object-infinitive: "urged riders to boycott" is the subject\'s intention', () => {
    const text = 'Tessa Marlow urged Velmora riders to boycott the night ferry.';
    expect(sourced(text)).toEqual(['urged Velmora riders to boycott the night ferry <- Tessa Marlow (urge, intention)']);
    expect(sourced(text, ['stance-object-infinitive'])).toEqual([]);
  });

  it('stance-infinitive: "decided after a long debate not to sell" is the subject\'s intention', () => {
    const text = 'The Tarnwick council decided after a long debate not to sell the pier.';
    expect(sourced(text)).toEqual(['decided after a long debate not to sell the pier <- The Tarnwick council (decide, intention)']);
    expect(sourced(text, ['stance-infinitive'])).toEqual([]);
  });

  it('stance-accuse-of: "accused the board of hiding" is the subject\'s speech', () => {
    const text = 'Tessa Marlow accused the Velmora harbour board of hiding the repair bills.';
    expect(sourced(text)).toEqual(['accused the Velmora harbour board of hiding the repair bills <- Tessa Marlow (accuse, speech)']);
    expect(sourced(text, ['stance-accuse-of'])).toEqual([]);
  });

  it('stance-call-x-y: "called the mayor a liar" is the subject\'s speech', () => {
    const text = 'Tessa Marlow called the Velmora mayor a liar.';
    expect(sourced(text)).toEqual(['called the Velmora mayor a liar <- Tessa Marlow (call, speech)']);
    expect(sourced(text, ['stance-call-x-y'])).toEqual([]);
  });

  it('stance-passive-by-agent: "was criticized by the union" is the by-agent\'s', () => {
    const text = 'The Velmora harbour plan was criticized by the Tarnwick dockers union.';
    expect(sourced(text)).toEqual(['was criticized by the Tarnwick dockers union <- the Tarnwick dockers union (criticize, speech)']);
    expect(sourced(text, ['stance-passive-by-agent'])).toEqual([]);
  });

  it('stance-topic-prep: "warned against cuts" is the subject\'s speech', () => {
    const text = 'Tessa Marlow warned against cuts to the Velmora ferry service.';
    expect(sourced(text)).toEqual(['warned against cuts to the Velmora ferry service <- Tessa Marlow (warn, speech)']);
    expect(sourced(text, ['stance-topic-prep', 'speech-words-no-clause'])).toEqual([]);
  });

  it('stance-to-cue-verb: "took to the radio to attack the plan" is the subject\'s, with the cue "attack"', () => {
    const text = 'Tessa Marlow took to the radio to attack the Velmora harbour plan.';
    expect(sourced(text)).toEqual(['took to the radio to attack the Velmora harbour plan <- Tessa Marlow (attack, speech)']);
    expect(sourced(text, ['stance-to-cue-verb'])).toEqual([]);
  });

  it('stance-adjective-of: "has been critical of the plan" is the subject\'s', () => {
    const text = 'Tessa Marlow has been critical of the Velmora harbour plan.';
    expect(sourced(text)).toEqual(['has been critical of the Velmora harbour plan <- Tessa Marlow (critical, speech)']);
    expect(sourced(text, ['stance-adjective-of'])).toEqual([]);
  });

  it('a cue verb that takes a clause keeps its speech-event claim unsourced; "found a buyer" is no finding', () => {
    expect(sourced('The Tarnwick union said the strike was a last resort.')).toEqual(['was a last resort <- The Tarnwick union (say, speech)']);
    expect(sourced('The Velmora company found a buyer for the plant.')).toEqual([]);
  });
});
