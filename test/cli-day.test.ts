// The command line as a fact-checker meets it (issue 22, items 1-9): the table's id column,
// colour, the footer, each command's options and errors, filters, diff's names, and the
// document fields each output line carries. Articles are fixtures/day/, written for these tests.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../src/types.js';
import { cli, root } from './helpers.js';
import { run, type Io } from '../src/cli/main.js';

const day = join(root, 'fixtures', 'day');
const long = join(day, '2031-harbour-council-approves-budget-after-long-debate.md');
const LONG_ID = '2031-harbour-council-approves-budget-after-long-debate';
const ESC = '\u001b[';

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claims-day-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('the table at 120 columns (item 1)', () => {
  it('never cuts the doc:sentence column: a long id is shortened from the left, the sentence number kept', () => {
    const json = JSON.parse(cli(['extract', long, '--json']).stdout) as ExtractResult;
    const r = cli(['extract', long], { env: { COLUMNS: '120' } });
    const lines = r.stdout.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(120);
    // the first cell of each row that starts one: "…-debate:3"
    const ids = lines.filter((l) => l.startsWith('│ ') && !l.startsWith('│ doc:sent')).map((l) => l.split('│')[1]!.trim()).filter(Boolean);
    expect(ids).toHaveLength(json.claims.length);
    for (const [i, id] of ids.entries()) {
      expect(id).toMatch(/^…[a-z-]+:\d+$/);
      expect(LONG_ID.endsWith(id.slice(1, id.lastIndexOf(':')))).toBe(true);
      expect(id.slice(id.lastIndexOf(':') + 1)).toBe(String(json.claims[i]!.sentence));
    }
    expect(r.stdout).toContain('doc:sent');
  });
});

describe('colour (item 3)', () => {
  const one = join(day, 'wire.md');
  const coloured = (args: string[], env: Record<string, string> = {}): boolean => cli(['extract', one, ...args], { env }).stdout.includes(ESC);
  it('--color=always colours a pipe, --color=never and --no-color do not', () => {
    expect(coloured([])).toBe(false);
    expect(coloured(['--color=always'])).toBe(true);
    expect(coloured(['--color', 'always'])).toBe(true);
    expect(coloured(['--color=never'], { FORCE_COLOR: '1' })).toBe(false);
    expect(coloured(['--no-color'], { FORCE_COLOR: '1' })).toBe(false);
    expect(cli(['extract', one, '--color=sometimes']).stderr).toMatch(/--color/);
  });
  it('auto: FORCE_COLOR colours a pipe, NO_COLOR wins over it, an explicit --color over both', () => {
    expect(coloured([], { FORCE_COLOR: '1' })).toBe(true);
    expect(coloured(['--color=auto'], { FORCE_COLOR: '1' })).toBe(true);
    expect(coloured([], { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
    expect(coloured(['--color=always'], { NO_COLOR: '1' })).toBe(true);
  });
});

/** The CLI in this process (one job), with stderr a terminal or not, as `claims … | less` has it. */
async function inProcess(args: string[], { stderrIsTTY = true, stdin = '' } = {}): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stdin: () => Buffer.from(stdin), stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY, columns: 120, env: {} };
  await run([...args, '--jobs', '1'], io);
  // the progress bar a terminal shows over several files rewrites its own line: left out
  return { stdout, stderr: stderr.replace(/\r[^\r\n]*\u001b\[K/g, '') };
}

describe('the footer (item 4)', () => {
  it('goes to stderr (a terminal), with plurals that agree', async () => {
    const one = await inProcess(['extract', '-', '--date', '2031-05-05'], { stdin: 'The council approved the budget on Friday.' });
    expect(one.stdout).toContain('approved the budget');
    expect(one.stdout).not.toMatch(/claims? from/);
    expect(one.stderr).toBe('1 claim from 1 article\n');
    const two = await inProcess(['extract', join(day, 'wire.md'), long]);
    expect(two.stdout).not.toMatch(/claims? from/);
    expect(two.stderr).toMatch(/^\d+ claims from 2 articles\n$/);
    const events = await inProcess(['events', join(day, 'wire.md')]);
    expect(events.stdout).not.toMatch(/event from/);
    expect(events.stderr).toBe('1 event from 1 article\n');
    expect((await inProcess(['entities', join(day, 'wire.md')])).stderr).toMatch(/^\d+ entit(?:y|ies)\n$/);
    // not for a script (stderr not a terminal), not with -q, and never in the data formats
    expect((await inProcess(['extract', join(day, 'wire.md')], { stderrIsTTY: false })).stderr).toBe('');
    expect((await inProcess(['extract', join(day, 'wire.md'), '-q'])).stderr).toBe('');
    expect((await inProcess(['extract', join(day, 'wire.md'), '--format', 'csv'])).stderr).toBe('');
  });
});

describe('options and their errors (item 5)', () => {
  it("an option's error names that option", () => {
    const r = cli(['compare', day, '--min-sources', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--min-sources takes a whole number ≥ 1');
    expect(r.stderr).not.toContain('--top');
    expect(cli(['extract', day, '--top', '0']).stderr).toContain('--top takes a whole number ≥ 1');
  });
  it('report writes only HTML: --format is an error, and its help lists only what it honours', () => {
    const out = join(tmp({}), 'r.html');
    const r = cli(['report', day, '--format', 'csv', '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option '--format'");
    const help = cli(['report', '--help']).stdout;
    for (const o of ['--format', '--json', '--no-csv-safe', '--color', '--jobs']) expect(help).not.toContain(o);
    for (const o of ['--output', '--date', '--quiet', '--who', '--entity']) expect(help).toContain(o);
    expect(cli(['compare', '--help']).stdout).not.toContain('--jobs');
    expect(cli(['events', '--help']).stdout).not.toMatch(/^ +--top/m);
  });
});

describe('filters on every command that lists claims (item 6)', () => {
  it('match whole words, ignoring accents and case; a query in capitals matches only capitals', () => {
    const who = (q: string): string[] => (JSON.parse(cli(['extract', day, '--json', '--who', q]).stdout) as ExtractResult).claims.map((c) => c.who!.text);
    expect(who('Zoe Lemaitre')).toEqual(expect.arrayContaining(['Mayor Zoé Lemaître', 'Zoe Lemaitre']));
    expect(who('zoé LEMAÎTRE')).toEqual(expect.arrayContaining(['Mayor Zoé Lemaître', 'Zoe Lemaitre']));
    expect(who('Lemai')).toEqual([]);
    const where = (q: string): string[] => (JSON.parse(cli(['extract', day, '--json', '--where', q]).stdout) as ExtractResult).claims.map((c) => c.text);
    expect(where('kelby')).toEqual(['Dock reopens in Kelby', 'The Islamic State (IS) was not mentioned by anyone in Kelby']);
    expect(where('elby')).toEqual([]);
    // "IS" names the Islamic State, not the "is" of a sentence nor the "is" inside a name
    const is = JSON.parse(cli(['extract', day, '--json', '--entity', 'IS']).stdout) as ExtractResult;
    expect(is.claims.length).toBeGreaterThan(0);
    for (const c of is.claims) expect(c.text).toMatch(/\bIS\b|Islamic State/);
  });
  it('apply to compare, events, report and diff too', () => {
    const compare = JSON.parse(cli(['compare', day, '--json', '--who', 'zoe lemaitre']).stdout) as { groups: { claims: { doc: string }[] }[] };
    expect(compare.groups.length).toBeGreaterThan(0);
    for (const g of compare.groups) expect(g.claims.length).toBeGreaterThan(0);
    const all = JSON.parse(cli(['compare', day, '--json']).stdout) as { groups: unknown[] };
    expect(compare.groups.length).toBeLessThan(all.groups.length);
    const events = JSON.parse(cli(['events', day, '--json', '--where', 'tarrow']).stdout) as { events: { doc: string }[] };
    expect(events.events.map((e) => e.doc).sort()).toEqual([LONG_ID, 'wire']);
    expect((JSON.parse(cli(['events', day, '--json', '--where', 'Kelby']).stdout) as { events: { doc: string }[] }).events.map((e) => e.doc)).toEqual(['crawl']);
    const out = join(tmp({}), 'r.html');
    const report = cli(['report', day, '--entity', 'Zoe Lemaitre', '-o', out]);
    expect(report.status).toBe(0);
    const whole = cli(['report', day, '-o', out]);
    const count = (r: { stderr: string }): number => Number(/\((\d+) claims?, 3 articles\)/.exec(r.stderr)?.[1]);
    expect(count(report)).toBeGreaterThan(0);
    expect(count(report)).toBeLessThan(count(whole));
    const a = tmp({ 'x.txt': 'Police arrested two men in Kelby on Monday.\n\nThe mayor praised the firefighters.\n' });
    const b = tmp({ 'x.txt': 'Police arrested two men in Kelby on Monday.\n\nThe mayor criticised the bus drivers.\n' });
    expect(cli(['diff', a, b, '--date', '2031-01-07']).status).toBe(1);
    expect(cli(['diff', a, b, '--date', '2031-01-07', '--who', 'police']).status).toBe(0);
  });
});

describe('diff (item 7)', () => {
  it('prints names in their own case, and an accent-only change is no change', () => {
    const a = tmp({ 'x.txt': 'Police arrested two men in Tarrow on Monday, François Marin said.\n' });
    const b = tmp({ 'x.txt': 'Police arrested two men in Tarrow on Monday, Francois Marin said.\n' });
    const same = cli(['diff', a, b, '--date', '2031-01-07']);
    expect(same.stderr).toContain('0 removed, 0 added, 0 changed');
    expect(same.status).toBe(0);
    const c = tmp({ 'x.txt': 'Police arrested two men in Port Lorne on Monday, François Marin said.\n' });
    const changed = cli(['diff', a, c, '--date', '2031-01-07']);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain('where: Tarrow → Port Lorne');
  });
});
