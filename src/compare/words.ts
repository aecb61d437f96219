/** Content words of claim text, as `compare` and its story detection count them. */

export const STOP = new Set(
  (
    'a an the of in on at to for from by with and or but as is are was were be been being has have had its it his her their this that these those into over after before than then there here who whom which what when where while also not no out up down off ' +
    'he she they we you him them us our your my me i said says say told tell according will would could should can may might must do does did just more most very about against during since until up said week year day month today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** Lower-cased, possessive-free, crudely singular content words longer than two letters. */
export function contentWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map((w) => w.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, ''));
}
