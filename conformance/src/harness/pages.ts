import type { CloudHsmV2Client } from "@cloudhsm-kit/client";
import type { components, InputOf } from "@cloudhsm-kit/spec";
import { CheckFailed } from "./failure.js";

type Backup = components["schemas"]["Backup"];

/** What one DescribeBackups page looked like: how many backups, and its NextToken member (absent, null or a value). */
export interface PageSeen {
  count: number;
  nextToken: unknown;
  hasKey: boolean;
}

/** The most pages the suite reads of one listing before it calls the target's paging broken. */
export const MAX_PAGES = 200;

/**
 * Lists every backup DescribeBackups returns for `input`, following NextToken page by page ("When you receive a
 * response with no NextToken (or an empty or null value), that means there are no more backups to get.").
 */
export async function describeAllBackups(
  client: CloudHsmV2Client,
  input: InputOf<"DescribeBackups"> = {},
): Promise<{ backups: Backup[]; pages: PageSeen[] }> {
  const backups: Backup[] = [];
  const pages: PageSeen[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const out = await client.describeBackups({ ...input, ...(token ? { NextToken: token } : {}) });
    backups.push(...(out.Backups ?? []));
    pages.push({ count: out.Backups?.length ?? 0, nextToken: out.NextToken, hasKey: "NextToken" in out });
    token = out.NextToken || undefined;
    if (!token) {
      return { backups, pages };
    }
  }
  throw new CheckFailed(`DescribeBackups kept returning a NextToken after ${MAX_PAGES} pages`);
}
