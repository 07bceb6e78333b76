// @ts-check
import { describe, expect, it } from "vitest";
import { backupView, cloudHsmView, countdown, lineageView, MAX_ROWS, timelineView } from "./view.js";

const ns = { account: "123456789012", region: "us-east-1" };

describe("dashboard views", () => {
  it("lists backups in a table with header cells, state words and the deletion countdown", () => {
    const html = cloudHsmView(
      {
        namespaces: [
          {
            ...ns,
            clusters: [],
            backups: [
              {
                BackupId: "backup-aaaaaaaaaaa",
                BackupState: "PENDING_DELETION",
                CreateTimestamp: 0,
                DeleteTimestamp: 7 * 86_400,
                NeverExpires: false,
                TagList: [{ Key: "team", Value: "<pay>" }],
              },
            ],
          },
        ],
      },
      86_400,
    );
    expect(html).toContain('<th scope="col">State</th>');
    expect(html).toContain('<th scope="row"><code>backup-aaaaaaaaaaa</code></th>');
    expect(html).toContain('<span class="state state-pending-deletion">PENDING_DELETION</span>');
    expect(html).toContain(countdown(7 * 86_400, 86_400));
    expect(html).toContain(">6 d</span>");
    expect(html).toContain("team=&lt;pay&gt;");
    expect(html).toContain("<caption>Backups in us-east-1, account 123456789012</caption>");
    expect(html).toContain('<p class="empty">No clusters.</p>');
  });

  it("draws the last MAX_ROWS rows of a long table and says how many there are", () => {
    const backups = Array.from({ length: MAX_ROWS + 5 }, (_, i) => ({
      BackupId: `backup-${String(i).padStart(11, "0")}`,
      BackupState: "READY",
      CreateTimestamp: i,
      NeverExpires: false,
      TagList: [],
    }));
    const html = cloudHsmView({ namespaces: [{ ...ns, clusters: [], backups }] }, 0);
    expect(html.split('<th scope="row">').length - 1).toBe(MAX_ROWS);
    expect(html).toContain(`(the last ${MAX_ROWS} of ${MAX_ROWS + 5}; all are in the JSON document)`);
    expect(html).toContain(`backup-${String(MAX_ROWS + 4).padStart(11, "0")}`);
    expect(html).not.toContain("backup-00000000004<");
  });

  it("says when a service has nothing yet, instead of drawing empty tables", () => {
    expect(cloudHsmView({ namespaces: [] }, 0)).toContain("No clusters or backups yet.");
    expect(backupView({ namespaces: [] }, 0)).toContain("No vaults");
    expect(lineageView([])).toContain("No copies yet");
    expect(timelineView([], 500)).toContain("No state changes yet.");
  });

  it("nests each copy under its source, and the cluster made from it under the copy", () => {
    const html = lineageView([
      {
        service: "cloudhsmv2",
        kind: "backup",
        id: "backup-src",
        ...ns,
        state: "READY",
        children: [
          {
            service: "cloudhsmv2",
            kind: "backup",
            id: "backup-copy",
            account: ns.account,
            region: "us-west-2",
            state: "READY",
            via: { kind: "copy" },
            children: [
              {
                service: "cloudhsmv2",
                kind: "cluster",
                id: "cluster-x",
                account: ns.account,
                region: "us-west-2",
                state: "ACTIVE",
                via: { kind: "from-backup" },
                children: [],
              },
            ],
          },
        ],
      },
    ]);
    expect(html).toMatch(
      /<li data-id="backup-src">.*<ul><li data-id="backup-copy"><span class="via">copied to<\/span> .*<ul><li data-id="cluster-x"><span class="via">cluster created from it/,
    );
  });

  it("lists state changes newest first, with appearances and removals in words", () => {
    const html = timelineView(
      [
        { seq: 0, at: 10, service: "cloudhsmv2", kind: "backup", id: "b", ...ns, to: "CREATE_IN_PROGRESS" },
        {
          seq: 1,
          at: 13,
          service: "cloudhsmv2",
          kind: "backup",
          id: "b",
          ...ns,
          from: "CREATE_IN_PROGRESS",
          to: "READY",
        },
        { seq: 2, at: 20, service: "cloudhsmv2", kind: "backup", id: "b", ...ns, from: "READY" },
      ],
      500,
    );
    const rows = html.split("<tr>").slice(2);
    expect(
      rows.map((r) =>
        r
          .replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ")
          .trim(),
      ),
    ).toEqual([
      "1970-01-01 00:00:20 backup b us-east-1 · 123456789012 READY → removed",
      "1970-01-01 00:00:13 backup b us-east-1 · 123456789012 CREATE_IN_PROGRESS → READY",
      "1970-01-01 00:00:10 backup b us-east-1 · 123456789012 appeared CREATE_IN_PROGRESS",
    ]);
  });
});
