/** JSON Schema (draft-07) of `claims extract --format json`, schemaVersion 1. Printed by `claims schema`. */
import { WHEN_DATE_PATTERN } from './util/isodate.js';

const nullableString = { type: ['string', 'null'] } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;
const isoDay = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const whenDate = { type: 'string', pattern: WHEN_DATE_PATTERN, description: 'YYYY-MM-DD, YYYY-MM, YYYY, a week YYYY-Www (weekend YYYY-Www-WE), a quarter YYYY-Qn, a half YYYY-Hn, a season YYYY-SP|SU|FA|WI, a decade YYY or a century YY.' } as const;

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
          id: { type: 'string', description: 'Path relative to the directory argument without extension; basename for a file argument; "stdin". Unique in a run: inputs that would share an id get the shortest path that tells them apart ("x/story", "a.md").' },
          path: { type: 'string', description: 'The file path as given ("-" for stdin).' },
          title: nullableString,
          published: { anyOf: [isoDate, { type: 'null' }], description: 'Publication date used to resolve relative dates.' },
          chars: { type: 'integer', minimum: 0, description: 'Length of the article text in code points.' },
          sentences: { type: 'integer', minimum: 0 },
          url: { type: 'string', description: 'The article\'s URL: front matter `url:` or JSON `url` (absent when unknown).' },
          outlet: { type: 'string', description: "The outlet that published the article: front matter `source:`, JSON `source_domain` (else `source`), else its URL's host without www. (absent when unknown)." },
          event: {
            description:
              "The article's main event as its headline and lead state it, composed from its claims, the dateline and the publication date; null when the article states none (a list, a table). who, where, when and source have a claim's shapes; each field's provenance is in `from`.",
            anyOf: [
              {
                type: 'object',
                additionalProperties: false,
                required: ['who', 'what', 'verb', 'where', 'when', 'source', 'claims', 'from'],
                properties: {
                  who: { $ref: '#/properties/claims/items/properties/who' },
                  what: { type: 'string' },
                  verb: { type: 'string', description: 'Lemma of the main verb.' },
                  where: { $ref: '#/properties/claims/items/properties/where' },
                  when: { $ref: '#/properties/claims/items/properties/when' },
                  source: { $ref: '#/properties/claims/items/properties/source' },
                  claims: { type: 'array', items: { type: 'string' }, description: 'Ids of the claims the event was composed from, the main one first.' },
                  from: {
                    type: 'object',
                    description:
                      'Where each field was taken from: a claim id, "dateline" (the place line a wire story opens with), "published" (the publication date, for a same-day report) or "article" (the place the early sentences share); null for an empty field.',
                    additionalProperties: false,
                    required: ['who', 'what', 'where', 'when', 'source'],
                    properties: { who: nullableString, what: nullableString, where: nullableString, when: nullableString, source: nullableString },
                  },
                },
              },
              { type: 'null' },
            ],
          },
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
          verbText: { type: 'string', description: 'The verb group as written, where `what` starts ("had slowly declined", "is said to have left"); absent in outputs of earlier versions.' },
          object: { type: 'string', description: 'The rest of `what` after the verb group: the object or complement and the clause\'s adjuncts (for a speech verb, what was said); empty when nothing follows the verb; absent in outputs of earlier versions.' },
          where: {
            type: 'array',
            items: { type: 'object', additionalProperties: false, required: ['text', 'entity'], properties: { text: { type: 'string' }, entity: nullableString } },
          },
          when: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['text', 'date', 'start', 'end'],
              properties: {
                text: { type: 'string' },
                date: { anyOf: [whenDate, { type: 'null' }] },
                start: { anyOf: [isoDay, { type: 'null' }], description: 'First day the date covers; null when unknown.' },
                end: { anyOf: [isoDay, { type: 'null' }], description: 'Last day the date covers; null when unknown.' },
              },
            },
          },
          source: {
            anyOf: [
              {
                type: 'object',
                additionalProperties: false,
                required: ['text', 'entity', 'cue'],
                properties: {
                  text: { type: 'string' },
                  entity: nullableString,
                  cue: { type: 'string' },
                  kind: { enum: ['speech', 'belief', 'intention', 'evidence'], description: 'speech (said, told, a quotation, according to), belief (believes, thinks, expects), intention (wants, plans, urges) or evidence (a poll shows, a study found); absent in outputs of earlier versions.' },
                },
              },
              { type: 'null' },
            ],
          },
          negated: { type: 'boolean' },
          hedged: { type: 'boolean' },
          salience: { type: 'number', minimum: 0, maximum: 1 },
          kind: {
            enum: ['clause', 'apposition', 'participle'],
            description:
              'What the claim was read from: clause (a finite-verb clause with its own subject; the only kind made by default), apposition (a noun phrase set beside a name: who / be / the appositive, with an empty verbText and what = object = the appositive) or participle (an -ing or -ed participle phrase or a to-infinitive, its subject taken from the clause it hangs on); only made when asked for (--kinds). Additive, schemaVersion stays 1; absent in outputs of earlier versions.',
          },
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
