import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { StorageStrength } from '../shared/accounts/schema';
import type { SecretVault } from '../main/accounts/vault';

/**
 * The harness's stand-in for safeStorage: AES-256-GCM with a random key kept in the data dir
 * (mode 0600), where Electron would use the OS keyring. The store file holds ciphertext only,
 * as in the app. `strength` can be set so that tests see what a keyring-less Linux sees.
 */
export function createNodeVault(
  dataDir: string,
  strength: () => StorageStrength = () => 'secure',
): SecretVault {
  const keyFile = path.join(dataDir, 'vault.key');
  if (!fs.existsSync(keyFile)) fs.writeFileSync(keyFile, randomBytes(32), { mode: 0o600 });
  const key = fs.readFileSync(keyFile);
  return {
    strength,
    encrypt(plain) {
      if (strength() === 'unavailable') throw new Error('No encryption is available');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
    },
    decrypt(encoded) {
      const raw = Buffer.from(encoded, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
