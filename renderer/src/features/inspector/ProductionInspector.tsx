import { ProductionFields, UNIT_SYSTEMS, type Production } from '../../../../shared/domain/production';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { runCommand } from '../../store/actions';
import { InspectorSection } from './InspectorSection';

const UNIT_LABELS = { metric: 'Metric (m, cm)', imperial: 'Imperial (ft, in)' } as const;

export function ProductionInspector({ production }: { readonly production: Production }) {
  const update = (patch: Partial<Pick<Production, 'title' | 'company' | 'episode' | 'notes' | 'units'>>) => runCommand({ type: 'production.update', patch });
  return (
    <div className="inspector__content">
      <h2 className="inspector__heading">Production</h2>
      <InspectorSection title="Details">
        <TextField label="Production title" value={production.title} schema={ProductionFields.shape.title} onCommit={(title) => update({ title })} />
        <TextField label="Production company" value={production.company} schema={ProductionFields.shape.company} onCommit={(company) => update({ company })} />
        <TextField label="Episode / block" value={production.episode} schema={ProductionFields.shape.episode} placeholder="e.g. Ep. 104, Block 2" onCommit={(episode) => update({ episode })} />
        <SelectField label="Units" value={production.units} options={UNIT_SYSTEMS} labels={UNIT_LABELS} onCommit={(units) => update({ units })} />
      </InspectorSection>
      <InspectorSection title="Notes">
        <TextField label="Production notes" value={production.notes} schema={ProductionFields.shape.notes} multiline rows={6} onCommit={(notes) => update({ notes })} />
      </InspectorSection>
    </div>
  );
}
