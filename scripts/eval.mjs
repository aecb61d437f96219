#!/usr/bin/env node
// The development sets in the loop (see ../shared/dev/README.md).
//
//   npm run eval                      the dashboard on every fast set (seeds, events, timebank, polnear, conll)
//   npm run eval -- --all             also ECB+ and CaRB (~8 min)
//   npm run eval -- --list            the claim builder's rules: name, pass, description, example
//   npm run eval -- --ablate [--rules a,b] [--full] [--lock FILE]
//                                     for each rule, what each figure of the fast sets loses without it:
//                                     one dashboard run per rule with CLAIMS_RULES_OFF=that rule.
//                                     conll's figure reads only the entities, which are found before and
//                                     without the claim builder, so its output is replayed from the run with
//                                     every rule on (--full: extract it every time). --lock FILE: take
//                                     `flock FILE` around each dashboard run (shared machines).
//
// Skips (exit 0) when ../shared is not beside the project. Needs a build (`npm run build`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const value = (f) => (args.includes(f) ? args[args.indexOf(f) + 1] : undefined);
const dashboard = resolve(root, '..', 'shared', 'dev', 'dashboard.mjs');
const cli = join(root, 'bin', 'claims.js');
const built = join(root, 'dist', 'index.js');

async function rules() {
  if (!existsSync(built)) {
    console.error('eval: dist/ not built: run `npm run build` first');
    process.exit(2);
  }
  return (await import(pathToFileURL(built).href)).RULES;
}

if (flag('--list')) {
  const list = await rules();
  let pass = '';
  for (const r of list) {
    if (r.pass !== pass) console.log(`\n${(pass = r.pass)}`);
    console.log(`  ${r.name}: ${r.description}\n      e.g. ${r.example}`);
  }
  console.log(`\n${list.length} rules`);
  process.exit(0);
}

if (!existsSync(dashboard)) {
  console.log(`eval: skipped: no development sets (${dashboard} not found; they live in ../shared, beside the project)`);
  process.exit(0);
}
if (!existsSync(built)) {
  console.error('eval: dist/ not built: run `npm run build` first');
  process.exit(2);
}

if (!flag('--ablate')) {
  const pass = args.filter((a) => a === '--all' || a === '--quick' || a === '--json');
  const r = spawnSync(process.execPath, [dashboard, ...pass], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 2);
}

// ---- ablation ----
const tmp = mkdtempSync(join(tmpdir(), 'claims-ablate-'));
const wrapper = join(tmp, 'claims.mjs');
// a claims.js for the dashboard: runs the real one; with CLAIMS_EVAL_CACHE, records (every rule on)
// or replays (a rule off) the conll extraction
writeFileSync(
  wrapper,
  `import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
const args = process.argv.slice(2);
const cache = process.env.CLAIMS_EVAL_CACHE;
const conll = cache && args[0] === 'extract' && /[\\\\/]conll[\\\\/]/.test(args[1] ?? '');
if (conll && process.env.CLAIMS_RULES_OFF && existsSync(cache)) {
  process.stdout.write(readFileSync(cache));
} else {
  const r = spawnSync(process.execPath, [${JSON.stringify(cli)}, ...args], { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30 });
  if (conll && !process.env.CLAIMS_RULES_OFF && r.status === 0) writeFileSync(cache, r.stdout);
  process.stdout.write(r.stdout);
  process.exitCode = r.status ?? 2;
}
`,
);
const lock = value('--lock');
const full = flag('--full');
const cache = join(tmp, 'conll.json');

/** One dashboard run: { 'seeds F1': 94.3, ... }. */
function run(off) {
  const env = { ...process.env, CLAIMS_RULES_OFF: off, ...(full ? {} : { CLAIMS_EVAL_CACHE: cache }) };
  const cmd = [dashboard, '--json', '--claims', wrapper];
  const r = lock ? spawnSync('flock', [lock, process.execPath, ...cmd], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(process.execPath, cmd, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`dashboard failed (CLAIMS_RULES_OFF=${off}): ${r.stderr}`);
  const figures = {};
  for (const row of JSON.parse(r.stdout)) {
    const set = row.set.split(' ')[0];
    const labels = row.figure.replace(/\s*\(.*?\)/g, '').split(/\s*[/;]\s*/);
    const nums = String(row.ours).match(/-?\d+(?:\.\d+)?/g) ?? [];
    if (row.figure === 'failed') throw new Error(`${set} failed (CLAIMS_RULES_OFF=${off}): ${row.ours}`);
    labels.forEach((l, i) => (figures[`${set} ${l.replace(/^claims /, '').replace(/^DATE\+TIME /, '').replace(/^typed /, '')}`] = nums[i] === undefined ? null : Number(nums[i])));
  }
  return figures;
}

const list = await rules();
const only = value('--rules')?.split(',');
const todo = only ? list.filter((r) => only.includes(r.name)) : list;
const t0 = Date.now();
const base = run('');
const cols = Object.keys(base);
console.log(`every rule on (${((Date.now() - t0) / 1000).toFixed(0)} s): ${cols.map((c) => `${c} ${base[c]}`).join(', ')}`);
const results = [];
for (const [i, r] of todo.entries()) {
  const f = run(r.name);
  const delta = Object.fromEntries(cols.map((c) => [c, f[c] == null || base[c] == null ? null : Math.round((f[c] - base[c]) * 1000) / 1000]));
  results.push({ rule: r, delta });
  const moved = cols.filter((c) => delta[c]).map((c) => `${c} ${delta[c] > 0 ? '+' : ''}${delta[c]}`);
  console.error(`[${i + 1}/${todo.length}] ${r.name}: ${moved.join(', ') || 'no change'}`);
}
rmSync(tmp, { recursive: true, force: true });

// the figure without the rule minus the figure with it: negative = the rule is worth that much
console.log(`\nWithout each rule (figure without it minus with it; blank: no change; percentages, events in 0-1):\n`);
console.log(`| rule | pass | ${cols.join(' | ')} |`);
console.log(`|---|---|${cols.map(() => '---:').join('|')}|`);
for (const { rule, delta } of results) console.log(`| ${rule.name} | ${rule.pass} | ${cols.map((c) => (delta[c] ? (delta[c] > 0 ? '+' : '') + delta[c] : '')).join(' | ')} |`);
const dead = results.filter(({ delta }) => cols.every((c) => !delta[c]));
console.log(`\nNo change on any figure without it (${dead.length}): ${dead.map((d) => d.rule.name).join(', ') || 'none'}`);
console.log(`(${results.length} rules, ${((Date.now() - t0) / 60000).toFixed(1)} min${full ? '' : '; conll replayed'})`);
