/**
 * Share cards drawn in worker threads, one per core, each written by its worker straight into dist/. A card
 * costs about 30 ms (Satori's layout, resvg's rendering and its PNG encoding) and a large explainer has one
 * per chapter. The card route hands every card to the pool when Astro asks for its paths and renders none
 * itself, so the pages never wait for a card: the workers draw at the lowest priority beside the thread that
 * renders the pages, on the core it leaves, and the build waits for what is left once the pages are written.
 *
 * `astro build` starts the pool and waits for it (src/integrations/share-cards.ts), and publishes it in
 * buildState: a worker has to start from a file Node can run as it is, and this module runs as itself only
 * there (in the prerendered bundle, import.meta.url names a bundled chunk).
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
  /** Starts drawing these cards, in this order; a card already given is not drawn twice. */
  draw(jobs: readonly ShareCardJob[], look: ShareCardLook): void;
  /**
   * Resolves with the number of cards written once every card given is; fails with the first card that
   * could not be drawn (a character no font has), naming it. Stops the workers either way.
   */
  finish(): Promise<number>;
}

type Reply = { card: string } | { card: string; error: string };

/** A pool that writes each card given into `dir` (an absolute path), with `threads` workers (at least one). */
export function shareCardPool(dir: string, threads = availableParallelism()): ShareCardPool {
  const given = new Set<string>();
  const queue: ShareCardJob[] = [];
  const idle: Worker[] = [];
  const workers: Worker[] = [];
  // Each worker is sent the look with its first card only: the fonts are half a megabyte.
  const looked = new WeakSet<Worker>();
  let look: ShareCardLook | undefined;
  let written = 0;
  let failure: Error | undefined;
  let settle: (() => void) | undefined;
  /** Set once finish() stops the workers: their exits are then expected. */
  let stopping = false;

  const busy = () => workers.length - idle.length;
  const check = () => {
    if (settle && (failure || (queue.length === 0 && busy() === 0))) settle();
  };

  const next = (worker: Worker) => {
    const job = failure ? undefined : queue.shift();
    if (!job) {
      // An idle worker must not keep the build's process alive.
      worker.unref();
      idle.push(worker);
      return;
    }
    worker.ref();
    worker.postMessage({ ...job, file: join(dir, job.card), look: looked.has(worker) ? undefined : look });
    looked.add(worker);
  };

  const start = () => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { shareCardWorker: true } });
    worker.on('message', (reply: Reply) => {
      if ('error' in reply) failure ??= new Error(reply.error);
      else written++;
      next(worker);
      check();
    });
    // A worker that dies fails the pool, so that finish() never waits for ever.
    const die = (error: Error) => {
      failure ??= error;
      queue.length = 0;
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
    draw(jobs, cardLook) {
      look = cardLook;
      for (const job of jobs) {
        if (given.has(job.card)) continue;
        given.add(job.card);
        queue.push(job);
      }
      while (workers.length < Math.max(1, threads) && queue.length > idle.length) idle.push(start());
      while (idle.length && queue.length) next(idle.pop()!);
    },
    async finish() {
      await new Promise<void>((resolve) => {
        settle = resolve;
        check();
      });
      stopping = true;
      await Promise.all(workers.map((w) => w.terminate()));
      workers.length = 0;
      idle.length = 0;
      if (failure) throw failure;
      return written;
    },
  };
}

// In a worker started by shareCardPool: draw and write each card sent, and say which, or why it could not.
if (!isMainThread && workerData?.shareCardWorker) {
  lowestPriority();
  let look: ShareCardLook | undefined;
  parentPort!.on('message', async (job: ShareCardJob & { file: string; look?: ShareCardLook }) => {
    if (job.look) {
      // Buffers arrive as plain Uint8Arrays.
      const fonts = Object.fromEntries(Object.entries(job.look.fonts).map(([k, v]) => [k, Buffer.from(v.buffer, v.byteOffset, v.byteLength)]));
      look = { ...job.look, fonts: fonts as ShareCardLook['fonts'] };
    }
    try {
      const png = await shareCardPng(job.text, look!, job.card);
      mkdirSync(dirname(job.file), { recursive: true });
      writeFileSync(job.file, png);
      parentPort!.postMessage({ card: job.card } satisfies Reply);
    } catch (error) {
      parentPort!.postMessage({ card: job.card, error: error instanceof Error ? error.message : String(error) } satisfies Reply);
    }
  });
}
