/**
 * The build's worker threads (the compression, the page check): started over shares of a list, and run
 * beside the build's own thread while it waits on Pagefind at the lowest priority, so they take only the
 * cores it leaves idle.
 */
import { constants, setPriority } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Lowers the calling worker's priority: on Linux a thread's priority is its own, so nothing else's. */
export function lowestPriority(): void {
  try {
    setPriority(constants.priority.PRIORITY_LOW);
  } catch {
    // A system that refuses keeps the thread at its priority: slower, never wrong.
  }
}

/**
 * Starts a worker thread from `script` for each of `shares` (its workerData), each of which sends back one
 * message; resolves with those in the order of `shares`, or fails with the first worker that fails.
 */
export function runWorkers<R>(script: URL, shares: readonly unknown[], name: string): Promise<R[]> {
  return Promise.all(shares.map((workerData) => new Promise<R>((resolve, reject) => {
    const worker = new Worker(script, { workerData });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => { if (code !== 0) reject(new Error(`the ${name} worker stopped with exit code ${code}`)); });
  })));
}
