/** JSON Schema (draft-07) of `claims extract --format json`, schemaVersion 1. Printed by `claims schema`. */

const nullableString = { type: ['string', 'null'] } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;

export const extractSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:claims:schema:extract:1',
  title: 'claims extract output',
  description: 'Claims extracted from news articles: who did or said what, where, when, according to whom, with provenance.',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'documents', 'claims', 'entities'],
  properties: {
    schemaVersion: { const: 1 },
    documents: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'path', 'title', 'published', 'chars', 'sentences'],
        properties: {
          id: { type: 'string', description: 'Path relative to the directory argument without extension; basename for a file argument; "stdin".' },
          path: { type: 'string', description: 'The file path as given ("-" for stdin).' },
          title: nullableString,
          published: { anyOf: [isoDate, { type: 'null' }], description: 'Publication date used to resolve relative dates.' },
          chars: { type: 'integer', minimum: 0, description: 'Length of the article text in code points.' },
          sentences: { type: 'integer', minimum: 0 },
        },
      },
    },
    claims: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'doc', 'sentence', 'start', 'end', 'text', 'who', 'what', 'verb', 'where', 'when', 'source', 'negated', 'hedged', 'salience'],
        properties: {
          id: { type: 'string', description: 'Stable id derived from the document id, span, verb and text.' },
          doc: { type: 'string' },
          sentence: { type: 'integer', minimum: 0 },
          start: { type: 'integer', minimum: 0, description: 'Code-point offset into the article text.' },
          end: { type: 'integer', minimum: 0 },
          text: { type: 'string', description: 'The claim span: [...articleText].slice(start, end).join("").' },
          who: {
            anyOf: [
              {
                type: 'object',
                additionalProperties: false,
                required: ['text', 'entity', 'type'],
                properties: {
                  text: { type: 'string' },
                  entity: nullableString,
                  type: { enum: ['person', 'organization', 'place', 'group', 'other'] },
                },
              },
              { type: 'null' },
            ],
          },
          what: { type: 'string' },
          verb: { type: 'string', description: 'Lemma of the main verb.' },
          where: {
            type: 'array',
            items: { type: 'object', additionalProperties: false, required: ['text', 'entity'], properties: { text: { type: 'string' }, entity: nullableString } },
          },
          when: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['text', 'date'],
              properties: { text: { type: 'string' }, date: { anyOf: [isoDate, { type: 'null' }] } },
            },
          },
          source: {
            anyOf: [
              {
                type: 'object',
                additionalProperties: false,
                required: ['text', 'entity', 'cue'],
                properties: { text: { type: 'string' }, entity: nullableString, cue: { type: 'string' } },
              },
              { type: 'null' },
            ],
          },
          negated: { type: 'boolean' },
          hedged: { type: 'boolean' },
          salience: { type: 'number', minimum: 0, maximum: 1 },
        },
      },
    },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'type', 'aliases', 'mentions', 'docs'],
        properties: {
          id: { type: 'string' },
          name: { type: 'string', description: 'Canonical name: the fullest common form.' },
          type: { enum: ['person', 'organization', 'place'] },
          aliases: { type: 'array', items: { type: 'string' } },
          mentions: { type: 'integer', minimum: 1 },
          docs: { type: 'array', items: { type: 'string' } },
          examples: {
            type: 'array',
            description: 'One mention of every alias: the alias, the article it was first found in, and the words around it (its sentence, shortened). Added in 0.2; absent in older output.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['alias', 'doc', 'text'],
              properties: { alias: { type: 'string' }, doc: { type: 'string' }, text: { type: 'string' } },
            },
          },
        },
      },
    },
  },
} as const;
