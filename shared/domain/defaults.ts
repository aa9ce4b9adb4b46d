import type { BeatFields } from './beat';
import type { RiderFields } from './consent';
import type { ContactFields, KissSpec } from './contact';
import { BARRIER_CATALOGUE, type BarrierFields, type BarrierType } from './wardrobe';
import type { CameraFields, Pose, SetPieceFields, SetPieceType } from './blocking';
import { POSE_SCHEMA_VERSION } from './blocking';
import type { CrewFields, PerformerFields } from './people';
import { PERFORMER_COLORS } from './people';
import type { ProductionFields } from './production';
import type { SceneFields } from './scene';
import { SET_PIECE_CATALOGUE } from './setPieceCatalogue';

/** Field values a new record starts with; a create command may override any of them. */
export function defaultProduction(): ProductionFields {
  return { title: 'Untitled production', company: '', episode: '', notes: '', units: 'metric' };
}

export function defaultPerformer(existingCount: number): PerformerFields {
  return {
    name: `Performer ${existingCount + 1}`,
    pronouns: '',
    character: '',
    heightCm: 170,
    isMinor: false,
    contact: '',
    color: PERFORMER_COLORS[existingCount % PERFORMER_COLORS.length] ?? '#888888',
    doublesFor: null,
  };
}

export function defaultCrew(): CrewFields {
  return { name: 'New crew member', role: 'other', contact: '' };
}

export function defaultScene(existingCount: number): SceneFields {
  return {
    number: String(existingCount + 1),
    title: '',
    scriptPages: '',
    setLocation: '',
    shootDate: null,
    callTime: null,
    contentFlags: [],
    toneNotes: '',
    guardianNote: '',
    closedSetCrewIds: [],
    monitorPolicy: '',
    pauseWord: '',
    pauseGesture: '',
    robes: '',
    checkInCadence: '',
    status: 'breakdown',
    tempoCpm: 60,
    performerIds: [],
  };
}

export function defaultBeat(): BeatFields {
  return { description: '', counts: null, notes: '', checkInAfter: false };
}

/** The rest pose: standing upright, arms at the sides; hips 0.90 m above the root for a 1.70 m figure. */
export function standingPose(): Pose {
  return { v: POSE_SCHEMA_VERSION, hips: [0, 0.9, 0], bones: {} };
}

export function defaultSetPiece(type: SetPieceType): SetPieceFields {
  const spec = SET_PIECE_CATALOGUE[type];
  return { type, label: spec.label, position: [0, 0, 0], rotationY: 0, size: [...spec.size], color: spec.color };
}

/** A new camera: 50 mm on Super 35 at 2.39:1, 4 m in front of centre at eye height, aiming at the stage. */
export function defaultCamera(existingCount: number): CameraFields {
  const letter = String.fromCharCode('A'.charCodeAt(0) + (existingCount % 26));
  return {
    name: `${letter} cam`,
    focalLengthMm: 50,
    sensor: { preset: 'super35', widthMm: 24.89, heightMm: 18.66 },
    aspect: '2.39:1',
    position: [0, 1.5, 4],
    target: [0, 0.9, 0],
    rollDeg: 0,
    shotSize: null,
    hidden: false,
  };
}

/** Where the n-th performer stands when first placed in a scene: side by side, 0.8 m apart, facing the camera. */
export function defaultPlacementPosition(index: number, count: number): [number, number, number] {
  const x = (index - (count - 1) / 2) * 0.8;
  return [Math.round(x * 1000) / 1000, 0, 0];
}

/** A kiss as a coordinator first specifies it: mouth closed, no tongue, no head tilt. */
export const DEFAULT_KISS: KissSpec = { mouth: 'closed', noTongue: true, headTilt: 'none' };

/** A new contact, before its initiator and receiver are chosen: a light hand rest for the whole beat. */
export function defaultContact(): Omit<ContactFields, 'initiator' | 'receiver'> {
  return { type: 'handRest', kiss: null, pressure: 'light', fromCount: null, toCount: null, alternative: 'none', notes: '' };
}

/** A new barrier of its real catalogue size, at the stage centre on the floor. */
export function defaultBarrier(type: BarrierType): BarrierFields {
  const size = BARRIER_CATALOGUE[type].size;
  return { type, position: [0, size[1] / 2, 0], rotationY: 0, size: [...size], attachedTo: null, notes: '' };
}

/** A rider with nothing agreed: where a new rider starts, and what undoing a performer's first rider records. */
export function emptyRiderFields(): RiderFields {
  return {
    nudityTypes: [],
    simulatedActs: '',
    bodyDouble: { allowed: false, who: '', approvedByPerformer: false, form: 'real' },
    footageLimits: '',
    description: '',
    datePresented: null,
    dateSigned: null,
    presentAtSigning: '',
    negotiatedBy: '',
  };
}
