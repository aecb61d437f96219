/** `claims schema`: the JSON Schema of `claims extract --format json`. */
import type { Command } from 'commander';
import { extractSchema } from '../schema.js';
import type { Io } from './common.js';

/** Adds `claims schema` to the program. */
export function registerSchema(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('schema')
    .description('print the JSON Schema of `claims extract --format json`')
    .action(() => {
      io.stdout(`${JSON.stringify(extractSchema, null, 2)}\n`);
      setExit(0);
    });
}
