/**
 * Posts by id, persistent: `with` returns a new table and leaves this one as it was, at a cost
 * in proportion to the change rather than to the table. The posts are spread over many small
 * shards by a hash of their id, and a change copies only the shards it touches: a page of a
 * hundred posts into a deck of 20,000 copies a few thousand entries, not 20,000 (a flat object
 * copied per page was two thirds of the renderer's merge time).
 *
 * Anything with `get` reads it (a Map too), so pure helpers need not know its shape.
 */
export interface PostLookup<P> {
  get(id: string): P | undefined;
}

const SHARDS = 1024;

/** A hash of the id's last digits: a snowflake's low digits are its sequence and machine. */
function shardOf(id: string): number {
  let h = 0;
  for (let i = Math.max(0, id.length - 8); i < id.length; i++) {
    h = (Math.imul(h, 31) + id.charCodeAt(i)) | 0;
  }
  return (h >>> 0) % SHARDS;
}

type Shard<P> = ReadonlyMap<string, P>;

export class PostTable<P extends { id: string }> implements PostLookup<P> {
  private constructor(
    private readonly shards: ReadonlyArray<Shard<P> | undefined>,
    /** How many posts the table holds. */
    readonly size: number,
  ) {}

  static empty<P extends { id: string }>(): PostTable<P> {
    return new PostTable<P>([], 0);
  }

  static of<P extends { id: string }>(posts: Iterable<P>): PostTable<P> {
    return PostTable.empty<P>().with(posts, []);
  }

  get(id: string): P | undefined {
    return this.shards[shardOf(id)]?.get(id);
  }

  has(id: string): boolean {
    return this.shards[shardOf(id)]?.has(id) ?? false;
  }

  *values(): IterableIterator<P> {
    for (const shard of this.shards) if (shard) yield* shard.values();
  }

  *keys(): IterableIterator<string> {
    for (const shard of this.shards) if (shard) yield* shard.keys();
  }

  /** A table with `writes` stored (by their id) and `deletes` gone; this one is untouched. */
  with(writes: Iterable<P>, deletes: Iterable<string>): PostTable<P> {
    let shards: Array<Shard<P> | undefined> | null = null;
    const fresh = new Set<number>();
    let size = this.size;
    const shardFor = (id: string): Map<string, P> => {
      const s = shardOf(id);
      shards ??= this.shards.slice();
      if (!fresh.has(s)) {
        fresh.add(s);
        shards[s] = new Map(shards[s]);
      }
      return shards[s] as Map<string, P>;
    };
    for (const post of writes) {
      const shard = shardFor(post.id);
      if (!shard.has(post.id)) size++;
      shard.set(post.id, post);
    }
    for (const id of deletes) {
      const s = shardOf(id);
      const current = shards && fresh.has(s) ? shards[s] : this.shards[s];
      if (!current?.has(id)) continue;
      shardFor(id).delete(id);
      size--;
    }
    return shards ? new PostTable(shards, size) : this;
  }
}
