import type { ShotSize } from '../../../../shared/domain/blocking';

/** Shot sizes as a camera crew says them, for the shot-size buttons of the camera and mannequin panels. */
export const SHOT_LABELS: Record<ShotSize, string> = { wide: 'Wide', full: 'Full', medium: 'Medium', mediumCloseUp: 'MCU', closeUp: 'Close-up' };
