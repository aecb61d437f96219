/** What compromise's own lexicon knows about a word: for the corrections to its tagging. */
import nlp from './nlp.js';

/** compromise's lexicon: which words it knows, and as what. */
/**
 * compromise's lexicon and context switches are plain objects: looked up by a word such as
 * "constructor" or "toString" they answer with Object.prototype's functions. Read them only
 * through their own properties.
 */
const ownString = (table: Record<string, string>): ((w: string) => string | undefined) => (w) => {
  if (!Object.hasOwn(table, w)) return undefined;
  const v: unknown = table[w];
  // a few entries are lists of tags; they read as "A,B", as they always have
  return typeof v === 'string' ? v : String(v);
};
export const lexicon = ownString((nlp.model() as unknown as { one: { lexicon: Record<string, string> } }).one.lexicon);
/** Words compromise decides by context ("close": Adj|Present), with what they can be. */
export const switches = ownString((nlp.model() as unknown as { two: { switches: Record<string, string> } }).two.switches);
export const MODAL = /^(?:would|will|can|could|may|might|should|shall|must)$/;
/** The base of an -s form: "rejects" → "reject", "watches" → "watch". */
export const stripS = (w: string): string => w.replace(/(?:(?<=[sxz]|ch|sh)es|s)$/, '');
/** compromise's lexicon lists the word as a verb form. */
export const listedVerb = (w: string): boolean => /^(?:Infinitive|PresentTense|PastTense|Participle|Gerund|PhrasalVerb|Copula|Modal|Auxiliary)$/.test(lexicon(w) ?? '');
/** A word that can be a verb: compromise's lexicon or its context switches say so. */
export const canBeVerb = (w: string): boolean => listedVerb(w) || /Present|Verb|Past|Infinitive/.test(switches(w) ?? '');

/** -ed adjectives of a state of mind, which after "be" are a state rather than a passive event. */
export const STATE_ADJECTIVES = /^(?:tired|interested|excited|pleased|concerned|surprised|disappointed|worried|delighted|shocked|satisfied|frustrated|bored|confused|embarrassed|ashamed|amazed|annoyed|scared|thrilled|relieved|determined|convinced|committed|dedicated|prepared|supposed|used|involved|related|married|qualified|talented|skilled|experienced|advanced|detailed|limited|sophisticated|complicated|crowded|isolated|balanced|mixed|armed|wicked|naked|ragged|rugged|beloved|learned|aged|blessed|cursed)$/;

/** Past tenses compromise's lexicon has only as nouns, lower-case (capitalised, they are names). */
export const NOUN_PASTS: ReadonlyMap<string, string> = new Map([['rose', 'rise'], ['drew', 'draw']]);
