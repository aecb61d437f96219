/**
 * Measured quantities a claim states, for the conflicts a fact-checker flags: tolls (dead,
 * injured, missing, arrested, evacuated, victims), sums of money, the length of a rule, a
 * person's age. Each quantity names what it measures (`about`), so that two outlets' values of
 * the same measure of the same story can be set side by side.
 *
 *   "The blast killed at least 84 people"        → dead 84
 *   "the death toll rose to 85"                  → dead 85
 *   "Dara Flynn, 45, was arrested"               → age of Dara Flynn 45
 *   "a 24-year-long reign"                       → rule (years) 24
 *   "a magnitude 6.1 earthquake", "a 6.1-magnitude quake", "5.9 on the Richter scale" → magnitude 6.1
 */
import type { Claim } from '../types.js';

export interface Quantity {
  about: string;
  value: string;
  /** The number as a number, for ordering values. */
  n: number;
}

const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${WORDS.join('|')})(?:\s+(million|billion|thousand))?`;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
function parse(num: string, scale: string | undefined): { value: string; n: number } {
  const word = WORDS.indexOf(num.toLowerCase());
  const n = (word >= 0 ? word + 2 : Number(num.replace(/,/g, ''))) * (scale ? SCALE[scale.toLowerCase()]! : 1);
  return { value: scale ? `${num} ${scale.toLowerCase()}` : num, n };
}

/** Words of a toll and the measure they state. */
const TOLL: Record<string, string> = {
  dead: 'dead', killed: 'dead', died: 'dead', deaths: 'dead', fatalities: 'dead', lives: 'dead',
  injured: 'injured', wounded: 'injured', hurt: 'injured', injuries: 'injured',
  missing: 'missing', arrested: 'arrested', detained: 'arrested', arrests: 'arrested',
  evacuated: 'evacuated', displaced: 'displaced', homeless: 'displaced',
  victims: 'victims', casualties: 'casualties', hostages: 'hostages',
};
const TOLL_WORDS = Object.keys(TOLL).join('|');
const PEOPLE = String.raw`(?:(?:people|persons|civilians|children|adults|men|women|residents|passengers|workers|soldiers|officers|students|others|more)\s+)?`;
const AUX = String.raw`(?:(?:were|have been|had been|are|was|been|reported|confirmed)\s+)?`;
/** "84 people were killed", "84 dead", "50 injured" */
const NUM_THEN_TOLL = new RegExp(String.raw`\b${NUM}\s+${PEOPLE}${AUX}(${TOLL_WORDS})\b`, 'gi');
/** "killed 84 people", "killing at least 50", "injuring 12" */
const VERB_THEN_NUM = new RegExp(String.raw`\b(kill(?:ed|ing|s)?|injur(?:ed|ing|es)|wound(?:ed|ing|s)|(?:evacuat|displac)(?:ed|ing))\s+(?:at least\s+|more than\s+|nearly\s+|about\s+|some\s+|around\s+|over\s+|up to\s+)?${NUM}\b`, 'gi');
/** "the death toll rose to 85", "a death toll of 77" */
const TOLL_NOUN = new RegExp(String.raw`\b(death|casualty|injury)\s+toll\b[^.;]{0,80}?\b(?:to|of|at|reached|hit|stands at|is|was)\s+(?:at least\s+|more than\s+|nearly\s+|about\s+|some\s+)?${NUM}\b`, 'gi');
const VERB_MEASURE: Record<string, string> = { kill: 'dead', injur: 'injured', wound: 'injured', evacuat: 'evacuated', displac: 'displaced' };
/** "$2.5 billion", "€40m", "£3 million" */
const MONEY = /([$€£])\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(million|billion|bn|m)?\b/gi;
/** "Dara Flynn, 45," */
const AGE = /^[^,]*?,\s*(\d{1,3}),/;

const RULE_NOUNS = /^(?:reign|rule|regime|dynasty|presidency|tenure|term|government|leadership|war|conflict|occupation|sentence|contract|career)$/;
const UNIT = '(year|month|week|day|hour|minute)s?';
const NUMBER_BEFORE = new RegExp(`\\b(\\d{1,4})[- ]${UNIT}(?:-long|-old)?\\s+([a-z]+)`, 'gi');
const NUMBER_AFTER = new RegExp(`\\b([a-z]+)\\s+(?:after|of|for|lasting)\\s+(?:more than |nearly |almost |about |over |just )?(\\d{1,4})\\s+${UNIT}\\b`, 'gi');

/**
 * "magnitude 6.1", "magnitude-6.1", "6.1-magnitude", "5.9 on the Richter scale": with the tenth
 * written, as agencies give it; a sentence about aftershocks or tremors measures other quakes
 */
const MAGNITUDE = /(?<![\d.])(?:magnitude[- ](\d\.\d)|(\d\.\d)[- ]magnitude|(\d\.\d) on the Richter scale)\b/gi;
const OTHER_QUAKES = /\b(?:aftershocks?|tremors?|foreshocks?)\b/i;

export function quantities(c: Claim): Quantity[] {
  const out: Quantity[] = [];
  const text = c.text;
  const push = (about: string, num: string, scale?: string): void => {
    const p = parse(num, scale);
    if (p.n > 0 && !out.some((q) => q.about === about && q.n === p.n)) out.push({ about, ...p });
  };
  for (const m of text.matchAll(NUM_THEN_TOLL)) {
    // "2024 killed" is a year, not a toll
    if (!m[2] && /^(?:19|20)\d\d$/.test(m[1]!)) continue;
    push(TOLL[m[3]!.toLowerCase()]!, m[1]!, m[2]);
  }
  for (const m of text.matchAll(VERB_THEN_NUM)) {
    const verb = m[1]!.toLowerCase();
    const measure = Object.entries(VERB_MEASURE).find(([k]) => verb.startsWith(k))?.[1];
    if (measure && !(!m[3] && /^(?:19|20)\d\d$/.test(m[2]!))) push(measure, m[2]!, m[3]);
  }
  for (const m of text.matchAll(TOLL_NOUN)) push(m[1]!.toLowerCase() === 'death' ? 'dead' : 'injured', m[2]!, m[3]);
  for (const m of text.matchAll(MONEY)) {
    const scale = m[3]?.toLowerCase();
    const word = scale === 'bn' ? 'billion' : scale === 'm' ? 'million' : scale;
    const p = parse(m[2]!, word);
    const about = `money (${m[1]})`;
    if (!out.some((q) => q.about === about && q.n === p.n)) out.push({ about, value: `${m[1]}${p.value}`, n: p.n });
  }
  if (!OTHER_QUAKES.test(text)) for (const m of text.matchAll(MAGNITUDE)) push('magnitude', (m[1] ?? m[2] ?? m[3])!);
  const age = AGE.exec(text);
  if (age && c.who?.type === 'person' && c.who.entity) push(`age of ${c.who.entity}`, age[1]!);
  for (const m of text.matchAll(NUMBER_BEFORE)) {
    const noun = m[3]!.toLowerCase();
    if (RULE_NOUNS.test(noun)) push(`rule (${m[2]!.toLowerCase()}s)`, m[1]!);
    else if (noun !== 'old') push(`${noun} (${m[2]!.toLowerCase()}s)`, m[1]!);
  }
  for (const m of text.matchAll(NUMBER_AFTER)) {
    if (RULE_NOUNS.test(m[1]!.toLowerCase())) push(`rule (${m[3]!.toLowerCase()}s)`, m[2]!);
  }
  return out;
}
