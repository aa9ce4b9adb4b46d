import { safeStorage } from 'electron';
import type { OsKeychain } from './keyStore';

/**
 * Electron's safeStorage as the key store's OsKeychain (the only Electron API signing uses), or null
 * where the OS offers no encryption at all. On Linux without a keyring Electron falls back to
 * "basic_text" (a fixed key): the UI warns then, and offers a passphrase instead.
 */
export async function electronKeychain(): Promise<OsKeychain | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
  return {
    plainTextFallback: process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text',
    encrypt: (text) => safeStorage.encryptStringAsync(text),
    decrypt: async (bytes) => (await safeStorage.decryptStringAsync(bytes)).result,
  };
}
