import type { StateCreator } from 'zustand';
import { bridge } from '../bridge';
import type { Store } from './index';

export interface PostActionsSlice {
  /** Opens an http(s) link in the system browser (main refuses anything else). */
  openLink(url: string): Promise<boolean>;
  repostAs(accountId: string, postId: string): Promise<boolean>;
  copyText(text: string, confirmation: string): Promise<boolean>;
}

export const createPostActionsSlice: StateCreator<Store, [], [], PostActionsSlice> = (
  _set,
  get,
) => ({
  async openLink(url) {
    const result = await bridge().links.open({ url });
    return result.ok;
  },
  async repostAs(accountId, postId) {
    const result = await bridge().posts.repost({ accountId, postId });
    if (result.ok) {
      get().noteOwnRepost(postId, accountId);
      const handle = get().accounts?.accounts.find((a) => a.id === accountId)?.username;
      get().showFlash(handle ? `Reposted as @${handle}` : 'Reposted');
    }
    return result.ok;
  },
  async copyText(text, confirmation) {
    try {
      await navigator.clipboard.writeText(text);
      get().showFlash(confirmation);
      return true;
    } catch {
      get().showFlash('The clipboard is not available here: copy the link from Open on X.');
      return false;
    }
  },
});
