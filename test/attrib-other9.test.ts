/**
 * Issue 18, item 10 (ninth session, src/claims/other-9.ts): attribution on cues that are not
 * speech verbs: coordinated stance verbs, adjectives of feeling and resolve, verbs of attitude,
 * "hopes to", "is demanding that". Sentences written for these tests (invented names and
 * places); each rule is also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

/** "what <- source (cue, kind)" for every claim with a source, in order. */
const sourced = (text: string, off: string[] = []): string[] =>
  extractText(text, { published: '2031-05-06' }, { rulesOff: off })
    .claims.filter((c) => c.source)
    .map((c) => `${c.what} <- ${c.source!.text} (${c.source!.cue}, ${c.source!.kind ?? 'speech'})`);

describe('attribution on belief, intention and stance cues (other-9)', () => {
  it('stance-coordinated-verb: a coordinated verb sharing its subject carries its own source', () => {
    const text = 'Tessa Marlow opposes the ferry levy, and plans to sell the Velmora pier.';
    expect(sourced(text)).toEqual(['opposes the ferry levy <- Tessa Marlow (oppose, belief)', 'plans to sell the Velmora pier <- Tessa Marlow (plan, intention)']);
    expect(sourced(text, ['stance-coordinated-verb'])).toEqual(['opposes the ferry levy <- Tessa Marlow (oppose, belief)']);
  });

  it('cue-adjective-in-verb-group: "were also incensed that" makes the clause the subject\'s belief', () => {
    const text = 'The Velmora dockers were also incensed that the harbour board sold the pier.';
    expect(sourced(text)).toEqual(['sold the pier <- The Velmora dockers (incensed, belief)']);
    expect(sourced(text, ['cue-adjective-in-verb-group'])).toEqual([]);
  });

  it('stance-attitude-verb: "despises the plan", "believes in the ferry" state the subject\'s position', () => {
    const text = 'Tessa Marlow despises the Velmora harbour plan.';
    expect(sourced(text)).toEqual(['despises the Velmora harbour plan <- Tessa Marlow (despise, belief)']);
    expect(sourced(text, ['stance-attitude-verb'])).toEqual([]);
    const prep = 'Tessa Marlow believes in the night ferry.';
    expect(sourced(prep)).toEqual(['believes in the night ferry <- Tessa Marlow (believe, belief)']);
    expect(sourced(prep, ['stance-attitude-verb'])).toEqual([]);
  });

  it('stance-hope-to: "hopes to", "would like to" state the subject\'s intention', () => {
    const text = 'Tessa Marlow hopes to reopen the Velmora pier next spring.';
    expect(sourced(text)).toEqual(['hopes to reopen the Velmora pier next spring <- Tessa Marlow (hope, intention)']);
    expect(sourced(text, ['stance-hope-to'])).toEqual([]);
    const like = 'The Tarnwick council would like to hold another vote on the pier.';
    expect(sourced(like)).toEqual(['would like to hold another vote on the pier <- The Tarnwick council (like, intention)']);
    expect(sourced(like, ['stance-hope-to'])).toEqual([]);
  });

  it('stance-adjective-topic: "are passionate about", "is against" state the subject\'s view', () => {
    const text = 'The Velmora dockers are passionate about the night ferry.';
    expect(sourced(text)).toEqual(['are passionate about the night ferry <- The Velmora dockers (passionate, belief)']);
    expect(sourced(text, ['stance-adjective-topic'])).toEqual([]);
    const against = 'Senator Dunmore is against the ferry levy.';
    expect(sourced(against)).toEqual(['is against the ferry levy <- Senator Dunmore (against, belief)']);
    expect(sourced(against, ['stance-adjective-topic'])).toEqual([]);
  });

  it('be-cue-participle: "is demanding that", "is promising X" read as cue verbs', () => {
    const text = 'The city of Tarnwick is demanding that the ferry company stop using its crest.';
    expect(sourced(text)).toEqual(['stop using its crest <- The city of Tarnwick (demand, intention)']);
    expect(sourced(text, ['be-cue-participle'])).toEqual([]);
    const np = 'Tessa Marlow is promising lower fares on the night ferry.';
    expect(sourced(np)).toEqual(['is promising lower fares on the night ferry <- Tessa Marlow (promise, intention)']);
    expect(sourced(np, ['be-cue-participle'])).toEqual([]);
  });

  it('stance-have-view-of: "has no illusions about", "made little secret of" state the subject\'s view', () => {
    const text = 'Tessa Marlow has no illusions about the harbour board.';
    expect(sourced(text)).toEqual(['has no illusions about the harbour board <- Tessa Marlow (illusions, belief)']);
    expect(sourced(text, ['stance-have-view-of'])).toEqual([]);
    const secret = 'The Velmora dockers made little secret of their anger.';
    expect(sourced(secret)).toEqual(['made little secret of their anger <- The Velmora dockers (secret, belief)']);
    expect(sourced(secret, ['stance-have-view-of'])).toEqual([]);
    // a thing one has is no view
    expect(sourced('Tessa Marlow has health problems.')).toEqual([]);
  });

  it('stance-see-as: "see the levy as a tax" states the subject\'s view, "saw the pier as a child" does not', () => {
    const text = 'The Velmora dockers see the harbour levy as a tax on their work.';
    expect(sourced(text)).toEqual(['see the harbour levy as a tax on their work <- The Velmora dockers (see, belief)']);
    expect(sourced(text, ['stance-see-as'])).toEqual([]);
    expect(sourced('Tessa Marlow saw the pier as a child.')).toEqual([]);
  });

  it('belief-participle: ", perhaps recognizing that ..." and ", fearing ..." make the clause the subject\'s belief', () => {
    const text = 'The Tarnwick aides were gracious, perhaps recognizing that the pier had to close.';
    expect(sourced(text)).toEqual(['had to close <- The Tarnwick aides (recognize, belief)']);
    expect(sourced(text, ['belief-participle'])).toEqual([]);
    const fear = 'The dockers left early, fearing the vote would fail.';
    expect(sourced(fear)).toEqual(['would fail <- The dockers (fear, belief)']);
    expect(sourced(fear, ['belief-participle'])).toEqual([]);
  });
});

