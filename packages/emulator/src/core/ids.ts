import { randomBytes } from "node:crypto";

/**
 * Resource IDs as AWS issues them: prefix + 11 characters of lowercase base32 (`a-z`, `2-7`). Every ID seen in real
 * responses has this form (observed-aws-behaviour.md §9); the model allows 11–16 of `[2-7a-zA-Z]`.
 */
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
export const ID_LENGTH = 11;

/** The prefix of an ID, e.g. `backup`, `cluster`, `hsm` (CloudHSM v2). */
export type IdPrefix = string;

export type RandomSource = (bytes: number) => Uint8Array;

export function createIdGenerator(random: RandomSource = randomBytes) {
  return {
    /** `backup-6qjbcmkhcxm`, `cluster-rhuxbiveqa2`, `hsm-mp3i7obxqdb`. */
    id(prefix: IdPrefix): string {
      const bytes = random(ID_LENGTH);
      let out = `${prefix}-`;
      for (const b of bytes) {
        out += ALPHABET[b & 31];
      }
      return out;
    },
    /** Lowercase hex of `length` digits, for ENI, VPC and security-group IDs (`eni-0f7dd690d0f5393da`). */
    hex(length: number): string {
      return Buffer.from(random(Math.ceil(length / 2)))
        .toString("hex")
        .slice(0, length);
    },
  };
}
export type IdGenerator = ReturnType<typeof createIdGenerator>;
