import type { Session } from 'electron';

/**
 * The session's permissions and the page's CSP header. No permission is ever requested or
 * checked true (camera, notifications from the page, clipboard-read, …). The CSP header names
 * the demo simulator's port exactly, beside index.html's static meta tag (see shared/security/csp).
 */
export function hardenSession(session: Session, csp: string) {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (details.resourceType !== 'mainFrame') return callback({});
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] },
    });
  });
}
