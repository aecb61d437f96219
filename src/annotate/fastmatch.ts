/**
 * A faster way to run one of compromise's post-tagger patterns over one sentence, with the
 * same result as compromise's own `runMatch`.
 *
 * `runMatch` tries a pattern from every term of the sentence. Most patterns begin with a
 * plain word or #Tag that is not optional, so a start can only succeed where the first term
 * has that word or tag; trying anywhere else builds a match state only to fail at once.
 * Here those starts are skipped with a direct test, and compromise's own `fromHere`,
 * `notIf` and `getGroup` do the rest, so what matches is unchanged. Patterns whose first
 * token is anything else (optional, negative, `.`, multi-word choices, `$`-greedy) take
 * every start, exactly as before.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Reg {
  word?: string;
  tag?: string;
  use?: string;
  fuzzy?: boolean;
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
  id?: unknown;
  fastOr?: Set<string>;
  pos?: string;
  choices?: unknown[];
  operator?: string;
}
export interface MTerm {
  text: string;
  normal: string;
  machine?: string | null;
  alias?: string[];
  root?: string;
  implicit?: string;
  tags: Set<string>;
  id: string;
}
interface Found {
  pointer: (number | null)[];
  groups: Record<string, unknown>;
}
type FromHere = (terms: MTerm[], regs: Reg[], start: number, length: number) => Found | null;
type NotIf = (results: Found[], not: Reg[], docs: MTerm[][]) => Found[];
type GetGroup = (results: Found[], group: unknown) => { ptrs: (number | string | null)[][] };

// compromise's matcher internals, from the same module graph as `import 'compromise'`
const root = join(dirname(createRequire(import.meta.url).resolve('compromise')), '../../src/1-one/match/methods/match');
const load = async <T>(file: string): Promise<T> => ((await import(pathToFileURL(join(root, file)).href)) as { default: T }).default;
const [fromHere, notIf, getGroup] = await Promise.all([
  load<FromHere>('02-from-here.js'),
  load<NotIf>('03-notIf.js'),
  load<GetGroup>('03-getGroup.js'),
]);

/** What a start term must satisfy, or null when any start has to be tried. */
type StartTest = ((t: MTerm) => boolean) | null;
const startTests = new WeakMap<Reg[], StartTest>();

function startTest(regs: Reg[]): StartTest {
  let test = startTests.get(regs);
  if (test !== undefined) return test;
  test = null;
  const r = regs[0];
  // only the plain cases, where compromise tests the first term with `doesMatch` and dies on false
  if (r && !r.optional && !r.negative && !r.anything && !r.start && !r.end && r.id === undefined && r.choices === undefined) {
    if (r.word !== undefined && !r.use && !r.fuzzy) {
      const w = r.word;
      test = (t) => t.machine === w || t.text === w || t.normal === w || (t.alias !== undefined && t.alias.includes(w));
    } else if (r.tag !== undefined && r.word === undefined) {
      const tag = r.tag;
      test = (t) => t.tags.has(tag);
    } else if (r.fastOr !== undefined && r.word === undefined && r.tag === undefined) {
      const set = r.fastOr;
      const pos = r.pos;
      test = (t) => (pos === undefined || t.tags.has(pos)) && (set.has(t.root || t.implicit || t.machine || t.normal) || set.has(t.text));
    }
  }
  startTests.set(regs, test);
  return test;
}

export interface Todo {
  regs?: Reg[];
  group?: unknown;
  notIf?: Reg[];
}

/** compromise's `runMatch` for one sentence and no `justOne`; returns its pointers. */
export function matchSentence(terms: MTerm[], todo: Todo): { ptrs: (number | string | null)[][] } {
  const regs = todo.regs;
  if (!regs || regs.length === 0) return { ptrs: [] };
  let results: Found[] = [];
  if (regs[0]!.start === true) {
    const res = fromHere(terms, regs, 0, terms.length);
    if (res) results.push(res);
  } else {
    let minLength = 0;
    for (const r of regs) if (r.optional !== true && r.negative !== true) minLength++;
    const test = startTest(regs);
    for (let i = 0; i < terms.length; i += 1) {
      if (terms.length - i < minLength) break;
      if (test !== null && !test(terms[i]!)) continue;
      const res = fromHere(terms.slice(i), regs, i, terms.length);
      if (res) {
        results.push(res);
        const end = res.pointer[2] as number;
        if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
      }
    }
  }
  for (const res of results) {
    res.pointer[0] = 0;
    for (const k in res.groups) (res.groups[k] as (number | null)[])[0] = 0;
  }
  if (regs[regs.length - 1]!.end === true) results = results.filter((res) => terms.length === res.pointer[2]);
  if (todo.notIf) results = notIf(results, todo.notIf, [terms]);
  const out = getGroup(results, todo.group);
  for (const ptr of out.ptrs) {
    ptr[3] = terms[ptr[1] as number]!.id;
    ptr[4] = terms[(ptr[2] as number) - 1]!.id;
  }
  return out;
}
