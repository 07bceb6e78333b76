/**
 * The writes of replies made in one turn of the event loop, sent back to back: as soon as `replies` of them wait or
 * they hold `bytes` or more, and the rest when the turn ends (setImmediate, before the loop waits for I/O again).
 *
 * Why: under load a client sleeps between replies, and the write that wakes a sleeping reader costs the writer far
 * more than the bytes do: on the benchmark's virtual machine ~15–20 µs of a DescribeBackups request's ~90 (README,
 * Performance). Replies written back to back wake the reader once. A client with one request in flight waits no
 * longer than the rest of the turn its reply was made in. Under load a reply waits for at most `replies - 1` others,
 * and large replies, whose making costs far more than a wake-up, hardly wait at all: the byte bound sends them at once.
 */
export interface ReplyBatchLimits {
  /** Replies that wait for one another at most. */
  replies: number;
  /** Bytes of waiting replies at which they are written. */
  bytes: number;
}

export function createReplyBatch({ replies, bytes }: ReplyBatchLimits): (write: () => void, size: number) => void {
  for (const [name, value] of Object.entries({ replies, bytes })) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`createReplyBatch: ${name} must be a whole number of at least 1, not ${value}`);
    }
  }
  let waiting: (() => void)[] = [];
  let waitingBytes = 0;
  let scheduled = false;
  /** Every waiting write, even after one throws (its error is thrown once the others are written). */
  const flush = () => {
    const writes = waiting;
    waiting = [];
    waitingBytes = 0;
    let failed = false;
    let firstError: unknown;
    for (const write of writes) {
      try {
        write();
      } catch (error) {
        if (!failed) {
          failed = true;
          firstError = error;
        }
      }
    }
    if (failed) {
      throw firstError;
    }
  };
  const atTurnEnd = () => {
    scheduled = false;
    flush();
  };
  return (write, size) => {
    waiting.push(write);
    waitingBytes += size;
    if (waiting.length >= replies || waitingBytes >= bytes) {
      flush();
    } else if (!scheduled) {
      scheduled = true;
      setImmediate(atTurnEnd);
    }
  };
}
