/** `--format json`: the whole result as one object (schemaVersion 1), two-space indented. */
import type { Formatter } from './types.js';

export const json: Formatter = {
  claims: (result) => `${JSON.stringify(result, null, 2)}\n`,
  entities: (result) => `${JSON.stringify({ schemaVersion: result.schemaVersion, entities: result.entities }, null, 2)}\n`,
  diff: (d) => `${JSON.stringify(d, null, 2)}\n`,
  compare: (r) => `${JSON.stringify(r, null, 2)}\n`,
};
