#!/bin/sh
# Runs a command with $MODELPIN_BENCH_DATABASE_URL naming a throw-away PostgreSQL server, started as
# the tests start theirs (a Unix socket in its own folder, fsync off; initdb as the postgres user
# when run as root), stopped and removed when the command ends. When no server can be started the
# command runs without it, and the PostgreSQL figures are left out with a note.
# Usage: Benchmarks/with-postgres.sh COMMAND [ARGUMENT...]
set -u
if [ -n "${MODELPIN_BENCH_DATABASE_URL:-}" ]; then exec "$@"; fi
bin=$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
folder=/tmp/modelpin-bench-pg-$$
as_server() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=postgres --regid=postgres --init-groups --reset-env -- "$@"; else "$@"; fi; }
stop() { as_server "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null 2>&1; rm -rf "$folder"; }
if [ -x "$bin/initdb" ] && mkdir "$folder" && { [ "$(id -u)" != 0 ] || chown postgres "$folder"; } \
  && as_server "$bin/initdb" -D "$folder/data" -U modelpin -A trust --no-sync -E UTF8 --locale=C >/dev/null \
  && as_server "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -o \
    "-c listen_addresses='' -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
  && "$bin/pg_isready" -h "$folder" -t 10 >/dev/null; then
  trap stop EXIT INT TERM
  MODELPIN_BENCH_DATABASE_URL="postgresql:///postgres?host=$folder&user=modelpin" "$@"
else
  echo "with-postgres.sh: no PostgreSQL server could be started; the PostgreSQL figures are left out" >&2
  rm -rf "$folder"
  "$@"
fi
