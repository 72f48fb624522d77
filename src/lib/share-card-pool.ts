/**
 * Share cards drawn in worker threads, one per core, each written by its worker straight into dist/. A card
 * costs about 25 ms (Satori's layout, resvg's rendering and its PNG encoding) and a large explainer has one
 * per chapter. `astro build` hands every card to the pool before the chapters are compiled
 * (src/integrations/share-cards.ts), so the workers draw at the lowest priority on the core the compiling
 * thread leaves idle, and the build waits for what is left once the pages are written.
 *
 * Each worker is sent the whole list with a shared counter and takes the next card from it itself: the
 * build's thread is busy for seconds at a time while it compiles, and a worker waiting for it to hand out
 * each card in turn would sit idle for as long.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { shareCardPng, type ShareCardLook, type ShareCardText } from './share-card.ts';
import { lowestPriority } from './threads.ts';

export interface ShareCardJob {
  /** The card's path under dist/ ("fa/share/round-one.png"): where it is written, and its name in an error. */
  card: string;
  text: ShareCardText;
}

export interface ShareCardPool {
  /** Starts drawing these cards; a card already given is not drawn twice. */
  draw(jobs: readonly ShareCardJob[], look: ShareCardLook): void;
  /**
   * Resolves with the number of cards written once every card given is; fails with the first card that
   * could not be drawn (a character no font has), naming it. Stops the workers either way.
   */
  finish(): Promise<number>;
}

/** What the pool sends a worker: cards to draw, the counter the workers take them by, and (the first time) the look. */
interface Batch {
  jobs: (ShareCardJob & { file: string })[];
  next: Int32Array;
  look?: ShareCardLook;
}

/** A worker's replies: one per card drawn or refused, then one when it has taken the batch's last card. */
type Reply = { card: string } | { card: string; error: string } | { batchDone: true };

/** A pool that writes each card given into `dir` (an absolute path), with `threads` workers (at least one). */
export function shareCardPool(dir: string, threads = availableParallelism()): ShareCardPool {
  const given = new Set<string>();
  const workers: Worker[] = [];
  /** Batches each worker has been sent and not yet finished. */
  const pending = new Map<Worker, number>();
  // Each worker is sent the look with its first batch only: the fonts are half a megabyte.
  const looked = new WeakSet<Worker>();
  let written = 0;
  let failure: Error | undefined;
  let settle: (() => void) | undefined;
  /** Set once finish() stops the workers: their exits are then expected. */
  let stopping = false;

  const busy = () => [...pending.values()].some((n) => n > 0);
  const check = () => {
    if (settle && (failure || !busy())) settle();
  };

  const start = () => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { shareCardWorker: true } });
    pending.set(worker, 0);
    worker.on('message', (reply: Reply) => {
      if ('batchDone' in reply) {
        pending.set(worker, pending.get(worker)! - 1);
        // An idle worker must not keep the build's process alive.
        if (pending.get(worker) === 0) worker.unref();
      } else if ('error' in reply) failure ??= new Error(reply.error);
      else written++;
      check();
    });
    // A worker that dies fails the pool, so that finish() never waits for ever.
    const die = (error: Error) => {
      failure ??= error;
      settle?.();
    };
    worker.on('error', die);
    worker.on('exit', (code) => {
      if (!stopping) die(new Error(`a share-card worker stopped with exit code ${code} (src/lib/share-card-pool.ts)`));
    });
    workers.push(worker);
    return worker;
  };

  return {
    draw(jobs, look) {
      const fresh = jobs.filter((job) => !given.has(job.card));
      if (fresh.length === 0) return;
      for (const job of fresh) given.add(job.card);
      const batch: Batch = { jobs: fresh.map((job) => ({ ...job, file: join(dir, job.card) })), next: new Int32Array(new SharedArrayBuffer(4)) };
      while (workers.length < Math.max(1, Math.min(threads, fresh.length))) start();
      for (const worker of workers) {
        worker.ref();
        pending.set(worker, pending.get(worker)! + 1);
        worker.postMessage({ ...batch, look: looked.has(worker) ? undefined : look } satisfies Batch);
        looked.add(worker);
      }
    },
    async finish() {
      await new Promise<void>((resolve) => {
        settle = resolve;
        check();
      });
      stopping = true;
      await Promise.all(workers.map((w) => w.terminate()));
      workers.length = 0;
      pending.clear();
      if (failure) throw failure;
      return written;
    },
  };
}

// In a worker started by shareCardPool: draw and write the cards of each batch, taking each next one from
// the batch's counter, and say which were written or why one could not be; a card that fails stops the batch.
if (!isMainThread && workerData?.shareCardWorker) {
  lowestPriority();
  let look: ShareCardLook | undefined;
  let queue = Promise.resolve();
  const reply = (message: Reply) => parentPort!.postMessage(message);
  const drawAll = async ({ jobs, next }: Batch) => {
    for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
      // resvg's images (6 MB a card, in native memory) are freed by finalizers that Node runs only between
      // turns of the event loop, and a card's awaits are all microtasks: without this turn, a worker held
      // every card it drew until its batch ended, some 3 GB at 1,000 chapters, each page of it new to the kernel.
      await new Promise((resolve) => setImmediate(resolve));
      const job = jobs[i]!;
      try {
        const png = await shareCardPng(job.text, look!, job.card);
        mkdirSync(dirname(job.file), { recursive: true });
        writeFileSync(job.file, png);
        reply({ card: job.card });
      } catch (error) {
        // No worker takes another card of this batch.
        Atomics.store(next, 0, jobs.length);
        reply({ card: job.card, error: error instanceof Error ? error.message : String(error) });
      }
    }
    reply({ batchDone: true });
  };
  parentPort!.on('message', (batch: Batch) => {
    if (batch.look) {
      // Buffers arrive as plain Uint8Arrays.
      const fonts = Object.fromEntries(Object.entries(batch.look.fonts).map(([k, v]) => [k, Buffer.from(v.buffer, v.byteOffset, v.byteLength)]));
      look = { ...batch.look, fonts: fonts as ShareCardLook['fonts'] };
    }
    queue = queue.then(() => drawAll(batch));
  });
}
