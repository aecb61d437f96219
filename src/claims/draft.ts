/** The claim builder's working shape: one per finite clause, before refinement and output. */
import type { TimeMention, VerbGroup } from '../types.js';
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
}

export interface DraftSource {
  text: string;
  cue: string;
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
  /** Resolved referent of the subject (refine). */
  whoEntity?: string | null;
  whoType?: 'person' | 'organization' | 'place' | 'group' | 'other';
  salience?: number;
}
