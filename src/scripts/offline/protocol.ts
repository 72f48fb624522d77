/** What the build, the service worker and the pages' offline scripts tell each other. Types only. */
import type { OfflineCore, SiteFile } from '../../lib/offline.ts';

/** Built into sw.js by the build (src/integrations/service-worker.ts). */
export interface WorkerConfig {
  /** Changes whenever any file the worker keeps changes. */
  build: string;
  /** The core, as Workbox precaches it: addresses relative to the worker, with a revision unless the name carries a hash. */
  precache: { url: string; revision: string | null }[];
  /** The file list (OfflineFileList), relative to the worker. */
  files: string;
  /** The page a navigation gets offline when nothing is kept for it, relative to the worker. */
  fallback: string;
  /** The site's root relative to the worker ("" for English, "../" from the Dari edition's fa/sw.js). */
  root: string;
  /** The source of the pattern of hashed site paths (src/hosting/policy.ts). */
  hashedPath: string;
}

export type WorkerMessage = { type: 'SKIP_WAITING' } | { type: 'STATUS' };

/** The active worker's answer to STATUS. */
export interface WorkerStatus {
  build: string;
  /** The cache holding this build's pages as they are read, and the saved copy. */
  cache: string;
  /** The file list's address. */
  files: string;
}

/** offline-files.json in an edition's folder: every file its worker keeps, written with its sw.js. */
export interface OfflineFileList {
  build: string;
  /** Every edition's rule input, so that a copy of the build can be sealed again with the same cores. */
  cores: OfflineCore[];
  /** The edition's core, precached on the first visit: site paths. */
  precache: SiteFile[];
  /** The rest, which "Save for offline reading" downloads: addresses as the site links them, relative to this list. */
  save: { url: string; bytes: number }[];
}
