import type { ThreeEvent } from '@react-three/fiber';
import { useCallback } from 'react';
import { Vector3 } from 'three';
import { boneLabel, BONE_NAMES } from '../../../../shared/domain/bones';
import type { Vec3 } from '../../../../shared/domain/blocking';
import { performerName } from '../stageActions';
import { addMeasurePoint, useStageStore } from '../stageStore';
import type { RigObjects } from './mannequinRig';

const v = new Vector3();

/**
 * In measuring mode a click on the stage adds a measuring point instead of selecting. On a mannequin the
 * point snaps to the nearest joint within 12 cm ("hand to shoulder"), otherwise it is the surface point.
 * Returns true when the click was used for measuring.
 */
export function useMeasureClick() {
  return useCallback((e: ThreeEvent<MouseEvent>, what: string, rig?: RigObjects): boolean => {
    if (!useStageStore.getState().measuring) return false;
    let point: Vec3 = [e.point.x, e.point.y, e.point.z];
    let label = what;
    if (rig) {
      let best = 0.12;
      for (const name of BONE_NAMES) {
        const d = rig.bones[name].getWorldPosition(v).distanceTo(e.point);
        if (d < best) {
          best = d;
          point = [v.x, v.y, v.z];
          label = `${performerName(what)} · ${boneLabel(name)}`;
        }
      }
      if (label === what) label = performerName(what);
    }
    addMeasurePoint({ point, label });
    return true;
  }, []);
}
