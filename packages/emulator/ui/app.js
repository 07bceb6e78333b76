// @ts-check
/**
 * The dashboard page: polls GET /_emulator/v1/dashboard every second with If-None-Match (304 while nothing changes,
 * so an idle page costs a header exchange), draws what changed, ticks the clock and the countdowns between replies,
 * and sends the controls to the control API. Polling rather than server-sent events: the emulator runs due
 * transitions only when a request arrives, so a poll is what makes time pass for the page anyway, and it needs no
 * long-lived connection in the single-socket server.
 */
import { formatDuration, formatTime, secondsOf } from "./format.js";
import { backupView, cloudHsmView, lineageView, timelineView } from "./view.js";

const CONTROL = "/_emulator/v1";
const POLL_MS = 1000;

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

let etag = "";
/** The last document, and the real time it arrived: emulated time runs at the pace of real time between changes. */
let last = /** @type {any} */ (undefined);
let receivedAt = 0;
let timer = 0;

const emulatedNow = () => (last ? last.now + (Date.now() - receivedAt) / 1000 : 0);

function tick() {
  if (!last) {
    return;
  }
  const now = emulatedNow();
  $("clock").textContent = formatTime(now);
  for (const cell of document.querySelectorAll("[data-deletes-at]")) {
    cell.textContent = formatDuration(Number(cell.getAttribute("data-deletes-at")) - now);
  }
}

/** The ACTIVE clusters as the backup-now choices, keeping the chosen one. */
function clusterChoices(/** @type {any} */ doc) {
  const select = /** @type {HTMLSelectElement} */ ($("backup-now-cluster"));
  const active = doc.services.cloudhsmv2.namespaces.flatMap((/** @type {any} */ n) =>
    n.clusters
      .filter((/** @type {any} */ c) => c.State === "ACTIVE")
      .map((/** @type {any} */ c) => ({ id: c.ClusterId, n })),
  );
  const chosen = select.value;
  const wanted = active.map((/** @type {any} */ a) => `${a.id} (${a.n.region}, ${a.n.account})`);
  const current = [...select.options].map((o) => o.textContent);
  if (JSON.stringify(current) === JSON.stringify(active.length ? wanted : ["no ACTIVE cluster"])) {
    return;
  }
  select.replaceChildren(
    ...(active.length === 0
      ? [new Option("no ACTIVE cluster", "")]
      : active.map(
          (/** @type {any} */ a, /** @type {number} */ i) => new Option(wanted[i], a.id, false, a.id === chosen),
        )),
  );
}

function draw(/** @type {any} */ doc) {
  const { cloudhsmv2, backup } = doc.services;
  $("lineage").innerHTML = lineageView(doc.lineage);
  $("cloudhsm").innerHTML = cloudHsmView(cloudhsmv2, doc.now);
  $("backup").innerHTML = backupView(backup, doc.now);
  $("timeline").innerHTML = timelineView(doc.timeline, doc.timelineLimit);
  $("cloudhsm-faults").textContent = `CloudHSM copy faults armed: ${cloudhsmv2.pendingCopyFaults}.`;
  $("backup-faults").textContent = `AWS Backup copy faults armed: ${backup.pendingCopyFaults}.`;
  clusterChoices(doc);
}

let polling = false;
let again = false;

/** One poll: a new document is drawn; 304 keeps the page as it is. A poll asked for during another runs after it. */
async function refresh() {
  if (polling) {
    again = true;
    return;
  }
  polling = true;
  window.clearTimeout(timer);
  try {
    const response = await fetch(`${CONTROL}/dashboard`, { headers: etag ? { "If-None-Match": etag } : {} });
    if (response.status === 200) {
      last = await response.json();
      receivedAt = Date.now();
      etag = response.headers.get("ETag") ?? "";
      draw(last);
      document.body.dataset.revision = last.revision;
    } else if (response.status !== 304) {
      throw new Error(`HTTP ${response.status}`);
    }
    $("live").textContent = "live";
  } catch (error) {
    $("live").textContent = `not connected (${/** @type {Error} */ (error).message}); retrying`;
  }
  tick();
  polling = false;
  if (again) {
    again = false;
    await refresh();
  } else {
    timer = window.setTimeout(refresh, POLL_MS);
  }
}

/** A control call; its outcome is said in the status line, and the page is redrawn at once. */
async function control(
  /** @type {string} */ method,
  /** @type {string} */ path,
  /** @type {unknown} */ body,
  /** @type {(reply: any) => string} */ said,
) {
  const result = $("result");
  try {
    const response = await fetch(`${CONTROL}${path}`, {
      method,
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const reply = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(`${reply.__type ?? response.status}: ${reply.Message ?? response.statusText}`);
    }
    result.className = "";
    result.textContent = said(reply);
  } catch (error) {
    result.className = "error";
    result.textContent = `Refused — ${/** @type {Error} */ (error).message}`;
  }
  await refresh();
}

/** @param {string} id @param {(form: HTMLFormElement) => Promise<void>} action */
function onSubmit(id, action) {
  const form = /** @type {HTMLFormElement} */ ($(id));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void action(form);
  });
}

/** @param {HTMLFormElement} form @param {string} name */
const field = (form, name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value;

onSubmit("advance", async (form) => {
  const amount = Number(field(form, "amount"));
  const unit = field(form, "unit");
  let seconds = 0;
  try {
    seconds = secondsOf(amount, unit);
  } catch (error) {
    $("result").textContent = /** @type {Error} */ (error).message;
    return;
  }
  await control(
    "POST",
    "/clock/advance",
    { seconds },
    (r) => `Clock advanced by ${amount} ${unit}: now ${formatTime(r.now)}.`,
  );
});
onSubmit("copy-fault", (form) => {
  const region = field(form, "region").trim();
  return control(
    "POST",
    "/faults/copy",
    { DestinationRegion: region },
    (r) => `The next CloudHSM copy into ${region} will fail (${r.FaultId}).`,
  );
});
onSubmit("backup-copy-fault", (form) => {
  const message = field(form, "message").trim();
  return control(
    "POST",
    "/services/backup/copy-faults",
    message ? { message } : {},
    (r) => `The next AWS Backup copy job will fail (${r.pending} armed).`,
  );
});
onSubmit("backup-now", (form) => {
  const cluster = field(form, "cluster");
  if (!cluster) {
    $("result").textContent = "There is no ACTIVE cluster to back up.";
    return Promise.resolve();
  }
  return control(
    "POST",
    `/clusters/${encodeURIComponent(cluster)}/backups`,
    undefined,
    (r) => `Backup ${r.Backup.BackupId} of ${cluster} started (${r.Backup.BackupState}).`,
  );
});
onSubmit("reset", () => control("POST", "/reset", undefined, () => "The emulator was reset."));

window.setInterval(tick, 1000);
void refresh();
