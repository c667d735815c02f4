import { describe, expect, it } from 'vitest';
import { World } from '../../../../src/simulator/world/world';
import type { SimPost } from '../../../../src/simulator/world/types';
import { T0 } from '../helpers';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const slice = (text: string, start: number, end: number) =>
  Array.from(text).slice(start, end).join('');
const ids = (posts: SimPost[]) => posts.map((p) => p.id);

describe('World', () => {
  it('is the same world for the same seed, whatever order it is read in', () => {
    const a = new World('timedeck');
    const b = new World('timedeck');
    a.timeline(T0 + 3 * DAY);
    const later = T0 + DAY;
    expect(ids(a.timeline(later))).toEqual(ids(b.timeline(later)));
    expect(a.timeline(later).map((p) => p.text)).toEqual(b.timeline(later).map((p) => p.text));
  });

  it('is a different world for another seed', () => {
    expect(ids(new World('other').timeline(T0)).slice(0, 20)).not.toEqual(
      ids(new World('timedeck').timeline(T0)).slice(0, 20),
    );
  });

  it('shows posts only once the clock reaches them, newest first', () => {
    const world = new World('timedeck');
    const before = world.timeline(T0);
    const after = world.timeline(T0 + 6 * HOUR);
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.every((p) => p.createdAt <= T0 + 6 * HOUR)).toBe(true);
    expect(before.every((p) => p.createdAt <= T0)).toBe(true);
    const order = after.map((p) => p.idNum);
    expect([...order].sort((x, y) => (x < y ? 1 : x > y ? -1 : 0))).toEqual(order);
  });

  it('has a week of history for recent search from the first look', () => {
    const posts = new World('timedeck').timeline(T0);
    expect(Math.min(...posts.map((p) => p.createdAt))).toBeLessThan(T0 - 7 * DAY);
  });

  describe('one day of the world', () => {
    const world = new World('timedeck');
    const day = world.timeline(T0).filter((p) => p.createdAt > T0 - DAY);
    const author = (p: SimPost) => world.user(p.authorId)!;
    const brand = world.cast.brand;

    it('is a believable volume for a small shop', () => {
      expect(day.length).toBeGreaterThan(40);
      expect(day.length).toBeLessThan(250);
    });

    it('has customers @mentioning the brand and the brand answering them', () => {
      const mentions = day.filter(
        (p) => p.authorId !== brand.id && p.entities.mentions.some((m) => m.id === brand.id),
      );
      expect(mentions.length).toBeGreaterThan(5);
      const answers = day.filter(
        (p) => p.authorId === brand.id && p.references.some((r) => r.type === 'replied_to'),
      );
      expect(answers.length).toBeGreaterThan(0);
    });

    it('has several customers misspelling the brand in different ways', () => {
      const week = world.timeline(T0);
      const spellings = new Set<string>();
      for (const p of week) {
        for (const word of p.text.match(/\bQ\w*ll?\w*r\w*\b/gi) ?? []) {
          if (/^qu?ill?or+(y|ie)$|^quill?(e|a)ry$/i.test(word) && word.toLowerCase() !== 'quillory')
            spellings.add(word.toLowerCase());
        }
      }
      expect(spellings.size).toBeGreaterThanOrEqual(4);
    });

    it('has replies, reposts, quotes, media, links, hashtags, cashtags and other languages', () => {
      const week = world.timeline(T0);
      const has = (type: string) => week.some((p) => p.references.some((r) => r.type === type));
      expect(has('replied_to') && has('retweeted') && has('quoted')).toBe(true);
      expect(week.some((p) => p.mediaKeys.length > 0)).toBe(true);
      expect(week.some((p) => p.entities.urls.some((u) => !u.media_key))).toBe(true);
      expect(week.some((p) => p.entities.hashtags.length > 0)).toBe(true);
      expect(week.some((p) => p.entities.cashtags.length > 0)).toBe(true);
      expect(
        [...new Set(week.map((p) => p.lang))].filter((l) => l !== 'en').length,
      ).toBeGreaterThanOrEqual(3);
      expect(week.some((p) => author(p).role === 'lead')).toBe(true);
      expect(week.some((p) => author(p).role === 'peer')).toBe(true);
    });

    it('gives every entity indices that point at its text', () => {
      for (const p of world.timeline(T0)) {
        for (const m of p.entities.mentions)
          expect(slice(p.text, m.start, m.end).toLowerCase()).toBe(`@${m.username.toLowerCase()}`);
        for (const h of p.entities.hashtags)
          expect(slice(p.text, h.start, h.end)).toBe(`#${h.tag}`);
        for (const c of p.entities.cashtags)
          expect(slice(p.text, c.start, c.end)).toBe(`$${c.tag}`);
        for (const u of p.entities.urls) {
          expect(slice(p.text, u.start, u.end)).toBe(u.url);
          expect(u.url).toMatch(/^https:\/\/t\.co\/\w{10}$/);
        }
        for (const key of p.mediaKeys) expect(world.media(key)).toBeDefined();
      }
    });

    it('keeps replies in their conversation and after their parent', () => {
      for (const p of world.timeline(T0)) {
        const parentId = p.references.find((r) => r.type === 'replied_to')?.id;
        if (!parentId) continue;
        const parent = world.rawPost(parentId)!;
        expect(p.conversationId).toBe(parent.conversationId);
        expect(p.inReplyToUserId).toBe(parent.authorId);
        expect(p.createdAt).toBeGreaterThan(parent.createdAt);
      }
    });
  });

  it('counts replies, reposts and quotes in public metrics, and likes grow with age', () => {
    const world = new World('timedeck');
    const posts = world.timeline(T0);
    const reposted = posts.find((p) =>
      posts.some((q) => q.references.some((r) => r.type === 'retweeted' && r.id === p.id)),
    )!;
    const reposts = posts.filter((q) =>
      q.references.some((r) => r.type === 'retweeted' && r.id === reposted.id),
    ).length;
    expect(world.metrics(reposted, T0).retweet_count).toBe(reposts);
    const young = posts.find((p) => p.likeTarget > 10 && T0 - p.createdAt < HOUR);
    if (young)
      expect(world.metrics(young, T0 + DAY).like_count).toBeGreaterThan(
        world.metrics(young, T0).like_count,
      );
  });

  it('makes API posts with a reply prefix, the parent conversation and a detected language', () => {
    const world = new World('timedeck');
    const question = world
      .timeline(T0)
      .find((p) => p.authorId !== world.cast.brand.id && p.references.length === 0)!;
    const asker = world.user(question.authorId)!;
    const reply = world.createPost({
      authorId: world.cast.brand.id,
      text: 'Merci, nous livrons en France',
      at: T0,
      origin: 'api',
      inReplyTo: question,
    });
    expect(reply.text).toBe(`@${asker.username} Merci, nous livrons en France`);
    expect(reply.conversationId).toBe(question.conversationId);
    expect(reply.lang).toBe('fr');
    expect(world.post(reply.id, T0)).toBe(reply);
    expect(world.metrics(question, T0).reply_count).toBeGreaterThanOrEqual(1);
  });
});
