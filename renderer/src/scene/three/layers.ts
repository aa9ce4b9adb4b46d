/**
 * Layer 0: what a shot camera films (set, bodies, floor). Layer 1: working aids seen only in the free and
 * top views — name tags, joint markers, camera bodies and frustums, measurement lines.
 */
export const HELPER_LAYER = 1;
