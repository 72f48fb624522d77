/** data/events.json, data/actors.json, data/troop-levels.json and data/sources.json, written at build time. */
import type { APIRoute } from 'astro';
import { toJson } from '../../lib/open-data/csv.ts';
import { contentType, datasetPaths, type DatasetProps } from './_datasets.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute<DatasetProps> = ({ props }) => new Response(toJson(props.dataset), { headers: { 'Content-Type': contentType('json') } });
