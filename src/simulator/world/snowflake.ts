/** X's ids are snowflakes: milliseconds since X's epoch, then 10 bits of worker and 12 of sequence. */
const X_EPOCH = 1288834974657n;

export function snowflake(ms: number, worker: number, sequence: number): bigint {
  return (
    ((BigInt(Math.floor(ms)) - X_EPOCH) << 22n) |
    (BigInt(worker & 1023) << 12n) |
    BigInt(sequence & 4095)
  );
}

export function snowflakeTime(id: bigint): number {
  return Number((id >> 22n) + X_EPOCH);
}

export function compareIds(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
