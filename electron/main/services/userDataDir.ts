import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the desktop app keeps its user data (Electron's `app.getPath('userData')` for the product name
 * "Closed Set"), worked out without Electron: the command line finds the signing certificate there.
 * Linux: $XDG_CONFIG_HOME/Closed Set (~/.config/Closed Set); macOS: ~/Library/Application Support/Closed
 * Set; Windows: %APPDATA%\Closed Set.
 */
export function appUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Closed Set');
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Closed Set');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Closed Set');
}
