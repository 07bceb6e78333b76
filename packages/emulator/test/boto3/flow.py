"""A boto3 user's flow against a cloudhsm-emulator started with no flags.

Usage: python3 flow.py ENDPOINT_URL

Every wait polls every 0.2 s for at most 20 s, as scripts written for moto or LocalStack do. The steps: a READY
backup from the fixture route, CreateCluster from it (CREATE_IN_PROGRESS -> ACTIVE), CreateHsm in that ACTIVE
cluster (CREATE_IN_PROGRESS -> ACTIVE), CopyBackupToRegion (the copy CREATE_IN_PROGRESS -> READY in the
destination), DeleteBackup (PENDING_DELETION) and RestoreBackup (READY). Each state is asserted; the states each wait
saw are printed as one JSON line. Exit status 1 with one line on stderr when a step fails.
"""

import json
import sys
import time
import urllib.request

import boto3
from botocore.config import Config

WAIT_SECONDS = 20.0
POLL_SECONDS = 0.2
ENDPOINT = sys.argv[1]
TAGS = [{"Key": "flow", "Value": "boto3"}]


def client(region):
    return boto3.client(
        "cloudhsmv2",
        region_name=region,
        endpoint_url=ENDPOINT,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=Config(retries={"max_attempts": 1}),
    )


def fail(message):
    sys.stderr.write(f"boto3 flow: {message}\n")
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


def wait_for(what, read, wanted):
    """Polls read() until it returns `wanted`; returns the distinct states seen, in order."""
    seen = []
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        state = read()
        if not seen or seen[-1] != state:
            seen.append(state)
        if state == wanted:
            return seen
        if time.monotonic() > deadline:
            fail(f"{what} is still {state} after {WAIT_SECONDS:.0f} s (seen {seen}); expected {wanted}")
        time.sleep(POLL_SECONDS)


def ready_backup():
    request = urllib.request.Request(
        f"{ENDPOINT}/_emulator/v1/fixtures/ready-backup",
        data=json.dumps({"Region": "us-east-1", "TagList": TAGS}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as reply:
        return json.load(reply)["Backup"]


def backup_state(hsm, backup_id):
    backups = hsm.describe_backups(Filters={"backupIds": [backup_id]})["Backups"]
    return backups[0]["BackupState"] if backups else "ABSENT"


def main():
    east, west = client("us-east-1"), client("us-west-2")
    seen = {}

    backup = ready_backup()
    backup_id = backup["BackupId"]
    expect(backup["BackupState"] == "READY", f"the fixture route answered {backup['BackupState']}")
    listed = east.describe_backups(Filters={"backupIds": [backup_id]})["Backups"]
    expect([b["BackupState"] for b in listed] == ["READY"], f"DescribeBackups lists {listed}")
    expect(east.list_tags(ResourceId=backup_id)["TagList"] == TAGS, "the backup does not carry the tags asked for")

    cluster = east.create_cluster(
        HsmType="hsm2m.medium", SubnetIds=["subnet-0123456789abcdef0"], SourceBackupId=backup_id
    )["Cluster"]
    cluster_id = cluster["ClusterId"]
    expect(cluster["State"] == "CREATE_IN_PROGRESS", f"CreateCluster answered {cluster['State']}")
    seen["cluster"] = wait_for(
        f"cluster {cluster_id}",
        lambda: east.describe_clusters(Filters={"clusterIds": [cluster_id]})["Clusters"][0]["State"],
        "ACTIVE",
    )

    hsm = east.create_hsm(ClusterId=cluster_id, AvailabilityZone="us-east-1a")["Hsm"]
    expect(hsm["State"] == "CREATE_IN_PROGRESS", f"CreateHsm answered {hsm['State']}")

    def hsm_state():
        hsms = east.describe_clusters(Filters={"clusterIds": [cluster_id]})["Clusters"][0]["Hsms"]
        return next((h["State"] for h in hsms if h["HsmId"] == hsm["HsmId"]), "ABSENT")

    seen["hsm"] = wait_for(f"HSM {hsm['HsmId']}", hsm_state, "ACTIVE")

    destination = east.copy_backup_to_region(DestinationRegion="us-west-2", BackupId=backup_id)["DestinationBackup"]
    expect(destination["SourceBackup"] == backup_id, f"CopyBackupToRegion answered {destination}")

    def copy_state():
        copies = west.describe_backups(Filters={"sourceBackupIds": [backup_id]})["Backups"]
        return copies[0]["BackupState"] if len(copies) == 1 else f"{len(copies)} copies"

    seen["copy"] = wait_for("the copy in us-west-2", copy_state, "READY")

    deleted = east.delete_backup(BackupId=backup_id)["Backup"]
    expect(deleted["BackupState"] == "PENDING_DELETION", f"DeleteBackup answered {deleted['BackupState']}")
    expect("DeleteTimestamp" in deleted, "DeleteBackup's reply has no DeleteTimestamp")
    expect(backup_state(east, backup_id) == "PENDING_DELETION", "the deleted backup is not PENDING_DELETION")

    restored = east.restore_backup(BackupId=backup_id)["Backup"]
    expect(restored["BackupState"] == "READY", f"RestoreBackup answered {restored['BackupState']}")
    expect("DeleteTimestamp" not in restored, "the restored backup still has a DeleteTimestamp")
    expect(backup_state(east, backup_id) == "READY", "the restored backup is not READY")

    print(json.dumps({"backup": backup_id, "cluster": cluster_id, "seen": seen}))


if __name__ == "__main__":
    main()
