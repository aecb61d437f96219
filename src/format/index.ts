/** The output formats by name. */
import { csv } from './csv.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import { markdown } from './markdown.js';
import { table } from './table.js';
import type { Formatter } from './types.js';

export const FORMATS = { table, json, jsonl, csv, markdown } as const satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
export type { FormatContext, Formatter } from './types.js';
