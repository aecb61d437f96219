/**
 * The stages that need several documents: names confirmed by the batch, aliases across
 * articles, coreference, salience, and the conversion to the public output, applied to a
 * window of consecutive analysed documents. Does not load the tagger.
 */
import { createHash } from 'node:crypto';
import type { Claim, Diagnostic, DocumentInfo, Entity, EntityType, ExtractResult, SourceDocument, When, Where } from './types.js';
import { SCHEMA_VERSION } from './types.js';
import type { DocWork } from './analyze.js';
import { claimSpan, placesAndTimes } from './claims/build.js';
import { attachTimes } from './claims/times.js';
import { rulesOff } from './claims/rules.js';
import { claimKinds } from './claims/kinds.js';
import type { DraftClaim } from './claims/draft.js';
import { mergeAliases, normKey, type MentionRef } from './refine/aliases.js';
import { resolveDocument } from './refine/coref.js';
import { carryQuoteSpeakers } from './refine/quotes.js';
import { scoreSalience } from './refine/salience.js';
import { SALIENCE_RULES_6 } from './refine/salience-6.js';
import { SALIENCE_RULES_10 } from './refine/salience-10.js';
import { eachRule } from './claims/rule.js';
import { composeEvent, eventSalience } from './refine/event.js';
import { latestStatedYear } from './annotate/dates.js';
import { dateRange } from './util/isodate.js';
import { isSportsReport, settleType } from './annotate/name-rules.js';
import { pushAll } from './util/arrays.js';

/** Add lower-case mentions of known multi-word names ("the presidential palace"). */
function addLowercaseMentions(work: DocWork[], names: Map<string, 'person' | 'organization' | 'place'>): void {
  const multi = [...names.entries()].filter(([k, t]) => t !== 'person' && k.split(' ').length >= 2 && /^[\p{L} ]+$/u.test(k));
  if (multi.length === 0) return;
  // the names by their first word, so that a sentence is only searched for the names whose
  // first word it has (time linear in the text, not text × names)
  const byFirst = new Map<string, number[]>();
  multi.forEach(([key], i) => {
    const first = key.slice(0, key.indexOf(' '));
    const list = byFirst.get(first);
    if (list) list.push(i);
    else byFirst.set(first, [i]);
  });
  const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}]/u.test(c);
  for (const w of work) {
    for (const s of w.sentences) {
      if (s.kind === 'furniture') continue;
      const lower = s.text.toLowerCase();
      const found = namesIn(lower, byFirst, multi, isLetter);
      for (const i of found) {
        const [key, type] = multi[i]!;
        let at = lower.indexOf(key);
        while (at >= 0) {
          const start = s.start + at;
          const end = start + key.length;
          const okBefore = at === 0 || !isLetter(lower[at - 1]);
          const okAfter = at + key.length >= lower.length || !isLetter(lower[at + key.length]);
          if (okBefore && okAfter && !s.mentions.some((m) => m.start < end && start < m.end)) {
            const first = s.tokens.findIndex((t) => t.start >= start);
            let last = first;
            while (last + 1 < s.tokens.length && s.tokens[last + 1]!.end <= end) last++;
            s.mentions.push({ start, end, text: s.text.slice(at, at + key.length), type, entity: null, first, last, confidence: 0.5 });
          }
          at = lower.indexOf(key, at + key.length);
        }
      }
      s.mentions.sort((a, b) => a.start - b.start);
    }
  }
}

/**
 * Indexes (in `multi`, ascending) of the names that occur in `lower` between non-letters: the
 * only ones that can give a mention. A name starts where a letter follows a non-letter, with its
 * first word (letters and surrogates) up to a space.
 */
function namesIn(lower: string, byFirst: Map<string, number[]>, multi: [string, string][], isLetter: (c: string | undefined) => boolean): number[] {
  const n = lower.length;
  // end of the run of letters and surrogates from each position, filled right to left
  const runEnd = new Uint32Array(n + 1);
  runEnd[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    const c = lower.charCodeAt(i);
    runEnd[i] = (c >= 0xd800 && c <= 0xdfff) || isLetter(lower[i]) ? runEnd[i + 1]! : i;
  }
  const hits = new Set<number>();
  for (let at = 0; at < n; at++) {
    if (runEnd[at] === at || (at > 0 && isLetter(lower[at - 1]))) continue;
    const e = runEnd[at]!;
    if (lower[e] !== ' ') continue;
    const list = byFirst.get(lower.slice(at, e));
    if (!list) continue;
    for (const i of list) {
      const key = multi[i]![0];
      if (!hits.has(i) && lower.startsWith(key, at) && !isLetter(lower[at + key.length])) hits.add(i);
    }
  }
  return Array.from(hits).sort((a, b) => a - b);
}

/**
 * A team found in one sports report of the batch ("Kent beat Essex") is that team in the
 * batch's other sports reports too ("title rivals Essex, Derbyshire and Kent"), never in others.
 */
function shareTeams(work: DocWork[]): void {
  const teams = new Set<string>();
  for (const w of work) for (const s of w.sentences) for (const m of s.mentions) if (m.team) teams.add(normKey(m.text));
  if (!teams.size) return;
  for (const w of work) {
    if (!isSportsReport(w.sentences)) continue;
    for (const s of w.sentences) {
      for (const m of s.mentions) {
        if (m.team || m.dateline || m.title || !teams.has(normKey(m.text))) continue;
        settleType(m, 'organization', true);
      }
    }
  }
}

/** The longest run of whole words of `text` (two or more) whose key is in `confirmed`. */
function confirmedPart(text: string, confirmed: ReadonlySet<string>): { text: string; offset: number } | null {
  const ws = [...text.matchAll(/[^\s-]+/g)].map((m) => ({ at: m.index, w: m[0] }));
  for (let len = ws.length - 1; len >= 2; len--) {
    for (let i = 0; i + len <= ws.length; i++) {
      const from = ws[i]!.at;
      const last = ws[i + len - 1]!;
      const part = text.slice(from, last.at + last.w.length).replace(/['’]s$/, '');
      if (confirmed.has(normKey(part))) return { text: part, offset: from };
    }
  }
  return null;
}

function codePointIndex(text: string): (i: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i]!;
}

function claimId(doc: string, start: number, end: number, verb: string, text: string): string {
  return createHash('sha1').update(`${doc}\u0000${start}\u0000${end}\u0000${verb}\u0000${text}`).digest('hex').slice(0, 16);
}

/** Cross-document refinement and conversion to the public output. */
export function finalize(work: DocWork[]): ExtractResult {
  // names seen only where capitals say little (sentence starts, title-case headlines) must be
  // confirmed by a confident mention of the same name somewhere in the batch
  shareTeams(work);
  const confirmed = new Set<string>();
  for (const w of work) for (const s of w.sentences) for (const m of s.mentions) if (!m.weak) confirmed.add(normKey(m.text));
  // ... or by a confident name that ends with it: every tail of a confirmed name after a space
  const confirmedTails = new Set<string>();
  for (const k of confirmed) for (let i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) confirmedTails.add(k.slice(i + 1));
  for (const w of work) {
    for (const s of w.sentences) {
      if (!s.mentions.some((m) => m.weak)) continue;
      const kept: typeof s.mentions = [];
      for (const m of s.mentions) {
        if (!m.weak || confirmed.has(normKey(m.text)) || confirmedTails.has(normKey(m.text))) {
          kept.push(m);
          continue;
        }
        // "PANAMA'S ROBERTO DURAN", "NFL AMERICAN FOOTBALL-RANDALL CUNNINGHAM": the longest run of
        // its words the batch names elsewhere
        const part = confirmedPart(m.text, confirmed);
        if (part) kept.push({ ...m, start: m.start + part.offset, end: m.start + part.offset + part.text.length, text: part.text });
      }
      s.mentions = kept;
    }
  }
  const refs: MentionRef[] = [];
  const collect = (): void => {
    refs.length = 0;
    for (const w of work) {
      for (const s of w.sentences) {
        for (let i = 0; i < s.mentions.length; i++) {
          const m = s.mentions[i]!;
          const after = s.text.slice(m.end - s.start, (s.mentions[i + 1]?.start ?? s.end) - s.start);
          refs.push({ doc: w.doc.id, mention: m, after, sentence: { text: s.text, start: s.start } });
        }
      }
    }
  };
  collect();
  let entities = mergeAliases(refs);
  const names = new Map(entities.flatMap((e) => e.keys.filter((k) => k.includes(' ')).map((k) => [k, e.type] as const)));
  addLowercaseMentions(work, names);
  collect();
  entities = mergeAliases(refs);

  // every mention takes the type of its own canonical entity (not of another one of that name:
  // "Somerset" the county keeps its type beside Somerset the cricket team)
  for (const r of refs) if (r.mention.entity && r.entityType) r.mention.type = r.entityType;
  const typeOf = new Map<string, EntityType>();
  for (const e of entities) if (!typeOf.has(e.name)) typeOf.set(e.name, e.type);

  const documents: DocumentInfo[] = [];
  const claims: Claim[] = [];
  for (const w of work) {
    const off = rulesOff(w.rulesOff);
    const kinds = claimKinds(w.kinds);
    // the refinement below reads finite clauses only, so that asking for other kinds changes no clause claim;
    // the other kinds (appositions, participles) are refined after, from their host clause
    const main = w.kinds ? w.drafts.filter((d) => !d.kind) : w.drafts;
    const extra = w.kinds ? w.drafts.filter((d) => d.kind) : [];
    const bySentence = new Map<number, DraftClaim[]>();
    for (const d of main) {
      const list = bySentence.get(d.sentence.index);
      if (list) list.push(d);
      else bySentence.set(d.sentence.index, [d]);
    }
    for (const s of w.sentences) {
      const ds = bySentence.get(s.index);
      if (ds) {
        placesAndTimes(s, ds, off);
        attachTimes(s, ds);
      }
    }
    carryQuoteSpeakers(w.sentences, main);
    resolveDocument(w.sentences, main, off);
    scoreSalience(main, w.published);
    eachRule(SALIENCE_RULES_6, main, off);
    if (extra.length) refineOtherKinds(w.sentences, extra, off);
    const cp = codePointIndex(w.doc.text);
    const text = w.doc.text;
    const docClaimsFrom = claims.length;
    documents.push({
      id: w.doc.id,
      path: w.doc.path,
      title: w.doc.title ?? headlineOf(w),
      published: w.published,
      chars: cp(text.length),
      sentences: w.sentences.length,
      ...(w.doc.url ? { url: w.doc.url } : {}),
      ...outletOf(w.doc),
    });
    for (const d of w.drafts) {
      if (!kinds.has(d.kind ?? 'clause') && d.kind) continue;
      const span = claimSpan(d);
      const start = cp(span.start);
      const end = cp(span.end);
      const ctext = text.slice(span.start, span.end);
      const where: Where[] = [];
      const seenWhere = new Set<string>();
      for (const m of d.where) {
        const k = m.entity ?? normKey(m.text);
        if (seenWhere.has(k)) continue;
        seenWhere.add(k);
        where.push({ text: m.text, entity: m.entity });
      }
      const when: When[] = [];
      const seenWhen = new Set<string>();
      for (const t of d.when) {
        if (seenWhen.has(t.text + t.date)) continue;
        seenWhen.add(t.text + t.date);
        when.push({ text: t.text, date: t.date, ...dateRange(t.date) });
      }
      const own = d.who?.mention && d.who.mention.entity === d.whoEntity ? d.who.mention.type : undefined;
      const whoType = d.whoEntity ? (own ?? typeOf.get(d.whoEntity) ?? d.whoType ?? 'other') : (d.whoType ?? 'other');
      claims.push({
        id: claimId(w.doc.id, start, end, d.lemma, ctext),
        doc: w.doc.id,
        sentence: d.sentence.index,
        start,
        end,
        text: ctext,
        who: d.who ? { text: d.who.text, entity: d.whoEntity ?? null, type: whoType } : null,
        what: text.slice(d.whatStart, d.whatEnd),
        verb: d.lemma,
        ...verbAndObject(text, d.whatStart, d.whatEnd, d.verb.end),
        where,
        when,
        source: d.source ? { text: d.source.text, entity: d.source.entity ?? null, cue: d.source.cue, kind: d.source.kind ?? 'speech' } : null,
        negated: d.negated,
        hedged: d.hedged,
        salience: d.salience ?? 0,
        kind: d.kind ?? 'clause',
      });
    }
    // the article's main event, composed from its headline and lead (refine/event.ts): from finite clauses
    const docClaims = claims.slice(docClaimsFrom);
    const clauseClaims = extra.length ? docClaims.filter((c) => c.kind === 'clause') : docClaims;
    const ev = composeEvent({ text, title: w.doc.title, published: w.published, sentences: w.sentences, drafts: main, claims: clauseClaims });
    eventSalience(clauseClaims, ev.used);
    eachRule(SALIENCE_RULES_10, { drafts: main, claims: clauseClaims, event: ev.used }, off);
    documents[documents.length - 1]!.event = ev.event;
    // finite clauses are made always (the other kinds hang on them); shown only when asked for
    if (!kinds.has('clause')) {
      const kept = docClaims.filter((c) => c.kind !== 'clause');
      claims.length = docClaimsFrom;
      for (const c of kept) claims.push(c);
    }
  }
  const publicEntities: Entity[] = entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions, docs: e.docs, examples: e.examples }));
  return { schemaVersion: SCHEMA_VERSION, documents, claims, entities: publicEntities };
}

/**
 * Appositions and participles after the finite clauses are refined: places and times from their
 * own words, the entity and source of their subject from the clause they hang on, salience a
 * little under their host's.
 */
function refineOtherKinds(sentences: DocWork['sentences'], extra: DraftClaim[], off: ReturnType<typeof rulesOff>): void {
  const bySentence = new Map<number, DraftClaim[]>();
  for (const d of extra) {
    const list = bySentence.get(d.sentence.index);
    if (list) list.push(d);
    else bySentence.set(d.sentence.index, [d]);
  }
  for (const s of sentences) {
    const ds = bySentence.get(s.index);
    if (!ds) continue;
    // each on its own: a participle does not share its neighbour's place
    for (const d of ds) {
      placesAndTimes(s, [d], off);
      attachTimes(s, [d]);
    }
  }
  for (const d of extra) {
    const h = d.host ?? null;
    if (h && d.who === h.who) {
      d.whoEntity = h.whoEntity ?? null;
      if (h.whoType) d.whoType = h.whoType;
    } else if (d.who?.mention) {
      d.whoEntity = d.who.mention.entity;
      d.whoType = d.who.mention.type;
    } else if (h && h.who && d.who && h.who.first === d.who.first) {
      d.whoEntity = h.whoEntity ?? null;
      if (h.whoType) d.whoType = h.whoType;
    }
    if (h) d.source = h.source;
    d.salience = Math.round((h?.salience ?? 0.3) * 0.9 * 1000) / 1000;
  }
}

/**
 * A claim's verb group as written and the rest of its predicate: `what` cut at the end of the
 * verb group ("had slowly declined" | "in value"); punctuation that opens the rest ("said: ...")
 * is not part of the object. An empty object: nothing follows the verb.
 */
export function verbAndObject(text: string, whatStart: number, whatEnd: number, verbEnd: number): { verbText: string; object: string } {
  const cut = Math.min(Math.max(verbEnd, whatStart), whatEnd);
  return { verbText: text.slice(whatStart, cut), object: text.slice(cut, whatEnd).replace(/^[\s,;:]+/u, '') };
}

/** The outlet of a document: its metadata source, else its URL's host. */
function outletOf(d: SourceDocument): { outlet?: string } {
  if (d.source) return { outlet: d.source };
  if (!d.url) return {};
  try {
    const host = new URL(d.url).hostname.replace(/^www\./, '');
    return host ? { outlet: host } : {};
  } catch {
    return {};
  }
}

function headlineOf(w: DocWork): string | null {
  const h = w.sentences.find((s) => s.kind === 'headline' && s.index < 8);
  return h ? h.text : null;
}

/** Notes about documents the user should know of (e.g. dates that could not be resolved). */
export function notesFor(work: DocWork[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const w of work) {
    if (w.published) continue;
    const unresolved = w.drafts.reduce((n, d) => n + d.when.filter((t) => t.date === null && !/\d/.test(t.text)).length, 0);
    if (unresolved) out.push({ path: w.doc.path, level: 'warning', message: `no published date found; ${unresolved} relative date${unresolved === 1 ? '' : 's'} left unresolved (give --date)` });
  }
  return out;
}

/**
 * Documents are refined together (aliases across articles, names confirmed by the batch, the
 * reference year) in windows of this many consecutive documents. A story's coverage read
 * together (tens of articles) is one window; an archive of any size is processed with memory
 * bounded by one window, and entities are merged across windows by canonical name.
 */
export const WINDOW = 64;

/** The latest year the documents state: pins "Sunday, Dec. 8" in articles that give none. */
export function referenceYearOf(docs: SourceDocument[]): number | null {
  return docs.reduce<number | null>((best, d) => {
    const y = d.published ? Number(d.published.slice(0, 4)) : latestStatedYear(d.text);
    return y && (!best || y > best) ? y : best;
  }, null);
}

/** Canonical entities gathered across windows: one per name and type. */
export class EntityTable {
  private byKey = new Map<string, Entity>();
  private ids = new Set<string>();

  add(entities: Entity[]): void {
    for (const e of entities) {
      const key = `${e.type}\u0000${e.name}`;
      const have = this.byKey.get(key);
      if (have) {
        have.mentions += e.mentions;
        have.aliases = [...new Set([...have.aliases, ...e.aliases])].sort();
        have.docs = [...new Set([...have.docs, ...e.docs])].sort();
        // one example per alias: the first window's stays
        const examples = have.examples ?? [];
        const known = new Set(examples.map((x) => x.alias));
        pushAll(examples, (e.examples ?? []).filter((x) => !known.has(x.alias)));
        have.examples = examples.sort((a, b) => (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
        continue;
      }
      let id = e.id;
      if (this.ids.has(id)) id = `${e.id}-${e.type}`;
      for (let n = 2; this.ids.has(id); n++) id = `${e.id}-${n}`;
      this.ids.add(id);
      this.byKey.set(key, { ...e, id, aliases: [...e.aliases], docs: [...e.docs], examples: [...(e.examples ?? [])] });
    }
  }

  list(): Entity[] {
    return [...this.byKey.values()].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

/** Refine one window of analysed documents; its entities join `table`. */
export function refineWindow(work: DocWork[], table: EntityTable): { result: ExtractResult; diagnostics: Diagnostic[] } {
  const result = work.length ? finalize(work) : { schemaVersion: SCHEMA_VERSION, documents: [], claims: [], entities: [] };
  table.add(result.entities);
  return { result, diagnostics: notesFor(work) };
}
