import { create } from 'zustand';

/** What the inspector on the right is editing. */
export type InspectorTarget = 'beat' | 'scene' | 'versions' | 'production' | 'comments';
/** The main area: the scene workspace or the people editor. */
export type MainView = 'scene' | 'people';
export type PersonRef = { readonly kind: 'performer' | 'crew'; readonly id: string };

export interface SelectionState {
  readonly view: MainView;
  /** Whether the inspector column is shown; hiding it gives the 3D view the width. Remembered per machine. */
  readonly inspectorOpen: boolean;
  readonly sceneId: string | null;
  readonly beatId: string | null;
  readonly inspector: InspectorTarget;
  readonly person: PersonRef | null;
  /** A person being added: the people view shows that, not whoever was selected, until main answers. */
  readonly adding: PersonRef['kind'] | null;
  /** The person just added: their editor puts the focus in the name field when it appears. */
  readonly justAdded: string | null;
}

const INSPECTOR_KEY = 'closedSet.inspectorOpen';
function storedInspectorOpen(): boolean {
  try {
    return localStorage.getItem(INSPECTOR_KEY) !== 'false';
  } catch {
    return true;
  }
}

export const useSelectionStore = create<SelectionState>(() => ({
  view: 'scene',
  inspectorOpen: storedInspectorOpen(),
  sceneId: null,
  beatId: null,
  inspector: 'scene',
  person: null,
  adding: null,
  justAdded: null,
}));

const set = useSelectionStore.setState;

export function selectScene(sceneId: string | null): void {
  set({ view: 'scene', sceneId, beatId: null, inspector: sceneId ? 'scene' : 'production' });
}

export function selectBeat(beatId: string | null): void {
  set(beatId ? { beatId, inspector: 'beat' } : { beatId: null, inspector: 'scene' });
}

/** Shows `target` in the inspector (opening the column if it was hidden). */
export function inspect(target: InspectorTarget): void {
  set({ inspector: target });
  setInspectorOpen(true);
}

export function setInspectorOpen(open: boolean): void {
  set({ inspectorOpen: open });
  try {
    localStorage.setItem(INSPECTOR_KEY, String(open));
  } catch {
    // Storage unavailable: the choice lasts for this session only.
  }
}

export function showView(view: MainView): void {
  set({ view });
}

export function selectPerson(person: PersonRef | null): void {
  set({ view: 'people', person, adding: null, justAdded: null });
}

/** A new person was asked for: nobody is selected until they exist, so no edit can reach the previous one. */
export function startAddingPerson(kind: PersonRef['kind']): void {
  set({ view: 'people', person: null, adding: kind, justAdded: null });
}

/** The new person exists (or, with null, could not be added: `fallback` is shown again). */
export function finishAddingPerson(added: PersonRef | null, fallback: PersonRef | null): void {
  set(added ? { person: added, adding: null, justAdded: added.id } : { person: fallback, adding: null, justAdded: null });
}

export function resetSelection(): void {
  set({ view: 'scene', sceneId: null, beatId: null, inspector: 'scene', person: null, adding: null, justAdded: null });
}
