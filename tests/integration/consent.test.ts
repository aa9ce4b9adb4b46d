import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProductionDocument } from '../../electron/main/services/productionDocument';
import { boundaryOf, consentHistoryOf, riderOf } from '../../shared/records/consentQuery';
import { docRecordsFrom } from '../../shared/records/query';
import { newDocument } from '../support/doc';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir();

function cast() {
  const d = newDocument(tempDir());
  const { apply, created } = d;
  const ruth = created(apply({ type: 'performer.create', fields: { name: 'Ruth' } }), 'performer');
  const tom = created(apply({ type: 'performer.create', fields: { name: 'Tom' } }), 'performer');
  const scene = created(apply({ type: 'scene.create', fields: { number: '42', performerIds: [ruth.id, tom.id], contentFlags: ['kiss'] } }), 'scene');
  const beat = created(apply({ type: 'beat.create', sceneId: scene.id }), 'beat');
  return { ...d, ruth, tom, scene, beat };
}
const oneOnOne = { occasion: 'oneOnOne' as const, recordedBy: 'Sam Whitfield' };

describe('consent is history', () => {
  it('a one-on-one records many boundaries at once; the current value is the latest; undo adds an entry, it does not delete', () => {
    const { doc, apply, tom } = cast();
    apply({ type: 'boundary.set', performerId: tom.id, sceneId: null, entries: [{ region: 'leftShoulderBlade', channel: 'receive', value: 'agreed' }, { region: 'groin', channel: 'receive', value: 'notAgreed' }], ...oneOnOne });
    apply({ type: 'boundary.set', performerId: tom.id, sceneId: null, entries: [{ region: 'leftShoulderBlade', channel: 'receive', value: 'notAgreed', note: 'Not today.' }], occasion: 'rehearsalCheckIn', recordedBy: 'Sam Whitfield' });
    let d = docRecordsFrom(doc.snapshot());
    expect(boundaryOf(d, tom.id, null, 'leftShoulderBlade', 'receive')).toMatchObject({ value: 'notAgreed', note: 'Not today.' });
    expect(consentHistoryOf(d, tom.id)).toHaveLength(3);
    doc.engine.undo();
    d = docRecordsFrom(doc.snapshot());
    expect(boundaryOf(d, tom.id, null, 'leftShoulderBlade', 'receive').value).toBe('agreed');
    const history = consentHistoryOf(d, tom.id);
    expect(history).toHaveLength(4);
    expect(history.at(-1)).toMatchObject({ kind: 'boundary', occasion: 'undo', value: 'agreed', previousValue: 'notAgreed' });
    doc.engine.redo();
    d = docRecordsFrom(doc.snapshot());
    expect(boundaryOf(d, tom.id, null, 'leftShoulderBlade', 'receive').value).toBe('notAgreed');
    expect(consentHistoryOf(d, tom.id)).toHaveLength(5);
    doc.close();
  });

  it('a scene override wins over the standing boundary for that scene only', () => {
    const { doc, apply, tom, scene } = cast();
    apply({ type: 'boundary.set', performerId: tom.id, sceneId: null, entries: [{ region: 'lips', channel: 'receive', value: 'agreed' }], ...oneOnOne });
    apply({ type: 'boundary.set', performerId: tom.id, sceneId: scene.id, entries: [{ region: 'lips', channel: 'receive', value: 'discuss' }], ...oneOnOne });
    const d = docRecordsFrom(doc.snapshot());
    expect(boundaryOf(d, tom.id, scene.id, 'lips', 'receive').value).toBe('discuss');
    expect(boundaryOf(d, tom.id, 'another-scene', 'lips', 'receive').value).toBe('agreed');
    doc.close();
  });

  it('the file itself refuses to change or delete a consent entry', () => {
    const { doc, apply, tom, path } = cast();
    apply({ type: 'boundary.set', performerId: tom.id, sceneId: null, entries: [{ region: 'lips', channel: 'receive', value: 'agreed' }], ...oneOnOne });
    doc.close();
    const raw = new Database(path);
    expect(() => raw.prepare("UPDATE boundary_entry SET value = 'notAgreed'").run()).toThrow(/Consent history cannot be changed/);
    expect(() => raw.prepare('DELETE FROM boundary_entry').run()).toThrow(/cannot be deleted/);
    raw.close();
  });

  it('deleting a performer keeps their consent history; Save a Copy As keeps it too', () => {
    const { doc, apply, tom } = cast();
    apply({ type: 'boundary.set', performerId: tom.id, sceneId: null, entries: [{ region: 'lips', channel: 'receive', value: 'agreed' }], ...oneOnOne });
    apply({ type: 'performer.delete', id: tom.id });
    expect(doc.snapshot().boundaries).toHaveLength(1);
    const copy = join(tempDir(), 'copy.closedset');
    doc.saveCopyAs(copy);
    doc.close();
    const reopened = ProductionDocument.open(copy);
    expect(reopened.snapshot().boundaries).toMatchObject([{ performerId: tom.id, region: 'lips', value: 'agreed' }]);
    reopened.close();
  });

  it('saves riders as versions; a rider signed before it was presented is refused clearly', () => {
    const { doc, apply, ruth, scene } = cast();
    const fields = {
      nudityTypes: ['implied' as const],
      simulatedActs: '',
      bodyDouble: { allowed: false, who: '', approvedByPerformer: false, form: 'real' as const },
      footageLimits: 'Not in trailers.',
      description: '',
      datePresented: '2026-12-01',
      dateSigned: '2026-12-02',
      presentAtSigning: 'Agent',
      negotiatedBy: 'Sam Whitfield',
    };
    apply({ type: 'rider.save', performerId: ruth.id, sceneId: scene.id, fields, occasion: 'riderNegotiation', recordedBy: 'Sam Whitfield' });
    apply({ type: 'rider.save', performerId: ruth.id, sceneId: scene.id, fields: { ...fields, nudityTypes: ['implied', 'rear'] }, occasion: 'riderNegotiation', recordedBy: 'Sam Whitfield' });
    expect(riderOf(docRecordsFrom(doc.snapshot()), ruth.id, scene.id)).toMatchObject({ version: 2, nudityTypes: ['implied', 'rear'] });
    expect(() => apply({ type: 'rider.save', performerId: ruth.id, sceneId: scene.id, fields: { ...fields, dateSigned: '2026-11-30' }, occasion: 'riderNegotiation', recordedBy: 'Sam' })).toThrow(
      /cannot be signed before it was presented/,
    );
    doc.engine.undo();
    expect(riderOf(docRecordsFrom(doc.snapshot()), ruth.id, scene.id)).toMatchObject({ version: 3, nudityTypes: ['implied'], occasion: 'undo' });
    doc.close();
  });

  it('a withdrawal is one action: recorded at once, and every beat it affects is flagged', () => {
    const { doc, apply, created, ruth, tom, beat } = cast();
    apply({ type: 'boundary.set', performerId: tom.id, sceneId: null, entries: [{ region: 'leftHand', channel: 'receive', value: 'agreed' }, { region: 'lips', channel: 'receive', value: 'agreed' }], ...oneOnOne });
    apply({ type: 'boundary.set', performerId: ruth.id, sceneId: null, entries: [{ region: 'leftHand', channel: 'give', value: 'agreed' }], ...oneOnOne });
    created(
      apply({ type: 'contact.add', beatId: beat.id, fields: { initiator: { performerId: ruth.id, region: 'rightHand', offset: [0, 0, 0] }, receiver: { kind: 'performer', performerId: tom.id, region: 'leftHand', offset: [0, 0, 0] } } }),
      'contact',
    );
    const result = apply({ type: 'consent.withdraw', performerId: tom.id, sceneId: null, regions: [], channels: ['receive'], note: 'Withdrew on set before the take.', recordedBy: 'Sam Whitfield' });
    expect(result.changes.records.filter((r) => r.kind === 'boundary')).toHaveLength(2);
    expect(result.findings.filter((f) => f.code === 'consent.contact-not-agreed').map((f) => f.beatId)).toEqual([beat.id]);
    const d = docRecordsFrom(doc.snapshot());
    expect(boundaryOf(d, tom.id, null, 'lips', 'receive')).toMatchObject({ value: 'notAgreed', entry: { occasion: 'onSetWithdrawal' } });
    expect(() => apply({ type: 'consent.withdraw', performerId: tom.id, sceneId: null, regions: [], channels: ['receive'], note: '', recordedBy: 'Sam' })).toThrow(/Nothing to withdraw/);
    doc.close();
  });
});
