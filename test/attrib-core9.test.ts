/**
 * Issue 18 (ninth session, src/claims/core-9.ts): recall on speech and report cues. Participles
 * of saying after an adverb or at the sentence's start, a speech complement that stops at
 * ", saying ...", and a speech verb whose words hold no clause of their own. Sentences written
 * for these tests (invented names and places); each rule is also switched off.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

/** "what <- source (cue)" for every claim with a source, in order. */
const sourced = (text: string, off: string[] = []): string[] =>
  extractText(text, { published: '2031-05-06' }, { rulesOff: off })
    .claims.filter((c) => c.source)
    .map((c) => `${c.what} <- ${c.source!.text} (${c.source!.cue})`);

describe('speech and report cues (core-9)', () => {
  it('saying-participle-after-adverb: ", even suggesting ..." is the subject\'s', () => {
    const text = 'Mayor Tessa Marlow complained about the Velmora ferry on Monday, even suggesting it may have been sabotaged.';
    expect(sourced(text)).toContain('may have been sabotaged <- Mayor Tessa Marlow (suggest)');
    expect(sourced(text, ['saying-participle-after-adverb']).some((x) => x.startsWith('may have been sabotaged'))).toBe(false);
  });

  it('opening-saying-participle: "Claiming ..., X told ..." gives the claim to X', () => {
    const text = 'Claiming the Velmora pier is unsafe, Ana Ruiz told reporters that it would close.';
    expect(sourced(text)).toContain('is unsafe <- Ana Ruiz (claim)');
    expect(sourced(text, ['opening-saying-participle']).some((x) => x.startsWith('is unsafe'))).toBe(false);
  });

  it('complement-stops-at-saying-participle: the words after ", saying" are not the earlier speaker\'s', () => {
    const text = 'Tessa Marlow was curt about a builder who said he was never paid, saying, "He did a poor job."';
    expect(sourced(text)).toContain('did a poor job <- Tessa Marlow (say)');
    expect(sourced(text, ['complement-stops-at-saying-participle'])).toContain('did a poor job <- a builder (say)');
  });

  it('speech-words-no-clause: a speech verb whose words hold no clause carries its own source', () => {
    const text = 'Asked about the leak, Ana Ruiz said, "Not going to go into that."';
    expect(sourced(text).some((x) => x.includes('Not going to go into') && x.endsWith('<- Ana Ruiz (say)'))).toBe(true);
    expect(sourced(text, ['speech-words-no-clause'])).toEqual([]);
    const why = 'Colonel Brann explained why he backs the Velmora harbour plan.';
    expect(sourced(why)).toEqual(['explained why he backs the Velmora harbour plan <- Colonel Brann (explain)']);
    expect(sourced(why, ['speech-words-no-clause'])).toEqual([]);
    // a time, a preposition or a noun-phrase object of "add" is no words said
    expect(sourced('Ana Ruiz wrote in 2014 for families in Velmora.')).toEqual([]);
    expect(sourced('The Velmora board added a week to the schedule.')).toEqual([]);
  });
  it('quote-after-its-speaker and complement-stops-at-next-speaker: a quotation after "X replied," is X\'s, not the earlier speaker\'s', () => {
    const text = 'Ana Ruiz said the Velmora pier would close, and when pressed on why, the harbour master replied, "It is meant to be temporary."';
    const on = sourced(text);
    expect(on).toContain('is meant to be temporary <- the harbour master (reply)');
    expect(on.some((x) => x.startsWith('replied <-'))).toBe(false);
    const off = sourced(text, ['quote-after-its-speaker', 'complement-stops-at-next-speaker']);
    expect(off).toContain('is meant to be temporary <- Ana Ruiz (say)');
  });

  it('trailing-speaker-modifier: "..., top black councillors said" is a closing attribution, "top" and all', () => {
    const text = 'The harbour board’s long feud with Mayor Tessa Marlow is an insult to all dockers, top black councillors said Friday afternoon.';
    expect(sourced(text)).toContain('is an insult to all dockers <- black councillors (say)');
    expect(sourced(text, ['trailing-speaker-modifier']).some((x) => x.startsWith('is an insult'))).toBe(false);
  });
  it('speaker-run-in-sentence: a speaker after an unmarked sentence break starts at the capitalised "The"', () => {
    const text = 'The agency said it was taking steps to increase its oversight of the regional centers The Harbour Board said it would act as well.';
    expect(sourced(text)).toContain('would act as well <- The Harbour Board (say)');
    expect(sourced(text, ['speaker-run-in-sentence']).some((x) => x.startsWith('would act as well <- The Harbour Board'))).toBe(false);
  });
  it('that-clause-past-as-aside: "cautioned, as did the board itself, that ..." takes its that-clause', () => {
    const text = 'Several experts cautioned, as did the Velmora council itself, that the harbour plan might well change.';
    expect(sourced(text)).toContain('might well change <- Several experts (caution)');
    expect(sourced(text, ['that-clause-past-as-aside']).some((x) => x.startsWith('might well change'))).toBe(false);
  });

  it('said-citing-self: "..., the mayor said in June, citing X" carries its own source', () => {
    const text = '"We are ready," Mayor Tessa Marlow said in June, citing the release of the Velmora fishermen.';
    expect(sourced(text).some((x) => x.includes('citing the release') && x.endsWith('<- Mayor Tessa Marlow (citing)'))).toBe(true);
    expect(sourced(text, ['said-citing-self']).some((x) => x.includes('citing the release'))).toBe(false);
  });
  it('progressive-speech-verb: "is telling dockers that ..." is the speech verb "tell"', () => {
    const text = 'Mayor Tessa Marlow is telling dockers that the Velmora pier is unsafe.';
    expect(sourced(text)).toContain('is unsafe <- Mayor Tessa Marlow (tell)');
    expect(sourced(text, ['progressive-speech-verb']).some((x) => x.startsWith('is unsafe'))).toBe(false);
  });

  it('coordinated-speech-verb-takes-speaker: "... that A and says B" is the first speaker\'s second saying', () => {
    const text = 'Mayor Tessa Marlow is telling dockers that the Velmora pier is unsafe and says she will rebuild it.';
    const who = (off: string[]) => extractText(text, { published: '2031-05-06' }, { rulesOff: off }).claims.find((c) => c.verb === 'say')?.who?.text;
    expect(who([])).toBe('Mayor Tessa Marlow');
    expect(sourced(text)).toContain('will rebuild it <- Mayor Tessa Marlow (say)');
    expect(who(['coordinated-speech-verb-takes-speaker'])).toBe('the Velmora pier');
    expect(sourced(text, ['coordinated-speech-verb-takes-speaker'])).toContain('will rebuild it <- the Velmora pier (say)');
  });

  it('complement-stops-at-second-saying: a reported clause\'s own speech verb does not take the second saying\'s words', () => {
    const text = 'Mayor Tessa Marlow said that the Velmora board would declare its plan in March and suggested that the pier would close.';
    expect(sourced(text)).toContain('would close <- Mayor Tessa Marlow (say)');
    expect(sourced(text, ['complement-stops-at-second-saying'])).toContain('would close <- the Velmora board (declare)');
  });
});
