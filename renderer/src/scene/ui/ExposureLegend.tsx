import { BODY_REGIONS } from '../../../../shared/domain/bodyRegions';
import { listing } from '../../../../shared/rules/wording';
import { useDocumentStore } from '../../store/documentStore';
import { useStageStore } from '../stageStore';
import { useExposureSummary } from '../three/exposurePaint';

/**
 * The key to the look-through exposure tint, over the frame: what each swatch means and, in words, which
 * regions the camera films uncovered that are not agreed (so nothing depends on telling colours apart).
 */
export function ExposureLegend() {
  const on = useStageStore((s) => s.view === 'camera' && s.exposureTint);
  const { verdicts, during } = useExposureSummary();
  const performers = useDocumentStore((s) => s.performers);
  if (!on || !verdicts) return null;
  const name = (id: string) => performers[id]?.name ?? 'a deleted performer';
  const notAgreed = verdicts.filter((v) => !v.agreed);
  const agreed = verdicts.length - notAgreed.length;
  const byPerformer = [...new Set(notAgreed.map((v) => v.performerId))].map(
    (id) => `${name(id)}'s ${listing(notAgreed.filter((v) => v.performerId === id).map((v) => BODY_REGIONS[v.region].label))}`,
  );
  return (
    <div className="stage-exposure" role="status" data-testid="exposure-legend">
      <div className="stage-exposure__key">
        <span className="stage-exposure__entry">
          <span className="stage-exposure__swatch stage-exposure__swatch--agreed" aria-hidden="true" /> Uncovered, agreed to show ({agreed})
        </span>
        <span className="stage-exposure__entry">
          <span className="stage-exposure__swatch stage-exposure__swatch--not" aria-hidden="true" /> Uncovered, not agreed or to discuss ({notAgreed.length})
        </span>
      </div>
      <div className="stage-exposure__line">
        {during ? `During the move ${during}: ` : ''}
        {verdicts.length === 0 ? 'This camera films nothing uncovered.' : notAgreed.length ? `Not agreed: ${listing(byPerformer)}.` : 'Everything uncovered in frame is agreed.'}
      </div>
    </div>
  );
}
