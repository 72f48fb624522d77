declare namespace App {
  interface Locals {
    /**
     * What the components inside chapter text (MDX) show, since MDX can pass them only the props a writer
     * types: set by the pages that render chapters (src/views/embeds.ts).
     */
    embeds: import('./views/embeds.ts').EmbedsView;
  }
}
