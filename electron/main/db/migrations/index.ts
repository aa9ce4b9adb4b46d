// The numbered, forward-only migrations, embedded in the bundle as text (Vite `?raw`).
// Append new files here; never edit a shipped one.
import m0001 from './0001_init.sql?raw';
import m0002 from './0002_blocking.sql?raw';
import m0003 from './0003_scene_tempo.sql?raw';
import m0004 from './0004_scene_cameras.sql?raw';
import { upgradeToFormat4 } from './0004_scene_cameras';
import m0005 from './0005_contacts_wardrobe.sql?raw';
import { addFieldInHistory } from './historyUpgrade';
import m0006 from './0006_consent.sql?raw';
import m0007 from './0007_scene_safety.sql?raw';
import m0008 from './0008_body_doubles.sql?raw';
import m0009 from './0009_signing_certificates.sql?raw';
import m0010 from './0010_review.sql?raw';
import m0011 from './0011_versions_signoffs.sql?raw';
import m0012 from './0012_rider_attachments.sql?raw';
import type { Db } from '../connection';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** What SQL cannot say (moving rows by a rule, upgrading records stored as JSON in history), in the same transaction. */
  readonly upgrade?: (db: Db, now: string) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'init', sql: m0001 },
  { version: 2, name: 'blocking', sql: m0002 },
  { version: 3, name: 'scene tempo', sql: m0003 },
  { version: 4, name: 'scene cameras', sql: m0004, upgrade: upgradeToFormat4 },
  { version: 5, name: 'contacts and wardrobe', sql: m0005, upgrade: (db) => addFieldInHistory(db, 'placement', 'costumeOff', []) },
  { version: 6, name: 'consent', sql: m0006 },
  {
    version: 7,
    name: 'scene safety plan',
    sql: m0007,
    upgrade: (db) => {
      for (const [field, value] of [['closedSetCrewIds', []], ['monitorPolicy', ''], ['pauseWord', ''], ['pauseGesture', ''], ['robes', ''], ['checkInCadence', '']] as const) addFieldInHistory(db, 'scene', field, value);
    },
  },
  { version: 8, name: 'body doubles', sql: m0008, upgrade: (db) => addFieldInHistory(db, 'performer', 'doublesFor', null) },
  { version: 9, name: 'signing certificates', sql: m0009 },
  { version: 10, name: 'review comments and approvals', sql: m0010 },
  { version: 11, name: 'scene versions and sign-offs', sql: m0011 },
  { version: 12, name: 'rider attachments', sql: m0012 },
];

/** The file format this build writes; a file with a higher user_version is from a newer app. */
export const LATEST_VERSION = MIGRATIONS.length;
