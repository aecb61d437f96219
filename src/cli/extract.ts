/** `claims extract`: every claim in the articles, streamed over windows in worker threads. */
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { filterClaims } from '../filter.js';
import { FORMATS, type FormatName } from '../format/index.js';
import { jsonPieces } from '../format/json.js';
import { tableFooter } from '../format/table.js';
import { extractStream } from '../stream/run.js';
import type { ExtractResult } from '../types.js';
import { addCommon, addFilters, addScale, checkOptions, filtersOf, formatContext, nothingRead, progressBar, report, rulesOffEnv, shardItems, UsageError, workerHeap, type CommonOptions, type Io } from './common.js';
import { Sink, Spool } from './output.js';
import { unknownKinds } from '../claims/kinds.js';
import { CLAIM_KINDS, type ClaimKind } from '../types.js';

/** `--kinds clause,apposition,participle` (or `all`): checked here, a bad name is a usage error naming it. */
export function kindsOption(v: string): ClaimKind[] {
  const names = v.split(',').map((x) => x.trim()).filter(Boolean);
  const bad = unknownKinds(names);
  if (bad.length || names.length === 0) throw new UsageError(`--kinds takes a comma-separated list of ${CLAIM_KINDS.join(', ')} (or all), got ${JSON.stringify(bad.length ? bad.join(',') : v)}`);
  return names.includes('all') ? [...CLAIM_KINDS] : CLAIM_KINDS.filter((k) => names.includes(k));
}

const EXAMPLES_EXTRACT = `
Examples:
  $ claims extract articles/                      table of every claim
  $ claims extract articles/ --format json | jq '.claims[] | {who: .who.text, verb, when}'
  $ claims extract story.txt --top 1              the main event of an article
  $ claims extract articles/ --entity Reuters --format csv -o reuters.csv
  $ cat article.txt | claims extract --date 2025-03-03
  $ claims extract story.txt --kinds all          also appositions and participle phrases
`;

export async function runExtract(io: Io, paths: string[], o: CommonOptions & { kinds?: ClaimKind[] }, what: 'claims' | 'entities'): Promise<number> {
  checkOptions(o);
  const format: FormatName = o.json ? 'json' : o.format;
  const { list, items } = shardItems(io, paths, o);
  const filters = filtersOf(o);
  const ctx = formatContext(io, o);
  const formatter = FORMATS[format];
  const sink = new Sink(io, o.output);
  const jobs = o.jobs ?? Math.max(1, Math.min(availableParallelism(), items.length));
  const showProgress = Boolean(io.stderrIsTTY) && !o.quiet && items.length > 1;
  // JSON is one object: documents first, then claims, then entities. Claims wait in a spool
  // file (not in memory) until the documents are all known.
  let spool: Spool | null = null;
  const documents: ExtractResult['documents'] = [];
  let claimsWritten = 0;
  // for the table's footer on stderr
  let claimsShown = 0;
  let documentsRead = 0;
  let first = true;
  try {
    if (format === 'json' && what === 'claims') spool = new Spool();
    const summary = await extractStream(
      items,
      {
        date: o.date ?? null,
        jobs,
        ...workerHeap(io),
        ...rulesOffEnv(io),
        ...(o.kinds ? { kinds: o.kinds } : {}),
        maxBytes: o.maxBytes,
        stdin: io.stdin,
        ...(showProgress ? { onProgress: progressBar(io, performance.now()) } : {}),
      },
      (chunk) => {
        report(io, chunk.diagnostics, o.quiet);
        if (what !== 'claims') return;
        const r = filterClaims(chunk.result, filters);
        claimsShown += r.claims.length;
        documentsRead += r.documents.length;
        if (spool !== null) {
          for (const d of r.documents) documents.push(d);
          for (const c of r.claims) spool.write(jsonPieces.claim(c, claimsWritten++));
          return;
        }
        if (!r.documents.length && !r.claims.length) return;
        let text = formatter.claims(r, ctx);
        // CSV: one header row for the whole run
        if (format === 'csv' && !first) text = text.slice(text.indexOf('\r\n') + 2);
        first = false;
        sink.write(text);
      },
    );
    const failed = summary.failed + list.diagnostics.filter((d) => d.level === 'error').length;
    if (nothingRead(io, o, failed, summary.documents)) {
      sink.abort();
      return 2;
    }
    if (what === 'entities') {
      sink.write(formatter.entities({ schemaVersion: 1, documents: [], claims: [], entities: summary.entities }, ctx));
    } else if (spool !== null) {
      sink.write(jsonPieces.head(documents));
      spool.replay((text) => sink.write(text));
      sink.write(jsonPieces.tail(summary.entities, claimsWritten));
    } else if (first) {
      // nothing at all: what the format prints for an empty result (CSV: its header row)
      sink.write(formatter.claims({ schemaVersion: 1, documents: [], claims: [], entities: [] }, ctx));
    }
    sink.commit();
    // the count is not data: on stderr, so that `claims extract … | less` shows only the table;
    // like the progress bar, only for a person (stderr a terminal, no -q)
    if (format === 'table' && io.stderrIsTTY && !o.quiet) io.stderr(what === 'entities' ? tableFooter(summary.entities.length, 'entity') : tableFooter(claimsShown, 'claim', documentsRead));
    return failed > 0 ? 2 : 0;
  } catch (e) {
    sink.abort();
    throw e;
  } finally {
    spool?.close();
  }
}

/** Adds `claims extract` to the program. */
export function registerExtract(program: Command, io: Io, setExit: (code: number) => void): void {
  const ex = program
    .command('extract')
    .description('print every claim in the articles (files, directories, or stdin)')
    .argument('[paths...]', 'article files or directories (.txt .md .json .jsonl); "-" for stdin');
  addScale(addFilters(addCommon(ex)))
    .option('--kinds <list>', `kinds of claim to make, comma-separated: ${CLAIM_KINDS.join(', ')}, or all (default: clause, finite-verb clauses only; apposition: "Ana Ruiz, the mayor," → Ana Ruiz / be / the mayor; participle: ", chanting slogans", "based in Austin", "to disperse the crowd")`, kindsOption)
    .addHelpText('after', EXAMPLES_EXTRACT)
    .action(async (paths: string[], o: CommonOptions & { kinds?: ClaimKind[] }) => setExit(await runExtract(io, paths, o, 'claims')));
}
