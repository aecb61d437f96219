/** `--format json`: the whole result as one object (schemaVersion 1), two-space indented. */
import type { Claim, DocumentInfo, Entity } from '../types.js';
import type { Formatter } from './types.js';

export const json: Formatter = {
  claims: (result) => `${JSON.stringify(result, null, 2)}\n`,
  entities: (result) => `${JSON.stringify({ schemaVersion: result.schemaVersion, entities: result.entities }, null, 2)}\n`,
  diff: (d) => `${JSON.stringify(d, null, 2)}\n`,
  compare: (r) => `${JSON.stringify(r, null, 2)}\n`,
};

/**
 * The same bytes as `json.claims`, in pieces, for output written as it comes:
 * head(documents) + claim(c, 0) + claim(c, 1) + … + tail(entities, claimCount).
 */
const item = (value: unknown): string => `    ${JSON.stringify(value, null, 2).replace(/\n/g, '\n    ')}`;
const array = (values: unknown[]): string => (values.length ? `[\n${values.map(item).join(',\n')}\n  ]` : '[]');

export const jsonPieces = {
  head: (documents: DocumentInfo[]): string => `{\n  "schemaVersion": 1,\n  "documents": ${array(documents)},\n  "claims": [`,
  claim: (c: Claim, index: number): string => `${index ? ',' : ''}\n${item(c)}`,
  tail: (entities: Entity[], claimCount: number): string => `${claimCount ? '\n  ]' : ']'},\n  "entities": ${array(entities)}\n}\n`,
};
