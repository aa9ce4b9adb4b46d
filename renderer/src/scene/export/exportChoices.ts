import { FLOOR_PLAN_SCALES } from '../../../../shared/diagrams';
import { PACKET_PAPER_LABELS, PACKET_PAPERS, type PacketChoices, type PacketPaper } from '../../../../shared/packet';

/** What the export dialog can make. */
export const EXPORT_KINDS = ['packet', 'png', 'glb', 'plan'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_KIND_LABELS: Readonly<Record<ExportKind, string>> = {
  packet: 'Rehearsal packet (PDF)',
  png: 'Snapshot of this view (PNG)',
  glb: 'This beat as glTF (.glb)',
  plan: 'Floor plan of this beat, to scale (SVG)',
};

export const SCALE_CHOICES = ['fit', ...FLOOR_PLAN_SCALES.filter((s) => s <= 100).map(String)] as const;
export type ScaleChoice = (typeof SCALE_CHOICES)[number];
export const SCALE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(SCALE_CHOICES.map((s) => [s, s === 'fit' ? 'Largest that fits the page' : `1:${s} (or the next that fits)`]));
export const scaleValue = (s: ScaleChoice): PacketChoices['scale'] => (s === 'fit' ? 'fit' : Number(s));

export { PACKET_PAPERS, PACKET_PAPER_LABELS, type PacketPaper };
