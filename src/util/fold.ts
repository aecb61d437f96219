/** Accent folding, for matching names as a reader would (pure). */

/** Text with its accents taken off ("François" → "Francois") and curly apostrophes straightened. */
export function foldAccents(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[’‘]/g, "'");
}
