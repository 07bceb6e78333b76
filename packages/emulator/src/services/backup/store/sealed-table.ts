import { sealRecord } from "../../../core/protocol/json-body.js";
import { IndexedMap } from "./indexed-map.js";

/**
 * An IndexedMap of records that replies carry as they are stored (listings, descriptions): every record is sealed
 * as it is stored (core/protocol/json-body.ts), so its JSON is written once and kept while the record lives.
 * A sealed record is deep-frozen: a change is a new record set in its place (copy-on-write), which also keeps the
 * indexes right, since they are given the new record.
 */
export abstract class SealedTable<V extends object> extends IndexedMap<Readonly<V>> {
  override set(key: string, value: Readonly<V>): this {
    return super.set(key, sealRecord(value));
  }
}
