import { describe, expect, it } from 'vitest';
import { sparkScale } from '../../admin/src/events/sparkScale';

describe("an event's trend line", () => {
  it('draws a steady trend as a thin line mid-height (no filled area), a zero trend on the floor', () => {
    expect(sparkScale([3, 3, 3], true)).toEqual({ area: false, yAxis: { min: 0, max: 6 } });
    expect(sparkScale([0, 0, 0], true)).toEqual({ area: false, yAxis: { min: 0, max: 1 } });
  });

  it('shades a changing trend from zero to its peak', () => {
    expect(sparkScale([0, 5, 2], false)).toEqual({ area: true, yAxis: { min: 0, max: 5 } });
  });
});
