import { LISTING_CHOICES } from "./listing-choices.js";
import { UNDOC_ERRORS, UNDOC_MESSAGES } from "./undocumented-errors.js";

/**
 * The `states` filter of DescribeBackups and DescribeClusters. The model types filter values as plain strings
 * (cloudhsmv2-api.md §3.3 "Filters"); the emulator refuses a state outside the listing's enum rather than matching
 * nothing (LISTING_CHOICES.checkStatesFilterValues), the same way for both operations.
 */
export function checkStates(values: readonly string[], allowed: readonly string[]): void {
  if (!LISTING_CHOICES.checkStatesFilterValues) {
    return;
  }
  for (const v of values) {
    if (!allowed.includes(v)) {
      throw UNDOC_ERRORS.validation(UNDOC_MESSAGES.badFilterValue("states", v, `is not one of ${allowed.join(", ")}`));
    }
  }
}
