/**
 * Components available to every chapter's MDX, and the HTML elements they replace. The chapters may use
 * only the components named in CHAPTER_COMPONENTS (the build refuses any other tag), so the two lists agree.
 */
import type { ChapterComponent } from '../markdown/chapter-rules.ts';
import LocatorMap from './LocatorMapEmbed.astro';
import Postscript from './Postscript.astro';
import ScrollTable from './ScrollTable.astro';
import TroopChart from './TroopChartEmbed.astro';

export const mdxComponents = { LocatorMap, Postscript, TroopChart, table: ScrollTable } satisfies Record<ChapterComponent | 'table', unknown>;
