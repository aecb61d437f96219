/** `claims events`: each article's main event, one row per article. */
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { eventRows, formatEvents, type EventRow } from '../format/events.js';
import type { FormatName } from '../format/index.js';
import { extractStream } from '../stream/run.js';
import { pushAll } from '../util/arrays.js';
import { addCommon, addScale, checkOptions, formatContext, report, shardItems, workerHeap, writeOutput, type CommonOptions, type Io } from './common.js';

/** `claims events`: each article's main event, one row per article, in input order. */
export async function runEvents(io: Io, paths: string[], o: CommonOptions): Promise<number> {
  checkOptions(o);
  const format: FormatName = o.json ? 'json' : o.format;
  const { list, items } = shardItems(io, paths, o);
  const rows: EventRow[] = [];
  const jobs = o.jobs ?? Math.max(1, Math.min(availableParallelism(), items.length));
  const summary = await extractStream(items, { date: o.date ?? null, jobs, ...workerHeap(io), maxBytes: o.maxBytes, stdin: io.stdin }, (chunk) => {
    report(io, chunk.diagnostics, o.quiet);
    pushAll(rows, eventRows(chunk.result));
  });
  writeOutput(io, o, formatEvents(format, rows, formatContext(io, o)));
  return summary.failed + list.diagnostics.filter((d) => d.level === 'error').length > 0 ? 2 : 0;
}

/** Adds `claims events` to the program. */
export function registerEvents(program: Command, io: Io, setExit: (code: number) => void): void {
  const evc = program
    .command('events')
    .description("print each article's main event, one row per article: who did what, where, when, according to whom")
    .argument('[paths...]', 'article files or directories; "-" for stdin');
  addScale(addCommon(evc))
    .addHelpText(
      'after',
      `
The event is composed as a reporter reads a news story: the headline and the lead sentence state
it (merged when they state the same event), the place comes from the lead, else the dateline,
the time from the lead, else the publication date for a same-day report. \`extract --top 1\`
prints instead the one most salient claim, as it stands in the text.

Examples:
  $ claims events coverage/                       one line per outlet
  $ claims events coverage/ --format csv -o events.csv
  $ claims events story.txt --format json | jq '.events[0]'
`,
    )
    .action(async (paths: string[], o: CommonOptions) => setExit(await runEvents(io, paths, o)));
}
