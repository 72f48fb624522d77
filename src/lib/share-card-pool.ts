/**
 * Share cards drawn in worker threads, one per core. A card costs about 30 ms (Satori's layout, resvg's
 * rendering and its PNG encoding) and a large explainer has one per chapter, so drawing them one by one
 * between the pages was most of a thousand-chapter build. The card route hands every card to the pool
 * when Astro asks for its paths, and the pages go on rendering while the workers draw; a card the route
 * takes before any worker has begun it is drawn on the spot.
 *
 * `astro build` starts the pool and closes it once the pages are written (src/integrations/share-cards.ts),
 * and publishes it in buildState: a worker has to start from a file Node can run as it is, and this module
 * runs as itself only there (in the prerendered bundle, import.meta.url names a bundled chunk).
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { shareCardPng, type ShareCardLook, type ShareCardText } from './share-card.ts';

export interface ShareCardJob {
  /** The card's path ("fa/share/round-one.png"): its key in the pool, and its name in an error. */
  card: string;
  text: ShareCardText;
}

export interface ShareCardPool {
  /** Starts drawing these cards, in this order; a card already given is not drawn twice. */
  draw(jobs: readonly ShareCardJob[], look: ShareCardLook): void;
  /** A card given to draw(), once drawn; it fails with the card's error (a character no font has). */
  take(card: string): Promise<Buffer>;
  /** Stops the workers; cards not yet taken are dropped. */
  close(): Promise<void>;
}

type Reply = { card: string; png: Uint8Array } | { card: string; error: string };

export function shareCardPool(threads = availableParallelism()): ShareCardPool {
  const results = new Map<string, Promise<Buffer>>();
  const settle = new Map<string, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>();
  const queue: ShareCardJob[] = [];
  const idle: Worker[] = [];
  const workers: Worker[] = [];
  // Each worker is sent the look with its first card only: the fonts are half a megabyte.
  const looked = new WeakSet<Worker>();
  let look: ShareCardLook | undefined;

  const next = (worker: Worker) => {
    const job = queue.shift();
    if (!job) {
      // An idle worker must not keep the build's process alive.
      worker.unref();
      idle.push(worker);
      return;
    }
    worker.ref();
    worker.postMessage({ ...job, look: looked.has(worker) ? undefined : look });
    looked.add(worker);
  };

  /** The way to settle a card being drawn, taken out so that it is settled once. */
  const claim = (card: string) => {
    const pending = settle.get(card)!;
    settle.delete(card);
    return pending;
  };

  const start = () => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { shareCardWorker: true } });
    worker.on('message', (reply: Reply) => {
      const pending = claim(reply.card);
      if ('error' in reply) pending.reject(new Error(reply.error));
      else pending.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
      next(worker);
    });
    // A worker that dies fails every card not yet drawn, so that no take() waits for ever.
    worker.on('error', (error) => {
      for (const pending of settle.values()) pending.reject(error);
      settle.clear();
      queue.length = 0;
    });
    workers.push(worker);
    return worker;
  };

  return {
    draw(jobs, cardLook) {
      look = cardLook;
      for (const job of jobs) {
        if (results.has(job.card)) continue;
        const result = new Promise<Buffer>((resolve, reject) => settle.set(job.card, { resolve, reject }));
        // The error is the card route's to report, when it takes the card: not an unhandled rejection now.
        result.catch(() => {});
        results.set(job.card, result);
        queue.push(job);
      }
      while (workers.length < threads && queue.length > idle.length) idle.push(start());
      while (idle.length && queue.length) next(idle.pop()!);
    },
    take(card) {
      const result = results.get(card);
      if (!result) return Promise.reject(new Error(`${card}: the share card was never given to the pool (src/lib/share-card-pool.ts)`));
      results.delete(card);
      // A card no worker has begun is drawn here: the pages wait for it, and this thread would only wait too
      // (at 1,000 chapters it stood idle some 15 s of the 50 the pages took).
      const queued = queue.findIndex((job) => job.card === card);
      if (queued !== -1) {
        const job = queue.splice(queued, 1)[0]!;
        const pending = claim(card);
        shareCardPng(job.text, look!, job.card).then(pending.resolve, pending.reject);
      }
      return result;
    },
    async close() {
      queue.length = 0;
      await Promise.all(workers.map((w) => w.terminate()));
      workers.length = 0;
      idle.length = 0;
    },
  };
}

// In a worker started by shareCardPool: draw each card sent and send back its PNG, or why it could not.
if (!isMainThread && workerData?.shareCardWorker) {
  let look: ShareCardLook | undefined;
  parentPort!.on('message', async (job: ShareCardJob & { look?: ShareCardLook }) => {
    if (job.look) {
      // Buffers arrive as plain Uint8Arrays.
      const fonts = Object.fromEntries(Object.entries(job.look.fonts).map(([k, v]) => [k, Buffer.from(v.buffer, v.byteOffset, v.byteLength)]));
      look = { ...job.look, fonts: fonts as ShareCardLook['fonts'] };
    }
    try {
      parentPort!.postMessage({ card: job.card, png: await shareCardPng(job.text, look!, job.card) } satisfies Reply);
    } catch (error) {
      parentPort!.postMessage({ card: job.card, error: error instanceof Error ? error.message : String(error) } satisfies Reply);
    }
  });
}
