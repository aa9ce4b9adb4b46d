import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecentFile } from '../../../shared/ipc/contract';

const MAX_RECENT = 10;

/** The recent-files list, a small JSON file in the app's user-data folder (never inside a production). */
export class RecentFiles {
  private readonly file: string;

  constructor(private readonly userDataDir: string) {
    this.file = join(userDataDir, 'recent-files.json');
  }

  list(): RecentFile[] {
    return this.read().map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  add(path: string, title: string, openedAt = new Date().toISOString()): void {
    const rest = this.read().filter((r) => r.path !== path);
    this.write([{ path, title, openedAt }, ...rest].slice(0, MAX_RECENT));
  }

  remove(path: string): void {
    this.write(this.read().filter((r) => r.path !== path));
  }

  private read(): Omit<RecentFile, 'exists'>[] {
    try {
      const data: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      if (!Array.isArray(data)) return [];
      return data.filter(
        (r): r is Omit<RecentFile, 'exists'> =>
          typeof r?.path === 'string' && typeof r?.title === 'string' && typeof r?.openedAt === 'string',
      );
    } catch {
      // A missing or unreadable list is an empty list; it is rebuilt as files are opened.
      return [];
    }
  }

  private write(entries: Omit<RecentFile, 'exists'>[]): void {
    mkdirSync(this.userDataDir, { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(entries, null, 2));
    renameSync(temp, this.file);
  }
}
