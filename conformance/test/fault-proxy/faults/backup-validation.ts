import { defineFault, type RequestView } from "../fault.js";
import { isBackup, isStartCopyJob, pathOf } from "./aws-backup.js";

/**
 * Faults against AWS Backup's input validation: a constraint of the model (enum, required member, pattern) that a
 * target does not check, so the request is served or looked up instead of refused as invalid input.
 */
const VALIDATION = ["backup-validation"] as const;
const json = { "content-type": "application/json" };

export const backupEnumNotValidated = defineFault({
  name: "backup-list-enum-not-validated",
  level: "required",
  breaks: "A list call refuses a query value outside its enum (ListCopyJobs state, ListBackupVaults vaultType, …).",
  source: "model ListCopyJobsInput.ByState (CopyJobState) and the other list inputs' enums",
  groups: VALIDATION,
  operations: "any",
  create: () => ({
    request: (request) =>
      isBackup(request) && request.method === "GET" && /=NOT_A_VALUE(&|$)/.test(request.path)
        ? { answer: { status: 200, body: "{}", headers: json } }
        : undefined,
  }),
});

export const backupMissingMemberAccepted = defineFault({
  name: "backup-start-copy-missing-member-accepted",
  level: "required",
  breaks: "StartCopyJob refuses a request without one of its required members (IamRoleArn, …).",
  source: "model StartCopyJobInput (required members); MissingParameterValueException",
  groups: VALIDATION,
  operations: "any",
  create: () => ({
    request: (request) =>
      isStartCopyJob(request) && request.input !== undefined && request.input.IamRoleArn === undefined
        ? {
            answer: {
              status: 200,
              output: { CopyJobId: "FAULT-ACCEPTED", CreationDate: 0, IsParent: false },
              headers: json,
            },
          }
        : undefined,
  }),
});

/** A vault name in a path label that breaks the model's pattern `^[a-zA-Z0-9\-\_]{2,50}$`. */
const badVaultLabel = (r: RequestView) => /^\/backup-vaults\/[^/]*[^a-zA-Z0-9\-_/][^/]*\//.test(pathOf(r));

export const backupBadNameLookedUp = defineFault({
  name: "backup-bad-vault-name-looked-up",
  level: "required",
  breaks: "A vault name that breaks the model's pattern is refused as invalid input, not looked up (not found).",
  source: "model BackupVaultName (pattern); InvalidParameterValueException",
  groups: VALIDATION,
  operations: "any",
  create: () => ({
    request: (request) =>
      isBackup(request) && badVaultLabel(request)
        ? {
            answer: {
              status: 400,
              output: { Message: "Backup vault not found." },
              headers: { ...json, "x-amzn-errortype": "ResourceNotFoundException" },
            },
          }
        : undefined,
  }),
});

export const backupMissingAsInvalidParameter = defineFault({
  name: "backup-missing-member-as-invalid-parameter",
  level: "advisory",
  breaks: "A missing required member is MissingParameterValueException ('a required parameter is missing').",
  source: "model MissingParameterValueException (documentation); undocumented which error AWS's validation sends",
  groups: VALIDATION,
  operations: "any",
  create: () => ({
    response: (reply, request) =>
      isBackup(request) && reply.headers.get("x-amzn-errortype")?.startsWith("MissingParameterValueException")
        ? { headers: { "x-amzn-errortype": "InvalidParameterValueException" } }
        : undefined,
  }),
});

/** The input errors of AWS Backup's model that a constraint violation is answered with. */
const INPUT_ERRORS = ["InvalidParameterValueException", "MissingParameterValueException"];

export const backupInputNotValidated = defineFault({
  name: "backup-input-not-validated",
  level: "required",
  breaks: "Every AWS Backup operation refuses input that breaks a constraint of the model with a client error.",
  source: "model: each operation's input shape (required members, lengths, patterns, ranges, enums)",
  groups: VALIDATION,
  operations: "any",
  create: () => ({
    response: (reply, request) =>
      isBackup(request) &&
      reply.status === 400 &&
      INPUT_ERRORS.some((name) => reply.headers.get("x-amzn-errortype")?.startsWith(name))
        ? { status: 200, output: {}, headers: json }
        : undefined,
  }),
});
