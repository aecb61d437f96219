/**
 * Issue 13, the output side: a failed write, a signal or a missing input must never cost the
 * user the output they had, nor leave files behind. Every test runs the built CLI.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../src/cli/main.js';
import { cli, root } from './helpers.js';

const bin = join(root, 'bin', 'claims.js');
const dir = mkdtempSync(join(tmpdir(), 'claims-out-'));
const sh = (script: string, env: Record<string, string> = {}) =>
  spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env }, maxBuffer: 1 << 26 });
const claims = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)}`;

/** Invented articles whose output is a few hundred KB in every format. */
const corpus = join(dir, 'corpus');
mkdirSync(corpus);
for (let i = 0; i < 24; i++) {
  const body = Array.from({ length: 25 }, (_, j) => `The council of Varnholt approved ${i * 25 + j} new permits on Monday after a long debate, officials said.`).join(' ');
  writeFileSync(join(corpus, `story${String(i).padStart(2, '0')}.txt`), `Varnholt council backs permits\n\n${body}\n`);
}
const one = join(corpus, 'story00.txt');
/** A corpus long enough that a run over it is still analysing seconds after it starts. */
const big = join(dir, 'big');
mkdirSync(big);
for (let i = 0; i < 200; i++) {
  const body = Array.from({ length: 30 }, (_, j) => `The council of Varnholt approved ${i * 30 + j} new permits for district ${j} on Monday after a long debate, officials said.`).join(' ');
  writeFileSync(join(big, `story${String(i).padStart(3, '0')}.txt`), `Varnholt council backs permits ${i}\n\n${body}\n`);
}

/** The files in D other than those named: temporary files left behind. */
const leftovers = (d: string, expected: string[]): string[] => readdirSync(d).filter((f) => !expected.includes(f));

describe('write errors on stdout', () => {
  it('stdout on a full device: exit 2, one line, no stack', () => {
    const r = sh(`${claims} extract ${JSON.stringify(one)} --format jsonl --date 2025-03-03 > /dev/full`);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('claims: stdout: cannot write: no space left on device\n');
  });

  it('stdout closed (>&-): exit 2, one line, before any work', () => {
    for (const cmd of [`extract ${JSON.stringify(one)} --date 2025-03-03`, 'schema']) {
      const r = sh(`${claims} ${cmd} >&-`);
      expect(r.status, cmd).toBe(2);
      expect(r.stderr, cmd).toBe('claims: stdout: cannot write: stdout is closed (give -o FILE)\n');
    }
  });

  it('> /dev/null is not a closed stdout, and | head still ends quietly', () => {
    const nul = sh(`${claims} extract ${JSON.stringify(one)} --date 2025-03-03 > /dev/null`);
    expect(nul.status).toBe(0);
    expect(nul.stderr).toBe('');
    const head = sh(`${claims} extract ${JSON.stringify(corpus)} --format jsonl --date 2025-03-03 | head -c 100; echo " status=\${PIPESTATUS[0]}"`);
    expect(head.stdout).toMatch(/ status=0\n$/);
    expect(head.stderr).toBe('');
  });
});

/** A 64 KB file system, so that any of the outputs below fills it. Needs root (CI runs as root). */
function smallDisk(): string | null {
  if (process.getuid?.() !== 0) return null;
  const d = mkdtempSync(join(tmpdir(), 'claims-full-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', d]);
  return r.status === 0 ? d : null;
}
const disk = smallDisk();
if (!disk) console.warn('SKIPPED full-disk tests: mounting a small tmpfs needs root (CI runs them as root)');
afterAll(() => {
  if (disk) spawnSync('umount', [disk]);
});

describe.skipIf(!disk)('write errors on -o: a full disk', () => {
  const cases: [string, string[]][] = [
    ...['jsonl', 'csv', 'table', 'json', 'markdown'].map((f): [string, string[]] => [`extract --format ${f}`, ['extract', corpus, '--format', f]]),
    ['compare --format json', ['compare', corpus, '--format', 'json']],
    ['report', ['report', corpus]],
  ];
  for (const [name, args] of cases) {
    it(`${name}: exit 2, one line naming the file, the old file intact, no temporary file`, () => {
      const out = join(disk!, 'out');
      writeFileSync(out, 'the previous output\n');
      const r = cli([...args, '--date', '2025-03-03', '-q', '-o', out]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`claims: ${out}: cannot write: no space left on device; the previous file is unchanged\n`);
      expect(readFileSync(out, 'utf8')).toBe('the previous output\n');
      expect(leftovers(disk!, ['out'])).toEqual([]);
    });
  }

  it('entities (a small output) on a disk with no room left at all', () => {
    const out = join(disk!, 'out');
    writeFileSync(out, 'the previous output\n');
    spawnSync('dd', ['if=/dev/zero', `of=${join(disk!, 'filler')}`, 'bs=4k']);
    const r = cli(['entities', corpus, '--format', 'json', '-q', '-o', out]);
    rmSync(join(disk!, 'filler'));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`claims: ${out}: cannot write: no space left on device; the previous file is unchanged\n`);
    expect(readFileSync(out, 'utf8')).toBe('the previous output\n');
    expect(leftovers(disk!, ['out'])).toEqual([]);
  });

  it('the JSON spool on a full TMPDIR: exit 2, one line, nothing left there', () => {
    const r = spawnSync(process.execPath, [bin, 'extract', corpus, '--json', '-q', '--date', '2025-03-03'], { encoding: 'utf8', env: { ...process.env, TMPDIR: disk! }, maxBuffer: 1 << 26 });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^claims: .*: cannot write the spool file of --format json: no space left on device \(TMPDIR sets where it goes\)\n$/);
    expect(leftovers(disk!, ['out'])).toEqual([]);
  });
});

describe('what -o replaces', () => {
  it('keeps the mode of the file it replaces (600 stays 600); a new file gets the usual mode', () => {
    const out = join(dir, 'private.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    expect(cli(['extract', one, '--json', '--date', '2025-03-03', '-o', out]).status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('schemaVersion', 1);
    const fresh = join(dir, 'fresh.json');
    expect(cli(['extract', one, '--json', '--date', '2025-03-03', '-o', fresh]).status).toBe(0);
    expect(statSync(fresh).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it('refuses a symbolic link to a file (or to nothing), before any work: link and target untouched', () => {
    const target = join(dir, 'real.json');
    writeFileSync(target, 'mine');
    const link = join(dir, 'link.json');
    symlinkSync(target, link);
    const dangling = join(dir, 'dangling.json');
    symlinkSync(join(dir, 'nowhere.json'), dangling);
    for (const l of [link, dangling]) {
      const r = cli(['extract', one, '--json', '-o', l]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`claims: ${l}: is a symbolic link; not replaced (give the path it points to)\n`);
      expect(lstatSync(l).isSymbolicLink()).toBe(true);
    }
    expect(readFileSync(target, 'utf8')).toBe('mine');
    expect(existsSync(join(dir, 'nowhere.json'))).toBe(false);
  });

  it('writes into a device or a link to one (/dev/null) instead of replacing it', () => {
    const d = mkdtempSync(join(tmpdir(), 'claims-dev-'));
    const link = join(d, 'sink');
    symlinkSync('/dev/null', link);
    const r = cli(['extract', one, '--json', '--date', '2025-03-03', '-o', link]);
    expect(r.status).toBe(0);
    expect(readlinkSync(link)).toBe('/dev/null');
    // (through a link of our own: a regression must not replace /dev/full itself)
    const full = join(d, 'full');
    symlinkSync('/dev/full', full);
    const r2 = cli(['extract', one, '--json', '--date', '2025-03-03', '-o', full]);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toBe(`claims: ${full}: cannot write: no space left on device\n`);
    expect(readlinkSync(full)).toBe('/dev/full');
    expect(readdirSync(d).sort()).toEqual(['full', 'sink']);
  });

  it('a file planted at the temporary name is never written through', async () => {
    // the old temporary name was predictable: OUT.claims-PID.tmp; here the CLI runs in this process
    const d = mkdtempSync(join(tmpdir(), 'claims-plant-'));
    const victim = join(d, 'victim.txt');
    writeFileSync(victim, 'do not touch');
    const out = join(d, 'out.json');
    symlinkSync(victim, `${out}.claims-${process.pid}.tmp`);
    let stdout = '';
    const io: Io = { stdout: (s) => (stdout += s), stderr: () => {}, stdin: () => new Uint8Array(), stdinIsTTY: true, stdoutIsTTY: false, columns: 100, env: {} };
    const code = await run(['compare', one, '--json', '--date', '2025-03-03', '-o', out], io);
    expect(code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('do not touch');
    expect(lstatSync(out).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('groups');
    expect(stdout).toBe('');
  });
});

describe('no input could be read at all', () => {
  it('-o is not touched (exit 2) by extract, entities, compare and report; diff with a side unread', () => {
    const keep = join(dir, 'keep.out');
    for (const args of [['extract', '/nonexistent/a'], ['extract', '/nonexistent/a', '/nonexistent/b', '--format', 'jsonl'], ['entities', '/nonexistent/a'], ['compare', '/nonexistent/a'], ['report', '/nonexistent/a'], ['diff', one, '/nonexistent/a']]) {
      writeFileSync(keep, 'keep me');
      const r = cli([...args, '-o', keep]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(readFileSync(keep, 'utf8'), args.join(' ')).toBe('keep me');
      expect(r.stderr, args.join(' ')).toContain(`claims: ${keep}: not written: no input could be read\n`);
    }
    expect(readdirSync(dir).filter((f) => f.includes('.claims-'))).toEqual([]);
  });

  it('a partial failure still writes the good inputs’ output (exit 2)', () => {
    const out = join(dir, 'partial.jsonl');
    writeFileSync(out, 'old');
    const r = cli(['extract', '/nonexistent/a', one, '--format', 'jsonl', '--date', '2025-03-03', '-o', out]);
    expect(r.status).toBe(2);
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean).length).toBeGreaterThan(10);
  });
});

describe('signals', () => {
  /** Wait (without a deadline of its own) until COND holds or the child has exited. */
  const until = async (child: ChildProcess, cond: () => boolean): Promise<void> => {
    while (child.exitCode === null && child.signalCode === null && !cond()) await new Promise((r) => setTimeout(r, 50));
  };
  /** How the child ended; killed with SIGKILL (and reported as such) if it is still alive after 10 s. */
  const ended = (child: ChildProcess): Promise<{ code: number | null; signal: string | null }> =>
    new Promise((resolve) => {
      const guard = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.on('exit', (code, signal) => {
        clearTimeout(guard);
        resolve({ code, signal });
      });
    });
  const status = (e: { code: number | null; signal: string | null }): number | null => e.code ?? (e.signal === 'SIGINT' ? 130 : e.signal === 'SIGTERM' ? 143 : e.signal === 'SIGKILL' ? 137 : null);

  it('SIGTERM while --jobs 1 is analysing: stops, exit 143, no temporary or spool file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'claims-sig-'));
    const tmp = mkdtempSync(join(tmpdir(), 'claims-sigtmp-'));
    const child = spawn(process.execPath, [bin, 'extract', big, '--jobs', '1', '--json', '-q', '-o', join(out, 'out.json')], { env: { ...process.env, TMPDIR: tmp } });
    const exit = ended(child);
    await until(child, () => readdirSync(out).length > 0); // the run has begun: its temporary file is there
    await new Promise((r) => setTimeout(r, 1500)); // and is analysing articles
    child.kill('SIGTERM');
    expect(status(await exit)).toBe(143);
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('SIGINT and SIGTERM while blocked on a FIFO with no writer: stops, exit 130 / 143, nothing left', async () => {
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
      const out = mkdtempSync(join(tmpdir(), 'claims-fifo-'));
      const fifo = join(mkdtempSync(join(tmpdir(), 'claims-fifo-in-')), 'pipe.txt');
      spawnSync('mkfifo', [fifo]);
      const child = spawn(process.execPath, [bin, 'extract', one, fifo, '--json', '-q', '-o', join(out, 'out.json')], { env: { ...process.env, TMPDIR: out } });
      const exit = ended(child);
      await until(child, () => readdirSync(out).length > 0);
      await new Promise((r) => setTimeout(r, 500)); // now waiting for a writer
      child.kill(signal);
      expect(status(await exit), signal).toBe(code);
      expect(readdirSync(out), signal).toEqual([]);
      rmSync(fifo);
    }
  });

  it('even SIGKILL leaves no spool file: it has no name', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'claims-kill-'));
    const fifo = join(mkdtempSync(join(tmpdir(), 'claims-kill-in-')), 'pipe.txt');
    spawnSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [bin, 'extract', one, fifo, '--json', '-q'], { env: { ...process.env, TMPDIR: tmp } });
    const exit = ended(child);
    // the spool is open (by the process, in TMPDIR) once the run has begun
    const spoolOpen = (): boolean => {
      try {
        return readdirSync(`/proc/${child.pid}/fd`).some((fd) => {
          try {
            return readlinkSync(`/proc/${child.pid}/fd/${fd}`).startsWith(tmp);
          } catch {
            return false;
          }
        });
      } catch {
        return false;
      }
    };
    await until(child, spoolOpen);
    child.kill('SIGKILL');
    await exit;
    expect(readdirSync(tmp)).toEqual([]);
  });
});
