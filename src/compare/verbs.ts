/**
 * Which verbs name the same kind of event, for `compare`. A hand-made list of near-synonyms of
 * news reporting, in the spirit of WordNet synsets and VerbNet classes: each line is one class,
 * its first word the class's name. A verb in no class is its own class. Phrasal verbs whose
 * particle changes the event ("check in" / "check out") are told apart by the particle.
 */
import type { Claim } from '../types.js';

const CLASSES = [
  // movement
  'flee escape',
  'leave depart exit withdraw',
  'enter storm raid invade swarm pour',
  'arrive reach land',
  'return',
  // harm
  'kill die slay murder perish succumb',
  // "fire" is told apart below: shooting ("fired at the crowd") or dismissal ("fired the coach")
  'shoot fire gun',
  'injure wound hurt',
  'attack assault strike bomb hit',
  'topple drag tear smash deface demolish',
  'collapse burst breach',
  'crash ram plough plow slam',
  'steal rob snatch loot',
  // law
  'arrest detain apprehend nab capture',
  'charge accuse indict',
  'convict',
  'sentence jail imprison',
  'acquit clear',
  'free',
  // office and business
  'resign quit step',
  'dismiss sack oust axe relieve',
  'appoint name hire nominate select tap',
  'buy acquire purchase',
  'sell',
  'launch release issue unveil introduce publish roll',
  'say announce confirm state declare add tell report',
  // finding and stopping
  'find discover uncover locate',
  'stop thwart foil prevent block halt interdict intercept',
  'win defeat beat top lose',
  'damage destroy devastate ravage wreck gut raze',
  'reverse overturn rescind revoke repeal undo',
  'spark trigger unleash provoke ignite',
  'disrupt hamper interrupt',
  'elect vote',
  'set break',
  'seize overrun',
].map((l) => l.split(' '));

const CLASS = new Map<string, string>();
for (const c of CLASSES) for (const v of c) if (!CLASS.has(v)) CLASS.set(v, c[0]!);

/** Particles and prepositions that make a phrasal verb a different event. */
const PARTICLE_CLASS: Record<string, Record<string, string>> = {
  check: { in: 'enter', into: 'enter', out: 'leave' },
  pass: { away: 'kill' },
  step: { down: 'resign', in: 'enter' },
  break: { into: 'enter', out: 'flee' },
  take: { over: 'seize' },
  walk: { out: 'leave' },
  shut: { down: 'stop' },
  // "was admitted to the hospital" is going in; "admitted the error" is a confession
  admit: { to: 'enter', into: 'enter' },
};

/** Verbs too light to say which event a claim is about: they never group on their own. */
export const LIGHT = new Set(['be', 'have', 'take', 'make', 'go', 'get', 'do', 'give', 'come', 'put', 'become', 'seem', 'keep', 'let', 'see', 'know', 'think', 'want', 'need', 'use', 'hear']);

/** Speech and report verbs: such a claim groups by what was said, not by the saying. */
export const SPEECH = 'say';

const PARTICLES = new Set(['in', 'into', 'out', 'away', 'down', 'over', 'up', 'off', 'to']);

const particleOf = (c: Claim): string | null => {
  // the verb group as written and what follows it: "has checked out" | "of X", "never checked" | "herself into X"
  if (c.verbText !== undefined && c.object !== undefined) {
    const last = c.verbText.trim().split(/\s+/).pop()!.toLowerCase();
    if (PARTICLES.has(last)) return last;
    const m = /^\s*(?:\S+self\s+|themselves\s+)?(\S+)/i.exec(c.object);
    const next = m ? m[1]!.toLowerCase() : '';
    if (PARTICLES.has(next)) return next;
  }
  // the verb is the first word after any auxiliaries ("was admitted to", "has checked out")
  const m = /^\s*(?:(?:was|were|is|are|be|been|being|has|have|had|will|would)\s+)*\S+\s+(?:\S+self\s+|themselves\s+)?(in|into|out|away|down|over|up|off|to)\b/i.exec(c.what);
  return m ? m[1]!.toLowerCase() : null;
};

/** What follows the verb group: the claim's object, else its `what` after the verb as written. */
const objectOf = (c: Claim): string => {
  if (c.object !== undefined) return c.object;
  const vt = c.verbText ?? c.what.split(/\s+/)[0] ?? '';
  return c.what.startsWith(vt) ? c.what.slice(vt.length) : c.what;
};

/** What is fired when a gun is: "fired shots", "fired a rifle", "shots were fired". */
const AMMUNITION = /\b(?:shots?|rounds?|bullets?|guns?|gunshots?|weapons?|pistols?|rifles?|shotguns?|missiles?|rockets?|shells?|mortars?|grenades?|tear\s+gas|volleys?|salvos?|warning|blanks?)\b/i;
const PASSIVE = /\b(?:was|were|is|are|be|been|being|got|gets|get)\s+(?:\w+ly\s+)?fired\b/i;

/** Verbs that lend their event to a noun: "make an offer", "carry out an attack", "extend a bid". */
const SUPPORT = new Set(['make', 'extend', 'submit', 'carry', 'conduct', 'stage', 'launch', 'mount', 'give', 'have', 'hold', 'pay', 'issue']);
/** Event nouns and the verb (class) that names the same event. */
const EVENT_NOUNS: Record<string, string> = { offer: 'offer', bid: 'bid', arrest: 'arrest', attack: 'attack', raid: 'raid', assault: 'attack', visit: 'visit', announcement: 'announce', appearance: 'appear', decision: 'decide', promise: 'promise', apology: 'apologize', proposal: 'propose' };
const EVENT_NOUN_OBJECT = new RegExp(`^\\s*(?:out\\s+)?(?:(?:an?|the|its|their|his|her|new|first|second|another|formal|official|surprise|[\\w$.,-]+-(?:year|day|month)|\\S+-dollar|\\d[\\d.,]*)\\s+){0,4}(${Object.keys(EVENT_NOUNS).join('|')})s?\\b`, 'i');

/**
 * Verb-and-object phrases that name another class's event: "fire" is shooting when a gun is
 * fired or someone is fired at ("fired at the crowd", "fired three shots", "the gunman fired"),
 * a dismissal when a person is fired ("the club fired its coach", "the coach was fired");
 * "opened fire" is shooting; "took him into custody" is an arrest; "went to the polls" is voting.
 */
export const PHRASE_CLASS_RULE = {
  name: 'phrase-class',
  description: 'A verb whose object says which event it is: "fire" a gun or at someone (shoot) or fire a person (dismiss); "open fire" (shoot); "take into custody" (arrest); "go to the polls" (vote).',
  example: '"the club fired its coach" → dismiss; "the gunman fired at the crowd" → shoot',
  apply(c: Claim): string | null {
    const obj = objectOf(c);
    if (c.verb === 'fire') {
      if (AMMUNITION.test(obj) || AMMUNITION.test(c.who?.text ?? '') || /^\s*(?:at|on|upon|into|back|off|from|towards?|indiscriminately)\b/i.test(obj)) return 'shoot';
      if (PASSIVE.test(c.verbText ?? c.what) || /\S/.test(obj.replace(/\b(?:on|in|at)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b.*$/i, ''))) return 'dismiss';
      return 'shoot';
    }
    if (c.verb === 'open' && /^\s*fire\b/i.test(obj)) return 'shoot';
    if (c.verb === 'take' && /\binto\s+(?:police\s+)?custody\b/i.test(obj)) return 'arrest';
    if (c.verb === 'go' && /^\s*to\s+the\s+polls\b/i.test(obj)) return 'vote';
    // a light verb and an event noun: "made an offer" is offering, "carried out a raid" raiding
    if (SUPPORT.has(c.verb)) {
      const m = EVENT_NOUN_OBJECT.exec(obj);
      if (m) return EVENT_NOUNS[m[1]!.toLowerCase().replace(/s$/, '')] ?? null;
    }
    if ((c.verb === 'rip' || c.verb === 'tear' || c.verb === 'sweep') && /^\s*through\b/i.test(obj)) return 'damage';
    return null;
  },
};

/** The event class of a claim's verb, its particle and object considered. */
export function eventClass(c: Claim, off: ReadonlySet<string> = new Set()): string {
  const phrase = off.has(PHRASE_CLASS_RULE.name) ? null : PHRASE_CLASS_RULE.apply(c);
  if (phrase) return CLASS.get(phrase) ?? phrase;
  const p = PARTICLE_CLASS[c.verb];
  if (p) {
    const part = particleOf(c);
    if (part && p[part]) return p[part]!;
  }
  return CLASS.get(c.verb) ?? c.verb;
}

/** The class of a bare lemma (no particle known). */
export const verbClass = (lemma: string): string => CLASS.get(lemma) ?? lemma;
