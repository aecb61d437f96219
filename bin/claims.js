#!/usr/bin/env node
// The `claims` command: a thin shell over the library (dist/, built by `npm run build`).
import { isatty } from 'node:tty';
import v8 from 'node:v8';

// V8 grows a heap up to several times its live size between full collections; over a long
// run that is most of the peak RSS and none of the speed (the live data is ~50 MB). Growing
// by 20% at a time keeps peak RSS near the live size at the same speed (measured: 345 MB →
// 205 MB, same time, on 445 BBC articles). A process-wide flag, so worker threads get it too.
const growth = process.env.CLAIMS_HEAP_GROWTH;
v8.setFlagsFromString(`--heap-growing-percent=${growth && /^\d{1,3}$/.test(growth) ? growth : 20}`);

let run, readStdin, stdoutWriter, stdoutWasClosed;
try {
  ({ run } = await import('../dist/cli/main.js'));
  ({ readStdin } = await import('../dist/read/stdin.js'));
  ({ stdoutWriter, stdoutWasClosed } = await import('../dist/cli/output.js'));
} catch (e) {
  process.stderr.write(`claims: not built yet (${e.code ?? e.message}); run \`npm run build\` first\n`);
  process.exit(2);
}

// stdout is written synchronously and every error is seen where it happens (a full disk:
// one line and exit 2), except a closed pipe: `claims ... | head` ends quietly.
// (process.stdout is not touched: on a pipe it would switch the descriptor to non-blocking.)
const stdoutIsTTY = isatty(1);
const stdoutClosed = stdoutWasClosed(1);
const io = {
  stdout: stdoutWriter(1, stdoutClosed, () => process.exit(process.exitCode ?? 0)),
  stderr: (s) => process.stderr.write(s),
  stdin: (limit) => readStdin(0, limit),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stdoutIsTTY,
  stdoutClosed,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  columns: stdoutIsTTY ? process.stdout.columns : undefined,
  env: process.env,
};

try {
  process.exitCode = await run(process.argv.slice(2), io);
} catch (e) {
  process.stderr.write(`claims: internal error: ${e?.message ?? e}\n`);
  if (process.env.CLAIMS_DEBUG) process.stderr.write(`${e?.stack}\n`);
  process.exitCode = 2;
}
