/**
 * Claim kinds (issue 20): every claim says what it was read from (`kind`); finite clauses are the
 * only kind by default, appositions and participle phrases come when asked for (library `kinds`,
 * CLI `--kinds`). Fixture: fixtures/kinds/harbour-strike.txt (invented names and places).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { extractText, type ClaimKind, type ExtractResult } from '../src/index.js';
import { cli, cpSlice, root } from './helpers.js';

const FILE = join(root, 'fixtures', 'kinds', 'harbour-strike.txt');
const ARTICLE = readFileSync(FILE, 'utf8');
const run = (kinds?: ClaimKind[] | string[], off: string[] = []): ExtractResult =>
  extractText(ARTICLE, { published: '2031-06-02' }, { ...(kinds ? { kinds: kinds as ClaimKind[] } : {}), rulesOff: off });
const rows = (r: ExtractResult, kind?: string): string[] => r.claims.filter((c) => !kind || c.kind === kind).map((c) => `${c.who?.text ?? '-'} | ${c.verb} | ${c.object}`);

describe('claim kinds', () => {
  it('by default every claim is a finite clause, and there is no apposition or participle claim', () => {
    const r = run();
    expect(r.claims.length).toBeGreaterThan(5);
    expect(new Set(r.claims.map((c) => c.kind))).toEqual(new Set(['clause']));
    expect(rows(r)).not.toContain("Edda Vark | be | the union's general secretary");
  });

  it('apposition: "Edda Vark, the union\'s general secretary, said" is Edda Vark / be / the appositive, with no verb written', () => {
    const r = run(['clause', 'apposition']);
    const a = r.claims.find((c) => c.kind === 'apposition')!;
    expect(a).toBeDefined();
    expect(a.who?.text).toBe('Edda Vark');
    expect(a.verb).toBe('be');
    expect(a.verbText).toBe('');
    expect(a.what).toBe("the union's general secretary");
    expect(a.object).toBe(a.what);
    expect(cpSlice(ARTICLE, a.start, a.end)).toBe("Edda Vark, the union's general secretary");
    // the finite clauses are the same with or without it
    expect(r.claims.filter((c) => c.kind === 'clause')).toEqual(run().claims);
  });

  it('participle: an -ing phrase after a comma, an -ed phrase between commas and a to-infinitive of purpose take the subject of their clause', () => {
    const got = rows(run(['participle']), 'participle');
    expect(got).toContain('Dock workers at Port Kelby | chant | slogans outside the harbour office');
    expect(got).toContain('The operator | base | in Tarrow');
    expect(got).toContain('The operator | keep | the cranes running');
    // only the kinds asked for are shown
    expect(run(['participle']).claims.every((c) => c.kind === 'participle')).toBe(true);
  });

  it('each rule can be switched off', () => {
    expect(rows(run(['apposition'], ['apposition-after-name']))).toEqual([]);
    expect(rows(run(['participle'], ['participle-phrase-claim']))).not.toContain('The operator | base | in Tarrow');
    expect(rows(run(['participle'], ['purpose-infinitive-claim']))).not.toContain('The operator | keep | the cranes running');
  });

  it('an unknown kind is an error naming it', () => {
    expect(() => run(['clause', 'gerund'])).toThrow(/unknown claim kind: gerund/);
  });
});

describe('claims extract --kinds (CLI)', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(cli(['schema']).stdout) as object);

  it('--kinds all gives all three kinds in output that validates against the schema', () => {
    const r = cli(['extract', FILE, '--kinds', 'all', '--format', 'json', '-q']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as ExtractResult;
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(new Set(out.claims.map((c) => c.kind))).toEqual(new Set(['clause', 'apposition', 'participle']));
    for (const c of out.claims) expect(cpSlice(ARTICLE, c.start, c.end)).toBe(c.text);
    expect(cli(['extract', FILE, '--kinds', 'all', '--format', 'json', '-q']).stdout).toBe(r.stdout);
  });

  it('the CSV has a last column kind', () => {
    const lines = cli(['extract', FILE, '--kinds', 'clause,apposition', '--format', 'csv']).stdout.trim().split('\r\n');
    expect(lines[0]!.endsWith(',kind')).toBe(true);
    expect(lines.some((l) => l.endsWith(',apposition'))).toBe(true);
  });

  it('a bad value is a usage error (exit 2) naming it', () => {
    const r = cli(['extract', FILE, '--kinds', 'clause,relative']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--kinds/);
    expect(r.stderr).toMatch(/relative/);
    expect(r.stdout).toBe('');
  });

  it('--help shows the option with an example', () => {
    const h = cli(['extract', '--help']).stdout;
    expect(h).toMatch(/--kinds <list>/);
    expect(h).toMatch(/--kinds all/);
  });
});
