import type { RigObjects } from './mannequinRig';

/**
 * The mannequins' own objects by performer id, beyond what rigRegistry shares with the rest of the view: the
 * region tint and the garment shell, for region picking, contact markers and the probe.
 */
export const bodyRigs = new Map<string, RigObjects>();
