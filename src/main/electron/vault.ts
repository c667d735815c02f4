import { safeStorage } from 'electron';
import type { StorageStrength } from '../../shared/accounts/schema';
import type { SecretVault } from '../accounts/vault';

/**
 * Tokens at rest through Electron's safeStorage (Keychain, DPAPI, libsecret/kwallet). On Linux
 * without a keyring safeStorage falls back to a hard-coded key ('basic_text'): that is reported
 * as 'weak', and the accounts service asks the user before storing anything with it.
 */
export const electronVault: SecretVault = {
  strength(): StorageStrength {
    if (!safeStorage.isEncryptionAvailable()) return 'unavailable';
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
      return 'weak';
    return 'secure';
  },
  encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
  decrypt: (cipher) => safeStorage.decryptString(Buffer.from(cipher, 'base64')),
};
