import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyRecord } from '../../shared/domain/records';
import { BODY_REGION_IDS, BODY_REGIONS, type BodyRegionId } from '../../shared/domain/bodyRegions';
import { DEFAULT_KISS, defaultCamera, defaultContact, defaultPlacementPosition, standingPose } from '../../shared/domain/defaults';
import { ProductionDocument } from '../../electron/main/services/productionDocument';

/**
 * Writes a large production straight through the repository: `scenes` × `beats` beats, `performers`
 * performers each with a placement per beat, one camera per beat, a double bed per scene, `contacts`
 * contacts per beat between the first two performers, and a boundary map for every performer.
 */
export function writeLargeProduction(dir: string, scenes = 100, beats = 30, performers = 4, contacts = 3): string {
  const path = join(dir, `large-${scenes}x${beats}x${performers}x${contacts}.closedset`);
  if (existsSync(path)) return path; // written by an earlier benchmark of the same run
  const doc = ProductionDocument.create(path, { title: 'Benchmark production' });
  const t = '2026-11-27T00:00:00.000Z';
  const s = { createdAt: t, updatedAt: t, deletedAt: null };
  const records: AnyRecord[] = [];
  const performerIds = Array.from({ length: performers }, (_, i) => `perf-${i}`);
  performerIds.forEach((id, i) =>
    records.push({ kind: 'performer', id: id as never, name: `Performer ${i + 1}`, pronouns: '', character: `Character ${i + 1}`, heightCm: 160 + i * 5, isMinor: false, contact: '', color: '#2b8cd9', doublesFor: null, ...s }),
  );
  for (let sc = 0; sc < scenes; sc++) {
    const sceneId = `scene-${sc}`;
    records.push({
      kind: 'scene', id: sceneId as never, order: sc, number: String(sc + 1), title: `Scene ${sc + 1}`, scriptPages: `${sc + 1}`, setLocation: 'INT. BEDROOM – NIGHT',
      shootDate: '2027-01-15', callTime: '07:00', contentFlags: ['kiss'], toneNotes: 'Tender.', guardianNote: '', closedSetCrewIds: [], monitorPolicy: '', pauseWord: 'Hold', pauseGesture: '', robes: '', checkInCadence: '', status: 'prep', tempoCpm: 60, performerIds: performerIds as never, ...s,
    });
    const { name, sensor, aspect, focalLengthMm, position, target, rollDeg, shotSize, hidden } = defaultCamera(0);
    records.push({ kind: 'camera', id: `cam-${sc}` as never, sceneId: sceneId as never, name, sensor, aspect, ...s });
    records.push({ kind: 'setPiece', id: `bed-${sc}` as never, sceneId: sceneId as never, type: 'doubleBed', label: 'Double bed', position: [0, 0, 0], rotationY: 0, size: [1.37, 0.55, 1.95], color: '#8c9bab', ...s });
    for (let b = 0; b < beats; b++) {
      const beatId = `beat-${sc}-${b}`;
      records.push({
        kind: 'beat', id: beatId as never, sceneId: sceneId as never, order: b, description: `A places right palm on the front of B's left shoulder; light pressure, beat ${b + 1}.`,
        counts: 8, notes: 'Check-in with both performers.', checkInAfter: b % 5 === 4, ...s,
      });
      performerIds.forEach((pid, i) =>
        records.push({
          kind: 'placement', id: `pl-${sc}-${b}-${i}` as never, beatId: beatId as never, performerId: pid as never, position: defaultPlacementPosition(i, performers),
          rotationY: 15 * i, pose: { ...standingPose(), bones: { head: [0, 0.0871557, 0, 0.9961947], leftUpperArm: [0, 0, 0.258819, 0.9659258], rightLowerLeg: [0.3826834, 0, 0, 0.9238795] } },
          hidden: false, pins: [], costumeOff: [], ...s,
        }),
      );
      const touches: [BodyRegionId, BodyRegionId][] = [['rightHand', 'leftShoulderBlade'], ['leftHand', 'rightShoulderBlade'], ['lips', 'lips']];
      for (let c = 0; c < contacts; c++) {
        const [from, to] = touches[c % touches.length]!;
        records.push({
          kind: 'contact', id: `ct-${sc}-${b}-${c}` as never, beatId: beatId as never, ...defaultContact(), type: to === 'lips' ? 'kiss' : 'handRest', kiss: to === 'lips' ? DEFAULT_KISS : null,
          initiator: { performerId: performerIds[0] as never, region: from, offset: [0, 0, 0] }, receiver: { kind: 'performer', performerId: performerIds[1 % performers] as never, region: to, offset: [0, 0, 0] }, ...s,
        });
      }
      records.push({
        kind: 'cameraPlacement', id: `cam-${sc}-${b}` as never, beatId: beatId as never, cameraId: `cam-${sc}` as never,
        focalLengthMm, position, target, rollDeg, shotSize, hidden, ...s,
      });
    }
  }
  // A boundary map per performer, everything agreed except the intimate regions (as after a one-on-one).
  performerIds.forEach((pid) =>
    BODY_REGION_IDS.forEach((region) =>
      (['show', 'receive', 'give'] as const).forEach((channel) =>
        records.push({
          kind: 'boundary', id: `bd-${pid}-${region}-${channel}` as never, performerId: pid as never, sceneId: null, region, channel, value: BODY_REGIONS[region].intimate ? 'notAgreed' : 'agreed',
          previousValue: 'unrecorded', note: '', occasion: 'oneOnOne', recordedBy: 'Benchmark', recordedAt: t, ...s,
        }),
      ),
    ),
  );
  doc.db.transaction(() => records.forEach((r) => doc.engine.repo.put(r)))();
  doc.close();
  return path;
}
