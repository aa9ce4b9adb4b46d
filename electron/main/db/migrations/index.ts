// The numbered, forward-only migrations, embedded in the bundle as text (Vite `?raw`).
// Append new files here; never edit a shipped one.
import m0001 from './0001_init.sql?raw';
import m0002 from './0002_blocking.sql?raw';
import m0003 from './0003_scene_tempo.sql?raw';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'init', sql: m0001 },
  { version: 2, name: 'blocking', sql: m0002 },
  { version: 3, name: 'scene tempo', sql: m0003 },
];

/** The file format this build writes; a file with a higher user_version is from a newer app. */
export const LATEST_VERSION = MIGRATIONS.length;
