/**
 * Salience in [0, 1]: how central a claim is to its article. The headline and the lead weigh
 * most; then claims whose actor or place recurs in the article; captions, embedded posts,
 * quotes of unnamed bystanders, speech acts and background (dates years before publication)
 * weigh less.
 */
import type { DraftClaim } from '../claims/draft.js';
import { maxOf } from '../util/arrays.js';

export function scoreSalience(drafts: DraftClaim[], published: string | null): void {
  if (drafts.length === 0) return;
  // count how often each entity is the actor or place of a claim, and is mentioned at all
  const counts = new Map<string, number>();
  const seenSentences = new Set<number>();
  for (const d of drafts) {
    if (seenSentences.has(d.sentence.index)) continue;
    seenSentences.add(d.sentence.index);
    for (const m of d.sentence.mentions) if (m.entity) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  const maxCount = maxOf(counts.values(), 1);
  // rank of the sentence among the article's text sentences (headline = -1)
  const textOrder = new Map<number, number>();
  let n = 0;
  for (const d of drafts) {
    if (textOrder.has(d.sentence.index)) continue;
    if (d.sentence.kind === 'text') textOrder.set(d.sentence.index, n++);
  }
  // clauses of each sentence, for the rank of a clause within its sentence
  const bySentence = new Map<DraftClaim['sentence'], DraftClaim[]>();
  for (const d of drafts) {
    const list = bySentence.get(d.sentence);
    if (list) list.push(d);
    else bySentence.set(d.sentence, [d]);
  }
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  for (const d of drafts) {
    const k = d.sentence.kind;
    let pos: number;
    if (k === 'headline') pos = d.sentence.index <= 6 ? 1 : 0.55;
    else if (k === 'caption') pos = 0.3;
    else if (k === 'post') pos = 0.25;
    else {
      const r = textOrder.get(d.sentence.index) ?? 10;
      pos = r === 0 ? 0.95 : 0.15 + 0.5 * Math.exp(-r / 3);
    }
    const actor = d.whoEntity ? (counts.get(d.whoEntity) ?? 0) / maxCount : 0;
    const place = d.where.reduce((a, w) => Math.max(a, w.entity ? (counts.get(w.entity) ?? 0) / maxCount : 0), 0);
    let score = 0.8 * pos + 0.12 * actor + 0.08 * place;
    if (d.speech) score *= 0.8;
    if (d.source && !d.source.entity && d.source.cue === 'quote') score *= 0.7;
    if (!d.who) score *= 0.7;
    if (d.who && /^(it|this|that|they|we|i|you)$/i.test(d.who.text)) score *= 0.8;
    if (pubYear && d.when.some((w) => w.date && Number(w.date.slice(0, 4)) < pubYear - 1)) score *= 0.5;
    // the first clause of a sentence carries it; clauses further in are less central
    const rank = bySentence.get(d.sentence)!.filter((o) => o.verb.start < d.verb.start).length;
    score *= Math.pow(0.93, Math.min(rank, 5));
    d.salience = Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  }
}
