/** The watchdog thread of slow-files.ts: looks at what each reading thread is on, ten times a second. */
import { writeSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { FileProgress, slowFileNotice } from './slow-files.ts';

const { buffer, files, seconds } = workerData as {
  buffer: SharedArrayBuffer;
  files: string[];
  seconds: number;
};
const progress = new FileProgress(buffer);
const announced = new Set<number>();
setInterval(() => {
  const now = Date.now();
  for (let thread = 0; thread < progress.threads; thread++) {
    const on = progress.current(thread, now);
    if (!on || on.ms < seconds * 1000 || announced.has(on.index)) continue;
    announced.add(on.index);
    // Straight to the file descriptor: the main thread may be busy reading and unable to relay it.
    writeSync(2, slowFileNotice(files[on.index]!, seconds));
  }
}, 100);
