/** `claims report`: one self-contained HTML page over the articles. */
import type { Command } from 'commander';
import { compareResult } from '../compare/compare.js';
import { readPaths } from '../read/index.js';
import { filterClaims } from '../filter.js';
import { plural } from '../format/table.js';
import { renderReport } from '../report/html.js';
import { addCommon, addFilters, checkOptions, filtersOf, checkOutputNotInput, extractLib, inputsOf, listOptions, nothingRead, report, UsageError, writeOutput, type CommonOptions, type Io, rulesOffEnv } from './common.js';

export async function runReport(io: Io, paths: string[], o: CommonOptions): Promise<number> {
  checkOptions(o);
  const inputs = inputsOf(io, paths);
  if (!o.output && io.stdoutIsTTY) throw new UsageError('report writes HTML: give -o report.html (or redirect stdout)');
  checkOutputNotInput(o, inputs);
  const read = readPaths(inputs, io.stdin, o.maxBytes, listOptions(o));
  report(io, read.diagnostics, o.quiet);
  const detailed = (await extractLib()).extractDetailed(read.docs, { date: o.date ?? null, ...rulesOffEnv(io) });
  report(io, detailed.diagnostics, o.quiet);
  // keyed by document id: a null-prototype object, so that an id such as "__proto__" is data
  const texts = Object.create(null) as Record<string, string>;
  const bodyStart = Object.create(null) as Record<string, number>;
  for (const d of read.docs) {
    texts[d.id] = d.text;
    bodyStart[d.id] = d.bodyStart;
  }
  const n = read.docs.length;
  if (nothingRead(io, o, read.failed, n)) return 2;
  // the filters choose the claims the page shows; the matrix and conflicts are read over them
  const result = filterClaims(detailed.result, filtersOf(o));
  const html = renderReport({ result, compare: compareResult(result), texts, bodyStart, title: `claims report: ${n} article${n === 1 ? '' : 's'}` });
  writeOutput(io, o, html);
  if (o.output && !o.quiet) io.stderr(`claims report: wrote ${o.output} (${plural(result.claims.length, 'claim')}, ${plural(n, 'article')})\n`);
  return read.failed > 0 ? 2 : 0;
}

/** Adds `claims report` to the program. */
export function registerReport(program: Command, io: Io, setExit: (code: number) => void): void {
  const rp = program
    .command('report')
    .description('write one self-contained HTML page to read a story across outlets (matrix, conflicts, timeline, article view, entities)')
    .argument('[paths...]', 'article files or directories; "-" for stdin');
  addFilters(addCommon(rp, { formats: false }))
    .addHelpText('after', `\nExamples:\n  $ claims report coverage/ -o report.html\n  $ claims report a.txt b.txt c.json -o story.html --date 2024-12-08\n\nThe page works offline: data, script and style are inline.\n`)
    .action(async (paths: string[], o: CommonOptions) => setExit(await runReport(io, paths, o)));
}
