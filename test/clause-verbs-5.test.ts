/**
 * Issue 20 (fifth session, verb-repairs-5.ts): finite verbs compromise tags as nouns or
 * adjectives, and passives it leaves as "be" + adjective. Sentences written for these tests
 * (invented names and places); each rule is also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
const rows = (text: string, off: string[] = []): string[] =>
  extractText(text, PUB, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.verbText} | ${c.object}`);

describe('-s verbs compromise guessed as plural nouns', () => {
  it('s-verb-unknown-stem: "retains", "nabs", "slashes" after the subject and before an object are the verb', () => {
    const stake = 'The Tarnwick mill retains a stake in the Velmora ferry.';
    expect(rows(stake)).toEqual(['The Tarnwick mill | retain | retains | a stake in the Velmora ferry']);
    expect(rows(stake, ['s-verb-unknown-stem'])).toEqual([]);
    const headline = 'Velmora Navy nabs 26 pirates off Tarnwick.';
    expect(rows(headline)).toEqual(['Velmora Navy | nab | nabs | 26 pirates off Tarnwick']);
    expect(rows(headline, ['s-verb-unknown-stem'])).toEqual([]);
  });

  it('s-verb-unknown-stem: the plural compromise took for the verb after it is the object again', () => {
    const text = 'Brenco slashes prices at its Ardenne stores.';
    expect(rows(text)).toEqual(['Brenco | slash | slashes | prices at its Ardenne stores']);
    expect(rows(text, ['s-verb-unknown-stem'])).toEqual(['Brenco slashes | price | prices | at its Ardenne stores']);
  });

  it('s-verb-unknown-stem: also after a linking aside between commas', () => {
    const text = 'Harlow Foods, for example, peddles a $200 frozen pie.';
    expect(rows(text)).toEqual(['Harlow Foods | peddle | peddles | a $200 frozen pie']);
    expect(rows(text, ['s-verb-unknown-stem'])).toEqual([]);
  });

  it('leaves noun phrases alone: a prepositional object, a bracket, a verb later in the clause', () => {
    expect(rows('A share of Velmora statements (54%) were rated as true.')).toEqual(['A share of Velmora statements (54%) | rate | were rated | as true']);
    expect(rows('The Tarnwick college savings plans were praised.')[0]).toMatch(/^The Tarnwick college savings plans \| praise \|/);
  });
});

describe('verbs after a subject pronoun, "and" or a relative pronoun', () => {
  it('s-verb-after-she: "she alerts the harbour police" has "alerts" as its verb', () => {
    const text = 'Before fainting she alerts the harbour police.';
    expect(rows(text)).toEqual(['she | alert | alerts | the harbour police']);
    expect(rows(text, ['s-verb-after-she'])).toEqual([]);
  });

  it('verb-after-and-unknown: "... and recorded seven albums" is a second clause with the same subject', () => {
    const text = 'Ana Vela moved to the Tarnwick record label and recorded seven albums.';
    expect(rows(text)).toEqual(['Ana Vela | move | moved | to the Tarnwick record label', 'Ana Vela | record | recorded | seven albums']);
    expect(rows(text, ['verb-after-and-unknown'])).toEqual(['Ana Vela | move | moved | to the Tarnwick record label and recorded seven albums']);
  });

  it('past-after-relative-adjective: "which worried Ana Ruiz" is a relative clause, not part of the passive', () => {
    const text = 'The army was not disbanded which worried Ana Ruiz.';
    expect(rows(text)).toEqual(['The army | disband | was not disbanded | ']);
    expect(rows(text, ['past-after-relative-adjective'])).toEqual(['The army | disband | was not disbanded | which worried Ana Ruiz']);
  });
});

describe('time words between the subject and its verb', () => {
  it('time-word-before-verb: "The ministry today issued" keeps "The ministry" as subject', () => {
    const text = 'The Velmora ministry today issued a warning to farmers.';
    const claims = extractText(text, PUB).claims;
    expect(claims.map((c) => `${c.who?.text} | ${c.verb}`)).toEqual(['The Velmora ministry | issue']);
    expect(claims[0]!.when.map((w) => w.text)).toEqual(['today']);
    expect(rows(text, ['time-word-before-verb'])).toEqual([]);
  });

  it('last-before-time: "last" before "week" is no verb', () => {
    const text = 'Officials last week confirmed the closure of the Tarnwick port.';
    expect(rows(text)).toEqual(['Officials | confirm | confirmed | the closure of the Tarnwick port']);
    expect(rows(text, ['last-before-time']).some((r) => r.includes('| last |'))).toBe(true);
    // "will last" is still the verb
    expect(rows('The Velmora strike will last two weeks.')[0]).toMatch(/\| last \| will last \|/);
  });
});

describe('passives with an adverb or a time word before the participle', () => {
  it('be-adverb-participle: "was first launched", "was later abandoned" have the participle as verb', () => {
    const launched = 'The Tarnwick ferry was first launched in 1990.';
    expect(rows(launched)).toEqual(['The Tarnwick ferry | launch | was first launched | in 1990']);
    expect(rows(launched, ['be-adverb-participle'])).toEqual(['The Tarnwick ferry | be | was | first launched in 1990']);
    const abandoned = 'The Velmora bridge plan was later abandoned.';
    expect(rows(abandoned)).toEqual(['The Velmora bridge plan | abandon | was later abandoned | ']);
    expect(rows(abandoned, ['be-adverb-participle'])).toEqual(['The Velmora bridge plan | be | was | later abandoned']);
  });

  it('be-adverb-participle: "was shut" at the clause end is a passive; "was absolutely right" is not', () => {
    expect(rows('The Ardenne quay was shut.')).toEqual(['The Ardenne quay | shut | was shut | ']);
    expect(rows('The Ardenne quay was shut.', ['be-adverb-participle'])).toEqual(['The Ardenne quay | be | was | shut']);
    expect(rows('Ana Velo was absolutely right.')[0]).toMatch(/^Ana Velo \| be \|/);
  });
});

describe('verb groups of adverbs alone', () => {
  it('adverb-group-no-verb: ", for example ," in tokenised text is no verb', () => {
    const text = 'Premark Inc. , for example , peddles the Velmora cycle .';
    expect(rows(text)).toEqual(['Premark Inc. | peddle | peddles | the Velmora cycle']);
    expect(rows(text, ['adverb-group-no-verb', 'tokenised-punctuation-against-word'])).toEqual(['Premark Inc. | for | for example | ']);
  });
});
