/**
 * Bounds on the JSON the emulator reads and echoes back. A body nested thousands of levels deep parses fine but
 * overflows the stack of anything that walks it recursively (schema validation, `JSON.stringify`, `structuredClone`),
 * so nesting is measured on the text, before parsing, without recursion. Values quoted in error messages are cut to
 * a bounded excerpt, so a 1 MiB member does not come back as a 1 MiB message.
 */

/** The deepest nesting of objects and arrays in a JSON text (strings skipped; the text need not be valid). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) {
        i++;
      } else if (c === 0x22 /* " */) {
        inString = false;
      }
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
      }
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return deepest;
}

/** `text` cut to at most `maxChars` characters, with a note of how many were left out. */
export function cut(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars)}… (${text.length - maxChars} more characters)`;
}

/** `value` as JSON, cut to at most `maxChars` characters; never throws (a value too deep to write is elided). */
export function excerpt(value: unknown, maxChars: number): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? "[…]" : typeof value === "object" && value !== null ? "{…}" : String(value);
  }
  return cut(text, maxChars);
}
