import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Mesh, MeshBasicMaterial, SphereGeometry } from 'three';
import { BODY_REGIONS } from '../../../../shared/domain/bodyRegions';
import { CONTACT_FAMILIES } from '../contactColors';
import { contactClick, targetLabel, type PickedTarget } from '../contactActions3d';
import { performerName } from '../stageActions';
import { selectPerformer, setHoverRegion, useStageStore, type StageState } from '../stageStore';
import { bodyRigs } from './bodyRigs';
import { paintExposure } from './exposurePaint';
import { pickTarget, rayAt, type PickHit } from './regionPick';
import { HELPER_LAYER } from './layers';

/** A dot where the pointer meets the body: small regions (lips, a nipple) have too few vertices to show a tint. */
const HOVER_DOT = new Mesh(new SphereGeometry(0.014, 10, 8), new MeshBasicMaterial({ color: '#ffd166', depthTest: false, transparent: true }));
HOVER_DOT.name = 'hover-point';
HOVER_DOT.renderOrder = 14;
HOVER_DOT.visible = false;
HOVER_DOT.layers.set(HELPER_LAYER);
HOVER_DOT.raycast = () => undefined;
HOVER_DOT.userData.noExport = true;

/** The region under the pointer, and the initiator's region while a contact is being made. */
const HOVER_TINT = '#ffd166';
const PENDING_TINT = '#4a55c9';
const CLICK_SLOP = 4; // px: more is an orbit drag

/**
 * Tints each mannequin's hovered and pending regions (its own uniform: no geometry is duplicated), over the
 * look-through exposure tint when that is on.
 */
export function applyRegionTints(state: Pick<StageState, 'pickMode' | 'pendingContact' | 'hoverRegion'>): void {
  for (const rig of bodyRigs.values()) rig.tint.clear();
  paintExposure();
  if (state.pickMode === 'select') return;
  const pending = state.pendingContact;
  if (pending) bodyRigs.get(pending.performerId)?.tint.set(pending.region, PENDING_TINT, 0.7);
  const hover = state.hoverRegion;
  if (hover && !(pending && pending.performerId === hover.performerId && pending.region === hover.region)) bodyRigs.get(hover.performerId)?.tint.set(hover.region, HOVER_TINT, 0.65);
}

function hintFor(state: StageState): string {
  if (state.pickMode === 'garment') return 'Dress: click a performer to dress them in the Blocking panel. Esc leaves.';
  if (state.pickMode !== 'contact') return '';
  const p = state.pendingContact;
  if (!p) return 'Contact: click the body region that touches (the initiator). Esc leaves.';
  return `From ${performerName(p.performerId)}'s ${BODY_REGIONS[p.region].label}: click what it touches — a partner, a set piece or their own body. Esc cancels.`;
}

/**
 * Contact and dress modes: picking body regions under the pointer, throttled to one pick per animation
 * frame, on the posed capsules (shared/body/pick.ts). Hover tints and names the region next to the pointer;
 * a click makes a contact (two clicks) or selects a performer to dress. The label and the step hint are
 * plain DOM over the canvas, updated directly (no React state per pointer move).
 */
export function RegionPicker({ beatId }: { readonly beatId: string | null }) {
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const scene = useThree((s) => s.scene);

  useEffect(() => {
    scene.add(HOVER_DOT);
    return () => void scene.remove(HOVER_DOT);
  }, [scene]);

  useEffect(() => {
    const canvas = gl.domElement;
    const host = canvas.parentElement;
    if (!host) return;
    const label = document.createElement('div');
    label.className = 'stage-region-label';
    label.hidden = true;
    const hint = document.createElement('div');
    hint.className = 'stage-pick-hint';
    hint.setAttribute('role', 'status');
    hint.hidden = true;
    host.append(label, hint);
    // What the contact colours mean (contactColors.ts), shown with the contact-mode hint.
    const legend = document.createElement('div');
    legend.className = 'stage-contact-legend';
    legend.setAttribute('aria-label', 'Contact colours');
    for (const family of CONTACT_FAMILIES) {
      const item = document.createElement('span');
      item.style.setProperty('--swatch', family.color);
      item.textContent = family.label.replace(/ \(.*\)$/, '');
      legend.append(item);
    }
    const dashed = document.createElement('span');
    dashed.className = 'stage-contact-legend__dashed';
    dashed.textContent = 'Alternative to touch';
    legend.append(dashed);

    let frame = 0;
    let last: { x: number; y: number } | null = null;
    let down: { x: number; y: number } | null = null;
    let hovered: PickHit | null = null;

    const active = () => {
      const s = useStageStore.getState();
      return !!beatId && s.pickMode !== 'select' && !s.playing && !s.measuring;
    };
    const pickAt = (x: number, y: number): PickHit | null => {
      if (!beatId) return null;
      const rect = canvas.getBoundingClientRect();
      const mode = useStageStore.getState().pickMode;
      const ray = rayAt(get().camera, x - rect.left, y - rect.top, rect.width, rect.height);
      // Set pieces count as what a contact touches (the second click); dressing is about bodies only.
      return pickTarget(beatId, ray, mode === 'contact' && !!useStageStore.getState().pendingContact);
    };
    const showLabel = (target: PickedTarget | null, x: number, y: number) => {
      if (!target) {
        label.hidden = true;
        return;
      }
      const rect = host.getBoundingClientRect();
      label.textContent = targetLabel(target);
      label.style.transform = `translate(${Math.round(x - rect.left + 14)}px, ${Math.round(y - rect.top + 16)}px)`;
      label.hidden = false;
    };
    const hover = () => {
      frame = 0;
      if (!last || !active()) return;
      hovered = pickAt(last.x, last.y);
      showLabel(hovered, last.x, last.y);
      HOVER_DOT.visible = !!hovered;
      if (hovered) HOVER_DOT.position.fromArray(hovered.point);
      invalidate();
      setHoverRegion(hovered?.kind === 'body' ? { performerId: hovered.performerId, region: hovered.region } : null);
      canvas.style.cursor = hovered ? 'crosshair' : '';
    };
    const onMove = (e: PointerEvent) => {
      last = { x: e.clientX, y: e.clientY };
      if (!frame && active()) frame = requestAnimationFrame(hover);
    };
    const onLeave = () => {
      last = null;
      hovered = null;
      label.hidden = true;
      HOVER_DOT.visible = false;
      setHoverRegion(null);
      invalidate();
    };
    const onDown = (e: PointerEvent) => {
      down = e.button === 0 ? { x: e.clientX, y: e.clientY } : null;
    };
    const onUp = (e: PointerEvent) => {
      const start = down;
      down = null;
      if (!start || e.button !== 0 || !active() || !beatId) return;
      if (Math.hypot(e.clientX - start.x, e.clientY - start.y) > CLICK_SLOP) return;
      const target = pickAt(e.clientX, e.clientY);
      if (!target) return;
      if (useStageStore.getState().pickMode === 'garment') {
        if (target.kind === 'body') selectPerformer(target.performerId);
        return;
      }
      void contactClick(beatId, target);
    };

    const sync = (state: StageState) => {
      applyRegionTints(state);
      const text = beatId ? hintFor(state) : '';
      hint.textContent = text;
      if (state.pickMode === 'contact') hint.append(legend);
      hint.hidden = !text;
      if (state.pickMode === 'select') {
        label.hidden = true;
        HOVER_DOT.visible = false;
        canvas.style.cursor = '';
      }
      invalidate();
    };
    sync(useStageStore.getState());
    const unsubscribe = useStageStore.subscribe((s, prev) => {
      if (s.pickMode !== prev.pickMode || s.pendingContact !== prev.pendingContact || s.hoverRegion !== prev.hoverRegion) sync(s);
    });

    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerleave', onLeave);
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointerup', onUp);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointerup', onUp);
      label.remove();
      hint.remove();
      canvas.style.cursor = '';
      for (const rig of bodyRigs.values()) rig.tint.clear();
      paintExposure();
    };
  }, [gl, get, invalidate, beatId]);

  return null;
}
