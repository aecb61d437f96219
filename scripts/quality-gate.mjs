#!/usr/bin/env node
// CI quality floor: score `claims extract ../shared/seeds --format json` with ../shared/eval/score.mjs
// and fail when any figure drops below quality-floor.json. Skips (exit 0) when ../shared is absent.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(join(shared, 'seeds')) || !existsSync(scorer)) {
  console.log('quality gate: ../shared not found, skipped');
  process.exit(0);
}
const out = join(mkdtempSync(join(tmpdir(), 'claims-gate-')), 'seeds.json');
writeFileSync(out, execFileSync(process.execPath, [join(root, 'bin', 'claims.js'), 'extract', join(shared, 'seeds'), '--format', 'json', '--quiet'], { maxBuffer: 1 << 28 }));
const score = JSON.parse(execFileSync(process.execPath, [scorer, out, '--json'], { encoding: 'utf8' }));
const figures = {
  'claims.precision': score.claims.precision,
  'claims.recall': score.claims.recall,
  'claims.f1': score.claims.f1,
  who: score.fields.who.accuracy,
  where: score.fields.where.accuracy,
  when: score.fields.when.accuracy,
  source: score.fields.source.accuracy,
  'entities.f1': score.entities.f1,
};
const floor = JSON.parse(readFileSync(join(root, 'quality-floor.json'), 'utf8'));
let failed = 0;
for (const [k, v] of Object.entries(figures)) {
  const min = floor[k];
  const ok = typeof min !== 'number' || v >= min;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${k.padEnd(17)} ${v.toFixed(3)}  (floor ${typeof min === 'number' ? min.toFixed(3) : '-'})`);
}
console.log(`${Object.keys(figures).length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
