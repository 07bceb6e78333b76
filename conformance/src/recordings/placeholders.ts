/**
 * The placeholders a normalised recording holds instead of values that differ from run to run: `<backup-id:1>`,
 * `<account:1>`, `<timestamp:2:epoch-ms>`. The number is a reference: the same value gets the same number within
 * one normalised document, so relationships survive (a BackupArn still names the BackupId beside it). For a
 * timestamp the number is its rank (1 = the earliest in the document) and the suffix says how it was written.
 */
export const REFERENCE_KINDS = [
  "backup-id",
  "cluster-id",
  "hsm-id",
  "account",
  "region",
  "eni-id",
  "subnet-id",
  "sg-id",
  "vpc-id",
  "ip",
  "certificate",
  "token",
  "request-id",
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/**
 * How a timestamp was written: a JSON number of whole seconds (`epoch-s`), with one to three fraction digits
 * (`epoch-ms`), with more than three (`epoch-fine`), or a string (`string`, e.g. an ISO 8601 date).
 */
export const TIMESTAMP_FORMATS = ["epoch-s", "epoch-ms", "epoch-fine", "string"] as const;
export type TimestampFormat = (typeof TIMESTAMP_FORMATS)[number];

export type Placeholder =
  | { kind: ReferenceKind; n: number }
  | { kind: "timestamp"; n: number; format: TimestampFormat };

const PLACEHOLDER = /<([a-z]+(?:-[a-z]+)*):([1-9][0-9]*)(?::([a-z]+(?:-[a-z]+)*))?>/g;
const WHOLE = new RegExp(`^${PLACEHOLDER.source}$`);

export const referenceText = (kind: ReferenceKind, n: number): string => `<${kind}:${n}>`;
export const timestampText = (n: number, format: TimestampFormat): string => `<timestamp:${n}:${format}>`;

function toPlaceholder(kind: string, n: string, format: string | undefined): Placeholder | undefined {
  if (kind === "timestamp") {
    return (TIMESTAMP_FORMATS as readonly string[]).includes(format ?? "")
      ? { kind, n: Number(n), format: format as TimestampFormat }
      : undefined;
  }
  return (REFERENCE_KINDS as readonly string[]).includes(kind) && format === undefined
    ? { kind: kind as ReferenceKind, n: Number(n) }
    : undefined;
}

/** The placeholder a whole string is, or undefined when the string is anything else. */
export function parsePlaceholder(text: string): Placeholder | undefined {
  const m = WHOLE.exec(text);
  return m ? toPlaceholder(m[1] ?? "", m[2] ?? "", m[3]) : undefined;
}

/** Every well-formed placeholder inside a string, in order. */
export function placeholdersIn(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].flatMap((m) => toPlaceholder(m[1] ?? "", m[2] ?? "", m[3]) ?? []);
}

/** Things in angle brackets that look like placeholders but are not well formed (for the loader). */
export function malformedPlaceholdersIn(text: string): string[] {
  return [...text.matchAll(/<([a-z]+(?:-[a-z]+)*):[^<>]*>/g)]
    .map((m) => m[0])
    .filter((candidate) => parsePlaceholder(candidate) === undefined);
}

/** A string's template: its placeholders reduced to their kind, so that two strings of the same form compare equal. */
export const templateOf = (text: string): string =>
  text.replace(PLACEHOLDER, (_all, kind: string, _n: string, format?: string) =>
    format ? `<${kind}:${format}>` : `<${kind}>`,
  );

/** The key under which a reference is tracked (kind and number). */
export const placeholderKey = (p: Placeholder): string => `${p.kind}:${p.n}`;
