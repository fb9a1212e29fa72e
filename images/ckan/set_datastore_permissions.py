"""Applies CKAN's DataStore permissions with the platform's roles, no superuser needed.

`ckan datastore set-permissions` prints SQL meant for psql: blocks after `\\connect <db>` lines,
for the catalog database and for the DataStore. This runs each block in its database, as that
database's owner (the URLs CKAN already has), and stops at the first error.
"""

import os
import subprocess
import sys


def blocks(sql, databases):
    """Splits psql-style SQL at its \\connect lines into (database, statements) pairs.

    databases maps each database name to the connection URL its owner uses; a block for a
    database that is not in it is refused, and statements before any \\connect are too.
    """
    result = []
    current = None
    lines = []
    for line in sql.splitlines():
        stripped = line.strip()
        if stripped.startswith("\\connect") or stripped.startswith("\\c "):
            if current is not None:
                result.append((current, "\n".join(lines).strip()))
            name = stripped.split(None, 1)[1].strip().strip('"')
            if name not in databases:
                raise ValueError(f"the permissions SQL connects to '{name}', which is neither the catalog nor the DataStore database")
            current, lines = name, []
        elif stripped.startswith("\\"):
            continue
        elif current is None:
            if stripped and not stripped.startswith("--"):
                raise ValueError("the permissions SQL has statements before its first \\connect")
        else:
            lines.append(line)
    if current is not None:
        result.append((current, "\n".join(lines).strip()))
    return [(db, statements) for db, statements in result if statements]


def database_name(url):
    """The database a postgresql:// URL names (its path, without query)."""
    return url.rsplit("/", 1)[1].split("?", 1)[0]


def main():
    import psycopg2  # the image's CKAN has it; imported here so the splitting is testable without it

    catalog = os.environ["CKAN_SQLALCHEMY_URL"]
    datastore = os.environ["CKAN_DATASTORE_WRITE_URL"]
    sql = subprocess.run(["ckan", "-c", "/app/production.ini", "datastore", "set-permissions"], check=True, capture_output=True, text=True).stdout
    urls = {database_name(catalog): catalog, database_name(datastore): datastore}
    for name, statements in blocks(sql, urls):
        with psycopg2.connect(urls[name]) as connection, connection.cursor() as cursor:
            cursor.execute(statements)
        print(f"applied the DataStore permissions in {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
