/** `claims events`: each article's main event, one row per article. */
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { eventRows, formatEvents, type EventRow } from '../format/events.js';
import type { FormatName } from '../format/index.js';
import { extractStream } from '../stream/run.js';
import { pushAll } from '../util/arrays.js';
import { claimMatcher, filtersClaims, type Filterable } from '../filter.js';
import { tableFooter } from '../format/table.js';
import { addCommon, addFilters, addScale, checkOptions, filtersOf, formatContext, report, shardItems, workerHeap, writeOutput, type CommonOptions, type Io } from './common.js';

/** `claims events`: each article's main event, one row per article, in input order. */
export async function runEvents(io: Io, paths: string[], o: CommonOptions): Promise<number> {
  checkOptions(o);
  const format: FormatName = o.json ? 'json' : o.format;
  const { list, items } = shardItems(io, paths, o);
  const rows: EventRow[] = [];
  // --who, --where, --entity, --since, --until read the event (its action as its text); an
  // article without an event has nothing they could match
  const filters = filtersOf(o);
  let articles = 0;
  const jobs = o.jobs ?? Math.max(1, Math.min(availableParallelism(), items.length));
  const summary = await extractStream(items, { date: o.date ?? null, jobs, ...workerHeap(io), maxBytes: o.maxBytes, stdin: io.stdin }, (chunk) => {
    report(io, chunk.diagnostics, o.quiet);
    const match: ((c: Filterable) => boolean) | null = filtersClaims(filters) ? claimMatcher(chunk.result.entities, filters) : null;
    const docs = match ? chunk.result.documents.filter((d) => d.event && match({ ...d.event, text: d.event.what })) : chunk.result.documents;
    pushAll(rows, eventRows({ ...chunk.result, documents: docs }));
    articles += chunk.result.documents.length;
  });
  writeOutput(io, o, formatEvents(format, rows, formatContext(io, o)));
  if (format === 'table' && io.stderrIsTTY && !o.quiet) io.stderr(tableFooter(rows.filter((r) => r.what !== null).length, 'event', articles));
  return summary.failed + list.diagnostics.filter((d) => d.level === 'error').length > 0 ? 2 : 0;
}

/** Adds `claims events` to the program. */
export function registerEvents(program: Command, io: Io, setExit: (code: number) => void): void {
  const evc = program
    .command('events')
    .description("print each article's main event, one row per article: who did what, where, when, according to whom")
    .argument('[paths...]', 'article files or directories; "-" for stdin');
  addScale(addFilters(addCommon(evc), { top: false, what: 'events' }))
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
