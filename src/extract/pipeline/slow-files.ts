/**
 * A file that takes long must not stall a run silently. Each thread that
 * reads files marks in shared memory which file it is on and since when; a
 * watchdog thread names a file on stderr, once, when it has taken longer than
 * the limit. The watchdog is a thread of its own because the main thread may
 * be the one reading.
 */
import { Worker } from 'node:worker_threads';

/** After this long on one file the run says which file it is on, and the report lists it. */
export const SLOW_FILE_SECONDS = 2;

export interface SlowFile {
  file: string;
  seconds: number;
}

/** Two numbers per reading thread: the file's index + 1 (0 when between files), and when it began (ms). */
export class FileProgress {
  readonly buffer: SharedArrayBuffer;
  private readonly slots: Float64Array;

  constructor(buffer: SharedArrayBuffer) {
    this.buffer = buffer;
    this.slots = new Float64Array(buffer);
  }

  static forThreads(count: number): FileProgress {
    return new FileProgress(new SharedArrayBuffer(2 * 8 * count));
  }

  get threads(): number {
    return this.slots.length / 2;
  }

  begin(thread: number, index: number): void {
    // The time first: a watchdog that sees the new index sees its start too.
    this.slots[2 * thread + 1] = Date.now();
    this.slots[2 * thread] = index + 1;
  }

  end(thread: number): void {
    this.slots[2 * thread] = 0;
  }

  /** The file index a thread is on and for how many ms, or null when it is between files. */
  current(thread: number, now: number): { index: number; ms: number } | null {
    const index = this.slots[2 * thread]! - 1;
    return index < 0 ? null : { index, ms: now - this.slots[2 * thread + 1]! };
  }
}

export interface WatchOptions {
  progress: FileProgress;
  files: string[];
  seconds: number;
}

/** Starts the watchdog; the returned function stops it. */
export function watchSlowFiles(options: WatchOptions): () => Promise<void> {
  const watchdog = new Worker(new URL('./slow-file-watchdog.ts', import.meta.url), {
    workerData: {
      buffer: options.progress.buffer,
      files: options.files,
      seconds: options.seconds,
    },
  });
  // The watchdog never keeps a finished run alive.
  watchdog.unref();
  return async () => {
    await watchdog.terminate();
  };
}

/** The line the watchdog writes, once per slow file. */
export function slowFileNotice(file: string, seconds: number): string {
  return `extract: still reading ${file} after ${seconds} s (a long file; the run goes on)\n`;
}
