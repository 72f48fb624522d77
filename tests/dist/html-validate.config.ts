/**
 * html-validate settings for the built pages (tests/dist/html.test.ts). They live here because the top
 * level of the repository is fixed (no .htmlvalidate.json); `root: true` stops html-validate from looking
 * for configuration files anywhere else.
 */
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  // recommended: validity, accessibility and best practice; document: whole-page rules (heading levels,
  // aria-labelledby targets that exist, labelled inputs, a doctype).
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Subresource integrity protects files fetched from another origin. Every script and stylesheet here
    // comes from the site itself (no CDN: a project rule), where a hash adds nothing; one from elsewhere
    // would still be an error.
    'require-sri': ['error', { target: 'crossorigin' }],
    // The rule's 70-character default is a search-engine heuristic, not a validity or accessibility
    // rule: page titles here are "<chapter title> · <site name>" (up to about 95 characters), and what
    // a search result cuts off is the site name at the end. Runaway titles are still caught.
    'long-title': ['error', { maxlength: 110 }],
  },
});
