import { ProductionFields } from '../../../../shared/domain/production';
import { useReadOnly } from '../review/readOnly';
import { TextField } from '../../components/TextField';
import { runCommand } from '../../store/actions';
import { inspect, showView, useSelectionStore } from '../../store/selectionStore';
import { useProduction } from '../../store/selectors';
import { TruncatedText } from '../../components/TruncatedText';

const UNTITLED = 'Untitled production';

/** Production title and details; a new production gets a "Name your production" prompt here. */
export function ProductionHeader() {
  const readOnly = useReadOnly();
  const production = useProduction();
  const active = useSelectionStore((s) => s.view === 'scene' && s.inspector === 'production');
  if (!production) return null;
  const details = [production.company, production.episode].filter(Boolean).join(' · ');

  const open = () => {
    showView('scene');
    inspect('production');
  };

  return (
    <div className="prod-header">
      <button
        type="button"
        className={`prod-header__button${active ? ' prod-header__button--active' : ''}`}
        onClick={open}
        aria-label={`Production details: ${production.title}`}
      >
        <TruncatedText className="prod-header__title" text={production.title} />
        <TruncatedText className="prod-header__meta" text={details || 'Add company and episode'} />
      </button>
      {production.title === UNTITLED && !readOnly ? (
        <div className="name-prompt">
          <TextField
            label="Name your production"
            value=""
            placeholder="e.g. The Long Night"
            schema={ProductionFields.shape.title}
            hint="Shown in the title bar and on exported floor plans. You can change it later in the inspector."
            onCommit={(title) => void runCommand({ type: 'production.update', patch: { title } })}
          />
        </div>
      ) : null}
    </div>
  );
}
