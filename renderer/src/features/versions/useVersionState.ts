import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SceneVersion } from '../../../../shared/domain/versions';
import type { Reader } from '../../../../shared/records/privacy';
import type { DocRecords } from '../../../../shared/records/query';
import { diffVersions, draftOf, signoffStatus, VERSION_LIST_KEYS, versionsOfScene, type SignerStatus, type VersionContent } from '../../../../shared/versions';
import { useDocumentStore } from '../../store/documentStore';

/** The maps a scene's draft, versions and sign-offs are read from: what a version holds, plus the versions and sign-offs. */
const KEYS = [...VERSION_LIST_KEYS, 'sceneVersions', 'signoffs'] as const satisfies readonly (keyof DocRecords)[];

export interface VersionState {
  readonly versions: readonly SceneVersion[];
  readonly latest: SceneVersion | null;
  readonly draft: { readonly content: VersionContent; readonly hash: string };
  /** Sentences: what changed in the draft since the latest version (empty before v1 or when unchanged). */
  readonly draftChanges: readonly string[];
  readonly signers: readonly SignerStatus[];
}

/**
 * A scene's versions, its draft (hashed the same way main hashes it) and every signature's status. Recomputed
 * when a record the draft reads changes; the maps are replaced, never mutated, so unchanged maps cost nothing.
 */
export function useVersionState(sceneId: string): VersionState {
  const maps = useDocumentStore(useShallow((s) => Object.fromEntries(KEYS.map((k) => [k, s[k]])) as unknown as DocRecords));
  return useMemo(() => {
    const draft = draftOf(maps, sceneId);
    const versions = versionsOfScene(maps, sceneId);
    const latest = versions[versions.length - 1] ?? null;
    const draftChanges = latest && latest.hash !== draft.hash ? safeDiff(latest, draft.content) : [];
    return { versions, latest, draft, draftChanges, signers: signoffStatus(maps, sceneId, draft.hash) };
  }, [maps, sceneId]);
}

/** The diff (as `reader` may see it; everything by default), or one sentence saying why it cannot be shown (a damaged version). */
export function safeDiff(a: SceneVersion | VersionContent, b: SceneVersion | VersionContent, reader?: Reader): string[] {
  try {
    return diffVersions(a, b, { reader });
  } catch (e) {
    return [(e as Error).message];
  }
}
