import { join } from 'node:path';
import { createHandlers, Session } from '../../electron/main/services/session';
import { SAMPLE_PATH } from './tempDir';

/** A real Session on a real file, as the browser host and Electron wire it, minus dialogs. */
export function newSession(dir: string) {
  const session = new Session({
    host: 'browser',
    version: '0.0.0-test',
    platform: process.platform,
    userDataDir: join(dir, 'user-data'),
    samplePath: SAMPLE_PATH,
  });
  return { session, handlers: createHandlers(session) };
}
