/** A sealed record's JSON as a reply writes it: its text, and the text's length in UTF-8 bytes (see writeText). */
export interface KeptJson {
  readonly text: string;
  readonly byteLength: number;
}

/** The KeptJson of a text: its UTF-8 length counted once. */
export const keptJson = (text: string): KeptJson => ({ text, byteLength: Buffer.byteLength(text, "utf8") });

/**
 * Writes `text`, whose UTF-8 length is `byteLength`, into `target` from `at`; returns the bytes written. A text all in
 * ASCII is copied byte for byte, about twice as fast as encoding it: its UTF-8 length equals its length exactly then.
 */
export const writeText = (target: Buffer, text: string, at: number, byteLength: number): number =>
  target.write(text, at, byteLength, byteLength === text.length ? "latin1" : "utf8");

/**
 * A JSON array of records' kept JSON, `[a,b,c]`, as one piece: a page's 50 or 100 records are written in one loop, each
 * comma a byte, instead of a piece for every record and another for every comma, each pushed, counted and dispatched
 * on. Writing a DescribeBackups page's body in-process fell from ~5.8 to ~5.0 µs (README, Performance).
 */
export class KeptList {
  readonly items: readonly KeptJson[];
  readonly byteLength: number;

  constructor(items: readonly KeptJson[]) {
    this.items = items;
    let length = 2 + Math.max(items.length - 1, 0); // the brackets and the commas
    for (const item of items) {
      length += item.byteLength;
    }
    this.byteLength = length;
  }

  writeInto(target: Buffer, at: number): number {
    let end = at;
    target[end++] = OPEN_BRACKET;
    for (let i = 0; i < this.items.length; i++) {
      const item = this.items[i] as KeptJson;
      if (i > 0) {
        target[end++] = COMMA;
      }
      end += writeText(target, item.text, end, item.byteLength);
    }
    target[end++] = CLOSE_BRACKET;
    return end;
  }

  toString(): string {
    return `[${this.items.map((item) => item.text).join(",")}]`;
  }
}

const [OPEN_BRACKET, COMMA, CLOSE_BRACKET] = [0x5b, 0x2c, 0x5d];

/** A piece of a reply body: text, a record's kept JSON, or a list of records' kept JSON. */
export type BodyPiece = string | KeptJson | KeptList;

/**
 * A reply body held as its pieces in order: text, and the kept JSON of records (json-body.ts). It is written once,
 * piece by piece, into the buffer the reply goes out in, so the page is never a string of its own: joining a 100 KB
 * ListCopyJobs page into one string, only to copy it into that buffer, cost the server ~34 µs and a young-generation
 * collection every ~35 pages (README, Performance).
 */
export class BodyChunks {
  readonly chunks: readonly BodyPiece[];

  constructor(chunks: readonly BodyPiece[]) {
    this.chunks = chunks;
  }

  /** Its length in UTF-8 bytes. */
  get byteLength(): number {
    let length = 0;
    for (const chunk of this.chunks) {
      length += typeof chunk !== "string" ? chunk.byteLength : isOneAsciiChar(chunk) ? 1 : Buffer.byteLength(chunk);
    }
    return length;
  }

  /** Writes its bytes into `target` from `at`, which must leave room for `byteLength` of them; returns where they end. */
  writeInto(target: Buffer, at = 0): number {
    let end = at;
    for (const chunk of this.chunks) {
      if (chunk instanceof KeptList) {
        end = chunk.writeInto(target, end);
      } else if (typeof chunk !== "string") {
        end += writeText(target, chunk.text, end, chunk.byteLength);
      } else if (isOneAsciiChar(chunk)) {
        target[end++] = chunk.charCodeAt(0); // a bracket, a comma, a colon: no call into the encoder for one byte
      } else {
        end += target.write(chunk, end, "utf8");
      }
    }
    return end;
  }

  /** Its bytes, in a buffer of their own. */
  toBytes(): Buffer {
    const bytes = Buffer.allocUnsafe(this.byteLength);
    this.writeInto(bytes);
    return bytes;
  }

  /** Its text. */
  toString(): string {
    return this.chunks
      .map((chunk) => (typeof chunk === "string" ? chunk : chunk instanceof KeptList ? String(chunk) : chunk.text))
      .join("");
  }
}

const isOneAsciiChar = (text: string): boolean => text.length === 1 && text.charCodeAt(0) < 0x80;
