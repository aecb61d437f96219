/**
 * Issue 18, item 10 (sixth session): attribution cues beyond the speech verbs. Verbs of saying,
 * believing, intending and showing that the lists in attribution.ts lack ("reiterated that",
 * "reckon"), the clause on a cue verb's object ("cited remarks the mayor had made"), cue nouns
 * ("Ruiz's claim that ...", "a report by the board that ..."), cue adjectives ("is confident
 * that ..."), opening phrases ("In the poll,", "By X's count,", "As X put it,"). Each gives
 * its source a kind (speech, belief, intention, evidence) as CUE_VERB_KINDS does. Run after the cue verbs of attribution.ts,
 * before its participle, quotation and "according to" rules; each fills only clauses that have
 * no source yet.
 *
 *   'Marlow reiterated that the pier was safe.'  → "was safe": Marlow (cue "reiterate", speech)
 */
import type { SourceKind } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { DraftClaim, DraftSource } from './draft.js';
import { anyRule, rules, type RulesOff } from './rule.js';
import { phrase } from './phrase.js';
import { COORD, has } from './words.js';
import { SAY_LIKE, SUBORDINATORS } from '../annotate/lexicon.js';
import { verbLemma } from '../annotate/lemma.js';
import { CUE_VERB_KINDS, CUE_VERB_SOURCE_RULES, firstClauseAfterToken, isTrailingAttribution, sourceOf, thatClauseMain } from './attribution.js';

interface Cue6Ctx {
  s: AnnotatedSentenceX;
  drafts: DraftClaim[];
  inQuote: (pos: number) => boolean;
  off: RulesOff;
}

const kinds = (words: string, kind: SourceKind): [string, SourceKind][] => words.split(/\s+/).filter(Boolean).map((w) => [w, kind]);

/** Verbs that take a clause and attribute it, not in SAY_LIKE or CUE_VERB_KINDS. */
export const CUE_VERB_KINDS_6: ReadonlyMap<string, SourceKind> = new Map([
  ...kinds('reiterate repeat assure reassure remind inform notify advise counter retort lament observe opine hint imply affirm swear guarantee comment brag grumble whisper shout yell proclaim concur', 'speech'),
  ...kinds('imagine figure bet sense presume suppose reckon guess surmise speculate hypothesize theorize notice calculate hear', 'belief'),
  ...kinds('wish', 'intention'),
]);

/** Verbs whose object is what was said, shown or judged: the clause on that object is the subject's ("cited remarks the mayor had made"). */
export const OBJECT_CUE_KINDS: ReadonlyMap<string, SourceKind> = new Map([
  ...kinds('cite mention reference describe discuss address question dispute recount criticize criticise praise attack blame condemn denounce dismiss defend tout accuse rail speak talk refer chronicle explore expose recount spell', 'speech'),
  ...kinds('feature highlight detail list outline', 'evidence'),
]);

/** The kind a verb of saying or judging gives the clause on its object (not belief or intention verbs: "a seat that could decide"). */
const objectCueKind = (lemma: string): SourceKind | undefined => {
  const k = OBJECT_CUE_KINDS.get(lemma) ?? (SAY_LIKE.has(lemma) ? 'speech' : CUE_VERB_KINDS.get(lemma));
  return k === 'speech' || k === 'evidence' ? k : undefined;
};
/** Prepositions a verb of saying takes its topic with: "railed against", "pointed to", "spoke of", "complained about". */
const TOPIC_PREPS = /^(?:against|to|of|about|on|for)$/;

/** A first- or second-person source ("I am afraid", "we accept"): mostly inside someone else's words, left to the quotation rules. */
const personal = (src: DraftSource | null): boolean => src !== null && /^(?:i|we|you|me|us|my|our|your)(?:['’](?:ve|re|d|ll|m))?$/i.test(src.text);

const chainOf = (d: DraftClaim): DraftClaim => (d.coordinatedWith ? chainOf(d.coordinatedWith) : d);

/**
 * Is d a clause on the object of verb sp: "cited remarks (that) the mayor had made", "mentioned
 * the cracks engineers had found", "references cases in which ..."? Between them only the object
 * noun phrase and perhaps a relative pronoun, no punctuation, coordinator or other subordinator.
 */
function objectClause(s: AnnotatedSentenceX, sp: DraftClaim, d: DraftClaim, drafts: DraftClaim[]): boolean {
  const toks = s.tokens;
  const v = sp.verb.last;
  if (d.verb.first <= v + 1 || d.verb.first - v > 14) return false;
  if (drafts.some((o) => o !== d && o !== sp && o.verb.first > v && o.verb.first < d.verb.first)) return false;
  let o = v + 1;
  if (toks[o] && TOPIC_PREPS.test(toks[o]!.norm) && !/[,;:()"“”]/.test(toks[o]!.post)) o++;
  const first = toks[o];
  if (!first || first.norm === 'that' || !(has(first, 'Noun') || has(first, 'Determiner') || has(first, 'Adjective') || has(first, 'Possessive') || has(first, 'Value') || has(first, 'ProperNoun'))) return false;
  if (has(first, 'Pronoun') && !has(first, 'Possessive')) return false;
  if (/[,;:()"“”]/.test(toks[v]!.post)) return false;
  let nouns = 0;
  for (let j = o; j < d.verb.first; j++) {
    const t = toks[j]!;
    if (/[,;:()"“”—–]/.test(t.post)) return false;
    if (COORD.has(t.norm) || (SUBORDINATORS.has(t.norm) && !/^(?:that|which|who|whom)$/.test(t.norm))) return false;
    if (has(t, 'Noun') || has(t, 'ProperNoun')) nouns++;
    if (/^(?:that|which|who|whom)$/.test(t.norm) && nouns === 0) return false;
  }
  // the object and the relative clause's own subject: two noun phrases, or a relative pronoun, or one subject that swallowed the object
  return nouns >= 1 && (d.who === null || d.who.first > v);
}

/** Cue nouns whose "that"-clause is what someone said, believes, intends or showed. */
const CUE_NOUNS: ReadonlyMap<string, SourceKind> = new Map([
  ...kinds('claim assertion allegation accusation charge contention argument insistence suggestion statement announcement admission acknowledgment acknowledgement assurance promise pledge vow warning message reminder confirmation denial testimony remark comment disclosure missive narrative', 'speech'),
  ...kinds('belief view opinion conviction hope fear worry concern suspicion doubt expectation assumption notion theory conclusion impression prediction forecast estimate position stance', 'belief'),
  ...kinds('proposal recommendation demand request insistence', 'intention'),
  ...kinds('report finding evidence proof indication sign analysis study survey poll data', 'evidence'),
]);

/** Verbs whose subject holds or voices the cue noun they take: "expressed concern that", "made the case that". */
const VOICING = /^(?:express|voice|raise|make|share|repeat|reiterate|echo|offer|give|issue|advance|float|hold|have|take|reach|renew|stand|air|leave|persist|push|press|dispute|reject|deny|dismiss|challenge|question)$/;

/** The source of cue noun at token n: its possessor, "by X" after it, a name before it, or the subject of a verb that voices it. */
function nounSource(s: AnnotatedSentenceX, n: number, drafts: DraftClaim[]): DraftSource | null {
  const toks = s.tokens;
  // "X's claim", "his earlier claim", "the mayor's repeated assertion"
  let k = n - 1;
  while (k >= 0 && (has(toks[k], 'Adjective') || has(toks[k], 'Adverb')) && !has(toks[k], 'Possessive') && !/[,;:()"“”]/.test(toks[k]!.post)) k--;
  if (k >= 0 && (has(toks[k], 'Possessive') || /['’]s?$/.test(toks[k]!.text)) && !/[,;:()"“”]/.test(toks[k]!.post)) {
    const last = k;
    while (k > 0 && !/[,;:()"“”]/.test(toks[k - 1]!.post) && !has(toks[last], 'Pronoun') && (has(toks[k - 1], 'ProperNoun') || has(toks[k - 1], 'Noun') || has(toks[k - 1], 'Adjective') || has(toks[k - 1], 'Determiner')) && !has(toks[k - 1], 'Verb') && !has(toks[k - 1], 'Preposition')) k--;
    const p = phrase(s, k, last);
    return { text: p.text, cue: toks[n]!.norm, mention: p.mention };
  }
  // "a report by the harbour board that"
  if (toks[n + 1]?.norm === 'by' && !/[,;:]/.test(toks[n]!.post)) {
    let e = n + 2;
    while (e < toks.length - 1 && toks[e + 1]!.norm !== 'that' && !/[,;:()]/.test(toks[e]!.post) && e - n < 8) e++;
    if (toks[e + 1]?.norm === 'that' && e >= n + 2) {
      const p = phrase(s, n + 2, e);
      return { text: p.text, cue: toks[n]!.norm, mention: p.mention };
    }
  }
  // "a Harbour Times report that": a name before the noun
  let m = n - 1;
  while (m >= 0 && has(toks[m], 'ProperNoun') && /^\p{Lu}/u.test(toks[m]!.text) && !/[,;:()"“”]/.test(toks[m]!.post)) m--;
  if (m < n - 1 && m >= 0 && has(toks[m], 'Determiner') && !/^(?:that|this|these|those)$/.test(toks[m]!.norm)) {
    const p = phrase(s, m + 1, n - 1);
    return { text: p.text, cue: toks[n]!.norm, mention: p.mention };
  }
  // "the union expressed concern that", "made the case that"
  const gov = drafts.find((o) => o.who && o.verb.last < n && n - o.verb.last <= 4 && VOICING.test(o.lemma) && !o.verb.passive &&
    toks.slice(o.verb.last + 1, n).every((t) => !/[,;:()"“”]/.test(t.post) && (has(t, 'Determiner') || has(t, 'Adjective') || (has(t, 'Possessive') && has(t, 'Pronoun')) || /^(?:it|in|with|on|to)$/.test(t.norm))));
  return gov ? sourceOf(gov, toks[n]!.norm) : null;
}

/** Adjectives of belief and resolve that take a clause: "is confident that", "was sure the ferry would return". */
export const CUE_ADJECTIVES: ReadonlyMap<string, SourceKind> = new Map([
  ...kinds('confident sure certain convinced aware positive adamant optimistic pessimistic hopeful doubtful skeptical sceptical afraid fearful worried concerned nervous anxious glad happy pleased proud sorry sad upset angry furious frustrated disappointed surprised shocked alarmed relieved satisfied thankful grateful persuaded incensed outraged dismayed troubled encouraged heartened disturbed', 'belief'),
  ...kinds('determined eager keen insistent', 'intention'),
]);

/** Is the verb's clause a relative clause ("voters who accept that ...")? Its clause is left to the cue outside it. */
function inRelative(s: AnnotatedSentenceX, sp: DraftClaim): boolean {
  let k = sp.verb.first - 1;
  while (k >= 0 && has(s.tokens[k], 'Adverb')) k--;
  return (k >= 0 && /^(?:who|which|that)$/.test(s.tokens[k]!.norm)) || (sp.who !== null && /^(?:who|which|that)$/.test(s.tokens[sp.who.first]!.norm));
}

/** Does clause d open right after token c, perhaps with an existential "there" ("that there was no reason")? */
function opensAfter(s: AnnotatedSentenceX, d: DraftClaim, c: number): boolean {
  if (d.who) return d.who.first === c + 1 && d.verb.first > c + 1;
  return d.verb.first === c + 1 || (d.verb.first === c + 2 && s.tokens[c + 1]!.norm === 'there');
}

/** Set d's source, and that of the clauses coordinated with it that follow. */
function give(d: DraftClaim, src: DraftSource, drafts: DraftClaim[]): void {
  d.source = { ...src };
  for (const o of drafts) if (!o.source && o.coordinatedWith && chainOf(o) === chainOf(d) && o.verb.first > d.verb.first) o.source = { ...src };
}

/** Nouns of evidence that an opening "In the poll," names as the source of what follows. */
const EVIDENCE_NOUNS = /^(?:polls?|survey|surveys|study|studies|report|reports|analysis|analyses|audit|census|review|investigation|data|findings|documents|records|filing|filings|memo|memos|tally|count|sample|experiment|trial|assessment|estimates?|projections?|forecasts?|model)$/;

export const CUE_RULES_6 = rules<Cue6Ctx, void>('attribution', [
  {
    name: 'more-cue-verbs',
    description: 'more verbs of saying, believing, intending and showing ("reiterated", "reckon", "request that", "confirm") attribute the clause they take to their subject, with the kind',
    example: 'Marlow reiterated that the pier was safe',
    apply: ({ s, drafts, inQuote, off }) => {
      const cueVerbs = drafts.filter((sp) => !sp.speech && !sp.verb.passive && sp.who && !inQuote(sp.verb.start) && !personal(sourceOf(sp, '')) && !inRelative(s, sp) && !CUE_VERB_KINDS.has(sp.lemma) && CUE_VERB_KINDS_6.has(sp.lemma));
      for (const sp of [...cueVerbs].reverse()) {
        const trailing = isTrailingAttribution(s, sp, off, drafts);
        const kind = CUE_VERB_KINDS_6.get(sp.lemma)!;
        const taken: DraftClaim[] = [];
        for (const d of drafts) {
          if (d === sp || d.source || chainOf(d) === chainOf(sp) || inQuote(d.verb.start)) continue;
          const heir = d.coordinatedWith && taken.includes(chainOf(d));
          if (heir || anyRule(CUE_VERB_SOURCE_RULES, { s, sp, d, trailing, drafts }, off)) {
            d.source = { ...sourceOf(sp, sp.lemma)!, kind };
            taken.push(d);
          }
        }
      }
    },
  },
  {
    name: 'cue-object-relative',
    description: 'a clause on the object of a verb of saying, judging or showing ("cited remarks the mayor had made", "mentioned the cracks that engineers found") is the verb\'s subject\'s',
    example: 'Marlow cited remarks the mayor had made about the ferry',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of [...drafts].reverse()) {
        const kind = objectCueKind(sp.lemma);
        if (!kind || !sp.who || sp.who.first > sp.verb.last || personal(sourceOf(sp, '')) || inRelative(s, sp) || sp.verb.passive || inQuote(sp.verb.start) || /^(?:who|which|that)$/.test(toks[sp.who.first]!.norm)) continue;
        for (const d of drafts) {
          if (d === sp || d.source || inQuote(d.verb.start) || chainOf(d) === chainOf(sp)) continue;
          if (objectClause(s, sp, d, drafts) && !(d.who && d.who.first <= sp.who.last && d.who.last >= sp.who.first)) give(d, { ...sourceOf(sp, sp.lemma)!, kind }, drafts);
        }
      }
    },
  },
  {
    name: 'cue-noun-that-clause',
    description: 'the "that"-clause of a cue noun ("Ruiz\'s claim that", "a report by the board that", "expressed concern that") is the noun\'s holder\'s: its possessor, its "by" phrase, a name before it, or the subject that voices it',
    example: 'Ruiz\'s claim that the pier was unsafe drew criticism',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (let n = 0; n + 2 < toks.length; n++) {
        const t = toks[n]!;
        const kind = CUE_NOUNS.get(t.norm.replace(/s$/, '')) ?? CUE_NOUNS.get(t.norm);
        if (!kind || inQuote(t.start) || !has(t, 'Noun') || has(t, 'Verb') && !has(t, 'Noun')) continue;
        const that = toks[n + 1]?.norm === 'that' ? n + 1 : toks[n + 1]?.norm === 'by' ? toks.findIndex((x, j) => j > n + 2 && j <= n + 9 && x.norm === 'that') : -1;
        if (that < 0 || /[,;:()]/.test(toks[that - 1]!.post)) continue;
        const d = drafts.find((o) => !o.source && !inQuote(o.verb.start) && ((o.who && o.who.first > that && firstClauseAfterToken(s, that - 1, o, drafts)) || (!o.who && opensAfter(s, o, that))));
        // a relative clause, not the noun's content: "the report that the board released", "the claim that he made"
        if (!d || (d.whatEnd <= d.verb.end && !d.verb.passive)) continue;
        const src = nounSource(s, n, drafts);
        if (src && !personal(src) && !(src.mention === null && /^(?:it|this|that)$/i.test(src.text))) give(d, { ...src, kind }, drafts);
      }
    },
  },
  {
    name: 'cue-adjective-that-clause',
    description: 'after "is confident", "was sure", "is convinced" (an adjective of belief or resolve after a linking verb), the clause it takes is the subject\'s belief',
    example: 'Marlow is confident that the council will pay for the pier',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        if (!sp.who || inQuote(sp.verb.start) || personal(sourceOf(sp, '')) || inRelative(s, sp) || /^(?:it|this|that|there|which|who)$/.test(toks[sp.who.first]!.norm)) continue;
        const copula = /^(?:be|seem|appear|remain|feel|become|grow|sound|look)$/.test(sp.lemma);
        let a = sp.verb.last;
        let word = toks[a]!.norm;
        if (copula) {
          a++;
          while (a < toks.length && has(toks[a], 'Adverb') && !CUE_ADJECTIVES.has(toks[a]!.norm) && !/[,;:]/.test(toks[a - 1]!.post)) a++;
          word = toks[a]?.norm ?? '';
          if (a > sp.verb.last + 3 || /[,;:]/.test(toks[a - 1]!.post)) continue;
        } else if (!sp.verb.passive) continue;
        const kind = CUE_ADJECTIVES.get(word);
        if (!kind || a >= toks.length) continue;
        // "were incensed that the deals, which cover five aides, did not ...": past asides and relative clauses to the main clause
        const asAt = { ...sp, verb: { ...sp.verb, last: a } };
        for (const d of drafts) {
          if (d === sp || d.source || inQuote(d.verb.start) || !(firstClauseAfterToken(s, a, d, drafts) || thatClauseMain(s, asAt, d, drafts))) continue;
          give(d, { ...sourceOf(sp, word)!, kind }, drafts);
          break;
        }
      }
    },
  },
  {
    name: 'in-evidence-phrase',
    description: 'an opening "In the poll," ("In a study of 400 towns,", "In the latest survey,") names the evidence that the clauses after it report (kind evidence)',
    example: 'In the latest survey, 62 percent of riders backed the night ferry',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      let i = 0;
      if (toks[0] && /^(?:but|and|yet)$/.test(toks[0].norm)) i = 1;
      if (toks[i]?.norm !== 'in' || inQuote(toks[i]!.start)) return;
      let c = i + 1;
      while (c < toks.length - 1 && c - i <= 14 && !/[,;:()]/.test(toks[c]!.post) && !(has(toks[c], 'Verb') && !has(toks[c], 'Noun'))) c++;
      if (!/^,\s*$/.test(toks[c]?.post ?? '') || c <= i + 1) return;
      // the evidence noun heads the phrase: its last word, or the word before "of" / "by" ("In a study of 400 towns")
      let head = c;
      for (let k = i + 2; k <= c; k++) if (/^(?:of|by|from|for|on|among|with)$/.test(toks[k]!.norm)) { head = k - 1; break; }
      if (!EVIDENCE_NOUNS.test(toks[head]!.norm)) return;
      const p = phrase(s, i + 1, c);
      for (const d of drafts) {
        if (d.source || d.verb.first <= c || inQuote(d.verb.start) || d.speech || CUE_VERB_KINDS.has(d.lemma) || CUE_VERB_KINDS_6.has(d.lemma)) continue;
        d.source = { text: p.text, cue: 'in', mention: p.mention, kind: 'evidence' };
      }
    },
  },
  {
    name: 'that-then-opening-phrase',
    description: 'after "said that" (shows, found, believes that) an opening phrase and a comma ("that as of Friday,", "that in 1998,") come before the reported clause: the first clause after the comma is the subject\'s',
    example: 'The harbour poll showed that as of Friday, Marlow is leading Ruiz by four points',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of [...drafts].reverse()) {
        const kind = sp.speech ? 'speech' : CUE_VERB_KINDS.get(sp.lemma) ?? CUE_VERB_KINDS_6.get(sp.lemma);
        if (!kind || !sp.who || sp.verb.passive || inQuote(sp.verb.start) || personal(sourceOf(sp, '')) || inRelative(s, sp)) continue;
        let k = sp.verb.last + 1;
        while (k < toks.length && k - sp.verb.last <= 3 && (has(toks[k], 'Adverb') || has(toks[k], 'Date')) && toks[k]!.norm !== 'that' && !/[,;:()]/.test(toks[k - 1]!.post)) k++;
        if (toks[k]?.norm !== 'that' || /[,;:()"“”]/.test(toks[k - 1]!.post)) continue;
        const opener = toks[k + 1];
        if (!opener || !(has(opener, 'Preposition') || /^(?:as|in|on|at|by|for|after|before|during|since|despite|unlike|like|among|under|over|with|without|last|this|next|earlier|later)$/.test(opener.norm))) continue;
        let c = k + 1;
        while (c < toks.length - 1 && c - k <= 10 && !/[,;:()"“”]/.test(toks[c]!.post)) c++;
        if (!/^,\s*$/.test(toks[c]?.post ?? '') || drafts.some((o) => o.verb.first > k && o.verb.first <= c)) continue;
        const d = drafts.find((o) => !o.source && o !== sp && !inQuote(o.verb.start) && (o.who ? o.who.first === c + 1 && o.verb.first > c + 1 : o.verb.first === c + 1));
        if (d) give(d, { ...sourceOf(sp, sp.lemma)!, kind }, drafts);
      }
    },
  },
  {
    name: 'cue-verb-read-as-noun',
    description: 'a cue verb the tagger read as part of a noun ("Another slide shows that ...", "documents from his tax return show he ..."), with no clause of its own: the first clause after it is the noun phrase\'s before it',
    example: 'Another slide shows that eight of ten ferries are sold abroad',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (let i = 1; i < toks.length - 2; i++) {
        const t = toks[i]!;
        if (inQuote(t.start) || !/^[a-z]+$/.test(t.norm) || drafts.some((d) => d.verb.first <= i && d.verb.last >= i)) continue;
        if (!/(?:s|ed)$/.test(t.norm) && !/^(?:show|suggest|indicate|reveal|say|said|found|find|confirm)$/.test(t.norm)) continue;
        const lemma = verbLemma(t.norm);
        const kind = SAY_LIKE.has(lemma) ? 'speech' : CUE_VERB_KINDS.get(lemma) ?? CUE_VERB_KINDS_6.get(lemma);
        if (!kind || /[,;:()"“”]/.test(t.post)) continue;
        // the noun phrase before it, from the sentence's start (or a comma, "that", "but")
        let k = i - 1;
        const inVerb = (j: number): boolean => drafts.some((d) => d.verb.first <= j && d.verb.last >= j);
        while (k >= 0 && !/[,;:()"“”]/.test(toks[k]!.post) && !inVerb(k) && (has(toks[k], 'Noun') || has(toks[k], 'Verb') || has(toks[k], 'ProperNoun') || has(toks[k], 'Adjective') || has(toks[k], 'Determiner') || has(toks[k], 'Possessive') || has(toks[k], 'Value') || /^(?:of|from|by|in|on)$/.test(toks[k]!.norm)) && !(has(toks[k], 'Pronoun') && !has(toks[k], 'Possessive'))) k--;
        // "The latest poll released Friday shows": a participle read as the clause's verb before the cue
        const part = k >= 0 ? drafts.find((d) => d.verb.first === k && d.verb.last === k && /ed$/.test(toks[k]!.norm) && d.who && d.who.last === k - 1 && !d.source) : undefined;
        const start = part?.who ? part.who.first : k + 1;
        if (start >= i || /^(?:of|from|by|in|on)$/.test(toks[start]!.norm)) continue;
        const prev = toks[start - 1];
        if (prev && !/[,;:—–]/.test(prev.post) && !/^(?:that|but|and|while|because|as)$/.test(prev.norm)) continue;
        if (!has(toks[i - 1], 'Noun') && !has(toks[i - 1], 'ProperNoun') && !(has(toks[i - 1], 'Verb') && start < i - 1 && has(toks[i - 2], 'Determiner'))) continue;
        const d = drafts.find((o) => !o.source && !inQuote(o.verb.start) && firstClauseAfterToken(s, i, o, drafts));
        if (!d || (d.who && d.who.first <= i)) continue;
        const p = phrase(s, start, i - 1);
        give(d, { text: p.text, cue: lemma, mention: p.mention, kind }, drafts);
      }
    },
  },
  {
    name: 'cue-verb-object-that',
    description: 'a verb of saying, believing or showing with an object or a prepositional phrase before "that" ("agreed with the judge that", "assured voters that", "convinced the board that"): the clause after "that" is the subject\'s',
    example: 'The mayor assured voters on Monday that the pier would reopen',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of [...drafts].reverse()) {
        const kind = sp.speech ? 'speech' : CUE_VERB_KINDS.get(sp.lemma) ?? CUE_VERB_KINDS_6.get(sp.lemma);
        if (!kind || !sp.who || sp.verb.passive || inQuote(sp.verb.start) || personal(sourceOf(sp, '')) || inRelative(s, sp) || /[,;:()"“”]/.test(toks[sp.verb.last]!.post)) continue;
        let that = -1;
        for (let j = sp.verb.last + 1; j < toks.length - 1 && j - sp.verb.last <= 7; j++) {
          const t = toks[j]!;
          if (t.norm === 'that') { that = j; break; }
          if (/[,;:()"“”]/.test(t.post) || COORD.has(t.norm) || SUBORDINATORS.has(t.norm) || drafts.some((o) => o.verb.first <= j && o.verb.last >= j)) break;
        }
        if (that <= sp.verb.last + 1) continue;
        // a clause with its own subject ("that the pier would reopen", "that there was"), not a relative ("voters that backed him")
        const d = drafts.find((o) => o !== sp && !o.source && !inQuote(o.verb.start) && (o.who !== null || s.tokens[that + 1]!.norm === 'there') && (opensAfter(s, o, that) || (o.who !== null && o.who.first > that && firstClauseAfterToken(s, that - 1, o, drafts))));
        if (d) give(d, { ...sourceOf(sp, sp.lemma)!, kind }, drafts);
      }
    },
  },
  {
    name: 'cue-verb-wh-clause',
    description: 'a question or topic clause after a verb of saying, asking or showing ("questioned what kind of person gets up", "discussed how rising seas could flood", "explains why") is the subject\'s',
    example: 'The mayor discussed how rising seas could flood the pier',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of [...drafts].reverse()) {
        const kind = sp.speech ? 'speech' : objectCueKind(sp.lemma) ?? CUE_VERB_KINDS.get(sp.lemma) ?? CUE_VERB_KINDS_6.get(sp.lemma) ?? (/^(?:ask|wonder)$/.test(sp.lemma) ? 'speech' : undefined);
        if (!kind || !sp.who || sp.verb.passive || inQuote(sp.verb.start) || personal(sourceOf(sp, '')) || inRelative(s, sp) || /[,;:()"“”]/.test(toks[sp.verb.last]!.post)) continue;
        let w = sp.verb.last + 1;
        if (toks[w] && TOPIC_PREPS.test(toks[w]!.norm)) w++;
        if (!toks[w] || !/^(?:what|how|why|whether|when|where|who|which)$/.test(toks[w]!.norm)) continue;
        const d = drafts.find((o) => o !== sp && o.verb.first > w && o.verb.first - w <= 8);
        if (!d || d.source || inQuote(d.verb.start) || drafts.some((o) => o !== d && o !== sp && o.verb.first > sp.verb.last && o.verb.first < d.verb.first)) continue;
        if (toks.slice(w, d.verb.first).some((x) => /[,;:()"“”]/.test(x.post) || COORD.has(x.norm))) continue;
        give(d, { ...sourceOf(sp, sp.lemma)!, kind }, drafts);
      }
    },
  },
  {
    name: 'possessive-view-phrase',
    description: 'an opening "In X\'s view," ("In her words,", "By his own admission,", "By the union\'s count,") makes X the source of the clauses after it',
    example: 'By the union\'s own count, 400 dockers lost their jobs',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      let i = 0;
      if (toks[0] && /^(?:but|and|yet)$/.test(toks[0].norm)) i = 1;
      if (!toks[i] || !/^(?:in|by|to)$/.test(toks[i]!.norm) || inQuote(toks[i]!.start)) return;
      let c = i + 1;
      while (c < toks.length - 1 && c - i <= 8 && !/[,;:()]/.test(toks[c]!.post)) c++;
      if (!/^,\s*$/.test(toks[c]?.post ?? '')) return;
      const noun = toks[c]!.norm;
      const VIEW = /^(?:view|views|opinion|words|telling|estimation|assessment|judgment|judgement|mind|eyes|account|accounts|admission|count|reckoning|calculation|calculations|estimate|estimates|analysis|thinking|understanding)$/;
      if (!VIEW.test(noun)) return;
      // the possessor: "X's (own)" right before the noun
      let k = c - 1;
      if (toks[k]?.norm === 'own') k--;
      if (k <= i || !(has(toks[k], 'Possessive') || /['’]s?$/.test(toks[k]!.text))) return;
      const p = phrase(s, i + 1, k);
      const kind: SourceKind = /^(?:view|views|opinion|estimation|judgment|judgement|mind|eyes|thinking|understanding)$/.test(noun) ? 'belief' : /^(?:count|reckoning|calculation|calculations|estimate|estimates|analysis|assessment)$/.test(noun) ? 'evidence' : 'speech';
      for (const d of drafts) {
        if (d.source || d.verb.first <= c || inQuote(d.verb.start) || d.speech) continue;
        d.source = { text: p.text, cue: noun, mention: p.mention, kind };
      }
    },
  },
  {
    name: 'as-speaker-put-it',
    description: 'an "as X put it" / "as X noted" (said, argued, wrote) aside between commas makes X the source of the clause it opens or closes',
    example: 'As the mayor put it, the pier is a wreck',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        if (!sp.who || sp.verb.passive || inQuote(sp.verb.start) || toks[sp.who.first - 1]?.norm !== 'as' || sp.who.first > sp.verb.first || personal(sourceOf(sp, ''))) continue;
        const kind = sp.speech || sp.lemma === 'put' ? 'speech' : CUE_VERB_KINDS.get(sp.lemma) ?? CUE_VERB_KINDS_6.get(sp.lemma);
        if (!kind) continue;
        // the aside ends within three words of its verb ("put it", "noted last week"), at a comma or the sentence's end
        let e = sp.verb.last;
        while (e < toks.length - 1 && e - sp.verb.last < 3 && !/[,;:.!?]/.test(toks[e]!.post)) e++;
        const asAt = sp.who.first - 1;
        const opens = asAt === 0 || (asAt > 0 && /,\s*$/.test(toks[asAt - 1]!.post));
        if (!opens || !(/,\s*$/.test(toks[e]!.post) || e === toks.length - 1)) continue;
        if (sp.lemma === 'put' && toks[sp.verb.last + 1]?.norm !== 'it') continue;
        // nothing after the verb but "it", adverbs and time words: "as many residents now hope to return" is no aside
        if (kind === 'intention' || toks.slice(sp.verb.last + 1, e + 1).some((x) => !(has(x, 'Adverb') || has(x, 'Date') || (x.norm === 'it' && sp.lemma === 'put') || /^(?:last|this|next|week|month|year|recently|once|earlier)$/.test(x.norm)))) continue;
        const src = { ...sourceOf(sp, sp.lemma)!, kind };
        for (const d of drafts) {
          if (d === sp || d.source || inQuote(d.verb.start)) continue;
          // the clause after an opening aside, or the clause it interrupts or closes
          if (asAt === 0 ? d.verb.first > e : true) give(d, src, drafts);
        }
      }
    },
  },
]);

