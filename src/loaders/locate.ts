import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentFile } from '../lib/content-errors.ts';

/** Where a content file is: as messages name it (content/events.yaml) and on disk. */
export function locate(name: string, root: URL): ContentFile {
  const path = fileURLToPath(new URL(name, root));
  return { file: relative(fileURLToPath(root), path), path };
}
