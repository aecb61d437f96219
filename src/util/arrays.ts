/**
 * Array helpers that work at any size. `a.push(...b)` and `Math.max(...b)` pass every element
 * as an argument on the stack and throw "Maximum call stack size exceeded" past ~100,000
 * (a JSONL of 150,000 lines, a JSON array of 150,000 numbers); these loop instead.
 */
export function pushAll<T>(into: T[], items: Iterable<T>): void {
  for (const x of items) into.push(x);
}

/** The largest of `items` and `floor` (`floor` when there are none). */
export function maxOf(items: Iterable<number>, floor = -Infinity): number {
  let m = floor;
  for (const x of items) if (x > m) m = x;
  return m;
}

/** The smallest of `items` and `ceiling` (`ceiling` when there are none). */
export function minOf(items: Iterable<number>, ceiling = Infinity): number {
  let m = ceiling;
  for (const x of items) if (x < m) m = x;
  return m;
}
