import { CONTENT_FLAG_LABELS } from '../domain/scene';
import type { Performer } from '../domain/people';
import { visibleTo } from '../records/privacy';
import { beatsOfScene, castOfScene, type DocRecords } from '../records/query';
import { listing } from '../rules/wording';
import { sheetBeat } from './beats';
import { consentSummary, personWithCharacter, STANDING_LINES, stagingLimits } from './consentSummary';
import { formatDay, formatTime } from './dates';
import type { SheetHeader, SheetLine, SheetModel, SheetOptions, SignoffLine, SignoffRole } from './types';

/** How many hex characters of the version hash the sheet prints (the whole hash is in the signed data). */
export const HASH_PREFIX_LENGTH = 12;

export class SheetError extends Error {}

/**
 * The choreography sheet of one scene for one reader, as plain data. Privacy first: everything but the
 * crew copy's staging limits is read from `visibleTo(doc, reader)`, so a performer's copy cannot hold
 * another performer's boundaries, rider, garment fittings or contact details, whatever the code below
 * does. Build it from a version's records (`docFromVersion`) to make a sheet of exactly that version.
 */
export function buildSheetModel(doc: DocRecords, options: SheetOptions): SheetModel {
  const { reader, sceneId } = options;
  const full = doc;
  const visible = visibleTo(doc, reader);
  const scene = visible.scenes[sceneId];
  if (!scene) throw new SheetError('That scene is not in this production (it may have been deleted).');
  const cast = castOfScene(visible, sceneId);
  let self: Performer | null = null;
  if (reader.kind === 'performer') {
    self = cast.find((p) => p.id === reader.performerId) ?? null;
    if (!self) {
      const name = visible.performers[reader.performerId]?.name;
      throw new SheetError(name ? `${name} is not in the cast of scene ${scene.number}, so there is no sheet for them.` : 'That performer is not in this production.');
    }
  }
  const beats = beatsOfScene(visible, sceneId);
  const units = options.production.units;

  const header: SheetHeader = {
    production: options.production.title,
    company: options.production.company,
    episode: options.production.episode,
    sceneNumber: scene.number,
    sceneTitle: scene.title,
    scriptPages: scene.scriptPages,
    set: scene.setLocation,
    shootDate: scene.shootDate ? `${formatDay(scene.shootDate, true)}${scene.callTime ? `, call ${scene.callTime}` : ''}` : 'Not scheduled yet',
    version: options.version ? `v${options.version.number}` : 'Working draft (not issued)',
    versionNote: options.version?.note.trim() ?? '',
    revisionDate: formatTime(options.version?.issuedAt ?? options.now),
    hashPrefix: options.version ? options.version.hash.slice(0, HASH_PREFIX_LENGTH) : '',
    confidential: 'CONFIDENTIAL — closed-set material',
    copyFor:
      reader.kind === 'performer'
        ? `${personWithCharacter(self!)} — performer’s copy`
        : reader.kind === 'crew'
          ? 'Director / crew copy — staging only, no private consent details'
          : 'Intimacy coordinator’s file copy — every performer’s consent',
    contentFlags: scene.contentFlags.map((f) => CONTENT_FLAG_LABELS[f]),
  };

  const consent = reader.kind === 'performer' ? [consentSummary(visible, self!, sceneId)] : reader.kind === 'coordinator' ? cast.map((p) => consentSummary(visible, p, sceneId)) : [];
  const staging = reader.kind === 'crew' ? cast.map((p) => stagingLimits(full, p, sceneId)) : [];

  const crewName = (id: string) => {
    const c = visible.crew[id];
    return c ? `${c.name}` : null;
  };
  const closedSet: SheetLine[] = [
    { label: 'On set', text: scene.closedSetCrewIds.map(crewName).filter((n): n is string => !!n).join(', ') || 'No closed-set list recorded yet' },
    { label: 'Cast', text: cast.map(personWithCharacter).join(', ') || 'No performers cast yet' },
    { label: 'Monitors', text: scene.monitorPolicy || 'No monitor policy recorded' },
    { label: 'Devices', text: 'No personal recording devices on the closed set.' },
    { label: 'Robes', text: scene.robes || 'Not recorded' },
  ];
  if (scene.guardianNote.trim()) closedSet.push({ label: 'Guardian / chaperone', text: scene.guardianNote.trim() });
  const safety: SheetLine[] = [
    { label: 'Pause word', text: scene.pauseWord ? `“${scene.pauseWord}” — everyone stops at once` : 'Not recorded yet' },
    { label: 'Gesture', text: scene.pauseGesture || 'Not recorded yet' },
    { label: 'Breaks', text: 'Available at any time, without giving a reason.' },
    { label: 'Check-ins', text: [scene.checkInCadence, beats.some((b) => b.checkInAfter) ? `after beat${beats.filter((b) => b.checkInAfter).length > 1 ? 's' : ''} ${listing(beats.filter((b) => b.checkInAfter).map((b) => String(b.order + 1)))}` : ''].filter(Boolean).join('; ') || 'Not recorded yet' },
  ];

  return {
    sceneId,
    readerKind: reader.kind,
    performerId: self?.id ?? null,
    header,
    consent,
    staging,
    closedSet,
    safety,
    beats: beats.map((b) => sheetBeat(visible, scene, b, beats.length, reader, units)),
    signoff: signoffBlock(visible, options, self, cast, scene.number),
    distribution: (options.distribution ?? defaultDistribution(visible, cast)).join('; '),
  };
}

const ROLE_LABELS: Readonly<Record<SignoffRole, string>> = { performer: 'Performer', coordinator: 'Intimacy coordinator', director: 'Director', producer: 'Producer' };

function signoffBlock(doc: DocRecords, options: SheetOptions, self: Performer | null, cast: readonly Performer[], sceneNumber: string): SheetModel['signoff'] {
  const version = options.version;
  const latest = (match: (s: NonNullable<SheetOptions['signoffs']>[number]) => boolean) =>
    [...(options.signoffs ?? [])].filter((s) => version && s.versionHash === version.hash && match(s)).sort((a, b) => (a.signedAt < b.signedAt ? 1 : -1))[0];
  const line = (role: SignoffRole, name: string, match: (s: NonNullable<SheetOptions['signoffs']>[number]) => boolean): SignoffLine => {
    const s = latest(match);
    if (!s) return { role: ROLE_LABELS[role], name, status: '', withdrawn: false };
    return s.action === 'withdrawn'
      ? { role: ROLE_LABELS[role], name, status: `Consent withdrawn ${formatTime(s.signedAt)}`, withdrawn: true }
      : { role: ROLE_LABELS[role], name, status: `Signed in Closed Set ${formatTime(s.signedAt)} as “${s.typedName}”`, withdrawn: false };
  };
  const performers = self ? [self] : cast;
  const crewOf = (role: SignoffRole) => Object.values(doc.crew).filter((c) => c.role === role);
  const lines: SignoffLine[] = [
    ...performers.map((p) => line('performer', personWithCharacter(p), (s) => s.role === 'performer' && s.performerId === p.id)),
    ...(['coordinator', 'director', 'producer'] as const).flatMap((role) => {
      const people = crewOf(role);
      return people.length ? people.map((c) => line(role, c.name, (s) => s.role === role && (s.crewId === c.id || s.crewId === null))) : [line(role, '', (s) => s.role === role)];
    }),
  ];
  const statements = [
    version
      ? `This sheet records the choreography of scene ${sceneNumber}, version ${version.number}. It is a choreography record, not the nudity rider: the rider is a separate agreement, and nothing here goes beyond it.`
      : `This is a working draft of scene ${sceneNumber}, not an issued version: it is for reading only and cannot be signed.`,
    STANDING_LINES[0],
    'A signature applies to this version only; any change makes it outdated until signed again.',
  ];
  return { lines, statements };
}

/** Who receives a copy by default: each performer their own, and the director/crew copy. */
function defaultDistribution(doc: DocRecords, cast: readonly Performer[]): string[] {
  const crew = Object.values(doc.crew).filter((c) => c.role === 'coordinator' || c.role === 'director' || c.role === 'producer');
  return [...cast.map((p) => `${p.name} (own copy)`), ...crew.map((c) => `${c.name} (${c.role === 'coordinator' ? 'coordinator' : `${c.role}, crew copy`})`)];
}
