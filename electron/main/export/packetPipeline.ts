import type { DocumentSnapshot } from '../../../shared/domain/records';
import { AppError } from '../../../shared/ipc/errors';
import { buildPacketModel, PacketError, packetFileName, type PacketChoices, type PacketModel, type PacketVersionState } from '../../../shared/packet';
import { docRecordsFrom } from '../../../shared/records/query';
import { requestKey, type StillRequest, type StillsProvider } from './stills';
import type { PdfPrinter } from './printer';
import { packetStillRequest, renderPacketHtml } from './packet/html';

/** What makes a packet: the sheet's PDF printer and the 3D stills (either may be missing in a host that has none). */
export interface PacketServices {
  readonly printer: PdfPrinter | null;
  readonly stills: StillsProvider | null;
  readonly now?: () => string;
}

export interface MadePacket {
  readonly model: PacketModel;
  readonly fileName: string;
  readonly html: string;
}

/** Every still the packet's pages ask for. */
export function packetStillRequests(model: PacketModel): StillRequest[] {
  return model.pages.flatMap((page) => page.stills.map((still) => packetStillRequest(model.sceneId, page.beatId, still)));
}

/**
 * The packet as HTML: the model (privacy applied there), then the stills through the StillsProvider,
 * embedded as data: URIs. Bad choices (a beat of another scene, a camera the production lacks) come
 * back as `invalid-argument` with the model's sentence. `model` is always the whole packet.
 */
export async function makePacketHtml(snapshot: DocumentSnapshot, version: PacketVersionState | null, choices: PacketChoices, services: PacketServices, preview: { readonly pages: number } | null = null): Promise<MadePacket> {
  let model: PacketModel;
  try {
    model = buildPacketModel({ doc: docRecordsFrom(snapshot), production: snapshot.production, version, now: services.now?.() ?? new Date().toISOString() }, choices);
  } catch (e) {
    if (e instanceof PacketError) throw new AppError('invalid-argument', e.message);
    throw e;
  }
  // A preview draws the cover and the first `pages` beat pages only (and makes only their stills).
  const shown = preview ? { ...model, pages: model.pages.slice(0, preview.pages) } : model;
  const requests = packetStillRequests(shown);
  if (requests.length && !services.stills) throw new AppError('invalid-argument', 'This copy of Closed Set cannot draw 3D stills here. Turn stills off to print the packet with floor plans only.');
  const pngs = requests.length ? await services.stills!(snapshot, requests) : new Map<string, Uint8Array>();
  const stills = new Map(requests.map((r) => [requestKey(r), pngs.get(requestKey(r))]).filter((e): e is [string, Uint8Array] => !!e[1]).map(([k, png]) => [k, `data:image/png;base64,${Buffer.from(png).toString('base64')}`]));
  const me = model.audience.kind === 'performer' ? (snapshot.performers.find((p) => p.id === (model.audience as { performerId: string }).performerId)?.name ?? null) : null;
  const fileName = packetFileName(model, me);
  return { model, fileName, html: renderPacketHtml(shown, { title: fileName.replace(/\.pdf$/, ''), stills }) };
}

/** The packet printed to PDF with the sheet's printer. */
export async function makePacketPdf(snapshot: DocumentSnapshot, version: PacketVersionState | null, choices: PacketChoices, services: PacketServices): Promise<MadePacket & { readonly pdf: Uint8Array }> {
  if (!services.printer) throw new AppError('internal', 'This copy of Closed Set has no PDF printer here.');
  const made = await makePacketHtml(snapshot, version, choices, services);
  return { ...made, pdf: await services.printer.print(made.html, choices.paper) };
}
