import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARE_RULES, compareResult, type CompareResult } from '../src/compare/compare.js';
import type { Claim, ExtractResult } from '../src/types.js';
import { cli, hasSeeds, root, seeds } from './helpers.js';

const set = join(root, 'fixtures', 'compare');

describe('claims compare', () => {
  const r = cli(['compare', set, '--format', 'json']);
  const out = JSON.parse(r.stdout) as CompareResult;

  it('groups claims that several articles make, copies counted once', () => {
    const evac = out.groups.find((g) => g.verb === 'evacuate')!;
    expect(evac.docs).toEqual(['courier', 'herald', 'wire-copy']);
    expect(evac.sources).toBe(2);
    // multi-source groups come first, single-source ones last
    const firstSingle = out.groups.findIndex((g) => g.sources === 1);
    expect(out.groups.slice(firstSingle).every((g) => g.sources === 1)).toBe(true);
    expect(firstSingle).toBeGreaterThan(0);
  });

  it('puts verbs that mean the same event in one group: "burst" and "collapsed"', () => {
    const dam = out.groups.find((g) => g.claims.some((c) => c.text.includes('collapsed')))!;
    expect(dam.claims.some((c) => c.text.includes('burst'))).toBe(true);
  });

  it('says which articles are copies of which', () => {
    expect(out.copies).toEqual([{ original: 'herald', copies: ['wire-copy'] }]);
  });

  it('finds conflicts on a number with the same unit and on a date', () => {
    const num = out.conflicts.find((c) => c.kind === 'number')!;
    expect(num.about).toBe('dam (years)');
    expect(num.values.map((v) => v.value)).toEqual(['60', '80']);
    const date = out.conflicts.find((c) => c.kind === 'date')!;
    expect(date.values.map((v) => [v.value, [...new Set(v.claims.map((c) => c.doc))]])).toEqual([
      ['2025-04-12', ['courier']],
      ['2025-04-13', ['herald', 'wire-copy']],
    ]);
  });

  it('--min-sources filters groups; every format prints', () => {
    const two = JSON.parse(cli(['compare', set, '--json', '--min-sources', '2']).stdout) as CompareResult;
    expect(two.groups.length).toBeGreaterThan(0);
    expect(two.groups.every((g) => g.sources >= 2)).toBe(true);
    expect(cli(['compare', set]).stdout).toMatch(/^Conflicts/m);
    expect(cli(['compare', set, '--format', 'markdown']).stdout).toMatch(/^## Conflicts/m);
    expect(cli(['compare', set, '--format', 'csv']).stdout.split('\r\n')[0]).toBe('group,sources,who,verb,summary,doc,sentence,source,text');
    expect(cli(['compare', set, '--format', 'jsonl']).stdout.trim().split('\n').every((l) => JSON.parse(l))).toBeTruthy();
    expect(cli(['compare', set, '--format', 'json']).stdout).toBe(r.stdout);
  });
});

describe.skipIf(!hasSeeds)('claims compare on ../shared/seeds', () => {
  it('finds the multi-source events and the disagreement on how long the rule lasted', () => {
    const out = JSON.parse(cli(['compare', seeds, '--json', '-q']).stdout) as CompareResult;
    const multi = out.groups.filter((g) => g.sources >= 2);
    expect(multi.some((g) => g.verb === 'enter' && g.sources >= 3)).toBe(true);
    expect(multi.some((g) => g.verb === 'flee' && g.sources >= 3)).toBe(true);
    expect(multi.some((g) => g.verb === 'topple')).toBe(true);
    const rule = out.conflicts.find((c) => c.kind === 'number' && c.about === 'rule (years)');
    expect(rule?.values.length).toBeGreaterThanOrEqual(2);
  });
});

describe('claims compare: facts, not verbs; stories kept apart; content decides', () => {
  const stories = join(root, 'fixtures', 'compare-stories');
  const out = JSON.parse(cli(['compare', stories, '--json', '-q']).stdout) as CompareResult;
  const story = (doc: string): string => doc.replace(/-.*$/, '').replace(/^.*\//, '');

  it('never groups claims of two different stories, even with the same verb', () => {
    for (const g of out.groups) expect(new Set(g.docs.map(story)).size).toBe(1);
  });

  it('"X said" alone is no shared fact; a speech groups by what was said', () => {
    for (const g of out.groups.filter((x) => x.verb === 'say' && x.sources > 1)) {
      // every claim of a multi-source speech group says the same thing, not just "said"
      expect(g.claims.every((c) => /rebuild the mill/.test(c.text))).toBe(true);
    }
    expect(out.groups.some((g) => g.verb === 'say' && g.sources === 3)).toBe(true);
  });

  it('flags the tolls outlets disagree on, each value with its article and sentence', () => {
    const dead = out.conflicts.find((c) => c.kind === 'number' && c.about === 'dead')!;
    expect(dead.values.map((v) => v.value)).toEqual(['31', '34']);
    expect(dead.values[1]!.claims.map((c) => c.doc)).toEqual(['ferry-wire']);
    expect(dead.values[1]!.claims[0]!.text).toMatch(/34 people/);
    expect(typeof dead.values[1]!.claims[0]!.sentence).toBe('number');
    const injured = out.conflicts.find((c) => c.about === 'injured')!;
    expect(injured.values.map((v) => v.value)).toEqual(['Two', 'Four']);
    // the mill's 300 workers are no toll; the 96 survivors were stated alike everywhere
    expect(out.conflicts.filter((c) => c.kind === 'number').map((c) => c.about).sort()).toEqual(['dead', 'injured']);
  });

  it('gives the same groups, in the same order, whatever the files are called and however they are ordered', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'claims-cmp-'));
    const names = readdirSync(stories).sort();
    // new names whose order is unrelated to the old one, in two folders
    const renamed = new Map<string, string>();
    names.forEach((n, i) => {
      const to = `${i % 2 ? 'b' : 'a'}/${createHash('sha1').update(n).digest('hex').slice(0, 8)}.txt`;
      mkdirSync(join(tmp, dirname(to)), { recursive: true });
      copyFileSync(join(stories, n), join(tmp, to));
      renamed.set(to.replace(/\.txt$/, ''), n.replace(/\.txt$/, ''));
    });
    const again = JSON.parse(cli(['compare', tmp, '--json', '-q']).stdout) as CompareResult;
    rmSync(tmp, { recursive: true, force: true });
    const back = (doc: string): string => renamed.get(doc) ?? renamed.get(doc.replace(/^[ab]\//, '')) ?? renamed.get(`a/${doc}`) ?? renamed.get(`b/${doc}`) ?? doc;
    const shape = (r: CompareResult) => ({
      groups: r.groups.map((g) => [g.id, g.sources, g.verb, g.summary, g.claims.map((c) => `${back(c.doc)}:${c.sentence}:${c.text}`).sort()]),
      conflicts: r.conflicts.map((c) => [c.kind, c.about, c.values.map((v) => [v.value, v.claims.map((x) => `${back(x.doc)}:${x.text}`).sort()])]),
    });
    expect(shape(again)).toEqual(shape(out));
  });
});

describe('claims compare: one verb, different doers and things, is no shared fact', () => {
  it('"the Red Cross opened a shelter" and "prosecutors opened an inquiry" are neither grouped nor a date conflict', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'claims-cmp-verb-'));
    const a = 'The Tarn dam failed on Saturday and flooded the town of Ellby, officials said. The Valley Aid charity opened a shelter in Ellby on Sunday.';
    const b = 'The Tarn dam failed on Saturday after a week of storms, police said. Prosecutors opened an inquiry into the dam failure on Tuesday.';
    writeFileSync(join(tmp, 'courier.txt'), `---\nsource: The Courier\ndate: 2031-05-14\n---\nDam fails in Ellby\n\n${a}\n`);
    writeFileSync(join(tmp, 'ledger.txt'), `---\nsource: The Ledger\ndate: 2031-05-14\n---\nEllby flooded as Tarn dam gives way\n\n${b}\n`);
    const out = JSON.parse(cli(['compare', tmp, '--json', '-q']).stdout) as CompareResult;
    rmSync(tmp, { recursive: true, force: true });
    expect(out.conflicts.filter((c) => c.kind === 'date')).toEqual([]);
    const open = out.groups.filter((g) => g.claims.some((c) => /opened/.test(c.text)));
    expect(open.every((g) => g.sources === 1)).toBe(true);
    // the shared lead is still one fact of two outlets
    expect(out.groups.some((g) => g.sources === 2 && g.claims.some((c) => /dam failed/.test(c.text)))).toBe(true);
  });
});

describe('claims compare: two look-alike events in one folder are two stories', () => {
  // two earthquakes in one country, four years apart, told with the same verbs and words
  const dir = join(root, 'fixtures', 'compare-lookalike');
  const out = JSON.parse(cli(['compare', dir, '--json', '-q']).stdout) as CompareResult;
  const quake = (doc: string): string => doc.replace(/-.*$/, '');

  it('never joins the 2019 quake and the 2023 quake in one group, nor sets their dates against each other', () => {
    for (const g of out.groups) expect(new Set(g.docs.map(quake)).size).toBe(1);
    expect(out.conflicts.filter((c) => c.kind === 'date')).toEqual([]);
  });

  it('still groups each quake as reported by all three of its outlets', () => {
    const struck = out.groups.filter((g) => g.verb === 'attack' && g.sources === 3).map((g) => [...new Set(g.docs.map(quake))]);
    expect(struck.sort()).toEqual([['quake2019'], ['quake2023']]);
  });
});

describe('claims compare: being admitted to a hospital is checking into it; leaving is checking out', () => {
  it('groups "was admitted to X Hospital" with "checked into X Hospital", same person and day', () => {
    const out = JSON.parse(cli(['compare', join(root, 'fixtures', 'compare-hospital'), '--json', '-q']).stdout) as CompareResult;
    const g = out.groups.find((x) => x.claims.some((c) => /admitted to Corran/.test(c.text)))!;
    expect(g.sources).toBe(2);
    expect(g.claims.map((c) => c.doc).sort()).toEqual(['ledger', 'tribune']);
  });

  it('reads the particle after an auxiliary: "has checked out of X Hospital" is leaving it', () => {
    const out = JSON.parse(cli(['compare', join(root, 'fixtures', 'compare-hospital'), '--json', '-q']).stdout) as CompareResult;
    const g = out.groups.find((x) => x.claims.some((c) => /has checked out of/.test(c.text)))!;
    expect([...new Set(g.claims.map((c) => c.doc))].sort()).toEqual(['courier', 'post']);
    // and going in is not coming out
    expect(g.claims.some((c) => /admitted|checked into/.test(c.text))).toBe(false);
  });
});

describe('claims compare: an earthquake\'s magnitude is a measure outlets can disagree on', () => {
  it('sets the 5.9 of one outlet against the 6.1 of two others, each with its article and sentence', () => {
    const out = JSON.parse(cli(['compare', join(root, 'fixtures', 'compare-magnitude'), '--json', '-q']).stdout) as CompareResult;
    const m = out.conflicts.find((c) => c.about === 'magnitude')!;
    expect(m.values.map((v) => v.value)).toEqual(['5.9', '6.1']);
    expect(m.values[0]!.claims.map((c) => c.doc)).toEqual(['bulletin']);
    expect(m.values[0]!.claims[0]!.text).toMatch(/magnitude 5\.9 shook/);
    expect(m.values[1]!.claims.map((c) => c.doc).sort()).toEqual(['herald', 'times']);
  });

  it('sets no magnitudes of two different quakes against each other', () => {
    const out = JSON.parse(cli(['compare', join(root, 'fixtures', 'compare-lookalike'), '--json', '-q']).stdout) as CompareResult;
    const text = out.groups.flatMap((g) => g.claims.map((c) => c.text)).join(' ');
    expect(text).toMatch(/magnitude 6\.1/);
    expect(text).toMatch(/magnitude 5\.4/);
    expect(out.conflicts).toEqual([]);
  });
});

describe('claims compare: the same event told with other verbs, voices and speakers', () => {
  const extractOf = (dir: string): ExtractResult => JSON.parse(cli(['extract', join(root, 'fixtures', dir), '--json', '-q']).stdout) as ExtractResult;
  const groupWith = (out: CompareResult, re: RegExp): CompareResult['groups'][number] => out.groups.find((g) => g.claims.some((c) => re.test(c.text)))!;
  const docsOf = (g: CompareResult['groups'][number]): string[] => [...new Set(g.claims.map((c) => c.doc))].sort();

  it('"fired the coach", "was fired" and "sacked" are one dismissal; "fired two warning shots" is shooting', () => {
    const out = compareResult(extractOf('compare-coach'));
    const g = groupWith(out, /fired head coach/);
    expect(g.verb).toBe('dismiss');
    expect(docsOf(g)).toEqual(['echo', 'gazette', 'standard']);
    expect(g.claims.some((c) => /sacked/.test(c.text)) && g.claims.some((c) => /was fired by/.test(c.text))).toBe(true);
    expect(g.claims.some((c) => /warning shots/.test(c.text))).toBe(false);
    expect(groupWith(out, /warning shots/).verb).toBe('shoot');
    // switched off, the coach's firing is read as shooting again
    expect(groupWith(compareResult(extractOf('compare-coach'), { off: new Set(['phrase-class']) }), /fired head coach/).verb).toBe('shoot');
  });

  it('"took X into custody" is the arrest the other outlets report', () => {
    const ex = extractOf('compare-arrest');
    expect(docsOf(groupWith(compareResult(ex), /into custody/))).toEqual(['daily', 'observer', 'wire']);
    expect(docsOf(groupWith(compareResult(ex, { off: new Set(['phrase-class']) }), /into custody/))).toEqual(['observer']);
  });

  it('"X was arrested" is the arrest of X that "the authority detained X" reports (the passive subject meets the object)', () => {
    const ex = extractOf('compare-passive');
    expect(docsOf(groupWith(compareResult(ex), /was arrested/))).toEqual(['bulletin', 'record']);
    expect(docsOf(groupWith(compareResult(ex, { off: new Set(['passive-patient']) }), /was arrested/))).toEqual(['record']);
  });

  it('a bare "police said" is grouped by what the police said: the same arrest, the same statement', () => {
    const ex = extractOf('compare-arrest');
    const said = groupWith(compareResult(ex), /^police said$/);
    expect(said.verb).toBe('say');
    expect(docsOf(said)).toEqual(['daily', 'wire']);
    expect(docsOf(groupWith(compareResult(ex, { off: new Set(['speech-content']) }), /^police said$/))).toEqual(['wire']);
  });

  it('reads the particle after the verb group as written: "finally checked into X" is entering X', () => {
    const g = groupWith(compareResult(extractOf('compare-clinic')), /checked into/);
    expect(g.verb).toBe('enter');
    expect(docsOf(g)).toEqual(['daily', 'notes']);
  });

  it('a fire that "ripped through" a building damaged it', () => {
    const ex = extractOf('compare-blaze');
    const g = groupWith(compareResult(ex), /ripped through/);
    expect(g.verb).toBe('damage');
    expect(docsOf(g)).toEqual(['courier', 'post']);
    expect(docsOf(groupWith(compareResult(ex, { off: new Set(['phrase-class']) }), /ripped through/))).toEqual(['post']);
  });

  it('"Rovers" and "Kell Rovers" are one actor when alias merging left them apart', () => {
    // two articles whose actors kept their own names: the shorter's words are all in the longer's
    const claim = (doc: string, who: string, text: string): Claim => ({
      id: `${doc}-1`, doc, sentence: 1, start: 0, end: [...text].length, text, who: { text: who, entity: who, type: 'organization' },
      what: text.slice(who.length + 1), verb: 'suspend', verbText: 'suspended', object: text.slice(who.length + 1 + 'suspended '.length),
      where: [], when: [], source: null, negated: false, hedged: false, salience: 0.9,
    });
    const doc = (id: string): ExtractResult['documents'][number] => ({ id, path: `${id}.txt`, title: null, published: null, chars: 80, sentences: 2 });
    const ex: ExtractResult = {
      schemaVersion: 1,
      documents: [doc('a'), doc('b')],
      claims: [claim('a', 'Rovers', 'Rovers suspended defender Ivo Brandt for three matches'), claim('b', 'Kell Rovers', 'Kell Rovers suspended defender Ivo Brandt on Friday')],
      entities: [],
    };
    expect(compareResult(ex).groups.map((g) => docsOf(g))).toEqual([['a', 'b']]);
    expect(compareResult(ex, { off: new Set(['fuller-name-actor']) }).groups).toHaveLength(2);
  });

  it('"made a two-year offer" is the offer another outlet says was "offered"', () => {
    const ex = extractOf('compare-offer');
    const g = groupWith(compareResult(ex), /made a two-year offer/);
    expect(g.verb).toBe('offer');
    expect(docsOf(g)).toEqual(['herald', 'sport']);
    expect(groupWith(compareResult(ex, { off: new Set(['phrase-class']) }), /made a two-year offer/).verb).toBe('make');
  });

  it('lists its rules with a description and an example', () => {
    expect(COMPARE_RULES.map((r) => r.name)).toEqual(['phrase-class', 'passive-patient', 'speech-content', 'fuller-name-actor']);
    expect(COMPARE_RULES.every((r) => r.description.length > 20 && r.example.length > 10)).toBe(true);
  });
});
