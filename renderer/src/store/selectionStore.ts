import { create } from 'zustand';

/** What the inspector on the right is editing. */
export type InspectorTarget = 'beat' | 'scene' | 'production';
/** The main area: the scene workspace or the people editor. */
export type MainView = 'scene' | 'people';
export type PersonRef = { readonly kind: 'performer' | 'crew'; readonly id: string };

export interface SelectionState {
  readonly view: MainView;
  readonly sceneId: string | null;
  readonly beatId: string | null;
  readonly inspector: InspectorTarget;
  readonly person: PersonRef | null;
}

export const useSelectionStore = create<SelectionState>(() => ({
  view: 'scene',
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

export function inspect(target: InspectorTarget): void {
  set({ inspector: target });
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
