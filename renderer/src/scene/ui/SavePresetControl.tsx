import { useState } from 'react';
import type { Pose } from '../../../../shared/domain/blocking';
import { savePosePreset } from '../stageActions';
import { StageIcon } from './StageIcon';

/** Save the current pose into the production's own presets, under a name. */
export function SavePresetControl({ pose }: { readonly pose: Pose }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  if (!open) {
    return (
      <button type="button" className="stage-btn" onClick={() => setOpen(true)}>
        <StageIcon name="save" /> Save as preset
      </button>
    );
  }
  const save = async () => {
    if (!name.trim()) return;
    if (await savePosePreset(name.trim(), pose)) {
      setName('');
      setOpen(false);
    }
  };
  return (
    <form
      className="stage-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <input className="stage-input" aria-label="Preset name" placeholder="Preset name" value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={80} />
      <button type="submit" className="stage-btn stage-btn--primary" disabled={!name.trim()}>
        Save
      </button>
      <button type="button" className="stage-btn" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
