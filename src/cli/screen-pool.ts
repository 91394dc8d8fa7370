import { Worker } from 'node:worker_threads';
import type { LineChunk } from './line-chunks.js';
import type { WorkerChunkResult } from './screen-file.js';
import type { ScreenWorkerData } from './screen-worker.js';

/** Chunks a worker holds at most (one being screened, one waiting): it never waits for the main thread. */
const DEPTH = 2;

interface PooledWorker {
  readonly worker: Worker;
  /** Chunks sent and not yet answered. */
  busy: number;
}

/**
 * Worker threads that screen chunks of lines. A chunk goes to an idle worker, else to a new one (up to
 * `size`: a five-line file starts one worker, whatever was asked), else to the least busy; the reader waits
 * while every worker holds {@link DEPTH} chunks, so memory stays at a few chunks. A slow worker (on a shared
 * machine) simply takes fewer chunks. Results come back in any order; the caller puts them in order.
 */
export class ScreenPool {
  private readonly workers: PooledWorker[] = [];
  private inFlight = 0;
  private wake: (() => void) | undefined;
  private failure: Error | undefined;
  private closing = false;

  constructor(
    private readonly data: ScreenWorkerData,
    private readonly size: number,
    private readonly onResult: (result: WorkerChunkResult) => void,
  ) {}

  /** Transfers a chunk to a worker (its bytes move, no copy), then waits while the workers are full. */
  async submit(chunk: LineChunk): Promise<void> {
    this.throwIfFailed();
    const w = this.pick();
    w.busy++;
    this.inFlight++;
    w.worker.postMessage(chunk, chunk.bytes ? [chunk.bytes.buffer as ArrayBuffer] : []);
    while (this.inFlight >= this.size * DEPTH && !this.failure) await this.changed();
    this.throwIfFailed();
  }

  /** Waits for every chunk sent to be answered. */
  async drain(): Promise<void> {
    while (this.inFlight > 0 && !this.failure) await this.changed();
    this.throwIfFailed();
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private pick(): PooledWorker {
    const idle = this.workers.find((w) => w.busy === 0);
    if (idle) return idle;
    if (this.workers.length < this.size) return this.start();
    return this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  private start(): PooledWorker {
    const worker = new Worker(new URL('./screen-worker.js', import.meta.url), {
      // A small heap keeps the collector busy and the resident memory flat on huge files.
      resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
      workerData: this.data,
    });
    const pooled: PooledWorker = { worker, busy: 0 };
    worker.on('message', (result: WorkerChunkResult) => {
      pooled.busy--;
      this.inFlight--;
      try {
        this.onResult(result);
      } catch (e) {
        this.fail(e as Error);
      }
      this.notify();
    });
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', (code) => {
      if (!this.closing) this.fail(new Error(`screen worker ${this.workers.indexOf(pooled)} exited with code ${code}`));
    });
    this.workers.push(pooled);
    return pooled;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.notify();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
