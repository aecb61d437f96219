/**
 * Coreference for subjects and sources, within one article, by recency:
 * - "he"/"she" → the most recent person named before it, not one known to be of the other
 *   gender (gender.ts: "Mrs. Ruiz", "Ana Ruiz, the actress,", "Ana Ruiz … She said");
 * - "it" as the subject of a speech verb → the most recent organisation within two sentences;
 * - "the ministry", "the president", "the group", "the Syrian leader": a definite description
 *   whose head word ends or is part of a recent entity's name, or is a recent person's title;
 * - "the country" / "the capital" as a place → the most recent country / city named.
 * "they", "we", "I" and "you" are left unresolved (their referent is rarely one named entity).
 */
import type { EntityType } from '../types.js';
import type { TypedMention } from '../annotate/entities.js';
import { DEMONYMS } from '../annotate/lexicon.js';
import type { DraftClaim } from '../claims/draft.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { anyRule, isOn, ALL_ON, type RulesOff } from '../claims/rule.js';
import { NEAR_SENTENCES, NEAR_UNKNOWN, PRONOUN_GENDER_RULES, SUBJECT_ANTECEDENT, genders, type Gender } from './gender.js';

const COUNTRIES = new Set([...DEMONYMS.values()].map((c) => c.toLowerCase()));
const ROLE_NOUNS = /^(?:the\s+)?(?:(?:former|late|new|\p{Lu}\p{L}+|[a-z]+-?[a-z]*)\s+)?(president|leader|prime minister|minister|premier|king|queen|chancellor|ruler|dictator|despot|spokesman|spokeswoman|chief|general|commander|mayor|governor)$/iu;
const DEF_ORG = /^the\s+(?:[a-z]+\s+)?(ministry|government|group|company|firm|agency|army|military|police|party|council|committee|court|club|team|bank|organisation|organization|union|alliance|militia|rebels?|coalition|kremlin|regime|network|broadcaster|newspaper|channel)$/i;

interface Seen {
  m: TypedMention;
  sentence: number;
  title?: string;
  /** Order of the mention in the article. */
  order?: number;
}

/** A person a clause has as its subject: named, or a pronoun already resolved. */
interface Subject {
  start: number;
  entity: string;
  gender: Gender | null;
}

/** The head words of ROLE_NOUNS. */
const ROLE_HEADS = ['president', 'leader', 'prime minister', 'minister', 'premier', 'king', 'queen', 'chancellor', 'ruler', 'dictator', 'despot', 'spokesman', 'spokeswoman', 'chief', 'general', 'commander', 'mayor', 'governor'];

/**
 * The mentions of earlier sentences, kept as the latest one of each kind that a rule looks
 * back for, so that each look-up takes constant time (a scan over all earlier mentions made an
 * article's coreference quadratic in its length).
 */
class Earlier {
  private lastOfType = new Map<EntityType, Seen>();
  /** Latest person with a title, and with a title containing each role head. */
  private titled: Seen | undefined;
  private titledWith = new Map<string, Seen>();
  /** Latest organisation whose name has the word. */
  private orgWithWord = new Map<string, Seen>();
  /** Latest place that is no country, in at most two words. */
  private city: Seen | undefined;
  /** Latest person of each gender, and of none known. */
  private personOf = new Map<Gender | 'none', Seen>();
  private count = 0;

  constructor(private readonly genderOf: (m: TypedMention) => Gender | null) {}

  push(x0: Seen): void {
    const x = { ...x0, order: this.count++ };
    const m = x.m;
    this.lastOfType.set(m.type, x);
    if (m.type === 'person') this.personOf.set(this.genderOf(m) ?? 'none', x);
    if (m.type === 'person' && x.title) {
      this.titled = x;
      const t = x.title.toLowerCase();
      for (const h of ROLE_HEADS) if (t.includes(h)) this.titledWith.set(h, x);
    }
    if (m.type === 'organization') for (const w of (m.entity ?? m.text).toLowerCase().split(/[\s-]+/)) this.orgWithWord.set(w, x);
    if (isCityLike(m)) this.city = x;
  }
  last(type: EntityType): Seen | undefined {
    return this.lastOfType.get(type);
  }
  /** The latest person that `fits` among the latest of each gender. */
  lastPerson(fits: (x: Seen) => boolean): Seen | undefined {
    let best: Seen | undefined;
    for (const x of this.personOf.values()) if (fits(x) && (!best || x.order! > best.order!)) best = x;
    return best;
  }
  /** The latest person whose title fits the role head (any title for a leader, ruler...). */
  titledFor(head: string): Seen | undefined {
    return head === 'leader' || head === 'dictator' || head === 'ruler' || head === 'despot' ? this.titled : this.titledWith.get(head);
  }
  orgNamed(word: string): Seen | undefined {
    return this.orgWithWord.get(word);
  }
  lastCity(): Seen | undefined {
    return this.city;
  }
}

const isCityLike = (m: TypedMention): boolean => m.type === 'place' && !COUNTRIES.has((m.entity ?? m.text).toLowerCase()) && m.text.split(/\s+/).length <= 2;
const titleFits = (x: Seen, head: string): boolean =>
  x.m.type === 'person' && Boolean(x.title?.toLowerCase().includes(head) || (head === 'leader' && x.title) || ((head === 'dictator' || head === 'ruler' || head === 'despot') && x.title));
const orgHasWord = (x: Seen, head: string): boolean => x.m.type === 'organization' && (x.m.entity ?? x.m.text).toLowerCase().split(/[\s-]+/).includes(head);

export function resolveDocument(sentences: AnnotatedSentenceX[], drafts: DraftClaim[], off: RulesOff = ALL_ON): void {
  const genderOf = genders(sentences, off);
  const seen = new Earlier(genderOf);
  const bySentence = new Map<number, DraftClaim[]>();
  for (const d of drafts) {
    const list = bySentence.get(d.sentence.index) ?? [];
    list.push(d);
    bySentence.set(d.sentence.index, list);
  }
  const demonymCountry = (s: AnnotatedSentenceX): string | null => {
    for (const t of s.tokens) {
      const c = DEMONYMS.get(t.norm) ?? DEMONYMS.get(t.norm.replace(/s$/, ''));
      if (c) return c;
    }
    return null;
  };
  let lastCountry: { name: string; m: TypedMention | null } | null = null;
  // "the country" in a news story is the story's country: the one named (or implied by a demonym) most often
  const countryVotes = new Map<string, number>();
  // the first spelling voted for each country, in any case
  const spelling = new Map<string, string>();
  const vote = (n: string): void => {
    if (!countryVotes.has(n) && !spelling.has(n.toLowerCase())) spelling.set(n.toLowerCase(), n);
    countryVotes.set(n, (countryVotes.get(n) ?? 0) + 1);
  };
  for (const s of sentences) {
    for (const m of s.mentions) {
      const n = m.entity ?? m.text;
      if (m.type === 'place' && COUNTRIES.has(n.toLowerCase())) vote(n);
    }
    for (const t of s.tokens) {
      const c = DEMONYMS.get(t.norm) ?? DEMONYMS.get(t.norm.replace(/s$/, ''));
      if (c) vote(spelling.get(c.toLowerCase()) ?? c);
    }
  }
  const mainCountry = [...countryVotes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;

  let lastSpeaker: { entity: string; sentence: number } | null = null;
  let prevSubjects: { sentence: number; list: Subject[] } | null = null;
  for (const s of sentences) {
    const claims = bySentence.get(s.index) ?? [];
    const here = (m: TypedMention): Seen => ({ m, sentence: s.index, ...(m.title ? { title: m.title } : {}) });
    /** The latest mention before `pos` (in this sentence, else an earlier one) that fits. */
    const latest = (pos: number, fits: (x: Seen) => boolean, earlier: Seen | undefined): Seen | undefined => {
      for (let i = s.mentions.length - 1; i >= 0; i--) {
        const m = s.mentions[i]!;
        if (m.end <= pos && fits(here(m))) return here(m);
      }
      return earlier && fits(earlier) ? earlier : undefined;
    };
    const recent = (type: EntityType, pos: number, within = Infinity): Seen | undefined =>
      latest(pos, (x) => x.m.type === type && s.index - x.sentence <= within, seen.last(type));
    /** The people this sentence's clauses have as subjects so far, in order. */
    const subjects: Subject[] = [];
    for (const d of claims) {
      if (!d.who) continue;
      const text = d.who.text.toLowerCase();
      if (d.who.mention && d.who.mention.entity) {
        d.whoEntity = d.who.mention.entity;
        d.whoType = d.who.mention.type;
        if (d.whoType === 'person') subjects.push({ start: d.who.start, entity: d.whoEntity, gender: genderOf(d.who.mention) });
        continue;
      }
      if (text === 'he' || text === 'she') {
        const pronoun: Gender = text === 'he' ? 'male' : 'female';
        const agrees = (g: Gender | null): boolean => !anyRule(PRONOUN_GENDER_RULES, { pronoun, candidate: g }, off);
        const fits = (x: Seen): boolean => x.m.type === 'person' && agrees(genderOf(x.m));
        const pos = d.who.start;
        // the subject of an earlier clause of this sentence, else of the last sentence before it
        const earlierHere = subjects.filter((x) => x.start < pos && agrees(x.gender));
        const before = prevSubjects && s.index - prevSubjects.sentence <= 2 ? prevSubjects.list.filter((x) => agrees(x.gender)) : [];
        const subj = isOn(SUBJECT_ANTECEDENT, off) ? (earlierHere[earlierHere.length - 1] ?? before[0]) : undefined;
        const p = latest(pos, fits, seen.lastPerson(fits));
        const near = (x: Seen | undefined): Seen | undefined =>
          x && genderOf(x.m) === null && isOn(NEAR_UNKNOWN, off) && s.index - x.sentence > NEAR_SENTENCES ? undefined : x;
        d.whoEntity = subj ? subj.entity : (near(p)?.m.entity ?? null);
        d.whoType = 'person';
        if (d.whoEntity) subjects.push({ start: pos, entity: d.whoEntity, gender: pronoun });
        continue;
      }
      if (text === 'it' && (d.speech || d.lemma === 'announce')) {
        // the organisation that spoke last, else the last one named
        const o = lastSpeaker && s.index - lastSpeaker.sentence <= 2 ? null : recent('organization', d.who.start, 2);
        d.whoEntity = lastSpeaker && s.index - lastSpeaker.sentence <= 2 ? lastSpeaker.entity : (o?.m.entity ?? null);
        d.whoType = d.whoEntity ? 'organization' : 'other';
        continue;
      }
      // "the statement said", "the report added": the statement of the last speaker
      if (/^(?:the|a|its|their|his|her|this|that)\s+(?:\w+\s+)?(?:statement|report|announcement|communiqu[eé]|release|letter|post|message)$/i.test(d.who.text) && lastSpeaker) {
        d.whoEntity = lastSpeaker.entity;
        d.whoType = 'other';
        continue;
      }
      const role = ROLE_NOUNS.exec(d.who.text);
      if (role && /^the\b/i.test(d.who.text)) {
        const head = role[1]!.toLowerCase();
        const hit = latest(d.who.start, (x) => titleFits(x, head), seen.titledFor(head));
        if (hit) {
          d.whoEntity = hit.m.entity;
          d.whoType = 'person';
          continue;
        }
      }
      const def = DEF_ORG.exec(d.who.text);
      if (def) {
        const head = def[1]!.toLowerCase();
        const generic = /^(?:company|firm|group|organisation|organization)$/.test(head);
        const hit = latest(d.who.start, (x) => orgHasWord(x, head), seen.orgNamed(head)) ?? (generic ? recent('organization', d.who.start, 3) : undefined);
        if (hit) {
          d.whoEntity = hit.m.entity;
          d.whoType = 'organization';
          continue;
        }
      }
      d.whoEntity = null;
      d.whoType = whoTypeOf(d.who.text);
    }
    for (const d of claims) {
      if (d.speech && d.whoEntity && d.whoType === 'organization') lastSpeaker = { entity: d.whoEntity, sentence: s.index };
    }
    if (subjects.length) prevSubjects = { sentence: s.index, list: subjects };
    // sources: resolve through the speaker's claim
    for (const d of claims) {
      if (!d.source) continue;
      if (d.source.from && d.source.from.whoEntity !== undefined) d.source.entity = d.source.from.whoEntity;
      else d.source.entity = d.source.mention?.entity ?? null;
    }
    // "the country" / "the capital" as the place of a clause
    const demo = demonymCountry(s);
    for (const d of claims) {
      const span = s.text.slice(d.verb.start - s.start, d.coreEnd - s.start).toLowerCase();
      // only where "the country" is a place of the event: "fled the country", "across the country"
      // headlines drop the article: "left country"
      const countryAt = /(\w+)\s+(?:the (?:entire |whole |rest of the )?)?country\b(?!['’])/.exec(span);
      const countryLocative = Boolean(countryAt && /^(?:in|across|throughout|into|inside|to|around|within|outside|from|fled|left|leave|leaving|flee|fleeing|entered|enter|departed|quit|ruled|rule|visited|toured|control|controls|controlled|controlling|took|take|seized|seize)$/.test(countryAt[1]!));
      if (countryLocative && !d.where.some((w) => COUNTRIES.has((w.entity ?? w.text).toLowerCase()))) {
        const name = mainCountry ?? lastCountry?.name ?? demo;
        if (name && countryAt) {
          const phrase = countryAt[0].slice(countryAt[1]!.length).trim();
          const at = s.text.toLowerCase().indexOf(phrase, d.verb.start - s.start) + s.start;
          d.where.push({ start: at, end: at + phrase.length, text: s.text.slice(at - s.start, at - s.start + phrase.length), type: 'place', entity: name, first: -1, last: -1, confidence: 0 });
        }
      }
      const cityRef = /\bthe (capital|city)\b(?!['’]s| of\b| [A-Z])/.exec(span) ?? /(?<=\b(?:in|at|across|inside|outside|around|near) )the (capital|city)['’]s\b/.exec(span);
      if (cityRef && d.where.length === 0) {
        const city = latest(Infinity, (x) => isCityLike(x.m), seen.lastCity());
        if (city) {
          const at = s.text.toLowerCase().indexOf(cityRef[0], d.verb.start - s.start) + s.start;
          d.where.push({ start: at, end: at + cityRef[0].length, text: cityRef[0], type: 'place', entity: city.m.entity, first: -1, last: -1, confidence: 0 });
        }
      }
    }
    for (const m of s.mentions) {
      seen.push(here(m));
      if (m.type === 'place' && COUNTRIES.has((m.entity ?? m.text).toLowerCase())) lastCountry = { name: m.entity ?? m.text, m };
    }
    if (!lastCountry && demo) lastCountry = { name: demo, m: null };
  }
}

const GROUP_WORDS = /(?:^|\s)(people|crowds?|rebels?|fighters?|forces|troops|soldiers|officials|residents|citizens|protesters|police|officers|supporters|families|children|women|men|refugees|locals|looters|celebrants|members|groups?|villagers|students|workers|voters|fans|players|leaders|diplomats|[A-Z][a-z]+ians|[A-Z][a-z]+is)$/;

export function whoTypeOf(text: string): 'group' | 'other' {
  return GROUP_WORDS.test(text.trim()) ? 'group' : 'other';
}
