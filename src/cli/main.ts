/**
 * The command-line shell around the library: parse options, read inputs, run extract, format,
 * write. Data goes to stdout (or -o), messages to stderr as "claims: PATH: reason".
 * Exit codes: 0 success, 2 usage or input errors (1 is reserved for "differences found").
 */
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { UsageError, type Io } from './common.js';
import { registerCompare } from './compare.js';
import { registerDiff } from './diff.js';
import { registerEntities } from './entities.js';
import { registerEvents } from './events.js';
import { registerExtract } from './extract.js';
import { OutputError } from './output.js';
import { registerReport } from './report.js';
import { registerSchema } from './schema.js';
import { oneLine, safeIo } from './safe.js';

export { UsageError, type Io } from './common.js';

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('claims')
    .description('Turn news articles into structured, checkable claims: who did or said what, where, when, and according to whom.')
    .version(readVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `claims: ${s.slice(7)}` : s),
    })
    .exitOverride();

  registerExtract(program, io, setExit);
  registerEvents(program, io, setExit);
  registerEntities(program, io, setExit);
  registerCompare(program, io, setExit);
  registerDiff(program, io, setExit);
  registerReport(program, io, setExit);
  registerSchema(program, io, setExit);
  program.addHelpText(
    'after',
    `
Examples:
  $ claims extract articles/
  $ claims extract articles/ --format json | jq '.claims[0]'
  $ claims entities articles/
  $ claims schema > claims.schema.json

Exit status: 0 success, 2 usage or input errors.`,
  );
  return program;
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Run the CLI with argv (without node and script); returns the exit code. */
export async function run(argv: string[], userIo: Io): Promise<number> {
  // no message may carry a file name's or an article's control characters to the terminal
  const io = safeIo(userIo);
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      if (e.code === 'commander.executeSubCommandAsync') return 0;
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError || e instanceof OutputError) {
      io.stderr(`claims: ${e.message}\n`);
      return 2;
    }
    // printed by bin/claims.js as an internal error: it may quote a path
    if (e instanceof Error) e.message = oneLine(e.message);
    throw e;
  }
  return code;
}
