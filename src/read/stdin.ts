/**
 * All of standard input, read synchronously. `readFileSync(0)` fails with EAGAIN when stdin is
 * a pipe whose writer has not written yet (`slow-command | claims extract -`); here a read that
 * would block waits a moment and tries again, until end of input, or until more than `limit`
 * bytes have come (`--max-bytes`: `claims extract < /dev/zero` must not read without end).
 */
import { readSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

export function readStdin(fd = 0, limit = Infinity): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
    if (total > limit) break;
  }
  return Buffer.concat(chunks);
}
