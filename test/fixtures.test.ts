import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPaths } from '../src/read/index.js';
import { extract } from '../src/index.js';
import type { Claim } from '../src/types.js';
import { fixtures, readJson, root } from './helpers.js';

interface Expected {
  doc: string;
  verb: string;
  who?: string;
  whoEntity?: string;
  what?: string;
  where?: string[];
  when?: string[];
  source?: string;
  negated?: boolean;
  hedged?: boolean;
  note?: string;
}
interface ExpectedFile {
  documents: Record<string, { published: string | null; title?: string }>;
  claims: Expected[];
  absent: { doc: string; text: string }[];
}

const expected = readJson<ExpectedFile>(join(root, 'fixtures', 'expected.json'));
const result = extract(readPaths([fixtures]).docs);

function matches(c: Claim, e: Expected): boolean {
  if (c.doc !== e.doc || c.verb !== e.verb) return false;
  if (e.who !== undefined && c.who?.text !== e.who) return false;
  if (e.whoEntity !== undefined && c.who?.entity !== e.whoEntity) return false;
  if (e.what !== undefined && !c.what.startsWith(e.what)) return false;
  return true;
}

describe('fixture articles', () => {
  it('reads every fixture document with its published date and title', () => {
    for (const [id, d] of Object.entries(expected.documents)) {
      const doc = result.documents.find((x) => x.id === id);
      expect(doc, id).toBeDefined();
      expect(doc!.published, id).toBe(d.published);
      if (d.title) expect(doc!.title, id).toBe(d.title);
    }
  });

  for (const e of expected.claims) {
    const label = `${e.doc}: ${e.who ?? e.whoEntity ?? '…'} ${e.verb}${e.note ? ` (${e.note})` : ''}`;
    it(label, () => {
      const found = result.claims.filter((c) => matches(c, e));
      expect(found.length, `no claim ${JSON.stringify(e)}`).toBeGreaterThan(0);
      const c = found[0]!;
      if (e.where) expect(c.where.map((w) => w.entity ?? w.text)).toEqual(e.where);
      if (e.when) expect(c.when.map((w) => w.date)).toEqual(e.when);
      if (e.source) expect(c.source?.entity ?? c.source?.text).toBe(e.source);
      if (e.negated !== undefined) expect(c.negated).toBe(e.negated);
      if (e.hedged !== undefined) expect(c.hedged).toBe(e.hedged);
    });
  }

  it('reads a participle hyphenated to the word before it as a modifier, not a verb', () => {
    const verbs = result.claims.filter((c) => c.doc === 'world/reactions').map((c) => c.verb);
    // "The state-controlled firm Nilecom will merge", "The Ohio-based firm has debts"
    expect(verbs).toContain('merge');
    expect(verbs).not.toContain('control');
    expect(verbs).not.toContain('base');
  });

  it('does not take the object of a relative clause for the subject of the verb after it', () => {
    const whos = result.claims.filter((c) => c.doc === 'world/relative-subject').map((c) => c.who?.text);
    // "Residents who fled the riverside estate said", "The man who organised the rescue was praised"
    expect(whos).not.toContain('the riverside estate');
    expect(whos).not.toContain('the rescue');
    expect(whos).not.toContain('the crash');
  });

  it('does not take a headline label ("Viewpoint:", "Analysis:") for a speaker', () => {
    const win = result.claims.find((c) => c.doc === 'world/headline-label' && c.verb === 'win');
    expect(win?.who?.text).toBe('Rovers');
    expect(win?.source).toBeNull();
  });

  it('yields no claim from furniture, credits or post signatures', () => {
    for (const a of expected.absent) {
      const hit = result.claims.filter((c) => c.doc === a.doc && c.text.includes(a.text));
      expect(hit, a.text).toEqual([]);
    }
  });

  it('names photographers, agencies and quoted names as entities, in their fullest form', () => {
    const names = result.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Lena Marsh', 'AFP', 'Getty Images', 'Harwick Container Terminal', 'Island Voices']));
    expect(result.entities.find((e) => e.name === 'Lena Marsh')?.aliases).toEqual(['LENA MARSH']);
    expect(result.entities.find((e) => e.name === 'Calder Freight')?.type).toBe('organization');
  });

  it('merges an acronym with its spelled-out name', () => {
    const e = result.entities.find((x) => x.name === 'Port Elmsworth Authority');
    expect(e?.aliases).toContain('PEA');
    expect(e?.type).toBe('organization');
  });

  it('finds the verb of a headline written without articles, with a plural subject', () => {
    expect(result.claims.some((c) => c.doc === 'world/script-mix' && c.sentence === 0 && c.verb === 'rescue' && c.who?.text === 'Firefighters')).toBe(true);
  });

  it("picks the headline or lead as each article's main event", () => {
    for (const id of ['harbor-fire', 'transit', 'wire#2']) {
      const top = [...result.claims.filter((c) => c.doc === id)].sort((a, b) => b.salience - a.salience)[0]!;
      expect(top.sentence, id).toBeLessThanOrEqual(2);
    }
  });
});
