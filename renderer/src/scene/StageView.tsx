/**
 * Placeholder for the 3D blocking view (renderer/src/scene is owned by the 3D work; this file will be
 * replaced). It receives the scene and beat being edited.
 */
export function StageView({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string | null }) {
  return (
    <section className="stage-placeholder" aria-label="3D blocking view" data-scene-id={sceneId} data-beat-id={beatId ?? ''}>
      <div className="stage-placeholder__grid" aria-hidden="true" />
      <p className="stage-placeholder__label">3D blocking view</p>
    </section>
  );
}
