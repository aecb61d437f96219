import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

/** "what <- source (cue)" for every claim with a source, in order. */
const sourced = (text: string, off?: string[]): string[] =>
  extractText(text, { published: '2031-05-06' }, off ? { rulesOff: off } : {})
    .claims.filter((c) => c.source)
    .map((c) => `${c.what} <- ${c.source!.text} (${c.source!.cue})`);
const has = (out: string[], what: string, src: string): boolean => out.some((x) => x.startsWith(what) && x.includes(`<- ${src} (`));

describe('attribution: speakers between commas', () => {
  it('gives the clause before "X said," to X when more words follow the comma', () => {
    const text = 'The Lenwick pier was a landmark, Mr. Tarrow said, until it closed in 1999.';
    expect(has(sourced(text), 'was a landmark', 'Mr. Tarrow')).toBe(true);
    expect(has(sourced(text, ['interrupting-attribution']), 'was a landmark', 'Mr. Tarrow')).toBe(false);
  });

  it('gives the clause before ", X announced, adding ..." to X', () => {
    const text = 'The night ferry will run again in May, the Corvane port authority announced, adding two crews to the route.';
    const on = sourced(text, ['interrupting-attribution']);
    expect(has(on, 'will run again in May', 'the Corvane port authority')).toBe(true);
    expect(has(sourced(text, ['interrupting-attribution', 'trailing-then-participle']), 'will run again in May', 'the Corvane port authority')).toBe(false);
  });

  it('does not read an aside inside a clause, or a "said," that opens a quotation, as closing what precedes', () => {
    const aside = sourced('Ms. Arden left the board, which meets in Velka and, Mr. Tarrow said, has lost its nerve.');
    expect(aside.some((x) => x.startsWith('left the board'))).toBe(false);
    const quote = sourced('Asked whether the dam had failed, Ana Ruiz said, "We do not know yet."');
    expect(quote.some((x) => x.startsWith('had failed'))).toBe(false);
  });
});

describe('attribution: a noun read with the speech verb', () => {
  const claimsOf = (text: string, off?: string[]) => extractText(text, { published: '2031-05-06' }, off ? { rulesOff: off } : {}).claims;

  it('reads "The Harlan campaign says" as the campaign saying, and gives it what it says', () => {
    const claims = claimsOf('The Harlan campaign says the ad will air on Sunday.');
    const says = claims.find((c) => c.verb === 'say');
    expect(says?.who?.text).toBe('The Harlan campaign');
    expect(claims.find((c) => c.what.startsWith('will air'))?.source?.text).toBe('The Harlan campaign');
    const off = claimsOf('The Harlan campaign says the ad will air on Sunday.', ['noun-read-as-speech-verb']);
    expect(off.find((c) => c.what.startsWith('will air'))?.source?.text).not.toBe('The Harlan campaign');
  });

  it('reads a court\'s ruling as its words', () => {
    const claims = claimsOf('The appeals court ruled that the port\'s fees were unlawful.');
    expect(claims.find((c) => c.what.startsWith('were unlawful'))?.source).toMatchObject({ text: 'The appeals court', cue: 'rule', kind: 'speech' });
  });

});

describe('attribution: a quotation split from its speaker', () => {
  it('gives a quotation closing on "?" to the speaker of the short sentence after it, and the quotation after that too', () => {
    const text = 'Talks on the Velka ferry stalled on Monday.\n\n"Why does the board keep the old timetable?" Marlow asked. "The crews want a change."';
    const out = sourced(text);
    expect(has(out, 'keep the old timetable', 'Marlow')).toBe(true);
    expect(has(out, 'want a change', 'Marlow')).toBe(true);
    const off = sourced(text, ['speaker-after-split-quote']);
    expect(has(off, 'keep the old timetable', 'Marlow')).toBe(false);
  });
});

describe('attribution: quotations closed by a verb of speaking that takes no clause', () => {
  it('gives the quotation to the subject of "asked", "continued", with that verb as the cue', () => {
    const text = 'The Corvane council met on Monday.\n\n"The ferry runs late every night," Ines Duval continued at the meeting.';
    const out = sourced(text);
    expect(out.some((x) => x.startsWith('runs late every night') && x.endsWith('<- Ines Duval (continue)'))).toBe(true);
    expect(sourced(text, ['quote-speaker-other-verbs']).some((x) => x.startsWith('runs late every night') && x.includes('Ines Duval'))).toBe(false);
  });
});

describe('attribution: a quotation signed with a dash', () => {
  it('reads the signature from a closing sentence with no clause, and a paragraph opened by ” as a quotation', () => {
    const text = 'Voices from the Velka quay.\n\n”The mayor has failed the crews. The timetable is a joke. A real disgrace.” ― Sonia Herrald\n\n“The pier will close again. Nobody listens.” — Pam Padri, a deckhand';
    const out = sourced(text);
    expect(has(out, 'has failed the crews', 'Sonia Herrald')).toBe(true);
    expect(has(out, 'is a joke', 'Sonia Herrald')).toBe(true);
    expect(has(out, 'will close again', 'Pam Padri')).toBe(true);
    expect(has(sourced(text, ['quote-dash-speaker']), 'has failed the crews', 'Sonia Herrald')).toBe(false);
  });
});

describe('attribution: a quotation that goes on past a sentence of no clause', () => {
  it('keeps the speaker over "Such a pity." inside the same quotation', () => {
    const text = 'The Velka harbour board met on Monday.\n\n"Our fourth director in a year," Tessa Marlow said. "Such a pity. None of them gave the crews an answer."';
    expect(has(sourced(text), 'gave the crews an answer', 'Tessa Marlow')).toBe(true);
    expect(has(sourced(text, ['across-clauseless-sentence']), 'gave the crews an answer', 'Tessa Marlow')).toBe(false);
  });
});

describe('attribution: a colon that introduces a paragraph', () => {
  it('gives every sentence of the paragraph after "X added:" to X', () => {
    const text = 'The Corvane council met on Monday.\n\nThe governor added:\n\nIt is typical of the council. The board knows nothing, and the ferries never run.\n\nThe meeting ended at noon.';
    const out = sourced(text);
    expect(has(out, 'is typical of the council', 'The governor')).toBe(true);
    expect(has(out, 'knows nothing', 'The governor')).toBe(true);
    expect(out.some((x) => x.startsWith('ended at noon'))).toBe(false);
    expect(has(sourced(text, ['colon-introduces-paragraph']), 'knows nothing', 'The governor')).toBe(false);
  });
});

describe('attribution: a speaker read as a time word', () => {
  const claimsOf = (text: string, off?: string[]) => extractText(text, { published: '2031-05-06' }, off ? { rulesOff: off } : {}).claims;

  it('takes the name after "..., this week, said X" as the speaker', () => {
    const text = 'The night ferry could run again this week, said Ana Ruiz, a planner at the port.';
    expect(claimsOf(text).find((c) => c.what.startsWith('could run'))?.source?.text).toBe('Ana Ruiz');
    expect(claimsOf(text, ['speaker-after-time-comma']).find((c) => c.what.startsWith('could run'))?.source?.text).not.toBe('Ana Ruiz');
    // a day after "said" is no speaker
    const day = claimsOf('"The veto will stand," Mayor Ines Duval, of Corvane, said Tuesday.');
    expect(day.find((c) => c.what.startsWith('will stand'))?.source?.text).not.toBe('Tuesday');
  });

  it('takes the noun phrase before "later disclosed" as the speaker, and "disclose" as a cue', () => {
    const text = 'Her campaign later disclosed that she has the flu.';
    expect(claimsOf(text).find((c) => c.what.startsWith('has the flu'))?.source).toMatchObject({ text: 'Her campaign', cue: 'disclose' });
    expect(claimsOf(text, ['speaker-before-time-word']).find((c) => c.what.startsWith('has the flu'))?.source?.text).not.toBe('Her campaign');
  });
});

describe('attribution: a finding after "shows that", past asides in its subject', () => {
  it('gives the main clause of the that-clause to the poll, not the relative clause before it', () => {
    const text = 'The study found that in the three largest towns, which include Velka and Lipno, riders have been dropped from the lists.';
    const claims = extractText(text, { published: '2031-05-06' }).claims;
    expect(claims.find((c) => c.verb === 'drop')?.source).toMatchObject({ text: 'The study', cue: 'find', kind: 'evidence' });
    expect(claims.find((c) => c.verb === 'include')?.source ?? null).toBeNull();
    const off = extractText(text, {}, { rulesOff: ['cue-verb-that-clause-past-aside'] }).claims;
    expect(off.find((c) => c.verb === 'drop')?.source ?? null).toBeNull();
  });
});
