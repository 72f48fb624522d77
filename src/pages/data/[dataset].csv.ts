/** data/events.csv, data/actors.csv, data/troop-levels.csv and data/sources.csv, written at build time. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadExplainer } from '../../explainer.ts';
import { openDatasets, toCsv } from '../../lib/open-data.ts';

export const getStaticPaths = (async () => {
  const datasets = openDatasets(await loadExplainer());
  return datasets.map((dataset) => ({ params: { dataset: dataset.name }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(toCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
