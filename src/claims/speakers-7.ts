/**
 * Issue 18 (seventh session): what a speech verb's speaker did NOT say. After a closing or
 * inverted attribution ('"...," the mayor said'), the words that go on after the speech verb
 * tell when or how it was said, or what happened next; they are the narrator's, not the speaker's.
 *
 *   '"We will not follow a script," Mayor Tom Adder said after the meeting broke up.'
 *   → "the meeting broke up": no source (the quotation is still Tom Adder's)
 */
import type { Token, VerbGroup } from '../types.js';
import type { Tagging } from '../annotate/repair.js';
import { verbLemma } from '../annotate/lemma.js';
import { canBeVerb } from '../annotate/known.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { DraftClaim } from './draft.js';
import { rules, type Rule, type RulesOff } from './rule.js';
import { closesQuote, has } from './words.js';

/** A speech verb `sp` and another clause `d` of its sentence (attribution.ts's speech context). */
export interface SpeechVetoCtx {
  s: AnnotatedSentenceX;
  sp: DraftClaim;
  d: DraftClaim;
  off: RulesOff;
  drafts: DraftClaim[];
}

/** Subordinators of time or circumstance that, right after "said", tell when it was said. */
const CIRCUMSTANCE = /^(?:as|while|when|after|before|once)$/;

/** Words a speech verb may take before the circumstance: a time, an adverb, "reporters", the inverted speaker. */
function afterSpeech(toks: Token[], sp: DraftClaim): number {
  let k = sp.verb.last + 1;
  if (sp.who && sp.who.first > sp.verb.last) k = sp.who.last + 1;
  const from = k;
  while (k < toks.length && k - from < 4 && !CIRCUMSTANCE.test(toks[k]!.norm) && (has(toks[k], 'Date') || has(toks[k], 'Adverb') || /^(?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|today|yesterday|morning|afternoon|evening|night|week|month|year|last|this|on|in|later|earlier|then)$/.test(toks[k]!.norm)) && !/[;:()"“”]/.test(toks[k]!.post)) k++;
  return k;
}

export const SPEECH_VETO_RULES_7 = rules<SpeechVetoCtx, boolean>('attribution', [
  {
    name: 'said-then-circumstance',
    description: 'a closing or inverted attribution that goes on with "as", "when", "after", "before", "while" or ", and ..." ("the mayor said Friday as she entered the talks") tells when it was said or what came next: that clause is not the speaker\'s words',
    example: '"We will not follow a script," Mayor Tom Adder said after the meeting broke up',
    apply: ({ s, sp, d }) => {
      const toks = s.tokens;
      if (!sp.who || d.verb.first <= sp.verb.last) return false;
      // the attribution closes words before it: a comma or a closing quotation before the speaker or the verb
      const lead = Math.min(sp.who.first, sp.verb.first);
      const before = toks[lead - 1];
      if (!before || !(/,/.test(before.post) || closesQuote(before))) return false;
      const k = afterSpeech(toks, sp);
      const at = toks[k];
      if (!at || d.verb.first <= k) return false;
      const opens = CIRCUMSTANCE.test(at.norm) || (at.norm === 'and' && /,/.test(toks[k - 1]?.post ?? ''));
      if (!opens) return false;
      // a quotation after it is still the speaker's: '..., she said when asked, "We will win."'
      return !s.quotes.some((q) => d.verb.start >= q.innerStart && d.verb.start < q.innerEnd);
    },
  },
]);

/** Most words capitalised: a title-case headline ("Mayor Says Ferry Will Return"). */
function titleCased(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  return words.length >= 4 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length >= 0.7;
}
/** Speech verbs a headline gives its speaker with ("Mayor Says ...", "..., Mayor Warns"). */
const HEADLINE_SPEECH = /^(?:says|said|tells|warns|insists|admits|claims|denies|predicts|argues|vows)$/;
/** Modals and forms of "be" that open a headline clause's verb ("Ferry Will Return", "Pier Is Safe"). */
const HEADLINE_AUX = /^(?:will|would|could|can|may|might|should|must|is|are|was|were)$/;
const BE = /^(?:is|are|was|were)$/;

function group(tokens: Token[], text: string, base: number, first: number, last: number, lemma: string): VerbGroup {
  return { start: tokens[first]!.start, end: tokens[last]!.end, text: text.slice(tokens[first]!.start - base, tokens[last]!.end - base), lemma, first, last, negated: false, passive: false };
}

/** Tagging repairs of title-case headlines (registered in repairs.ts after the headline repairs). */
export const HEADLINE_VERB_RULES_7: Rule<Tagging, void>[] = rules<Tagging, void>('finite', [
  {
    name: 'title-case-headline-says',
    description: 'in a title-case headline, a capitalised "Says" (Tells, Warns, Insists...) right after a noun, and a capitalised modal or "Is"/"Are" before a word that can be a verb, are verbs, not part of a name: "X Says Y Will Z" and "Y Could Z, X Says" are a speaker and what they said',
    example: 'Mayor Lisk Says Ferry Will Return to Dunmore',
    apply: ({ tokens, verbs, text, base }) => {
      if (!titleCased(tokens)) return;
      const covered = (i: number): boolean => verbs.some((v) => v.first <= i && v.last >= i);
      const noun = (t: Token | undefined): boolean => Boolean(t && (has(t, 'Noun') || has(t, 'ProperNoun')) && !has(t, 'Preposition') && !has(t, 'Determiner'));
      const bare = (t: Token): boolean => /^[\s'’‘"“”]*$/.test(t.post);
      const speech = tokens.findIndex((t, i) => i > 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && HEADLINE_SPEECH.test(t.norm) && noun(tokens[i - 1]) && bare(tokens[i - 1]!));
      if (speech < 0) return;
      const added: VerbGroup[] = [];
      if (!covered(speech)) {
        added.push(group(tokens, text, base, speech, speech, verbLemma(tokens[speech]!.norm)));
        tokens[speech] = { ...tokens[speech]!, tags: new Set(['Verb', tokens[speech]!.norm === 'said' ? 'PastTense' : 'PresentTense']) };
      }
      for (let i = 1; i < tokens.length - 1; i++) {
        const t = tokens[i]!;
        const nx = tokens[i + 1]!;
        if (i === speech || covered(i) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !HEADLINE_AUX.test(t.norm) || !bare(t) || !noun(tokens[i - 1]) || /[,;:]/.test(tokens[i - 1]!.post)) continue;
        if (BE.test(t.norm)) {
          tokens[i] = { ...t, tags: new Set(['Verb', 'Copula']) };
          added.push(group(tokens, text, base, i, i, 'be'));
          continue;
        }
        if (covered(i + 1) || !canBeVerb(nx.norm)) continue;
        tokens[i] = { ...t, tags: new Set(['Verb', 'Modal', 'Auxiliary']) };
        tokens[i + 1] = { ...nx, tags: new Set(['Verb', 'Infinitive']) };
        added.push(group(tokens, text, base, i, i + 1, verbLemma(nx.norm)));
        i++;
      }
      verbs.push(...added);
      verbs.sort((a, b) => a.first - b.first);
    },
  },
]);

/** A sentence's drafts after its speech and cue verbs are read (attribution.ts's sentence context). */
export interface QuoteCtx7 {
  s: AnnotatedSentenceX;
  drafts: DraftClaim[];
  inQuote: (pos: number) => boolean;
}

/** Rules run after the attribution steps of a sentence (attribution.ts's attribute). */
export const QUOTE_RULES_7 = rules<QuoteCtx7, void>('attribution', [
  {
    name: 'quote-in-reported-clause',
    description: 'a quotation inside a reported clause ("As Ms. Lisk put it, the port is \"providing a service you will not get elsewhere\"") is the reporting source\'s words, not the words of the clause\'s subject',
    example: 'As Ms. Lisk put it, the port is "providing a service you will not get elsewhere."',
    apply: ({ drafts, inQuote }) => {
      for (const d of drafts) {
        const o = d.source?.from;
        if (!o || o === d || !o.source || o.speech || !inQuote(d.verb.start) || inQuote(o.verb.start)) continue;
        // the quotation stands inside the clause that took it for its subject's words
        if (d.verb.start < o.verb.end) continue;
        d.source = { ...o.source };
      }
    },
  },
  {
    name: 'headline-person-colon-quote',
    description: 'a headline (or first line) "PREFIX: \'QUOTE\'" whose words after the colon are one quotation, or "NAME on TOPIC: ...", is the words of the person the prefix names ("A lesson from Ana Lisk: \'Be the voice people hear\'")',
    example: "A lesson from Ana Lisk: 'Be the voice that people hear.'",
    apply: ({ s, drafts, inQuote }) => {
      if (s.kind !== 'headline' && !(s.index === 0 && s.kind === 'text')) return;
      const m = /^([^:]{2,80}?):\s+(\S)/u.exec(s.text);
      if (!m) return;
      const colon = s.start + m[1]!.length;
      const person = s.mentions.find((x) => x.type === 'person' && x.end <= colon);
      if (!person) return;
      const afterPerson = s.text.slice(person.end - s.start, m[1]!.length);
      const quoted = /^["“'‘]/.test(m[2]!);
      const onTopic = person.start === s.start && /^\s+(?:on|about)\s/i.test(afterPerson);
      if (!quoted && !onTopic) return;
      for (const d of drafts) {
        if (d.source || d.verb.start < colon || (quoted && !inQuote(d.verb.start))) continue;
        d.source = { text: person.text, cue: 'headline', mention: person };
      }
    },
  },
]);

/** After the speaker's verb (and an inverted speaker), a comma and a participle: '... Lisk said, looking out on the crowd.' */
export function participleTail(s: AnnotatedSentenceX, sp: DraftClaim): boolean {
  const toks = s.tokens;
  const end = sp.who && sp.who.first > sp.verb.last ? sp.who.last : sp.verb.last;
  const nx = toks[end + 1];
  return /^,\s*$/.test(toks[end]!.post) && nx !== undefined && /^[a-z]{3,}ing$/.test(nx.text) && !/^(?:during|morning|evening|nothing|something|anything|everything|thing|king|spring|according)$/.test(nx.norm);
}

/** A switch read by attribution.ts's speaker-after-split-quote (no action of its own), so its worth can be measured. */
export const SPLIT_QUOTE_PARTICIPLE_7: Rule<unknown, void> = rules<unknown, void>('attribution', [
  {
    name: 'split-quote-speaker-then-participle',
    description: 'a sentence "X said, looking out on the crowd." after a quotation that closes on "?" or "!" still names that quotation\'s speaker: a participle phrase after the verb may be long',
    example: '"Who would have believed we would win?" Lisk said, looking out on the crowd.',
    apply: () => undefined,
  },
])[0]!;

/** All the rules of this file, for rules.ts. */
export const SPEAKER_RULES_7 = [...SPEECH_VETO_RULES_7, ...HEADLINE_VERB_RULES_7, ...QUOTE_RULES_7, SPLIT_QUOTE_PARTICIPLE_7];
