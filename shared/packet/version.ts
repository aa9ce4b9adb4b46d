import { CREW_ROLE_LABELS } from '../domain/people';
import type { Reader } from '../records/privacy';
import type { DocRecords } from '../records/query';
import { draftHash, latestVersion, signoffStatus, type SignerStatus } from '../versions';
import type { PacketVersionState } from './types';

const STATE_WORDS: Readonly<Record<SignerStatus['state'], string>> = { current: 'signed, current', outdated: 'signed an earlier version (outdated)', withdrawn: 'sign-off withdrawn' };

/**
 * What the cover says of the scene's versions, from the production's records: the latest issued
 * version and whether the staging printed is still exactly it (else it is the working draft, changed
 * since), and one line per signer. A signer's own reason ("consent withdrawn on …") is theirs: only
 * their copy (and the coordinator's) carries it; other copies say the state in words. Null before any
 * version is issued.
 */
export function packetVersionState(doc: DocRecords, sceneId: string, reader: Reader): PacketVersionState | null {
  const latest = latestVersion(doc, sceneId);
  if (!latest) return null;
  const draft = draftHash(doc, sceneId);
  const signoffs = signoffStatus(doc, sceneId, draft).map((s) => {
    const person = s.performerId ? doc.performers[s.performerId] : s.crewId ? doc.crew[s.crewId] : null;
    const name = person?.name || s.typedName;
    const role = s.performerId ? 'performer' : s.crewId && doc.crew[s.crewId] ? CREW_ROLE_LABELS[doc.crew[s.crewId]!.role].toLowerCase() : s.role;
    const own = reader.kind === 'coordinator' || (reader.kind === 'performer' && reader.performerId === s.performerId);
    return `${name} (${role}): ${own ? s.reason : `${STATE_WORDS[s.state]}.`}`;
  });
  return { number: latest.number, hash: latest.hash, issuedAt: latest.issuedAt, draftChanged: draft !== latest.hash, signoffs };
}
