/** Token tests and small word lists shared by the passes of the claim builder. */
import type { Token } from '../types.js';

export const COORD = new Set(['and', 'or', 'but']);
/** Verbs whose object is usually a clause, even without "that": "believes the man who ... will". */
export const THAT_CLAUSE = /^(?:think|believe|know|hope|fear|expect|suggest|claim|argue|insist|warn|admit|deny|confirm|announce|predict|estimate|assume|doubt|worry|agree|ensure|reveal|feel|realise|realize)$/;
/** Verbs whose object can be a clause: "who believed the plan would fail". */
export const CLAUSE_TAKING = /^(?:think|believe|know|hope|fear|expect|show|see|suggest|indicate|find|learn|feel|realise|realize|hear|say|claim|argue|insist|warn|admit|deny|confirm|announce|report|predict|estimate|assume|doubt|worry|agree|ensure|mean|prove|reveal|notice|understand|decide)$/;
export const REL = new Set(['who', 'which', 'that']);
export const NP_PREPS = new Set(['of', 'from', 'in', 'on', 'at', 'across', 'with', 'under', 'near', 'inside', 'for', 'by']);
export const has = (t: Token | undefined, tag: string): boolean => Boolean(t && t.tags.has(tag));
export const isNounish = (t: Token): boolean =>
  (has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Acronym') || has(t, 'Value') || has(t, 'Pronoun') || has(t, 'Possessive')) && !has(t, 'Verb');
export const isModifier = (t: Token): boolean => has(t, 'Adjective') || has(t, 'Determiner') || has(t, 'Value') || has(t, 'Possessive') || t.norm === 'no' || t.norm === 'every' || t.norm === 'each';
export const opensQuote = (t: Token): boolean => /["“‘«]|''|``/.test(t.pre);
export const closesQuote = (t: Token): boolean => /["”’»]|''/.test(t.post);
/** The token ends with its period: its own ("D.", the abbreviation-keeps-period repair) or in its trailing text. */
const periodEnds = (t: Token): boolean => (t.text.endsWith('.') ? /^\s*$/.test(t.post) : /^\.\s*$/.test(t.post));
/** Abbreviations whose period ends no phrase: an initial ("John D. Ruiz"), a title ("the Rev. Ana Ruiz", "Sen. Ruiz"). */
const TITLE_ABBR = /^(?:mr|mrs|ms|dr|rev|sen|rep|gov|gen|lt|col|capt|cmdr|sgt|adm|maj|prof|st|jr|sr|fr|hon|pres|supt|insp|det|atty|msgr)$/;
export const isAbbreviation = (t: Token | undefined): boolean => Boolean(t && periodEnds(t) && (/^\p{Lu}\.?$/u.test(t.text) || TITLE_ABBR.test(t.norm)));
