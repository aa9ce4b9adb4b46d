import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { beatNumber } from '../../../../shared/domain/beat';
import { buildStage, lookThrough, stageBodiesBetween, stageOfBeat, TRANSITION_SAMPLES, transitionTimes } from '../../../../shared/exposure';
import { barriersOfBeat, liveBeat, setPiecesOfScene, visibleCamerasOfBeat } from '../../../../shared/records/query';
import { exposedVerdicts, type ExposedRegionVerdict } from '../../../../shared/rules/exposure';
import { useDocumentStore } from '../../store/documentStore';
import { playbackClock } from '../playbackClock';
import { useStageStore } from '../stageStore';
import type { RegionTint } from './regionTint';
import { bodyRigs } from './bodyRigs';
import { useExposureSummary } from './exposurePaint';
import { applyRegionTints } from './RegionPicker';

const TIMES = transitionTimes(TRANSITION_SAMPLES);

/** What the active camera films uncovered in a beat, judged against each body's own consent. */
function verdictsOfBeat(sceneId: string, beatId: string, cameraName: string | null): ExposedRegionVerdict[] {
  const doc = useDocumentStore.getState();
  const cameras = visibleCamerasOfBeat(doc, beatId);
  const camera = cameras.find((c) => c.name === cameraName) ?? cameras[0];
  const stage = camera ? stageOfBeat(doc, beatId) : null;
  return camera && stage ? exposedVerdicts(doc, sceneId, beatId, lookThrough(stage, camera)) : [];
}

/** The same at one sampled moment of the move into `toBeatId` (the moments the rules check, shared/exposure/transition.ts). */
function verdictsOfMove(sceneId: string, fromBeatId: string, toBeatId: string, t: number, cameraName: string | null): ExposedRegionVerdict[] {
  const doc = useDocumentStore.getState();
  const cameras = visibleCamerasOfBeat(doc, toBeatId);
  const camera = cameras.find((c) => c.name === cameraName) ?? cameras[0];
  if (!camera) return [];
  const stage = buildStage(stageBodiesBetween(doc, fromBeatId, toBeatId, t), setPiecesOfScene(doc, sceneId), barriersOfBeat(doc, toBeatId));
  return exposedVerdicts(doc, sceneId, toBeatId, lookThrough(stage, camera));
}

/**
 * Looking through a camera with the exposure tint on: works out what the active camera films uncovered
 * (shared/exposure, the same check as the rules) and paints it (exposurePaint.ts). Recomputed when the
 * blocking or the camera changes; during playback it follows the move at the moments the rules sample.
 */
export function ExposureTint({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string | null }) {
  const on = useStageStore((s) => s.view === 'camera' && s.exposureTint);
  const cameraName = useStageStore((s) => s.activeCameraName);
  const playing = useStageStore((s) => s.playing);
  const doc = useDocumentStore((s) => (on ? s : null));
  const invalidate = useThree((s) => s.invalidate);
  const painted = useRef(new WeakSet<RegionTint>());
  const moment = useRef('');

  const publish = (verdicts: readonly ExposedRegionVerdict[] | null, during: string | null) => {
    useExposureSummary.setState({ verdicts, during });
    painted.current = new WeakSet();
    applyRegionTints(useStageStore.getState());
    invalidate();
  };

  useEffect(() => {
    if (!on || !beatId || !doc) {
      if (useExposureSummary.getState().verdicts) publish(null, null);
      return;
    }
    moment.current = '';
    publish(verdictsOfBeat(sceneId, beatId, cameraName), null);
  }, [on, sceneId, beatId, cameraName, doc, playing]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => () => void useExposureSummary.setState({ verdicts: null, during: null }), []);

  useFrame(() => {
    if (!on) return;
    if (playing && playbackClock.fromBeatId && playbackClock.toBeatId && playbackClock.fromBeatId !== playbackClock.toBeatId) {
      // The sampled moment nearest the clock; at the ends, the beats' own check (re-run when the beat changes).
      const t = playbackClock.t;
      const i = TIMES.reduce((best, x, k) => (Math.abs(x - t) < Math.abs(TIMES[best]! - t) ? k : best), 0);
      const atEnd = t < TIMES[0]! / 2 || t > (1 + TIMES[TIMES.length - 1]!) / 2;
      const key = atEnd ? '' : `${playbackClock.fromBeatId}|${playbackClock.toBeatId}|${i}`;
      if (key !== moment.current) {
        moment.current = key;
        const d = useDocumentStore.getState();
        const from = liveBeat(d, playbackClock.fromBeatId);
        const to = liveBeat(d, playbackClock.toBeatId);
        if (!atEnd && from && to) publish(verdictsOfMove(sceneId, from.id, to.id, TIMES[i]!, cameraName), `between beat ${beatNumber(from)} and beat ${beatNumber(to)}`);
        else if (beatId) publish(verdictsOfBeat(sceneId, playbackClock.toBeatId, cameraName), null);
      }
    }
    // A mannequin rebuilt since the last paint has a fresh, empty tint: paint again.
    for (const rig of bodyRigs.values()) {
      if (!painted.current.has(rig.tint)) {
        applyRegionTints(useStageStore.getState());
        for (const r of bodyRigs.values()) painted.current.add(r.tint);
        invalidate();
        break;
      }
    }
  });
  return null;
}
