// The requests of AWS Backup's benchmark, from the service's descriptor (methods, URIs and query names as AWS's model
// has them): a SigV4 header the emulator accepts, ListCopyJobs pages, StartCopyJob and DescribeCopyJob.
import { backup } from "@cloudhsm-kit/spec";
import { DESTINATION_VAULT_ARN, ROLE, SOURCE_REGION, SOURCE_VAULT, sourcePointArn } from "./backup-state.mjs";

export const PAGE = 100;
export const { StartCopyJob, DescribeCopyJob, ListCopyJobs } = backup.operations;

/** A well-formed SigV4 Authorization header for the source Region (the emulator accepts any signature by default). */
export const authorization = (signedHeaders) =>
  `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261122/${SOURCE_REGION}/${backup.signingName}/aws4_request, ` +
  `SignedHeaders=${signedHeaders}, Signature=${"0".repeat(64)}`;

const query = (op, member) => op.parameters.find((p) => p.member === member).name;

/** The path of a ListCopyJobs page (the model's URI, botocore's trailing-slash form). */
export const listPath = (token, size = PAGE) =>
  `${ListCopyJobs.http.uri}?${query(ListCopyJobs, "MaxResults")}=${size}${
    token ? `&${query(ListCopyJobs, "NextToken")}=${encodeURIComponent(token)}` : ""
  }`;

export const describePath = (id) => DescribeCopyJob.http.uri.replace("{copyJobId}", encodeURIComponent(id));

/**
 * StartCopyJob's body for the p-th seeded recovery point, with an IdempotencyToken of its own, as the SDKs fill one in
 * for every call (the member's idempotencyToken trait): a new job each time, found by no earlier token.
 */
export const startBody = (p) =>
  JSON.stringify({
    RecoveryPointArn: sourcePointArn(p),
    SourceBackupVaultName: SOURCE_VAULT,
    DestinationBackupVaultArn: DESTINATION_VAULT_ARN,
    IamRoleArn: ROLE,
    IdempotencyToken: `bench-${p}`,
  });
