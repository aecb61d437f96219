/**
 * Saved outputs for `claims diff`: a `claims extract --format json` file, or a `--format jsonl`
 * file of claim lines, checked against the JSON Schema `claims schema` prints before it is
 * used, so that a hand-edited or foreign file is refused with the place of its first fault
 * (`claims[3].where: null, expected an array`) instead of failing deep inside the diff. Fields
 * the schema does not know are allowed (new output fields are additive). Pure: text in,
 * a result or a reason out.
 */
import { extractSchema } from '../schema.js';
import type { Claim, ExtractResult } from '../types.js';
import { SCHEMA_VERSION } from '../types.js';

interface Schema {
  type?: string | readonly string[];
  const?: unknown;
  enum?: readonly unknown[];
  required?: readonly string[];
  properties?: Readonly<Record<string, Schema>>;
  items?: Schema;
  anyOf?: readonly Schema[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

const describe = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
};

const typeOk = (v: unknown, t: string): boolean => {
  switch (t) {
    case 'object':
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'null':
      return v === null;
    default:
      return typeof v === t;
  }
};

/** The first place where `v` breaks `s`, as "where: what", or null. */
function check(v: unknown, s: Schema, at: string): string | null {
  if (s.anyOf) {
    const faults = s.anyOf.map((alt) => check(v, alt, at));
    if (faults.some((f) => f === null)) return null;
    // the alternative of the value's own type says the most ("who.text: ..." rather than "who: not null")
    return faults.find((f) => f !== null && !f.startsWith(`${at || 'top'}: `)) ?? faults[0]!;
  }
  const here = at || 'top';
  if (s.const !== undefined && v !== s.const) return `${here}: ${describe(v)}, expected ${JSON.stringify(s.const)}`;
  if (s.enum && !s.enum.includes(v)) return `${here}: ${describe(v)}, expected one of ${s.enum.join(', ')}`;
  if (s.type !== undefined) {
    const types = typeof s.type === 'string' ? [s.type] : s.type;
    if (!types.some((t) => typeOk(v, t))) return `${here}: ${describe(v)}, expected ${types.map((t) => (t === 'array' || t === 'object' || t === 'integer' ? `an ${t}` : t === 'null' ? 'null' : `a ${t}`)).join(' or ')}`;
  }
  if (typeof v === 'string' && s.pattern && !new RegExp(s.pattern).test(v)) return `${here}: ${describe(v)}, not of the form ${s.pattern}`;
  if (typeof v === 'number') {
    if (s.minimum !== undefined && v < s.minimum) return `${here}: ${v}, below ${s.minimum}`;
    if (s.maximum !== undefined && v > s.maximum) return `${here}: ${v}, above ${s.maximum}`;
  }
  if (Array.isArray(v) && s.items) {
    for (let i = 0; i < v.length; i++) {
      const f = check(v[i], s.items, `${at}[${i}]`);
      if (f) return f;
    }
  }
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    for (const k of s.required ?? []) if (!Object.hasOwn(o, k)) return `${here}: no "${k}"`;
    for (const [k, sub] of Object.entries(s.properties ?? {})) {
      if (!Object.hasOwn(o, k)) continue;
      const f = check(o[k], sub, at ? `${at}.${k}` : k);
      if (f) return f;
    }
  }
  return null;
}

const SCHEMA = extractSchema as unknown as Schema;
const CLAIM = SCHEMA.properties!['claims']!.items!;

export type Loaded = { kind: 'result'; result: ExtractResult } | { kind: 'invalid'; reason: string } | { kind: 'not-output' };

/** A saved `--format json` output: an object with `schemaVersion`. Anything else is not one (an article file). */
export function loadSavedJson(text: string): Loaded {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'not-output' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, 'schemaVersion')) return { kind: 'not-output' };
  const version = (value as { schemaVersion: unknown }).schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) return { kind: 'invalid', reason: `schemaVersion ${version} is not supported (expected 1)` };
  if (version !== SCHEMA_VERSION) return { kind: 'invalid', reason: `schemaVersion is ${describe(version)}, expected the number 1` };
  const fault = check(value, SCHEMA, '');
  if (fault) return { kind: 'invalid', reason: `not a valid claims output: ${fault}` };
  return { kind: 'result', result: value as ExtractResult };
}

/**
 * A saved `--format jsonl` output: claim lines (with their `path`). A file whose first line is
 * not a claim is not one (a JSONL of articles); one whose first line is a claim must be all claims.
 */
export function loadSavedJsonl(text: string): Loaded {
  const lines = text.split(/\r?\n/);
  const claims: Claim[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      if (claims.length === 0) return { kind: 'not-output' };
      return { kind: 'invalid', reason: `line ${i + 1}: invalid JSON in a claims output` };
    }
    const looksLikeClaim = v !== null && typeof v === 'object' && !Array.isArray(v) && ['id', 'doc', 'sentence', 'start', 'end', 'verb'].every((k) => Object.hasOwn(v as object, k));
    if (claims.length === 0 && !looksLikeClaim) return { kind: 'not-output' };
    const fault = check(v, CLAIM, '');
    if (fault) return { kind: 'invalid', reason: `line ${i + 1}: not a valid claim: ${fault}` };
    // the document's fields that each line carries (path, published, outlet) are not the claim's
    const { path: _path, published: _published, outlet: _outlet, ...claim } = v as Claim & { path?: unknown; published?: unknown; outlet?: unknown };
    claims.push(claim);
  }
  if (claims.length === 0) return { kind: 'not-output' };
  return { kind: 'result', result: { schemaVersion: SCHEMA_VERSION, documents: [], claims, entities: [] } };
}
