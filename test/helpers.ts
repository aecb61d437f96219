import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fixtures = join(root, 'fixtures', 'articles');
export const shared = join(root, '..', 'shared');
export const seeds = join(shared, 'seeds');
export const hasSeeds = existsSync(seeds);

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would. */
export function cli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'claims.js'), ...args], {
    cwd: root,
    input: opts.input ?? '',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** [...text].slice(start, end).join('') — code-point slicing, as the contract promises. */
export function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
