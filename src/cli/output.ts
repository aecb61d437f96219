/**
 * The output edge of the CLI: where the bytes of a run go (stdout, or `-o FILE` replaced only
 * when the run completes), the JSON spool, and what an interrupted run leaves behind (nothing).
 *
 * Every write is checked: a short write is continued, an error ends the run with one line
 * naming the file (`OutputError`, exit 2) and the previous `-o` file untouched. Temporary
 * files are created exclusively (O_EXCL, a random name) so that no planted file or symlink is
 * ever written through.
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { basename, dirname, join, resolve } from 'node:path';
import { getSystemErrorMap } from 'node:util';

/** A write that failed: the message names the file; the CLI prints it on one line and exits 2. */
export class OutputError extends Error {}

/** "no space left on device" for ENOSPC, and so on: the system's wording without the syscall. */
export function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.errno === 'number') {
    const known = getSystemErrorMap().get(err.errno);
    if (known) return known[1];
  }
  return err?.message ?? String(e);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Write all of `data` to `fd`. `writeSync` may write only part of it (a disk filling up
 * writes what fits and says how much): the rest is written again until it fails for real.
 * A non-blocking descriptor that is full (EAGAIN) is waited on.
 */
export function writeAll(fd: number, data: string | Uint8Array): void {
  let buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  while (buf.length > 0) {
    let n: number;
    try {
      n = writeSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 5);
        continue;
      }
      throw e;
    }
    // writing nothing at all is how some devices say "full"
    if (n === 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC', errno: -28 });
    buf = buf.subarray(n);
  }
}

// ---- what an interrupted run leaves behind ------------------------------------------------

const toRemove = new Set<string>();
let hooked = false;

function removeAll(): void {
  for (const p of toRemove) rmSync(p, { force: true });
  toRemove.clear();
}

/**
 * SIGINT / SIGTERM: remove the temporary files, then die of the same signal (exit status
 * 130 / 143 to the shell, and a loop in a script stops as it should). Dying of the signal
 * rather than calling `process.exit` also ends a process whose other threads are blocked (a
 * FIFO with no writer), which `process.exit` would wait for.
 */
function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  process.kill(process.pid, signal);
}

/** Remove PATH if the process ends (signal, error, closed pipe) before `keep(PATH)`. */
export function removeOnExit(path: string): void {
  toRemove.add(path);
  if (hooked) return;
  hooked = true;
  process.on('exit', removeAll);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

export function keep(path: string): void {
  toRemove.delete(path);
}

/** Create a new file exclusively: a random name in DIR, never an existing file or symlink. */
function createExclusive(dir: string, prefix: string, mode: number, read: boolean): { fd: number; path: string } {
  const flags = constants.O_CREAT | constants.O_EXCL | (read ? constants.O_RDWR : constants.O_WRONLY);
  for (let attempt = 0; ; attempt++) {
    const path = join(dir, `${prefix}${randomBytes(8).toString('hex')}.tmp`);
    try {
      return { fd: openSync(path, flags, mode), path };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 16) continue;
      throw e;
    }
  }
}

// ---- stdout -------------------------------------------------------------------------------

/**
 * Whether stdout was closed when the process started (`claims … >&-`). Node replaces a closed
 * stdout with /dev/null opened for reading and writing, so output would vanish with exit 0;
 * a shell's `> /dev/null` opens it for writing only. Linux only (it reads /proc).
 */
export function stdoutWasClosed(fd = 1): boolean {
  try {
    const st = fstatSync(fd);
    const nul = statSync('/dev/null');
    if (!st.isCharacterDevice() || st.rdev !== nul.rdev) return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'));
    return flags !== null && (parseInt(flags[1]!, 8) & 3) === constants.O_RDWR // 3: O_ACCMODE;
  } catch {
    return false;
  }
}

/**
 * A synchronous, checked writer for stdout (the stream `process.stdout` reports errors
 * later, as events). A reader that went away (`| head`) calls `onClosedPipe`; any other error
 * throws an OutputError.
 */
export function stdoutWriter(fd: number, closed: boolean, onClosedPipe: () => void): (s: string) => void {
  return (s) => {
    if (!s) return;
    if (closed) throw new OutputError('stdout: cannot write: stdout is closed (give -o FILE)');
    try {
      writeAll(fd, s);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') {
        onClosedPipe();
        return;
      }
      throw new OutputError(`stdout: cannot write: ${reason(e)}`);
    }
  };
}

// ---- -o FILE ------------------------------------------------------------------------------

export interface SinkIo {
  stdout: (s: string) => void;
  /** stdout was closed (`>&-`): output there would be lost. */
  stdoutClosed?: boolean;
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/**
 * What `-o FILE` is, following a symbolic link only to a device or FIFO (see Sink); throws an
 * OutputError for what cannot be written. Called before any work, and again when writing.
 */
export function outputTarget(output: string): Stats | null {
  const link = lstatOrNull(output);
  let target: Stats | null = link;
  if (link?.isSymbolicLink()) {
    try {
      target = statSync(output);
    } catch {
      target = null;
    }
    if (!target || target.isFile() || target.isDirectory()) {
      throw new OutputError(`${output}: is a symbolic link; not replaced (give the path it points to)`);
    }
  }
  if (target?.isDirectory()) throw new OutputError(`${output}: is a directory`);
  return target;
}

/**
 * Output written as it comes: to stdout, or to a temporary file beside `-o FILE` that is
 * renamed over it when the run completes.
 * - FILE that exists keeps its permission bits.
 * - FILE that is a device or a FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is written
 *   into directly: it cannot be replaced, only written to.
 * - FILE that is a symbolic link to a file (or to nothing) is refused: replacing it would
 *   replace the link, and writing through it is what a planted link in /tmp wants.
 */
export class Sink {
  private fd: number | null = null;
  private tmp: string | null = null;
  private mode: number | null = null;

  constructor(
    private readonly io: SinkIo,
    private readonly output?: string,
  ) {
    if (!output) {
      if (io.stdoutClosed) throw new OutputError('stdout: cannot write: stdout is closed (give -o FILE)');
      return;
    }
    const target = outputTarget(output);
    try {
      if (target && !target.isFile()) {
        this.fd = openSync(output, constants.O_WRONLY);
        return;
      }
      const made = createExclusive(dirname(resolve(output)), `.${basename(output)}.claims-`, 0o666, false);
      this.fd = made.fd;
      this.tmp = made.path;
      removeOnExit(made.path);
      if (target) this.mode = target.mode & 0o7777;
    } catch (e) {
      if (e instanceof OutputError) throw e;
      throw new OutputError(`${output}: cannot write: ${reason(e)}`);
    }
  }

  write(text: string): void {
    if (!text) return;
    if (this.fd === null) {
      this.io.stdout(text);
      return;
    }
    try {
      writeAll(this.fd, text);
    } catch (e) {
      throw this.failure(e);
    }
  }

  /** The run completed: the output replaces FILE (its data on disk first, then the rename). */
  commit(): void {
    if (this.fd === null || !this.output) return;
    const fd = this.fd;
    this.fd = null;
    try {
      if (this.tmp) {
        // a file system may report a full disk only when the data is flushed
        fsyncSync(fd);
        closeSync(fd);
        if (this.mode !== null) chmodSync(this.tmp, this.mode);
        renameSync(this.tmp, this.output);
        keep(this.tmp);
        this.tmp = null;
      } else closeSync(fd);
    } catch (e) {
      const failure = this.failure(e);
      this.abort();
      throw failure;
    }
  }

  /** The run failed or was stopped: FILE stays as it was, the temporary file goes. */
  abort(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // already failing: the first error is the one reported
      }
    }
    this.fd = null;
    if (this.tmp) {
      rmSync(this.tmp, { force: true });
      keep(this.tmp);
      this.tmp = null;
    }
  }

  private failure(e: unknown): OutputError {
    const kept = this.tmp && this.mode !== null ? '; the previous file is unchanged' : '';
    return new OutputError(`${this.output}: cannot write: ${reason(e)}${kept}`);
  }
}

// ---- the JSON spool -----------------------------------------------------------------------

/**
 * A scratch file for the claims of `--format json` until the documents are all known. It is
 * created exclusively in the temporary directory (mode 600) and unlinked at once: it has no
 * name for anyone to plant or find, and nothing is left whatever ends the process.
 */
export class Spool {
  private readonly fd: number;
  private readonly dir: string;
  private size = 0;

  constructor() {
    this.dir = tmpdir();
    try {
      const made = createExclusive(this.dir, 'claims-spool-', 0o600, true);
      this.fd = made.fd;
      try {
        unlinkSync(made.path);
      } catch {
        removeOnExit(made.path); // a system that cannot unlink an open file
      }
    } catch (e) {
      throw this.failure(e);
    }
  }

  write(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    try {
      writeAll(this.fd, bytes);
    } catch (e) {
      throw this.failure(e);
    }
    this.size += bytes.length;
  }

  /** Hand the spooled bytes back in order, as text. */
  replay(out: (text: string) => void): void {
    const buf = Buffer.alloc(1 << 20);
    const decoder = new StringDecoder('utf8');
    for (let pos = 0; pos < this.size; ) {
      const n = readSync(this.fd, buf, 0, Math.min(buf.length, this.size - pos), pos);
      if (n <= 0) break;
      pos += n;
      out(decoder.write(buf.subarray(0, n)));
    }
    out(decoder.end());
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // nothing to lose: the spool has no name
    }
  }

  private failure(e: unknown): OutputError {
    return new OutputError(`${this.dir}: cannot write the spool file of --format json: ${reason(e)} (TMPDIR sets where it goes)`);
  }
}
