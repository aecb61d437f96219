#!/usr/bin/env node
// Speed and memory of `claims extract DIR --format jsonl` against the naive compromise
// pipeline (../shared/bench/naive-compromise.mjs), whole-process wall time and peak RSS.
//
//   npm run bench -- DIR [--runs 3] [--scale 4] [--naive PATH]
//
// Each command runs --runs times (alternating); the table gives min / median / max seconds,
// MB/s on the median and the median peak RSS (VmHWM from /proc, polled while it runs).
// --scale N also runs on N copies of DIR (copied to a temp folder) to check that time grows
// linearly and memory stays flat.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const runs = Number(opt('--runs', '3'));
const scale = Number(opt('--scale', '0'));
const naive = resolve(opt('--naive', '../shared/bench/naive-compromise.mjs'));
const dir = args[0];
if (!dir || !existsSync(dir)) {
  process.stderr.write('usage: npm run bench -- DIR [--runs 3] [--scale 4] [--naive PATH]\n');
  process.exit(2);
}
const bin = resolve('bin/claims.js');

function sizeOf(d) {
  let n = 0;
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) n += sizeOf(p);
    else if (/\.(txt|md)$/i.test(e.name)) n += statSync(p).size;
  }
  return n;
}

/** Run a command with stdout discarded; wall seconds and peak RSS (MB). */
function measure(cmd) {
  return new Promise((res, rej) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, cmd, { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {}
    }, 20);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) rej(new Error(`${cmd.join(' ')} exited ${code}: ${err.slice(-500)}`));
      else res({ secs: (performance.now() - t0) / 1000, rss: peak });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bench(target) {
  const mb = sizeOf(target) / 1e6;
  const cmds = {
    naive: [naive, target],
    claims: [bin, 'extract', target, '--format', 'jsonl', '-q'],
    'claims --jobs 1': [bin, 'extract', target, '--format', 'jsonl', '-q', '--jobs', '1'],
  };
  const res = Object.fromEntries(Object.keys(cmds).map((k) => [k, []]));
  for (let r = 0; r < runs; r++) for (const [k, c] of Object.entries(cmds)) res[k].push(await measure(c));
  const naiveMed = median(res.naive.map((x) => x.secs));
  const rows = Object.entries(res).map(([k, xs]) => {
    const s = xs.map((x) => x.secs);
    const med = median(s);
    return { command: k, min: Math.min(...s), median: med, max: Math.max(...s), mbps: mb / med, ratio: naiveMed / med, rss: median(xs.map((x) => x.rss)) };
  });
  process.stdout.write(`\n${target}: ${mb.toFixed(2)} MB, ${runs} runs each, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), node ${process.version}\n`);
  process.stdout.write('command            min s   median s   max s    MB/s   vs naive   peak RSS MB\n');
  for (const r of rows) {
    process.stdout.write(`${r.command.padEnd(17)} ${r.min.toFixed(2).padStart(6)} ${r.median.toFixed(2).padStart(9)} ${r.max.toFixed(2).padStart(7)} ${r.mbps.toFixed(3).padStart(7)} ${`${r.ratio.toFixed(2)}x`.padStart(9)} ${r.rss.toFixed(0).padStart(12)}\n`);
  }
  return rows;
}

const one = await bench(dir);
if (scale > 1) {
  const tmp = mkdtempSync(join(tmpdir(), 'claims-bench-'));
  try {
    for (let i = 0; i < scale; i++) cpSync(dir, join(tmp, `copy${i}`), { recursive: true });
    const many = await bench(tmp);
    const c1 = one.find((r) => r.command === 'claims');
    const cN = many.find((r) => r.command === 'claims');
    process.stdout.write(`\n${scale}x copy vs 1x (claims): time ${(cN.median / c1.median).toFixed(2)}x, peak RSS ${c1.rss.toFixed(0)} -> ${cN.rss.toFixed(0)} MB (${(((cN.rss - c1.rss) / c1.rss) * 100).toFixed(0)}%)\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
