/** The interface every output format implements (one module per format, like ESLint's formatters). */
import type { ExtractResult } from '../types.js';
import type { DiffResult } from '../compare/diff.js';
import type { CompareResult } from '../compare/compare.js';

export interface FormatContext {
  /** Colour (ANSI) allowed: a TTY without NO_COLOR / --no-color. */
  color: boolean;
  /** Terminal width in columns, for tables. */
  width: number;
  /** CSV: prefix cells a spreadsheet would run as formulas with a quote (default true). */
  csvSafe?: boolean;
}

export interface Formatter {
  /** The claims of a result (documents and entities included where the format has room). */
  claims(result: ExtractResult, ctx: FormatContext): string;
  /** The canonical entities of a result. */
  entities(result: ExtractResult, ctx: FormatContext): string;
  /** What changed between two sets of claims (`claims diff`). */
  diff(diff: DiffResult, ctx: FormatContext): string;
  /** Claims grouped across articles, conflicts and copies (`claims compare`). */
  compare(result: CompareResult, ctx: FormatContext): string;
}
