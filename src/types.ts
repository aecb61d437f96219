/**
 * The data contract between pipeline stages and the public output shape.
 *
 * Two offset systems are in play: inside the pipeline every span is a UTF-16 index into
 * the document text (what JavaScript strings use); the public output (`Claim.start/end`,
 * `DocumentInfo.chars`) uses code-point offsets, so that Python's `str` slicing and
 * `[...text].slice(start, end)` both give back the claim text. The conversion happens once,
 * in `build`, through `CodePointIndex`.
 */

export const SCHEMA_VERSION = 1 as const;

/** One input article as read from disk, stdin or a JSON record. */
export interface SourceDocument {
  /** Stable id: path relative to the directory argument, without extension. */
  id: string;
  /** The path as given (or `-` for stdin). */
  path: string;
  /** Article text: the body the offsets refer to. For .txt/.md, the file text after front matter. */
  text: string;
  title: string | null;
  /** Published date as ISO `YYYY-MM-DD`, when known from metadata or `--date`. */
  published: string | null;
  url: string | null;
  source: string | null;
  /** Where in `text` the article body starts (after front matter), UTF-16 index. */
  bodyStart: number;
}

export type EntityType = 'person' | 'organization' | 'place';
export type WhoType = EntityType | 'group' | 'other';

/** A span of text, UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

export type SentenceKind = 'text' | 'headline' | 'caption' | 'post' | 'furniture';

/** A sentence found by the segmenter. */
export interface Sentence extends Span {
  index: number;
  text: string;
  kind: SentenceKind;
  /** The paragraph (block separated by blank lines or line breaks) it sits in, 0-based. */
  paragraph: number;
  /** For embedded social posts: the author named in the post's signature line. */
  postAuthor?: string;
  /** A byline (author's name or role) furniture line. */
  byline?: boolean;
  /** For embedded social posts: the date in the signature line, as written. */
  postDate?: string;
}

/** A token produced by annotating one sentence with compromise. */
export interface Token extends Span {
  text: string;
  /** Lower-cased text without surrounding punctuation. */
  norm: string;
  tags: ReadonlySet<string>;
  /** Punctuation and spaces after the token (compromise's `post`). */
  post: string;
  pre: string;
}

/** A mention of a named entity in one sentence. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Canonical entity name after alias merging (filled in by refine). */
  entity: string | null;
  /** Token index range [first, last] in the sentence. */
  first: number;
  last: number;
}

/** A time expression with its resolved date. */
export interface TimeMention extends Span {
  text: string;
  /** A `When` date (day, month, year, week, quarter, half, season, decade, century), or null when it cannot be resolved. */
  date: string | null;
  /** For a weekday alone: the date it names when the clause speaks of the future ("will reopen on Thursday"). */
  future?: string | null;
}

/** A quotation: the quoted span and the speaker attributed to it, if any. */
export interface Quote extends Span {
  /** Inner span without the quote marks. */
  innerStart: number;
  innerEnd: number;
}

/** A verb group found in a sentence. */
export interface VerbGroup extends Span {
  text: string;
  lemma: string;
  first: number;
  last: number;
  negated: boolean;
  passive: boolean;
}

/** Everything the annotate stage knows about a sentence. */
export interface AnnotatedSentence extends Sentence {
  tokens: Token[];
  mentions: Mention[];
  times: TimeMention[];
  quotes: Quote[];
  verbs: VerbGroup[];
}

export interface AnnotatedDocument {
  doc: SourceDocument;
  /** Published date used for resolving relative dates (metadata, --date or dateline). */
  published: string | null;
  sentences: AnnotatedSentence[];
}

// ---------------------------------------------------------------------------------------
// Public output (schemaVersion 1). Offsets are code points.

export interface Who {
  text: string;
  entity: string | null;
  type: WhoType;
}

export interface Where {
  text: string;
  entity: string | null;
}

export interface When {
  text: string;
  /**
   * The date at the granularity the text gives: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, a week
   * `YYYY-Www` (weekend `YYYY-Www-WE`), a quarter `YYYY-Qn`, a half `YYYY-Hn`, a season
   * `YYYY-SP|SU|FA|WI`, a decade `YYY` or a century `YY`; null when the text names no date.
   */
  date: string | null;
  /** First day the date covers (`YYYY-MM-DD`), null when unknown. */
  start: string | null;
  /** Last day the date covers (`YYYY-MM-DD`), null when unknown. */
  end: string | null;
}

/**
 * What kind of attribution a source is: its words (`speech`: "said", "told", a quotation,
 * "according to", a post, a headline's speaker), what it thinks (`belief`: "believes", "thinks",
 * "expects", "fears"), what it means to bring about (`intention`: "wants", "plans", "urges",
 * "promises"), or what a document, poll or study shows (`evidence`: "shows", "found",
 * "suggests", "indicates").
 */
export type SourceKind = 'speech' | 'belief' | 'intention' | 'evidence';

export interface Source {
  text: string;
  entity: string | null;
  /** The attribution cue: "said", "according to", "told", "reported", "post", "quote"... */
  cue: string;
  /** The kind of attribution (on every claim's source; absent in outputs of earlier versions). */
  kind?: SourceKind;
}

/**
 * What a claim was read from: `clause`, a finite-verb clause with its own subject (every claim
 * by default); `apposition`, a noun phrase set beside a name between commas ("Mary Barra, the
 * carmaker's chief executive, said": Mary Barra / be / the carmaker's chief executive; no verb is
 * written, so `verbText` is empty and `what` and `object` are the appositive); `participle`, a
 * non-finite clause (an -ing or -ed participle phrase, or a to-infinitive of purpose) whose subject
 * is taken from the clause it hangs on ("Crowds gathered, chanting slogans": Crowds / chant).
 * Only `clause` claims are made unless `kinds` (CLI `--kinds`) asks for more.
 */
export type ClaimKind = 'clause' | 'apposition' | 'participle';
export const CLAIM_KINDS: readonly ClaimKind[] = ['clause', 'apposition', 'participle'];

export interface Claim {
  id: string;
  doc: string;
  /** Sentence index within its document, 0-based. */
  sentence: number;
  start: number;
  end: number;
  text: string;
  who: Who | null;
  what: string;
  verb: string;
  /**
   * The verb group as written, the start of `what` ("had slowly declined", "is said to have
   * left"; absent in outputs of earlier versions).
   */
  verbText?: string;
  /**
   * The rest of `what` after the verb group: the object or complement with the clause's adjuncts
   * ("two routes since the spring"; for a speech verb, what was said); empty when nothing follows
   * the verb. Absent in outputs of earlier versions.
   */
  object?: string;
  where: Where[];
  when: When[];
  source: Source | null;
  negated: boolean;
  hedged: boolean;
  salience: number;
  /** What the claim was read from (see ClaimKind); absent in outputs of earlier versions. */
  kind?: ClaimKind;
}

export interface DocumentInfo {
  id: string;
  path: string;
  title: string | null;
  published: string | null;
  chars: number;
  sentences: number;
  /** The article's URL (front matter `url:`, JSON `url`); absent when unknown. */
  url?: string;
  /** The outlet that published it (metadata `source`, else the URL's host); absent when unknown. */
  outlet?: string;
  /** The article's main event as its headline and lead state it (`null`: no event, e.g. a list). */
  event?: DocumentEvent | null;
}

/**
 * Where a field of a document's event was taken from: the id of a claim, or `"dateline"` (the
 * place line a wire story opens with), `"published"` (the publication date, for a same-day
 * report), `"article"` (the place the article's early sentences share). `null`: the field is empty.
 */
export type EventOrigin = string | null;

/** The main event of one article: who did what, where and when, according to whom (a claim's fields). */
export interface DocumentEvent extends Pick<Claim, 'who' | 'what' | 'verb' | 'where' | 'when' | 'source'> {
  /** Ids of the claims the event was composed from, the main one first. */
  claims: string[];
  /** Each field's provenance. */
  from: { who: EventOrigin; what: EventOrigin; where: EventOrigin; when: EventOrigin; source: EventOrigin };
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  docs: string[];
  /** One mention of every alias: the article and the words around it (`claims entities` shows them). */
  examples?: AliasExample[];
}

/** Where an alias of an entity was found: the article and the sentence (shortened) it stands in. */
export interface AliasExample {
  alias: string;
  doc: string;
  text: string;
}

export interface ExtractResult {
  schemaVersion: typeof SCHEMA_VERSION;
  documents: DocumentInfo[];
  claims: Claim[];
  entities: Entity[];
}

/** A message about one input, for stderr. */
export interface Diagnostic {
  path: string;
  level: 'warning' | 'error';
  message: string;
}
