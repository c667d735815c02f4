/** X's ids: milliseconds since X's epoch in the high bits, then worker and sequence. */
export const X_EPOCH_MS = 1288834974657;

export function snowflakeId(atMs: number, worker = 0, sequence = 0): string {
  const ms = BigInt(Math.floor(atMs) - X_EPOCH_MS);
  return ((ms << 22n) | (BigInt(worker & 0x3ff) << 12n) | BigInt(sequence & 0xfff)).toString();
}

/** When a snowflake id was made (ms since the Unix epoch). */
export const snowflakeTime = (id: string): number => Number(BigInt(id) >> 22n) + X_EPOCH_MS;
