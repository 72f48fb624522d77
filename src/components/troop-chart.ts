/**
 * The troop chart's two layouts, each drawn in its own viewBox so that its text stays legible: one for
 * phones, one for wider columns. CSS shows the one that fits (TroopChart.astro). Both are laid out once
 * per build, however many pages show the chart.
 */
import type { TroopLevel } from '../explainer.ts';
import { lineChartGeometry, type ChartGeometry, type ChartLayout } from '../lib/chart.ts';

/** About 330 px wide on a 360 px phone, so 12 units stay about 12 px. */
export const NARROW: ChartLayout = {
  width: 340,
  height: 420,
  margin: { top: 30, right: 12, bottom: 28, left: 56 },
  fontSize: 12,
  yTicks: 6,
  yearEvery: 5,
  labelChars: 14,
  markerRadius: 3,
  // The 2020–21 points lie a few units apart here: leaders may pass close to them.
  leaderClearance: 1,
};

/** For columns from about 38rem to 52rem. */
export const WIDE: ChartLayout = {
  width: 720,
  height: 400,
  margin: { top: 32, right: 10, bottom: 32, left: 64 },
  fontSize: 14,
  yTicks: 6,
  yearEvery: 2,
  labelChars: 20,
  markerRadius: 3.5,
  leaderClearance: 4,
};

export interface TroopChartGeometry {
  narrow: ChartGeometry;
  wide: ChartGeometry;
}

const cache = new WeakMap<readonly TroopLevel[], TroopChartGeometry>();

export function troopChartGeometry(levels: readonly TroopLevel[]): TroopChartGeometry {
  let geometry = cache.get(levels);
  if (!geometry) {
    const data = levels.map((t) => ({ date: t.date, value: t.troops, approximate: t.approximate, onLine: t.basis === 'reported', annotation: t.annotation }));
    geometry = { narrow: lineChartGeometry(data, NARROW), wide: lineChartGeometry(data, WIDE) };
    for (const [name, g] of Object.entries(geometry)) {
      // Not fatal: the chart is still right, only harder to read. The table below it has every figure.
      if (!g.labelsClear) console.warn(`[troop chart] the ${name} layout could not keep every annotation clear; shorten an annotation in content/troop-levels.yaml.`);
    }
    cache.set(levels, geometry);
  }
  return geometry;
}
