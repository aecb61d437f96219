/**
 * Issue 18, item 10 (sixth session, src/claims/cue-rules-6.ts): attribution cues beyond the
 * speech verbs. Sentences written for these tests (invented names and places); each rule is
 * also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

/** "what <- source (cue, kind)" for every claim with a source, in order. */
const sourced = (text: string, off: string[] = []): string[] =>
  extractText(text, { published: '2031-05-06' }, { rulesOff: off })
    .claims.filter((c) => c.source)
    .map((c) => `${c.what} <- ${c.source!.text} (${c.source!.cue}, ${c.source!.kind ?? 'speech'})`);

describe('cue verbs, nouns and adjectives (cue-rules-6)', () => {
  it('more-cue-verbs: "reiterated", "reckon" attribute the clause they take, with the kind', () => {
    const text = 'Tessa Marlow reiterated that the Velmora pier was safe.';
    expect(sourced(text)).toEqual(['was safe <- Tessa Marlow (reiterate, speech)']);
    expect(sourced(text, ['more-cue-verbs'])).toEqual([]);
  });

  it('cue-object-relative: the clause on the object of "cited" is the subject\'s', () => {
    const text = 'Marlow cited remarks the Tarnwick mayor had made about the ferry.';
    expect(sourced(text)).toEqual(['had made about the ferry <- Marlow (cite, speech)']);
    // (stance-np-object, stance-7, gives "cited remarks" its own source: off too)
    expect(sourced(text, ['cue-object-relative', 'stance-np-object'])).toEqual([]);
  });

  it('cue-noun-that-clause: "X\'s claim that ..." and "has a theory that ..." are X\'s', () => {
    const text = 'Marlow has a theory that the Velmora pier was sabotaged.';
    expect(sourced(text)).toEqual(['was sabotaged <- Marlow (theory, belief)']);
    expect(sourced(text, ['cue-noun-that-clause'])).toEqual([]);
  });

  it('cue-adjective-that-clause: "is confident that" gives the subject\'s belief', () => {
    const text = 'Councillor Ruiz is confident that the Tarnwick council will pay for the pier.';
    expect(sourced(text)).toEqual(['will pay for the pier <- Councillor Ruiz (confident, belief)']);
    expect(sourced(text, ['cue-adjective-that-clause'])).toEqual([]);
  });

  it('in-evidence-phrase: an opening "In the latest survey," is the evidence for what follows', () => {
    const text = 'In the latest Velmora survey, 62 percent of riders backed the night ferry.';
    expect(sourced(text)).toEqual(['backed the night ferry <- the latest Velmora survey (in, evidence)']);
    expect(sourced(text, ['in-evidence-phrase'])).toEqual([]);
  });

  it('that-then-opening-phrase: "showed that as of Friday, X leads" passes the opening phrase', () => {
    const text = 'The Tarnwick tracking poll showed that as of Friday, Marlow is leading Ruiz by four points.';
    expect(sourced(text)).toEqual(['is leading Ruiz by four points <- The Tarnwick tracking poll (show, evidence)']);
    expect(sourced(text, ['that-then-opening-phrase', 'that-clause-past-opening-subordinate'])).toEqual([]);
  });

  it('cue-verb-read-as-noun: "Another slide shows that ..." though the tagger made "slide shows" a noun', () => {
    const text = 'Another slide shows that eight of ten ferries built in Velmora are sold abroad.';
    expect(sourced(text)).toEqual(['are sold abroad <- Another slide (show, evidence)']);
    expect(sourced(text, ['cue-verb-read-as-noun'])).toEqual([]);
  });

  it('cue-verb-object-that: "agreed with X that there was ..." is the subject\'s', () => {
    const text = 'The judge agreed with Ana Ruiz that there was no reason to close the Velmora pier.';
    expect(sourced(text)).toEqual(['was no reason to close the Velmora pier <- The judge (agree, belief)']);
    expect(sourced(text, ['cue-verb-object-that'])).toEqual([]);
  });

  it('cue-verb-wh-clause: "discussed how seas could flood the pier" is the subject\'s', () => {
    const text = 'The Tarnwick mayor discussed how rising seas could flood the pier.';
    expect(sourced(text)).toEqual(['could flood the pier <- The Tarnwick mayor (discuss, speech)']);
    expect(sourced(text, ['cue-verb-wh-clause'])).toEqual([]);
  });

  it('possessive-view-phrase: "By the union\'s own count," names the source', () => {
    const text = "By the Velmora union's own count, 400 dockers lost their jobs.";
    expect(sourced(text)).toEqual(["lost their jobs <- the Velmora union's (count, evidence)"]);
    expect(sourced(text, ['possessive-view-phrase'])).toEqual([]);
  });

  it('as-speaker-put-it: "As the mayor put it, ..." makes the mayor the source', () => {
    const text = 'As the Tarnwick mayor put it, the pier is a wreck.';
    expect(sourced(text)).toEqual(['is a wreck <- the Tarnwick mayor (put, speech)']);
    expect(sourced(text, ['as-speaker-put-it'])).toEqual([]);
  });

});
