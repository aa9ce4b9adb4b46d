import type { Beat } from '../../../shared/domain/beat';
import type { Camera, CameraFields, CameraPlacement, Placement, SetPiece } from '../../../shared/domain/blocking';
import type { BodyRegionId } from '../../../shared/domain/bodyRegions';
import type { BoundaryEntry, ConsentValue, NudityType, RiderVersion } from '../../../shared/domain/consent';
import { defaultCamera, defaultPerformer, defaultScene, defaultSetPiece, standingPose } from '../../../shared/domain/defaults';
import type { Doubling } from '../../../shared/domain/doubling';
import type { Performer } from '../../../shared/domain/people';
import type { Scene } from '../../../shared/domain/scene';
import type { Barrier, Garment, GarmentType } from '../../../shared/domain/wardrobe';
import { docRecordsFrom, type DocRecords } from '../../../shared/records/query';

// A small production built in code for the exposure tests: one scene, beats, performers standing where
// the test says, cameras with the lens and place the test says.

const t = '2026-12-01T09:00:00.000Z';
const stamps = { createdAt: t, updatedAt: t, deletedAt: null };
const id = <T>(s: unknown) => s as T;

export const ruth: Performer = { kind: 'performer', id: id('ruth'), ...defaultPerformer(0), name: 'Ruth', heightCm: 170, ...stamps };
export const tom: Performer = { kind: 'performer', id: id('tom'), ...defaultPerformer(1), name: 'Tom', heightCm: 180, ...stamps };
/** Ana is recorded as Ruth's body double. */
export const ana: Performer = { kind: 'performer', id: id('ana'), ...defaultPerformer(2), name: 'Ana', doublesFor: id('ruth'), ...stamps };
export const scene: Scene = { kind: 'scene', id: id('sc'), order: 0, ...defaultScene(41), title: 'Hotel room', performerIds: id(['ruth', 'tom']), ...stamps };
export const beat = (order: number): Beat => ({ kind: 'beat', id: id(`b${order}`), sceneId: scene.id, order, description: '', counts: 8, notes: '', checkInAfter: false, ...stamps });
export const b1 = beat(0);

export function place(p: Performer, b: Beat, more: Partial<Placement> = {}): Placement {
  return { kind: 'placement', id: id(`pl-${p.id}-${b.id}`), beatId: b.id, performerId: p.id, position: [0, 0, 0], rotationY: 0, pose: standingPose(), hidden: false, pins: [], costumeOff: [], ...stamps, ...more };
}

let cameraCount = 0;
/** A camera of the scene with its placement in a beat. */
export function camera(b: Beat, shot: Partial<CameraFields> & { id?: string } = {}): [Camera, CameraPlacement] {
  const base = defaultCamera(cameraCount++);
  const camId = shot.id ?? `cam${cameraCount}`;
  const f = { ...base, ...shot };
  return [
    { kind: 'camera', id: id(camId), sceneId: scene.id, name: f.name, sensor: f.sensor, aspect: f.aspect, ...stamps },
    { kind: 'cameraPlacement', id: id(`cp-${camId}-${b.id}`), beatId: b.id, cameraId: id(camId), focalLengthMm: f.focalLengthMm, position: f.position, target: f.target, rollDeg: f.rollDeg, shotSize: null, hidden: f.hidden, ...stamps },
  ];
}

export function wall(position: [number, number, number], rotationY = 0): SetPiece {
  return { kind: 'setPiece', id: id(`wall-${position.join(',')}`), sceneId: scene.id, ...defaultSetPiece('wall'), position, rotationY, ...stamps };
}

export function garment(p: Performer, b: Beat, type: GarmentType): Garment {
  return { kind: 'garment', id: id(`g-${p.id}-${b.id}-${type}`), beatId: b.id, performerId: p.id, type, notes: '', ...stamps };
}

let entries = 0;
export function show(p: Performer, region: BodyRegionId, value: ConsentValue): BoundaryEntry {
  return { kind: 'boundary', id: id(`e${++entries}`), performerId: p.id, sceneId: null, region, channel: 'show', value, previousValue: 'unrecorded', note: '', occasion: 'oneOnOne', recordedBy: 'Sam', recordedAt: t, ...stamps };
}

export function rider(p: Performer, nudityTypes: NudityType[]): RiderVersion {
  return {
    kind: 'rider', id: id(`r-${p.id}`), performerId: p.id, sceneId: scene.id, version: 1, nudityTypes, simulatedActs: '', bodyDouble: { allowed: false, who: '', approvedByPerformer: false, form: 'real' },
    footageLimits: '', description: '', datePresented: '2026-11-20', dateSigned: '2026-11-21', presentAtSigning: '', negotiatedBy: '', occasion: 'riderNegotiation', recordedBy: 'Sam', recordedAt: t, ...stamps,
  };
}

/** Ana doubles Ruth in a beat: for one camera's shot, or (cameraId null) the whole beat. */
export function doubling(b: Beat, cameraId: string | null): Doubling {
  return { kind: 'doubling', id: id(`d-${b.id}-${cameraId}`), beatId: b.id, performerId: ruth.id, doubleId: ana.id, cameraId: id(cameraId), note: '', ...stamps };
}

export interface DocParts {
  beats?: Beat[];
  performers?: Performer[];
  placements?: Placement[];
  cameras?: [Camera, CameraPlacement][];
  setPieces?: SetPiece[];
  garments?: Garment[];
  barriers?: Barrier[];
  boundaries?: BoundaryEntry[];
  riders?: RiderVersion[];
  doublings?: Doubling[];
}

export function doc(parts: DocParts): DocRecords {
  const cams = parts.cameras ?? [];
  return docRecordsFrom({
    scenes: [scene],
    performers: parts.performers ?? [ruth, tom],
    beats: parts.beats ?? [b1],
    placements: parts.placements ?? [],
    cameras: [...new Map(cams.map(([c]) => [c.id, c])).values()],
    cameraPlacements: cams.map(([, p]) => p),
    setPieces: parts.setPieces ?? [],
    garments: parts.garments ?? [],
    barriers: parts.barriers ?? [],
    boundaries: parts.boundaries ?? [],
    riders: parts.riders ?? [],
    doublings: parts.doublings ?? [],
  });
}
