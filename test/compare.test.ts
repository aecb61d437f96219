import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompareResult } from '../src/compare/compare.js';
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
