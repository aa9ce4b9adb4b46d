import { describe, expect, it } from 'vitest';
import { defaultBeat, defaultCamera, defaultCrew, defaultPerformer, defaultProduction, defaultScene, defaultSetPiece, standingPose } from '../../../shared/domain/defaults';
import type { AnyRecord } from '../../../shared/domain/records';
import { scenesTouched, type TouchedRecord } from '../../../shared/rules';

// Which scenes the engine re-checks after a command: the table gives what a command touched and the scenes.
const t = '2027-01-10T09:00:00.000Z';
const s = { createdAt: t, updatedAt: t, deletedAt: null };
const ids = <T,>(v: string | string[]) => v as unknown as T;

const sceneA = { kind: 'scene', id: ids('scene-a'), order: 0, ...defaultScene(0), performerIds: ids(['jo', 'alex']), ...s } as const;
const sceneB = { kind: 'scene', id: ids('scene-b'), order: 1, ...defaultScene(1), performerIds: ids(['alex']), ...s } as const;
const deletedScene = { kind: 'scene', id: ids('scene-gone'), order: 2, ...defaultScene(2), performerIds: ids(['jo']), ...s, deletedAt: t } as const;
const beatA1 = { kind: 'beat', id: ids('beat-a1'), sceneId: ids('scene-a'), order: 0, ...defaultBeat(), ...s } as const;
const beatB1 = { kind: 'beat', id: ids('beat-b1'), sceneId: ids('scene-b'), order: 0, ...defaultBeat(), ...s } as const;
const jo = { kind: 'performer', id: ids('jo'), ...defaultPerformer(0), ...s } as const;
const dana = { kind: 'performer', id: ids('dana'), ...defaultPerformer(2), ...s } as const;
const placement = { kind: 'placement', id: ids('pl-1'), beatId: ids('beat-b1'), performerId: ids('alex'), position: [0, 0, 0], rotationY: 0, pose: standingPose(), hidden: false, pins: [], ...s } as const;
const { name, sensor, aspect, ...shot } = defaultCamera(0);
const camera = { kind: 'camera', id: ids('cam-a'), sceneId: ids('scene-a'), name, sensor, aspect, ...s } as const;
const cameraPlacement = { kind: 'cameraPlacement', id: ids('cp-1'), beatId: ids('beat-a1'), cameraId: ids('cam-a'), ...shot, ...s } as const;
const setPiece = { kind: 'setPiece', id: ids('bed'), sceneId: ids('scene-b'), ...defaultSetPiece('doubleBed'), ...s } as const;

const stored = [sceneA, sceneB, deletedScene, beatA1, beatB1, jo, dana] as unknown as AnyRecord[];
const lookup = {
  get: (kind: string, id: string) => stored.find((r) => r.kind === kind && r.id === id) ?? null,
  liveScenes: () => stored.filter((r) => r.kind === 'scene' && !r.deletedAt) as never,
};
const edited = (r: unknown): TouchedRecord => ({ kind: (r as AnyRecord).kind, before: r as AnyRecord, after: { ...(r as AnyRecord), updatedAt: '2027-01-11T00:00:00.000Z' } as AnyRecord });
const created = (r: unknown): TouchedRecord => ({ kind: (r as AnyRecord).kind, before: null, after: r as AnyRecord });
const removed = (r: unknown): TouchedRecord => ({ kind: (r as AnyRecord).kind, before: r as AnyRecord, after: null });

const TABLE: { name: string; touched: TouchedRecord[]; expected: string[] }[] = [
  { name: 'a scene edit → that scene', touched: [edited(sceneA)], expected: ['scene-a'] },
  { name: 'a new scene → the new scene', touched: [created({ ...sceneA, id: 'scene-new' })], expected: ['scene-new'] },
  { name: 'a beat → its scene', touched: [edited(beatB1)], expected: ['scene-b'] },
  { name: 'a set piece → its scene', touched: [created(setPiece)], expected: ['scene-b'] },
  { name: 'a camera → its scene', touched: [edited(camera)], expected: ['scene-a'] },
  { name: 'a placement → its beat’s scene', touched: [edited(placement)], expected: ['scene-b'] },
  { name: 'a camera placement → its beat’s scene', touched: [edited(cameraPlacement)], expected: ['scene-a'] },
  {
    name: 'an undone beat.create: the beat and its placement are removed, the placement still leads to the scene',
    touched: [removed({ ...placement, beatId: 'beat-new' }), removed({ ...beatB1, id: 'beat-new' })],
    expected: ['scene-b'],
  },
  { name: 'a performer → every live scene casting them (not deleted ones)', touched: [edited(jo)], expected: ['scene-a'] },
  { name: 'a performer in no scene → none', touched: [edited(dana)], expected: [] },
  {
    name: 'the production, crew and pose presets → none',
    touched: [
      edited({ kind: 'production', id: 'p', ...defaultProduction(), ...s }),
      created({ kind: 'crew', id: 'c', ...defaultCrew(), ...s }),
      created({ kind: 'posePreset', id: 'pp', name: 'Lean', pose: standingPose(), ...s }),
    ],
    expected: [],
  },
  { name: 'several records of two scenes → both, each once', touched: [edited(beatA1), edited(placement), edited(sceneA), edited(setPiece)], expected: ['scene-a', 'scene-b'] },
];

describe('the scenes a change touches', () => {
  it.each(TABLE)('$name', ({ touched, expected }) => {
    expect(scenesTouched(touched, lookup).sort()).toEqual(expected);
  });
});
