import { stdin, stderr } from 'node:process';

/**
 * Asks for the signing key's passphrase at the terminal without echoing it (raw mode: each key is read,
 * nothing is printed but the prompt). Null when stdin is not a terminal. Ctrl-C cancels.
 */
export function passphrasePrompt(): (() => Promise<string>) | null {
  if (!stdin.isTTY) return null;
  return () =>
    new Promise((resolve, reject) => {
      stderr.write('Passphrase for the signing key: ');
      let typed = '';
      stdin.setRawMode(true);
      stdin.resume();
      stdin.setEncoding('utf8');
      const done = (finish: () => void) => {
        stdin.setRawMode(false);
        stdin.pause();
        stdin.off('data', onData);
        stderr.write('\n');
        finish();
      };
      const onData = (chunk: string) => {
        for (const ch of chunk) {
          if (ch === '\r' || ch === '\n') return done(() => resolve(typed));
          if (ch === '\u0003') return done(() => reject(new Error('Cancelled: no passphrase was typed.')));
          if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
          else if (ch >= ' ') typed += ch;
        }
      };
      stdin.on('data', onData);
    });
}
