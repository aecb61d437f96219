/**
 * The command-line shell around the library: parse options, read inputs, run extract, format,
 * write. Data goes to stdout (or -o), messages to stderr as "claims: PATH: reason".
 * Exit codes: 0 success, 2 usage or input errors (1 is reserved for "differences found").
 */
import { Command, CommanderError, Option } from 'commander';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { extractDetailed } from '../extract.js';
import { diffCount, diffResults } from '../compare/diff.js';
import { compareResult } from '../compare/compare.js';
import { filterClaims, type FilterOptions } from '../filter.js';
import { FORMATS, FORMAT_NAMES, type FormatContext, type FormatName } from '../format/index.js';
import { DEFAULT_MAX_BYTES, readPaths } from '../read/index.js';
import { extractSchema } from '../schema.js';
import type { Diagnostic, ExtractResult } from '../types.js';
import { isoDate } from '../util/isodate.js';

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
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Uint8Array;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
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
    .option('--max-bytes <n>', 'skip (and report) input files larger than N bytes', bytesOption, DEFAULT_MAX_BYTES);
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
    io.stderr(`claims: ${d.path}: ${d.message}\n`);
  }
}

/** Validate the options that commander cannot; throws UsageError. */
function checkOptions(o: CommonOptions): void {
  if (o.date !== undefined && !isoDate(o.date)) throw new UsageError(`--date must be a date as YYYY-MM-DD, got ${JSON.stringify(o.date)}`);
  for (const k of ['since', 'until'] as const) {
    const v = o[k];
    if (v !== undefined && !PARTIAL_DATE.test(v)) throw new UsageError(`--${k} must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(v)}`);
  }
  if (o.output) {
    const dir = dirname(resolve(o.output));
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`-o ${o.output}: directory ${dir} does not exist`);
  }
}

function writeOutput(io: Io, o: CommonOptions, text: string): void {
  if (!o.output) {
    io.stdout(text);
    return;
  }
  const tmp = `${o.output}.claims-${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, o.output);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new UsageError(`-o ${o.output}: ${(e as Error).message}`);
  }
}

function runExtract(io: Io, paths: string[], o: CommonOptions, what: 'claims' | 'entities'): number {
  checkOptions(o);
  const format: FormatName = o.json ? 'json' : o.format;
  let inputs = paths;
  if (inputs.length === 0) {
    if (io.stdinIsTTY) throw new UsageError('no input: give files or directories, or pipe an article on stdin');
    inputs = ['-'];
  }
  const read = readPaths(inputs, io.stdin, o.maxBytes);
  report(io, read.diagnostics, o.quiet);
  const detailed = extractDetailed(read.docs, { date: o.date ?? null });
  report(io, detailed.diagnostics, o.quiet);
  let result: ExtractResult = detailed.result;
  const filters: FilterOptions = {};
  for (const k of ['top', 'who', 'where', 'entity', 'since', 'until'] as const) {
    const v = o[k];
    if (v !== undefined) (filters as Record<string, unknown>)[k] = v;
  }
  result = filterClaims(result, filters);
  const ctx = formatContext(io, o);
  const formatter = FORMATS[format];
  writeOutput(io, o, what === 'claims' ? formatter.claims(result, ctx) : formatter.entities(result, ctx));
  return read.failed > 0 ? 2 : 0;
}

/** One side of a diff: a saved JSON output, or articles to extract. */
function loadSide(io: Io, path: string, o: CommonOptions): { result: ExtractResult; failed: number } {
  if (/\.json$/i.test(path) && existsSync(path) && statSync(path).isFile()) {
    try {
      const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<ExtractResult>;
      if (value && value.schemaVersion === 1 && Array.isArray(value.claims) && Array.isArray(value.documents)) {
        return { result: { schemaVersion: 1, documents: value.documents, claims: value.claims, entities: value.entities ?? [] }, failed: 0 };
      }
      if (value && typeof value.schemaVersion === 'number' && value.schemaVersion !== 1) {
        io.stderr(`claims: ${path}: schemaVersion ${value.schemaVersion} is not supported (expected 1)\n`);
        return { result: { schemaVersion: 1, documents: [], claims: [], entities: [] }, failed: 1 };
      }
    } catch {
      // not a saved output: read it as an article file below
    }
  }
  const read = readPaths([path], io.stdin, o.maxBytes);
  // a diff speaks only of differences: reading warnings are left to `claims extract`
  report(io, read.diagnostics.filter((x) => x.level === 'error'), o.quiet);
  const detailed = extractDetailed(read.docs, { date: o.date ?? null });
  return { result: detailed.result, failed: read.failed };
}

function runCompare(io: Io, paths: string[], o: CommonOptions & { minSources?: number }): number {
  checkOptions(o);
  const format: FormatName = o.json ? 'json' : o.format;
  const inputs = paths.length ? paths : io.stdinIsTTY ? [] : ['-'];
  if (!inputs.length) throw new UsageError('no input: give files or directories, or pipe an article on stdin');
  const read = readPaths(inputs, io.stdin, o.maxBytes);
  report(io, read.diagnostics, o.quiet);
  const detailed = extractDetailed(read.docs, { date: o.date ?? null });
  report(io, detailed.diagnostics, o.quiet);
  const r = compareResult(detailed.result);
  if (o.minSources) r.groups = r.groups.filter((g) => g.sources >= o.minSources!);
  const ctx = formatContext(io, o);
  writeOutput(io, o, FORMATS[format].compare(r, ctx));
  return read.failed > 0 ? 2 : 0;
}

function runDiff(io: Io, a: string, b: string, o: CommonOptions): number {
  checkOptions(o);
  const format: FormatName = o.json ? 'json' : o.format;
  const left = loadSide(io, a, o);
  const right = loadSide(io, b, o);
  const d = diffResults(left.result, right.result);
  const ctx = formatContext(io, o);
  const n = diffCount(d);
  // "no differences" prints nothing on stdout in the table format, the empty structure otherwise
  const text = FORMATS[format].diff(d, ctx);
  if (text) writeOutput(io, o, text);
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
  addFilters(addCommon(ex))
    .addHelpText('after', EXAMPLES_EXTRACT)
    .action((paths: string[], o: CommonOptions) => setExit(runExtract(io, paths, o, 'claims')));

  const en = program
    .command('entities')
    .description('print the canonical entities (name, type, aliases, mentions, articles)')
    .argument('[paths...]', 'article files or directories; "-" for stdin');
  addCommon(en)
    .addHelpText('after', `\nExamples:\n  $ claims entities articles/\n  $ claims entities articles/ --format csv -o entities.csv\n`)
    .action((paths: string[], o: CommonOptions) => setExit(runExtract(io, paths, o, 'entities')));

  const cm = program
    .command('compare')
    .description('claims several articles make, claims only one makes, and where they contradict each other')
    .argument('[paths...]', 'article files or directories; "-" for stdin')
    .option('--min-sources <n>', 'only claims made by at least N independent articles', positiveInt);
  addCommon(cm)
    .addHelpText('after', `\nExamples:\n  $ claims compare coverage/\n  $ claims compare coverage/ --min-sources 2 --format json | jq '.conflicts'\n`)
    .action((paths: string[], o: CommonOptions & { minSources?: number }) => setExit(runCompare(io, paths, o)));

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
    .action((a: string, b: string, o: CommonOptions) => setExit(runDiff(io, a, b, o)));

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
export function run(argv: string[], io: Io): number {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      if (e.code === 'commander.executeSubCommandAsync') return 0;
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`claims: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  return code;
}
