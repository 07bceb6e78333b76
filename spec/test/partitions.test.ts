import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cloudHsmV2 } from "../src/descriptor/cloudhsmv2.js";
import { PARTITION_REGIONS } from "../src/generated/partitions.js";
import { partitionOf } from "../src/partitions/partition-of.js";
import { servedPartitionOf, servedRegions } from "../src/partitions/served-regions.js";

interface PartitionsFile {
  partitions: { id: string; regionRegex: string; outputs: Record<string, unknown>; regions: Record<string, unknown> }[];
}
const file = JSON.parse(
  readFileSync(new URL("../shared/aws-model/partitions.json", import.meta.url), "utf8"),
) as PartitionsFile;

describe("the partition table against AWS's partitions.json", () => {
  it.each(file.partitions.flatMap((p) => Object.keys(p.regions).map((region) => [region, p.id] as const)))(
    "puts %s in %s",
    (region, id) => {
      expect(partitionOf(region).id).toBe(id);
    },
  );

  it.each(file.partitions.map((p) => [p.id, p] as const))("copies the regex and outputs of %s", (id, p) => {
    const ours = partitionOf(Object.keys(p.regions)[0] as string);
    expect(ours.id).toBe(id);
    expect(ours.regionRegex.source).toBe(new RegExp(p.regionRegex).source);
    const { dnsSuffix, dualStackDnsSuffix, supportsFIPS, supportsDualStack } = p.outputs;
    expect(ours).toMatchObject({ dnsSuffix, dualStackDnsSuffix, supportsFIPS, supportsDualStack });
  });

  it("lists each partition's regions, leaving out the pseudo-regions its regex misses", () => {
    for (const p of file.partitions) {
      const regex = new RegExp(p.regionRegex);
      expect(PARTITION_REGIONS[p.id as keyof typeof PARTITION_REGIONS]).toEqual(
        Object.keys(p.regions).filter((r) => regex.test(r)),
      );
    }
    expect(partitionOf("aws-global").regionsOutsideRegex).toEqual(["aws-global"]);
  });
});

describe("partitionOf", () => {
  it("falls back to aws for a region no regex knows, as the rules engine does", () => {
    expect(partitionOf("xx-nowhere-1").id).toBe("aws");
    expect(partitionOf("ap-southeast-9").id).toBe("aws");
    expect(partitionOf("eusc-de-east-1").dnsSuffix).toBe("amazonaws.eu");
  });
});

describe("the regions CloudHSM v2 is served in", () => {
  it("are every listed region of aws, aws-cn and aws-us-gov", () => {
    const expected = ["aws", "aws-cn", "aws-us-gov"].flatMap((id) => PARTITION_REGIONS[id as "aws"]);
    expect(servedRegions(cloudHsmV2).sort()).toEqual([...expected].sort());
    expect(servedRegions(cloudHsmV2)).toContain("cn-northwest-1");
  });

  it("map to their partition; other names to none", () => {
    expect(servedPartitionOf(cloudHsmV2, "eu-west-3")).toBe("aws");
    expect(servedPartitionOf(cloudHsmV2, "us-gov-west-1")).toBe("aws-us-gov");
    expect(servedPartitionOf(cloudHsmV2, "cn-north-1")).toBe("aws-cn");
    for (const name of ["us-iso-east-1", "aws-global", "zz-east-1", "eusc-de-east-1"]) {
      expect(servedPartitionOf(cloudHsmV2, name), name).toBeUndefined();
    }
  });
});
