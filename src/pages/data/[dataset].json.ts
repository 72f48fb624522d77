/** data/events.json, data/actors.json, data/troop-levels.json and data/sources.json, written at build time. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadExplainer } from '../../explainer.ts';
import { openDatasets, toJson } from '../../lib/open-data.ts';

export const getStaticPaths = (async () => {
  const datasets = openDatasets(await loadExplainer());
  return datasets.map((dataset) => ({ params: { dataset: dataset.name }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(toJson(props.dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
