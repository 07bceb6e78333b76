import { normaliseErrorCode } from "@cloudhsm-kit/client";
import { backup } from "@cloudhsm-kit/spec";
import { expectEqual } from "../../../harness/assert.js";
import { CheckFailed } from "../../../harness/failure.js";
import { B } from "../citations.js";
import type { BackupContext, Check } from "../context.js";
import { deriveInvalidRequests, type InvalidRequest } from "../fixtures/invalid-requests.js";
import { rawBackup } from "../fixtures/raw.js";
import { vaultName } from "../fixtures/vaults.js";
import { BACKUP_SERVICE, type BackupOperation, backupReplyProblems } from "../wire.js";

/**
 * The modelled errors that say the input itself is wrong (the model: "something is wrong with a parameter's value",
 * "a required parameter is missing", "something is wrong with the input to the request"). Which of them AWS sends
 * for which broken constraint is not documented, so any one the operation models is accepted; the operation's other
 * client errors (ResourceNotFound, AlreadyExists, LimitExceeded, …) are not, as a target that skipped validation and
 * looked the made-up names up would answer with them.
 */
const INPUT_ERRORS = ["InvalidParameterValueException", "MissingParameterValueException", "InvalidRequestException"];

/**
 * Operations where an invalid request a target wrongly accepted would make or change something on AWS: a backup or
 * a copy (storage is billed), a vault or a plan the sweep cannot find (its name is not the run's), the account's
 * Region settings. Their checks run only with `--allow-billable`.
 */
const MAKES_SOMETHING = new Set<BackupOperation>([
  "StartBackupJob",
  "StartCopyJob",
  "CreateBackupVault",
  "CreateBackupPlan",
  "UpdateRegionSettings",
]);

const kebab = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1-$2").toUpperCase();

/** The input errors `operation` models, by name. */
const inputErrorsOf = (operation: BackupOperation) =>
  backup.operations[operation].errors.map((e): string => e.name).filter((name) => INPUT_ERRORS.includes(name));

/** What is wrong with the reply to one invalid request; undefined when it was refused as invalid input. */
async function refusal(t: BackupContext, operation: BackupOperation, c: InvalidRequest): Promise<string | undefined> {
  const reply = await rawBackup(t, {
    method: c.method,
    path: c.path,
    ...(c.body === undefined ? {} : { body: c.body }),
  });
  const problems = backupReplyProblems(operation, reply.status, reply.headers, reply.text);
  if (problems.length > 0) {
    t.recordViolation({ service: BACKUP_SERVICE, operation, status: reply.status, problems });
  }
  if (reply.status >= 200 && reply.status < 300) {
    undo(t, operation, c, reply.json);
  }
  const header = reply.headers.get("x-amzn-errortype");
  const name = header === null ? "(no X-Amzn-ErrorType)" : normaliseErrorCode(header);
  return reply.status === 400 && inputErrorsOf(operation).includes(name)
    ? undefined
    : `${c.label} → HTTP ${reply.status} ${name}`;
}

/** Removes what a wrongly accepted create made, so that the run leaves nothing behind. */
function undo(t: BackupContext, operation: BackupOperation, c: InvalidRequest, body: unknown): void {
  const path = c.path.split("?")[0] ?? c.path;
  if (operation === "CreateBackupVault") {
    t.cleanups.push(`delete the wrongly created vault ${path}`, () => rawBackup(t, { method: "DELETE", path }));
  }
  const planId = (body as { BackupPlanId?: string } | undefined)?.BackupPlanId;
  if (operation === "CreateBackupPlan" && planId) {
    t.cleanups.push(`delete the wrongly created plan ${planId}`, () =>
      rawBackup(t, { method: "DELETE", path: `/backup/plans/${encodeURIComponent(planId)}` }),
    );
  }
}

/**
 * One check per operation with constraints: every request derived from the spec that breaks one constraint of its
 * input (a path label, a query parameter or a body member: required, pattern, length, range, enum, map key) is refused
 * with HTTP 400 and an X-Amzn-ErrorType naming one of the operation's modelled input errors. Requests are sent raw
 * (signed), since the typed client would encode or refuse them.
 */
function validationCheck(operation: BackupOperation): Check {
  return {
    id: `BKP-VAL-${kebab(operation)}-001`,
    level: "required",
    title: `${operation} refuses every input that breaks a constraint of the spec`,
    asserts: `Each request to ${operation} derived from the spec that breaks one constraint of its input gets HTTP 400 with an X-Amzn-ErrorType naming a modelled input error of the operation (${inputErrorsOf(operation).join(", ")}), never a success, another error or a 5xx.`,
    citations: [B.invalidParameter400, B.missingParameter, B.invalidRequest, B.errorTypeHeader],
    needs: MAKES_SOMETHING.has(operation) ? ["billable"] : [],
    async run(t) {
      // A vault name of the run: a CreateBackupVault wrongly accepted makes a vault the sweep recognises.
      const cases = deriveInvalidRequests(operation, {
        BackupVaultName: vaultName(t.target.runId, "val"),
        AccountId: "123456789012",
        ResourceType: "EFS",
        ARN: "arn:aws:backup:us-east-1:123456789012:recovery-point:conformance-validation",
        string: "conformance-validation",
      });
      const wrong: string[] = [];
      for (const c of cases) {
        const problem = await refusal(t, operation, c);
        if (problem !== undefined) {
          wrong.push(problem);
        }
      }
      if (wrong.length > 0) {
        throw new CheckFailed(
          `${wrong.length} of ${cases.length} invalid requests were not refused: ${wrong.join("; ")}`,
        );
      }
      t.note(`${cases.length} invalid requests refused`);
    },
  };
}

/** The operations whose input has at least one constraint a request can break. */
const constrained = (Object.keys(backup.operations) as BackupOperation[]).filter(
  (op) => deriveInvalidRequests(op).length > 0,
);

/** The error a raw StartCopyJob with `body` gets, as `<status> <X-Amzn-ErrorType>`. */
async function startCopyError(t: BackupContext, body: Record<string, unknown>): Promise<string> {
  const reply = await rawBackup(t, { method: "PUT", path: "/copy-jobs", body: JSON.stringify(body) });
  const header = reply.headers.get("x-amzn-errortype");
  return `${reply.status} ${header === null ? "(no X-Amzn-ErrorType)" : normaliseErrorCode(header)}`;
}

export const validationChecks: readonly Check[] = [
  ...constrained.map((op) => validationCheck(op)),
  {
    id: "BKP-VAL-KIND-001",
    level: "advisory",
    title: "A missing member is MissingParameterValueException, a broken value InvalidParameterValueException",
    asserts:
      "StartCopyJob without IamRoleArn gets HTTP 400 MissingParameterValueException; StartCopyJob whose SourceBackupVaultName breaks the model's pattern gets HTTP 400 InvalidParameterValueException.",
    undocumented:
      "the model describes MissingParameterValueException as 'a required parameter is missing' and InvalidParameterValueException as 'something is wrong with a parameter's value'; that AWS's validation sends them that way is not recorded",
    citations: [B.missingParameter, B.invalidParameter400],
    needs: ["billable"],
    async run(t) {
      const valid = {
        RecoveryPointArn: "arn:aws:backup:us-east-1:123456789012:recovery-point:conformance-validation",
        SourceBackupVaultName: vaultName(t.target.runId, "val"),
        DestinationBackupVaultArn: "arn:aws:backup:us-west-2:123456789012:backup-vault:conformance-validation",
        IamRoleArn: "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole",
      };
      const { IamRoleArn: _left, ...missing } = valid;
      expectEqual(
        "the error for a missing IamRoleArn",
        await startCopyError(t, missing),
        "400 MissingParameterValueException",
      );
      const broken = { ...valid, SourceBackupVaultName: `${valid.SourceBackupVaultName}!` };
      expectEqual(
        "the error for a SourceBackupVaultName off its pattern",
        await startCopyError(t, broken),
        "400 InvalidParameterValueException",
      );
    },
  },
];
