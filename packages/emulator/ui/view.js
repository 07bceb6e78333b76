// @ts-check
/**
 * The dashboard's views: pure functions from the dashboard document (GET /_emulator/v1/dashboard, described in
 * spec/control/control-api.yaml) to HTML, escaped here and nowhere else. Semantic markup: headings, tables with
 * header cells and scopes, nested lists for lineage, and every state as a word.
 *
 * @typedef {{ Key: string, Value: string }} Tag
 * @typedef {{ service: string, kind: string, id: string, account: string, region: string, state: string,
 *   missing?: boolean, via?: { kind: string, id?: string, state?: string }, children: LineageNode[] }} LineageNode
 * @typedef {{ seq: number, at: number, service: string, kind: string, id: string, account: string, region: string,
 *   from?: string, to?: string }} TimelineEntry
 */
import { escapeHtml as e, formatDuration, formatTime, stateClass } from "./format.js";

const state = (/** @type {string} */ s) => `<span class="${stateClass(s)}">${e(s)}</span>`;
/** An identifier, kept on one line; an ARN may break after its colons and slashes, so that tables of ARNs fit. */
const code = (/** @type {string | undefined} */ s) =>
  !s ? "" : s.includes(":") ? `<code class="arn">${e(s).replace(/([:/])/g, "$1<wbr>")}</code>` : `<code>${e(s)}</code>`;
const tags = (/** @type {Tag[]} */ list) =>
  list.length === 0 ? "" : `<ul class="tags">${list.map((t) => `<li>${e(t.Key)}=${e(t.Value)}</li>`).join("")}</ul>`;
const tagMap = (/** @type {Record<string, string>} */ map) =>
  tags(Object.entries(map).map(([Key, Value]) => ({ Key, Value })));

/** Rows drawn per table at most: a state of 100,000 backups stays readable, and the document keeps them all. */
export const MAX_ROWS = 200;

/**
 * A table with a caption, column headers and one row per item (the last MAX_ROWS, said in the caption); an empty list
 * is a sentence instead.
 */
function table(
  /** @type {string} */ caption,
  /** @type {string[]} */ headers,
  /** @type {string[][]} */ all,
  /** @type {string} */ empty,
) {
  if (all.length === 0) {
    return `<p class="empty">${e(empty)}</p>`;
  }
  const rows = all.slice(-MAX_ROWS);
  if (rows.length < all.length) {
    caption += ` (the last ${rows.length} of ${all.length}; all are in the JSON document)`;
  }
  const head = headers.map((h) => `<th scope="col">${e(h)}</th>`).join("");
  const body = rows.map(
    ([first, ...rest]) => `<tr><th scope="row">${first}</th>${rest.map((c) => `<td>${c}</td>`).join("")}</tr>`,
  );
  return `<table><caption>${e(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body.join("")}</tbody></table>`;
}

/** A countdown cell the page ticks every second (data-deletes-at), written for `now` the first time. */
export const countdown = (/** @type {number} */ at, /** @type {number} */ now) =>
  `<span data-deletes-at="${at}">${e(formatDuration(at - now))}</span>`;

const place = (/** @type {{ account: string, region: string }} */ n) =>
  `<span class="place">${e(n.region)} · ${e(n.account)}</span>`;

/**
 * @param {any} section the document's `services.cloudhsmv2`
 * @param {number} now emulated time of the document
 */
export function cloudHsmView(section, now) {
  if (section.namespaces.length === 0) {
    return '<p class="empty">No clusters or backups yet.</p>';
  }
  return section.namespaces
    .map((/** @type {any} */ n) => {
      const clusters = table(
        `Clusters in ${n.region}, account ${n.account}`,
        ["Cluster", "State", "HSMs", "HSM type", "Created", "From backup", "Tags"],
        n.clusters.map((/** @type {any} */ c) => [
          code(c.ClusterId),
          state(c.State),
          c.Hsms.length === 0
            ? "none"
            : `<ul class="hsms">${c.Hsms.map((/** @type {any} */ h) => `<li>${code(h.HsmId)} ${state(h.State)} <span class="az">${e(h.AvailabilityZone)}</span></li>`).join("")}</ul>`,
          e(c.HsmType),
          e(formatTime(c.CreateTimestamp)),
          code(c.SourceBackupId),
          tags(c.TagList),
        ]),
        "No clusters.",
      );
      const backups = table(
        `Backups in ${n.region}, account ${n.account}`,
        ["Backup", "State", "Cluster", "Created", "Copied", "Source", "Never expires", "Deleted in", "Tags"],
        n.backups.map((/** @type {any} */ b) => [
          code(b.BackupId),
          state(b.BackupState),
          code(b.ClusterId),
          e(formatTime(b.CreateTimestamp)),
          e(formatTime(b.CopyTimestamp)),
          b.SourceBackup ? `${code(b.SourceBackup)} <span class="place">${e(b.SourceRegion ?? "")}</span>` : "",
          b.NeverExpires ? "yes" : "no",
          b.BackupState === "PENDING_DELETION" && b.DeleteTimestamp !== undefined
            ? countdown(b.DeleteTimestamp, now)
            : "",
          tags(b.TagList),
        ]),
        "No backups.",
      );
      return `<section class="namespace" aria-label="CloudHSM ${e(n.region)} ${e(n.account)}"><h3>${place(n)}</h3>${clusters}${backups}</section>`;
    })
    .join("");
}

/**
 * @param {any} section the document's `services.backup`
 * @param {number} now emulated time of the document
 */
export function backupView(section, now) {
  if (section.namespaces.length === 0) {
    return '<p class="empty">No vaults, recovery points or copy jobs yet.</p>';
  }
  return section.namespaces
    .map((/** @type {any} */ n) => {
      const vaults = table(
        `Vaults in ${n.region}, account ${n.account}`,
        ["Vault", "Recovery points", "Created", "Locked"],
        n.vaults.map((/** @type {any} */ v) => [
          code(v.BackupVaultName),
          String(v.NumberOfRecoveryPoints),
          e(formatTime(v.CreationDate)),
          v.Locked ? "yes" : "no",
        ]),
        "No vaults.",
      );
      const points = table(
        `Recovery points in ${n.region}, account ${n.account}`,
        ["Recovery point", "Status", "Vault", "Resource", "Created", "Copied from vault", "Deleted in", "Tags"],
        n.recoveryPoints.map((/** @type {any} */ p) => [
          code(p.RecoveryPointArn),
          state(p.Status),
          code(p.BackupVaultName),
          code(p.ResourceArn),
          e(formatTime(p.CreationDate)),
          code(p.SourceBackupVaultArn),
          p.DeleteAt !== undefined ? countdown(p.DeleteAt, now) : "never",
          tagMap(p.Tags),
        ]),
        "No recovery points.",
      );
      const jobs = table(
        `Copy jobs from ${n.region}, account ${n.account}`,
        ["Copy job", "State", "Created", "Completed", "Source recovery point", "Destination vault", "Message"],
        n.copyJobs.map((/** @type {any} */ j) => [
          code(j.CopyJobId),
          state(j.State),
          e(formatTime(j.CreationDate)),
          e(formatTime(j.CompletionDate)),
          code(j.SourceRecoveryPointArn),
          code(j.DestinationBackupVaultArn),
          e(j.StatusMessage ?? ""),
        ]),
        "No copy jobs.",
      );
      return `<section class="namespace" aria-label="AWS Backup ${e(n.region)} ${e(n.account)}"><h3>${place(n)}</h3>${vaults}${points}${jobs}</section>`;
    })
    .join("");
}

const VIA = /** @type {Record<string, string>} */ ({
  copy: "copied to",
  "copy-job": "copy job",
  "from-backup": "cluster created from it",
});

const KIND = /** @type {Record<string, string>} */ ({
  backup: "backup",
  cluster: "cluster",
  "recovery-point": "recovery point",
});

/** @returns {string} */
function lineageItem(/** @type {LineageNode} */ n) {
  const via = n.via
    ? `<span class="via">${e(VIA[n.via.kind] ?? n.via.kind)}${n.via.id ? ` ${code(n.via.id)} ${state(n.via.state ?? "")}` : ""}</span> `
    : "";
  const kind = e(KIND[n.kind] ?? n.kind);
  const what = !n.missing
    ? `${kind} ${code(n.id)} ${state(n.state)}`
    : n.id.includes(":backup-vault:")
      ? `<em>no recovery point made</em> in vault ${code(n.id)}`
      : `${kind} ${code(n.id)} <em>(no longer exists)</em>`;
  const where = n.region ? ` ${place(n)}` : "";
  const children = n.children.length > 0 ? `<ul>${n.children.map(lineageItem).join("")}</ul>` : "";
  return `<li data-id="${e(n.id)}">${via}${what}${where}${children}</li>`;
}

/** Copy lineage as nested lists: each source, the copies made of it in other Regions, the clusters made from them. */
export function lineageView(/** @type {LineageNode[]} */ trees) {
  if (trees.length === 0) {
    return '<p class="empty">No copies yet: copy a backup to another Region (CopyBackupToRegion, or an AWS Backup copy job).</p>';
  }
  return `<ul class="lineage">${trees.map(lineageItem).join("")}</ul>`;
}

/** The state changes, newest first. */
export function timelineView(/** @type {TimelineEntry[]} */ entries, /** @type {number} */ limit) {
  if (entries.length === 0) {
    return '<p class="empty">No state changes yet.</p>';
  }
  const change = (/** @type {TimelineEntry} */ t) =>
    t.from === undefined
      ? `appeared ${state(t.to ?? "")}`
      : t.to === undefined
        ? `${state(t.from)} → removed`
        : `${state(t.from)} → ${state(t.to)}`;
  return table(
    `The last ${entries.length} state changes (at most ${limit}), newest first, in emulated time`,
    ["Time", "Resource", "Where", "Change"],
    [...entries]
      .reverse()
      .map((t) => [
        `<time datetime="${new Date(t.at * 1000).toISOString()}">${e(formatTime(t.at))}</time>`,
        `${e(KIND[t.kind] ?? t.kind.replaceAll("-", " "))} ${code(t.id)}`,
        place(t),
        change(t),
      ]),
    "",
  );
}
