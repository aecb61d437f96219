/** The shape of a correction to compromise's tagging (repairs.ts lists them), and a helper they share. */
import type { Token, VerbGroup } from '../types.js';
import { verbLemma } from './lemma.js';

/** One sentence being tagged: its tokens and verb groups, changed in place by the repairs. */
export interface Tagging {
  tokens: Token[];
  verbs: VerbGroup[];
  text: string;
  /** The sentence's start offset in the document. */
  base: number;
  headline: boolean;
}

export interface Repair {
  name: string;
  /** What it corrects, with an example. */
  about: string;
  apply: (t: Tagging) => void;
}

/** Tagging repairs written as claim-builder rules (so that `rulesOff` can name them), as repairs.ts lists them. */
export const asRepairs = (list: readonly { name: string; description: string; example: string; apply: (t: Tagging) => void }[]): Repair[] =>
  list.map((r) => ({ name: r.name, about: `${r.description} ("${r.example}")`, apply: r.apply }));

/**
 * compromise took the first word for a verb (an order: "Bank raises rates", "Oil prices are
 * rising", "Harbour Ferries raises"): make it a noun and take it out of its verb group.
 */
export function demoteFirstWord(tokens: Token[], verbs: VerbGroup[], text: string, base: number, tags: string[]): void {
  tokens[0] = { ...tokens[0]!, tags: new Set(tags) };
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k]!;
    if (v.first !== 0) continue;
    if (v.last === 0) verbs.splice(k, 1);
    else {
      v.first = 1;
      v.start = tokens[1]!.start;
      v.text = text.slice(v.start - base, v.end - base);
      v.lemma = verbLemma(tokens[v.last]!.norm);
    }
  }
}

/** The corrections to compromise's tagging, in the order they apply. */
