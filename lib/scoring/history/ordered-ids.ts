import { randomBytes, randomInt } from "node:crypto";

// The counter has 42 bits, the most RFC 9562 (section 6.2, method 1) allows. It starts below 2^41, so it cannot wrap.
const COUNTER_START_LIMIT = 2 ** 41;

function byteOf(value: number, shift: number): number {
  return Math.floor(value / 2 ** shift) % 256;
}

function formatUuid(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString("hex");

  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Creates `count` UUIDv7 ids that sort in the order they are created: the
 * Unix time in ms of `now`, then a counter that starts at a random value,
 * then 32 random bits. PostgreSQL compares uuids byte by byte, so
 * `order by id` returns rows in this order.
 */
export function createOrderedIds(input: { count: number; now: Date }): string[] {
  const { count, now } = input;
  if (count >= COUNTER_START_LIMIT) throw new RangeError(`Cannot create ${count} ordered ids: the maximum is ${COUNTER_START_LIMIT - 1}.`);

  const milliseconds = now.getTime();
  // randomInt takes at most 48-bit ranges, so the 41-bit start comes from two draws.
  const start = randomInt(2 ** 20) * 2 ** 21 + randomInt(2 ** 21);
  const tails = randomBytes(4 * count);

  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const counter = start + index;
    const bytes = new Uint8Array(16);
    for (let position = 0; position < 6; position += 1) bytes[position] = byteOf(milliseconds, 40 - 8 * position);
    // Version 7 in the high nibble of byte 6, then counter bits 41–30 in rand_a.
    bytes[6] = 0x70 | byteOf(counter, 38);
    bytes[7] = byteOf(counter, 30);
    // Variant 10 in the top two bits of byte 8, then counter bits 29–0.
    bytes[8] = 0x80 | (byteOf(counter, 24) & 0x3f);
    bytes[9] = byteOf(counter, 16);
    bytes[10] = byteOf(counter, 8);
    bytes[11] = byteOf(counter, 0);
    bytes.set(tails.subarray(4 * index, 4 * index + 4), 12);
    ids.push(formatUuid(bytes));
  }

  return ids;
}
