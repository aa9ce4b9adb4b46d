import { create } from 'zustand';

/** What the inspector on the right is editing. */
export type InspectorTarget = 'beat' | 'scene' | 'production';
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
  set({ view: 'people', person });
}

export function resetSelection(): void {
  set({ view: 'scene', sceneId: null, beatId: null, inspector: 'scene', person: null });
}
