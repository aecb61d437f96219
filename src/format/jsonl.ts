/**
 * `--format jsonl`: one claim (or entity) per line, with its document's `path`, `published` and
 * `outlet` added (null when unknown), so that each line stands alone in a pipeline.
 */
import type { Formatter } from './types.js';

export const jsonl: Formatter = {
  claims(result) {
    const docOf = new Map(result.documents.map((d) => [d.id, d]));
    return result.claims
      .map((c) => {
        const { id, doc, ...rest } = c;
        const d = docOf.get(doc);
        return `${JSON.stringify({ id, doc, path: d?.path ?? null, published: d?.published ?? null, outlet: d?.outlet ?? null, ...rest })}\n`;
      })
      .join('');
  },
  entities: (result) => result.entities.map((e) => `${JSON.stringify(e)}\n`).join(''),
  diff: (d) =>
    [
      ...d.removed.map((c) => ({ change: 'removed', claim: c })),
      ...d.added.map((c) => ({ change: 'added', claim: c })),
      ...d.changed.map((c) => ({ change: 'changed', before: c.before, after: c.after, fields: c.fields })),
    ]
      .map((x) => `${JSON.stringify(x)}\n`)
      .join(''),
  compare: (r) =>
    [...r.groups.map((g) => ({ type: 'group', ...g })), ...r.conflicts.map((c) => ({ type: 'conflict', ...c })), ...r.copies.map((c) => ({ type: 'copies', ...c }))]
      .map((x) => `${JSON.stringify(x)}\n`)
      .join(''),
};
