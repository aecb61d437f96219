#!/usr/bin/env node
// Time `claims extract FILE --format jsonl --jobs 1` on generated pathological and long inputs,
// to check that every stage is linear in the length of one article (issue 13, rows 5 and 17).
//
//   node scripts/stress.mjs [--root DIR] [--timeout 60] [--only NAME,NAME] [--mb 1]
//
// --root runs another tree's bin/claims.js (e.g. a build of an older commit) for before/after
// figures. Shapes: runs of spaces, NBSP, other Unicode spaces, tabs, blank lines, punctuation and
// one long word, each of ~1 MB with a sentence before and after; prose with long space runs; and
// one long article made of the fixture texts repeated to 2.4 MB (row 17). Prints seconds and
// claims per shape; a shape that exceeds --timeout is shown as "> N s".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i < 0 ? dflt : args[i + 1];
};
const root = resolve(opt('--root', '.'));
const timeout = Number(opt('--timeout', '60'));
const mb = Number(opt('--mb', '1'));
const only = opt('--only', '')?.split(',').filter(Boolean) ?? [];
const size = Math.round(mb * 1_000_000);

const before = 'The mayor said on Monday that the bridge would close. ';
const after = ' Police arrested two men in Varnholt on Tuesday, officials said.';
const run = (s) => before + s.repeat(Math.ceil(size / s.length)).slice(0, size) + after;
const fixtureText = () => {
  const dir = resolve('fixtures');
  const texts = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(e.name)) texts.push(readFileSync(p, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
    }
  };
  walk(dir);
  return texts.join('\n\n');
};
const repeatTo = (s, n) => {
  let out = s;
  while (out.length < n) out += '\n\n' + s;
  return out;
};

const shapes = {
  spaces: () => run(' '),
  nbsp: () => run('\u00a0'),
  emspace: () => run('\u2003'),
  tabs: () => run('\t'),
  newlines: () => run('\n'),
  crlf: () => run('\r\n'),
  dots: () => run('.'),
  dotspace: () => run('. '),
  dashes: () => run('-'),
  commas: () => run(', '),
  parens: () => run('('),
  quotes: () => run('"'),
  word: () => run('a'),
  capwords: () => run('Aa '),
  spacedprose: () => repeatTo('The minister said the plan would cost millions.' + ' '.repeat(5000) + '\u00a0'.repeat(5000) + 'Critics disagreed. ', size),
  // each copy's sentences made distinct (a sentence repeated verbatim is analysed once)
  article24: () => {
    const base = fixtureText();
    const copies = [];
    for (let k = 0, n = 0; n < 2_400_000; k++) {
      const c = base.replace(/([a-z])\.(\s)/g, `$1 (report ${k}).$2`);
      copies.push(c);
      n += c.length + 2;
    }
    return copies.join('\n\n').slice(0, 2_400_000);
  },
};

const dir = mkdtempSync(join(tmpdir(), 'claims-stress-'));
const rows = [];
for (const [name, make] of Object.entries(shapes)) {
  if (only.length && !only.includes(name)) continue;
  const file = join(dir, `${name}.txt`);
  const text = make();
  writeFileSync(file, text);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(root, 'bin/claims.js'), 'extract', file, '--format', 'jsonl', '-q', '--jobs', '1', '--max-bytes', '100000000'], {
    encoding: 'utf8',
    timeout: timeout * 1000,
    maxBuffer: 1 << 30,
  });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const timedOut = r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM';
  const claims = timedOut ? '-' : String(r.stdout.split('\n').filter(Boolean).length);
  const secs = timedOut ? `> ${timeout}` : s.toFixed(1);
  rows.push([name, (Buffer.byteLength(text) / 1e6).toFixed(2), secs, claims, timedOut ? 'timeout' : String(r.status)]);
  process.stderr.write(`${name}: ${secs} s\n`);
}
console.log(['shape', 'MB', 'seconds', 'claims', 'exit'].join('\t'));
for (const r of rows) console.log(r.join('\t'));
