/**
 * page.js, minified once per build for inlining in every page's <head>: it is the only script a page
 * runs before search is opened, so every byte counts (budget: 1 KB gzip).
 */
import source from './page.js?raw';
import { minifyInline } from './minify-inline.ts';

export const pageScript = minifyInline(source);
