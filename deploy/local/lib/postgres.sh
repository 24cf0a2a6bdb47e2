#!/usr/bin/env bash
# Makes sure PostgreSQL answers on 127.0.0.1:$LF_PG_PORT (default 5432) and that a service's role and database
# exist. Only the machine's cluster on 5432 is started here; another port must already be served.
#   postgres.sh ensure              start the installed cluster if nothing listens on 5432
#   postgres.sh ensure-db NAME...   also create role NAME (password NAME) owning database NAME, idempotently
set -euo pipefail

PORT=${LF_PG_PORT:-5432}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Runs a command that starts a daemon with only stdin, stdout and stderr: the server outlives this script and
# must not keep what it inherited open (a lock taken with flock around a test run would never be released).
without_inherited_fds() {
  (
    for fd in /proc/$BASHPID/fd/*; do
      n=${fd##*/}
      if ((n > 2)); then eval "exec $n>&-" 2>/dev/null || true; fi
    done
    exec "$@"
  )
}

ensure() {
  if port_open $PORT; then return 0; fi
  if [[ $PORT != 5432 ]]; then echo "postgres: nothing listens on 127.0.0.1:$PORT" >&2; return 1; fi
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  if [[ -z $version ]] || ! command -v pg_ctlcluster >/dev/null; then
    echo "postgres: nothing listens on 127.0.0.1:$PORT and no installed cluster was found" >&2
    return 1
  fi
  echo "postgres: starting cluster $version/main"
  without_inherited_fds pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 60); do port_open $PORT && return 0; sleep 0.5; done
  echo "postgres: cluster did not open port $PORT" >&2
  return 1
}

# psql as a superuser: over TCP when trust allows it, else through the local socket as the postgres user.
superuser_psql() {
  if psql -h 127.0.0.1 -p $PORT -U postgres -d postgres -w -tAc 'select 1' >/dev/null 2>&1; then
    psql -h 127.0.0.1 -p $PORT -U postgres -d postgres -w -v ON_ERROR_STOP=1 -tA "$@"
  else
    runuser -u postgres -- psql -p $PORT -d postgres -v ON_ERROR_STOP=1 -tA "$@"
  fi
}

ensure_db() {
  local name=$1
  [[ $name =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "postgres: bad database name $name" >&2; return 1; }
  if [[ -z $(superuser_psql -c "select 1 from pg_roles where rolname = '$name'") ]]; then
    superuser_psql -c "create role $name login password '$name'" >/dev/null
  fi
  if [[ -z $(superuser_psql -c "select 1 from pg_database where datname = '$name'") ]]; then
    superuser_psql -c "create database $name owner $name" >/dev/null
  fi
}

case "${1:-}" in
  ensure) ensure ;;
  ensure-db) shift; ensure; for db in "$@"; do ensure_db "$db"; done ;;
  *) echo "usage: $0 ensure | ensure-db NAME..." >&2; exit 2 ;;
esac
