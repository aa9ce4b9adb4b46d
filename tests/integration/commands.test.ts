import { describe, expect, it } from 'vitest';
import { Command, type CommandInput, type CommandType } from '../../shared/commands';
import { commandLabel } from '../../shared/commands/labels';
import { standingPose } from '../../shared/domain/defaults';
import type { DocumentSnapshot } from '../../shared/domain/records';
import { loadSceneScope } from '../../electron/main/commands/scope';
import type { ApplyResult } from '../../shared/ipc/contract';
import { checkScene, runRules } from '../../shared/rules';
import { newDocument } from '../support/doc';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir();

/** A production with two performers, a crew member, two scenes with beats, a set piece, a camera and a saved pose. */
function world() {
  const d = newDocument(tempDir());
  const { apply, created } = d;
  const ruth = created(apply({ type: 'performer.create', fields: { name: 'Ruth' } }), 'performer');
  const tom = created(apply({ type: 'performer.create', fields: { name: 'Tom' } }), 'performer');
  const ana = created(apply({ type: 'performer.create', fields: { name: 'Ana', doublesFor: ruth.id } }), 'performer');
  const crew = created(apply({ type: 'crew.create', fields: { name: 'Ada', role: 'coordinator' } }), 'crew');
  const scene = created(apply({ type: 'scene.create', fields: { number: '1', performerIds: [ruth.id, tom.id] } }), 'scene');
  const second = created(apply({ type: 'scene.create', fields: { number: '2' } }), 'scene');
  const beat = created(apply({ type: 'beat.create', sceneId: scene.id, fields: { description: 'first' } }), 'beat');
  const beat2 = created(apply({ type: 'beat.create', sceneId: scene.id, fields: { description: 'second' } }), 'beat');
  const piece = created(apply({ type: 'setPiece.add', sceneId: scene.id, pieceType: 'chair' }), 'setPiece');
  const camera = created(apply({ type: 'camera.add', beatId: beat.id }), 'camera');
  const preset = created(apply({ type: 'posePreset.save', name: 'Lean', pose: standingPose() }), 'posePreset');
  const placement = d.doc.snapshot().placements.find((p) => p.beatId === beat.id && p.performerId === ruth.id)!;
  const contact = created(
    apply({
      type: 'contact.add',
      beatId: beat.id,
      fields: { initiator: { performerId: ruth.id, region: 'rightHand', offset: [0, 0, 0] }, receiver: { kind: 'performer', performerId: tom.id, region: 'leftShoulder', offset: [0, 0, 0] } },
    }),
    'contact',
  );
  const garment = created(apply({ type: 'garment.add', beatId: beat.id, performerId: ruth.id, garmentType: 'robe' }), 'garment');
  const barrier = created(apply({ type: 'barrier.add', beatId: beat.id, barrierType: 'cushion' }), 'barrier');
  const doubling = created(apply({ type: 'doubling.add', beatId: beat.id, performerId: ruth.id, doubleId: ana.id, cameraId: null }), 'doubling');
  const comment = created(
    apply({ type: 'comment.add', sceneId: scene.id, beatId: beat.id, target: { kind: 'contact', contactId: contact.id }, parentId: null, authorName: 'Ada', body: 'Softer, please.' }),
    'comment',
  );
  return { ...d, ruth, tom, ana, crew, scene, second, beat, beat2, piece, camera, preset, placement, contact, garment, barrier, doubling, comment };
}
type World = ReturnType<typeof world>;

const CONSENT = { make: () => ({ type: 'production.update', patch: {} }) as CommandInput, see: () => undefined, consent: true } as const;

/** Every command, with what a user would notice after it; the table must cover every command type. */
const CASES: { readonly [T in CommandType]: { make: (w: World) => CommandInput; see: (s: DocumentSnapshot, w: World) => void } } = {
  'production.update': { make: () => ({ type: 'production.update', patch: { title: 'Night Shift' } }), see: (s) => expect(s.production.title).toBe('Night Shift') },
  'performer.create': { make: () => ({ type: 'performer.create', fields: { name: 'Sam' } }), see: (s) => expect(s.performers.map((p) => p.name)).toContain('Sam') },
  'performer.update': { make: (w) => ({ type: 'performer.update', id: w.tom.id, patch: { pronouns: 'he/him' } }), see: (s, w) => expect(s.performers.find((p) => p.id === w.tom.id)!.pronouns).toBe('he/him') },
  'performer.delete': { make: (w) => ({ type: 'performer.delete', id: w.tom.id }), see: (s, w) => expect(s.performers.map((p) => p.id)).not.toContain(w.tom.id) },
  'crew.create': { make: () => ({ type: 'crew.create', fields: { name: 'Lee', role: 'firstAD' } }), see: (s) => expect(s.crew.map((c) => `${c.name}:${c.role}`)).toContain('Lee:firstAD') },
  'crew.update': { make: (w) => ({ type: 'crew.update', id: w.crew.id, patch: { contact: 'ada@example.test' } }), see: (s) => expect(s.crew[0]!.contact).toBe('ada@example.test') },
  'crew.delete': { make: (w) => ({ type: 'crew.delete', id: w.crew.id }), see: (s) => expect(s.crew).toEqual([]) },
  'scene.create': { make: () => ({ type: 'scene.create', fields: { number: '3' } }), see: (s) => expect(s.scenes.map((x) => x.number)).toEqual(['1', '2', '3']) },
  'scene.update': { make: (w) => ({ type: 'scene.update', id: w.scene.id, patch: { title: 'Hallway' } }), see: (s, w) => expect(s.scenes.find((x) => x.id === w.scene.id)!.title).toBe('Hallway') },
  'scene.delete': {
    make: (w) => ({ type: 'scene.delete', id: w.scene.id }),
    see: (s) => {
      expect(s.scenes.map((x) => x.number)).toEqual(['2']);
      expect(s.scenes[0]!.order).toBe(0);
      expect([s.beats, s.placements, s.setPieces, s.cameras, s.contacts, s.garments, s.barriers].map((l) => l.length)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    },
  },
  'scene.move': { make: (w) => ({ type: 'scene.move', id: w.second.id, toIndex: 0 }), see: (s) => expect([...s.scenes].sort((a, b) => a.order - b.order).map((x) => x.number)).toEqual(['2', '1']) },
  'beat.create': { make: (w) => ({ type: 'beat.create', sceneId: w.scene.id, fields: { description: 'third' } }), see: (s) => expect(s.beats.map((b) => b.description)).toContain('third') },
  'beat.update': { make: (w) => ({ type: 'beat.update', id: w.beat.id, patch: { counts: 8 } }), see: (s, w) => expect(s.beats.find((b) => b.id === w.beat.id)!.counts).toBe(8) },
  'beat.delete': { make: (w) => ({ type: 'beat.delete', id: w.beat.id }), see: (s) => expect(s.beats.map((b) => `${b.order}:${b.description}`)).toEqual(['0:second']) },
  'beat.duplicate': { make: (w) => ({ type: 'beat.duplicate', id: w.beat.id }), see: (s) => expect(s.beats.filter((b) => b.description === 'first')).toHaveLength(2) },
  'beat.move': { make: (w) => ({ type: 'beat.move', id: w.beat2.id, toIndex: 0 }), see: (s) => expect([...s.beats].sort((a, b) => a.order - b.order).map((b) => b.description)).toEqual(['second', 'first']) },
  'setPiece.add': { make: (w) => ({ type: 'setPiece.add', sceneId: w.scene.id, pieceType: 'sofa' }), see: (s) => expect(s.setPieces.map((p) => p.type).sort()).toEqual(['chair', 'sofa']) },
  'setPiece.update': { make: (w) => ({ type: 'setPiece.update', id: w.piece.id, patch: { rotationY: 90 } }), see: (s) => expect(s.setPieces[0]!.rotationY).toBe(90) },
  'setPiece.delete': { make: (w) => ({ type: 'setPiece.delete', id: w.piece.id }), see: (s) => expect(s.setPieces).toEqual([]) },
  'setPiece.duplicate': {
    make: (w) => ({ type: 'setPiece.duplicate', id: w.piece.id }),
    see: (s) => expect(s.setPieces.map((p) => p.position[0]).sort()).toEqual([0, 0.5]),
  },
  'placement.update': { make: (w) => ({ type: 'placement.update', id: w.placement.id, patch: { rotationY: 45 } }), see: (s, w) => expect(s.placements.find((p) => p.id === w.placement.id)!.rotationY).toBe(45) },
  'camera.add': { make: (w) => ({ type: 'camera.add', beatId: w.beat.id }), see: (s) => expect(s.cameras.map((c) => c.name).sort()).toEqual(['A cam', 'B cam']) },
  'camera.update': {
    make: (w) => ({ type: 'camera.update', id: w.camera.id, beatId: w.beat.id, patch: { focalLengthMm: 85 } }),
    see: (s, w) => expect(s.cameraPlacements.find((p) => p.beatId === w.beat.id)!.focalLengthMm).toBe(85),
  },
  'camera.delete': { make: (w) => ({ type: 'camera.delete', id: w.camera.id }), see: (s) => expect([s.cameras, s.cameraPlacements]).toEqual([[], []]) },
  'posePreset.save': { make: () => ({ type: 'posePreset.save', name: 'Kneel', pose: standingPose() }), see: (s) => expect(s.posePresets.map((p) => p.name).sort()).toEqual(['Kneel', 'Lean']) },
  'posePreset.delete': { make: (w) => ({ type: 'posePreset.delete', id: w.preset.id }), see: (s) => expect(s.posePresets).toEqual([]) },
  'contact.add': {
    make: (w) => ({ type: 'contact.add', beatId: w.beat.id, fields: { initiator: { performerId: w.tom.id, region: 'rightHand', offset: [0, 0, 0] }, receiver: { kind: 'self', region: 'face', offset: [0, 0, 0] } } }),
    see: (s) => expect(s.contacts.map((c) => c.receiver.kind).sort()).toEqual(['performer', 'self']),
  },
  'contact.update': { make: (w) => ({ type: 'contact.update', id: w.contact.id, patch: { pressure: 'medium' } }), see: (s) => expect(s.contacts[0]!.pressure).toBe('medium') },
  'contact.delete': { make: (w) => ({ type: 'contact.delete', id: w.contact.id }), see: (s) => expect(s.contacts).toEqual([]) },
  'garment.add': { make: (w) => ({ type: 'garment.add', beatId: w.beat.id, performerId: w.tom.id, garmentType: 'fleshToneUnderwear' }), see: (s) => expect(s.garments).toHaveLength(2) },
  'garment.update': { make: (w) => ({ type: 'garment.update', id: w.garment.id, patch: { notes: 'Between takes only.' } }), see: (s) => expect(s.garments[0]!.notes).toBe('Between takes only.') },
  'garment.delete': { make: (w) => ({ type: 'garment.delete', id: w.garment.id }), see: (s) => expect(s.garments).toEqual([]) },
  'garmentFitting.set': { make: (w) => ({ type: 'garmentFitting.set', performerId: w.ruth.id, garmentType: 'robe', status: 'approved' }), see: (s) => expect(s.garmentFittings.map((f) => f.status)).toEqual(['approved']) },
  'barrier.add': { make: (w) => ({ type: 'barrier.add', beatId: w.beat.id, barrierType: 'foamPad' }), see: (s) => expect(s.barriers.map((b) => b.type).sort()).toEqual(['cushion', 'foamPad']) },
  'barrier.update': { make: (w) => ({ type: 'barrier.update', id: w.barrier.id, patch: { rotationY: 30 } }), see: (s) => expect(s.barriers[0]!.rotationY).toBe(30) },
  'barrier.delete': { make: (w) => ({ type: 'barrier.delete', id: w.barrier.id }), see: (s) => expect(s.barriers).toEqual([]) },
  'doubling.add': { make: (w) => ({ type: 'doubling.add', beatId: w.beat.id, performerId: w.ruth.id, doubleId: w.ana.id, cameraId: w.camera.id }), see: (s, w) => expect(s.doublings.map((d) => d.cameraId)).toEqual([null, w.camera.id]) },
  'doubling.delete': { make: (w) => ({ type: 'doubling.delete', id: w.doubling.id }), see: (s) => expect(s.doublings).toEqual([]) },
  // Consent is history: its undo adds an entry (tests/integration/consent.test.ts), so these are checked apart.
  'boundary.set': CONSENT,
  'rider.save': CONSENT,
  'consent.withdraw': CONSENT,
  'comment.add': {
    make: (w) => ({ type: 'comment.add', sceneId: w.scene.id, beatId: null, target: { kind: 'beat' }, parentId: w.comment.id, authorName: 'Ada', body: 'Agreed with Ruth.' }),
    see: (s, w) => expect(s.comments.find((c) => c.body === 'Agreed with Ruth.')).toMatchObject({ parentId: w.comment.id, beatId: w.beat.id, authorRole: 'coordinator' }),
  },
  'comment.edit': {
    make: (w) => ({ type: 'comment.edit', id: w.comment.id, body: 'Lighter, please.' }),
    see: (s) => expect(s.comments[0]).toMatchObject({ body: 'Lighter, please.', earlierTexts: [{ body: 'Softer, please.' }] }),
  },
  'comment.resolve': {
    make: (w) => ({ type: 'comment.resolve', id: w.comment.id, resolved: true, by: 'Ada' }),
    see: (s) => expect(s.comments[0]).toMatchObject({ resolvedBy: 'Ada', resolvedAt: expect.any(String) }),
  },
};

/**
 * The rules read each scene from a cache the engine keeps up to date with what every command, undo and
 * redo wrote: after each step it must hold exactly what loading the scene from the file gives.
 */
function primeScopes(w: World): void {
  for (const scene of [w.scene, w.second]) {
    const scope = loadSceneScope(w.doc.engine.repo, scene.id);
    w.doc.engine.scopes.keep(scene.id, scope);
    w.doc.engine.findings.keep(scene.id, checkScene(scope, scene.id));
  }
}
/** The engine re-checks only the beats a command touched: its findings must be exactly a full check's of the file. */
function expectFindingsFull(w: World, result: ApplyResult | null, step: string): void {
  if (!result) return;
  const full = result.checkedScenes.flatMap((id) => runRules(loadSceneScope(w.doc.engine.repo, id), [id]));
  expect(result.findings, step).toEqual(full);
}
function expectScopesFresh(w: World): void {
  for (const scene of [w.scene, w.second]) expect(w.doc.engine.scopes.after(scene.id, []), `scene ${scene.number}`).toEqual(loadSceneScope(w.doc.engine.repo, scene.id));
}

const without = (s: DocumentSnapshot) => {
  const { production: _p, ...rest } = s;
  return rest;
};

describe('every command', () => {
  it('has a case here (a new command type needs one)', () => {
    const types = Command.options.map((o) => o.shape.type.value).sort();
    expect(Object.keys(CASES).sort()).toEqual(types);
  });

  for (const [type, c] of Object.entries(CASES)) {
    if ('consent' in c) continue;
    it(`${type}: does what it says, undoes to exactly the state before, redoes to exactly the state after`, () => {
      const w = world();
      primeScopes(w);
      const before = w.doc.snapshot();
      const result = w.apply(c.make(w));
      expect(w.doc.engine.history().undoLabel).toBe(commandLabel(Command.parse(c.make(w))));
      const after = w.doc.snapshot();
      c.see(after, w);
      expectScopesFresh(w);
      expectFindingsFull(w, result, 'apply');
      expect(result.changes.records.length + result.changes.removed.length).toBeGreaterThan(0);
      expectFindingsFull(w, w.doc.engine.undo(), 'undo');
      expect(without(w.doc.snapshot())).toEqual(without(before));
      expectScopesFresh(w);
      expectFindingsFull(w, w.doc.engine.redo(), 'redo');
      expect(without(w.doc.snapshot())).toEqual(without(after));
      expectScopesFresh(w);
      w.doc.close();
    });
  }
});

describe('the incremental rules check', () => {
  it('gives exactly the findings of a full check after every step of a long sequence of commands, undos and redos', () => {
    const w = world();
    primeScopes(w);
    // Consent that makes findings come and go: Tom has not agreed to be touched on the left shoulder.
    const consent = w.apply({ type: 'boundary.set', performerId: w.tom.id, sceneId: null, entries: [{ region: 'leftShoulder', channel: 'receive', value: 'notAgreed' }], occasion: 'oneOnOne', recordedBy: 'Sam' });
    expectFindingsFull(w, consent, 'boundary.set');
    expect(consent.findings.map((f) => f.code)).toContain('consent.contact-not-agreed');
    let steps = 0;
    for (const [type, c] of Object.entries(CASES)) {
      if ('consent' in c || type === 'scene.delete' || type.endsWith('.delete')) continue;
      let result: ApplyResult;
      try {
        result = w.apply(c.make(w));
      } catch {
        continue; // a command the world no longer allows (its record changed meanwhile)
      }
      expectFindingsFull(w, result, type);
      if (++steps % 3 === 0) {
        expectFindingsFull(w, w.doc.engine.undo(), `undo ${type}`);
        expectFindingsFull(w, w.doc.engine.redo(), `redo ${type}`);
      }
    }
    for (const type of ['contact.delete', 'garment.delete', 'barrier.delete', 'doubling.delete', 'beat.delete', 'scene.delete'] as const) {
      expectFindingsFull(w, w.apply(CASES[type].make(w)), type);
      expectFindingsFull(w, w.doc.engine.undo(), `undo ${type}`);
    }
    expect(steps).toBeGreaterThan(20);
    w.doc.close();
  });
});
