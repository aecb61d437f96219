/**
 * Worker thread: reads an input that is not a regular file (a FIFO, a device) with the same
 * `readInput` as the main thread. Such a read can block for ever (a FIFO with no writer);
 * here it blocks this thread only, and the main thread still answers Ctrl-C.
 */
import { parentPort } from 'node:worker_threads';
import { readInput, type InputItem } from '../read/index.js';

interface Task {
  item: InputItem;
  maxBytes: number;
}

parentPort?.on('message', (t: Task) => {
  parentPort!.postMessage(readInput(t.item, undefined, t.maxBytes));
});
