/**
 * Gender evidence for the people of one article, so that "he" and "she" stand for a person of
 * their own gender (coref.ts). Each rule reads one kind of evidence English news writing gives
 * about a named person and votes with a weight:
 *
 *   "Mrs. Ruiz said"                      → female (a social title, the strongest)
 *   "Congresswoman Ana Ruiz", "his wife, Ana Ruiz", "Ana Ruiz, the actress,"  → female
 *   "Ana Ruiz" (a given name)             → female (the weakest: many given names are shared)
 *   "Ana Ruiz left the port. She said …"  → female (the only person of a sentence, then "she")
 *
 * A mention's own evidence (its title, its appositive, its given name) decides for that mention;
 * otherwise the votes of all the mentions of its entity in the article decide. No evidence, or
 * evidence both ways in equal measure: no gender, and any pronoun may stand for the person.
 */
import type { TypedMention } from '../annotate/entities.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { Token } from '../types.js';
import { isOn, rules, type Rule, type RulesOff } from '../claims/rule.js';
import { TITLES } from '../annotate/lexicon.js';

export type Gender = 'male' | 'female';

/** Man's and woman's words of English, in pairs (the nouns that name a person by gender). */
const PAIRS: readonly (readonly [string, string])[] = [
  ['mr', 'mrs'], ['mr', 'ms'], ['mr', 'miss'], ['messrs', 'mmes'], ['sir', 'dame'], ['lord', 'lady'],
  ['man', 'woman'], ['boy', 'girl'], ['gentleman', 'lady'], ['father', 'mother'], ['dad', 'mom'], ['dad', 'mum'],
  ['son', 'daughter'], ['brother', 'sister'], ['husband', 'wife'], ['widower', 'widow'], ['uncle', 'aunt'],
  ['nephew', 'niece'], ['grandfather', 'grandmother'], ['grandson', 'granddaughter'], ['boyfriend', 'girlfriend'],
  ['stepfather', 'stepmother'], ['stepson', 'stepdaughter'], ['fiance', 'fiancee'], ['king', 'queen'],
  ['prince', 'princess'], ['duke', 'duchess'], ['emperor', 'empress'], ['actor', 'actress'], ['waiter', 'waitress'],
  ['host', 'hostess'], ['heir', 'heiress'], ['monk', 'nun'], ['priest', 'priestess'], ['congressman', 'congresswoman'],
  ['chairman', 'chairwoman'], ['spokesman', 'spokeswoman'], ['businessman', 'businesswoman'], ['councilman', 'councilwoman'],
  ['assemblyman', 'assemblywoman'], ['alderman', 'alderwoman'], ['anchorman', 'anchorwoman'], ['sportsman', 'sportswoman'],
  ['policeman', 'policewoman'], ['congressman', 'congresswoman'], ['countryman', 'countrywoman'], ['statesman', 'stateswoman'],
  ['frontman', 'frontwoman'], ['committeeman', 'committeewoman'], ['selectman', 'selectwoman'], ['fisherman', 'fisherwoman'],
];
const MALE = new Set(PAIRS.map((p) => p[0]));
const FEMALE = new Set(PAIRS.map((p) => p[1]));
/** Social titles, which say the gender whatever else the name says. */
const SOCIAL: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['messrs', 'male'], ['sir', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['mmes', 'female'], ['dame', 'female'],
]);

const wordGender = (norm: string): Gender | null => {
  const w = norm.replace(/['’]s$/, '').replace(/é/g, 'e');
  return MALE.has(w) ? 'male' : FEMALE.has(w) ? 'female' : null;
};

/** One person mention and where it stands. */
interface MentionCtx {
  s: AnnotatedSentenceX;
  next: AnnotatedSentenceX | undefined;
  m: TypedMention;
  /** The sentence names no other person. */
  alone: boolean;
}
interface Vote {
  gender: Gender;
  weight: number;
  /** Evidence about this mention itself (its title, appositive, given name), not only its entity. */
  own: boolean;
}

const inQuote = (s: AnnotatedSentenceX, pos: number): boolean => s.quotes.some((q) => pos >= q.innerStart && pos < q.innerEnd);
/** Subject and reflexive pronouns: an object ("X scolded him") or "her" is more often someone else. */
const PRONOUN: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'], ['himself', 'male'], ['she', 'female'], ['herself', 'female'],
]);

export const GENDER_RULES = rules<MentionCtx, Vote | undefined>('coref', [
  {
    name: 'gender-social-title',
    description: 'a social title before the name says the person\'s gender: Mr., Sir a man; Mrs., Ms., Miss, Dame a woman',
    example: 'Mrs. Ruiz said the pier would close',
    apply: ({ s, m }) => {
      const before = s.tokens[m.first - 1];
      const titleWord = m.title ? m.title.split(/\s+/).pop()!.toLowerCase().replace(/\.$/, '') : '';
      const g = SOCIAL.get(titleWord) ?? (before && /^\p{Lu}/u.test(before.text) ? SOCIAL.get(before.norm) : undefined);
      return g ? { gender: g, weight: 3, own: true } : undefined;
    },
  },
  {
    name: 'gender-role-noun',
    description: 'a gendered noun naming the person in the name\'s own phrase or its appositive: "Congresswoman Ana Ruiz", "his wife, Ana Ruiz", "Ana Ruiz, the actress,"',
    example: 'Ana Ruiz, the congresswoman from Dunmore, said',
    apply: ({ s, m }) => {
      const toks = s.tokens;
      const g = roleBefore(toks, m) ?? roleAfter(toks, m);
      return g ? { gender: g, weight: 2, own: true } : undefined;
    },
  },
  {
    name: 'gender-given-name',
    description: 'a given name (before a surname, or alone when it is no surname) that the tagger\'s lexicon (compromise\'s MaleName / FemaleName) knows as a man\'s or a woman\'s; the weakest evidence, since many given names are shared',
    example: 'Ana Ruiz said',
    apply: ({ s, m }) => {
      let k = m.first;
      while (k < m.last && (s.tokens[k]!.tags.has('Honorific') || TITLES.has(s.tokens[k]!.norm))) k++;
      const t = s.tokens[k]!;
      // a given name alone ("Hillary said") only when it is no surname too
      if (m.last <= k && (m.last < k || t.tags.has('LastName') || !t.tags.has('FirstName'))) return undefined;
      const g: Gender | null = t.tags.has('MaleName') ? 'male' : t.tags.has('FemaleName') ? 'female' : null;
      return g ? { gender: g, weight: 1, own: true } : undefined;
    },
  },
  {
    name: 'gender-own-pronoun',
    description: 'the only person a sentence names, then "he" or "she" (or "himself", "herself") after the name in that sentence, or "He"/"She" opening the next one (outside quotations)',
    example: 'Ana Ruiz left the port on Monday. She said the ferry would wait.',
    apply: ({ s, next, m, alone }) => {
      if (!alone || inQuote(s, m.start)) return undefined;
      const later = s.tokens.find((t) => t.start >= m.end && PRONOUN.has(t.norm) && !inQuote(s, t.start));
      const opener = next && next.paragraph === s.paragraph ? next.tokens[0] : undefined;
      const t = later ?? (opener && /^(?:he|she)$/.test(opener.norm) && !inQuote(next!, opener.start) ? opener : undefined);
      return t ? { gender: PRONOUN.get(t.norm)!, weight: 1, own: false } : undefined;
    },
  },
]);

/** "Congresswoman Ruiz", "actress Ana Ruiz", "his wife Ana Ruiz", "his wife, Ana Ruiz,": the noun right before the name. */
function roleBefore(toks: Token[], m: TypedMention): Gender | null {
  const fromTitle = (m.title ?? '').split(/\s+/).map((w) => wordGender(w.toLowerCase().replace(/\.$/, ''))).find((g) => g) ?? null;
  if (fromTitle) return fromTitle;
  const p = toks[m.first - 1];
  if (!p || /[;:.!?()"“”]/.test(p.post)) return null;
  const g = wordGender(p.norm);
  if (!g) return null;
  // "the wife of Ana Ruiz" would be "of"; "his wife, Ana Ruiz": a comma ends the noun's phrase and opens the name
  const pp = toks[m.first - 2];
  if (/,/.test(p.post) && !(pp && /^(?:his|her|their|the|a|an)$/.test(pp.norm) || /['’]s$/.test(pp?.text ?? ''))) return null;
  return g;
}

/** "Ana Ruiz, the former congresswoman from Dunmore,", "Ana Ruiz, 45, a grandmother of three": the appositive's head noun. */
function roleAfter(toks: Token[], m: TypedMention): Gender | null {
  let k = m.last;
  if (!/^,\s*$/.test(toks[k]?.post ?? '')) return null;
  k++;
  // an age between commas: "Ana Ruiz, 45, the ..."
  if (/^\d{1,3}$/.test(toks[k]?.text ?? '') && /^,\s*$/.test(toks[k]!.post)) k++;
  const first = toks[k];
  if (!first || !/^(?:the|a|an|his|her|their|its)$/.test(first.norm)) return null;
  for (let j = k + 1; j < toks.length && j <= k + 5; j++) {
    const t = toks[j]!;
    if (t.tags.has('Verb') && !t.tags.has('Noun')) return null;
    const g = wordGender(t.norm);
    // the head: the last noun before the appositive ends ("the wife of a fisherman" is a wife)
    if (g && !(toks[j + 1] && /^\s*$/.test(t.post) && toks[j + 1]!.tags.has('Noun') && !/^(?:of|from|in|at|for|to|who)$/.test(toks[j + 1]!.norm))) return g;
    if (/[,;:.!?()]/.test(t.post) || /^(?:of|from|in|at|for|to|who|whose|which|that)$/.test(t.norm)) return null;
  }
  return null;
}

/** The gender of each person mention of an article: its own evidence, else its entity's. */
export function genders(sentences: AnnotatedSentenceX[], off: RulesOff): (m: TypedMention) => Gender | null {
  const own = new Map<TypedMention, number>();
  const byEntity = new Map<string, number>();
  const key = (m: TypedMention): string => m.entity ?? m.text;
  sentences.forEach((s, i) => {
    const people = s.mentions.filter((m) => m.type === 'person' && m.first >= 0);
    const alone = new Set(people.map(key)).size === 1;
    for (const m of people) {
      let mine = 0;
      let all = 0;
      for (const r of GENDER_RULES) {
        if (!isOn(r, off)) continue;
        const v = r.apply({ s, next: sentences[i + 1], m, alone });
        if (!v) continue;
        const w = v.gender === 'male' ? v.weight : -v.weight;
        all += w;
        if (v.own) mine += w;
      }
      if (mine) own.set(m, mine);
      if (all) byEntity.set(key(m), (byEntity.get(key(m)) ?? 0) + all);
    }
  });
  const sign = (n: number | undefined): Gender | null => (!n ? null : n > 0 ? 'male' : 'female');
  return (m) => (m.type !== 'person' ? null : sign(own.get(m)) ?? sign(byEntity.get(key(m))));
}

/** Does a candidate's gender rule it out for a pronoun? */
interface AgreementCtx {
  pronoun: Gender;
  candidate: Gender | null;
}
/** How many sentences back a person of no known gender may still be a pronoun's antecedent. */
export const NEAR_SENTENCES = 3;

export const PRONOUN_GENDER_RULES = rules<AgreementCtx, boolean>('coref', [
  {
    name: 'pronoun-gender-agreement',
    description: '"he" never stands for a person known to be a woman, nor "she" for a man: the latest person of the pronoun\'s gender, or of no known gender, is its antecedent',
    example: 'Ana Ruiz met Tomas Brandt. She said the talks had failed (she = Ana Ruiz)',
    apply: ({ pronoun, candidate }) => candidate !== null && candidate !== pronoun,
  },
]);

/** The antecedent rules coref.ts applies by hand (each switchable by name). */
export const [SUBJECT_ANTECEDENT, NEAR_UNKNOWN] = rules<null, null>('coref', [
  {
    name: 'pronoun-subject-antecedent',
    description: '"he"/"she" stands first for the subject of an earlier clause of its sentence, else of the last sentence with a person as subject (of its gender or none known), before any later-named person',
    example: 'Ana Ruiz praised Tomas Brandt. She said ... (she = Ruiz); Ruiz thanked Brandt. He said ... (he = Ruiz unless Ruiz is known to be a woman)',
    apply: () => null,
  },
  {
    name: 'pronoun-near-unknown',
    description: `a person of no known gender is a pronoun's antecedent only within ${NEAR_SENTENCES} sentences; further back the pronoun stands for no one named`,
    example: 'Dr. Lee ... (four sentences on) He said ... (he = unresolved)',
    apply: () => null,
  },
]) as [Rule<null, null>, Rule<null, null>];
