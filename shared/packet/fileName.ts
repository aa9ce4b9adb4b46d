import type { PacketModel } from './types';

/** Characters no file system accepts, and control characters, become a space; runs of spaces collapse. */
const clean = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();

/** "The Quiet Hours – Sc 42 – Rehearsal packet – Maya Okafor – draft.pdf" (at most 150 characters before ".pdf"). */
export function packetFileName(model: PacketModel, performerName: string | null): string {
  const parts = [model.cover.production, `Sc ${model.cover.sceneNumber}`, 'Rehearsal packet', performerName ?? 'Full cast', model.cover.version.startsWith('Version') ? model.cover.version.split(' · ')[0]!.replace('Version ', 'v') : 'draft'];
  return `${clean(parts.map(clean).filter(Boolean).join(' – ')).slice(0, 150)}.pdf`;
}
