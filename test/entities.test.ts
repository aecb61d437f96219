/**
 * Entities: names found, typed and merged by the rules the README states, each pinned on a
 * fixture article written for the tests (fixtures/entities: invented people, places, firms).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, type Entity, type ExtractResult } from '../src/index.js';
import { DOCUMENT_NAME_RULES } from '../src/annotate/name-rules.js';
import { cli, root } from './helpers.js';

const dir = join(root, 'fixtures', 'entities');
let result: ExtractResult;
const named = (name: string, type?: string): Entity | undefined => result.entities.find((e) => e.name === name && (!type || e.type === type));
/** The entity a claim's subject text names in one article. */
const whoIn = (doc: string, text: string, verb: string): string | null | undefined => result.claims.find((c) => c.doc === doc && c.who?.text === text && c.verb === verb)?.who?.entity;
const hasName = (name: string): boolean => result.entities.some((e) => e.name === name || e.aliases.includes(name));

beforeAll(() => {
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
  result = extract(docs);
});

describe('names in wire stories, lists and tables', () => {
  it('dateline: the city in capitals and the region after it are places', () => {
    expect(named('EXFORD')?.type).toBe('place');
    expect(named('PORT AVERY')?.type).toBe('place');
    expect(named('Wessenland')?.type).toBe('place');
    expect(named('DUNMORE', 'place')?.docs).toEqual(['markets-deal']);
  });

  it('initials belong to the surname after them; initials alone and table headers are no names', () => {
    for (const n of ['T. Vellacott', 'R. Oyelaran', 'K. Marsh', 'L. Penhallow']) expect(named(n)?.type, n).toBe('person');
    for (const n of ['T', 'K', 'L', 'W D L Pts']) expect(hasName(n), n).toBe(false);
  });

  it('sports-team: a team named after its town is an organisation, apart from the town', () => {
    expect(named('Harwick', 'organization')?.docs).toEqual(['cricket-results']);
    expect(named('Dunmore', 'organization')?.docs).toEqual(['cricket-results']);
    // the town of the same name in a business story stays a place (the team's own headline,
    // "HARWICK BEAT DUNMORE", names the team)
    expect(named('DUNMORE', 'place')?.docs).toEqual(['markets-deal']);
    expect(named('Dunmore', 'organization')?.examples?.map((x) => x.doc) ?? []).not.toContain('markets-deal');
  });

  it('sports-team: a team whose name is also a given name ("Darby 198", "Ellis 301-6") is the team, not a person', () => {
    expect(named('Darby')?.type).toBe('organization');
    expect(named('Ellis')?.type).toBe('organization');
    expect(named('Ellis')?.mentions).toBe(2);
    expect(named('N. Brockway')?.type).toBe('person');
  });

  it('venue-line: the name opening a results line before a colon is the ground, a place; a label ("Postponed:") is none', () => {
    expect(named('Brantmoor')?.type).toBe('place');
    expect(named('Kellby')?.type).toBe('place');
    expect(named('Ashcombe')?.type).toBe('organization');
    expect(hasName('Postponed')).toBe(false);
  });

  it('scorecard-player: a name beside a dismissal mark ("c X b Y 56", "st X", "lbw b X") is a player, though a score follows it', () => {
    for (const n of ['Quarrie', 'Wendale', 'Halloran', 'Tregarth', 'K. Dorsey', 'M. Penrose']) expect(named(n)?.type, n).toBe('person');
    expect(named('Quarrie')?.docs).toEqual(['scorecard']);
  });

  it('a country in brackets after a player is a place; a given name that is a month stays', () => {
    expect(named('Britain')?.type).toBe('place');
    expect(named('Norway')?.type).toBe('place');
    expect(named('Jan Kovar')?.type).toBe('person');
    expect(named('Ola Brenn')?.type).toBe('person');
  });

  it('boundaries: "of" after a person or a firm, "and" between two complete names, "&" inside one', () => {
    expect(named('Keith Vane')?.type).toBe('person');
    expect(named('Calder Securities')?.type).toBe('organization');
    expect(named('Hollis Controls Inc')?.type).toBe('organization');
    expect(named('Tarn Corp')?.aliases).toContain('Tarn');
    expect(named('Mortimer & Lusk')?.type).toBe('organization');
    expect(named('Oberfeld')).toBeDefined();
    expect(named('Germany')?.type).toBe('place');
    expect(named('Pieter van der Hoek')?.type).toBe('person');
    expect(named('Gazzetta della Sera')).toBeDefined();
    expect(named('Peter Such')?.type).toBe('person');
    expect(named('Omar Haddad')?.type).toBe('person');
  });

  it('capitals-line: a headline in capitals gives no canonical name and no headline words', () => {
    const e = named('Dorian Westcott');
    expect(e?.type).toBe('person');
    expect(e?.aliases.every((a) => !/RUGBY|LEAGUE/.test(a))).toBe(true);
    expect(result.entities.some((x) => /RUGBY LEAGUE/.test(x.name))).toBe(false);
  });
});

describe('merging', () => {
  it('short-form: "Tenbury" is the Tenbury of its own article, and stays apart where the batch has two', () => {
    expect(named('Hugh Tenbury')?.aliases).toContain('Tenbury');
    expect(named('Hugh Tenbury')?.docs).toEqual(['minister-tenbury']);
    expect(named('Michael Tenbury')?.docs).toEqual(['sprinter-tenbury']);
    expect(named('Michael Tenbury')?.type).toBe('person');
    expect(whoIn('minister-tenbury', 'Tenbury', 'say')).toBe('Hugh Tenbury');
    expect(whoIn('sprinter-tenbury', 'Tenbury', 'say')).toBe('Michael Tenbury');
    // an article naming no Tenbury in full, in a batch with two: neither of them
    expect(named('Tenbury')?.docs).toEqual(['unnamed-tenbury']);
  });

  it('acronyms alias only a non-person name whose initials they spell', () => {
    expect(named('Kestrel Mining Company')?.aliases).toContain('KMC');
    expect(named('Lee Jong Un')?.aliases ?? []).toEqual([]);
    expect(named('United Nations')?.aliases).toContain('UN');
    // "MO" spells the initials of two people: it merges with neither
    expect(named('Marta Olsson')?.aliases ?? []).toEqual([]);
    expect(named('Mikel Ortega')?.aliases ?? []).toEqual([]);
  });

  it('spelling-variant: two given names with one surname are two people; a spelling across articles is one', () => {
    expect(named('Anton Kessler')?.aliases).toEqual([]);
    expect(named('Anton Kasper')?.aliases).toEqual([]);
    const k = result.entities.find((e) => e.name === 'Mohamed Karimi' || e.name === 'Mohammed Karimi');
    expect([k?.name, ...(k?.aliases ?? [])].sort()).toEqual(['Mohamed Karimi', 'Mohammed Karimi']);
  });

  it('every alias comes with one example mention: its article and the words around it', () => {
    const e = named('Hugh Tenbury')!;
    expect(e.examples).toEqual([{ alias: 'Tenbury', doc: 'minister-tenbury', text: 'Tenbury said spending on schools would rise.' }]);
    for (const x of result.entities) expect(x.examples?.map((ex) => ex.alias).sort(), x.name).toEqual([...x.aliases].sort());
  });

  it('`claims entities` prints each alias with its example', () => {
    const r = cli(['entities', 'fixtures/entities', '--format', 'markdown']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Tenbury (minister-tenbury: “Tenbury said spending on schools would rise.”)');
  });

  it('`claims entities --format csv` gives each alias with its example in a last column', () => {
    const r = cli(['entities', 'fixtures/entities', '--format', 'csv', '-q']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split(/\r?\n/);
    expect(lines[0]).toBe('id,name,type,aliases,mentions,docs,alias_examples');
    const row = lines.find((l) => l.includes(',Hugh Tenbury,'))!;
    expect(row.endsWith(',Tenbury (minister-tenbury: “Tenbury said spending on schools would rise.”)')).toBe(true);
  });
});

describe('names the seed articles lost (single letters, model numbers, Arabic names, acronyms spelled out)', () => {
  it('a lone capital after an article or a preposition is a name; one joined to a number is a model', () => {
    // "An V user", "wrote on V": the platform, not a scorecard initial
    expect(named('V')?.docs).toEqual(['exile-fassad']);
    // "a ZR-12 rifle" names no one
    expect(hasName('ZR')).toBe(false);
  });

  it('country-forms: a bare "Foreign Ministry" resolves though the batch names its country two ways', () => {
    // "Norway's foreign ministry" and "the Norwegian Foreign Ministry" count as one candidate
    expect(named("Norway's foreign ministry")?.aliases).toEqual(['Foreign Ministry']);
    expect(named('Foreign Ministry')).toBeUndefined();
  });

  it('a short form resolved to another short form ends at the full name', () => {
    // "Fassad" → "al-Fassad" (named last before it) → Karim al-Fassad
    const e = result.entities.find((x) => x.docs.includes('exile-fassad') && x.aliases.includes('al-Fassad'));
    expect(e?.aliases).toContain('Fassad');
    expect(named('Fassad')).toBeUndefined();
    expect(whoIn('exile-fassad', 'Fassad', 'give')).toBe(e?.name);
  });

  it('transliterations of one Arabic name in one article are one person', () => {
    const e = result.entities.find((x) => x.name === 'Karim al-Fasad' || x.name === 'Karim al-Fassad');
    expect([e?.name, ...(e?.aliases ?? [])]).toEqual(expect.arrayContaining(['Karim al-Fasad', 'Karim al-Fassad']));
  });

  it('a name an acronym spells out in brackets is an organisation, the acronym its alias', () => {
    expect(named('Harakat Nur al-Rafid')?.type).toBe('organization');
    expect(named('Harakat Nur al-Rafid')?.aliases).toContain('HNR');
  });

  it("a place keeps its type beside a team of the same name, and stays the claim's place", () => {
    expect(named('Harwick', 'place')?.docs).toEqual(['arson-harwick']);
    const c = result.claims.find((x) => x.doc === 'arson-harwick' && x.verb === 'deny' && x.who?.text === 'A man');
    expect(c?.where).toEqual([{ text: 'Harwick', entity: 'Harwick' }]);
  });
});

describe('sports and wire vocabulary', () => {
  it('a city or county name before a score in a sports report is a club', () => {
    expect(named('Calderbury City')?.type).toBe('organization');
    expect(named('Penhale County')?.type).toBe('organization');
  });

  it("a title word before an organisation's word is part of its name; a sport alone is no name", () => {
    expect(named('Major League Baseball')).toBeDefined();
    expect(hasName('League Baseball')).toBe(false);
    expect(hasName('TENNIS')).toBe(false);
  });

  it("a news organisation's desk is an organisation", () => {
    expect(named('Tarrow Newsroom')?.type).toBe('organization');
  });
});

describe('document name rules', () => {
  it('each rule has a name, a description and an example', () => {
    for (const r of DOCUMENT_NAME_RULES) {
      expect(r.name).toMatch(/^[a-z-]+$/);
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.example.length).toBeGreaterThan(5);
    }
  });
});

describe('abbreviated countries in brackets', () => {
  it('"(U.S.)" after a rider is the place "U.S.", not the pronoun "us" the tagger reads in it', () => {
    const r = extract([{ id: 'track', text: 'CYCLING - TRACK RESULTS.\nResults of the women\'s pursuit on Saturday:\n1. Mara Quenby (U.S.) 3:31.526\n2. Tessa Vallon (Lorland) 3:31.674\n' }]);
    expect(r.entities.find((e) => e.name === 'U.S.')?.type).toBe('place');
  });
});

describe('organisations named with "for"', () => {
  it('"for" after an organisation\'s word opens the rest of its name, "and" and "in" a continent inside it; another place after "in" stays apart', () => {
    const r = extract([{ id: 'monitors', text: 'The Organisation for Trade and Cooperation in Asia said on Friday it would send monitors to Tarrow.\n\nThe People\'s League for Reform in Kellby said the vote was fair.\n' }]);
    const names = r.entities.map((e) => `${e.name}/${e.type}`);
    expect(names).toContain('Organisation for Trade and Cooperation in Asia/organization');
    expect(names).not.toContain('Cooperation/organization');
    expect(names).toContain('Kellby/place');
    expect(r.entities.some((e) => e.name.endsWith('League for Reform') && e.type === 'organization')).toBe(true);
  });
});

describe('headline and league words', () => {
  it('a result\'s verb in a headline in capitals parts two names ("LORLAND BEAT WESSLAND"); "English county" is no place', () => {
    const r = extract([
      { id: 'qualifier', text: 'SOCCER - WORLD CUP QUALIFIER: LORLAND BEAT WESSLAND.\nTARROW 2025-03-02\nLorland beat Wessland 2-1 in a World Cup qualifier on Saturday, with two goals by Pell Arden.\nWessland had won their first two matches.\n' },
      { id: 'county', text: 'CRICKET - COUNTY RESULTS.\nResults in English county championship matches on Friday:\nAshcombe beat Linford by six wickets.\n' },
    ]);
    const names = r.entities.map((e) => e.name);
    expect(names.some((n) => /BEAT/.test(n))).toBe(false);
    expect(names.some((n) => /^lorland$/i.test(n))).toBe(true);
    expect(r.entities.find((e) => e.name === 'Wessland')?.aliases ?? []).toContain('WESSLAND');
    expect(names.some((n) => /county/i.test(n))).toBe(false);
  });
});

describe('a team sport\'s slug', () => {
  it('"CRICKET -" alone makes a sports report: the sides of a tour itinerary ("v Darby") are teams', () => {
    const r = extract([{ id: 'itinerary', text: 'CRICKET - LORLAND TOUR ITINERARY.\nPORT AVERY 2025-04-02\nLorland will play eight matches on their summer tour, the board said on Friday.\nTour itinerary:\nJune 4 v Darby (three days)\nJune 9 v Lorna (three days)\n' }]);
    expect(r.entities.find((e) => e.name === 'Darby')?.type).toBe('organization');
    expect(r.entities.find((e) => e.name === 'Lorna')?.type).toBe('organization');
  });
});
