import { useEffect, useRef, useState } from 'react';
import { closeDocument, createDocument, openDocument, saveCopyAs } from '../../store/actions';
import { Icon } from '../../components/Icon';
import { openSigningCertificate, openVerifySheet } from '../signing/signingStore';

const ITEMS = [
  { label: 'New production…', shortcut: 'Ctrl+N', run: () => createDocument() },
  { label: 'Open…', shortcut: 'Ctrl+O', run: () => openDocument() },
  { label: 'Save a copy as…', shortcut: 'Ctrl+Shift+S', run: () => saveCopyAs() },
  { label: 'Verify a sheet…', shortcut: '', run: () => openVerifySheet() },
  { label: 'Signing certificate…', shortcut: '', run: () => openSigningCertificate() },
  { label: 'Close production', shortcut: '', run: () => closeDocument() },
] as const;

/**
 * The File menu for the browser host, where there is no native menu bar (Electron has its own File
 * menu, so this is not shown there). A menu button: arrows move, Escape closes, focus returns.
 */
export function FileMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (!open) return;
    items.current[0]?.focus();
    const close = (e: MouseEvent) => {
      if (!(e.target as Element).closest('.file-menu')) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const index = items.current.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (index + (e.key === 'ArrowDown' ? 1 : ITEMS.length - 1)) % ITEMS.length;
      items.current[next]?.focus();
    }
  };

  return (
    <div className="file-menu" onKeyDown={onKeyDown}>
      <button ref={button} type="button" className="file-menu__button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        File <Icon name="chevronDown" size={12} />
      </button>
      {open ? (
        <div className="file-menu__list" role="menu" aria-label="File">
          {ITEMS.map((item, i) => (
            <button
              key={item.label}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              className="file-menu__item"
              onClick={() => {
                setOpen(false);
                void item.run();
              }}
            >
              <span>{item.label}</span>
              {item.shortcut ? <kbd>{item.shortcut}</kbd> : null}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
