/**
 * Playback time lives here, outside React: the frame loop advances it and reads it every frame
 * (mutating refs, never React state). The stage store only knows whether playback is on.
 */
export interface PlaybackClock {
  /** Seconds since the start of the scene. */
  time: number;
  /** Where the mannequins are between two beats, for this frame. */
  fromBeatId: string | null;
  toBeatId: string | null;
  /** Eased 0..1. */
  t: number;
}

export const playbackClock: PlaybackClock = { time: 0, fromBeatId: null, toBeatId: null, t: 0 };

export function resetPlaybackClock(time = 0): void {
  playbackClock.time = time;
  playbackClock.fromBeatId = null;
  playbackClock.toBeatId = null;
  playbackClock.t = 0;
}
