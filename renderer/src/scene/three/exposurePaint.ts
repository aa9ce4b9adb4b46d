import { create } from 'zustand';
import type { ExposedRegionVerdict } from '../../../../shared/rules/exposure';
import { bodyRigs } from './bodyRigs';

/**
 * The look-through exposure tint (toolbar "Exposure", X): the regions the active camera films uncovered,
 * painted on the mannequins' region tint — agreed to show in solid blue, not agreed (or still to discuss)
 * in striped vermillion, so the two differ in pattern as well as colour (Okabe–Ito colours, safe for
 * the common colour-vision deficiencies). ExposureTint.tsx decides what is exposed (shared/exposure);
 * this module holds the result, paints it, and tells the legend.
 */
export const EXPOSURE_COLOURS = { agreed: '#0072b2', notAgreed: '#d55e00' } as const;
const STRENGTH = 0.8;

export interface ExposureSummary {
  /** Null when the tint is off. */
  readonly verdicts: readonly ExposedRegionVerdict[] | null;
  /** "between beat 3 and beat 4" while playback is in a move, else null. */
  readonly during: string | null;
}

export const useExposureSummary = create<ExposureSummary>(() => ({ verdicts: null, during: null }));

/** Paints the current verdicts onto the mannequins (after the tints were cleared; hover tints go on top). */
export function paintExposure(): void {
  const verdicts = useExposureSummary.getState().verdicts;
  if (!verdicts) return;
  for (const v of verdicts) bodyRigs.get(v.performerId)?.tint.set(v.region, v.agreed ? EXPOSURE_COLOURS.agreed : EXPOSURE_COLOURS.notAgreed, STRENGTH, !v.agreed);
}
