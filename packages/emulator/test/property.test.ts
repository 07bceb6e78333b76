import { cloudHsmV2, ERROR_NAMES, OPERATION_NAMES } from "@cloudhsm-kit/spec";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHarness } from "./helpers.js";
import { invalidOf, type Known, validOf } from "./spec-arbitraries.js";

/**
 * Property-based tests over requests generated from the spec's schemas (bounded runs). The harness itself checks
 * every reply: a 200 body validates against `<Op>Response`, an error has AWS's error shape and a request id.
 */
const MODELLED: readonly string[] = ERROR_NAMES;
/** Runs scale with CLOUDHSM_PROPERTY_SCALE (default 1) for longer local searches. */
const SCALE = Number(process.env.CLOUDHSM_PROPERTY_SCALE ?? "1");
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

async function seeded() {
  const h = createHarness({ delays: { backupCreate: 0, copy: 0, clusterCreate: 0, hsmCreate: 0, hsmDelete: 0 } });
  const { clusterId, backupId } = await h.activeCluster();
  await h.control.backupNow(clusterId);
  await h.control.advance(1);
  const backups = (await h.ok("DescribeBackups", {})).Backups as { BackupId: string; BackupArn: string }[];
  const known: Known = {
    BackupId: backups.map((b) => b.BackupId),
    ClusterId: [clusterId],
    ResourceId: [clusterId, backupId],
    ResourceArn: backups.map((b) => b.BackupArn),
    SourceBackupId: [backupId],
    HsmType: ["hsm2m.medium"],
    DestinationRegion: ["us-west-2", "eu-west-1", "us-gov-west-1"],
    AvailabilityZone: ["us-east-1a"],
    Policy: [JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { AWS: "444455556666" }, Action: "*" }] })],
    Filters: [{}, { states: ["READY"] }, { clusterIds: [clusterId] }, { neverExpires: ["true"] }],
    NextToken: [""],
    BackupRetentionPolicy: [{ Type: "DAYS", Value: "30" }],
    SignedCert: ["cert"],
  };
  return { h, known };
}

/** Invariants of the whole state, checked through the API and the export. */
async function checkInvariants(h: Awaited<ReturnType<typeof seeded>>["h"]) {
  const state = h.emu.exportState();
  const ids = new Set<string>();
  for (const ns of state.namespaces) {
    let previous: { t: number; i: string } | undefined;
    for (const b of ns.backups) {
      expect(ids.has(b.BackupId), `duplicate ${b.BackupId}`).toBe(false);
      ids.add(b.BackupId);
      const key = { t: b.CreateTimestamp, i: b.BackupId };
      if (previous) {
        expect(previous.t < key.t || (previous.t === key.t && previous.i < key.i)).toBe(true);
      }
      previous = key;
      expect(b.BackupState === "PENDING_DELETION", `${b.BackupId} DeleteTimestamp`).toBe(
        b.DeleteTimestamp !== undefined,
      );
      expect(b.TagList.length).toBeLessThanOrEqual(50);
      expect(b.SourceBackup === undefined || b.ClusterId === undefined).toBe(true); // copies have no cluster
    }
    // A full paged listing sees exactly the stored backups.
    if (ns.account === "123456789012") {
      const listed: string[] = [];
      let NextToken: string | undefined;
      do {
        const page = await h.ok(
          "DescribeBackups",
          { MaxResults: 7, ...(NextToken ? { NextToken } : {}) },
          { region: ns.region },
        );
        listed.push(...page.Backups.map((b: { BackupId: string }) => b.BackupId));
        NextToken = page.NextToken;
      } while (NextToken);
      expect(listed.sort()).toEqual(ns.backups.map((b) => b.BackupId).sort());
    }
  }
}

describe("properties over spec-generated requests", () => {
  it("valid requests never get a 5xx; errors are modelled; successes validate; invariants hold", {
    timeout: 120_000 * SCALE,
  }, async () => {
    const { h, known } = await seeded();
    const outcomes = new Map<string, number>();
    const request = fc.oneof(
      ...OPERATION_NAMES.map((op) =>
        (validOf({ $ref: `#/components/schemas/${op}Request` }, known) as fc.Arbitrary<unknown>).map((input) => ({
          op,
          input,
        })),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: 1, maxLength: 8 }), async (calls) => {
        for (const { op, input } of calls) {
          const r = await h.call(op, input);
          const outcome = r.status === 200 ? `${op} ok` : String(r.body.__type);
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          expect(r.status, `${op} ${JSON.stringify(input)} → ${JSON.stringify(r.body)}`).toBeLessThan(500);
          if (r.status !== 200) {
            expect(MODELLED, `${op} ${JSON.stringify(r.body)}`).toContain(r.body.__type);
          }
        }
        await h.control.advance(3600);
        await checkInvariants(h);
      }),
      { numRuns: runs(60) },
    );
    // The generated requests exercise success paths of most operations, not only refusals.
    const succeeded = OPERATION_NAMES.filter((op) => outcomes.has(`${op} ok`));
    expect(succeeded.length, JSON.stringify(Object.fromEntries(outcomes))).toBeGreaterThanOrEqual(12);
  });

  it("requests breaking one constraint get 400 CloudHsmInvalidRequestException or SerializationException", {
    timeout: 60_000 * SCALE,
  }, async () => {
    const { h, known } = await seeded();
    const arbitraries = OPERATION_NAMES.flatMap((op) => {
      const arb = invalidOf(op, known);
      return arb ? [arb.map((input) => ({ op, input }))] : [];
    });
    expect(arbitraries.length).toBeGreaterThanOrEqual(15);
    await fc.assert(
      fc.asyncProperty(fc.oneof(...arbitraries), async ({ op, input }) => {
        const r = await h.call(op, input);
        expect(r.status, `${op} ${JSON.stringify(input)} → ${JSON.stringify(r.body)}`).toBe(400);
        expect(["CloudHsmInvalidRequestException", "SerializationException"]).toContain(r.body.__type);
      }),
      { numRuns: runs(300) },
    );
  });

  it("arbitrary bytes and headers never crash the protocol layer", { timeout: 60_000 * SCALE }, async () => {
    const { h } = await seeded();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 200 }),
        fc.constantFrom(...OPERATION_NAMES, "Nope", ""),
        fc.constantFrom("POST", "PUT", "GET"),
        async (body, op, method) => {
          const response = await h.emu.fetch(
            new Request("http://emulator.test/", {
              method,
              headers: {
                "Content-Type": "application/x-amz-json-1.1",
                "X-Amz-Target": `${cloudHsmV2.targetPrefix}.${op}`,
                Authorization:
                  `AWS4-HMAC-SHA256 Credential=AKID/20261122/us-east-1/${cloudHsmV2.signingName}/aws4_request, SignedHeaders=host, Signature=` +
                  "0".repeat(64),
              },
              ...(method === "GET" ? {} : { body }),
            }),
          );
          expect(response.status).toBeLessThan(500);
          const json = (await response.json()) as { __type?: string };
          if (response.status !== 200) {
            expect(typeof json.__type).toBe("string");
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
