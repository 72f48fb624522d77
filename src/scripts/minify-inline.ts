/**
 * How page.js becomes the script inlined in every page: minified once per build. Shared by the pages
 * (inline.ts) and the build's Content-Security-Policy (src/integrations/hosting-headers.ts), which
 * allows exactly this script's hash, known before any page is rendered.
 */
import { transformSync } from 'esbuild';

export const minifyInline = (source: string): string => transformSync(source, { minify: true, target: 'es2020' }).code.trim();
