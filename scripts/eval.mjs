#!/usr/bin/env node
// The development sets in the loop (see ../shared/dev/README.md).
//
//   npm run eval                      the dashboard on every fast set (seeds, events, timebank, polnear, conll)
//   npm run eval -- --all             also ECB+ and CaRB (~8 min)
//   npm run eval -- --list            the claim builder's rules: name, pass, description, example
//   npm run eval -- --ablate [--rules a,b]
//                                     for each rule, what each figure of the fast sets loses without it:
//                                     one dashboard run per rule with that rule off. The articles are
//                                     segmented and annotated once; for each rule only the claim builder
//                                     and refinement run again (and, for a tagging repair that the
//                                     annotator applies, the annotation with it off too), in this
//                                     process, and the dashboard is given the outputs (its --claims is a
//                                     stand-in that prints them). A first check: with every rule on, the
//                                     figures equal those of the dashboard running bin/claims.js itself.
//
// Skips (exit 0) when ../shared is not beside the project. Needs a build (`npm run build`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
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
const v8 = await import('node:v8');
const lib = async (m) => import(pathToFileURL(join(root, 'dist', m)).href);
const { readPaths } = await lib('read/index.js');
const { annotateDocument, buildDrafts } = await lib('analyze.js');
const { REPAIRS } = await lib('annotate/repairs.js');
/** Rules that run while tagging (verb repairs): switching one off needs the articles annotated again. */
const TAGGING = new Set(REPAIRS.map((r) => r.name));
const { EntityTable, referenceYearOf, refineWindow, WINDOW } = await lib('window.js');
// the inputs the fast dashboard extracts (real paths: the dashboard names them from its own)
const dev = realpathSync(dirname(dashboard));
const SETS = {
  seeds: resolve(dev, '..', 'seeds'),
  events: join(dev, 'events', 'articles'),
  timebank: join(dev, 'timebank', 'data', 'timebank', 'articles'),
  polnear: join(dev, 'polnear', 'data', 'dev', 'articles'),
  conll: join(dev, 'conll', 'data', 'dev', 'articles'),
};
const tmp = mkdtempSync(join(tmpdir(), 'claims-ablate-'));
const wrapper = join(tmp, 'claims.mjs');
// the dashboard's claims.js: prints the output prepared for the directory it is asked to extract
writeFileSync(
  wrapper,
  `import { existsSync, readFileSync, realpathSync } from 'node:fs';
const sets = ${JSON.stringify(Object.fromEntries(Object.entries(SETS).map(([k, d]) => [d, join(tmp, `${k}.json`)])))};
const dir = process.argv[3];
const out = dir && existsSync(dir) ? sets[realpathSync(dir)] : undefined;
if (process.argv[2] !== 'extract' || !out) {
  process.stderr.write('ablation stand-in: unexpected arguments ' + process.argv.slice(2).join(' ') + '\\n');
  process.exitCode = 2;
} else process.stdout.write(readFileSync(out));
`,
);

/** Each set's documents, segmented and annotated window by window as `extract` does, with these rules off. */
function annotateAll(off) {
  const out = {};
  for (const [name, dir] of Object.entries(SETS)) {
    const { docs } = readPaths([dir]);
    const windows = [];
    for (let i = 0; i < docs.length; i += WINDOW) {
      const win = docs.slice(i, i + WINDOW);
      const referenceYear = referenceYearOf(win);
      windows.push(win.map((d) => v8.serialize(annotateDocument(d, { referenceYear, rulesOff: off }))));
    }
    out[name] = windows;
  }
  return out;
}
const annotated = annotateAll([]);

/** The claims output of every set with these rules off, written where the stand-in reads it; returns each claim as JSON. */
function extractAll(off) {
  const all = [];
  const sets = off.some((r) => TAGGING.has(r)) ? annotateAll(off) : annotated;
  for (const [name, windows] of Object.entries(sets)) {
    const table = new EntityTable();
    const result = { schemaVersion: 1, documents: [], claims: [], entities: [] };
    for (const win of windows) {
      const r = refineWindow(win.map((b) => buildDrafts(v8.deserialize(b), off)), table);
      result.documents.push(...r.result.documents);
      result.claims.push(...r.result.claims);
    }
    result.entities = table.list();
    writeFileSync(join(tmp, `${name}.json`), JSON.stringify(result));
    for (const c of result.claims) all.push(JSON.stringify(c));
  }
  return all;
}

/** Claims in one output and not the other (as multisets). */
function changed(a, b) {
  const n = new Map();
  for (const x of a) n.set(x, (n.get(x) ?? 0) + 1);
  for (const x of b) n.set(x, (n.get(x) ?? 0) - 1);
  let d = 0;
  for (const v of n.values()) d += Math.abs(v);
  return d;
}

/** One dashboard run: { 'seeds F1': 94.3, ... }. `claims`: the claims.js it runs. */
function dash(claims, label) {
  const r = spawnSync(process.execPath, [dashboard, '--json', '--claims', claims], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`dashboard failed (${label}): ${r.stderr}`);
  const figures = {};
  for (const row of JSON.parse(r.stdout)) {
    const set = row.set.split(' ')[0];
    if (row.figure === 'failed') throw new Error(`${set} failed (${label}): ${row.ours}`);
    const labels = row.figure.replace(/\s*\(.*?\)/g, '').split(/\s*[/;]\s*/);
    const nums = String(row.ours).match(/-?\d+(?:\.\d+)?/g) ?? [];
    labels.forEach((l, i) => (figures[`${set} ${l.replace(/^claims /, '').replace(/^DATE\+TIME /, '').replace(/^typed /, '')}`] = nums[i] === undefined ? null : Number(nums[i])));
  }
  return figures;
}

const list = await rules();
const only = value('--rules')?.split(',');
const todo = only ? list.filter((r) => only.includes(r.name)) : list;
const t0 = Date.now();
const real = dash(cli, 'bin/claims.js');
const baseClaims = extractAll([]);
const base = dash(wrapper, 'every rule on');
const cols = Object.keys(real);
if (cols.some((c) => real[c] !== base[c])) {
  console.error(`eval: the in-process extraction does not reproduce bin/claims.js:\n  ${JSON.stringify(real)}\n  ${JSON.stringify(base)}`);
  process.exit(2);
}
console.log(`every rule on (${((Date.now() - t0) / 1000).toFixed(0)} s): ${cols.map((c) => `${c} ${base[c]}`).join(', ')}`);
const results = [];
for (const [i, r] of todo.entries()) {
  const diff = changed(baseClaims, extractAll([r.name]));
  const f = dash(wrapper, r.name);
  const delta = Object.fromEntries(cols.map((c) => [c, f[c] == null || base[c] == null ? null : Math.round((f[c] - base[c]) * 1000) / 1000]));
  results.push({ rule: r, delta, diff });
  const moved = cols.filter((c) => delta[c]).map((c) => `${c} ${delta[c] > 0 ? '+' : ''}${delta[c]}`);
  console.error(`[${i + 1}/${todo.length}] ${r.name}: ${diff} claims changed; ${moved.join(', ') || 'no figure changed'}`);
}
rmSync(tmp, { recursive: true, force: true });

// the figure without the rule minus the figure with it: negative = the rule is worth that much
console.log(`\nWithout each rule (figure without it minus with it; blank: no change; events in 0-1, the rest in %; claims: how many claims of the ${baseClaims.length} differ, added or lost, over all sets):\n`);
console.log(`| rule | pass | claims | ${cols.join(' | ')} |`);
console.log(`|---|---|---:|${cols.map(() => '---:').join('|')}|`);
for (const { rule, delta, diff } of results) console.log(`| ${rule.name} | ${rule.pass} | ${diff} | ${cols.map((c) => (delta[c] ? (delta[c] > 0 ? '+' : '') + delta[c] : '')).join(' | ')} |`);
const flat = results.filter(({ delta }) => cols.every((c) => !delta[c]));
console.log(`\nNo figure changes without it (${flat.length}): ${flat.map((d) => `${d.rule.name} (${d.diff} claims)`).join(', ') || 'none'}`);
const dead = results.filter(({ diff }) => diff === 0);
console.log(`No claim changes without it, on any set (${dead.length}): ${dead.map((d) => d.rule.name).join(', ') || 'none'}`);
console.log(`(${results.length} rules, ${((Date.now() - t0) / 60000).toFixed(1)} min)`);
