/**
 * Issue 18, item 10 (eighth session, src/claims/stance-8.ts): more clauses that state their
 * subject's position and carry their own source ("spoke of", "likened X to Y", "laid out her
 * proposals", "expressed misgivings about", title-case headline verbs, "sent a
 * letter", "decided against"). Sentences written for these tests (invented names and places);
 * each rule is also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

/** "what <- source (cue, kind)" for every claim with a source, in order. */
const sourced = (text: string, off: string[] = []): string[] =>
  extractText(text, { published: '2031-05-06' }, { rulesOff: off })
    .claims.filter((c) => c.source)
    .map((c) => `${c.what} <- ${c.source!.text} (${c.source!.cue}, ${c.source!.kind ?? 'speech'})`);

describe('more clauses that state their subject\'s position (stance-8)', () => {
  it('stance-speak-of: "spoke out on Tuesday about" is the subject\'s speech', () => {
    const text = 'Tessa Marlow spoke out on Tuesday about the death of a Velmora fisherman.';
    expect(sourced(text)).toEqual(['spoke out on Tuesday about the death of a Velmora fisherman <- Tessa Marlow (speak, speech)']);
    expect(sourced(text, ['stance-speak-of'])).toEqual([]);
    // a place "against" which one speaks is no topic
    expect(sourced('Tessa Marlow spoke against the backdrop of the Velmora pier.')).toEqual([]);
  });

  it('stance-liken-to: "likened the plan to a trap" is the subject\'s view', () => {
    const text = 'Tessa Marlow likened the harbour plan to a trap.';
    expect(sourced(text)).toEqual(['likened the harbour plan to a trap <- Tessa Marlow (liken, speech)']);
    expect(sourced(text, ['stance-liken-to'])).toEqual([]);
  });

  it('stance-present-position: "laid out her proposals" is the subject\'s speech', () => {
    const text = 'Tessa Marlow laid out her proposals for the Velmora pier.';
    expect(sourced(text)).toEqual(['laid out her proposals for the Velmora pier <- Tessa Marlow (lay, speech)']);
    expect(sourced(text, ['stance-present-position'])).toEqual([]);
    const made = 'Tessa Marlow made the case for a new Velmora pier.';
    expect(sourced(made)).toEqual(['made the case for a new Velmora pier <- Tessa Marlow (make, speech)']);
    expect(sourced(made, ['stance-present-position'])).toEqual([]);
  });

  it('stance-more-voice-nouns: "expressed misgivings about" is the subject\'s speech', () => {
    const text = 'Tessa Marlow has expressed misgivings about the Velmora pier.';
    expect(sourced(text)).toEqual(['has expressed misgivings about the Velmora pier <- Tessa Marlow (express, speech)']);
    expect(sourced(text, ['stance-more-voice-nouns'])).toEqual([]);
  });

  it('stance-headline-verb: a title-case headline "X Breaks With Y On Z" is X\'s position', () => {
    const text = 'Tessa Marlow Breaks With Dunmore On Harbour Bill';
    expect(sourced(text)).toEqual(['Breaks With Dunmore On Harbour Bill <- Tessa Marlow (break with, speech)']);
    expect(sourced(text, ['stance-headline-verb'])).toEqual([]);
  });

  it('stance-send-message: "sent a letter to the board opposing the sale" is the subject\'s speech', () => {
    const text = 'The Velmora dockers sent a letter to the harbour board opposing the sale.';
    expect(sourced(text)).toEqual(['sent a letter to the harbour board opposing the sale <- The Velmora dockers (send, speech)']);
    expect(sourced(text, ['stance-send-message'])).toEqual([]);
  });

  it('stance-decide-against: "decided against selling the pier" is the subject\'s intention', () => {
    const text = 'The Harlan council decided against selling the Velmora pier.';
    expect(sourced(text)).toEqual(['decided against selling the Velmora pier <- The Harlan council (decide, intention)']);
    expect(sourced(text, ['stance-decide-against'])).toEqual([]);
  });
  it('stance-ask-whether: "questioned whether the ferry was ready" is the subject\'s speech; a passive "was asked how" is not', () => {
    const text = 'A Tarnwick councillor questioned whether the ferry was ready for winter.';
    expect(sourced(text)).toEqual(['questioned whether the ferry was ready for winter <- A Tarnwick councillor (question, speech)']);
    expect(sourced(text, ['stance-ask-whether'])).toEqual([]);
    expect(sourced('Jon Harlan was once asked how the ferry war would end.')).toEqual([]);
  });

  it('stance-role-of: "has been an outspoken critic of" is the subject\'s view; not in a relative clause', () => {
    const text = 'Tessa Marlow has been a consistent and outspoken critic of the Velmora harbour board.';
    expect(sourced(text)).toEqual(['has been a consistent and outspoken critic of the Velmora harbour board <- Tessa Marlow (critic, speech)']);
    expect(sourced(text, ['stance-role-of'])).toEqual([]);
    expect(sourced('Dunmore, a former ferry pilot who is a staunch opponent of the levy, left.')).toEqual([]);
  });
  it('stance-react-at: "took offense at the remarks" is the subject\'s position; "took a break at noon" is not', () => {
    const text = "Tessa Marlow took offense at the harbour board's remarks.";
    expect(sourced(text)).toEqual(["took offense at the harbour board's remarks <- Tessa Marlow (take, speech)"]);
    expect(sourced(text, ['stance-react-at'])).toEqual([]);
    expect(sourced('The Tarnwick crew took a break at noon.')).toEqual([]);
  });
});
