/** `--format jsonl`: one claim (or entity) per line, with the document's path added. */
import type { Formatter } from './types.js';

export const jsonl: Formatter = {
  claims(result) {
    const pathOf = new Map(result.documents.map((d) => [d.id, d.path]));
    return result.claims
      .map((c) => {
        const { id, doc, ...rest } = c;
        return `${JSON.stringify({ id, doc, path: pathOf.get(doc) ?? null, ...rest })}\n`;
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
