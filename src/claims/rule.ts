/**
 * One interface for every rule of the claim builder. The builder is a short pipeline of passes
 * (see build.ts); within a pass, each special case is a Rule: a name, a one-line description,
 * an example, and a function, applied in order. Rules can be listed (`RULES` in rules.ts),
 * counted, and switched off by name (`rulesOff`), so that each one's worth can be measured.
 */

/**
 * The passes of the claim builder, in the order they run: negation and hedging are read off each
 * clause before attribution (a headline speaker rule rewrites the subject afterwards), and places
 * and times are found after alias merging across documents (window.ts), then the pronouns and
 * descriptions that stand for a named entity (src/refine/coref.ts, gender.ts). `kinds` makes the
 * claims that are not finite clauses (appositions, participles), only when they are asked for.
 */
export const PASSES = ['finite', 'subjects', 'extents', 'objects', 'negation', 'attribution', 'kinds', 'placesAndTimes', 'coref'] as const;
export type PassName = (typeof PASSES)[number];

export interface Rule<C, R> {
  /** Unique, kebab-case: what `rulesOff` and CLAIMS_RULES_OFF name. */
  readonly name: string;
  readonly pass: PassName;
  /** What the rule decides, in one line. */
  readonly description: string;
  /** A sentence (or phrase) it applies to. */
  readonly example: string;
  readonly apply: (ctx: C) => R;
}

/** Names of rules switched off. Empty: every rule on (the default). */
export type RulesOff = ReadonlySet<string>;
export const ALL_ON: RulesOff = new Set<string>();

/** A pass's rules, each given its pass. */
export const rules = <C, R>(pass: PassName, list: Omit<Rule<C, R>, 'pass'>[]): Rule<C, R>[] => list.map((r) => ({ ...r, pass }));

/** Does any rule that is on hold? (A list of vetoes: "this is not a finite verb".) */
export function anyRule<C>(list: readonly Rule<C, boolean>[], ctx: C, off: RulesOff): boolean {
  for (const r of list) if (!off.has(r.name) && r.apply(ctx)) return true;
  return false;
}

/** The result of the first rule that is on and gives one (not undefined). */
export function firstRule<C, R>(list: readonly Rule<C, R | undefined>[], ctx: C, off: RulesOff): R | undefined {
  for (const r of list) {
    if (off.has(r.name)) continue;
    const out = r.apply(ctx);
    if (out !== undefined) return out;
  }
  return undefined;
}

/** Run every rule that is on, in order (rules that change the context in place). */
export function eachRule<C>(list: readonly Rule<C, void>[], ctx: C, off: RulesOff): void {
  for (const r of list) if (!off.has(r.name)) r.apply(ctx);
}

/** Is this rule on? For a rule applied by hand inside a pass's loop. */
export const isOn = (r: { readonly name: string }, off: RulesOff): boolean => !off.has(r.name);
