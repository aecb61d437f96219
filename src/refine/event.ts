/**
 * The article's main event, composed as a reporter reads an inverted-pyramid story: the
 * headline and the lead sentence state it; when both state the same event they are merged,
 * taking the fuller actor and action; the place comes from the lead, else the dateline, else
 * the place the early sentences share; the time from the lead, else the publication date for a
 * same-day report. Pure: claims and annotated sentences in, one `DocumentEvent` out.
 *
 * Each special case is a named rule (name, description, example, apply), listed in EVENT_RULES.
 */
import type { Claim, DocumentEvent, EventOrigin, Source, When, Where, Who } from '../types.js';
import type { DraftClaim } from '../claims/draft.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { DEMONYMS } from '../annotate/lexicon.js';
import { dateRange } from '../util/isodate.js';

/** A `when` with the first and last day its date covers. */
const withRange = (text: string, date: string | null): When => ({ text, date, ...dateRange(date) });

/** A rule of news writing the composition applies: one special case, small and named. */
export interface EventRule<A extends unknown[], R> {
  name: string;
  description: string;
  example: string;
  apply: (...args: A) => R;
}

/** What the composition reads: one document's sentences, its claims and their drafts (same order). */
export interface EventInput {
  /** The document text the sentence and draft offsets (UTF-16) point into. */
  text: string;
  title: string | null;
  published: string | null;
  sentences: AnnotatedSentenceX[];
  drafts: DraftClaim[];
  /** The public claims, `claims[i]` built from `drafts[i]`. */
  claims: Claim[];
}

export interface EventOutput {
  event: DocumentEvent | null;
  /** Indexes (into `claims`) of the claims the event was composed from, the main one first. */
  used: number[];
}

interface Part {
  i: number;
  d: DraftClaim;
  c: Claim;
}

interface Dateline {
  place: string;
  /** UTF-16 offset where the dateline ends, when it opens the lead sentence itself. */
  end: number;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const CAPS_WORD = "[A-Z][A-Z'’.\\-]*[A-Z.]";
const CAPS_PLACE = `${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3}`;
const TITLE_PLACE = "[A-Z][a-z'’\\-]+(?:\\s+[A-Z][a-z'’\\-]+){0,2}";
const REGION = `,\\s*(?!${MONTH}\\s*\\d)[A-Z][A-Za-z.'’\\-]*(?:\\s+[A-Z][A-Za-z.'’\\-]*){0,2}`;
const DATE = `(?:,?\\s+(?:\\d{4}-\\d{2}-\\d{2}|${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?))`;
const AGENCY = '(?:\\s*\\([^()\\n]{1,30}\\))';
const DASH = '\\s*(?:[—–―_]|--?)\\s*';
const LINE_DATELINE = new RegExp(`^(${CAPS_PLACE}(?:${REGION})?)(?:${DATE})${AGENCY}?\\s*$|^(${CAPS_PLACE}${REGION})${DATE}?${AGENCY}?\\s*$`);
const LEAD_DATELINE = new RegExp(`^(${CAPS_PLACE}(?:${REGION})?)${DATE}?${AGENCY}?${DASH}(?=["“‘'(]?[A-Z0-9])|^(${TITLE_PLACE}${REGION})${DATE}?${AGENCY}${DASH}(?=["“‘'(]?[A-Z0-9])`);

const SUBORDINATORS = new Set('as when after before because while if although though since until unless whether that which who whom whose where once whereas lest'.split(' '));
const PRONOUN = /^(?:he|she|it|they|we|i|you|him|her|them)$/i;
const FUTURE = /\b(?:will|shall|won't|'ll|going to|is to|are to|plans? to|expects? to|would)\b/i;
const STOP = new Set('a an the of in on at to for from by with and or but as is are was were be been has have had its it his her their this that these those into over after before than then there here who which what when where while said says say'.split(' '));

const cp = (s: string): number => [...s].length;
const contentWords = (s: string): Set<string> =>
  new Set(
    s
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !STOP.has(w))
      .map((w) => w.slice(0, 5)),
  );
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A sentence is the document's headline. */
export const headlineRule: EventRule<[AnnotatedSentenceX[], string | null, Map<number, Part[]>], AnnotatedSentenceX | null> = {
  name: 'headline',
  description: 'The headline is the sentence that repeats the title; without a title, the first headline-like line (no final period) that makes a claim, before any prose.',
  example: 'title "Mayor of Dunmore resigns" + first line "Mayor of Dunmore resigns" → that line is the headline',
  apply(sentences, title, parts) {
    if (title) {
      const t = norm(title);
      const hits = sentences.slice(0, 8).filter((s) => s.kind !== 'furniture' && norm(s.text).length > 0 && t.includes(norm(s.text)));
      if (hits.length) return hits.find((s) => (parts.get(s.index) ?? []).some((p) => p.d.who)) ?? hits[0]!;
    }
    for (const s of sentences.slice(0, 8)) {
      if (s.kind === 'furniture') continue;
      if (/[.!?]["'”’)]?$/.test(s.text.trim()) && wordCount(s.text) >= 8) return null;
      if ((s.kind === 'headline' || s.kind === 'caption' || s.kind === 'text') && !/[.!]["'”’)]?$/.test(s.text.trim()) && (parts.get(s.index) ?? []).some((p) => p.d.who)) return s;
    }
    return null;
  },
};

/** The dateline: the place (and date) a wire story opens with. */
export const datelineRule: EventRule<[string, AnnotatedSentenceX[], AnnotatedSentenceX], Dateline | null> = {
  name: 'dateline',
  description: 'A story opening with a place in capitals (optionally ", Region", a date, the agency in parentheses) then a dash, or a line holding only such a place and a date, was filed from that place.',
  example: '"HARWICK, Lorland (AP) — Dock workers walked out…" → where: HARWICK, Lorland',
  apply(text, before, lead) {
    for (const s of before) {
      const m = LINE_DATELINE.exec(s.text.trim());
      if (m) return { place: (m[1] ?? m[2])!.trim(), end: -1 };
    }
    // the dateline may open the lead's line, or be split off as sentences of its own before it
    const lineStart = Math.max(text.lastIndexOf('\n', lead.start - 1) + 1, 0);
    const line = text.slice(lineStart, Math.min(text.length, lead.end));
    const m = LEAD_DATELINE.exec(line);
    if (m && lineStart + m[0].length <= lead.start + Math.min(lead.text.length, 160)) {
      return { place: (m[1] ?? m[2])!.trim().replace(/[.,]$/, (x) => (x === '.' && /\b[A-Z][a-z]?\.$/.test((m[1] ?? m[2])!.trim()) ? x : '')), end: lineStart + m[0].length };
    }
    return null;
  },
};

/** The lead: the first sentence of prose after the headline, the dateline and the byline. */
export const leadRule: EventRule<[AnnotatedSentenceX[], AnnotatedSentenceX | null, Map<number, Part[]>, string | null], AnnotatedSentenceX | null> = {
  name: 'lead',
  description: 'The lead is the first sentence of prose (not the headline, a date line, a byline, or a photo caption with its credit after it) that makes a claim with an actor.',
  example: 'headline, "By Ana Ruel", "KESTON 2031-04-02", "Firefighters rescued…" → the lead is "Firefighters rescued…"',
  apply(sentences, headline, parts, title) {
    for (const s of sentences) {
      if (s.kind === 'furniture' || s.kind === 'post' || s === headline) continue;
      if (headline && s.index < headline.index) continue;
      if (title && s.index < 8 && norm(title).includes(norm(s.text))) continue;
      const ps = parts.get(s.index) ?? [];
      if (!ps.some((p) => p.d.who)) continue;
      const prose = /[.!?]["'”’)]?$/.test(s.text.trim()) || wordCount(s.text) >= 12;
      if (!prose) continue;
      if (s.kind === 'caption' && wordCount(s.text) < 12) continue;
      // a photo caption, its credit after it ("… (AP Photo/Ana Ruel)", "© Ana Ruel, AFP"), is not the lead
      const next = sentences.find((x) => x.index === s.index + 1);
      if (s.kind === 'caption' && next && next.kind === 'furniture' && next.paragraph === s.paragraph && /^(?:©|\()/.test(next.text)) continue;
      return s;
    }
    return null;
  },
};

const inQuote = (d: DraftClaim): boolean => d.sentence.quotes.some((q) => d.verb.start >= q.innerStart && d.verb.start < q.innerEnd);

/** The token before the clause (before its subject, or its verb when it has none). */
function tokenBefore(d: DraftClaim): string | null {
  const at = d.who ? d.who.start : d.verb.start;
  const toks = d.sentence.tokens.filter((t) => t.end <= at);
  return toks.length ? toks[toks.length - 1]!.norm : null;
}

const OPENING_PREPOSITION = /^(?:in|at|on|after|before|during|with|for|despite|amid|following|under|since|from|by|as|when|while|if|although|though|because|now that|once|until|unlike|like|without)\b/i;

/** Where the opening phrase of a sentence ends: "In a tradition he has kept for years, Scott…" → after the comma. */
function openingPhraseEnd(s: AnnotatedSentenceX, from: number): number {
  const rest = s.text.slice(Math.max(0, from - s.start));
  if (!OPENING_PREPOSITION.test(rest.replace(/^[^\p{L}]+/u, ''))) return from;
  const comma = rest.indexOf(',');
  return comma < 0 ? from : from + comma + 1;
}

const DETERMINER_ONLY = /^(?:the|a|an|this|that|these|those|its|their|his|her|our)$/i;

/** The main clause of a sentence's claims. */
export const mainClauseRule: EventRule<[Part[], number], Part | null> = {
  name: 'main-clause',
  description: 'The main clause of a sentence states its event: not a clause inside a quotation, not one opened by a subordinator ("as", "when", "after", "that", "who"…), not one inside an opening phrase ("In a clip for her show, …"), one with an actor that is more than a determiner; of those, the one whose actor comes first.',
  example: '"Tomas Vell scored twice as Orrin beat Pellam" → Tomas Vell scored twice (not "Orrin beat Pellam")',
  apply(parts, from) {
    if (!parts.length) return null;
    const s = parts[0]!.d.sentence;
    const after = openingPhraseEnd(s, Math.max(from, s.start));
    const open = parts.filter((p) => !inQuote(p.d) && p.d.verb.start >= after && !(p.c.who && DETERMINER_ONLY.test(p.c.who.text.trim())));
    const main = open.filter((p) => p.d.who && !SUBORDINATORS.has(tokenBefore(p.d) ?? '') && !p.d.coordinatedWith);
    const first = (xs: Part[]): Part | null => [...xs].sort((a, b) => (a.d.who?.start ?? a.d.verb.start) - (b.d.who?.start ?? b.d.verb.start) || a.d.verb.start - b.d.verb.start)[0] ?? null;
    return first(main) ?? open.find((p) => p.d.who) ?? null;
  },
};

/** "The Courier reports that …": the report's content is the event, the reporter its source. */
export const reportedContentRule: EventRule<[Part, Part[]], Part | null> = {
  name: 'reported-content',
  description: 'When the lead\'s main clause is another outlet reporting ("X reports that …"), the event is what it reports, and the outlet is its source.',
  example: '"The Dunmore Courier reports that the mayor resigned on Friday" → who: the mayor, what: resigned on Friday, source: The Dunmore Courier',
  apply(main, parts) {
    if (!/^report/.test(main.c.verb)) return null;
    return parts.find((p) => p !== main && p.d.who && p.d.verb.start > main.d.verb.start && p.d.source && p.d.source.from === main.d) ?? parts.find((p) => p !== main && p.d.who && p.d.verb.start > main.d.verb.start && p.d.verb.start < main.d.coreEnd + 200 && !inQuote(p.d)) ?? null;
  },
};

/** "Police said a gunman killed five": what was said is the event, the speaker its source. */
export const speechContentRule: EventRule<[Part, Part[]], Part | null> = {
  name: 'speech-lead-content',
  description: 'When the lead\'s main clause is a speaker saying what it did or does itself ("Orlon said it expects a loss", "the mayor said she would resign"), the event is that reported clause (its actor the speaker, not in a quotation) and the speaker its source; what someone else did ("police said a gunman killed five") stays the speaker\'s statement.',
  example: '"Orlon Freight said it withdrew its bid for Tarrow Rail" → who: Orlon Freight, what: withdrew its bid for Tarrow Rail, source: Orlon Freight',
  apply(main, parts) {
    if (!main.d.speech || !main.d.who || main.d.verb.start < main.d.who.start) return null;
    const own = (p: Part): boolean => PRONOUN.test(p.c.who?.text.trim() ?? '') || Boolean(p.c.who?.entity && p.c.who.entity === main.c.who?.entity);
    const said = parts.filter((p) => p !== main && p.d.who && !p.d.speech && p.d.verb.start > main.d.verb.start && p.d.source && p.d.source.from === main.d && !inQuote(p.d));
    // the first thing said: when it is about someone else, the statement stays the event
    const first = [...said].sort((a, b) => a.d.verb.start - b.d.verb.start)[0];
    return first && own(first) ? first : null;
  },
};

/** "…, the group said on Saturday.": an attribution that closes the lead. */
export const trailingAttributionRule: EventRule<[Part], boolean> = {
  name: 'trailing-attribution',
  description: 'A speech verb whose speaker comes after the statement ("Police detained X, the group said") only attributes the lead: the event is the statement, which the headline states when the lead\'s clause was not found.',
  example: 'headline "Police hold dissident" + lead "Police have detained Ana Ruel, a rights group said." → who: Police, source: a rights group',
  apply(main) {
    if (!main.d.speech || !main.d.who) return false;
    const s = main.d.sentence;
    const before = s.text.slice(0, main.d.who.start - s.start);
    return /,\s*$/.test(before) && wordCount(before) >= 4;
  },
};

/** A lead that describes (copula) rather than reports. */
export const descriptiveLeadRule: EventRule<[Part, Part | null], boolean> = {
  name: 'descriptive-lead',
  description: 'A lead whose main verb is "be" describes the actor; when the headline reports an action, the headline states the event.',
  example: 'headline "Lena Orvik, who sang for decades, dies at 88" + lead "She was the voice of…" → what: dies at 88',
  apply(main, headline) {
    return main.c.verb === 'be' && Boolean(headline && headline.c.verb !== 'be' && headline.c.who);
  },
};

/** Same event in the headline and the lead. */
export const sameEventRule: EventRule<[Part, Part], boolean> = {
  name: 'same-event',
  description: 'A headline and a lead state the same event when they share the actor, the verb, or two content words.',
  example: 'headline "Orrin beat Pellam in cup final" + lead "Orrin beat Pellam 2-1 on Saturday…" → one event',
  apply(h, l) {
    const he = h.c.who?.entity, le = l.c.who?.entity;
    if (he && le && he === le) return true;
    if (h.c.verb === l.c.verb) return true;
    const hw = contentWords(`${h.c.who?.text ?? ''} ${h.c.what}`);
    const lw = contentWords(`${l.c.who?.text ?? ''} ${l.c.what}`);
    let n = 0;
    for (const w of hw) if (lw.has(w)) n++;
    return n >= 2 || (hw.size > 0 && n / hw.size >= 0.5);
  },
};

/** A section label before a headline: "CRICKET - ", "Analysis: ". */
export const sectionLabelRule: EventRule<[string], string> = {
  name: 'section-label',
  description: 'A wire headline may open with its section in capitals and a dash ("CRICKET - ", "SOCCER - "): it is not part of the actor.',
  example: '"ROWING - LORLAND WIN EIGHTS" → who: LORLAND',
  apply(who) {
    return who.replace(/^[A-Z][A-Z &]+\s+[-–—]\s+(?=\S)/, '');
  },
};

/** The actor's text without a dateline glued to it. */
function whoOf(p: Part, text: string, dateline: Dateline | null): Who | null {
  const w = p.c.who;
  if (!w || !p.d.who) return w;
  let t = w.text;
  if (dateline && dateline.end > p.d.who.start && dateline.end < p.d.who.end) t = text.slice(dateline.end, p.d.who.end).trim();
  t = sectionLabelRule.apply(t.replace(/^[_\-–—\s]+/, ''));
  t = trailingTimeRule.apply(t, p.d.sentence);
  return { ...w, text: t };
}

/** "Syria on Friday condemned …": the time is not part of the actor. */
export const trailingTimeRule: EventRule<[string, AnnotatedSentenceX], string> = {
  name: 'actor-without-time',
  description: 'A time expression the tagger left inside the actor ("Syria on Friday") belongs to the event, not to the actor.',
  example: '"Lorland on Monday recalled its envoy" → who: Lorland',
  apply(who, s) {
    for (const t of s.times) {
      const at = who.lastIndexOf(t.text);
      if (at > 0 && at + t.text.length === who.length) return who.slice(0, at).replace(/\s+(?:on|in|at|this|last|early|late)?\s*$/i, '').trim() || who;
    }
    return who;
  },
};

/** A bare name: its canonical (fullest) form. */
export const fullerNameRule: EventRule<[Who], Who> = {
  name: 'fuller-name',
  description: 'An actor named by a short form ("Scott") is given by the fullest form the article uses for that entity.',
  example: '"…, Rep. Anna Tolvik Brandt said." then "Brandt welcomed…" → who: Anna Tolvik Brandt',
  apply(who) {
    if (!who.entity || who.entity === who.text) return who;
    const e = who.entity;
    if (e.length > who.text.length && e.toLowerCase().includes(who.text.toLowerCase().replace(/^(?:the|mr|mrs|ms|dr)\.?\s+/i, ''))) return { ...who, text: e };
    return who;
  },
};

/** Pronoun actors. */
export const pronounRule: EventRule<[Who, Who | null, Part], Who> = {
  name: 'pronoun-actor',
  description: 'A pronoun actor ("he", "she", "it", "they") is the entity it refers to: the speaker whose statement it is in, else the last fitting name before it in the sentence, else the headline\'s actor.',
  example: '"Orlon Freight, Tarrow, said it withdrew its bid" → who: Orlon Freight',
  apply(who, headlineWho, p) {
    const k = who.text.trim().toLowerCase();
    if (!PRONOUN.test(k)) return who;
    if (who.entity) return { ...who, text: who.entity };
    const src = p.c.source;
    if (src && !PRONOUN.test(src.text.trim()) && !/^(?:the|a)\s+(?:statement|report)/i.test(src.text)) return { text: src.entity ?? src.text, entity: src.entity, type: who.type };
    const s = p.d.sentence;
    const want = k === 'he' || k === 'she' || k === 'him' || k === 'her' ? ['person'] : ['organization', 'place'];
    const before = s.mentions.filter((m) => m.end <= (p.d.who?.start ?? p.d.verb.start) && want.includes(m.type));
    const m = k === 'it' ? (before.find((x) => x.type === 'organization') ?? (before[0] && before[0].start - s.start < 3 ? before[0] : undefined)) : before[before.length - 1];
    if (m) return { text: m.entity ?? m.text, entity: m.entity, type: m.type };
    if (headlineWho && !PRONOUN.test(headlineWho.text.trim())) return headlineWho;
    return who;
  },
};

/** A verb group of a bare present form then a past form ("court ruled"): no English verb group, the first is a noun. */
function twoFiniteVerbs(d: DraftClaim): boolean {
  const a = d.sentence.tokens[d.verb.first], b = d.sentence.tokens[d.verb.first + 1];
  return Boolean(a && b && b.tags.has('PastTense') && !a.tags.has('Auxiliary') && !a.tags.has('Modal') && !a.tags.has('Copula') && !a.tags.has('PastTense') && !/(?:ed|s)$/.test(a.norm));
}

/** The base of a regular past form: ruled → rule, rejected → reject, banned → ban. */
function pastLemma(w: string): string {
  if (/([b-df-hj-np-tv-z])\1ed$/.test(w)) return w.slice(0, -3);
  if (/[^aeiou][aeiou][^aeiouwxy]ed$/.test(w) || /(?:at|iz|is|ur|ot|ut|iv|ov|av)ed$/.test(w)) return w.slice(0, -1);
  return w.slice(0, -2);
}

/** A noun read as the verb: "A federal appeals | court | court ruled Friday…". */
export const nounAsVerbRule: EventRule<[Part], { who: string; what: string; verb: string } | null> = {
  name: 'noun-as-verb',
  description: 'When the tagger took the head noun of the subject for the verb, and the real verb follows it ("The appeals court ruled"), the noun joins the actor and the verb after it is the action.',
  example: '"A regional appeals court ruled Friday against the levy" → who: A regional appeals court, what: ruled Friday against the levy',
  apply(p) {
    const { d, c } = p;
    if (!c.who) return null;
    const words = c.what.split(/\s+/);
    const vt = d.verb.text.split(/\s+/);
    // the verb group itself may hold noun and verb: "court ruled"
    if (vt.length === 2 && words.length >= 2 && words[0]!.toLowerCase() === vt[0]!.toLowerCase() && /^[a-z]+ed$/.test(vt[1]!) && twoFiniteVerbs(d)) {
      return { who: `${c.who.text} ${words[0]}`, what: words.slice(1).join(' '), verb: pastLemma(vt[1]!) };
    }
    if (words.length < 2 || words[0]!.toLowerCase() !== d.verb.text.toLowerCase()) return null;
    const toks = d.sentence.tokens;
    const next = toks[d.verb.last + 1];
    if (d.verb.first !== d.verb.last || !next) return null;
    const g0 = d.sentence.verbs.find((v) => v.first === d.verb.last + 1);
    if (!(/ed$/.test(next.norm) || g0 || next.tags.has('Verb'))) return null;
    if (/^(?:to|and|or|but|of|in|on|at|for|with|by|the|a|an)$/.test(next.norm)) return null;
    const g = d.sentence.verbs.find((v) => v.first === d.verb.last + 1);
    return { who: `${c.who.text} ${words[0]}`, what: words.slice(1).join(' '), verb: g?.lemma ?? next.norm.replace(/e?d$/, '') };
  },
};

/** An object split off as a clause of its own: "retained | three title belts by …". */
export const splitObjectRule: EventRule<[Part, Part[], string], string | null> = {
  name: 'split-object',
  description: 'When the action is the bare verb and the next clause starts right after it (the tagger read the object as a new clause), the action runs on to the end of that clause.',
  example: '"Ivo Brandt retained three heavyweight title belts on Saturday" → what: retained three heavyweight title belts on Saturday',
  apply(p, parts, text) {
    if (wordCount(p.c.what) > 1) return null;
    const next = parts.find((o) => o.d.who && o.d.who.start >= p.d.whatEnd && o.d.who.start - p.d.whatEnd <= 1 && o !== p);
    if (!next) return null;
    return text.slice(p.d.whatStart, next.d.whatEnd).trim();
  },
};

/** The places of a clause or a sentence that are places (not demonyms). */
function isDemonym(text: string): boolean {
  const k = text.toLowerCase();
  // ("New Zealand" is its own demonym: still a place)
  return [k, k.replace(/s$/, '')].some((w) => DEMONYMS.has(w) && DEMONYMS.get(w)!.toLowerCase() !== k);
}

const LOCATIVE = /\b(?:in|at|near|outside|inside|across|throughout|around|off|into|onto|from|to|toward|towards|within|beyond)\s+(?:(?:the|a|an|northern|southern|eastern|western|central|north|south|east|west|downtown|rural|suburban|coastal)\s+)*$/i;

const LOCATIVE_OF = /\b(?:in|at|near|outside|inside|across|on|off)\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}of\s+(?:the\s+)?$/i;

/** A place mention governed by a locative preposition ("in Tarrow", "at the Dunmore docks"). */
function locativePlaces(s: AnnotatedSentenceX, from: number, exclude: { start: number; end: number } | null): { text: string; entity: string | null; start: number }[] {
  const quoted = (start: number): boolean => s.quotes.some((q) => start >= q.innerStart && start < q.innerEnd);
  return s.mentions
    .filter((m) => m.type === 'place' && m.start >= from && !isDemonym(m.text) && !quoted(m.start))
    .filter((m) => {
      const before = s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start);
      // a place inside the actor names where it acts only after "in" ("Voters in Lorland"), not its origin ("Firefighters from Kell")
      if (exclude && m.start >= exclude.start && m.end <= exclude.end) return /\bin\s+(?:the\s+)?$/i.test(before);
      return LOCATIVE.test(before) || LOCATIVE_OF.test(before);
    })
    .map((m) => ({ text: m.text, entity: m.entity, start: m.start }));
}

/** The place of the event. */
export const placeRule: EventRule<[Part, AnnotatedSentenceX, Part | null, AnnotatedSentenceX | null, boolean], { where: Where[]; from: EventOrigin } | null> = {
  name: 'lead-place',
  description: "The event's place is a place the main clause puts it in with a locative preposition (\"in\", \"at\", \"near\"…; not the actor itself, not a demonym, not inside a quotation); only when there is no dateline, one the rest of the lead sentence or the headline gives.",
  example: '"Firefighters rescued two climbers on the slopes near Kell on Sunday" → where: Kell',
  apply(main, lead, headline, headlineSentence, mainOnly) {
    const whoSpan = main.d.who ? { start: main.d.who.start, end: main.d.who.end } : null;
    const own = lead === main.d.sentence ? locativePlaces(lead, main.d.who?.start ?? main.d.verb.start, whoSpan).filter((m) => m.start < Math.max(main.d.coreEnd, main.d.whatEnd) && !(whoSpan && m.start === whoSpan.start)) : [];
    if (own.length) return { where: [{ text: own[0]!.text, entity: own[0]!.entity }], from: main.c.id };
    if (mainOnly) return null;
    const any = locativePlaces(lead, lead.start, whoSpan);
    if (any.length) return { where: [{ text: any[0]!.text, entity: any[0]!.entity }], from: main.c.id };
    if (headlineSentence) {
      const hs = locativePlaces(headlineSentence, headlineSentence.start, null);
      if (hs.length) return { where: [{ text: hs[0]!.text, entity: hs[0]!.entity }], from: headline?.c.id ?? main.c.id };
    }
    return null;
  },
};

/** "Orlon Freight Corp., Tarrow, Wess., said …": the place an actor is based in. */
export const homePlaceRule: EventRule<[AnnotatedSentenceX[], Part], Where | null> = {
  name: 'home-place',
  description: 'Business news places a company by its home town, in an apposition after its name ("Orlon Corp., Tarrow, Wess., said") or as "the Tarrow-based firm": without a place in the lead or a dateline, that is where the news is from.',
  example: '"Orlon Freight Corp., Tarrow, Wess., said it withdrew its bid" → where: Tarrow, Wess.',
  apply(sentences, main) {
    const s = main.d.sentence;
    const m = /^[A-Z][\w.&'’ -]{1,60}?,\s+((?:[A-Z][a-z.]+\s?){1,3},\s+[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]?\.)?),/.exec(s.text);
    if (m) return { text: m[1]!, entity: null };
    // "A Tarrow judge ruled": a place naming the actor's town inside the actor
    if (main.d.who) {
      const w = main.d.who;
      const inWho = s.mentions.find((x) => x.type === 'place' && x.start >= w.start && x.end <= w.end && !(x.start === w.start && x.end === w.end) && !isDemonym(x.text));
      if (inWho && /^(?:an?|the)\s/i.test(w.text)) return { text: inWho.text, entity: inWho.entity };
    }
    for (const t of sentences.filter((x) => x.index >= s.index && x.kind !== 'furniture').slice(0, 4)) {
      const b = /\b((?:(?!(?:The|A|An)\s)[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)-based\b/.exec(t.text);
      if (b) return { text: b[1]!, entity: null };
      const c = /\b(?:the|a|an)\s+((?:[A-Z][a-z.]+\s?){1,3},\s+[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]?\.)?),?\s+[a-z]/.exec(t.text);
      if (c) return { text: c[1]!, entity: null };
      const d = /\b(?:the|a|an)\s+((?:[A-Z][a-z]+\s){1,3})(?:[a-z-]+\s){0,3}(?:company|concern|firm|maker|bank|airline|carrier|group|retailer|producer|operator|insurer|utility|chain|manufacturer)\b/.exec(t.text);
      if (d && t.mentions.some((m) => m.type === 'place' && m.text === d[1]!.trim())) return { text: d[1]!.trim(), entity: null };
    }
    return null;
  },
};

/** The place most of the early sentences name. */
export const sharedPlaceRule: EventRule<[AnnotatedSentenceX[], number], Where | null> = {
  name: 'shared-place',
  description: 'Without a place in the lead or a dateline, the event happened where the first sentences of the article keep placing it: a place named in two or more of the first five sentences.',
  example: '"…in Tarrow." "Tarrow police said…" "Residents of Tarrow…" → where: Tarrow',
  apply(sentences, from) {
    const counts = new Map<string, { n: number; w: Where; first: number }>();
    const early = sentences.filter((s) => s.kind !== 'furniture' && s.index >= from).slice(0, 5);
    early.forEach((s, k) => {
      const seen = new Set<string>();
      for (const m of s.mentions) {
        if (m.type !== 'place' || isDemonym(m.text)) continue;
        const key = m.entity ?? m.text;
        if (seen.has(key)) continue;
        seen.add(key);
        const cur = counts.get(key);
        if (cur) cur.n++;
        else counts.set(key, { n: 1, w: { text: m.entity ?? m.text, entity: m.entity }, first: k });
      }
    });
    const best = [...counts.values()].filter((x) => x.n >= 2).sort((a, b) => b.n - a.n || a.first - b.first)[0];
    return best?.w ?? null;
  },
};

const isFutureClause = (d: DraftClaim): boolean => FUTURE.test(d.verb.text) || FUTURE.test(d.sentence.text.slice(Math.max(0, d.verb.start - d.sentence.start - 12), d.verb.end - d.sentence.start));

/** Times that fit the event: none after publication unless the clause says "will". */
export const notAfterPublishedRule: EventRule<[When, string | null, DraftClaim], boolean> = {
  name: 'not-after-published',
  description: 'A news report tells what has happened: a time after the publication date is the event\'s only when the clause speaks of the future ("will", "is to").',
  example: 'published 2031-03-05, "Crews cleared the road on Tuesday" → Tuesday is 2031-03-04, never a later Tuesday',
  apply(w, published, d) {
    if (!w.date || !published) return true;
    const n = Math.min(w.date.length, published.length);
    if (w.date.slice(0, n) <= published.slice(0, n)) return true;
    return isFutureClause(d);
  },
};

/** A time that dates a background phrase ("following a fire on Sunday"), not the event. */
function inBackground(s: AnnotatedSentenceX, verbStart: number, start: number): boolean {
  if (start < verbStart) return false;
  const between = s.text.slice(Math.max(0, verbStart - s.start), Math.max(0, start - s.start));
  return /\b(?:following|after|since|before|when|who|which|that|than)\b/i.test(between);
}

/** How precisely a time dates the event: a day before a week, a month, a year; a named day before a clock time. */
const precision = (w: When): number => {
  const base = w.date ? (/\bweek(?:end)?\b/i.test(w.text) ? 8 : w.date.length) : 0;
  return base + (/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tonight)\b/i.test(w.text) ? 0.5 : 0);
};

/** The time of the event. */
export const timeRule: EventRule<[Part, AnnotatedSentenceX, Part | null, string | null, number], { when: When[]; from: EventOrigin } | null> = {
  name: 'lead-time',
  description: "The event's time is the main clause's time, else a time the lead sentence gives (outside quotations), else the headline's: the most precise first, none after publication unless the text says \"will\", none that dates a background phrase (\"following a fire on Sunday\").",
  example: '"Dock workers at Harwick walked out on Monday after talks failed last month" → when: Monday',
  apply(main, lead, headline, published, skipBefore) {
    const ok = (w: When, d: DraftClaim): boolean => notAfterPublishedRule.apply(w, published, d) && !(published && w.date && Number(w.date.slice(0, 4)) < Number(published.slice(0, 4)) - 1);
    const quoted = (start: number): boolean => lead.quotes.some((q) => start >= q.innerStart && start < q.innerEnd);
    const named = (t: { start: number; end: number }): boolean => lead.mentions.some((m) => m.start <= t.start && t.end <= m.end);
    const times = lead.times
      .filter((t) => t.start >= skipBefore && !named(t))
      .filter((t) => t.text.trim().length > 0 && !quoted(t.start) && !inBackground(lead, main.d.verb.start, t.start) && ok({ text: t.text, date: t.date, ...dateRange(t.date) }, main.d) && (t.date || !published))
      .map((t) => ({ w: withRange(t.text, t.future && isFutureClause(main.d) ? t.future : t.date), inClause: t.start >= (main.d.who?.start ?? main.d.verb.start) && t.start < main.d.coreEnd, start: t.start }));
    const best = (xs: typeof times): When | null => [...xs].sort((x, y) => precision(y.w) - precision(x.w) || x.start - y.start)[0]?.w ?? null;
    const own = main.c.when.filter((w) => ok(w, main.d) && times.some((t) => t.w.text === w.text && t.inClause));
    const inClause = best(times.filter((t) => t.inClause && own.some((w) => w.text === t.w.text))) ?? best(times.filter((t) => t.inClause));
    if (inClause) return { when: [inClause], from: main.c.id };
    const anyLead = best(times);
    if (anyLead) return { when: [anyLead], from: main.c.id };
    if (headline) {
      const hw = headline.c.when.filter((w) => ok(w, headline.d) && (w.date || !published));
      if (hw.length) return { when: [[...hw].sort((x, y) => precision(y) - precision(x))[0]!], from: headline.c.id };
    }
    return null;
  },
};

/** The action without the background after it. */
export const backgroundTailRule: EventRule<[string], string> = {
  name: 'background-tail',
  description: 'The action ends where background begins: a trailing "following …", "after …", "amid …", "on the eve of …", "in order to …", ", which …" or ", bucking …" phrase tells what led to, surrounds or follows from the event, not the event.',
  example: '"announced new strikes on Monday after talks with the port failed" → what: announced new strikes on Monday',
  apply(what) {
    const m = /,?\s+(?:following|after|amid|in order to|as part of|because|while|since|on the eve of)\s+|,\s+(?:which|who|as|[a-z]+ing)\s+/i.exec(what);
    if (!m || wordCount(what.slice(0, m.index)) < 3) return what;
    return what.slice(0, m.index).replace(/[,;:\s]+$/, '');
  },
};

const PERIOD = /\b(?:(?:the|its|their)\s+)?(?:(?:fiscal|calendar)\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(?:quarter|half)\b|\bthe (?:fiscal )?(?:quarter|half|year) ended [A-Z][a-z]+\.? \d{1,2}\b/i;

/** A reporting period as the time of a results report. */
export const reportingPeriodRule: EventRule<[Part, string], When | null> = {
  name: 'reporting-period',
  description: 'A company\'s results are dated by the period they cover: when the main clause gives no other time, a reporting period it names ("the third quarter", "the fiscal first half", "the quarter ended Sept. 30") is the event\'s time.',
  example: '"Orlon Freight said it earned $4 million in the fiscal second quarter" → when: the fiscal second quarter',
  apply(main, text) {
    const m = PERIOD.exec(text.slice(main.d.verb.start, main.d.coreEnd > main.d.verb.start ? Math.max(main.d.coreEnd, main.d.whatEnd) : main.d.whatEnd));
    return m ? withRange(m[0], null) : null;
  },
};

/** The publication date for a same-day report. */
export const publishedDateRule: EventRule<[Part, string | null], When | null> = {
  name: 'published-date',
  description: 'A lead that gives no time reports what has just happened: its time is the publication date, unless it speaks of the future.',
  example: 'published 2031-03-05, "The mayor of Dunmore has resigned." → when: 2031-03-05',
  apply(main, published) {
    if (!published || isFutureClause(main.d)) return null;
    return withRange('', published);
  },
};

/** The rules, in the order the composition applies them. */
export const EVENT_RULES: readonly { name: string; description: string; example: string }[] = [
  headlineRule,
  datelineRule,
  leadRule,
  mainClauseRule,
  reportedContentRule,
  speechContentRule,
  trailingAttributionRule,
  descriptiveLeadRule,
  nounAsVerbRule,
  trailingTimeRule,
  fullerNameRule,
  splitObjectRule,
  backgroundTailRule,
  sectionLabelRule,
  sameEventRule,
  pronounRule,
  placeRule,
  homePlaceRule,
  sharedPlaceRule,
  notAfterPublishedRule,
  timeRule,
  reportingPeriodRule,
  publishedDateRule,
].map(({ name, description, example }) => ({ name, description, example }));

/** Actor and action of one clause, with the tagger's slips repaired. */
function clauseOf(p: Part, parts: Part[], text: string, dateline: Dateline | null): { who: Who | null; what: string; verb: string } {
  let who = whoOf(p, text, dateline);
  let what = p.c.what;
  let verb = p.c.verb;
  const fixed = nounAsVerbRule.apply(p);
  if (fixed && who) {
    who = { ...who, text: sectionLabelRule.apply(fixed.who) };
    what = fixed.what;
    verb = fixed.verb;
  }
  const longer = splitObjectRule.apply(p, parts, text);
  if (longer) what = longer;
  return { who, what, verb };
}

/** Compose one document's main event. */
export function composeEvent(input: EventInput): EventOutput {
  const { text, sentences, drafts, claims, published } = input;
  const parts = new Map<number, Part[]>();
  drafts.forEach((d, i) => {
    const list = parts.get(d.sentence.index) ?? [];
    list.push({ i, d, c: claims[i]! });
    parts.set(d.sentence.index, list);
  });
  const headline = headlineRule.apply(sentences, input.title, parts);
  let lead = leadRule.apply(sentences, headline, parts, input.title);
  const before = lead ? sentences.filter((s) => s.index < lead!.index && s !== headline && s.kind !== 'furniture') : [];
  const dateline = lead ? datelineRule.apply(text, before, lead) : null;
  const hMain = headline ? mainClauseRule.apply(parts.get(headline.index) ?? [], 0) : null;
  const leadParts0 = lead ? (parts.get(lead.index) ?? []) : [];
  let lMain = lead ? mainClauseRule.apply(leadParts0, dateline && dateline.end > 0 ? dateline.end : 0) : null;
  // a lead whose every clause is embedded (an opening "Now that …," and a verbless rest): the next sentence
  for (let k = 0; lead && !lMain && k < 2; k++) {
    const next: AnnotatedSentenceX | null = leadRule.apply(sentences.filter((x) => x.index > lead!.index), null, parts, input.title);
    if (!next) break;
    const m = mainClauseRule.apply(parts.get(next.index) ?? [], 0);
    if (m) {
      lead = next;
      lMain = m;
    }
  }
  let reporter: Part | null = null;
  const leadParts = lead ? (parts.get(lead.index) ?? []) : [];
  if (lMain) {
    const content = reportedContentRule.apply(lMain, leadParts) ?? speechContentRule.apply(lMain, leadParts);
    if (content) {
      reporter = lMain;
      lMain = content;
    }
  }
  let main = lMain ?? hMain;
  if (!main) return { event: null, used: [] };
  const used = [main.i];
  const headlineClause = hMain ? clauseOf(hMain, parts.get(hMain.d.sentence.index) ?? [], text, null) : null;
  const headlineWho = headlineClause?.who ?? null;
  let { who, what, verb } = clauseOf(main, parts.get(main.d.sentence.index) ?? [], text, dateline);
  // "Orlon said it withdrew…": the pronoun is the speaker
  if (reporter && reporter.c.verb !== 'report' && who && PRONOUN.test(who.text.trim()) && reporter.c.who) who = whoOf(reporter, text, dateline);
  what = backgroundTailRule.apply(what);
  const from: DocumentEvent['from'] = { who: who ? main.c.id : null, what: main.c.id, where: null, when: null, source: null };
  let source: Source | null = null;
  if (reporter) {
    used.push(reporter.i);
    source = reporter.c.who ? { text: reporter.c.who.text, entity: reporter.c.who.entity, cue: reporter.c.verb } : null;
    if (source) from.source = reporter.c.id;
  }
  // the lead only attributes ("…, the group said") or only describes ("She was…"): the headline states the event
  let merged: Part | null = null;
  if (lMain && hMain && hMain !== lMain && headlineClause?.who && !hMain.d.speech && (trailingAttributionRule.apply(lMain) || descriptiveLeadRule.apply(lMain, hMain))) {
    if (lMain.d.speech && lMain.c.who) {
      source = { text: lMain.c.who.text, entity: lMain.c.who.entity, cue: lMain.c.verb };
      from.source = lMain.c.id;
    }
    who = headlineClause.who;
    what = headlineClause.what;
    verb = headlineClause.verb;
    from.who = hMain.c.id;
    from.what = hMain.c.id;
    used.unshift(hMain.i);
    merged = hMain;
  } else if (hMain && lMain && hMain !== lMain && sameEventRule.apply(hMain, lMain)) {
    // headline and lead stating the same event: the fuller actor and action
    merged = hMain;
    used.push(hMain.i);
    const hw = headlineWho;
    if (hw && (!who || PRONOUN.test(who.text.trim()) || (who.entity && who.entity === hw.entity && wordCount(hw.text) > wordCount(who.text)))) {
      who = hw;
      from.who = hMain.c.id;
    }
    if (headlineClause && wordCount(headlineClause.what) > wordCount(what)) {
      what = headlineClause.what;
      verb = headlineClause.verb;
      from.what = hMain.c.id;
    }
  }
  if (who) {
    const resolved = pronounRule.apply(who, headlineWho, main);
    if (resolved !== who && resolved === headlineWho && hMain) from.who = hMain.c.id;
    who = fullerNameRule.apply(resolved);
  }
  // where: the lead's places, the dateline, the actor's home town, the place the early sentences share
  let where: Where[] = [];
  const leadSentence = lead ?? headline!;
  const place = placeRule.apply(lMain ?? main, leadSentence, hMain, headline, Boolean(dateline));
  const later = place || dateline ? null : placeRule.apply(lMain ?? main, leadSentence, hMain, headline, false);
  const home = place || dateline || later ? null : homePlaceRule.apply(sentences, lMain ?? main);
  if (place) {
    where = place.where;
    from.where = place.from;
  } else if (later) {
    where = later.where;
    from.where = later.from;
  } else if (dateline) {
    where = [{ text: dateline.place, entity: null }];
    from.where = 'dateline';
  } else if (home) {
    where = [home];
    from.where = (lMain ?? main).c.id;
  } else {
    const shared = sharedPlaceRule.apply(sentences, leadSentence.index);
    if (shared) {
      where = [shared];
      from.where = 'article';
    }
  }
  // when: the lead's time, else the publication date for a same-day report
  let when: When[] = [];
  main = lMain ?? main;
  const time = timeRule.apply(main, leadSentence, hMain, published, dateline && dateline.end > 0 && lead === leadSentence ? dateline.end : 0);
  const period = reportingPeriodRule.apply(main, text);
  if (period && (!time || (time.when[0]?.date ?? '').length < 10)) {
    when = [period];
    from.when = main.c.id;
  } else if (time) {
    when = time.when;
    from.when = time.from;
  } else if (reportingPeriodRule.apply(main, text)) {
    when = [reportingPeriodRule.apply(main, text)!];
    from.when = main.c.id;
  } else {
    const p = publishedDateRule.apply(main, published);
    if (p) {
      when = [p];
      from.when = 'published';
    }
  }
  if (!source && main.c.source) {
    source = main.c.source;
    from.source = main.c.id;
  } else if (!source && main.d.speech && who && from.who === main.c.id) {
    source = { text: who.text, entity: who.entity, cue: main.c.verb };
    from.source = main.c.id;
  }
  return {
    event: { who, what, verb, where, when, source, claims: [...new Set(used)].map((i) => claims[i]!.id), from },
    used: [...new Set(used)],
  };
}

/**
 * Salience after the event: the claims it was composed from are the article's most salient,
 * the main one first; no other claim (a headline that only repeats the lead) outranks them.
 */
export function eventSalience(claims: Claim[], used: number[]): void {
  if (!used.length) return;
  const top = new Set(used);
  claims.forEach((c, i) => {
    if (i === used[0]) c.salience = 1;
    else if (top.has(i)) c.salience = 0.99;
    else if (c.salience > 0.98) c.salience = 0.98;
  });
}

/** Code points of a string (for callers that convert offsets). */
export const codePoints = cp;
