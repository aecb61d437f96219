/**
 * Messages on stderr quote file names and article text. Neither may drive the user's terminal
 * (retitle the window, clear the screen, move the cursor): every message is stripped of escape
 * sequences and control characters, as the table strips article text. The progress bar, whose
 * own carriage return and erase-line are the only control characters meant for the terminal,
 * writes past the filter.
 */
import { stripControl } from '../format/table.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** A message with its escape sequences and control characters removed (line breaks and tabs kept). */
export function safeMessage(s: string): string {
  return s.replace(CONTROL, '');
}

/** A value put into a one-line message (a path, a reason): also no line breaks. */
export function oneLine(s: string): string {
  return stripControl(s);
}

interface HasStderr {
  stderr: (s: string) => void;
}

const raw = new WeakMap<object, (s: string) => void>();

/** The same io with every stderr message made safe; `rawStderr` of it gives the unfiltered writer. */
export function safeIo<T extends HasStderr>(io: T): T {
  const out: T = { ...io, stderr: (s: string) => io.stderr(safeMessage(s)) };
  raw.set(out, raw.get(io) ?? io.stderr);
  return out;
}

/** The unfiltered stderr writer, for the progress bar's own control characters only. */
export function rawStderr(io: HasStderr): (s: string) => void {
  return raw.get(io) ?? io.stderr;
}
