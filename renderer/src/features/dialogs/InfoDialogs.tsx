import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/ipc/contract';
import { invoke } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { openInfoDialog, useUiStore } from '../../store/uiStore';

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl';

const SHORTCUTS: readonly (readonly [string, string])[] = [
  [`${MOD}+Z`, 'Undo the last change'],
  [`${MOD}+Shift+Z  /  Ctrl+Y`, 'Redo'],
  ['← →', 'Move focus between beats'],
  ['Alt+← →  /  Alt+↑ ↓', 'Move the focused beat earlier or later'],
  ['Enter  /  F2', 'Edit the focused beat’s description'],
  [`${MOD}+D`, 'Duplicate the focused beat'],
  ['Delete', 'Delete the focused beat (can be undone)'],
  ['Enter', 'Commit a field'],
  ['Esc', 'Revert a field you are editing'],
  ['?', 'Show this list'],
];

export function InfoDialogs() {
  const which = useUiStore((s) => s.infoDialog);
  const close = () => openInfoDialog(null);
  return (
    <>
      <Dialog title="Keyboard shortcuts" className="dialog--wide" open={which === 'shortcuts'} onClose={close} footer={<CloseButton onClose={close} />}>
        <dl className="shortcuts">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys} className="shortcuts__row">
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </Dialog>
      <Dialog title="About Closed Set" open={which === 'about'} onClose={close} footer={<CloseButton onClose={close} />}>
        {which === 'about' ? <AboutBody /> : null}
      </Dialog>
    </>
  );
}

function CloseButton({ onClose }: { readonly onClose: () => void }) {
  return (
    <button type="button" className="btn btn--primary" onClick={onClose} autoFocus>
      Close
    </button>
  );
}

function AboutBody() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    invoke('app:info', {}).then(setInfo, () => setInfo(null));
  }, []);
  return (
    <div className="about">
      <p>Choreography, consent and signed sheets for intimacy coordinators.</p>
      {info ? (
        <p className="muted">
          Version {info.version} · {info.host === 'electron' ? 'Desktop app' : 'Browser host'} · {info.platform}
        </p>
      ) : null}
      <p className="muted">Everything stays on this computer. Closed Set makes no network connections.</p>
    </div>
  );
}
