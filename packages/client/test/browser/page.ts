import type * as Kit from "../../src/index.js";

/** The key pair the emulator verifies signatures with in strict mode, and the page signs with. */
export const BROWSER_KEYS = { accessKeyId: "AKIDBROWSERTEST", secretAccessKey: "browser-test-secret" } as const;
/** Backups the emulator is seeded with; the paginator walks them 3 to a page. */
export const SEEDED_BACKUPS = 7;
export const PAGE_SIZE = 3;
/** A well-formed backup ID that names no backup. */
export const UNKNOWN_BACKUP = "backup-aaaaaaaaaaa";

export interface CaughtError {
  readonly name: string;
  readonly message: string;
  readonly $fault?: string;
  readonly $metadata?: Kit.ResponseMetadata;
  /** `instanceof` the class the client exports for that name. */
  readonly isModelledClass: boolean;
  readonly isServiceError: boolean;
}

export interface PageResults {
  readonly userAgent: string;
  readonly origin: string;
  readonly describe: { readonly count: number; readonly $metadata: Kit.ResponseMetadata };
  readonly unknownBackup: CaughtError;
  readonly pages: readonly (readonly string[])[];
  readonly withSessionToken: { readonly count: number; readonly httpStatusCode: number };
  readonly wrongSecret: CaughtError;
}

async function caught(kit: typeof Kit, call: () => Promise<unknown>): Promise<CaughtError> {
  try {
    await call();
  } catch (error) {
    const e = error as Kit.CloudHsmV2ServiceError;
    return {
      name: e.name,
      message: e.message,
      $fault: e.$fault,
      $metadata: e.$metadata,
      isModelledClass: e instanceof kit.CloudHsmResourceNotFoundException,
      isServiceError: kit.isCloudHsmV2ServiceError(e),
    };
  }
  throw new Error("the call succeeded; an error was expected");
}

function show(rows: [string, string][]): void {
  const table = document.createElement("table");
  for (const [step, outcome] of rows) {
    const row = table.insertRow();
    row.insertCell().textContent = step;
    row.insertCell().textContent = outcome;
  }
  document.querySelector("#results")?.replaceChildren(table);
}

/**
 * What the page does, with the client as a browser bundle of the published package: signed calls to the
 * emulator (strict SigV4), a typed error, the paginator, a session token, and a wrong secret. Results are
 * shown on the page and returned to the test.
 */
export async function runPage(kit: typeof Kit, endpoint: string): Promise<PageResults> {
  const client = kit.createCloudHsmV2Client({ region: "us-east-1", endpoint, credentials: BROWSER_KEYS });
  const described = await client.describeBackups();
  const unknownBackup = await caught(kit, () => client.deleteBackup({ BackupId: UNKNOWN_BACKUP }));
  const pages: string[][] = [];
  for await (const page of kit.paginateDescribeBackups(client, {}, { pageSize: PAGE_SIZE })) {
    pages.push((page.Backups ?? []).map((backup) => backup.BackupId ?? ""));
  }
  const refreshing = kit.createCloudHsmV2Client({
    region: "us-east-1",
    endpoint,
    credentials: async () => ({
      ...BROWSER_KEYS,
      sessionToken: "browser-session-token",
      expiration: new Date(Date.now() + 3_600_000),
    }),
  });
  const withToken = await refreshing.describeBackups();
  const wrong = kit.createCloudHsmV2Client({
    region: "us-east-1",
    endpoint,
    credentials: { ...BROWSER_KEYS, secretAccessKey: "not-the-secret" },
    maxAttempts: 1,
  });
  const wrongSecret = await caught(kit, () => wrong.describeBackups());
  const results: PageResults = {
    userAgent: navigator.userAgent,
    origin: location.origin,
    describe: { count: described.Backups?.length ?? 0, $metadata: described.$metadata },
    unknownBackup,
    pages,
    withSessionToken: { count: withToken.Backups?.length ?? 0, httpStatusCode: withToken.$metadata.httpStatusCode },
    wrongSecret,
  };
  show([
    ["browser", results.userAgent],
    ["page origin → emulator", `${results.origin} → ${endpoint} (CORS)`],
    [
      "DescribeBackups, signed (strict SigV4)",
      `HTTP ${described.$metadata.httpStatusCode}, ${results.describe.count} backups, request id ${described.$metadata.requestId}`,
    ],
    [
      `DeleteBackup ${UNKNOWN_BACKUP}`,
      `${unknownBackup.name} (instanceof: ${unknownBackup.isModelledClass}), $fault ${unknownBackup.$fault}, ` +
        `HTTP ${unknownBackup.$metadata?.httpStatusCode}, request id ${unknownBackup.$metadata?.requestId}`,
    ],
    [
      `paginateDescribeBackups, pageSize ${PAGE_SIZE}`,
      `${pages.length} pages: ${pages.map((p) => p.length).join(" + ")} backups`,
    ],
    [
      "credentials provider with a session token",
      `HTTP ${withToken.$metadata.httpStatusCode}, ${results.withSessionToken.count} backups`,
    ],
    ["wrong secret", `${wrongSecret.name}, HTTP ${wrongSecret.$metadata?.httpStatusCode}`],
  ]);
  return results;
}
