/** `claims compare`: claims several articles make, claims only one makes, and conflicts. */
import type { Command } from 'commander';
import { compareResult } from '../compare/compare.js';
import { FORMATS, type FormatName } from '../format/index.js';
import { readPaths } from '../read/index.js';
import { filterClaims } from '../filter.js';
import { addCommon, addFilters, checkOptions, filtersOf, checkOutputNotInput, extractLib, formatContext, inputsOf, listOptions, nothingRead, positiveInt, report, writeOutput, type CommonOptions, type Io, rulesOffEnv } from './common.js';

export async function runCompare(io: Io, paths: string[], o: CommonOptions & { minSources?: number }): Promise<number> {
  checkOptions(o);
  const format: FormatName = o.json ? 'json' : o.format;
  const inputs = inputsOf(io, paths);
  checkOutputNotInput(o, inputs);
  const read = readPaths(inputs, io.stdin, o.maxBytes, listOptions(o));
  report(io, read.diagnostics, o.quiet);
  const detailed = (await extractLib()).extractDetailed(read.docs, { date: o.date ?? null, ...rulesOffEnv(io) });
  report(io, detailed.diagnostics, o.quiet);
  // the filters choose the claims first; grouping and conflicts are then read over them
  const r = compareResult(filterClaims(detailed.result, filtersOf(o)));
  if (o.minSources) r.groups = r.groups.filter((g) => g.sources >= o.minSources!);
  const ctx = formatContext(io, o);
  if (nothingRead(io, o, read.failed, read.docs.length)) return 2;
  writeOutput(io, o, FORMATS[format].compare(r, ctx));
  return read.failed > 0 ? 2 : 0;
}

/** Adds `claims compare` to the program. */
export function registerCompare(program: Command, io: Io, setExit: (code: number) => void): void {
  const cm = program
    .command('compare')
    .description('claims several articles make, claims only one makes, and where they contradict each other')
    .argument('[paths...]', 'article files or directories; "-" for stdin')
    .option('--min-sources <n>', 'only claims made by at least N independent articles', positiveInt('--min-sources'));
  addFilters(addCommon(cm))
    .addHelpText('after', `\nExamples:\n  $ claims compare coverage/\n  $ claims compare coverage/ --min-sources 2 --format json | jq '.conflicts'\n`)
    .action(async (paths: string[], o: CommonOptions & { minSources?: number }) => setExit(await runCompare(io, paths, o)));
}
