/**
 * Issue 20 (fourth session): sentences that got no claim at all, and the subjects and extents
 * around them. Sentences written for these tests (invented names and places); each rule is
 * also switched off to show what it decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const PUB = { published: '2031-05-06' };
const rows = (text: string, off: string[] = []): string[] =>
  extractText(text, PUB, { rulesOff: off }).claims.map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.verbText} | ${c.object}`);
const claimsOf = (text: string, off: string[] = []) => extractText(text, PUB, { rulesOff: off }).claims;

describe('finite verbs the rules took for nouns or participles', () => {
  it('copula-never-noun: "40 are in the field" after a number, and "is" after a participle aside, are verbs', () => {
    const text = 'Of the trust\'s 300 wardens, 40 are in the field.';
    expect(rows(text)).toContain('40 | be | are | in the field');
    expect(rows(text, ['copula-never-noun'])).toEqual([]);
  });

  it('relative-that-s-verb: "the single that holds the album\'s name" is a relative clause with its verb', () => {
    const text = 'The single that holds the album\'s name, is a slow ballad.';
    expect(rows(text)).toEqual(['The single | hold | holds | the album\'s name', 'The single | be | is | a slow ballad']);
    expect(rows(text, ['relative-that-s-verb', 'relative-that-verb']).some((r) => r.includes('| hold |'))).toBe(false);
  });

  it('demonstrative-past-verb: "This prompted harbour officials to ..." has "This" as its subject', () => {
    const text = 'This prompted harbour officials to close the quay.';
    expect(rows(text)).toEqual(['This | prompt | prompted | harbour officials to close the quay']);
    expect(rows(text, ['demonstrative-past-verb'])).toEqual([]);
  });

  it('numbered-name-subject: "Varnex 4410 exhibits a greater reach" is a claim', () => {
    const text = 'Varnex 4410 exhibits a greater reach than Varnex 3200.';
    expect(rows(text)).toEqual(['Varnex 4410 | exhibit | exhibits | a greater reach than Varnex 3200']);
    expect(rows(text, ['numbered-name-subject'])).toEqual([]);
  });

  it('participle-after-subordinator: "as seen in the film" is no clause, and the main verb keeps its subject', () => {
    const text = 'Her early years, as seen in the Dunmore film, were re-imagined in a novel.';
    expect(rows(text)).toEqual(['Her early years | re-imagine | were re-imagined | in a novel']);
    expect(rows(text, ['participle-after-subordinator', 'appositive-chain-subject']).some((r) => r.startsWith('Her early years |'))).toBe(false);
  });
});

describe('subjects past opening phrases and asides', () => {
  it('subject-after-opener: an opening phrase and a comma do not hide the subject behind an aside', () => {
    const text = 'In 1990, the Tarrow mill, based in Kelby, made rope.';
    expect(rows(text)).toEqual(['the Tarrow mill | make | made | rope']);
    expect(rows(text, ['subject-after-opener', 'appositive-chain-subject'])).toEqual([]);
    // an appositive after the name: the subject is the name, not the opening time
    const year = 'Last year, Ana Velo, leader of the dockers, had a free hand.';
    expect(rows(year)).toEqual(['Ana Velo | have | had | a free hand']);
    expect(rows(year, ['subject-after-opener'])[0]).toMatch(/^year \|/);
  });

  it('aside-participle-with-comma: a participle aside with a comma of its own', () => {
    const text = 'However, the term drover, defined as a patient, steady herder, is a job rather than a trade.';
    expect(rows(text)).toEqual(['the term drover | be | is | a job rather than a trade']);
    expect(rows(text, ['aside-participle-with-comma'])).toEqual([]);
  });

  it('aside-as-participle: "The plan, as approved by the council, will cost" keeps its subject', () => {
    const text = 'The plan, as approved by the Kelby council, will cost twice as much.';
    expect(claimsOf(text).map((c) => `${c.who?.text} | ${c.verb}`)).toEqual(['The plan | cost']);
    expect(claimsOf(text, ['aside-as-participle'])).toEqual([]);
  });

  it('relative-clause-adverb-before-verb and adverb-before-next-verb: "who had fled the war now hope"', () => {
    const text = 'Many residents who had fled the war now hope to return to Kelby.';
    expect(rows(text)).toEqual(['Many residents | flee | had fled | the war', 'Many residents | hope | hope | to return to Kelby']);
    // main-verb-after-relative-object (recall-9) also gives the antecedent to the main verb
    expect(rows(text, ['relative-clause-adverb-before-verb', 'main-verb-after-relative-object']).some((r) => r.startsWith('Many residents | hope'))).toBe(false);
    expect(rows(text, ['adverb-before-next-verb'])).toContain('Many residents | flee | had fled | the war now');
  });
});

describe('tagging repairs', () => {
  it('now-before-verb: "now" before a verb is an adverb, so the subject is found past an appositive', () => {
    expect(rows('Arvo Lind, leader of the dockers and carters, now had a free hand.')).toEqual(['Arvo Lind | have | had | a free hand']);
  });

  it('first-word-coordinated-noun: "Test & official launch of ..." is the subject, not an order', () => {
    const got = claimsOf('Test & official launch of the Kelby channel started on 3 March 2030.');
    expect(got.map((c) => `${c.who?.text} | ${c.verb}`)).toEqual(['Test & official launch of the Kelby channel | start']);
  });

  it('verb-read-as-plural: "language A still influences language B", "The sum equals ..."', () => {
    expect(rows('During the shift, however, the receding language A still influences language B.')).toEqual(['the receding language A | influence | influences | language B']);
    expect(rows('The number of wins equals the number of losses.')).toEqual(['The number of wins | equal | equals | the number of losses']);
  });
});

describe('relative clauses with "where"', () => {
  it('where-after-comma and where-relative-place: ", where he batted" is a claim that happens in that place', () => {
    const text = 'He later joined the club in Kelmar, where he batted .260 in 64 games.';
    const bat = claimsOf(text).find((c) => c.verb === 'bat');
    expect(bat?.who?.text).toBe('he');
    expect(bat?.where.map((w) => w.text)).toEqual(['Kelmar']);
    expect(claimsOf(text, ['where-after-comma']).find((c) => c.verb === 'bat')).toBeUndefined();
    expect(claimsOf(text, ['where-relative-place']).find((c) => c.verb === 'bat')?.where).toEqual([]);
    // an indirect question is still no claim
    expect(claimsOf('Police did not say where the driver was.').map((c) => c.verb)).toEqual(['say']);
  });

  it('relative-clause-untimed: a relative clause inside an "as" clause takes no time from the main clause', () => {
    const text = 'Crowds gathered at the border on Sunday, as many residents who had fled the war now hope to return.';
    const fled = claimsOf(text).find((c) => c.verb === 'flee');
    expect(fled?.when).toEqual([]);
    expect(claimsOf(text, ['relative-clause-untimed']).find((c) => c.verb === 'flee')?.when.length).toBeGreaterThan(0);
  });
});

describe('passives and coordinated verbs compromise read as adjectives or plurals', () => {
  it('be-participle-passive: "the line was abandoned." is a passive of abandon, not "be"', () => {
    const c = claimsOf('Several years later the branch line at Kelby was abandoned.');
    expect(c.map((x) => `${x.verb} | ${x.verbText}`)).toEqual(['abandon | was abandoned']);
    // a state of mind after "be" stays an adjective
    expect(claimsOf('The harbour master was tired.').map((x) => x.verb)).toEqual(['be']);
  });

  it('past-after-and: "was well received and inspired Ana Velo to sing" has two claims', () => {
    expect(rows('Their concert was well received and inspired Ana Velo to sing.')).toEqual(['Their concert | receive | was well received | ', 'Their concert | inspire | inspired | Ana Velo to sing']);
  });

  it('plural-before-past: "Ferry fares rallied" has the plural as its subject', () => {
    expect(rows('Ferry fares rallied as the strike ended.').map((r) => r.split(' | ').slice(0, 2).join(' | '))).toEqual(['Ferry fares | rally', 'the strike | end']);
  });

  it('s-verb-after-and: "resigns ... and relocates to Tarrow" is a second verb; "cars and trucks" stay nouns', () => {
    expect(rows('She resigns after the trial and relocates to Tarrow.')).toEqual(['She | resign | resigns | after the trial', 'She | relocate | relocates | to Tarrow']);
    expect(rows('He sells cars and trucks to dealers.')).toEqual(['He | sell | sells | cars and trucks to dealers']);
  });

  it('until-past-asserted: "until she moved" happened; "until a council is formed" did not', () => {
    expect(claimsOf('She taught in Kelby until she moved to Tarrow.').map((c) => c.verb)).toEqual(['teach', 'move']);
    expect(claimsOf('She taught in Kelby until she moved to Tarrow.', ['until-past-asserted']).map((c) => c.verb)).toEqual(['teach']);
    expect(claimsOf('Talks will go on until a council is formed.').map((c) => c.verb)).toEqual(['go']);
  });
});

describe('whole subject noun phrases', () => {
  it('np-partitive: "Many of the dockers" and "Each of the programs" are the subject', () => {
    expect(claimsOf('Many of the Kelby dockers went on strike.').map((c) => c.who?.text)).toEqual(['Many of the Kelby dockers']);
    expect(claimsOf('Many of the Kelby dockers went on strike.', ['np-partitive']).map((c) => c.who?.text)).toEqual(['the Kelby dockers']);
  });

  it('np-adjective-complement: "People familiar with the talks said" names the speaker in full', () => {
    const c = claimsOf('People familiar with the Tarrow talks said the deal was close.');
    expect(c.map((x) => x.who?.text)).toEqual(['People familiar with the Tarrow talks', 'the deal']);
    expect(c[1]!.source?.text).toBe('People familiar with the Tarrow talks');
    expect(claimsOf('People familiar with the Tarrow talks said the deal was close.', ['np-adjective-complement', 'speaker-near-complement'])[0]!.who?.text).not.toBe('People familiar with the Tarrow talks');
  });

  it('a clause-opening "That" is the subject\'s determiner, a complementizer "that" is not', () => {
    expect(claimsOf('That method relies heavily on rain.').map((c) => c.who?.text)).toEqual(['That method']);
    expect(claimsOf('Officials said that ferries would resume.').map((c) => c.who?.text)).toEqual(['Officials', 'ferries']);
  });
});
