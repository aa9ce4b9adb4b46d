import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { beatTimeline } from '../../../../shared/blocking';
import { useDocumentStore } from '../../store/documentStore';
import { getBeatsOfScene } from '../../store/selectors';
import { selectBeat, useSelectionStore } from '../../store/selectionStore';
import { playbackClock } from '../playbackClock';
import { setPlaying, useStageStore } from '../stageStore';

/**
 * Advances the playback clock in the frame loop and tells the mannequins what to show (through the
 * clock, not React state). The highlighted beat follows along: the selection changes once per beat.
 */
export function PlaybackDriver({ sceneId }: { readonly sceneId: string }) {
  const playing = useStageStore((s) => s.playing);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    if (playing) invalidate();
  }, [playing, invalidate]);

  useFrame((_, delta) => {
    if (!playing) return;
    const beats = getBeatsOfScene(sceneId);
    if (beats.length === 0) {
      setPlaying(false);
      return;
    }
    const timeline = beatTimeline(beats, { tempoBpm: useDocumentStore.getState().scenes[sceneId]?.tempoCpm ?? 60 });
    playbackClock.time += Math.min(delta, 0.1);
    const at = timeline.at(playbackClock.time);
    playbackClock.fromBeatId = beats[at.fromBeatIndex]!.id;
    playbackClock.toBeatId = beats[at.toBeatIndex]!.id;
    playbackClock.t = at.t;
    const current = beats[at.beatIndex]!.id;
    if (useSelectionStore.getState().beatId !== current) selectBeat(current);
    if (playbackClock.time >= timeline.totalSec) {
      setPlaying(false);
      return;
    }
    invalidate();
  });
  return null;
}
