import { useState } from 'react';
import type { BodyRegionId } from '../../../../../shared/domain/bodyRegions';
import { CONSENT_CHANNELS, type ConsentChannel } from '../../../../../shared/domain/consent';
import type { Performer } from '../../../../../shared/domain/people';
import type { Scene } from '../../../../../shared/domain/scene';
import { Dialog } from '../../../components/Dialog';
import { runCommand } from '../../../store/actions';
import { showToast } from '../../../store/uiStore';
import { ChannelChecks, RegionChecks } from './RegionChannelPicker';
import { SceneScopeSelect } from './SceneScopeSelect';

/**
 * A performer withdraws consent: one action, recorded at once (consent.withdraw). Every region and channel
 * in scope that was agreed or under discussion becomes "not agreed"; main's rules then flag the beats.
 */
export function WithdrawDialog({ performer, scenes, recordedBy, onClose }: { readonly performer: Performer; readonly scenes: readonly Scene[]; readonly recordedBy: string; readonly onClose: () => void }) {
  const [sceneId, setSceneId] = useState<string | null>(null);
  const [allRegions, setAllRegions] = useState(true);
  const [regions, setRegions] = useState<BodyRegionId[]>([]);
  const [channels, setChannels] = useState<ConsentChannel[]>([...CONSENT_CHANNELS]);
  const [note, setNote] = useState('');
  const [by, setBy] = useState(recordedBy);
  const ready = channels.length > 0 && (allRegions || regions.length > 0) && by.trim().length > 0;
  const submit = async () => {
    const ok = await runCommand({ type: 'consent.withdraw', performerId: performer.id, sceneId, regions: allRegions ? [] : regions, channels, note: note.trim(), recordedBy: by.trim() });
    if (!ok) return;
    onClose();
    const scene = scenes.find((s) => s.id === sceneId);
    showToast({ tone: 'info', message: `${performer.name}’s withdrawal recorded${scene ? ` for scene ${scene.number}` : ' for every scene'}. The scene checks show the beats it affects.` });
  };
  return (
    <Dialog
      title={`Withdraw consent: ${performer.name}`}
      open
      onClose={onClose}
      className="dialog--wide"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn--danger" disabled={!ready} onClick={() => void submit()}>
            Withdraw consent
          </button>
        </>
      }
    >
      <div className="consent-dialog">
        <p className="notice notice--muted">
          Consent may be withdrawn at any time before filming. Everything in scope that was agreed or under discussion becomes “Not agreed”, dated now. Nothing earlier is removed from the history.
        </p>
        <SceneScopeSelect label="Scope" scenes={scenes} value={sceneId} onChange={setSceneId} allLabel="All scenes" />
        <fieldset className="pick-group">
          <legend className="field__label">Regions</legend>
          <div className="pick-group__row">
            <label className="check">
              <input type="radio" name="withdraw-regions" className="check__box" checked={allRegions} onChange={() => setAllRegions(true)} />
              <span className="check__label">All regions</span>
            </label>
            <label className="check">
              <input type="radio" name="withdraw-regions" className="check__box" checked={!allRegions} onChange={() => setAllRegions(false)} />
              <span className="check__label">Chosen regions</span>
            </label>
          </div>
        </fieldset>
        {allRegions ? null : <RegionChecks legend="Regions withdrawn" value={regions} onChange={setRegions} />}
        <ChannelChecks value={channels} onChange={setChannels} />
        <label className="field">
          <span className="field__label">Withdrawal note</span>
          <textarea className="input input--area" rows={2} value={note} onChange={(e) => setNote(e.target.value)} placeholder="What the performer said, in their words where possible" />
        </label>
        <label className="field">
          <span className="field__label">Withdrawal recorded by</span>
          <input className="input" value={by} onChange={(e) => setBy(e.target.value)} />
        </label>
      </div>
    </Dialog>
  );
}
