import { cloudHsmV2 } from "@cloudhsm-kit/spec";

/** The text of `cloudhsm-emulator --help`. */
export const HELP = `cloudhsm-emulator — reference emulator of the AWS CloudHSM v2 API

Usage: cloudhsm-emulator [options]

Options:
  --host <address>            interface to bind (default 127.0.0.1: loopback only)
  --port <n>                  TCP port, 0-65535 (default 4566; 0 = any free port)
  --timings fast|aws|<file>   how long transitions take: fast (the default: 1-3 s each, so a client
                              polling for 20 s sees every one complete), aws (AWS's durations: a
                              cluster takes 240 s, a copy 300 s), or a JSON file
                              {"profile"?: "fast"|"aws", "delays"?: {"copy": 30, ...}}; also read from
                              CLOUDHSM_EMULATOR_TIMINGS (the flag wins)
  --seed <file>               start with these clusters and backups: a state document (GET
                              /_emulator/v1/state) or {"clusters"?: [...], "readyBackups"?: [...]}
                              (see the package README); skipped when --state-file loads a state
  --cors-origins <list>|*     browser origins allowed to call (CORS), comma-separated, "loopback" for
                              any port of localhost, 127.0.0.1 and [::1] (the default), * for any
  --state-file <path>         keep the state in this file: loaded and written at start (the start fails
                              when it cannot be), written after every change
  --legacy-cluster-id-copy    accept ClusterId in CopyBackupToRegion (user guide 2018-2022 behaviour)
  --legacy-backup-seed        AWS Backup as the seed page (an earlier "Creating backup copies across AWS
                              Regions") describes it, for the conformance suite's legacy checks: no
                              cross-Region copy of DynamoDB, of RDS/Aurora into another Region and
                              account at once, or from or to Hong Kong, Bahrain, Milan and Cape Town;
                              cold storage for EFS only (default off, as AWS today)
  --start-time <epoch-s>      emulated time at start, in epoch seconds (default: now)
  --strict-keys <file>        strict mode: verify SigV4 signatures against the key pairs in this JSON file,
                              {"keys": [{"accessKeyId", "secretAccessKey", "accountId"?, "regions"?}]};
                              unknown keys get UnrecognizedClientException, wrong signatures
                              InvalidSignatureException, a key used outside its regions
                              CloudHsmAccessDeniedException (default: any well-formed signature is accepted)
  --help                      show this text

A value may follow its flag (--port 4566) or be joined to it (--port=4566); a value that starts with --
must be joined (--state-file=--odd.json), as a separate one is taken for the next flag.

The AWS API is served at POST / (X-Amz-Target: ${cloudHsmV2.targetPrefix}.<Operation>); the region of a call is the
region of its SigV4 credential scope. The control API is under /_emulator/v1 (see the package README);
POST /_emulator/v1/fixtures/ready-backup returns a READY backup at once.
Example: aws --endpoint-url http://127.0.0.1:4566 --region us-east-1 cloudhsmv2 describe-backups
`;
