/** data/events.csv, data/actors.csv, data/troop-levels.csv and data/sources.csv, written at build time. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/open-data/csv.ts';
import { contentType, datasetPaths, type DatasetProps } from './_datasets.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute<DatasetProps> = ({ props }) =>
  new Response(toCsv(props.dataset), { headers: { 'Content-Type': contentType('csv', '; header=present') } });
