/**
 * What every command of the shell shares: the Io it runs against, the common options and their
 * parsers, how a command reads its inputs, reports diagnostics and writes its output.
 */
import { Command, Option } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FilterOptions } from '../filter.js';
import { FORMAT_NAMES, type FormatContext, type FormatName } from '../format/index.js';
import { DEFAULT_MAX_BYTES, listInputs, realOrResolved, STDIN_FORMATS, type InputItem, type ListOptions, type StdinFormat } from '../read/index.js';
import type { Progress } from '../stream/run.js';
import { WORKER_LIMITS } from '../stream/pool.js';
import { unknownRules } from '../claims/rules.js';
import type { Diagnostic } from '../types.js';
import { isoDate } from '../util/isodate.js';
import { outputTarget, Sink } from './output.js';
import { WINDOW } from '../window.js';
import { oneLine, rawStderr } from './safe.js';

/** The whole pipeline in this thread, loaded only by the commands that need it (`extract` tags in workers). */
export const extractLib = (): Promise<typeof import('../extract.js')> => import('../extract.js');

export class UsageError extends Error {}

/** Options every command takes, plus the output filters of `extract`. */
export interface CommonOptions extends FilterOptions {
  format: FormatName;
  json?: boolean;
  output?: string;
  date?: string;
  /** `--color WHEN`, or false for `--no-color`; undefined: auto. */
  color?: ColorWhen | false;
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

export const COLOR_WHEN = ['always', 'never', 'auto'] as const;
export type ColorWhen = (typeof COLOR_WHEN)[number];

export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The parser of an option taking a whole number ≥ 1; its error names the option. */
export function positiveInt(option: string): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} takes a whole number ≥ 1, got ${JSON.stringify(v)}`);
    return n;
  };
}

export function bytesOption(v: string): number {
  const m = /^(\d+)([kmg]?)b?$/i.exec(v.trim());
  if (!m) throw new UsageError(`--max-bytes takes a size such as 5000000, 500k or 50m, got ${JSON.stringify(v)}`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * mult;
}

export const COLOR_HELP = 'colour in the table: always, never, or auto (the default: on a terminal, not with -o). Precedence: --color/--no-color, then NO_COLOR (set and not empty: none), then FORCE_COLOR (0 or false: none, else colour), then the terminal';

/**
 * The options every command that reads articles takes. `formats: false` (the report, which
 * writes only HTML) leaves out what only the text formats honour: --format, --json, --color,
 * --no-csv-safe.
 */
export function addCommon(cmd: Command, { formats = true }: { formats?: boolean } = {}): Command {
  if (formats) {
    cmd
      .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('table'))
      .option('--json', 'same as --format json');
  }
  cmd.option('-o, --output <file>', 'write the output to FILE (replaced only when the run completes)').option('--date <YYYY-MM-DD>', 'published date for every article, to resolve "yesterday", "Sunday"...');
  if (formats) cmd.addOption(new Option('--color <when>', COLOR_HELP).choices(COLOR_WHEN)).option('--no-color', 'same as --color=never');
  cmd.option('-q, --quiet', 'no warnings on stderr (errors are still shown)');
  if (formats) cmd.option('--no-csv-safe', 'CSV: do not prefix cells starting with = + - @ with a quote');
  return cmd
    .option('--max-bytes <n>', 'skip (and report) input files larger than N bytes', bytesOption, DEFAULT_MAX_BYTES)
    .addOption(new Option('--stdin-format <format>', 'how to read stdin: auto (JSON or JSON lines only when it parses as such, else text)').choices(STDIN_FORMATS).default('auto'));
}

export function jobsOption(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs takes a whole number from 1 to 256, got ${JSON.stringify(v)}`);
  return n;
}

export function shardOption(v: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(v.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes I/N with 1 ≤ I ≤ N (e.g. 2/8), got ${JSON.stringify(v)}`);
  return { index, count };
}

/** Options of the commands that stream over many articles. */
export function addScale(cmd: Command): Command {
  return cmd
    .option('-j, --jobs <n>', 'threads to use: the main thread plus N-1 workers analysing articles (default: the number of CPU cores)', jobsOption)
    .option('--shard <i/n>', 'process only the i-th of n equal slices of the sorted file list (run one per machine; JSONL outputs concatenate)', shardOption);
}

/**
 * The claim filters: whole words, case- and accent-insensitive ("Francois" finds "François"; a
 * query in capitals, "IS", matches only capitals). `top: false` leaves out --top (events: one
 * row per article already).
 */
export function addFilters(cmd: Command, { top = true, what = 'claims' }: { top?: boolean; what?: string } = {}): Command {
  if (top) cmd.option('--top <n>', "keep each article's N most salient claims", positiveInt('--top'));
  return cmd
    .option('--who <text>', `${what} whose subject (text or entity) has the words TEXT`)
    .option('--where <text>', `${what} with a place (text or entity) that has the words TEXT`)
    .option('--entity <name>', `${what} involving the entity named NAME (name or alias) as subject, place or source, or naming it`)
    .option('--since <date>', `${what} dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)`)
    .option('--until <date>', `${what} dated on or before DATE`);
}

/** The filters given on the command line. */
export function filtersOf(o: CommonOptions): FilterOptions {
  const filters: FilterOptions = {};
  for (const k of ['top', 'who', 'where', 'entity', 'since', 'until'] as const) {
    const v = o[k];
    if (v !== undefined) (filters as Record<string, unknown>)[k] = v;
  }
  return filters;
}

/**
 * Whether the table is coloured. --color always/never (--no-color is never) decide; else, in
 * that order: NO_COLOR set and not empty turns colour off, FORCE_COLOR turns it on (off when
 * 0 or false), and otherwise colour is used on a terminal (not TERM=dumb) without -o.
 */
export function colorWanted(io: Io, o: Pick<CommonOptions, 'color' | 'output'>): boolean {
  const when: ColorWhen = o.color === false ? 'never' : (o.color ?? 'auto');
  if (when !== 'auto') return when === 'always';
  const noColor = io.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return !/^(?:0|false)$/i.test(force.trim());
  return !o.output && io.stdoutIsTTY && io.env['TERM'] !== 'dumb';
}

/** Colour as `colorWanted` says; tables as wide as the terminal (else COLUMNS, else 120). */
export function formatContext(io: Io, o: CommonOptions): FormatContext {
  return {
    color: colorWanted(io, o),
    width: io.columns ?? (Number(io.env['COLUMNS']) || 120),
    csvSafe: o.csvSafe,
  };
}

export function report(io: Io, diags: Diagnostic[], quiet: boolean | undefined): void {
  for (const d of diags) {
    if (quiet && d.level === 'warning') continue;
    io.stderr(`claims: ${oneLine(d.path)}: ${oneLine(d.message)}\n`);
  }
}

/** Validate the options that commander cannot; throws UsageError. */
export function checkOptions(o: CommonOptions): void {
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
export const listOptions = (o: CommonOptions): ListOptions => ({ stdinFormat: o.stdinFormat, ...(o.output ? { output: o.output } : {}) });

/** `-o` naming one of the input files is refused before any work: the run would read what it replaces. */
export function checkOutputNotInput(o: CommonOptions, paths: string[]): void {
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
export function nothingRead(io: Io, o: CommonOptions, failed: number, documents: number): boolean {
  if (!o.output || failed === 0 || documents > 0) return false;
  io.stderr(`claims: ${o.output}: not written: no input could be read\n`);
  return true;
}

/** Write a whole output at once (stdout, or -o replaced only on success). */
export function writeOutput(io: Io, o: CommonOptions, text: string): void {
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
export function progressBar(io: Io, started: number): (p: Progress) => void {
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
export function workerHeap(io: Io): { workerLimits?: typeof WORKER_LIMITS } {
  const mb = Number(io.env['CLAIMS_WORKER_HEAP_MB']);
  return Number.isInteger(mb) && mb > 0 ? { workerLimits: { ...WORKER_LIMITS, maxOldGenerationSizeMb: mb } } : {};
}

/**
 * `CLAIMS_RULES_OFF=name,name` (a dev knob, for measuring rules): switch those rules of the
 * claim builder off in `claims extract`, `compare`, `diff` and `report` (so that a rule's effect on
 * the groups can be measured). The library takes `rulesOff` instead.
 */
export function rulesOffEnv(io: Io): { rulesOff?: string[] } {
  const names = (io.env['CLAIMS_RULES_OFF'] ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  if (!names.length) return {};
  const bad = unknownRules(names);
  if (bad.length) throw new UsageError(`CLAIMS_RULES_OFF: unknown rule${bad.length > 1 ? 's' : ''}: ${bad.join(', ')}`);
  return { rulesOff: names };
}

/** The paths given, else standard input when it is not a terminal; no input at all is a usage error. */
export function inputsOf(io: Io, paths: string[]): string[] {
  if (paths.length) return paths;
  if (io.stdinIsTTY) throw new UsageError('no input: give files or directories, or pipe an article on stdin');
  return ['-'];
}

/** The inputs listed (warnings reported), and this run's slice of them under --shard. */
export function shardItems(io: Io, paths: string[], o: CommonOptions): { list: ReturnType<typeof listInputs>; items: InputItem[] } {
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
