#!/usr/bin/env bash
# Writes an AppCDS archive (the classes start-up loads, already parsed) for the JVM that runs this:
#   docker/write-class-archive.sh ARCHIVE JAR [JVM options...]
# A training run: the jar started with the given options but needing no database (no migrations, no
# schema check; what does try to connect only logs a warning), asked for GET /api/v1, then stopped; the
# JVM writes the archive as it exits. On two cores it takes the first request from 3.67 s to 2.80 s, the
# same as training against a loaded database. Start with -XX:SharedArchiveFile=ARCHIVE, the same JVM,
# the same options and the same jar path, or the JVM ignores the archive.
set -euo pipefail
archive=$1
jar=$2
shift 2
port=8095
log=$(mktemp)

QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:1/no-database \
EXPORT_PERMITS_API_KEYS_PEPPER=class-archive-training-run-only-000000 \
EXPORT_PERMITS_BOOTSTRAP_AUTHORITY_KEY= \
QUARKUS_FLYWAY_MIGRATE_AT_START=false \
QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY=none \
QUARKUS_HTTP_HOST=127.0.0.1 \
QUARKUS_HTTP_PORT=$port \
  java "$@" -XX:ArchiveClassesAtExit="$archive" -jar "$jar" > "$log" 2>&1 &
pid=$!

answered=""
for _ in $(seq 1 600); do
  if ! kill -0 "$pid" 2> /dev/null; then
    break
  fi
  if { exec 3<> "/dev/tcp/127.0.0.1/$port"; } 2> /dev/null; then
    printf 'GET /api/v1 HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
    status=$(head -n 1 <&3 || true)
    exec 3<&-
    if [[ $status == *" 200 "* ]]; then
      answered=yes
      break
    fi
  fi
  sleep 0.1
done
kill -TERM "$pid" 2> /dev/null || true
wait "$pid" || true
if [[ -z $answered || ! -s $archive ]]; then
  echo "The training run did not answer GET /api/v1 or wrote no archive; its output:" >&2
  cat "$log" >&2
  exit 1
fi
rm -f "$log"
