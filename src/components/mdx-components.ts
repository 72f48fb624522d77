/** Components available to every chapter's MDX, and the HTML elements they replace. */
import Postscript from './Postscript.astro';
import ScrollTable from './ScrollTable.astro';
import TroopChart from './TroopChartEmbed.astro';

export const mdxComponents = { Postscript, TroopChart, table: ScrollTable };
