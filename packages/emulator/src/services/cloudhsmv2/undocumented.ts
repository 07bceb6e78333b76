import { AWS_JSON_CHOICES } from "../../core/protocol/aws-json/choices.js";
import { WIRE_LIMITS } from "../../core/protocol/limits.js";
import { VALIDATION_CHOICES } from "../../core/validation/choices.js";
import { BACKUP_CHOICES } from "./domain/backup-choices.js";
import { CLUSTER_CHOICES } from "./domain/cluster-choices.js";
import { LISTING_CHOICES } from "./domain/listing-choices.js";
import { POLICY_CHOICES } from "./domain/policy-choices.js";
import { TAG_CHOICES } from "./domain/tag-choices.js";
import { TIMING_CHOICES } from "./timings/timing-choices.js";

/**
 * Every choice the emulator makes where AWS's behaviour is undocumented, collected in one object (the public `UNDOC`
 * export, and the list the README's "Undocumented behaviour" table is checked against). Each choice lives beside the
 * code it steers, grouped by concern: the wire and validation choices in src/core/, the CloudHSM ones in this
 * service's domain/ and timings/. Errors chosen where AWS's are unobserved: ./domain/undocumented-errors.ts.
 */
/** The sections UNDOC collects; each entry is read from its section at every use (tests change one at a time). */
export const UNDOC_SECTIONS = [
  WIRE_LIMITS,
  AWS_JSON_CHOICES,
  VALIDATION_CHOICES,
  LISTING_CHOICES,
  TAG_CHOICES,
  BACKUP_CHOICES,
  CLUSTER_CHOICES,
  POLICY_CHOICES,
  TIMING_CHOICES,
] as const;

type Undoc = typeof WIRE_LIMITS &
  typeof AWS_JSON_CHOICES &
  typeof VALIDATION_CHOICES &
  typeof LISTING_CHOICES &
  typeof TAG_CHOICES &
  typeof BACKUP_CHOICES &
  typeof CLUSTER_CHOICES &
  typeof POLICY_CHOICES &
  typeof TIMING_CHOICES;

/** A read-only view of every section's entries. */
export const UNDOC: Undoc = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(
      UNDOC_SECTIONS.flatMap((section) =>
        Object.keys(section).map((key) => [
          key,
          { enumerable: true, get: () => (section as Record<string, unknown>)[key] },
        ]),
      ),
    ),
  ),
) as Undoc;
