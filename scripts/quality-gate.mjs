#!/usr/bin/env node
// CI quality floors: extract the seeds and every development set in ../shared/dev with this
// checkout's bin/claims.js, score each with its own scorer, and fail when any figure drops below
// its floor in quality-floor.json. Skips (exit 0) when ../shared is absent.
//
//   node scripts/quality-gate.mjs            every set (ECB+ takes a few minutes)
//   node scripts/quality-gate.mjs --quick    seeds, events, timebank, polnear, conll only
//   node scripts/quality-gate.mjs --json     the figures as JSON on stdout (for raising floors)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const dev = join(shared, 'dev');
const cli = join(root, 'bin', 'claims.js');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const asJson = args.includes('--json');
if (!existsSync(join(shared, 'seeds')) || !existsSync(join(shared, 'eval', 'score.mjs'))) {
  console.log('quality gate: ../shared not found, skipped');
  process.exit(0);
}

const tmp = mkdtempSync(join(tmpdir(), 'claims-gate-'));
const run = (file, argv, opts = {}) =>
  execFileSync(file, argv, { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
const node = (script, argv) => run(process.execPath, [script, ...argv]);
function extract(dir, name) {
  const out = join(tmp, `${name}.json`);
  writeFileSync(out, node(cli, ['extract', dir, '--format', 'json', '--quiet']));
  return out;
}

/** Each set: where its data is, and how to turn its scorer's JSON into named figures (0-1). */
const sets = {
  seeds: () => {
    const s = JSON.parse(node(join(shared, 'eval', 'score.mjs'), [extract(join(shared, 'seeds'), 'seeds'), '--json']));
    return {
      'claims.precision': s.claims.precision,
      'claims.recall': s.claims.recall,
      'claims.f1': s.claims.f1,
      who: s.fields.who.accuracy,
      where: s.fields.where.accuracy,
      when: s.fields.when.accuracy,
      source: s.fields.source.accuracy,
      'entities.f1': s.entities.f1,
    };
  },
  events: () => {
    const s = JSON.parse(node(join(dev, 'events', 'score.mjs'), [extract(join(dev, 'events', 'articles'), 'events'), '--json']));
    const a = s.all ?? s;
    return { who: a.who, what: a.what, where: a.where, when: a.when, mean: a.mean };
  },
  timebank: () => {
    const s = JSON.parse(node(join(dev, 'timebank', 'score.mjs'), [extract(join(dev, 'timebank', 'data', 'timebank', 'articles'), 'timebank'), '--split', 'timebank', '--json']));
    return { 'relaxed.f1': s.main.relaxed.F1, 'strict.f1': s.main.strict.F1, 'value.f1': s.value.valueF1 };
  },
  polnear: () => {
    const s = JSON.parse(node(join(dev, 'polnear', 'score.mjs'), [extract(join(dev, 'polnear', 'data', 'dev', 'articles'), 'polnear'), '--split', 'dev', '--json']));
    return { recall: s.recall, precision: s.precision, f1: s.f1, recallCore: s.recallCore };
  },
  conll: () => {
    const s = JSON.parse(node(join(dev, 'conll', 'score.mjs'), [extract(join(dev, 'conll', 'data', 'dev', 'articles'), 'conll'), '--split', 'dev', '--json']));
    const d = s.document_level;
    return { 'typed.f1': d.typed.f1, 'organization.f1': d.per_type.organization.f1, 'person.f1': d.per_type.person.f1, 'place.f1': d.per_type.place.f1 };
  },
  carb: () => {
    const out = join(tmp, 'carb');
    run('bash', [join(dev, 'carb', 'run.sh'), cli], { env: { ...process.env, CARB_OUT: out } });
    const f1 = (name) => JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')).rounded.f1;
    return { 'maxF1.given': f1('claims'), 'maxF1.detok': f1('claims-best') };
  },
  ecb: () => {
    const s = JSON.parse(node(join(dev, 'ecb', 'score.mjs'), ['ALL', '--json', '--claims', cli]));
    const v = s.summary.verb;
    // the share of compare's links that stay within one of a topic's two look-alike events
    const pairs = v.reached.compare.pairwise;
    return { coverage: v.coverage, 'conll.reached': v.reached.compare.conll, 'conll.all': v.all.compare.conll, 'links.withinSubtopic': pairs.predicted ? 1 - pairs.crossSubtopicLinks / pairs.predicted : 1 };
  },
};
const chosen = quick ? ['seeds', 'events', 'timebank', 'polnear', 'conll'] : Object.keys(sets);

const floors = JSON.parse(readFileSync(join(root, 'quality-floor.json'), 'utf8'));
const figures = {};
let passed = 0;
let failed = 0;
for (const name of chosen) {
  if (name !== 'seeds' && !existsSync(join(dev, name))) {
    console.log(`skip ${name}: ../shared/dev/${name} not found`);
    continue;
  }
  const t0 = Date.now();
  let got;
  try {
    got = sets[name]();
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: could not score: ${String(e.message).split('\n')[0]}`);
    continue;
  }
  figures[name] = got;
  const floor = floors[name] ?? {};
  for (const [k, v] of Object.entries(got)) {
    const min = floor[k];
    const ok = typeof min !== 'number' || (typeof v === 'number' && v >= min);
    if (ok) passed++;
    else failed++;
    const shown = typeof v === 'number' ? v.toFixed(3) : String(v);
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${`${name} ${k}`.padEnd(28)} ${shown}  (floor ${typeof min === 'number' ? min.toFixed(3) : '-'})`);
  }
  console.log(`     ${name}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
rmSync(tmp, { recursive: true, force: true });
if (asJson) console.log(JSON.stringify(figures, null, 2));
console.log(`quality: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
