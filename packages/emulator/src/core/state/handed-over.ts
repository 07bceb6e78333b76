/**
 * A state document handed over to the import: parsed for it alone (the body of `PUT /_emulator/v1/state`), so that
 * nobody else holds it or will change it. The import then keeps the document's records themselves instead of copies
 * of them, so that loading 100,000 backups holds one set of records at a time, not two. Any other document (one passed
 * to `importState` by a program, which may keep and change it) is copied record by record.
 */
const handedOver = new WeakSet<object>();

/** Marks a document that its holder will not use again once it is imported. */
export function handOver<T>(doc: T): T {
  if (typeof doc === "object" && doc !== null) {
    handedOver.add(doc);
  }
  return doc;
}

/** How a load keeps a document's records: its own copies, or the records themselves (a document handed over). */
export type KeepRecords = "copies" | "records";

export const keepRecordsOf = (doc: unknown): KeepRecords =>
  typeof doc === "object" && doc !== null && handedOver.has(doc) ? "records" : "copies";
