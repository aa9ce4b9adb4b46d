import { useId, useState } from 'react';
import type { Scene } from '../../../../shared/domain/scene';
import { SIGNOFF_ROLE_LABELS, type SceneVersion } from '../../../../shared/domain/versions';
import { signerReader, signoffTime, type SignerStatus } from '../../../../shared/versions';
import { Dialog } from '../../components/Dialog';
import { runVersionWrite } from '../../store/actions';
import { useDocumentStore } from '../../store/documentStore';
import { announce, askConfirm } from '../../store/uiStore';
import { InspectorSection } from '../inspector/InspectorSection';
import { SignDialog } from './SignDialog';
import { signaturePath } from './SignaturePad';
import { safeDiff, useVersionState } from './useVersionState';

const STATE_LABELS = { current: 'Current', outdated: 'Outdated', withdrawn: 'Withdrawn' } as const;
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Versions & sign-off of one scene: the draft's state, issuing, the versions, who signed, and comparing. */
export function VersionsPanel({ scene }: { readonly scene: Scene }) {
  const { versions, latest, draft, draftChanges, signers } = useVersionState(scene.id);
  const [signing, setSigning] = useState<SceneVersion | null>(null);
  const [issuing, setIssuing] = useState(false);
  const changed = !!latest && latest.hash !== draft.hash;

  return (
    <div className="inspector__content versions">
      <h2 className="inspector__heading">Versions &amp; sign-off</h2>
      <InspectorSection
        title="Draft"
        actions={
          <button type="button" className="btn btn--sm btn--primary" onClick={() => setIssuing(true)} disabled={!!latest && !changed} title={latest && !changed ? `The draft matches v${latest.number}` : undefined}>
            Issue version…
          </button>
        }
      >
        <p className="versions__draft" data-testid="draft-state">
          {!latest ? 'Not issued yet: nothing has been signed.' : changed ? `Draft: ${plural(draftChanges.length, 'change')} since v${latest.number}` : `Draft: no changes since v${latest.number}`}
        </p>
        {changed ? <SentenceList label={`Changes since v${latest.number}`} sentences={draftChanges} /> : null}
      </InspectorSection>

      <InspectorSection title="Sign-off">
        {signers.length === 0 ? <p className="versions__empty">No one has signed a version of this scene.</p> : null}
        <ul className="versions__signers" aria-label="Signatures">
          {signers.map((s) => (
            <SignerItem key={s.key} signer={s} scene={scene} draftContent={draft.content} />
          ))}
        </ul>
        {latest ? (
          <button type="button" className="btn btn--sm" disabled={changed} onClick={() => setSigning(latest)}>
            Sign v{latest.number}…
          </button>
        ) : null}
        {latest && changed ? <p className="field__hint">v{latest.number} no longer describes the scene: issue a new version to sign it.</p> : null}
      </InspectorSection>

      <InspectorSection title="Versions">
        {versions.length === 0 ? <p className="versions__empty">No versions yet.</p> : null}
        <ol className="versions__list" aria-label="Versions" reversed>
          {[...versions].reverse().map((v) => (
            <VersionItem key={v.id} version={v} signers={signers.filter((s) => s.signoff.versionId === v.id)} />
          ))}
        </ol>
      </InspectorSection>

      {versions.length > 0 ? (
        <InspectorSection title="Compare">
          {/* Keyed by the count, so a new version resets the choice to the latest two. */}
          <Compare key={versions.length} versions={versions} draftContent={draft.content} />
        </InspectorSection>
      ) : null}

      {issuing ? <IssueDialog scene={scene} next={(latest?.number ?? 0) + 1} draftHash={draft.hash} onClose={() => setIssuing(false)} /> : null}
      {signing ? <SignDialog scene={scene} version={signing} onClose={() => setSigning(null)} /> : null}
    </div>
  );
}

function SentenceList({ label, sentences }: { readonly label: string; readonly sentences: readonly string[] }) {
  return (
    <ul className="versions__changes" aria-label={label}>
      {sentences.map((s, i) => (
        <li key={i}>{s}</li>
      ))}
    </ul>
  );
}

function SignerItem({ signer, scene, draftContent }: { readonly signer: SignerStatus; readonly scene: Scene; readonly draftContent: Parameters<typeof safeDiff>[1] }) {
  const { signoff, state } = signer;
  // Told as the signer reads the sheet: a performer is never shown another performer's consent here.
  const since = state === 'outdated' && signer.version ? safeDiff(signer.version, draftContent, signerReader(signer)) : [];
  const first = signer.typedName.split(' ')[0];
  const withdraw = async () => {
    const ok = await askConfirm({
      title: `Withdraw ${signer.typedName}’s sign-off?`,
      body: `The sign-off of v${signoff.versionNumber} stays on file, marked withdrawn. To sign again, sign the current version.`,
      confirmLabel: 'Withdraw sign-off',
      destructive: true,
    });
    if (!ok) return;
    const result = await runVersionWrite(
      'signoff:withdraw',
      { sceneId: scene.id, role: signoff.role, performerId: signoff.performerId, crewId: signoff.crewId, typedName: signoff.typedName, note: '' } as never,
      'Withdraw sign-off',
    );
    if (result) announce(`${signer.typedName}’s sign-off is withdrawn.`);
  };
  return (
    <li className={`signer signer--${state}`} aria-label={`${signer.typedName}, ${SIGNOFF_ROLE_LABELS[signer.role]}: ${STATE_LABELS[state]}`}>
      <div className="signer__head">
        <span className="signer__name">{signer.typedName}</span>
        <span className={`signer__state signer__state--${state}`}>{STATE_LABELS[state]}</span>
      </div>
      <div className="signer__meta">
        {SIGNOFF_ROLE_LABELS[signer.role]} · {signoff.signatureMethod === 'drawn' ? 'drawn signature' : 'typed name'} · {signoffTime(signoff.signedAt)}
      </div>
      {signoff.signature ? (
        <svg className="signer__signature" viewBox={`0 0 ${signoff.signature.width} ${signoff.signature.height}`} aria-hidden="true">
          <path d={signaturePath(signoff.signature)} />
        </svg>
      ) : null}
      <p className="signer__reason">{signer.reason}</p>
      {since.length ? (
        <details className="signer__since">
          <summary>What changed since {first} signed ({plural(since.length, 'change')})</summary>
          <SentenceList label={`What changed since ${signer.typedName} signed`} sentences={since} />
        </details>
      ) : state === 'outdated' && signer.version ? (
        <p className="signer__since">Nothing in {first}’s own sheet changed: only someone else’s private consent did, which {first} does not see.</p>
      ) : null}
      {state !== 'withdrawn' ? (
        <button type="button" className="btn btn--sm btn--danger-ghost" onClick={() => void withdraw()}>
          Withdraw sign-off…
        </button>
      ) : null}
    </li>
  );
}

function VersionItem({ version, signers }: { readonly version: SceneVersion; readonly signers: readonly SignerStatus[] }) {
  return (
    <li className="version" aria-label={`v${version.number}`}>
      <div className="version__head">
        <span className="version__number">v{version.number}</span>
        <span className="version__date">{signoffTime(version.issuedAt)}</span>
        <code className="version__hash" title={version.hash}>
          {version.hash.slice(0, 8)}
        </code>
      </div>
      {version.note ? <p className="version__note">{version.note}</p> : null}
      <p className="version__signed">
        {signers.length ? `Signed by ${signers.map((s) => `${s.typedName}${s.state === 'withdrawn' ? ' (withdrawn)' : ''}`).join(', ')}` : 'Not signed'}
        {version.issuedBy ? ` · issued by ${version.issuedBy}` : ''}
      </p>
    </li>
  );
}

function Compare({ versions, draftContent }: { readonly versions: readonly SceneVersion[]; readonly draftContent: Parameters<typeof safeDiff>[1] }) {
  const id = useId();
  const options = [...versions.map((v) => ({ value: v.id, label: `v${v.number}` })), { value: 'draft', label: 'Draft' }];
  const [from, setFrom] = useState<string>(versions[Math.max(0, versions.length - 2)]!.id);
  const [to, setTo] = useState<string>(versions.length > 1 ? versions[versions.length - 1]!.id : 'draft');
  const pick = (value: string) => (value === 'draft' ? draftContent : versions.find((v) => v.id === value)!);
  const name = (value: string) => options.find((o) => o.value === value)?.label ?? '';
  const sentences = from === to ? [] : safeDiff(pick(from), pick(to));
  return (
    <>
      <div className="field-row">
        {(
          [
            ['From', from, setFrom],
            ['To', to, setTo],
          ] as const
        ).map(([label, value, set]) => (
          <div className="field" key={label}>
            <label className="field__label" htmlFor={`${id}-${label}`}>
              {label}
            </label>
            <select id={`${id}-${label}`} className="input input--select" value={value} onChange={(e) => set(e.target.value)}>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {sentences.length ? <SentenceList label={`Changes from ${name(from)} to ${name(to)}`} sentences={sentences} /> : <p className="versions__empty">{from === to ? 'Choose two different versions.' : 'No changes between them.'}</p>}
    </>
  );
}

function IssueDialog({ scene, next, draftHash, onClose }: { readonly scene: Scene; readonly next: number; readonly draftHash: string; readonly onClose: () => void }) {
  const id = useId();
  const coordinator = useDocumentStore((s) => Object.values(s.crew).find((c) => c.role === 'coordinator')?.name ?? '');
  const [note, setNote] = useState('');
  const [issuedBy, setIssuedBy] = useState(coordinator);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const result = await runVersionWrite('version:issue', { sceneId: scene.id, note, issuedBy: issuedBy.trim(), expectedHash: draftHash } as never, `Issue v${next}`);
    setBusy(false);
    if (result) {
      announce(`v${next} of scene ${scene.number} issued.`);
      onClose();
    }
  };
  return (
    <Dialog
      title={`Issue v${next} of scene ${scene.number}`}
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void submit()}>
            Issue v{next}
          </button>
        </>
      }
    >
      <p className="field__hint">A version is a fixed record of the scene as it is now: it cannot be changed or deleted, and each signature is given to one version.</p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-note`}>
          Version note
        </label>
        <textarea id={`${id}-note`} className="input" rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. After the rehearsal of 19 November" />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-by`}>
          Issued by
        </label>
        <input id={`${id}-by`} className="input" maxLength={200} value={issuedBy} onChange={(e) => setIssuedBy(e.target.value)} />
      </div>
    </Dialog>
  );
}
