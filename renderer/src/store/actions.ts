import type { Command, CommandInput } from '../../../shared/commands';
import { commandLabel } from '../../../shared/commands/labels';
import type { AnyRecord } from '../../../shared/domain/records';
import type { ApplyResult, ArgsOf, LoadResult, VersionWriteResult } from '../../../shared/ipc/contract';
import type { ErrorCode } from '../../../shared/ipc/errors';
import { invoke, isHostedInElectron, toAppError } from '../api/client';
import { applyChangeSet, loadIntoStore, setSaveStatus, useDocumentStore } from './documentStore';
import { getBeatsOfScene, getScenes } from './selectors';
import { resetSelection, selectScene, useSelectionStore } from './selectionStore';
import { announce, askText, showError, showToast } from './uiStore';

// Commands run one after another, in the order the user made them: each waits for the previous
// answer, so a quick edit-then-undo can never reach main out of order.
let queue: Promise<unknown> = Promise.resolve();
let inFlight = 0;
let lastSavedAt: string | null = null;

function enqueue<T>(work: () => Promise<T>): Promise<T> {
  inFlight += 1;
  setSaveStatus({ state: 'saving' });
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run.finally(() => {
    inFlight -= 1;
  });
}

/** Answers that mean main refused the edit and wrote nothing: the file is exactly as it was. */
const REFUSALS: readonly ErrorCode[] = ['refused', 'invalid-argument', 'not-found', 'too-large', 'wrong-passphrase'];

/**
 * A refusal is not a failed save: the status line keeps saying the file is safe and the toast says what
 * was refused and why. Anything else (the disk, the app host) did fail to save, and the line says so.
 */
function failedTo(what: string): (e: unknown) => null {
  return (e) => {
    const error = toAppError(e);
    if (REFUSALS.includes(error.code)) {
      setSaveStatus(inFlight > 0 ? { state: 'saving' } : { state: 'saved', savedAt: lastSavedAt });
      showError(`“${what}” was refused: ${error.message}`);
      return null;
    }
    setSaveStatus({ state: 'error', message: error.message });
    showError(error.message);
    return null;
  };
}

function applied(result: ApplyResult): ApplyResult {
  lastSavedAt = result.savedAt;
  applyChangeSet(result.changes, result.history, result.savedAt, result);
  if (inFlight > 0) setSaveStatus({ state: 'saving' }); // another edit is still on its way
  reconcileSelection();
  return result;
}

/** Sends one command to main. Resolves with the result, or null after showing the error. */
export function runCommand(command: CommandInput): Promise<ApplyResult | null> {
  if (refusedInReviewCopy()) return Promise.resolve(null);
  // The label reads only the command's type, label and patch keys, the same before and after parsing.
  return enqueue(() => invoke('command:apply', { command })).then(applied, failedTo(commandLabel(command as Command)));
}

/**
 * Issues a version or records a sign-off (main's own channels, outside the undo history), in the same
 * queue as commands so it reaches main after the edits made before it. Resolves with what was added, or
 * null after showing why main refused it.
 */
export function runVersionWrite<C extends 'version:issue' | 'signoff:record' | 'signoff:withdraw'>(channel: C, args: ArgsOf<C>, what: string): Promise<VersionWriteResult | null> {
  if (refusedInReviewCopy()) return Promise.resolve(null);
  return enqueue(() => invoke(channel, args) as Promise<VersionWriteResult>).then((result) => {
    lastSavedAt = result.savedAt;
    applyChangeSet(result.changes, useDocumentStore.getState().history, result.savedAt);
    if (inFlight > 0) setSaveStatus({ state: 'saving' });
    return result;
  }, failedTo(what));
}

/**
 * A review copy is read-only: an edit that reaches here anyway (a shortcut, a leftover control) is not
 * sent, and the window says why. Main refuses it as well (electron/main/review/handlers.ts).
 */
function refusedInReviewCopy(): boolean {
  if (!useDocumentStore.getState().info?.review) return false;
  showError('Review copy — nothing here can be changed. Write a comment in the Comments tab instead; the coordinator makes the changes in the production.');
  return true;
}

/** The ids of records of `kind` that a command created (present now, absent before it ran). */
export function createdIds(result: ApplyResult | null, kind: AnyRecord['kind'], before: Readonly<Record<string, unknown>>): string[] {
  if (!result) return [];
  return result.changes.records.filter((r) => r.kind === kind && !('deletedAt' in r && r.deletedAt) && !(r.id in before)).map((r) => r.id);
}

async function step(channel: 'history:undo' | 'history:redo'): Promise<ApplyResult | null> {
  if (refusedInReviewCopy()) return null;
  const undoing = channel === 'history:undo';
  return enqueue(() => invoke(channel, {})).then((result) => {
    if (!result) {
      // Nothing to undo/redo (history changed elsewhere): nothing was written.
      setSaveStatus({ state: 'saved', savedAt: lastSavedAt });
      return null;
    }
    // What changed may be off screen (another beat, a closed panel): say it for screen-reader users.
    // The step just taken is now the other end of the history: undone → next redo, redone → next undo.
    const label = undoing ? result.history.redoLabel : result.history.undoLabel;
    announce(`${undoing ? 'Undid' : 'Redid'}: ${label ?? 'the last change'}`);
    return applied(result);
  }, failedTo(undoing ? 'Undo' : 'Redo'));
}

export const undo = () => step('history:undo');
export const redo = () => step('history:redo');

/** Keeps the selection pointing at live records after undo/redo/delete; falls back to the first scene. */
export function reconcileSelection(): void {
  const sel = useSelectionStore.getState();
  const doc = useDocumentStore.getState();
  if (!sel.sceneId || !doc.scenes[sel.sceneId]) {
    // The scene shown is gone (or there was none): show the first one, without leaving the view
    // the user is in (editing people in a production with no scenes must stay in People).
    const first = getScenes()[0]?.id ?? null;
    if (first !== sel.sceneId) useSelectionStore.setState({ sceneId: first, beatId: null, inspector: first ? 'scene' : 'production' });
    return;
  }
  if (sel.beatId) {
    const beat = doc.beats[sel.beatId];
    if (!beat || beat.sceneId !== sel.sceneId) {
      useSelectionStore.setState({ beatId: null, inspector: sel.inspector === 'beat' ? 'scene' : sel.inspector });
    }
  }
  if (sel.person) {
    const map = sel.person.kind === 'performer' ? doc.performers : doc.crew;
    if (!map[sel.person.id]) useSelectionStore.setState({ person: null });
  }
}

/** Shows a scene with its first beat selected (so the 3D view has a beat) and the scene in the inspector. */
export function openScene(sceneId: string): void {
  selectScene(sceneId);
  const first = getBeatsOfScene(sceneId)[0];
  if (first) useSelectionStore.setState({ beatId: first.id });
}

function opened(result: LoadResult | null): LoadResult | null {
  lastSavedAt = null;
  loadIntoStore(result);
  resetSelection();
  reconcileSelection();
  const first = useSelectionStore.getState().sceneId;
  if (first) {
    const beat = getBeatsOfScene(first)[0];
    if (beat) useSelectionStore.setState({ beatId: beat.id, inspector: 'beat' });
  }
  return result;
}

/** Applies a document pushed by main (File menu → Open, or closed). */
export function receiveDocument(result: LoadResult | null): void {
  opened(result);
}

export async function loadDocument(): Promise<void> {
  try {
    opened(await invoke('document:load', {}));
  } catch (e) {
    loadIntoStore(null);
    showError(toAppError(e).message);
  }
}

function userCancelled(e: unknown): boolean {
  return toAppError(e).code === 'cancelled';
}

/**
 * Electron asks for the file with a native dialog in main. The browser host has none, so the path
 * is asked for in an in-app dialog instead (null = cancelled).
 */
const PATH_PROMPTS = {
  create: { title: 'New production', body: 'Where should the new production file be saved? Use a full path ending in .closedset.', confirmLabel: 'Create' },
  open: { title: 'Open production', body: 'Which production file should be opened? Use the full path of a .closedset file.', confirmLabel: 'Open' },
  copy: { title: 'Save a copy', body: 'Where should the copy be written? Use a full path ending in .closedset.', confirmLabel: 'Save copy' },
} as const;

async function pathFromUser(kind: keyof typeof PATH_PROMPTS): Promise<string | null | undefined> {
  if (isHostedInElectron()) return undefined;
  const initialValue = kind === 'open' ? '' : kind === 'copy' ? (useDocumentStore.getState().info?.path.replace(/\.closedset$/, '') ?? '/tmp/Production') + ' copy.closedset' : '/tmp/New production.closedset';
  return askText({ ...PATH_PROMPTS[kind], label: 'File path', initialValue });
}

export async function openDocument(path?: string): Promise<void> {
  if (!path) {
    const asked = await pathFromUser('open');
    if (asked === null) return;
    path = asked;
  }
  try {
    opened(await invoke('document:open', path ? { path } : {}));
  } catch (e) {
    if (!userCancelled(e)) showError(toAppError(e).message);
  }
}

export async function createDocument(path?: string): Promise<void> {
  if (!path) {
    const asked = await pathFromUser('create');
    if (asked === null) return;
    path = asked;
  }
  try {
    opened(await invoke('document:create', path ? { path } : {}));
  } catch (e) {
    if (!userCancelled(e)) showError(toAppError(e).message);
  }
}

export async function closeDocument(): Promise<void> {
  try {
    await invoke('document:close', {});
    opened(null);
  } catch (e) {
    showError(toAppError(e).message);
  }
}

export async function saveCopyAs(): Promise<string | null> {
  const asked = await pathFromUser('copy');
  if (asked === null) return null;
  try {
    const { path } = await invoke('document:saveCopyAs', asked ? { path: asked } : {});
    showToast({ tone: 'success', message: `Copy saved to ${path}` });
    return path;
  } catch (e) {
    if (!userCancelled(e)) showError(toAppError(e).message);
    return null;
  }
}
