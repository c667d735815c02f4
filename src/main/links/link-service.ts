import { safeExternalUrl } from '../../shared/links';
import { AppFailure } from '../errors';
import type { Handlers } from '../ipc/router';
import type { Platform } from '../platform/platform';

export function createLinkService(platform: Platform): Handlers['links'] {
  return {
    open: async ({ url }) => {
      const safe = safeExternalUrl(url);
      if (!safe)
        throw new AppFailure('invalid_payload', 'Timedeck opens only http and https links');
      await platform.openExternal(safe);
      return null;
    },
  };
}
