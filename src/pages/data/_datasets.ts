/** The data files' routes, one per dataset; [dataset].csv.ts and [dataset].json.ts write its two formats. */
import type { GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadExplainer } from '../../explainer.ts';
import { openDatasets } from '../../lib/open-data/datasets.ts';
import { MEDIA_TYPES, type Format } from '../../lib/open-data/csv.ts';

export const datasetPaths = (async () =>
  openDatasets(await loadExplainer()).map((dataset) => ({ params: { dataset: dataset.name }, props: { dataset } }))) satisfies GetStaticPaths;

export type DatasetProps = InferGetStaticPropsType<typeof datasetPaths>;

/** The Content-Type of a data file. */
export const contentType = (format: Format, parameters = '') => `${MEDIA_TYPES[format]}; charset=utf-8${parameters}`;
