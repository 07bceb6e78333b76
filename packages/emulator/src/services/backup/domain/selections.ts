import type { BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import type { Selection } from "../store/records.js";
import { type BackupContext, here } from "./context.js";
import { alreadyExists, notFound } from "./errors.js";
import { pageFor } from "./paging.js";
import { planOf } from "./plans.js";

/** Resource assignments of a plan: stored and echoed; a rule's run backs up the resources they name by ARN (plan-runs.ts). */
export function createSelection(
  ctx: BackupContext,
  input: BackupInputs["CreateBackupSelection"],
): BackupOutputs["CreateBackupSelection"] {
  const store = here(ctx);
  planOf(store, input.BackupPlanId);
  const same = [...store.selections.values()].find(
    (s) =>
      s.BackupPlanId === input.BackupPlanId && s.BackupSelection.SelectionName === input.BackupSelection.SelectionName,
  );
  if (same) {
    if (input.CreatorRequestId !== undefined && same.CreatorRequestId === input.CreatorRequestId) {
      return { SelectionId: same.SelectionId, BackupPlanId: same.BackupPlanId, CreationDate: same.CreationDate };
    }
    throw alreadyExists(`Backup selection with the same name already exists: ${input.BackupSelection.SelectionName}`);
  }
  const selection: Selection = {
    SelectionId: ctx.uuid(),
    BackupPlanId: input.BackupPlanId,
    CreationDate: ctx.now,
    BackupSelection: structuredClone(input.BackupSelection),
    ...(input.CreatorRequestId !== undefined ? { CreatorRequestId: input.CreatorRequestId } : {}),
  };
  store.selections.set(selection.SelectionId, selection);
  return {
    SelectionId: selection.SelectionId,
    BackupPlanId: selection.BackupPlanId,
    CreationDate: selection.CreationDate,
  };
}

export function selectionOf(ctx: BackupContext, planId: string, id: string): Selection {
  const store = here(ctx);
  planOf(store, planId);
  const selection = store.selections.get(id);
  if (!selection || selection.BackupPlanId !== planId) {
    throw notFound(`Backup selection ${id} does not exist in plan ${planId}.`);
  }
  return selection;
}

export function deleteSelection(ctx: BackupContext, planId: string, id: string): void {
  selectionOf(ctx, planId, id);
  here(ctx).selections.delete(id);
}

export function listSelections(
  ctx: BackupContext,
  input: BackupInputs["ListBackupSelections"],
): BackupOutputs["ListBackupSelections"] {
  const store = here(ctx);
  planOf(store, input.BackupPlanId);
  const mine = [...store.selections.values()].filter((s) => s.BackupPlanId === input.BackupPlanId);
  const { items, next } = pageFor("backup-selections", mine, (s) => s.SelectionId, input);
  const members = items.map(({ BackupSelection, ...s }) => ({
    ...s,
    SelectionName: BackupSelection.SelectionName,
    IamRoleArn: BackupSelection.IamRoleArn,
  }));
  return { BackupSelectionsList: members, ...next };
}
