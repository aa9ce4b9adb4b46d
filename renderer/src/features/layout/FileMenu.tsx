import { useEffect, useRef, useState } from 'react';
import { useReadOnly } from '../review/readOnly';
import { exportComments, exportReviewCopy, exportReviewOfShownScene, importComments } from '../review/reviewActions';
import { closeDocument, createDocument, openDocument, saveCopyAs } from '../../store/actions';
import { Icon } from '../../components/Icon';
import { openSigningCertificate, openVerifySheet } from '../signing/signingStore';

interface Item {
  readonly label: string;
  readonly shortcut: string;
  readonly run: () => unknown;
}
const OPEN: readonly Item[] = [
  { label: 'New production…', shortcut: 'Ctrl+N', run: () => createDocument() },
  { label: 'Open…', shortcut: 'Ctrl+O', run: () => openDocument() },
];
const CLOSE: Item = { label: 'Close production', shortcut: '', run: () => closeDocument() };
/** A production: copies, review copies for the director, the director's comments back. */
const PRODUCTION_ITEMS: readonly Item[] = [
  ...OPEN,
  { label: 'Save a copy as…', shortcut: 'Ctrl+Shift+S', run: () => saveCopyAs() },
  { label: 'Export review copy of this scene…', shortcut: '', run: () => exportReviewOfShownScene() },
  { label: 'Export review copy of the production…', shortcut: '', run: () => exportReviewCopy(null) },
  { label: 'Import comments…', shortcut: '', run: () => importComments() },
  { label: 'Verify a sheet…', shortcut: '', run: () => openVerifySheet() },
  { label: 'Signing certificate…', shortcut: '', run: () => openSigningCertificate() },
  CLOSE,
];
/** A review copy: nothing to save or export but the director's comments. */
const REVIEW_ITEMS: readonly Item[] = [...OPEN, { label: 'Export comments…', shortcut: '', run: () => exportComments() }, CLOSE];

/**
 * The File menu for the browser host, where there is no native menu bar (Electron has its own File
 * menu, so this is not shown there). A menu button: arrows move, Escape closes, focus returns.
 */
export function FileMenu() {
  const [open, setOpen] = useState(false);
  const ITEMS = useReadOnly() ? REVIEW_ITEMS : PRODUCTION_ITEMS;
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
