import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../../../src/renderer/src/store';
import { DRAFT_SAVE_DELAY_MS } from '../../../../src/renderer/src/store/composer-slice';
import { DraftSchema } from '../../../../src/shared/columns/content';
import { MAX_DRAFT_CHARS, capDraftText, draftAtCap } from '../../../../src/shared/posts/draft-cap';
import { installFakeBridge } from './fake-bridge';

const initial = useStore.getState();
let bridge: ReturnType<typeof installFakeBridge>;
const s = () => useStore.getState();
beforeEach(() => {
  vi.useFakeTimers();
  bridge = installFakeBridge();
});
afterEach(() => {
  vi.useRealTimers();
  useStore.setState(initial, true);
});

describe('the draft’s cap', () => {
  it('keeps a huge paste to the cap, so the autosave is one main accepts', () => {
    s().setDraftText('ink '.repeat(1_000_000));
    expect(s().draft.text).toHaveLength(MAX_DRAFT_CHARS);
    expect(draftAtCap(s().draft.text)).toBe(true);
    vi.advanceTimersByTime(DRAFT_SAVE_DELAY_MS);
    const saved = bridge.callsTo('drafts.set').at(-1);
    expect(DraftSchema.safeParse(saved).success).toBe(true);
  });

  it('leaves shorter text alone, and says nothing about it', () => {
    s().setDraftText('A short reply');
    expect(s().draft.text).toBe('A short reply');
    expect(draftAtCap(s().draft.text)).toBe(false);
  });

  it('never cuts an emoji in half', () => {
    const text = 'a'.repeat(MAX_DRAFT_CHARS - 1) + '🖋️ more';
    const capped = capDraftText(text);
    expect(capped).toBe('a'.repeat(MAX_DRAFT_CHARS - 1));
    expect(draftAtCap(capped)).toBe(true);
    expect(capDraftText('x'.repeat(MAX_DRAFT_CHARS))).toHaveLength(MAX_DRAFT_CHARS);
  });
});
