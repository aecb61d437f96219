/** The claim builder's working shape: one per finite clause, before refinement and output. */
import type { ClaimKind, SourceKind, TimeMention, VerbGroup } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { TypedMention } from '../annotate/entities.js';

export interface Phrase {
  start: number;
  end: number;
  text: string;
  /** Token range in the sentence. */
  first: number;
  last: number;
  /** The entity mention the phrase refers to, when its head is a name. */
  mention: TypedMention | null;
  /** A time that closes the phrase is its own (a reduced relative's: "The money raised last year"), not the clause's (subjects-6.ts). */
  keepsTime?: boolean;
}

export interface DraftSource {
  text: string;
  cue: string;
  /** speech unless a belief, intention or evidence verb gave it. */
  kind?: SourceKind;
  mention: TypedMention | null;
  /** Canonical entity, filled by refine. */
  entity?: string | null;
  /** The draft whose subject is the source, for resolving pronoun sources. */
  from?: DraftClaim;
}

export interface DraftClaim {
  sentence: AnnotatedSentenceX;
  verb: VerbGroup;
  lemma: string;
  who: Phrase | null;
  /** Claim inherits its subject from a coordinated clause ("stormed ... and looted"). */
  coordinatedWith: DraftClaim | null;
  whatStart: number;
  whatEnd: number;
  /** End of the clause itself (for a speech verb, before its complement); where/when come from here. */
  coreEnd: number;
  /** Token index where the clause ends (exclusive). */
  endToken: number;
  where: TypedMention[];
  when: TimeMention[];
  source: DraftSource | null;
  negated: boolean;
  hedged: boolean;
  speech: boolean;
  /** What the claim was read from; undefined: a finite clause (`clause`). */
  kind?: ClaimKind;
  /** For another kind (apposition, participle): the finite clause it hangs on, if any. */
  host?: DraftClaim | null;
  /** Resolved referent of the subject (refine). */
  whoEntity?: string | null;
  whoType?: 'person' | 'organization' | 'place' | 'group' | 'other';
  salience?: number;
}

/** What findSubject finds for one verb: a subject, or that the verb is coordinated or in a relative clause. */
export interface FoundSubject {
  who: Phrase | null;
  coordinated: boolean;
  relative: boolean;
}

/** One finite clause as the passes fill it in, before it becomes a DraftClaim. */
export interface Clause {
  /** The finite verb group. */
  v: VerbGroup;
  /** The infinitive a hedging passive governs ("is said to have left": "have left"). */
  inf: VerbGroup | undefined;
  /** Last token of the verb (of the infinitive, when there is one). */
  lastTok: number;
  lemma: string;
  /** Pass 2: the subject as found before coordination. */
  found: FoundSubject;
  /** Pass 2: the subject after coordination ("stormed ... and looted": looted's is stormed's). */
  who: Phrase | null;
  /** Pass 2: index of the clause this one is coordinated with, or -1. */
  coordWith: number;
  /** Pass 3: token where the clause (with, for a speech verb, its complement) ends; and where its core ends. */
  endTok: number;
  clauseEndTok: number;
  /** Pass 4: the predicate's span, and the end of the clause's core. */
  whatStart: number;
  whatEnd: number;
  coreEnd: number;
  /** Pass 5. */
  hedged: boolean;
  negated: boolean;
}
