// The application menu. File actions run in main (native dialogs, then the session); Undo/Redo and
// the panels are sent to the renderer, which knows whether a text field or the document has focus.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuAction, RecentFile } from '../../shared/ipc/contract';
import { GUIDANCE_URL, openExternalIfAllowed } from './security';

export interface MenuModel {
  readonly appName: string;
  readonly platform: NodeJS.Platform;
  readonly isPackaged: boolean;
  readonly hasDocument: boolean;
  /** A director's review copy is open: read-only, with its own comments export. */
  readonly isReviewCopy?: boolean;
  readonly recent: readonly RecentFile[];
}

export interface MenuCommands {
  newProduction(): void;
  openProduction(path?: string): void;
  saveCopyAs(): void;
  closeProduction(): void;
  /** Sends 'menu:action' to the window. */
  send(action: MenuAction): void;
}

const MAX_RECENT_ITEMS = 10;

export function menuTemplate(model: MenuModel, commands: MenuCommands): MenuItemConstructorOptions[] {
  const isMac = model.platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] = model.recent.slice(0, MAX_RECENT_ITEMS).map((r) => ({
    label: r.exists ? `${r.title} — ${fileName(r.path)}` : `${r.title} — ${fileName(r.path)} (missing)`,
    toolTip: r.path,
    enabled: r.exists,
    click: () => commands.openProduction(r.path),
  }));

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New production…', accelerator: 'CmdOrCtrl+N', click: () => commands.newProduction() },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => commands.openProduction() },
      {
        label: 'Open Recent',
        submenu: recentItems.length ? recentItems : [{ label: 'No recent productions', enabled: false }],
      },
      { type: 'separator' },
      { label: 'Save a Copy As…', accelerator: 'CmdOrCtrl+Shift+S', enabled: model.hasDocument && !model.isReviewCopy, click: () => commands.saveCopyAs() },
      { type: 'separator' },
      // Review (issue 11): the window asks which scene, then main's save dialog; comments files both ways.
      { label: 'Export Review Copy of This Scene…', enabled: model.hasDocument && !model.isReviewCopy, click: () => commands.send('exportReviewCopy') },
      { label: 'Export Review Copy of the Production…', enabled: model.hasDocument && !model.isReviewCopy, click: () => commands.send('exportReviewProduction') },
      { label: 'Import Comments…', enabled: model.hasDocument && !model.isReviewCopy, click: () => commands.send('importComments') },
      { label: 'Export Comments…', enabled: !!model.isReviewCopy, click: () => commands.send('exportComments') },
      { type: 'separator' },
      // Both open a dialog in the window (the sheet's bytes are read there, never a path from the page).
      { label: 'Verify a sheet…', click: () => commands.send('verifySheet') },
      { label: 'Signing certificate…', click: () => commands.send('signingCertificate') },
      { type: 'separator' },
      { label: 'Close production', accelerator: 'CmdOrCtrl+W', enabled: model.hasDocument, click: () => commands.closeProduction() },
      ...(isMac ? [] : ([{ type: 'separator' }, { label: 'Quit', role: 'quit', accelerator: 'CmdOrCtrl+Q' }] as MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      // Not the native roles: the renderer decides whether this undoes typing or a document command.
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => commands.send('undo') },
      { label: 'Redo', accelerator: isMac ? 'Shift+Cmd+Z' : 'CmdOrCtrl+Shift+Z', click: () => commands.send('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...(model.isPackaged ? [] : ([{ role: 'toggleDevTools' }] as MenuItemConstructorOptions[])),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      { type: 'separator' },
      { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => commands.send('shortcuts') },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: 'Help',
    role: 'help',
    submenu: [
      { label: 'Intimacy coordination guidance (SAG-AFTRA)', click: () => void openExternalIfAllowed(GUIDANCE_URL) },
      { type: 'separator' },
      { label: `About ${model.appName}`, click: () => commands.send('about') },
    ],
  };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: model.appName,
          submenu: [
            { label: `About ${model.appName}`, click: () => commands.send('about') },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [...appMenu, file, edit, view, help];
}

export function installMenu(model: MenuModel, commands: MenuCommands): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(model, commands)));
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
