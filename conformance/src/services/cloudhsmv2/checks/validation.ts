import { OPERATION_NAMES } from "@cloudhsm-kit/spec";
import { CheckFailed } from "../../../harness/failure.js";
import { validateReply } from "../../../harness/observe.js";
import { C } from "../citations.js";
import type { Check } from "../context.js";
import { deriveInvalidInputs } from "../fixtures/derive-invalid.js";
import { VALIDATION_NAMES } from "../fixtures/refusals.js";

const kebab = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1-$2").toUpperCase();

/**
 * One check per operation: every request derived from the spec that breaks one constraint of
 * `<Operation>Request` (pattern, length, enum, range, list or map size, map key, missing required member) is
 * rejected with HTTP 400 and a validation error name. Requests are sent raw (signed) so no client-side
 * validation can stand in for the server's.
 */
function validationCheck(operation: string): Check {
  return {
    id: `VAL-${kebab(operation)}-001`,
    level: "required",
    title: `${operation} rejects every input that breaks a constraint of the spec`,
    asserts: `Each invalid ${operation}Request derived from the spec gets HTTP 400 with CloudHsmInvalidRequestException or ValidationException, never a success or a 5xx.`,
    citations: [C.invalidRequest400, C.commonValidation, C.modelConstraint],
    // An invalid CreateCluster that a target wrongly accepts makes a cluster: on AWS that is billable.
    needs: operation === "CreateCluster" ? ["billable"] : [],
    async run(t) {
      const cases = deriveInvalidInputs(operation);
      if (cases.length === 0) {
        throw new CheckFailed(`no constraint of ${operation}Request could be derived from the spec`);
      }
      const wrong: string[] = [];
      for (const c of cases) {
        const reply = await t.raw({ target: operation, body: JSON.stringify(c.input) });
        const problems = validateReply(operation, reply.status, reply.headers, reply.text);
        if (problems.length > 0) {
          t.violations.push({ operation, status: reply.status, problems });
        }
        if (reply.status !== 400 || !(VALIDATION_NAMES as readonly string[]).includes(reply.errorName ?? "")) {
          wrong.push(`${c.label} → HTTP ${reply.status} ${reply.errorName ?? "(no error code)"}`);
        }
      }
      if (wrong.length > 0) {
        throw new CheckFailed(
          `${wrong.length} of ${cases.length} invalid inputs were not rejected as invalid: ${wrong.join("; ")}`,
        );
      }
      t.note(`${cases.length} invalid inputs rejected`);
    },
  };
}

export const validationChecks: readonly Check[] = [
  ...OPERATION_NAMES.map((op) => validationCheck(op)),
  {
    id: "VAL-NAME-001",
    level: "advisory",
    title: "Constraint violations are reported as CloudHsmInvalidRequestException",
    asserts:
      "An invalid BackupId on DeleteBackup gives exactly CloudHsmInvalidRequestException (UNDOC whether AWS uses it or ValidationException).",
    undocumented: "which error name a constraint violation gets",
    citations: [C.invalidRequest400, C.commonValidation],
    needs: [],
    async run(t) {
      const reply = await t.raw({ target: "DeleteBackup", body: JSON.stringify({ BackupId: "backup-!" }) });
      if (reply.status !== 400 || reply.errorName !== "CloudHsmInvalidRequestException") {
        throw new CheckFailed(
          `expected HTTP 400 CloudHsmInvalidRequestException, got HTTP ${reply.status} ${reply.errorName}`,
        );
      }
    },
  },
];
