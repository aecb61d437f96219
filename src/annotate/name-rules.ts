/**
 * Rules over a whole document's name mentions, after each sentence's own pass
 * (src/annotate/entities.ts): what one sentence cannot tell — that a line is a dateline, that
 * the story is a sports report and "Essex" is the team, that a line in capitals says little.
 * Each rule is a small named object; the README lists them.
 */
import type { Token } from '../types.js';
import type { AnnotatedSentenceX } from './index.js';
import type { TypedMention } from './entities.js';
import { COUNTRIES, PLACE_WORDS } from './lexicon.js';

export interface DocumentNameRule {
  name: string;
  description: string;
  example: string;
  apply(sentences: AnnotatedSentenceX[]): void;
}

const key = (s: string): string => s.toLowerCase().replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
const isCountry = (s: string): boolean => COUNTRIES.has(key(s));

function tokenRange(tokens: Token[], start: number, end: number): { first: number; last: number } {
  const first = tokens.findIndex((t) => t.start >= start);
  let last = first;
  while (last >= 0 && last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
  return { first, last };
}

/** Replace the mentions overlapping [start, end) by one place mention. */
function putPlace(s: AnnotatedSentenceX, start: number, text: string): void {
  const end = start + text.length;
  s.mentions = s.mentions.filter((m) => m.end <= start || m.start >= end);
  const { first, last } = tokenRange(s.tokens, start, end);
  s.mentions.push({ start, end, text, type: 'place', entity: null, first, last, confidence: 3, dateline: true });
  s.mentions.sort((a, b) => a.start - b.start);
}

// "LONDON 1996-08-30", "MILWAUKEE, Wisconsin 1996-08-29", "PARIS (Reuters) -", "GENEVA, March 3 (AFP) -"
const CITY = String.raw`\p{Lu}[\p{Lu}'.-]+(?:\s+\p{Lu}[\p{Lu}'.-]*){0,3}`;
const REGION = String.raw`\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,2}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATELINE = new RegExp(String.raw`^(${CITY})(?:,\s+(?!${MONTH}\s)(${REGION}))?(?=\s+\d{4}-\d\d-\d\d\s*$|\s+\(\p{Lu}[\p{L}. ]{1,30}\)\s*[-–—]|,\s+${MONTH}\s+\d|\s+[-–—]\s)`, 'u');

const dateline: DocumentNameRule = {
  name: 'dateline',
  description: 'The city in capitals that opens a wire story, and the region or country after it, are places.',
  example: 'MILWAUKEE, Wisconsin 1996-08-29 → places "MILWAUKEE", "Wisconsin"',
  apply(sentences) {
    for (const s of sentences.slice(0, 6)) {
      if (s.kind === 'furniture') continue;
      const m = DATELINE.exec(s.text);
      if (!m) continue;
      // "SOCCER - LEAGUE RESULTS" is a headline's slug, not "PARIS - The minister said"
      if (/^\s+[-–—]\s/.test(s.text.slice(m[0].length)) && !/\p{Ll}/u.test(s.text.slice(m[0].length))) continue;
      const city = m[1]!.replace(/[.'-]+$/, '');
      if (!/\p{Lu}{2}/u.test(city)) continue;
      putPlace(s, s.start, city);
      if (m[2]) putPlace(s, s.start + m[0].lastIndexOf(m[2]), m[2].replace(/[.]$/, (x) => (/^\p{Lu}\p{Ll}{1,3}\.$/u.test(m[2]!) ? x : '')));
      return;
    }
  },
};

/** Words that only a sports report uses (a lower-case word in the text or its slug). */
const SPORTS_WORDS = new Set(
  'innings wicket wickets halftime half-time goalkeeper striker midfielder defender soccer cricket baseball basketball rugby hockey tennis golf football cycling athletics motor-racing boxing skiing standings semi-final semifinal quarter-final quarterfinal semi-finals quarter-finals playoff play-off playoffs league championship tournament seed seeded innings runs inning pitcher homer touchdown goals scored scorers penalty penalties derby fixture fixtures'.split(
    ' ',
  ),
);
/** The slug of a team sport's wire story (individual sports have players, not teams). */
const SPORTS_SLUG = /^\s*(?:soccer|football|cricket|rugby(?: union| league)?|baseball|basketball|(?:ice )?hockey|volleyball|handball)\s*(?:[-–—:]|\s-)/iu;
const RESULT_VERBS = /^(?:beat|beats|defeated|defeat|defeats|drew|draw|draws|lost|lose|loses|edged|thrashed|routed|crushed|overcame|downed|upset|v|vs|versus|against|host|hosts|hosted|visit|visits)$/;

/** A rule has decided a mention's type: it stands, confidently, whatever the tagger guessed (a team is an organization). */
export function settleType(m: TypedMention, type: TypedMention['type'], team = false): void {
  m.type = type;
  m.confidence = 3;
  if (team) m.team = true;
  delete m.weak;
}

/** A sports report: two different words of sports vocabulary. */
export function isSportsReport(sentences: AnnotatedSentenceX[]): boolean {
  // a wire headline's team-sport slug says it alone: "CRICKET - 1997 TOUR ITINERARY", "Soccer: …"
  const first = sentences.find((s) => s.kind !== 'furniture');
  if (first && SPORTS_SLUG.test(first.text)) return true;
  const seen = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (SPORTS_WORDS.has(t.norm)) seen.add(t.norm);
  return seen.size >= 2;
}

function scoreAfter(s: AnnotatedSentenceX, m: TypedMention): boolean {
  const after = s.tokens[m.last + 1];
  return Boolean(after && /^\d+(?:-\d+)?$/.test(after.text) && /^\s*$/.test(s.tokens[m.last]!.post));
}

function teamPosition(s: AnnotatedSentenceX, m: TypedMention): boolean {
  const after = s.tokens[m.last + 1];
  const before = m.first > 0 ? s.tokens[m.first - 1] : undefined;
  // "Glamorgan 259 and 207", "Harlequins 75 Gloucester 19"
  if (after && /^\d+(?:-\d+)?$/.test(after.text) && /^\s*$/.test(s.tokens[m.last]!.post)) return true;
  // "Essex beat Kent", "Kent v Essex"
  if (after && RESULT_VERBS.test(after.norm)) return true;
  if (before && RESULT_VERBS.test(before.norm) && before.norm !== 'against') return true;
  // "Red Star (Yugoslavia) beat"
  return false;
}

/** Inside brackets in its sentence: "(Ijaz Ahmed 79)". */
function inBrackets(s: AnnotatedSentenceX, m: TypedMention): boolean {
  const before = s.text.slice(0, m.start - s.start);
  return (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
}
const SCORERS = /^\s*(?:\p{Lu}[\p{L}-]*\s+)?(?:scorers?|goalscorers?|goals|tries|try|scorer|bowling|batting)\b/iu;

/** A cricket scorecard's marks: caught, bowled, stumped, leg before ("c Vane b Marsh", "lbw b Marsh"). */
const DISMISSAL = /^(?:c|b|st|lbw)$/;

/** Beside a dismissal mark ("b Marsh 12", "R. Vane c"), or before "run out" / "not out": a player. */
function besideMark(s: AnnotatedSentenceX, m: TypedMention): boolean {
  const before = s.tokens[m.first - 1];
  const after = s.tokens[m.last + 1];
  const after2 = s.tokens[m.last + 2];
  const mark = (t: Token | undefined): boolean => Boolean(t && DISMISSAL.test(t.text));
  return mark(before) || mark(after) || Boolean(after && /^(?:run|not)$/.test(after.text) && after2?.text === 'out');
}

const sportsTeams: DocumentNameRule = {
  name: 'sports-team',
  description:
    'In a sports report, a name in a team\'s position (before a score, either side of "beat"/"v") that is not a country is a team, an organisation, though named after its town; every mention of it in the report is the team. National sides keep their country\'s type.',
  example: 'Essex beat Kent by six wickets → organisations "Essex", "Kent"',
  apply(sentences) {
    if (!isSportsReport(sentences)) return;
    const teams = new Set<string>();
    // the words of longer names ("Frank Bruno", "Jane Quigley"): a given name alone is then that player
    const nameWords = new Set<string>();
    for (const s of sentences) for (const m of s.mentions) if (m.last > m.first) for (const w of key(m.text).split(/\s+/)) nameWords.add(w);
    for (const s of sentences) {
      for (const m of s.mentions) {
        if (m.dateline || isCountry(m.text) || m.title || (m.first >= 0 && besideMark(s, m))) continue;
        // a player: a given name or an initial ("D. Blenkiron 4-43"), a title
        const toks = s.tokens.slice(m.first, m.last + 1);
        // "Kent 108-3", "beat Chester": a given name alone, outside brackets and a scorers' line,
        // is no way to name a player (a report names players by their surnames): the team
        const givenAlone = toks.length === 1 && (toks[0]!.tags.has('FirstName') || toks[0]!.tags.has('Person')) && !toks[0]!.tags.has('LastName') && !nameWords.has(key(m.text)) && !inBrackets(s, m) && !SCORERS.test(s.text) && teamPosition(s, m);
        if (!givenAlone && (toks.some((t) => t.tags.has('FirstName')) || (toks.length >= 2 && /^\p{Lu}\.?$/u.test(toks[0]!.text.replace(/\.$/, ''))))) continue;
        if (!givenAlone && m.type === 'person' && m.confidence >= 2 && !m.weak) continue;
        const last = key(m.text).split(/\s+/).pop()!;
        // "Manchester City 2", "Notts County 1": a city or county name before a score is a club
        if (PLACE_WORDS.has(last) && !(/^(?:city|county)$/.test(last) && m.last > m.first && scoreAfter(s, m))) continue;
        if (teamPosition(s, m)) teams.add(key(m.text));
      }
    }
    if (!teams.size) return;
    for (const s of sentences) {
      for (const m of s.mentions) {
        if (!teams.has(key(m.text)) || m.dateline) continue;
        settleType(m, 'organization', true);
      }
    }
  },
};

/** The labels of a results table's lines ("Scorers:", "Attendance:", "Bowling:"): sports vocabulary, no venue. */
const RESULT_LABELS = new Set(
  'postponed abandoned cancelled called-off scorer scorers goalscorer goalscorers attendance crowd result results bowling batting extras total totals conversion conversions penalty penalties try tries referee umpire umpires toss note venue squad team teams substitute substitutes replacement replacements half-time halftime standings fixtures leading position points group pool round final semifinal quarterfinal'.split(' '),
);

const venueLine: DocumentNameRule = {
  name: 'venue-line',
  description:
    'In a sports report, a name that opens a results line, before a colon and a name, is where the match was played: a place (not a team of that line).',
  example: 'Tarrow: Dunmore beat Harwick by six wickets → place "Tarrow"',
  apply(sentences) {
    if (!isSportsReport(sentences)) return;
    for (const s of sentences) {
      const m = s.mentions[0];
      if (!m || m.team || m.dateline || m.title) continue;
      if (s.tokens.slice(0, m.first).some((t) => /\p{L}/u.test(t.text))) continue;
      const last = s.tokens[m.last];
      const next = s.tokens[m.last + 1];
      if (m.first < 0 || !last || !/^:\s/.test(last.post) || !next || !/^\p{Lu}/u.test(next.text)) continue;
      const toks = s.tokens.slice(m.first, m.last + 1);
      // "Scorers: Vane", "Postponed: Dunmore v Harwick": a results table's label is no venue
      if (toks.some((t) => t.tags.has('FirstName') || t.tags.has('Honorific') || t.tags.has('Plural') || t.tags.has('Verb') || RESULT_LABELS.has(t.norm))) continue;
      settleType(m, 'place');
    }
  },
};


const scorecardPlayer: DocumentNameRule = {
  name: 'scorecard-player',
  description:
    'In a sports report, a name beside a scorecard\'s dismissal mark (lower-case "c", "b", "st", "lbw"; "run out", "not out") is a player, a person.',
  example: 'R. Vane c Oyelaran b Marsh 12 → persons "R. Vane", "Oyelaran", "Marsh"',
  apply(sentences) {
    if (!isSportsReport(sentences)) return;
    for (const s of sentences) {
      for (const m of s.mentions) {
        if (m.team || m.dateline || m.first < 0 || isCountry(m.text)) continue;
        if (besideMark(s, m)) {
          settleType(m, 'person');
        }
      }
    }
  },
};

const allCapsLine: DocumentNameRule = {
  name: 'capitals-line',
  description:
    'A line all in capitals (a headline, a results table) says nothing by its capitals: its names stand only when the batch names them elsewhere (a part of the phrase may be, and is kept).',
  example: 'SOCCER - WORLD CUP QUALIFIER: ROMANIA BEAT LITHUANIA → only the names the articles give in ordinary case',
  apply(sentences) {
    for (const s of sentences) {
      const letters = s.text.replace(/[^\p{L}]/gu, '');
      if (letters.length < 4 || letters !== letters.toUpperCase() || !/\p{Lu}/u.test(letters)) continue;
      for (const m of s.mentions) if (!m.dateline && !m.team) m.weak = true;
    }
  },
};

/** In order: datelines first (their places are no team), then teams, venues, then capitals. */
export const DOCUMENT_NAME_RULES: readonly DocumentNameRule[] = [dateline, sportsTeams, venueLine, scorecardPlayer, allCapsLine];

export function applyDocumentNameRules(sentences: AnnotatedSentenceX[]): void {
  for (const r of DOCUMENT_NAME_RULES) r.apply(sentences);
}
