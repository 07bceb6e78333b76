import type { components } from "@cloudhsm-kit/spec";
import { describe, expectTypeOf, it } from "vitest";
import type { Backup, Cluster, DestinationBackup, Hsm, Tag } from "../src/services/cloudhsmv2/store/records.js";

type S = components["schemas"];

/** The domain records are stored in wire shape: each must be a valid value of the spec's generated type. */
describe("domain records match the spec's shapes", () => {
  it("Backup, Cluster, Hsm, Tag and DestinationBackup are assignable to the spec types", () => {
    expectTypeOf<Backup>().toExtend<S["Backup"]>();
    expectTypeOf<Cluster>().toExtend<S["Cluster"]>();
    expectTypeOf<Hsm>().toExtend<S["Hsm"]>();
    expectTypeOf<Tag>().toExtend<S["Tag"]>();
    expectTypeOf<DestinationBackup>().toExtend<S["DestinationBackup"]>();
  });
  it("members the emulator always sends are present in its records", () => {
    expectTypeOf<Backup["TagList"]>().toEqualTypeOf<Tag[]>();
    expectTypeOf<Backup["NeverExpires"]>().toEqualTypeOf<boolean>();
    expectTypeOf<Cluster["Hsms"]>().toEqualTypeOf<Hsm[]>();
  });
});
