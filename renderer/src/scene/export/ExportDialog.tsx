import { useEffect, useMemo, useState } from 'react';
import { camerasOfScene } from '../../../../shared/records/query';
import type { PacketChoices } from '../../../../shared/packet';
import { invoke } from '../../api/client';
import { CheckboxField } from '../../components/CheckboxField';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/SelectField';
import { useDocumentStore } from '../../store/documentStore';
import { useBeatsOfScene } from '../../store/selectors';
import { showError, showToast } from '../../store/uiStore';
import { exportFloorPlan, exportGltf, exportSnapshot, floorPlanOfBeat } from '../exportActions';
import { useCast } from '../selectors';
import { stageApi } from '../stageApi';
import { downloadBlob } from '../three/exportScene';
import { EXPORT_KIND_LABELS, EXPORT_KINDS, PACKET_PAPER_LABELS, PACKET_PAPERS, SCALE_CHOICES, SCALE_LABELS, scaleValue, type ExportKind, type PacketPaper, type ScaleChoice } from './exportChoices';
import { ExportPreview, type PreviewState } from './ExportPreview';

/**
 * The 3D view's export: choose what (the rehearsal packet, a PNG of the view, the beat as glTF, its
 * floor plan), the choices that matter for it, look at a preview, then save. Nothing is made until
 * Save; the packet's preview is its cover and first beat page, as they print.
 */
export function ExportDialog({ sceneId, beatId, onClose }: { readonly sceneId: string; readonly beatId: string | null; readonly onClose: () => void }) {
  const [kind, setKind] = useState<ExportKind>('packet');
  const [paper, setPaper] = useState<PacketPaper>('a4');
  const [scale, setScale] = useState<ScaleChoice>('fit');
  const [audience, setAudience] = useState<string>('cast');
  const [cameraId, setCameraId] = useState<string>('none');
  const [stills, setStills] = useState(true);
  const beats = useBeatsOfScene(sceneId);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(beats.map((b) => b.id)));
  const cast = useCast(sceneId);
  const scenes = useDocumentStore((s) => s.scenes);
  const cameraMap = useDocumentStore((s) => s.cameras);
  const cameras = useMemo(() => camerasOfScene({ scenes, cameras: cameraMap }, sceneId), [scenes, cameraMap, sceneId]);
  const [preview, setPreview] = useState<PreviewState>({ status: 'idle' });
  const [busy, setBusy] = useState(false);

  const choices: PacketChoices = useMemo(
    () => ({
      sceneId,
      audience: audience === 'cast' ? { kind: 'cast' } : { kind: 'performer', performerId: audience },
      beatIds: chosen.size === beats.length ? null : beats.filter((b) => chosen.has(b.id)).map((b) => b.id),
      cameraId: stills && cameraId !== 'none' ? cameraId : null,
      stills,
      scale: scaleValue(scale),
      paper,
    }),
    [sceneId, audience, chosen, beats, stills, cameraId, scale, paper],
  );
  const noBeats = kind === 'packet' && chosen.size === 0;
  const needsBeat = (kind === 'plan' || kind === 'glb') && !beatId;

  // The preview follows the choices (a short pause first, so a run of clicks makes one preview).
  useEffect(() => {
    let live = true;
    let url: string | null = null;
    const timer = window.setTimeout(async () => {
      try {
        if (kind === 'packet') {
          if (noBeats) return setPreview({ status: 'error', message: 'Choose at least one beat to print.' });
          setPreview({ status: 'loading' });
          const p = await invoke('packet:preview', { choices });
          if (live) setPreview({ status: 'html', html: p.html, caption: `${p.fileName} · ${p.pages} pages; the preview shows them up to the first beat`, paper });
        } else if (kind === 'png') {
          const api = stageApi.current;
          if (!api) return setPreview({ status: 'error', message: 'The 3D view is still loading.' });
          url = URL.createObjectURL(await api.snapshotPng());
          if (live) setPreview({ status: 'image', src: url, caption: 'What the 3D view shows now, as the PNG will hold it.' });
        } else if (kind === 'plan') {
          const plan = beatId ? floorPlanOfBeat(sceneId, beatId, scale === 'fit' ? 0 : Number(scale)) : null;
          if (!plan) return setPreview({ status: 'error', message: 'Choose a beat first: the floor plan is of one beat.' });
          url = URL.createObjectURL(new Blob([plan.svg], { type: 'image/svg+xml' }));
          if (live) setPreview({ status: 'image', src: url, caption: `Scale 1:${plan.scale} when printed at 100%.` });
        } else {
          setPreview({ status: 'text', text: 'A binary glTF file of this beat for previs software (Blender, Maya, Unreal): the set, a rigged mannequin per performer named by character, and the cameras. It has no picture to preview here.' });
        }
      } catch (e) {
        if (live) setPreview({ status: 'error', message: (e as Error).message });
      }
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
      if (url) URL.revokeObjectURL(url);
    };
  }, [kind, choices, noBeats, beatId, sceneId, scale, paper]);

  const save = async () => {
    setBusy(true);
    try {
      if (kind === 'packet') {
        const out = await invoke('packet:export', { choices });
        if (out.pdfBase64) {
          const bytes = Uint8Array.from(atob(out.pdfBase64), (c) => c.charCodeAt(0));
          downloadBlob(new Blob([bytes], { type: 'application/pdf' }), out.fileName);
        }
        showToast({ tone: 'success', message: `Rehearsal packet saved as PDF (${out.pages} pages)${out.path ? `: ${out.path}` : ''}` });
      } else if (kind === 'png') await exportSnapshot(sceneId, beatId);
      else if (kind === 'glb') await exportGltf(sceneId, beatId);
      else exportFloorPlan(sceneId, beatId, scale === 'fit' ? 0 : Number(scale));
      onClose();
    } catch (e) {
      if ((e as { code?: string }).code !== 'cancelled') showError(`The export failed: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const toggleBeat = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Dialog
      title="Export"
      open
      onClose={onClose}
      className="dialog--export"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn--primary" disabled={busy || noBeats || needsBeat} onClick={() => void save()}>
            {busy ? 'Saving…' : kind === 'packet' ? 'Save PDF' : kind === 'png' ? 'Save PNG' : kind === 'glb' ? 'Save glTF' : 'Save SVG'}
          </button>
        </>
      }
    >
      <div className="export">
        <div className="export__choices">
          <SelectField label="What to export" value={kind} options={EXPORT_KINDS} labels={EXPORT_KIND_LABELS} onCommit={setKind} />
          {kind === 'packet' ? (
            <>
              <SelectField label="Paper" value={paper} options={PACKET_PAPERS} labels={PACKET_PAPER_LABELS} onCommit={setPaper} />
              <SelectField label="Copy for" value={audience} options={['cast', ...cast.map((p) => p.id)]} labels={Object.fromEntries([['cast', 'Full cast (staging only)'], ...cast.map((p) => [p.id, `${p.name}${p.character ? ` (${p.character})` : ''} — with their own consent`])])} onCommit={setAudience} />
              <CheckboxField label="3D stills of the rehearsal view" checked={stills} onCommit={setStills} description={stills ? null : 'Off: each beat page shows the floor plan and the words only (faster to make).'} />
              <SelectField label="Camera still" value={stills ? cameraId : 'none'} options={['none', ...cameras.map((c) => c.id)]} labels={Object.fromEntries([['none', stills ? 'No camera still' : 'No stills'], ...cameras.map((c) => [c.id, `${c.name}, on the beats it films`])])} onCommit={setCameraId} />
            </>
          ) : null}
          {kind === 'packet' || kind === 'plan' ? <SelectField label="Floor plan scale" value={scale} options={SCALE_CHOICES} labels={SCALE_LABELS} onCommit={setScale} /> : null}
          {kind === 'packet' ? (
            <fieldset className="export__beats">
              <legend>Beats</legend>
              <div className="export__beat-actions">
                <button type="button" className="btn btn--sm" onClick={() => setChosen(new Set(beats.map((b) => b.id)))}>
                  All beats
                </button>
                <button type="button" className="btn btn--sm" onClick={() => setChosen(new Set(beatId ? [beatId] : []))} disabled={!beatId}>
                  This beat only
                </button>
              </div>
              {beats.map((b) => (
                <CheckboxField key={b.id} label={`Beat ${b.order + 1}: ${b.description || 'No description'}`} checked={chosen.has(b.id)} onCommit={(on) => toggleBeat(b.id, on)} className="export__beat" />
              ))}
            </fieldset>
          ) : null}
          {needsBeat ? <p className="export__note">Choose a beat first: this export is of one beat.</p> : null}
        </div>
        <ExportPreview state={preview} />
      </div>
    </Dialog>
  );
}
