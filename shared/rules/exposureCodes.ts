import type { Finding } from './types';

// The camera exposure rules' codes (shared/rules/exposure.ts), apart from the rules so the Checks panel
// can tell a finding about a move between beats without loading the 3D check.

export const EXPOSURE_CODES = {
  notAgreed: 'exposure.not-agreed',
  toDiscuss: 'exposure.to-discuss',
  beyondRider: 'exposure.beyond-rider',
  moveNotAgreed: 'exposure.move-not-agreed',
  moveToDiscuss: 'exposure.move-to-discuss',
  moveBeyondRider: 'exposure.move-beyond-rider',
} as const;

/** A finding about the move between two beats (it is filed under the beat the move arrives at). */
export function isMoveFinding(f: Pick<Finding, 'code'>): boolean {
  return f.code === EXPOSURE_CODES.moveNotAgreed || f.code === EXPOSURE_CODES.moveToDiscuss || f.code === EXPOSURE_CODES.moveBeyondRider;
}
