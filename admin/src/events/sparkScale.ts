/**
 * The y scale from zero, so a steady trend is a thin line (mid-height, or at the floor when it is zero), never
 * a chart filled from edge to edge (a constant series made the scale's bottom and top the same value);
 * only a changing trend gets its shaded area.
 */
export function sparkScale(counts: number[], flat: boolean) {
  const top = Math.max(...counts);
  return {
    area: !flat,
    yAxis: { min: 0, max: flat ? Math.max(1, 2 * top) : top },
  };
}
