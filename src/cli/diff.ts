/** `claims diff`: what changed between two sets of claims (saved outputs or articles). */
import type { Command } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { diffCount, diffResults } from '../compare/diff.js';
import { loadSavedJson, loadSavedJsonl } from '../compare/saved.js';
import { FORMATS, type FormatName } from '../format/index.js';
import { readPaths } from '../read/index.js';
import { filterClaims } from '../filter.js';
import type { ExtractResult } from '../types.js';
import { addCommon, addFilters, checkOptions, filtersOf, checkOutputNotInput, extractLib, formatContext, listOptions, nothingRead, report, writeOutput, type CommonOptions, type Io, rulesOffEnv } from './common.js';

/** One side of a diff: a saved JSON or JSONL output, or articles to extract. */
async function loadSide(io: Io, path: string, o: CommonOptions): Promise<{ result: ExtractResult; failed: number; invalid?: boolean }> {
  const ext = /\.jsonl?$/i.exec(path)?.[0].toLowerCase();
  if (ext && existsSync(path) && statSync(path).isFile() && statSync(path).size <= o.maxBytes) {
    let text: string | null = null;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // unreadable: reported by the article reader below
    }
    const saved = text === null ? null : ext === '.json' ? loadSavedJson(text) : loadSavedJsonl(text);
    if (saved?.kind === 'result') return { result: saved.result, failed: 0 };
    if (saved?.kind === 'invalid') {
      io.stderr(`claims: ${path}: ${saved.reason}\n`);
      return { result: { schemaVersion: 1, documents: [], claims: [], entities: [] }, failed: 1, invalid: true };
    }
    // not a saved output: read it as an article file below
  }
  const read = readPaths([path], io.stdin, o.maxBytes, listOptions(o));
  // a diff speaks only of differences: reading warnings are left to `claims extract`
  report(io, read.diagnostics.filter((x) => x.level === 'error'), o.quiet);
  const detailed = (await extractLib()).extractDetailed(read.docs, { date: o.date ?? null, ...rulesOffEnv(io) });
  return { result: detailed.result, failed: read.failed };
}

export async function runDiff(io: Io, a: string, b: string, o: CommonOptions): Promise<number> {
  checkOptions(o);
  checkOutputNotInput(o, [a, b]);
  const format: FormatName = o.json ? 'json' : o.format;
  const left = await loadSide(io, a, o);
  const right = await loadSide(io, b, o);
  // a saved output that is not valid: no diff against nothing (it would list every claim as added)
  if (left.invalid || right.invalid) return 2;
  // the filters choose each side's claims before they are matched
  const filters = filtersOf(o);
  const d = diffResults(filterClaims(left.result, filters), filterClaims(right.result, filters));
  const ctx = formatContext(io, o);
  const n = diffCount(d);
  // "no differences" prints nothing on stdout in the table format, the empty structure otherwise
  const text = FORMATS[format].diff(d, ctx);
  const unread = [left, right].some((s) => nothingRead(io, o, s.failed, s.result.documents.length));
  if (text && !unread) writeOutput(io, o, text);
  io.stderr(`claims diff: ${d.removed.length} removed, ${d.added.length} added, ${d.changed.length} changed\n`);
  if (left.failed || right.failed) return 2;
  return n ? 1 : 0;
}

/** Adds `claims diff` to the program. */
export function registerDiff(program: Command, io: Io, setExit: (code: number) => void): void {
  const df = program
    .command('diff')
    .description('what changed between two sets of claims: removed, added, changed (exit 1 when they differ)')
    .argument('<a>', 'the before side: an article file or directory, or a saved `claims extract --format json` output')
    .argument('<b>', 'the after side, likewise');
  addFilters(addCommon(df))
    .addHelpText(
      'after',
      `
Claims are matched by content (canonical who, verb, object, places, dates), not by document
or offset: moving a claim to another file or paragraph is not a change.

Examples:
  $ claims diff yesterday/ today/
  $ claims extract articles/ --json -o before.json   # later:
  $ claims diff before.json articles/ --format json | jq '.changed[].fields'

Exit status: 0 no differences, 1 differences, 2 trouble.`,
    )
    .action(async (a: string, b: string, o: CommonOptions) => setExit(await runDiff(io, a, b, o)));
}
