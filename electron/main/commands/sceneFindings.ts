import type { DocRecords } from '../../../shared/records/query';
import { beatsToRecheck, checkScene, type BeatFindings, type Finding, type TouchedRecord } from '../../../shared/rules';

/**
 * Each checked scene's per-beat findings, kept between commands so a command re-checks only the beats it
 * touched (shared/rules/recheck.ts) and the scene-level rules; the other beats' findings are reused. What
 * comes back is exactly what a full check of the scene gives (tests/integration/commands.test.ts compares
 * them after every step). Like the scene scopes, a check's result is kept only once its change commits.
 */
export class SceneFindings {
  private readonly byScene = new Map<string, BeatFindings>();

  /** The scene's findings after `changes`, read from `scope` (the scene as it is after them). */
  check(scope: DocRecords, sceneId: string, changes: readonly TouchedRecord[]): { findings: Finding[]; byBeat: BeatFindings } {
    const previous = this.byScene.get(sceneId);
    return checkScene(scope, sceneId, previous ? { previous, recheck: beatsToRecheck(changes, scope, sceneId) } : {});
  }

  keep(sceneId: string, byBeat: BeatFindings): void {
    this.byScene.set(sceneId, byBeat);
  }

  /**
   * After a commit, for the cached scenes the rules did not check: forget the beats the change wrote to
   * (or the whole scene when it wrote something scene-wide), so nothing stale is ever reused.
   */
  forget(changes: readonly TouchedRecord[], scopeOf: (sceneId: string) => DocRecords | null, except: ReadonlySet<string>): void {
    for (const [sceneId, byBeat] of this.byScene) {
      if (except.has(sceneId)) continue;
      const scope = scopeOf(sceneId);
      const stale = scope ? beatsToRecheck(changes, scope, sceneId) : 'all';
      if (stale === 'all') this.byScene.delete(sceneId);
      else if ([...stale].some((id) => byBeat.has(id))) this.byScene.set(sceneId, new Map([...byBeat].filter(([id]) => !stale.has(id))));
    }
  }

  clear(): void {
    this.byScene.clear();
  }
}
