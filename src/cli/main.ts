/**
 * The command-line shell around the library: parse options, read inputs, run extract, format,
 * write. Data goes to stdout (or -o), messages to stderr as "claims: PATH: reason".
 * Exit codes: 0 success, 2 usage or input errors (1 is reserved for "differences found").
 */
import { Command, CommanderError, Option } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { diffCount, diffResults } from '../compare/diff.js';
import { loadSavedJson, loadSavedJsonl } from '../compare/saved.js';
import { compareResult } from '../compare/compare.js';
import { pushAll } from '../util/arrays.js';
import { filterClaims, type FilterOptions } from '../filter.js';
import { FORMATS, FORMAT_NAMES, type FormatContext, type FormatName } from '../format/index.js';
import { jsonPieces } from '../format/json.js';
import { DEFAULT_MAX_BYTES, listInputs, readPaths, realOrResolved, STDIN_FORMATS, type InputItem, type ListOptions, type StdinFormat } from '../read/index.js';
import { extractStream, type Progress } from '../stream/run.js';
import { WORKER_LIMITS } from '../stream/pool.js';
import { extractSchema } from '../schema.js';
import { renderReport } from '../report/html.js';
import { eventRows, formatEvents, type EventRow } from '../format/events.js';
import type { Diagnostic, ExtractResult } from '../types.js';
import { isoDate } from '../util/isodate.js';
import { OutputError, outputTarget, Sink, Spool } from './output.js';
import { WINDOW } from '../window.js';
import { oneLine, rawStderr, safeIo } from './safe.js';

/** The whole pipeline in this thread, loaded only by the commands that need it (`extract` tags in workers). */
const extractLib = (): Promise<typeof import('../extract.js')> => import('../extract.js');

export class UsageError extends Error {}

/** Options every command takes, plus the output filters of `extract`. */
interface CommonOptions extends FilterOptions {
  format: FormatName;
  json?: boolean;
  output?: string;
  date?: string;
  color: boolean;
  quiet?: boolean;
  csvSafe: boolean;
  maxBytes: number;
  stdinFormat: StdinFormat;
  jobs?: number;
  shard?: { index: number; count: number };
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** All of standard input; reading may stop once more than `limit` bytes have come. */
  stdin: (limit?: number) => Uint8Array;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** stdout was closed (`>&-`): output there would be lost, so it is an error. */
  stdoutClosed?: boolean;
  /** stderr is a terminal: progress may be shown there. */
  stderrIsTTY?: boolean;
  columns: number | undefined;
  env: NodeJS.ProcessEnv;
}

const EXAMPLES_EXTRACT = `
Examples:
  $ claims extract articles/                      table of every claim
  $ claims extract articles/ --format json | jq '.claims[] | {who: .who.text, verb, when}'
  $ claims extract story.txt --top 1              the main event of an article
  $ claims extract articles/ --entity Reuters --format csv -o reuters.csv
  $ cat article.txt | claims extract --date 2025-03-03
`;

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--top takes a whole number ≥ 1, got ${JSON.stringify(v)}`);
  return n;
}

function bytesOption(v: string): number {
  const m = /^(\d+)([kmg]?)b?$/i.exec(v.trim());
  if (!m) throw new UsageError(`--max-bytes takes a size such as 5000000, 500k or 50m, got ${JSON.stringify(v)}`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * mult;
}

function addCommon(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('table'))
    .option('--json', 'same as --format json')
    .option('-o, --output <file>', 'write the output to FILE (replaced only when the run completes)')
    .option('--date <YYYY-MM-DD>', 'published date for every article, to resolve "yesterday", "Sunday"...')
    .option('--no-color', 'no colour in the table (also NO_COLOR=1)')
    .option('-q, --quiet', 'no warnings on stderr (errors are still shown)')
    .option('--no-csv-safe', 'CSV: do not prefix cells starting with = + - @ with a quote')
    .option('--max-bytes <n>', 'skip (and report) input files larger than N bytes', bytesOption, DEFAULT_MAX_BYTES)
    .addOption(new Option('--stdin-format <format>', 'how to read stdin: auto (JSON or JSON lines only when it parses as such, else text)').choices(STDIN_FORMATS).default('auto'));
}

function jobsOption(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs takes a whole number from 1 to 256, got ${JSON.stringify(v)}`);
  return n;
}

function shardOption(v: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(v.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes I/N with 1 ≤ I ≤ N (e.g. 2/8), got ${JSON.stringify(v)}`);
  return { index, count };
}

/** Options of the commands that stream over many articles. */
function addScale(cmd: Command): Command {
  return cmd
    .option('-j, --jobs <n>', 'threads to use: the main thread plus N-1 workers analysing articles (default: the number of CPU cores)', jobsOption)
    .option('--shard <i/n>', 'process only the i-th of n equal slices of the sorted file list (run one per machine; JSONL outputs concatenate)', shardOption);
}

function addFilters(cmd: Command): Command {
  return cmd
    .option('--top <n>', "keep each article's N most salient claims", positiveInt)
    .option('--who <text>', 'claims whose subject (text or entity) contains TEXT')
    .option('--where <text>', 'claims with a place containing TEXT')
    .option('--entity <name>', 'claims involving the entity (as subject, place or source)')
    .option('--since <date>', 'claims dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'claims dated on or before DATE');
}

/** Colour only on a terminal, without NO_COLOR / --no-color / -o; tables as wide as the terminal. */
function formatContext(io: Io, o: CommonOptions): FormatContext {
  return {
    color: o.color && !o.output && io.stdoutIsTTY && !('NO_COLOR' in io.env && io.env['NO_COLOR'] !== '') && io.env['TERM'] !== 'dumb',
    width: io.columns ?? (Number(io.env['COLUMNS']) || 120),
    csvSafe: o.csvSafe,
  };
}

function report(io: Io, diags: Diagnostic[], quiet: boolean | undefined): void {
  for (const d of diags) {
    if (quiet && d.level === 'warning') continue;
    io.stderr(`claims: ${oneLine(d.path)}: ${oneLine(d.message)}\n`);
  }
}

/** Validate the options that commander cannot; throws UsageError. */
function checkOptions(o: CommonOptions): void {
  if (o.date !== undefined && !isoDate(o.date)) throw new UsageError(`--date must be a date as YYYY-MM-DD from 0001-01-01 to 9999-12-31, got ${JSON.stringify(o.date)}`);
  for (const k of ['since', 'until'] as const) {
    const v = o[k];
    if (v !== undefined && !PARTIAL_DATE.test(v)) throw new UsageError(`--${k} must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(v)}`);
  }
  if (o.output) {
    const dir = dirname(resolve(o.output));
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`-o ${o.output}: directory ${dir} does not exist`);
    outputTarget(o.output);
  }
}

/** How the read stage lists inputs for these options. */
const listOptions = (o: CommonOptions): ListOptions => ({ stdinFormat: o.stdinFormat, ...(o.output ? { output: o.output } : {}) });

/** `-o` naming one of the input files is refused before any work: the run would read what it replaces. */
function checkOutputNotInput(o: CommonOptions, paths: string[]): void {
  if (!o.output) return;
  const out = realOrResolved(o.output);
  for (const p of paths) {
    if (p === '-' || !existsSync(p) || statSync(p).isDirectory()) continue;
    if (realOrResolved(p) === out) throw new UsageError(`-o ${o.output} is also an input; write the output to another file`);
  }
}

/**
 * Every input failed and nothing was read: the empty result must not replace the previous
 * -o file (on stdout it is printed as usual). Says so on stderr.
 */
function nothingRead(io: Io, o: CommonOptions, failed: number, documents: number): boolean {
  if (!o.output || failed === 0 || documents > 0) return false;
  io.stderr(`claims: ${o.output}: not written: no input could be read\n`);
  return true;
}

/** Write a whole output at once (stdout, or -o replaced only on success). */
function writeOutput(io: Io, o: CommonOptions, text: string): void {
  const sink = new Sink(io, o.output);
  try {
    sink.write(text);
    sink.commit();
  } catch (e) {
    sink.abort();
    throw e;
  }
}

/** A one-line progress bar on stderr: files done, MB/s, ETA. */
function progressBar(io: Io, started: number): (p: Progress) => void {
  let lastDraw = 0;
  const write = rawStderr(io);
  return (p) => {
    const now = performance.now();
    if (now - lastDraw < 100 && p.files < p.totalFiles) return;
    lastDraw = now;
    const secs = (now - started) / 1000;
    const rate = secs > 0 ? p.bytes / 1e6 / secs : 0;
    const left = p.bytes > 0 ? ((p.totalBytes - p.bytes) / p.bytes) * secs : NaN;
    const width = 24;
    const fill = p.totalFiles ? Math.round((p.files / p.totalFiles) * width) : width;
    const eta = Number.isFinite(left) ? `ETA ${Math.max(0, Math.round(left))}s` : '';
    write(`\r[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${p.files}/${p.totalFiles} files  ${rate.toFixed(2)} MB/s  ${eta}\u001b[K`);
    if (p.files >= p.totalFiles) write('\r\u001b[K');
  };
}

/** `CLAIMS_WORKER_HEAP_MB`: each worker's old-generation cap, for machines short of memory. */
function workerHeap(io: Io): { workerLimits?: typeof WORKER_LIMITS } {
  const mb = Number(io.env['CLAIMS_WORKER_HEAP_MB']);
  return Number.isInteger(mb) && mb > 0 ? { workerLimits: { ...WORKER_LIMITS, maxOldGenerationSizeMb: mb } } : {};
}

/** The paths given, else standard input when it is not a terminal; no input at all is a usage error. */
function inputsOf(io: Io, paths: string[]): string[] {
  if (paths.length) return paths;
  if (io.stdinIsTTY) throw new UsageError('no input: give files or directories, or pipe an article on stdin');
  return ['-'];
}

/** The inputs listed (warnings reported), and this run's slice of them under --shard. */
function shardItems(io: Io, paths: string[], o: CommonOptions): { list: ReturnType<typeof listInputs>; items: InputItem[] } {
  const inputs = inputsOf(io, paths);
  checkOutputNotInput(o, inputs);
  const list = listInputs(inputs, listOptions(o));
  report(io, list.diagnostics, o.quiet);
  let items: InputItem[] = list.items;
  if (o.shard) {
    const { index, count } = o.shard;
    // slices end on a window boundary, so that each shard refines the same windows as one run
    const edge = (i: number): number => (i >= count ? items.length : Math.min(items.length, Math.round((i * items.length) / count / WINDOW) * WINDOW));
    items = items.slice(edge(index - 1), edge(index));
  }
  return { list, items };
}

async function runExtract(io: Io, paths: string[], o: CommonOptions, what: 'claims' | 'entities'): Promise<number> {
  checkOptions(o);
  const format: FormatName = o.json ? 'json' : o.format;
  const { list, items } = shardItems(io, paths, o);
  const filters: FilterOptions = {};
  for (const k of ['top', 'who', 'where', 'entity', 'since', 'until'] as const) {
    const v = o[k];
    if (v !== undefined) (filters as Record<string, unknown>)[k] = v;
  }
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
  let first = true;
  try {
    if (format === 'json' && what === 'claims') spool = new Spool();
    const summary = await extractStream(
      items,
      {
        date: o.date ?? null,
        jobs,
        ...workerHeap(io),
        maxBytes: o.maxBytes,
        stdin: io.stdin,
        ...(showProgress ? { onProgress: progressBar(io, performance.now()) } : {}),
      },
      (chunk) => {
        report(io, chunk.diagnostics, o.quiet);
        if (what !== 'claims') return;
        const r = filterClaims(chunk.result, filters);
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
    return failed > 0 ? 2 : 0;
  } catch (e) {
    sink.abort();
    throw e;
  } finally {
    spool?.close();
  }
}

/** `claims events`: each article's main event, one row per article, in input order. */
async function runEvents(io: Io, paths: string[], o: CommonOptions): Promise<number> {
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

async function runReport(io: Io, paths: string[], o: CommonOptions): Promise<number> {
  checkOptions(o);
  const inputs = inputsOf(io, paths);
  if (!o.output && io.stdoutIsTTY) throw new UsageError('report writes HTML: give -o report.html (or redirect stdout)');
  checkOutputNotInput(o, inputs);
  const read = readPaths(inputs, io.stdin, o.maxBytes, listOptions(o));
  report(io, read.diagnostics, o.quiet);
  const detailed = (await extractLib()).extractDetailed(read.docs, { date: o.date ?? null });
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
  const html = renderReport({ result: detailed.result, compare: compareResult(detailed.result), texts, bodyStart, title: `claims report: ${n} article${n === 1 ? '' : 's'}` });
  writeOutput(io, o, html);
  if (o.output && !o.quiet) io.stderr(`claims report: wrote ${o.output} (${detailed.result.claims.length} claims, ${n} articles)\n`);
  return read.failed > 0 ? 2 : 0;
}

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
  const detailed = (await extractLib()).extractDetailed(read.docs, { date: o.date ?? null });
  return { result: detailed.result, failed: read.failed };
}

async function runCompare(io: Io, paths: string[], o: CommonOptions & { minSources?: number }): Promise<number> {
  checkOptions(o);
  const format: FormatName = o.json ? 'json' : o.format;
  const inputs = inputsOf(io, paths);
  checkOutputNotInput(o, inputs);
  const read = readPaths(inputs, io.stdin, o.maxBytes, listOptions(o));
  report(io, read.diagnostics, o.quiet);
  const detailed = (await extractLib()).extractDetailed(read.docs, { date: o.date ?? null });
  report(io, detailed.diagnostics, o.quiet);
  const r = compareResult(detailed.result);
  if (o.minSources) r.groups = r.groups.filter((g) => g.sources >= o.minSources!);
  const ctx = formatContext(io, o);
  if (nothingRead(io, o, read.failed, read.docs.length)) return 2;
  writeOutput(io, o, FORMATS[format].compare(r, ctx));
  return read.failed > 0 ? 2 : 0;
}

async function runDiff(io: Io, a: string, b: string, o: CommonOptions): Promise<number> {
  checkOptions(o);
  checkOutputNotInput(o, [a, b]);
  const format: FormatName = o.json ? 'json' : o.format;
  const left = await loadSide(io, a, o);
  const right = await loadSide(io, b, o);
  // a saved output that is not valid: no diff against nothing (it would list every claim as added)
  if (left.invalid || right.invalid) return 2;
  const d = diffResults(left.result, right.result);
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

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('claims')
    .description('Turn news articles into structured, checkable claims: who did or said what, where, when, and according to whom.')
    .version(readVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `claims: ${s.slice(7)}` : s),
    })
    .exitOverride();

  const ex = program
    .command('extract')
    .description('print every claim in the articles (files, directories, or stdin)')
    .argument('[paths...]', 'article files or directories (.txt .md .json .jsonl); "-" for stdin');
  addScale(addFilters(addCommon(ex)))
    .addHelpText('after', EXAMPLES_EXTRACT)
    .action(async (paths: string[], o: CommonOptions) => setExit(await runExtract(io, paths, o, 'claims')));

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

  const en = program
    .command('entities')
    .description('print the canonical entities (name, type, aliases, mentions, articles)')
    .argument('[paths...]', 'article files or directories; "-" for stdin');
  addScale(addCommon(en))
    .addHelpText('after', `\nExamples:\n  $ claims entities articles/\n  $ claims entities articles/ --format csv -o entities.csv\n`)
    .action(async (paths: string[], o: CommonOptions) => setExit(await runExtract(io, paths, o, 'entities')));

  const cm = program
    .command('compare')
    .description('claims several articles make, claims only one makes, and where they contradict each other')
    .argument('[paths...]', 'article files or directories; "-" for stdin')
    .option('--min-sources <n>', 'only claims made by at least N independent articles', positiveInt);
  addCommon(cm)
    .addHelpText('after', `\nExamples:\n  $ claims compare coverage/\n  $ claims compare coverage/ --min-sources 2 --format json | jq '.conflicts'\n`)
    .action(async (paths: string[], o: CommonOptions & { minSources?: number }) => setExit(await runCompare(io, paths, o)));

  const df = program
    .command('diff')
    .description('what changed between two sets of claims: removed, added, changed (exit 1 when they differ)')
    .argument('<a>', 'the before side: an article file or directory, or a saved `claims extract --format json` output')
    .argument('<b>', 'the after side, likewise');
  addCommon(df)
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

  const rp = program
    .command('report')
    .description('write one self-contained HTML page to read a story across outlets (matrix, conflicts, timeline, article view, entities)')
    .argument('[paths...]', 'article files or directories; "-" for stdin');
  addCommon(rp)
    .addHelpText('after', `\nExamples:\n  $ claims report coverage/ -o report.html\n  $ claims report a.txt b.txt c.json -o story.html --date 2024-12-08\n\nThe page works offline: data, script and style are inline.\n`)
    .action(async (paths: string[], o: CommonOptions) => setExit(await runReport(io, paths, o)));

  program
    .command('schema')
    .description('print the JSON Schema of `claims extract --format json`')
    .action(() => {
      io.stdout(`${JSON.stringify(extractSchema, null, 2)}\n`);
      setExit(0);
    });
  program.addHelpText(
    'after',
    `
Examples:
  $ claims extract articles/
  $ claims extract articles/ --format json | jq '.claims[0]'
  $ claims entities articles/
  $ claims schema > claims.schema.json

Exit status: 0 success, 2 usage or input errors.`,
  );
  return program;
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Run the CLI with argv (without node and script); returns the exit code. */
export async function run(argv: string[], userIo: Io): Promise<number> {
  // no message may carry a file name's or an article's control characters to the terminal
  const io = safeIo(userIo);
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      if (e.code === 'commander.executeSubCommandAsync') return 0;
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError || e instanceof OutputError) {
      io.stderr(`claims: ${e.message}\n`);
      return 2;
    }
    // printed by bin/claims.js as an internal error: it may quote a path
    if (e instanceof Error) e.message = oneLine(e.message);
    throw e;
  }
  return code;
}
