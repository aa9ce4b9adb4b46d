import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, Color, InstancedMesh, LineSegments, Matrix4, MeshBasicMaterial, Quaternion, ShaderMaterial, SphereGeometry, Vector3 } from 'three';
import type { Contact } from '../../../../shared/domain/contact';
import { CONTACT_COLORS } from '../contactColors';
import { getContactsOfBeat, usePlacementsOfBeat, useContactsOfBeat } from '../selectors';
import { selectContact, useStageStore } from '../stageStore';
import { isGizmoClick } from '../stageApi';
import { contactEnds } from './contactAnchors';
import { HELPER_LAYER } from './layers';

const MARKER = new SphereGeometry(1, 10, 8);
const MARKER_RADIUS = 0.022;
const SELECTED_RADIUS = 0.034;
/** Drawn over the bodies: a hand on a partner's back stays visible from the front. */
const MARKER_MATERIAL = new MeshBasicMaterial({ color: '#ffffff', depthTest: false, transparent: true, opacity: 0.95 });

/** Lines of one colour per vertex, solid or dashed per vertex (an alternative to touch), in ONE draw. */
const LINE_MATERIAL = new ShaderMaterial({
  vertexShader: `
    attribute vec3 color;
    attribute float dashed;
    attribute float lineDistance;
    varying vec3 vColor;
    varying float vDashed;
    varying float vDistance;
    void main() {
      vColor = color;
      vDashed = dashed;
      vDistance = lineDistance;
      gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
    }`,
  fragmentShader: `
    varying vec3 vColor;
    varying float vDashed;
    varying float vDistance;
    void main() {
      if (vDashed > 0.5 && mod(vDistance, 0.05) > 0.028) discard;
      gl_FragColor = vec4(vColor, 0.95);
    }`,
  transparent: true,
  depthTest: false,
});

interface ContactDrawing {
  readonly markers: InstancedMesh;
  readonly lines: LineSegments;
  readonly capacity: number;
}

function createDrawing(capacity: number): ContactDrawing {
  const markers = new InstancedMesh(MARKER, MARKER_MATERIAL, capacity * 2);
  markers.name = 'contact-markers';
  markers.count = 0;
  markers.frustumCulled = false;
  markers.renderOrder = 13;
  markers.layers.set(HELPER_LAYER);
  markers.setColorAt(0, new Color('#ffffff'));
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(capacity * 6), 3));
  g.setAttribute('color', new BufferAttribute(new Float32Array(capacity * 6), 3));
  g.setAttribute('dashed', new BufferAttribute(new Float32Array(capacity * 2), 1));
  g.setAttribute('lineDistance', new BufferAttribute(new Float32Array(capacity * 2), 1));
  g.setDrawRange(0, 0);
  const lines = new LineSegments(g, LINE_MATERIAL);
  lines.name = 'contact-lines';
  lines.frustumCulled = false;
  lines.renderOrder = 12;
  lines.layers.set(HELPER_LAYER);
  lines.raycast = () => undefined;
  return { markers, lines, capacity };
}

const from = new Vector3();
const to = new Vector3();
const m4 = new Matrix4();
const q = new Quaternion();
const scale = new Vector3();
const color = new Color();
const HIDDEN = new Matrix4().makeScale(0, 0, 0);

/**
 * Puts every contact of the beat where its two body points are now: two markers (instances 2i and 2i+1) and
 * a line per contact, coloured by type; the selected contact larger. Reads the live bones, mutates only
 * three objects (called from the frame loop and after changes).
 */
export function layoutContacts(drawing: ContactDrawing, contacts: readonly Contact[], selectedId: string | null): void {
  const { markers, lines } = drawing;
  const n = Math.min(contacts.length, drawing.capacity);
  const pos = lines.geometry.getAttribute('position') as BufferAttribute;
  const col = lines.geometry.getAttribute('color') as BufferAttribute;
  const dashed = lines.geometry.getAttribute('dashed') as BufferAttribute;
  const distance = lines.geometry.getAttribute('lineDistance') as BufferAttribute;
  for (let i = 0; i < n; i++) {
    const contact = contacts[i]!;
    const shown = contactEnds(contact, from, to);
    const selected = contact.id === selectedId;
    color.set(CONTACT_COLORS[contact.type]);
    if (selected) color.lerp(new Color('#ffffff'), 0.25);
    const r = selected ? SELECTED_RADIUS : MARKER_RADIUS;
    markers.setMatrixAt(2 * i, shown ? m4.compose(from, q, scale.setScalar(r)) : HIDDEN);
    markers.setMatrixAt(2 * i + 1, shown ? m4.compose(to, q, scale.setScalar(r * 0.8)) : HIDDEN);
    markers.setColorAt(2 * i, color);
    markers.setColorAt(2 * i + 1, color);
    if (!shown) from.set(0, -1000, 0), to.copy(from);
    pos.setXYZ(2 * i, from.x, from.y, from.z);
    pos.setXYZ(2 * i + 1, to.x, to.y, to.z);
    col.setXYZ(2 * i, color.r, color.g, color.b);
    col.setXYZ(2 * i + 1, color.r, color.g, color.b);
    const alt = contact.alternative !== 'none' ? 1 : 0;
    dashed.setX(2 * i, alt);
    dashed.setX(2 * i + 1, alt);
    distance.setX(2 * i, 0);
    distance.setX(2 * i + 1, from.distanceTo(to));
  }
  markers.count = n * 2;
  markers.instanceMatrix.needsUpdate = true;
  if (markers.instanceColor) markers.instanceColor.needsUpdate = true;
  lines.geometry.setDrawRange(0, n * 2);
  for (const a of [pos, col, dashed, distance]) a.needsUpdate = true;
}

/**
 * The contacts of the beat as working aids (helper layer: the free and top views, never a shot camera or
 * the export): all markers in one InstancedMesh, all lines in one LineSegments. A click on a marker selects
 * its contact.
 */
export function ContactMarkers({ beatId }: { readonly beatId: string | null }) {
  const invalidate = useThree((s) => s.invalidate);
  const contacts = useContactsOfBeat(beatId);
  const placements = usePlacementsOfBeat(beatId);
  const selectedId = useStageStore((s) => (s.selection?.kind === 'contact' ? s.selection.id : null));
  const capacity = Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(1, contacts.length))));
  const drawing = useMemo(() => createDrawing(capacity), [capacity]);
  useEffect(
    () => () => {
      drawing.markers.dispose();
      drawing.lines.geometry.dispose();
    },
    [drawing],
  );

  // After the mannequins applied this beat's placements (their layout effects run first).
  useLayoutEffect(() => {
    layoutContacts(drawing, contacts, selectedId);
    drawing.markers.userData.contactIds = contacts.map((c) => c.id);
    invalidate();
  }, [drawing, contacts, placements, selectedId, invalidate]);

  // Playback and drags move the bones without a store change: follow them before each frame is drawn.
  useFrame(() => {
    if (beatId) layoutContacts(drawing, getContactsOfBeat(beatId), useStageStore.getState().selection?.kind === 'contact' ? selectedId : null);
  }, 0.5);

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > 4 || isGizmoClick() || e.instanceId === undefined || useStageStore.getState().pickMode !== 'select') return;
    const contact = contacts[Math.floor(e.instanceId / 2)];
    if (!contact) return;
    e.stopPropagation();
    selectContact(contact.id);
  };

  return (
    <group name="contacts" userData={{ noExport: true }}>
      <primitive object={drawing.markers} onClick={onClick} />
      <primitive object={drawing.lines} />
    </group>
  );
}
