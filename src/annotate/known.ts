/** What compromise's own lexicon knows about a word: for the corrections to its tagging. */
import nlp from './nlp.js';

/** compromise's lexicon: which words it knows, and as what. */
export const LEXICON = (nlp.model() as unknown as { one: { lexicon: Record<string, string> } }).one.lexicon;
/** Words compromise decides by context ("close": Adj|Present), with what they can be. */
export const SWITCHES = (nlp.model() as unknown as { two: { switches: Record<string, string> } }).two.switches;
export const MODAL = /^(?:would|will|can|could|may|might|should|shall|must)$/;
/** The base of an -s form: "rejects" → "reject", "watches" → "watch". */
export const stripS = (w: string): string => w.replace(/(?:(?<=[sxz]|ch|sh)es|s)$/, '');
/** compromise's lexicon lists the word as a verb form. */
export const listedVerb = (w: string): boolean => /^(?:Infinitive|PresentTense|PastTense|Participle|Gerund|PhrasalVerb|Copula|Modal|Auxiliary)$/.test(LEXICON[w] ?? '');
/** A word that can be a verb: compromise's lexicon or its context switches say so. */
export const canBeVerb = (w: string): boolean => listedVerb(w) || /Present|Verb|Past|Infinitive/.test(SWITCHES[w] ?? '');
