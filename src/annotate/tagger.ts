/**
 * Which part-of-speech tagger the annotate stage runs on every token: compromise (the default)
 * or wink (wink-nlp's tagger, with compromise's lexicon as a table: see wink.ts). Nothing outside
 * src/annotate knows which one runs. The environment variable CLAIMS_TAGGER=wink|compromise
 * chooses it for a whole process (worker threads inherit it); `setTagger` for a library caller.
 */
export type TaggerName = 'compromise' | 'wink';
export const TAGGERS: readonly TaggerName[] = ['compromise', 'wink'];

const fromEnv = (): TaggerName => {
  const v = (process.env['CLAIMS_TAGGER'] ?? '').trim().toLowerCase();
  return v === 'wink' ? 'wink' : 'compromise';
};
let current: TaggerName = fromEnv();

/** The tagger the annotate stage runs. */
export function tagger(): TaggerName {
  return current;
}
/** Choose the tagger for this process (library callers; the CLI reads CLAIMS_TAGGER). */
export function setTagger(name: TaggerName): void {
  if (!TAGGERS.includes(name)) throw new Error(`unknown tagger: ${String(name)} (expected ${TAGGERS.join(' or ')})`);
  current = name;
}
