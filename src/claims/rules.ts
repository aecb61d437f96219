/**
 * Every rule of the claim builder, in pipeline order: what `rulesOff` (library) and
 * CLAIMS_RULES_OFF (the CLI's dev knob) can switch off, and what `npm run eval -- --ablate`
 * measures one at a time.
 */
import { INVERTED_SPEECH_RULES_11, RELATIVE_SPEAKER_RULES_11, THERE_CLAUSE_RULES_11 } from './fixes-11.js';
import { PASSES, type PassName, type Rule, type RulesOff } from './rule.js';
import { FINITE_RULES } from './finite.js';
import { VERB_REPAIR_RULES_5 } from '../annotate/verb-repairs-5.js';
import { VERB_REPAIR_RULES_8 } from '../annotate/verb-repairs-8.js';
import { VERB_REPAIR_RULES_11 } from '../annotate/verb-repairs-11.js';
import { PTB_ALL_RULES_10 } from '../annotate/ptb-10.js';
import { VERB_RULES_8 } from './verbs-8.js';
import { AFTER_RELATIVE_RULES, APPOSITIVE_CHAIN_RULES } from './appositive-subject.js';
import { SERIES_RULES } from './series.js';
import { SUBJECT_RULES_6 } from './subjects-6.js';
import { RELATIVE_THAT_RULES } from './relative.js';
import { ASIDE_RULES, NP_HEAD_RULES, NP_RULES } from './phrase.js';
import { COORDINATION_RULES, DRAFT_SUBJECT_RULES, SUBJECT_AFTER_RULES, SUBJECT_PAIR_RULES, SUBJECT_RULES } from './subjects.js';
import { RULES_7 } from './extents-7.js';
import { CLAUSE_END_RULES, COMPLEMENT_RULES, SPEECH_RULES, TRAILING_RULES } from './extents.js';
import { CONJUNCTION_RULES, OBJECT_RULES } from './objects.js';
import { ACROSS_RULES, ATTRIBUTION_RULES, PARAGRAPH_RULES, SPLIT_QUOTE_RULES, GAP_RULES, DOCUMENT_RULES, BACKGROUND_RULE, CUE_RULES, CUE_VERB_SOURCE_RULES, SPEAKER_REPAIR_RULES, TIME_SPEAKER_RULES, SPEAKER_SELF_RULES, SPEECH_SOURCE_RULES, TRAILING_RULES as TRAILING_ATTRIBUTION_RULES } from './attribution.js';
import { CUE_RULES_6 } from './cue-rules-6.js';
import { CORE_RULES_9 } from './core-9.js';
import { TUPLE_RULES_7 } from './tuples-7.js';
import { PRECISION_RULES_9 } from './precision-9.js';
import { PRECISION_RULES_10 } from './precision-10.js';
import { RECALL_RULES_9 } from './recall-9.js';
import { RECALL_RULES_10 } from './recall-10.js';
import { STANCE_RULES_7 } from './stance-7.js';
import { SPEECH_RULES_8, SPEECH_NP_RULES_8 } from './speech-8.js';
import { STANCE_RULES_8 } from './stance-8.js';
import { OTHER_RULES_9 } from './other-9.js';
import { CAPTION_RULES, CLAUSE_ADJUNCT_RULES, LEAD_RULES, LOCATIVE_RULES, SHARING_RULES, SUBJECT_PLACE_RULE } from './places.js';
import { KIND_RULES } from './nonfinite.js';
import { SPEAKER_RULES_6 } from './speakers-6.js';
import { SPEAKER_RULES_7 } from './speakers-7.js';
import { HEDGE_RULES, NEEDS_SUBJECT_RULE, NEGATION_RULES, UNASSERTED_RULE } from './negation.js';
import { SALIENCE_RULES_10 } from '../refine/salience-10.js';
import { GENDER_RULES, NEAR_UNKNOWN, PRONOUN_GENDER_RULES, SUBJECT_ANTECEDENT } from '../refine/gender.js';

/** A rule as listed: everything but its function. */
export interface RuleInfo {
  name: string;
  pass: PassName;
  description: string;
  example: string;
}

const ALL: readonly Rule<never, unknown>[] = [
  ...PTB_ALL_RULES_10,
  ...VERB_REPAIR_RULES_5,
  ...SPEECH_RULES_8, ...SPEECH_NP_RULES_8,
  ...VERB_REPAIR_RULES_8,
  ...VERB_REPAIR_RULES_11,
  ...VERB_RULES_8,
  ...RECALL_RULES_9,
  ...RECALL_RULES_10,
  ...FINITE_RULES,
  ...AFTER_RELATIVE_RULES,
  ...RELATIVE_THAT_RULES,
  ...SPEAKER_RULES_6,
  ...SUBJECT_RULES,
  ...APPOSITIVE_CHAIN_RULES,
  ...SERIES_RULES,
  ...NP_HEAD_RULES,
  ...NP_RULES,
  ...ASIDE_RULES,
  ...SUBJECT_AFTER_RULES,
  ...SUBJECT_PAIR_RULES,
  ...COORDINATION_RULES,
  ...DRAFT_SUBJECT_RULES,
  ...SUBJECT_RULES_6,
  ...CLAUSE_END_RULES,
  ...TRAILING_RULES,
  ...RULES_7,
  ...SPEECH_RULES,
  ...COMPLEMENT_RULES,
  ...CONJUNCTION_RULES,
  ...OBJECT_RULES,
  ...HEDGE_RULES,
  ...NEGATION_RULES,
  ...UNASSERTED_RULE,
  ...TUPLE_RULES_7,
  ...PRECISION_RULES_9,
  ...PRECISION_RULES_10,
  ...RELATIVE_SPEAKER_RULES_11,
  ...INVERTED_SPEECH_RULES_11,
  ...THERE_CLAUSE_RULES_11,
  ...NEEDS_SUBJECT_RULE,
  ...SPEAKER_REPAIR_RULES,
  ...TIME_SPEAKER_RULES,
  ...TRAILING_ATTRIBUTION_RULES,
  ...SPEECH_SOURCE_RULES,
  ...SPEAKER_SELF_RULES,
  ...SPEAKER_RULES_7,
  ...BACKGROUND_RULE,
  ...CUE_VERB_SOURCE_RULES,
  ...CUE_RULES_6,
  ...CORE_RULES_9,
  ...ATTRIBUTION_RULES,
  ...CUE_RULES,
  ...STANCE_RULES_7,
  ...STANCE_RULES_8,
  ...OTHER_RULES_9,
  ...PARAGRAPH_RULES,
  ...SPLIT_QUOTE_RULES,
  ...GAP_RULES,
  ...ACROSS_RULES,
  ...DOCUMENT_RULES,
  ...KIND_RULES,
  ...LEAD_RULES,
  ...LOCATIVE_RULES,
  ...CAPTION_RULES,
  ...SUBJECT_PLACE_RULE,
  ...CLAUSE_ADJUNCT_RULES,
  ...SHARING_RULES,
  ...GENDER_RULES,
  ...PRONOUN_GENDER_RULES,
  ...SALIENCE_RULES_10,
  SUBJECT_ANTECEDENT,
  NEAR_UNKNOWN,
] as readonly Rule<never, unknown>[];

/** Every rule, grouped by pass in pipeline order (within a pass, in the order they apply). */
export const RULES: readonly RuleInfo[] = PASSES.flatMap((p) => ALL.filter((r) => r.pass === p).map(({ name, pass, description, example }) => ({ name, pass, description, example })));

export const RULE_NAMES: ReadonlySet<string> = new Set(RULES.map((r) => r.name));
if (RULE_NAMES.size !== RULES.length) throw new Error('claims: two rules share a name');

/** The names given that are not rules (empty: all known). */
export function unknownRules(names: readonly string[]): string[] {
  return names.filter((n) => !RULE_NAMES.has(n));
}

/** The switched-off set for a list of names; throws on a name that is not a rule. */
export function rulesOff(names: readonly string[] | undefined): RulesOff {
  if (!names || names.length === 0) return new Set();
  const bad = unknownRules(names);
  if (bad.length) throw new Error(`unknown rule${bad.length > 1 ? 's' : ''}: ${bad.join(', ')} (the rules: RULES in the library, or \`npm run eval -- --list\`)`);
  return new Set(names);
}
