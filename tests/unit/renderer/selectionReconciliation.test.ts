// What stays selected (scene on show, beat, person in People, inspector tab) when the records under
// the selection change: deleted, undone, redone, or replaced by another file. The renderer's own
// stores and actions run here in Node against the real main-process handlers and a real SQLite file,
// joined the way the Electron preload joins them (window.closedSet), with no window or DOM.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../../shared/commands';
import type { ClosedSetBridge } from '../../../shared/ipc/contract';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Session } from '../../../electron/main/services/session';
import { closeDocument, createDocument, openDocument, receiveDocument, redo, runCommand, undo } from '../../../renderer/src/store/actions';
import { useDocumentStore } from '../../../renderer/src/store/documentStore';
import { inspect, selectBeat, selectPerson, selectScene, setInspectorOpen, useSelectionStore } from '../../../renderer/src/store/selectionStore';
import { newDocument } from '../../support/doc';
import { newSession } from '../../support/session';
import { useTempDir } from '../../support/tempDir';

const tempDir = useTempDir();
let session: Session;
let handlers: ReturnType<typeof newSession>['handlers'];

// The renderer finds main through window.closedSet, as under Electron's preload.
Reflect.set(globalThis, 'window', globalThis);
const bridge: ClosedSetBridge = {
  invoke: (channel, args) => dispatch(handlers, channel, args) as never,
  on: () => () => {},
};
window.closedSet = bridge;

beforeEach(() => {
  ({ session, handlers } = newSession(tempDir()));
});
afterEach(async () => {
  await closeDocument();
  session.close();
});

/**
 * A production file with two scenes — "Bedroom" (beats 1–3) and "Kitchen" (one beat) — one
 * performer and one crew member, written by the real engine before the renderer opens it.
 */
function writeProduction(name: string, titles = { first: 'Bedroom', second: 'Kitchen' }) {
  const { path, doc, apply, created } = newDocument(tempDir(), name);
  const scene = (title: string) => created(apply({ type: 'scene.create', fields: { title } }), 'scene').id;
  const beat = (sceneId: string, description: string) => created(apply({ type: 'beat.create', sceneId, fields: { description } }), 'beat').id;
  const bedroom = scene(titles.first);
  const kitchen = scene(titles.second);
  const ids = {
    path,
    bedroom,
    kitchen,
    beat1: beat(bedroom, 'A and B stand facing'),
    beat2: beat(bedroom, 'B places a hand on the front of A’s shoulder'),
    beat3: beat(bedroom, 'Both sit on the bed edge'),
    kitchenBeat: beat(kitchen, 'A leans on the counter'),
    performer: created(apply({ type: 'performer.create', fields: { name: 'Maya Okafor' } }), 'performer').id,
    crew: created(apply({ type: 'crew.create', fields: { name: 'Sam Reid' } }), 'crew').id,
  };
  doc.close();
  return ids;
}

/** Runs a command as the UI does and fails the test with main's message if it was refused. */
async function run(command: CommandInput) {
  const result = await runCommand(command);
  if (!result) throw new Error(`${command.type} was refused`);
  return result;
}

/** The one record of `kind` that a command created. */
async function create(command: CommandInput, kind: 'beat' | 'scene' | 'performer' | 'crew'): Promise<string> {
  const result = await run(command);
  const record = result.changes.records.find((r) => r.kind === kind && r.createdAt === r.updatedAt);
  if (!record) throw new Error(`${command.type} created no ${kind}`);
  return record.id;
}

const selection = () => {
  const { view, sceneId, beatId, inspector, person } = useSelectionStore.getState();
  return { view, sceneId, beatId, inspector, person };
};

describe('opening a production', () => {
  it('shows its first scene with the first beat selected and in the inspector', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    expect(selection()).toEqual({ view: 'scene', sceneId: p.bedroom, beatId: p.beat1, inspector: 'beat', person: null });
  });

  it('of another file starts afresh on that file’s first scene and beat, forgetting the person picked in People', async () => {
    const a = writeProduction('a.closedset');
    const b = writeProduction('b.closedset', { first: 'Car', second: 'Hallway' });
    await openDocument(a.path);
    selectScene(a.kitchen);
    selectBeat(a.kitchenBeat);
    selectPerson({ kind: 'performer', id: a.performer });
    setInspectorOpen(false);

    await openDocument(b.path);
    expect(selection()).toEqual({ view: 'scene', sceneId: b.bedroom, beatId: b.beat1, inspector: 'beat', person: null });
    expect(useDocumentStore.getState().scenes[b.bedroom]?.title).toBe('Car');
    // Showing or hiding the inspector column is the user's layout choice, not part of a file.
    expect(useSelectionStore.getState().inspectorOpen).toBe(false);
    setInspectorOpen(true);
  });

  it('pushed by main (File › Open in Electron) resets the selection the same way', async () => {
    const a = writeProduction('a.closedset');
    const b = writeProduction('b.closedset');
    await openDocument(a.path);
    selectScene(a.kitchen);
    receiveDocument(await handlers['document:open']({ path: b.path }));
    expect(selection()).toEqual({ view: 'scene', sceneId: b.bedroom, beatId: b.beat1, inspector: 'beat', person: null });
  });

  it('with no scenes has no scene, beat or person selected', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    selectPerson({ kind: 'performer', id: p.performer });
    await createDocument(join(tempDir(), 'empty.closedset'));
    // (The stored inspector tab stays 'scene'; with no scene the Inspector shows the production.)
    expect(selection()).toMatchObject({ view: 'scene', sceneId: null, beatId: null, person: null });
  });

  it('closing the production clears the selection', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    selectPerson({ kind: 'crew', id: p.crew });
    await closeDocument();
    expect(useDocumentStore.getState().phase).toBe('empty');
    expect(selection()).toMatchObject({ view: 'scene', sceneId: null, beatId: null, person: null });
  });
});

describe('the selected beat', () => {
  it('when deleted, is no longer selected and the inspector falls back to the scene', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    selectBeat(p.beat2);
    await run({ type: 'beat.delete', id: p.beat2 });
    expect(selection()).toMatchObject({ sceneId: p.bedroom, beatId: null, inspector: 'scene' });
  });

  it('when deleted while the inspector shows the production, leaves the inspector on the production', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    selectBeat(p.beat2);
    inspect('production');
    await run({ type: 'beat.delete', id: p.beat2 });
    expect(selection()).toMatchObject({ sceneId: p.bedroom, beatId: null, inspector: 'production' });
  });

  it('when its creation is undone, is no longer selected; redo brings the beat back without selecting it', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    const added = await create({ type: 'beat.create', sceneId: p.bedroom, afterBeatId: p.beat3, fields: { description: 'A stands' } }, 'beat');
    selectBeat(added);
    await undo();
    expect(useDocumentStore.getState().beats[added]).toBeUndefined();
    expect(selection()).toMatchObject({ sceneId: p.bedroom, beatId: null, inspector: 'scene' });
    await redo();
    expect(useDocumentStore.getState().beats[added]?.description).toBe('A stands');
    expect(selection()).toMatchObject({ sceneId: p.bedroom, beatId: null });
  });

  it('stays selected when another beat is deleted, and when that deletion is undone and redone', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    selectBeat(p.beat1);
    await run({ type: 'beat.delete', id: p.beat3 });
    expect(selection()).toMatchObject({ beatId: p.beat1, inspector: 'beat' });
    await undo();
    expect(useDocumentStore.getState().beats[p.beat3]).toBeDefined();
    expect(selection()).toMatchObject({ beatId: p.beat1, inspector: 'beat' });
    await redo();
    expect(selection()).toMatchObject({ beatId: p.beat1, inspector: 'beat' });
  });

  it('is dropped at the next change when it belongs to a scene other than the one on show', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    useSelectionStore.setState({ beatId: p.kitchenBeat, inspector: 'beat' }); // e.g. left over from playback
    await run({ type: 'beat.update', id: p.beat1, patch: { notes: 'Check in before the kiss' } });
    expect(selection()).toMatchObject({ sceneId: p.bedroom, beatId: null, inspector: 'scene' });
  });
});

describe('the scene on show', () => {
  it('when deleted, gives way to the first remaining scene, with no beat selected', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    selectScene(p.kitchen);
    selectBeat(p.kitchenBeat);
    await run({ type: 'scene.delete', id: p.kitchen });
    expect(selection()).toEqual({ view: 'scene', sceneId: p.bedroom, beatId: null, inspector: 'scene', person: null });
    // Undoing the delete brings the scene back in the list; the view does not jump back to it.
    await undo();
    expect(useDocumentStore.getState().scenes[p.kitchen]?.title).toBe('Kitchen');
    expect(selection()).toMatchObject({ sceneId: p.bedroom, beatId: null });
  });

  it('when its creation is undone, gives way to the first scene', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    const added = await create({ type: 'scene.create', fields: { title: 'Stairwell' } }, 'scene');
    selectScene(added);
    await undo();
    expect(selection()).toMatchObject({ sceneId: p.bedroom, beatId: null, inspector: 'scene' });
  });

  it('when the last scene is deleted, leaves nothing on show and the production in the inspector', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    await run({ type: 'scene.delete', id: p.bedroom });
    expect(selection()).toMatchObject({ sceneId: p.kitchen, beatId: null });
    await run({ type: 'scene.delete', id: p.kitchen });
    expect(selection()).toEqual({ view: 'scene', sceneId: null, beatId: null, inspector: 'production', person: null });
    // Undo brings a scene back, and it is shown.
    await undo();
    expect(selection()).toMatchObject({ sceneId: p.kitchen, beatId: null, inspector: 'scene' });
  });

  it('when deleted while the user is in People, changes behind the scenes without leaving People', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    selectPerson({ kind: 'performer', id: p.performer });
    await run({ type: 'scene.delete', id: p.bedroom });
    expect(selection()).toMatchObject({ view: 'people', person: { kind: 'performer', id: p.performer }, sceneId: p.kitchen });
  });
});

describe('the person picked in People', () => {
  it('when deleted, is no longer picked, and People stays open', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    selectPerson({ kind: 'performer', id: p.performer });
    await run({ type: 'performer.delete', id: p.performer });
    expect(selection()).toMatchObject({ view: 'people', person: null, sceneId: p.bedroom });
  });

  it('when a crew member’s creation is undone, is no longer picked', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    const added = await create({ type: 'crew.create', fields: { name: 'Robe handler' } }, 'crew');
    selectPerson({ kind: 'crew', id: added });
    await undo();
    expect(selection()).toMatchObject({ view: 'people', person: null });
  });

  it('stays picked when someone else is deleted', async () => {
    const p = writeProduction('a.closedset');
    await openDocument(p.path);
    selectPerson({ kind: 'crew', id: p.crew });
    await run({ type: 'performer.delete', id: p.performer });
    expect(selection()).toMatchObject({ view: 'people', person: { kind: 'crew', id: p.crew } });
  });
});
