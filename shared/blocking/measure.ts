import type { Vec3 } from '../domain/blocking';
import type { UnitSystem } from '../domain/production';

/** Straight-line distance between two world points, metres. */
export function distanceM(a: Vec3, b: Vec3): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
}

const METRES_PER_INCH = 0.0254;

/**
 * A distance as a coordinator reads it off a tape: metric "38 cm" under a metre, "1.24 m" from a
 * metre up; imperial "9 in" under a foot, "4 ft 1 in" from a foot up (rounded to the inch).
 */
export function formatDistance(metres: number, units: UnitSystem): string {
  const m = Math.abs(metres);
  if (units === 'metric') {
    const cm = Math.round(m * 100);
    return cm < 100 ? `${cm} cm` : `${(m).toFixed(2)} m`;
  }
  const inches = Math.round(m / METRES_PER_INCH);
  if (inches < 12) return `${inches} in`;
  const feet = Math.floor(inches / 12);
  return `${feet} ft ${inches - feet * 12} in`;
}

/** The distance between two points, formatted in the production's units. */
export function formatMeasurement(a: Vec3, b: Vec3, units: UnitSystem): string {
  return formatDistance(distanceM(a, b), units);
}
