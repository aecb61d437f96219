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
  'kill die slay murder perish',
  'shoot fire',
  'injure wound hurt',
  'attack assault strike bomb hit',
  'topple destroy drag tear smash deface demolish raze',
  'collapse burst breach',
  'crash',
  // law
  'arrest detain apprehend nab',
  'charge accuse indict',
  'convict',
  'sentence jail imprison',
  'acquit clear',
  'free',
  // office and business
  'resign quit step',
  'dismiss sack oust',
  'appoint name hire nominate select tap',
  'elect',
  'buy acquire purchase',
  'sell',
  'launch release issue unveil introduce publish roll',
  'say announce confirm state declare add tell report',
  // finding and stopping
  'find discover uncover locate',
  'stop thwart foil prevent block halt',
  'win defeat beat top lose',
  'damage devastate ravage wreck',
  'set break',
  'capture seize overrun',
].map((l) => l.split(' '));

const CLASS = new Map<string, string>();
for (const c of CLASSES) for (const v of c) if (!CLASS.has(v)) CLASS.set(v, c[0]!);

/** Particles and prepositions that make a phrasal verb a different event. */
const PARTICLE_CLASS: Record<string, Record<string, string>> = {
  check: { in: 'enter', into: 'enter', out: 'leave' },
  pass: { away: 'kill' },
  step: { down: 'resign', in: 'enter' },
  break: { into: 'enter', out: 'flee' },
  take: { over: 'capture' },
  walk: { out: 'leave' },
  shut: { down: 'stop' },
  // "was admitted to the hospital" is going in; "admitted the error" is a confession
  admit: { to: 'enter', into: 'enter' },
};

/** Verbs too light to say which event a claim is about: they never group on their own. */
export const LIGHT = new Set(['be', 'have', 'take', 'make', 'go', 'get', 'do', 'give', 'come', 'put', 'become', 'seem', 'keep', 'let', 'see', 'know', 'think', 'want', 'need', 'use', 'hear']);

/** Speech and report verbs: such a claim groups by what was said, not by the saying. */
export const SPEECH = 'say';

const particleOf = (c: Claim): string | null => {
  // the verb is the first word after any auxiliaries ("was admitted to", "has checked out")
  const m = /^\s*(?:(?:was|were|is|are|be|been|being|has|have|had|will|would)\s+)*\S+\s+(?:\S+self\s+|themselves\s+)?(in|into|out|away|down|over|up|off|to)\b/i.exec(c.what);
  return m ? m[1]!.toLowerCase() : null;
};

/** The event class of a claim's verb, its particle considered. */
export function eventClass(c: Claim): string {
  const p = PARTICLE_CLASS[c.verb];
  if (p) {
    const part = particleOf(c);
    if (part && p[part]) return p[part]!;
  }
  return CLASS.get(c.verb) ?? c.verb;
}

/** The class of a bare lemma (no particle known). */
export const verbClass = (lemma: string): string => CLASS.get(lemma) ?? lemma;
