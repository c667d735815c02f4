import type { StorageStrength } from '../../shared/accounts/schema';

/**
 * Encrypts secrets at rest. Electron: safeStorage (src/main/electron/vault.ts); the harness: a
 * Node adapter with the same interface (src/harness/node-vault.ts).
 */
export interface SecretVault {
  strength(): StorageStrength;
  /** Returns base64 ciphertext. Throws where strength() is 'unavailable'. */
  encrypt(plain: string): string;
  decrypt(cipher: string): string;
}
