import { BodyChunks, writeText } from "../core/protocol/body-chunks.js";

/**
 * The bytes of replies' bodies, in buffers used again once node:http has handed a reply to the operating system.
 *
 * Why: a new buffer of a ListCopyJobs page (~100 KB) cost ~100 µs more than the text it holds, on the machine the
 * benchmark ran on: the allocator hands such a buffer fresh pages, each of them faults on its first write, and it
 * returns them when the buffer is freed. Written into a buffer that was used before, the same text takes ~5 µs.
 * Replies under 4 KiB come from Node's own pool and are left to it; those over 1 MiB (a state export) get their own.
 *
 * A buffer goes back only through `release`, which the server calls once the response's 'finish' says its bytes were
 * written; a reply whose connection is lost first is never released, and its buffer is simply collected. At most
 * POOLED_BYTES wait to be used again.
 */
const FROM_BYTES = 4 * 1024;
const UP_TO_BYTES = 1024 * 1024;
const POOLED_BYTES = 8 * 1024 * 1024;

export interface ReplyBytes {
  readonly bytes: Buffer;
  /** Gives the buffer back; call once its bytes are written (more calls do nothing). */
  release(): void;
}

/** Bytes that are not the pool's (a view of them, not a copy): nothing to give back. */
export const unpooled = (bytes: Uint8Array): ReplyBytes => ({
  bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  release: () => undefined,
});

export function createReplyBuffers() {
  /** Free buffers by capacity, a power of two. */
  const free = new Map<number, Buffer[]>();
  let pooledBytes = 0;

  const take = (capacity: number): Buffer => {
    const buffer = free.get(capacity)?.pop();
    if (buffer === undefined) {
      return Buffer.allocUnsafeSlow(capacity);
    }
    pooledBytes -= capacity;
    return buffer;
  };

  const giveBack = (buffer: Buffer): void => {
    if (pooledBytes + buffer.length > POOLED_BYTES) {
      return;
    }
    const list = free.get(buffer.length) ?? [];
    list.push(buffer);
    free.set(buffer.length, list);
    pooledBytes += buffer.length;
  };

  return {
    /**
     * The UTF-8 bytes of a body: text, or the pieces of one (BodyChunks), each written where it belongs (ASCII text
     * copied byte for byte: writeText).
     */
    encode(body: string | BodyChunks): ReplyBytes {
      const length = body instanceof BodyChunks ? body.byteLength : Buffer.byteLength(body);
      const buffer = length < FROM_BYTES || length > UP_TO_BYTES ? undefined : take(2 ** Math.ceil(Math.log2(length)));
      if (buffer === undefined) {
        const own = Buffer.allocUnsafe(length);
        writeBody(own, body, length);
        return unpooled(own);
      }
      writeBody(buffer, body, length);
      let released = false;
      return {
        bytes: buffer.subarray(0, length),
        release() {
          if (!released) {
            released = true;
            giveBack(buffer);
          }
        },
      };
    },
    /** Bytes waiting to be used again (tests). */
    pooledBytes: () => pooledBytes,
  };
}

function writeBody(buffer: Buffer, body: string | BodyChunks, length: number): void {
  if (body instanceof BodyChunks) {
    body.writeInto(buffer);
  } else {
    writeText(buffer, body, 0, length);
  }
}
