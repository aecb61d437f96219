/**
 * Named-entity mentions in one sentence: compromise's tags, improved with news patterns —
 * titles before names, Arabic-style names with al-/Abu/bin, acronyms, possessives stripped,
 * organisation and place keywords ("... Ministry", "... Square"), and lower-case
 * organisations named by their country ("Russia's foreign ministry").
 */
import type { EntityType, Mention, Token } from '../types.js';
import { COUNTRIES, DEMONYMS, LOCATIVE_PREPS, NAME_JOINERS, ORG_WORDS, PARTY_LABEL, PLACE_WORDS, TITLES } from './lexicon.js';

/** A mention with how sure we are of its type, used to vote on the entity's type later. */
export interface TypedMention extends Mention {
  confidence: number;
  /**
   * Found only where capitals say little (a sentence's first word, a title-case headline):
   * kept only when the same name occurs as a confident mention somewhere in the batch.
   */
  weak?: boolean;
  /** The title before a person's name ("President"), if any. */
  title?: string;
  /** The place of a dateline ("LONDON 1996-08-30"). */
  dateline?: boolean;
  /** A sports team named after its town ("Essex beat Kent"): an organisation of its own, apart from the place. */
  team?: boolean;
}

/** Capitalised words that are not names in news text. */
const NOT_NAMES = new Set(['soccer', 'football', 'tennis', 'golf', 'cricket', 'rugby', 'baseball', 'basketball', 'hockey', 'boxing', 'cycling', 'athletics', 'swimming', 'skiing', 'motorsport', 'motor-racing', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'god', 'allah', 'lord', 'heaven', 'hell', 'internet', 'web', 'breaking', 'update', 'live', 'watch', 'exclusive', 'video', 'photos']);
/** Religious, ethnic and political group adjectives: like demonyms, not entities ("an Islamist group", "the Alawite sect"). */
const IDENTITY_ADJECTIVES = new Set(
  'arab arabs islamist islamists jihadist jihadists salafist alawite alawites sunni sunnis shia shiite shiites kurd kurds druze christian christians muslim muslims jewish jews catholic catholics protestant orthodox hindu hindus buddhist sikh democrat democrats democratic republican republicans liberal liberals conservative conservatives communist communists socialist socialists marxist maoist'.split(
    ' ',
  ),
);
/** News agencies and broadcasters: named as sources in every story, often mistaken for places or people. */
const NEWS_ORGS = new Set(
  'reuters|afp|ap|associated press|agence france-presse|bloomberg|xinhua|tass|ria novosti|interfax|anadolu|efe|ansa|dpa|kyodo|yonhap|pti|ani|bbc|cnn|nbc|cbs|abc|fox news|al jazeera|sky news|itv|npr|pbs|the guardian|the times|the new york times|the washington post|the wall street journal|financial times|daily mail|the telegraph|the independent|politico|axios'.split('|'),
);
/** Institutions named by one word, which the keyword filters would otherwise drop. */
const INSTITUTIONS = new Set(['kremlin', 'pentagon', 'nato', 'un', 'eu', 'opec', 'interpol', 'unicef', 'unesco', 'who', 'imf', 'fifa', 'uefa', 'ioc']);
const COUNTRY_NAMES = new Set([...[...DEMONYMS.values()].map((c) => c.toLowerCase()), ...COUNTRIES]);
const COUNTRY_ABBREVIATIONS = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK']);
const POSSESSIVE = /\s*['’]s$|['’]$/; // "Italy 's" (tokenised text, ptb-10.ts)
const BREAK_AFTER = /[,;:.!?()[\]"“”«»|•—–]|['’]\s|^\s*-\s/;
// a number is no capitalised word: "Harlequins 75 Gloucester 19" is two names, not one
const isCapWord = (t: Token): boolean => /^[\p{Lu}]/u.test(t.text) || (/^[\p{Lu}\d][\p{Lu}\d&.-]+$/u.test(t.text) && /\p{L}/u.test(t.text));
/** A word compromise knows as an adverb, adjective or conjunction, never as part of a name ("Instead Joubert kicked", "Former Italian ..."). */
const isCommonWord = (t: Token): boolean =>
  !['ProperNoun', 'Person', 'FirstName', 'LastName', 'Place', 'Organization', 'Acronym', 'Country', 'City', 'Honorific'].some((tg) => t.tags.has(tg)) &&
  (t.tags.has('Adverb') || t.tags.has('Conjunction') || t.tags.has('Adjective') || t.tags.has('Determiner'));
/** The legal suffix that ends a firm's name: "Inc", "Corp", "Co", "Ltd". */
const COMPANY_SUFFIX = /^(?:inc|corp|co|ltd|plc|llc|ag|sa|nv|bv|gmbh|spa|bhd|pty|lp|llp|bros)\.?$/;
/** "P." or "J.J." before a surname: an initial, not the end of a sentence. */
const isInitial = (t: Token): boolean => /^(?:\p{Lu}\.?){1,3}$/u.test(t.text.replace(/\.$/, '')) && t.text.replace(/\./g, '').length <= 3 && /^\.?\s*$/.test(t.post.replace(/^\./, '')) && (t.text.endsWith('.') || t.post.startsWith('.'));
/** Words after which a lone capital letter is a name, not an initial: "an X user", "wrote on X". */
const LETTER_NAME_BEFORE = new Set(['a', 'an', 'the', 'on', 'via', 'from', 'at', 'by', 'with', 'to', 'of', 'for', 'in']);
const isAcronym = (t: string): boolean => /^[\p{Lu}][\p{Lu}\d&]{1,6}$/u.test(t.replace(/\./g, '')) && t.replace(/\./g, '').length <= 7;

const FUNCTION_CAPS = new Set(
  'the a an this that these those he she it they we i you his her its their our my your in on at of for to from by with as and or but if when while after before since during not no yes also however meanwhile there here what who why how where which some many more most all any each every both one two three four five six seven eight nine ten several other another such despite though although because according among between under over into onto about against amid across along around behind beyond near per than through toward towards upon via within without'.split(
    ' ',
  ),
);
const MONTHS_DAYS =
  /^(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)(?:['’]s)?$/i;

function tagVote(tokens: Token[]): { person: number; place: number; organization: number } {
  const v = { person: 0, place: 0, organization: 0 };
  for (const t of tokens) {
    if (t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName') || t.tags.has('Honorific')) v.person++;
    if (t.tags.has('Place') || t.tags.has('Country') || t.tags.has('City') || t.tags.has('Region')) v.place++;
    if (t.tags.has('Organization')) v.organization++;
  }
  return v;
}

function stripPossessive(s: string): string {
  return s.replace(POSSESSIVE, '');
}

/** Find entity mentions. `titleCase` says the sentence is a headline in title case. */
export function findMentions(text: string, base: number, tokens: Token[], titleCase: boolean, verbTokens: ReadonlySet<number> = new Set()): TypedMention[] {
  const out: TypedMention[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    const startsName =
      // ("U.S" before ".)" is the country, not the pronoun "us" compromise reads in it)
      (isCapWord(t) && (!t.tags.has('Pronoun') || /^\p{Lu}(?:\.\p{Lu})+\.?$/u.test(t.text))) ||
      // "al-Assad" as one written word: compromise splits it, the particle is lower case
      (NAME_JOINERS.has(t.norm) && t.post === '-' && i + 1 < n && isCapWord(tokens[i + 1]!));
    // "(D-N.C.)" after a legislator's name is their party and state, no name of its own
    const partyLabel = PARTY_LABEL.test(t.text) && /\(\s*$/.test(t.pre);
    if (!startsName || partyLabel || t.text.startsWith('@') || t.text.startsWith('#') || (CAPS_RESULT.test(t.text) && i > 0 && !/\p{Ll}/u.test(text))) {
      i++;
      continue;
    }
    // extend the chunk
    let j = i;
    let forName = false;
    while (j + 1 < n) {
      const cur = tokens[j]!;
      const abbrev =
        (/^\.\s*$/.test(cur.post) && /^(?:mr|mrs|ms|dr|st|mt|ft|gen|lt|col|capt|sgt|sen|rep|del|gov|prof|rev|pres|sr|jr)$/.test(cur.norm)) ||
        (isInitial(cur) && isCapWord(tokens[j + 1]!));
      if (BREAK_AFTER.test(cur.post) && cur.post !== '-' && !abbrev) break;
      if (POSSESSIVE.test(cur.text)) {
        // "Russia's Foreign Ministry": a possessive country before a capitalised institution
        let k = j + 1;
        while (k < n && isCapWord(tokens[k]!) && !BREAK_AFTER.test(tokens[k - 1]!.post.replace(/^\s+$/, ''))) {
          if (ORG_WORDS.has(tokens[k]!.norm)) break;
          k++;
        }
        if (k < n && k > j + 1 - 1 && ORG_WORDS.has(tokens[k]!.norm) && isCapWord(tokens[k]!) && (cur.tags.has('Place') || cur.tags.has('Country'))) {
          j = k;
          continue;
        }
        break;
      }
      const nx = tokens[j + 1]!;
      if (/[("“«'‘]/.test(nx.pre)) break;
      if (cur.post === '-' && (isCapWord(nx) || NAME_JOINERS.has(nx.norm))) {
        j++;
        continue;
      }
      // "ROMANIA BEAT LITHUANIA": in capitals a result's verb is no part of either name
      if (CAPS_RESULT.test(nx.text) && j + 2 < n && !/\p{Ll}/u.test(text)) break;
      if (isCapWord(nx) && !(titleCase && nx.tags.has('Verb') && !nx.tags.has('ProperNoun')) && !MONTHS_DAYS.test(nx.norm)) {
        j++;
        continue;
      }
      // "Organisation for Security and Cooperation in Europe", "League for Democracy": "for" after an
      // organisation's word opens the rest of its name, which may join its words with "and" and "in"
      const joinsFor = (nx.norm === 'for' && ORG_WORDS.has(cur.norm) && !COMPANY_SUFFIX.test(cur.norm)) || (forName && (nx.norm === 'and' || (nx.norm === 'in' && j + 2 < n && CONTINENTS.test(tokens[j + 2]!.norm))));
      if (joinsFor && /^\p{Ll}/u.test(nx.text) && /^\s*$/.test(nx.post.replace(/^\s+/, '')) && j + 2 < n && isCapWord(tokens[j + 2]!) && !/[,;:.!?()]/.test(cur.post) && !MONTHS_DAYS.test(tokens[j + 2]!.norm) && !tokens[j + 2]!.tags.has('Pronoun')) {
        forName = true;
        j += 2;
        continue;
      }
      // "Immigration and Passports Department": "and" inside an organisation's or place's name
      // "Standard & Poor", "Douglas & Lomason Co": "&" between capitalised words is inside a firm's name
      if (nx.text === '&' && j + 2 < n && isCapWord(tokens[j + 2]!) && /^\s*$/.test(nx.post)) {
        j += 2;
        continue;
      }
      // "Johnson Controls Inc and Lear Corp", "Kansai Electric Power and Kansai Airport": two names, each complete
      const complete = COMPANY_SUFFIX.test(cur.norm) || (j > i && ORG_WORDS.has(cur.norm)) || (j + 2 < n && tokens[j + 2]!.norm === tokens[i]!.norm);
      if ((nx.norm === 'and' || nx.norm === '&') && !complete && j + 2 < n && isCapWord(tokens[j + 2]!) && /^\s*$/.test(nx.post)) {
        const ahead = tokens.slice(j + 2, j + 5);
        let endsInKeyword = false;
        for (const t of ahead) {
          if (!isCapWord(t)) {
            if (ORG_WORDS.has(t.norm) || PLACE_WORDS.has(t.norm)) endsInKeyword = true;
            break;
          }
          if (ORG_WORDS.has(t.norm) || PLACE_WORDS.has(t.norm)) endsInKeyword = true;
          if (BREAK_AFTER.test(t.post)) break;
        }
        if (endsInKeyword) {
          j += 2;
          continue;
        }
      }
      // "Joost van der Westhuizen": particles in a row before the surname
      if (NAME_JOINERS.has(nx.norm) && nx.norm !== 'of' && /^\p{Ll}/u.test(nx.text) && j + 3 < n && NAME_JOINERS.has(tokens[j + 2]!.norm) && /^\p{Ll}/u.test(tokens[j + 2]!.text) && isCapWord(tokens[j + 3]!)) {
        j += 3;
        continue;
      }
      if (NAME_JOINERS.has(nx.norm) && j + 2 < n && (isCapWord(tokens[j + 2]!) || (nx.post === '-' && /^\p{Lu}/u.test(tokens[j + 2]!.text)))) {
        if (nx.norm === 'of' && !/^[\p{Lu}]/u.test(tokens[j + 2]!.text)) break;
        // "Keith Vane of Dunmore City", "Hollis Inc of Exford", "Karlsruhe of Germany": "of" after a
        // person's name or a firm's suffix, or before a country, starts another name
        if (nx.norm === 'of') {
          const left = tokens.slice(i, j + 1);
          const personLeft = left.length >= 2 && left.some((t) => t.tags.has('FirstName')) && !left.some((t) => ORG_WORDS.has(t.norm) || PLACE_WORDS.has(t.norm) || TITLES.has(t.norm));
          const rightCountry = COUNTRY_NAMES.has(tokens[j + 2]!.norm) || (j + 3 < n && COUNTRY_NAMES.has(`${tokens[j + 2]!.norm} ${tokens[j + 3]!.norm}`));
          if (personLeft || COMPANY_SUFFIX.test(cur.norm) || (rightCountry && !ORG_WORDS.has(cur.norm) && !PLACE_WORDS.has(cur.norm) && !TITLES.has(cur.norm))) break;
        }
        if (nx.norm === 'of' && POSSESSIVE.test(tokens[j + 2]!.text)) break;
        // in title case "Of" is just a capitalised word; "News of X" at a sentence start is no name
        if (nx.norm === 'of' && (/^O/.test(nx.text) || (i === 0 && j === i && !cur.tags.has('Person') && !cur.tags.has('Place') && !cur.tags.has('Organization') && !ORG_WORDS.has(cur.norm) && !PLACE_WORDS.has(cur.norm)))) break;
        j += 2;
        continue;
      }
      break;
    }
    // "Homs province", "Idlib governorate": a lower-case administrative word after a place
    const adm = tokens[j + 1];
    // ("English county championship": after a demonym it is no place's name)
    const demonymOnly = j === i && (tokens[i]!.tags.has('Demonym') || DEMONYMS.has(tokens[i]!.norm));
    if (adm && /^(?:province|governorate|region|district|county|oblast|prefecture)$/.test(adm.text) && !BREAK_AFTER.test(tokens[j]!.post) && !demonymOnly) j++;
    let a = i;
    let b = j;
    // "post-Assad Syria", "anti-Assad slogans": a prefixed name is an adjective
    while (a <= b && a > 0 && tokens[a - 1]!.post === '-' && /^\p{Ll}/u.test(tokens[a - 1]!.text)) a++;
    // Title-case headlines: verbs and function words are capitalised too; cut at them.
    if (titleCase) {
      for (let k = a; k <= b; k++) {
        const tk = tokens[k]!;
        if ((tk.tags.has('Verb') && !tk.tags.has('ProperNoun')) || verbTokens.has(k) || (FUNCTION_CAPS.has(tk.norm) && k > a && !(NAME_JOINERS.has(tk.norm) && /^\p{Ll}/u.test(tk.text)))) {
          b = k - 1;
          j = k; // the rest of the headline is searched again
          break;
        }
      }
    }
    // leading determiners, function words, months and demonyms; titles noted
    let title: string | undefined;
    while (a <= b) {
      const tk = tokens[a]!;
      // "(A. Dale 69", "I. Austin": an initial before a surname is no article or pronoun
      // "Jan Kovar", "May Lindqvist": a month that is also a given name, before a surname, stays
      const monthName = MONTHS_DAYS.test(tk.norm) && a < b && /^(?:jan|may|june|july|april|august)$/.test(tk.norm) && !/^\d/.test(tokens[a + 1]!.text) && (tokens[a + 1]!.tags.has('LastName') || tokens[a + 1]!.tags.has('Person') || tokens[a + 1]!.tags.has('ProperNoun')) && /\p{Ll}/u.test(tokens[a + 1]!.text) && !tokens[a + 1]!.tags.has('Date');
      if ((FUNCTION_CAPS.has(tk.norm) || (MONTHS_DAYS.test(tk.norm) && !monthName)) && !(isInitial(tk) && a < b)) {
        a++;
        continue;
      }
      // a demonym before a title or name: "Syrian President X", but keep "Israeli Defense Forces"
      const lastWord = tokens[b]!.norm;
      if (tk.tags.has('Demonym') || DEMONYMS.has(tk.norm)) {
        if (ORG_WORDS.has(stripPossessive(lastWord)) || PLACE_WORDS.has(stripPossessive(lastWord))) break;
        // "Saudi Arabia", "South Korea": part of a place name, not a nationality
        const nx = tokens[a + 1];
        if (nx && a < b && !TITLES.has(nx.norm) && !nx.tags.has('Person') && !nx.tags.has('FirstName') && !nx.tags.has('Honorific') && (nx.tags.has('Place') || nx.tags.has('Country') || b === a + 1 && !nx.tags.has('Plural'))) break;
        a++;
        continue;
      }
      // ("Major League Baseball": a title word before an organisation's word is part of its name)
      if (TITLES.has(tk.norm.replace(/\.$/, '')) && a < b && !tokens.slice(a + 1, b + 1).some((t) => ORG_WORDS.has(stripPossessive(t.norm))) && !PLACE_WORDS.has(stripPossessive(tokens[b]!.norm))) {
        title = title ? `${title} ${tk.text}` : tk.text;
        a++;
        continue;
      }
      break;
    }
    // a sentence's first word that is a common word before a name: "Fullback Andre Joubert",
    // "Instead Joubert kicked" (compromise knows the word as no name: a plain noun or an adverb)
    // "Former Italian X", "Democrat Walter Mondale": an adjective or a party word, too
    if (
      b > a &&
      (a === 0 || /[:|]\s*$/.test(tokens[a - 1]!.post)) &&
      (isCommonWord(tokens[a]!) || IDENTITY_ADJECTIVES.has(tokens[a]!.norm)) &&
      (tokens[a + 1]!.tags.has('FirstName') || tokens[a + 1]!.tags.has('Person') || tokens[a + 1]!.tags.has('ProperNoun') || tokens[a + 1]!.tags.has('Demonym') || DEMONYMS.has(tokens[a + 1]!.norm))
    )
      a++;
    // a title further in: "Fire Chief Maria Okafor", "Environment Minister Tomas Brandt"
    for (let k = b - 1; k > a; k--) {
      if (TITLES.has(tokens[k]!.norm.replace(/\.$/, '')) && /^\p{Lu}/u.test(tokens[k]!.text) && k < b) {
        const rest = tokens.slice(k + 1, b + 1);
        if (rest.every((r) => !ORG_WORDS.has(r.norm) && !PLACE_WORDS.has(r.norm))) {
          // "US President Joe Biden": the country before the title is a place of its own
          const pre = tokens.slice(a, k).filter((x) => !TITLES.has(x.norm.replace(/\.$/, '')));
          if (pre.length === 1 && (COUNTRY_ABBREVIATIONS.has(pre[0]!.text.replace(/\./g, '')) || pre[0]!.tags.has('Country'))) {
            const p = pre[0]!;
            const pi = tokens.indexOf(p);
            out.push({ start: p.start, end: p.end, text: p.text, type: 'place', entity: null, first: pi, last: pi, confidence: 3 });
          }
          title = tokens.slice(a, k + 1).map((x) => x.text).join(' ');
          a = k + 1;
        }
        break;
      }
    }
    // trailing dates/months
    // (a capitalised "Such" after a given name inside a sentence is a surname: "Peter Such")
    while (b >= a && (MONTHS_DAYS.test(tokens[b]!.norm) || (FUNCTION_CAPS.has(tokens[b]!.norm) && (titleCase || b === a || !tokens[b - 1]!.tags.has('FirstName'))))) b--;
    if (a > b) {
      i = j + 1;
      continue;
    }
    const chunk = tokens.slice(a, b + 1);
    const first = chunk[0]!;
    // a single capitalised word at the start of a sentence that compromise does not know as a name
    const atSentenceStart = a === 0 || (a === 1 && /^\W*$/.test(tokens[0]!.text)) || /[:|]\s*$/.test(tokens[a - 1]!.post) || /[“"‘]/.test(first.pre);
    const strong = chunk.some((c) => c.tags.has('Person') || c.tags.has('Place') || c.tags.has('Organization') || c.tags.has('Acronym') || c.tags.has('Country') || c.tags.has('City'));
    // in a title-case headline compromise's tags come from a sentence-case copy: capitals still count
    const known = strong || titleCase || chunk.some((c) => c.tags.has('ProperNoun'));
    const strongStart = chunk.some((c) => c.tags.has('Person') || c.tags.has('Place') || c.tags.has('Acronym') || c.tags.has('Country') || c.tags.has('City') || c.tags.has('FirstName') || c.tags.has('LastName'));
    // a capitalised word compromise does not know: inside a sentence it is a name ("Glamorgan
    // 259 and 207"); at a line's start only before a number or nothing ("Orrell 13 Bath 56"),
    // and then it must be confirmed by the batch; never a word compromise knows as another part of speech
    if (chunk.length === 1 && !known) {
      const nextWord = tokens[b + 1];
      const wordy = ['Verb', 'Adjective', 'Adverb', 'Conjunction', 'Preposition', 'Determiner'].some((tg) => first.tags.has(tg));
      if (wordy || (atSentenceStart && nextWord && /^\p{Ll}/u.test(nextWord.text))) {
        i = j + 1;
        continue;
      }
    }
    // a list or table line in capitals ("Chaminda Vaas, Muthiah Muralitharan, Upul Chandana.",
    // "Sandrine Testud (France) beat ...") is no headline: a name set off by its punctuation stands
    const listLine = /\d|,[^,]*,|\(/.test(text);
    const setOff = (a === 0 || /[,;:(]\s*$/.test(tokens[a - 1]!.post) || /^\s*\(/.test(first.pre)) && (b === n - 1 || /^[,;:.)]/.test(tokens[b]!.post.trim()) || /\(/.test(tokens[b + 1]!.pre) || /^\d/.test(tokens[b + 1]!.text));
    const weak = (chunk.length === 1 && atSentenceStart && !strongStart) || (titleCase && !strongStart && !(listLine && chunk.length >= 2 && setOff));
    // a predicate adjective: "God is Great", "the city is Free"
    if (chunk.length === 1 && !strong && tokens[a - 1] && tokens[a - 1]!.tags.has('Copula')) {
      i = j + 1;
      continue;
    }
    if (chunk.length === 1 && first.tags.has('Plural') && !strong) {
      i = j + 1;
      continue;
    }
    if (chunk.length === 1 && (first.tags.has('Demonym') || DEMONYMS.has(first.norm.replace(/s$/, '')) || first.norm === 'i')) {
      i = j + 1;
      continue;
    }
    // bare keywords, group adjectives, exclamations, model numbers: not names
    const lower = chunk.map((c) => stripPossessive(c.norm)).join(' ');
    const nextTok = tokens[b + 1];
    if (
      (chunk.length === 1 && !INSTITUTIONS.has(lower) && (ORG_WORDS.has(lower) || PLACE_WORDS.has(lower) || NOT_NAMES.has(lower) || (first.tags.has('Adjective') && !strong))) ||
      (IDENTITY_ADJECTIVES.has(chunk[0]!.norm) && (chunk.length === 1 || chunk.slice(1).every((c) => c.tags.has('Plural') || /s$/.test(c.norm)))) ||
      (chunk.length === 1 && nextTok && /^\p{Ll}/u.test(nextTok.text) && nextTok.tags.has('Noun') && IDENTITY_ADJECTIVES.has(first.norm)) ||
      (chunk.every((c) => c.tags.has('Demonym') || DEMONYMS.has(c.norm.replace(/s$/, '')) || /^\p{Lu}\p{Ll}+s$/u.test(c.text)) && chunk.some((c) => c.tags.has('Demonym'))) ||
      chunk.some((c) => /\d/.test(c.text) && !/^\d{1,2}(?:st|nd|rd|th)$/.test(c.text)) ||
      // a model designation joined to its number: "an AK-47", "F-16 jets"
      (tokens[b]!.post === '-' && nextTok !== undefined && /^\d/.test(nextTok.text))
    ) {
      i = j + 1;
      continue;
    }
    // initials alone ("M", "J.") and scorecard headers ("W D L G", "W L PCT GB") are no names;
    // but a single capital that running prose uses as a noun, right after an article or a
    // preposition and with no point, is a name: a company or platform ("an X user", "posted on X")
    const letterName = chunk.length === 1 && /^[B-HJ-Z]$/.test(first.text) && !/^\s*\./.test(first.post) && a > 0 && LETTER_NAME_BEFORE.has(tokens[a - 1]!.norm) && (b === n - 1 || /[,;:.!?)]/.test(first.post) || !/^\p{Lu}/u.test(tokens[b + 1]!.text));
    const shortCaps = chunk.filter((c) => /^[\p{Lu}.]+$/u.test(c.text) && c.text.replace(/\./g, '').length <= 3);
    if (
      (chunk.length === 1 && first.text.replace(/\./g, '').length === 1 && !letterName) ||
      (chunk.length >= 2 && shortCaps.length === chunk.length && chunk.filter((c) => c.text.replace(/\./g, '').length === 1).length * 2 >= chunk.length) ||
      (chunk.length >= 3 && chunk.every((c) => c.text.length <= 3) && chunk.filter((c) => c.text.length === 1).length * 2 >= chunk.length)
    ) {
      i = j + 1;
      continue;
    }
    if (chunk.every((c) => !/\p{L}/u.test(c.text))) {
      i = j + 1;
      continue;
    }
    const start = first.start;
    // "NationsBank Corp.", "Salomon Bros.": the abbreviation's point is part of the name
    // ("U.S.)": the tokeniser left the abbreviation's last point outside it)
    const pointed = (COMPANY_SUFFIX.test(tokens[b]!.norm) || /^\p{Lu}(?:\.\p{Lu})+$/u.test(tokens[b]!.text)) && tokens[b]!.post.startsWith('.');
    let end = tokens[b]!.end + (pointed && text[tokens[b]!.end - base] === '.' ? 1 : 0);
    let mtext = text.slice(start - base, end - base);
    if (POSSESSIVE.test(mtext)) {
      const stripped = stripPossessive(mtext);
      end -= mtext.length - stripped.length;
      mtext = stripped;
    }
    mtext = mtext.replace(/[-–]+$/, '');
    end = start + mtext.length;
    if (!mtext.trim()) {
      i = j + 1;
      continue;
    }
    // "the Syria-Lebanon border": two places
    const pair = /^([\p{Lu}][\p{L}]+)-([\p{Lu}][\p{L}]+)$/u.exec(mtext);
    if (pair && [pair[1]!, pair[2]!].some((x) => COUNTRY_NAMES.has(x.toLowerCase()))) {
      out.push({ start, end: start + pair[1]!.length, text: pair[1]!, type: 'place', entity: null, first: a, last: a, confidence: 2 });
      const s2 = start + pair[1]!.length + 1;
      out.push({ start: s2, end: s2 + pair[2]!.length, text: pair[2]!, type: 'place', entity: null, first: b, last: b, confidence: 2 });
      i = j + 1;
      continue;
    }
    const { type, confidence } = classify(chunk, mtext, title, tokens[a - 1]);
    const m: TypedMention = { start, end, text: mtext, type, entity: null, first: a, last: b, confidence };
    if (title) m.title = title;
    if (weak) m.weak = true;
    out.push(m);
    i = j + 1;
  }
  // lower-case organisations named after a country: "Russia's foreign ministry", "the Syrian army"
  const ORG_TAIL = /\b((?:[\p{Lu}][\p{L}-]+(?:['’]s)?|[\p{Lu}][\p{L}]+)\s+(?:(?:foreign|defence|defense|interior|health|finance|justice|education|state|information|military|armed|security|intelligence|national|federal|central)\s+){0,2}(?:ministry|embassy))\b/gu;
  ORG_TAIL.lastIndex = 0;
  for (let m = ORG_TAIL.exec(text); m; m = ORG_TAIL.exec(text)) {
    const head = m[1]!.split(/\s+/)[0]!;
    const headNorm = stripPossessive(head).toLowerCase();
    const isCountry = DEMONYMS.has(headNorm) || out.some((o) => o.type === 'place' && o.text === stripPossessive(head));
    if (!isCountry) continue;
    if (/^[\p{Lu}]/u.test(m[1]!.split(/\s+/).slice(-1)[0]!)) continue; // capitalised: found above
    const start = base + m.index;
    const end = start + m[1]!.length;
    // replace the bare country mention it contains
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= start && out[k]!.end <= end) out.splice(k, 1);
    const first = tokens.findIndex((t) => t.start >= start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
    out.push({ start, end, text: m[1]!, type: 'organization', entity: null, first, last, confidence: 2 });
  }
  // a quoted name in title case: “Operations Room to Conquer Damascus”, "Immigration and Passports Department"
  const QUOTED = /[“"]([^”"]{3,80})[”"]|(?<=^|[\s(])['‘]((?:[^'‘’]|['’](?=\p{L}))+?)[’'](?!\p{L})/gu;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const raw = m[1] ?? m[2]!;
    const inner = raw.replace(/[,.]$/, '');
    const innerAt = m.index + m[0].indexOf(raw);
    const ws = inner.split(/\s+/);
    const isName = ws.length >= 2 && ws.length <= 8 && /^\p{Lu}/u.test(ws[0]!) && /^\p{Lu}/u.test(ws[ws.length - 1]!) && ws.every((w) => /^\p{Lu}/u.test(w) || ['to', 'of', 'and', 'the', 'for', 'in', 'on', '&'].includes(w));
    if (!isName) {
      QUOTED.lastIndex = m.index + 1; // a quotation may hold a quoted name: “enter ‘People’s Palace’”
      continue;
    }
    const start = base + innerAt;
    const end = start + inner.length;
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= start && out[k]!.end <= end) out.splice(k, 1);
    const lastW = ws[ws.length - 1]!.toLowerCase().replace(/['’]s$/, '');
    const type: EntityType = PLACE_WORDS.has(lastW) ? 'place' : 'organization';
    const first = tokens.findIndex((t) => t.start >= start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
    out.push({ start, end, text: inner, type, entity: null, first, last, confidence: 2 });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

/**
 * Names in a photo credit: "(AP Photo/Omar Sanadiki)", "(Photo by Jane Doe / AFP)",
 * "© Omar Haj Kadour, AFP", "(Saudi Press Agency via AP, File)". Photographers are people,
 * agencies organisations.
 */
export function creditMentions(text: string, base: number): TypedMention[] {
  const out: TypedMention[] = [];
  const PART = /[^/,;()©]+/g;
  for (let m = PART.exec(text); m; m = PART.exec(text)) {
    let part = m[0];
    let offset = m.index;
    const lead = /^\s*(?:(?:photo|picture|image|pic|credit|file|video)s?\s*(?:by|:)?\s*|by\s+)/i.exec(part);
    if (lead) {
      offset += lead[0].length;
      part = part.slice(lead[0].length);
    }
    // "Saudi Press Agency via AP": two names
    for (const piece of part.split(/\s+via\s+/i)) {
      const at = text.indexOf(piece, offset);
      let name = piece.trim().replace(/\s+(?:photo|picture|pictures|file)$/i, '');
      if (!name || !/^\p{Lu}/u.test(name) || /^(?:file|photo|picture|handout)$/i.test(name)) continue;
      if (!name.split(/\s+/).every((w) => /^[\p{Lu}]/u.test(w) || /^(?:de|la|van|von|al|bin)$/i.test(w))) continue;
      const start = base + at + piece.indexOf(name.split(/\s+/)[0]!);
      name = name.trim();
      const lowerName = name.toLowerCase();
      const words = name.split(/\s+/);
      const type: EntityType =
        NEWS_ORGS.has(lowerName) || ORG_WORDS.has(words[words.length - 1]!.toLowerCase()) || words.length === 1 ? 'organization' : 'person';
      out.push({ start, end: start + name.length, text: name, type, entity: null, first: -1, last: -1, confidence: 1.5 });
    }
  }
  return out;
}

/** Common nouns that introduce an organisation's name: "port operator Calder Freight", "carmaker Volvo". */
/** A result's verb in a headline in capitals: "ROMANIA BEAT LITHUANIA", "DUNMORE DRAW WITH HARWICK". */
const CAPS_RESULT = /^(?:BEAT|BEATS|DRAW|DRAWS|DREW|DOWN|DOWNS|EDGE|EDGES|HOLD|HOLDS|THRASH|THRASHES|CRUSH|CRUSHES|STUN|STUNS|SINK|SINKS|ROUT|ROUTS|TOP|TOPS|LOSE|LOSES|LOSE|WIN|WINS)$/;

/** "… Cooperation in Europe": a continent ends an organisation's name after "in". */
const CONTINENTS = /^(?:europe|asia|africa|america|americas|oceania|antarctica)$/;

const ORG_DESCRIPTORS = /^(?:operator|company|firm|group|carrier|airline|retailer|bank|lender|maker|carmaker|automaker|manufacturer|producer|insurer|broadcaster|publisher|developer|start-?up|agency|union|club|chain|giant|conglomerate|supplier|distributor|regulator|watchdog|charity|utility|provider|platform|network|newspaper|outlet)$/;

function classify(chunk: Token[], text: string, title: string | undefined, before: Token | undefined): { type: EntityType; confidence: number } {
  const words = text.split(/[\s-]+/).map((w) => w.toLowerCase());
  if (before && ORG_DESCRIPTORS.test(before.norm) && !chunk.some((c) => c.tags.has('Place') || c.tags.has('Country'))) return { type: 'organization', confidence: 2.5 };
  const last = stripPossessive(words[words.length - 1] ?? '');
  if (words.length > 1 && ORG_WORDS.has(last)) return { type: 'organization', confidence: 3 };
  // "Organisation for Security and Cooperation in Europe": an organisation's word before "for"
  const forAt = words.indexOf('for');
  if (forAt > 0 && words.slice(0, forAt).some((w) => ORG_WORDS.has(w))) return { type: 'organization', confidence: 3 };
  if (words.length > 1 && PLACE_WORDS.has(last)) return { type: 'place', confidence: 3 };
  if (title) return { type: 'person', confidence: 3 };
  const v = tagVote(chunk);
  // a country is a place, whoever it stands beside: "Jan Kovar (Britain)"
  if (COUNTRY_NAMES.has(text.toLowerCase())) return { type: 'place', confidence: 3 };
  if (COUNTRY_ABBREVIATIONS.has(text.replace(/\./g, '').toUpperCase())) return { type: 'place', confidence: 3 };
  if (NEWS_ORGS.has(text.toLowerCase()) || INSTITUTIONS.has(text.toLowerCase())) return { type: 'organization', confidence: 4 };
  if (text.length === 1) return { type: 'organization', confidence: 0.5 };
  if (/^(?:st|mt|ft)\.?\s/i.test(text)) return { type: 'place', confidence: 2 };
  if (chunk.length === 1 && isAcronym(chunk[0]!.text) && v.place === 0) return { type: 'organization', confidence: 2 };
  const best = (Object.entries(v) as [EntityType, number][]).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]!;
  if (best[1] > 0) {
    // compromise calls unknown capitalised pairs "Person"; a place preposition before says otherwise
    if (best[0] === 'person' && before && LOCATIVE_PREPS.has(before.norm) && before.norm !== 'to' && v.place === 0 && !chunk.some((c) => c.tags.has('FirstName'))) {
      return { type: 'place', confidence: 1 };
    }
    return { type: best[0], confidence: 2 };
  }
  if (words.some((w) => w === 'al' || w === 'abu' || w === 'bin' || w === 'ibn' || w === 'el')) return { type: 'person', confidence: 1.5 };
  // "according to X", "told X", "said to X" are no places
  if (before && LOCATIVE_PREPS.has(before.norm) && before.norm !== 'to') return { type: 'place', confidence: 1 };
  if (before && before.norm === 'to') return { type: 'place', confidence: 0.4 };
  if (words.length >= 2 && words.length <= 4) return { type: 'person', confidence: 0.5 };
  return { type: 'organization', confidence: 0.3 };
}

/** The author of an embedded post, from its signature line ("— Name (@handle) date"). */
export function signatureMention(text: string, base: number, author: string): TypedMention | null {
  const at = text.indexOf(author);
  if (at < 0 || !author.trim()) return null;
  const last = author.split(/\s+/).pop()!.toLowerCase();
  const type: EntityType = ORG_WORDS.has(last) || NEWS_ORGS.has(author.toLowerCase()) ? 'organization' : 'person';
  return { start: base + at, end: base + at + author.length, text: author, type, entity: null, first: -1, last: -1, confidence: 1.5 };
}
