import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/ipc/contract';
import { invoke } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { STAGE_SHORTCUTS } from '../../scene/shortcuts';
import { openInfoDialog, useUiStore } from '../../store/uiStore';

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl';

type Shortcut = readonly [keys: string, what: string];

const SHORTCUT_GROUPS: readonly { readonly title: string; readonly rows: readonly Shortcut[] }[] = [
  {
    title: 'Everywhere',
    rows: [
      [`${MOD}+Z`, 'Undo the last change'],
      [`${MOD}+Shift+Z  /  Ctrl+Y`, 'Redo'],
      ['Enter', 'Commit a field'],
      ['Esc', 'Revert a field you are editing'],
      ['?', 'Show this list'],
    ],
  },
  {
    title: 'Beat strip (a beat has focus)',
    rows: [
      ['← →', 'Move focus between beats'],
      ['Alt+← →  /  Alt+↑ ↓', 'Move the focused beat earlier or later'],
      ['Enter  /  F2', 'Edit the focused beat’s description'],
      [`${MOD}+D`, 'Duplicate the focused beat'],
      ['Delete', 'Delete the focused beat (can be undone)'],
    ],
  },
  // The 3D view keeps its own list next to the code that handles the keys.
  { title: '3D view (click the stage first)', rows: STAGE_SHORTCUTS },
];

export function InfoDialogs() {
  const which = useUiStore((s) => s.infoDialog);
  const close = () => openInfoDialog(null);
  return (
    <>
      <Dialog title="Keyboard shortcuts" className="dialog--wide" open={which === 'shortcuts'} onClose={close} footer={<CloseButton onClose={close} />}>
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} className="shortcuts__group" aria-label={group.title}>
            <h3 className="shortcuts__title">{group.title}</h3>
            <dl className="shortcuts">
              {group.rows.map(([keys, what]) => (
                <div key={keys} className="shortcuts__row">
                  <dt>
                    <kbd>{keys}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
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
      <p>Scene breakdown, beats and 3D blocking for intimacy coordinators.</p>
      {info ? (
        <p className="muted">
          Version {info.version} · {info.host === 'electron' ? 'Desktop app' : 'Browser host'} · {info.platform}
        </p>
      ) : null}
      <p className="muted">Everything stays on this computer. Closed Set makes no network connections.</p>
    </div>
  );
}
