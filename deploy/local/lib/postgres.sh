#!/usr/bin/env bash
# Makes sure PostgreSQL answers on 127.0.0.1:$LF_PG_PORT (default 5432) and that a service's role and database exist.
#   postgres.sh ensure              use the server that answers there, or start an embedded one
#   postgres.sh ensure-db NAME...   also create role NAME (password NAME) owning database NAME, idempotently
#   postgres.sh recreate-db NAME    drop database NAME (closing its connections) and create it empty again
#   postgres.sh stop                stop the embedded server of this run folder, if it runs
# A server already listening is always used as it is. Otherwise PostgreSQL comes from Maven Central, like Kafka:
# zonky's embedded-postgres binaries are unpacked under $LF_RUN_DIR/postgres (default deploy/local/.run) and a
# cluster with trust authentication on 127.0.0.1 only is created there once. "ensure" prints "started" only when
# it started one itself.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
PORT=${LF_PG_PORT:-5432}
PG_VERSION=17.5.0
JDBC_VERSION=42.7.11
PG_DIR=${LF_RUN_DIR:-$ROOT/deploy/local/.run}/postgres
DIST=$PG_DIR/dist-$PG_VERSION
DATA=$PG_DIR/data
LOG_FILE=$PG_DIR/postgres.log

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# PostgreSQL refuses to run as root: then the server runs as an unprivileged system user.
as_server_user() {
  if (( EUID == 0 )); then
    local user=postgres
    id -u "$user" >/dev/null 2>&1 || user=nobody
    chown -R "$user" "$PG_DIR"
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

# Runs a command that starts a daemon with only stdin, stdout and stderr: the server outlives this script and
# must not keep what it inherited open (a lock taken with flock around a test run would never be released).
without_inherited_fds() {
  (
    for fd in /proc/$BASHPID/fd/*; do
      n=${fd##*/}
      if ((n > 2)); then eval "exec $n>&-" 2>/dev/null || true; fi
    done
    "$@"
  )
}

maven_artifact() { # groupId:artifactId:version -> path of the jar in the download folder
  local coordinates=$1 file
  file=$PG_DIR/download/$(cut -d: -f2 <<<"$coordinates")-$(cut -d: -f3 <<<"$coordinates").jar
  if [[ ! -f $file ]]; then
    mvn -B -q -f "$ROOT/pom.xml" -N dependency:copy -Dartifact="$coordinates" -DoutputDirectory="$PG_DIR/download" >&2
  fi
  echo "$file"
}

install_binaries() {
  [[ -x $DIST/bin/postgres ]] && return 0
  local arch
  case $(uname -m) in
    x86_64) arch=amd64 ;;
    aarch64) arch=arm64v8 ;;
    *) echo "postgres: no embedded binaries for $(uname -m); install PostgreSQL on port $PORT" >&2; return 1 ;;
  esac
  echo "postgres: nothing listens on 127.0.0.1:$PORT; unpacking PostgreSQL $PG_VERSION from Maven Central" >&2
  local jar unpack=$PG_DIR/unpack
  jar=$(maven_artifact "io.zonky.test.postgres:embedded-postgres-binaries-linux-$arch:$PG_VERSION")
  rm -rf "$unpack" && mkdir -p "$unpack" "$DIST.tmp"
  (cd "$unpack" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf "$jar")
  tar -xJf "$unpack"/postgres-linux-*.txz -C "$DIST.tmp"
  rm -rf "$unpack" "$DIST" && mv "$DIST.tmp" "$DIST"
}

start_embedded() {
  mkdir -p "$PG_DIR"
  install_binaries
  if [[ ! -f $DATA/PG_VERSION ]]; then
    rm -rf "$DATA"
    as_server_user "$DIST/bin/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 \
      || { echo "postgres: initdb failed, see $PG_DIR/initdb.log" >&2; return 1; }
  fi
  # TCP on loopback only and no Unix socket (its path would depend on where the repository lives).
  without_inherited_fds as_server_user "$DIST/bin/pg_ctl" -D "$DATA" -l "$LOG_FILE" -w -t 60 \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200 -c fsync=off" start >/dev/null \
    || { echo "postgres: embedded server did not start, see $LOG_FILE" >&2; tail -20 "$LOG_FILE" >&2; return 1; }
  echo "postgres: started, embedded PostgreSQL $PG_VERSION ready on 127.0.0.1:$PORT (data $DATA, log $LOG_FILE)"
}

ensure() {
  if port_open "$PORT"; then return 0; fi
  start_embedded
}

stop() {
  if [[ -f $DATA/postmaster.pid ]] && [[ -x $DIST/bin/pg_ctl ]]; then
    as_server_user "$DIST/bin/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null && echo "postgres: stopped the embedded server"
  else
    echo "postgres: no embedded server runs from $PG_DIR"
  fi
}

# SQL as a superuser: psql over TCP when trust allows it, else psql through the local socket as the postgres
# user; without psql (the embedded server brings none) a small JDBC program does it.
superuser_sql() {
  if command -v psql >/dev/null; then
    if psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -w -tAc 'select 1' >/dev/null 2>&1; then
      psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -w -v ON_ERROR_STOP=1 -tA -c "$1"
    else
      runuser -u postgres -- psql -p "$PORT" -d postgres -v ON_ERROR_STOP=1 -tA -c "$1"
    fi
  else
    "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$(maven_artifact "org.postgresql:postgresql:$JDBC_VERSION")" \
      "$ROOT/deploy/local/lib/SuperuserSql.java" "jdbc:postgresql://127.0.0.1:$PORT/postgres" "$1"
  fi
}

ensure_db() {
  local name=$1
  [[ $name =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "postgres: bad database name $name" >&2; return 1; }
  if [[ -z $(superuser_sql "select 1 from pg_roles where rolname = '$name'") ]]; then
    superuser_sql "create role $name login password '$name'" >/dev/null
  fi
  if [[ -z $(superuser_sql "select 1 from pg_database where datname = '$name'") ]]; then
    superuser_sql "create database $name owner $name" >/dev/null
  fi
}

recreate_db() {
  local name=$1
  [[ $name =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "postgres: bad database name $name" >&2; return 1; }
  superuser_sql "drop database if exists $name with (force)" >/dev/null
  ensure_db "$name"
}

case "${1:-}" in
  ensure) ensure ;;
  ensure-db) shift; ensure; for db in "$@"; do ensure_db "$db"; done ;;
  stop) stop ;;
  recreate-db) ensure; recreate_db "$2" ;;
  *) echo "usage: $0 ensure | ensure-db NAME... | recreate-db NAME | stop" >&2; exit 2 ;;
esac
