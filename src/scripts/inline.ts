/**
 * page.js, minified once per build for inlining in every page's <head>: it is the only script a page
 * runs before search is opened, so every byte counts (budget: 1 KB gzip).
 */
import { transformSync } from 'esbuild';
import source from './page.js?raw';

export const pageScript = transformSync(source, { minify: true, target: 'es2020' }).code.trim();
