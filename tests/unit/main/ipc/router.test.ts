import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../../src/main/errors';
import { createIpcRouter, type Handlers } from '../../../../src/main/ipc/router';
import { silentLogger } from '../../../../src/main/platform/logger';
import { defaultDecks } from '../../../../src/main/store/schema';
import { invokeChannels } from '../../../../src/shared/ipc/contract';

const OWN = 'file:///app/out/renderer/index.html';

/** A handler for every contract channel that records its calls; only some have answers. */
function makeHandlers(overrides: Partial<Record<string, (req: unknown) => unknown>> = {}) {
  const state = defaultDecks();
  const answers: Record<string, unknown> = {
    'decks.get': state,
    'decks.create': state,
    'decks.remove': state,
    'columns.update': state,
  };
  const calls: string[] = [];
  const handlers: Record<string, Record<string, (req: unknown) => unknown>> = {};
  for (const { group, method, name } of invokeChannels) {
    handlers[group] ??= {};
    handlers[group]![method] = (req: unknown) => {
      calls.push(`${name} ${JSON.stringify(req)}`);
      return overrides[name] ? overrides[name]!(req) : answers[name];
    };
  }
  return { handlers: handlers as unknown as Handlers, calls };
}

const router = (handlers: Handlers, onRefused = vi.fn()) =>
  createIpcRouter(handlers, {
    isTrustedSender: (url) => url.href === OWN,
    log: silentLogger,
    onRefused,
  });

describe('the IPC router', () => {
  it('registers exactly the contract channels', () => {
    const { handlers } = makeHandlers();
    expect(router(handlers).channels).toEqual(invokeChannels.map((c) => c.name));
    expect(router(handlers).channels).toContain('timebox.requestOverride');
  });

  it('runs the handler with the parsed payload and answers ok', async () => {
    const { handlers, calls } = makeHandlers();
    const result = await router(handlers).dispatch('decks.create', { name: '  Launch ' }, OWN);
    expect(result.ok).toBe(true);
    expect(calls).toEqual(['decks.create {"name":"Launch"}']);
  });

  it('refuses a malformed payload without running the handler, naming the field', async () => {
    const { handlers, calls } = makeHandlers();
    const onRefused = vi.fn();
    const result = await router(handlers, onRefused).dispatch(
      'columns.update',
      { deckId: 'brand', columnId: 'c', patch: { title: '' } },
      OWN,
    );
    expect(calls).toEqual([]);
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid_payload',
        channel: 'columns.update',
        issues: [{ path: 'patch.title' }],
      },
    });
    expect(!result.ok && result.error.message).toContain("A column title can't be empty");
    expect(onRefused).toHaveBeenCalledOnce();
  });

  it.each([
    ['another page', 'https://evil.example/index.html'],
    ['another file', 'file:///tmp/evil.html'],
    ['no frame', undefined],
    ['an unparsable URL', 'not a url'],
  ])('refuses a request from %s before parsing it', async (_what, sender) => {
    const { handlers, calls } = makeHandlers();
    const result = await router(handlers).dispatch('decks.get', undefined, sender);
    expect(calls).toEqual([]);
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden_sender' } });
  });

  it('refuses a channel that the contract does not name', async () => {
    const { handlers } = makeHandlers();
    const result = await router(handlers).dispatch('shell.exec', { cmd: 'rm -rf /' }, OWN);
    expect(result).toMatchObject({ ok: false, error: { kind: 'unknown_channel' } });
  });

  it("passes a service's refusal on as a typed error", async () => {
    const { handlers } = makeHandlers({
      'decks.remove': () => {
        throw new AppFailure('conflict', 'The last deck cannot be deleted');
      },
    });
    const result = await router(handlers).dispatch('decks.remove', { deckId: 'brand' }, OWN);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'conflict',
        channel: 'decks.remove',
        message: 'The last deck cannot be deleted',
      },
    });
  });

  it('hides the stack of an unexpected failure behind an internal error', async () => {
    const { handlers } = makeHandlers({
      'decks.get': () => {
        throw new Error('ENOENT /home/secret/path');
      },
    });
    const result = await router(handlers).dispatch('decks.get', undefined, OWN);
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('never answers with a value the contract does not allow', async () => {
    const { handlers } = makeHandlers({ 'decks.get': () => ({ decks: 'all of them' }) });
    const result = await router(handlers).dispatch('decks.get', undefined, OWN);
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });
});
