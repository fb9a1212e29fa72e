"""Copies a model's files from the platform's S3 store into the model server's volume.

Run as the init container of every model server: fetch_model.py s3://<bucket>/<prefix>/ <directory>.
The endpoint, CA bundle and keys come from the standard AWS_* environment variables.
"""

import os
import posixpath
import sys


class ModelLocationError(Exception):
    """The location names no files, or a key would land outside the target directory."""


def parse_location(location):
    """Splits s3://bucket/prefix/ into (bucket, prefix) with the prefix ending in '/'."""
    if not location.startswith("s3://"):
        raise ModelLocationError(f"{location}: not an s3:// location")
    bucket, _, prefix = location[len("s3://"):].partition("/")
    if not bucket or not prefix.strip("/"):
        raise ModelLocationError(f"{location}: give the model's folder, s3://<bucket>/<prefix>/")
    return bucket, prefix.rstrip("/") + "/"


def plan_downloads(prefix, keys, directory):
    """Maps each object key under prefix to its local path; refuses keys that escape directory."""
    root = os.path.realpath(directory)
    plan = []
    for key in sorted(keys):
        if not key.startswith(prefix) or key.endswith("/"):
            continue
        relative = key[len(prefix):]
        parts = relative.split("/")
        if any(part in ("", ".", "..") for part in parts) or "\\" in relative:
            raise ModelLocationError(f"object {key}: its name would land outside {directory}")
        target = os.path.join(root, *parts)
        if os.path.commonpath([root, os.path.realpath(target)]) != root:
            raise ModelLocationError(f"object {key}: its name would land outside {directory}")
        plan.append((key, target))
    if not plan:
        raise ModelLocationError(f"no files under {prefix}: upload the model's files there first")
    return plan


def main(argv):
    if len(argv) != 3:
        print("usage: fetch_model.py s3://<bucket>/<prefix>/ <directory>", file=sys.stderr)
        return 2
    import boto3  # imported here so the planning above is testable without it

    try:
        bucket, prefix = parse_location(argv[1])
        client = boto3.client("s3")
        keys = []
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
            keys.extend(item["Key"] for item in page.get("Contents", []))
        for key, target in plan_downloads(prefix, keys, argv[2]):
            os.makedirs(posixpath.dirname(target), exist_ok=True)
            client.download_file(bucket, key, target)
            print(f"fetched s3://{bucket}/{key}")
    except ModelLocationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
