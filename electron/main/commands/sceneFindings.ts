import type { DocRecords } from '../../../shared/records/query';
import { checkScene, isNothing, whatToRecheck, type SceneCheck, type TouchedRecord } from '../../../shared/rules';

/**
 * Each checked scene's last check, kept between commands so a command runs again only the rules and beats
 * it can have changed (shared/rules/recheck.ts); the rest is reused. What comes back is exactly what a full
 * check of the scene gives (tests/integration/commands.test.ts compares them after every step). Like the
 * scene scopes, a check is kept only once its change commits.
 */
export class SceneFindings {
  private readonly byScene = new Map<string, SceneCheck>();

  /** The scene's check after `changes`, read from `scope` (the scene as it is after them). */
  check(scope: DocRecords, sceneId: string, changes: readonly TouchedRecord[]): SceneCheck {
    const previous = this.byScene.get(sceneId);
    return checkScene(scope, sceneId, previous ? { previous, recheck: whatToRecheck(changes, scope, sceneId) } : {});
  }

  keep(sceneId: string, check: SceneCheck): void {
    this.byScene.set(sceneId, check);
  }

  /**
   * After a commit, for the cached scenes the rules did not check: forget any scene the change wrote
   * something of, so nothing stale is ever reused (the scenes a change concerns are checked, so this is a net).
   */
  forget(changes: readonly TouchedRecord[], scopeOf: (sceneId: string) => DocRecords | null, except: ReadonlySet<string>): void {
    for (const sceneId of this.byScene.keys()) {
      if (except.has(sceneId)) continue;
      const scope = scopeOf(sceneId);
      if (!scope || !isNothing(whatToRecheck(changes, scope, sceneId))) this.byScene.delete(sceneId);
    }
  }

  clear(): void {
    this.byScene.clear();
  }
}
