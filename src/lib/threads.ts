/**
 * Worker threads that run beside the build's own thread (the compression, the page check) while it waits
 * on Pagefind: at the lowest priority, they take only the cores it leaves idle. On Linux a thread's
 * priority is its own, so this lowers the calling worker's and nothing else's.
 */
import { constants, setPriority } from 'node:os';

export function lowestPriority(): void {
  try {
    setPriority(constants.priority.PRIORITY_LOW);
  } catch {
    // A system that refuses keeps the thread at its priority: slower, never wrong.
  }
}
