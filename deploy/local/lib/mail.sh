#!/usr/bin/env bash
# Starts and stops the local mail server (GreenMail standalone, resolved from Maven Central by deploy/mail-server):
# SMTP on 127.0.0.1:$MAIL_SMTP_PORT (default 3025) and IMAP on 127.0.0.1:$MAIL_IMAP_PORT (default 3143), a mailbox
# per recipient with the address as login and password, its web API on 127.0.0.1:$MAIL_API_PORT (default 8025, off
# the console's 8080).
#   mail.sh start | stop | owned
# State (pid, log) lives in $MAIL_RUN_DIR (default deploy/local/.run/mail). "start" exits 0 when a server is ready,
# one it started or one already listening on the SMTP port; "owned" exits 0 when the running server is the one
# this checkout's pid file names.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
MAIL_DIR=${MAIL_RUN_DIR:-$ROOT/deploy/local/.run/mail}
JAR=$ROOT/deploy/mail-server/target/greenmail/greenmail-standalone.jar
PID_FILE=$MAIL_DIR/greenmail.pid
LOG_FILE=$MAIL_DIR/greenmail.log
SMTP_PORT=${MAIL_SMTP_PORT:-3025}
IMAP_PORT=${MAIL_IMAP_PORT:-3143}
API_PORT=${MAIL_API_PORT:-8025}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running_pid() {
  [[ -f $PID_FILE ]] || return 1
  local pid; pid=$(cat "$PID_FILE")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start() {
  if running_pid >/dev/null; then echo "mail: already running (pid $(running_pid))"; return 0; fi
  if port_open $SMTP_PORT; then echo "mail: a server already listens on 127.0.0.1:$SMTP_PORT, using it"; return 0; fi
  if [[ ! -f $JAR ]]; then
    echo "mail: resolving GreenMail standalone with Maven"
    mvn -B -q -f "$ROOT/pom.xml" -pl deploy/mail-server process-resources >/dev/null
  fi
  mkdir -p "$MAIL_DIR"
  local java=${JAVA_HOME:+$JAVA_HOME/bin/}java
  # every address gets a mailbox on first mail, kept in memory (the heap holds deploy/bench/run's burst of 10,000
  # mails, purged after each burst)
  setsid nohup "$java" -Xmx384m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
    -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$IMAP_PORT" -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$API_PORT" -jar "$JAR" >"$LOG_FILE" 2>&1 </dev/null &
  echo $! > "$PID_FILE"
  local deadline=$((SECONDS + 30))
  until port_open $SMTP_PORT && port_open $IMAP_PORT; do
    if ! running_pid >/dev/null; then echo "mail: server exited, see $LOG_FILE" >&2; tail -20 "$LOG_FILE" >&2; return 1; fi
    if (( SECONDS > deadline )); then echo "mail: not ready after 30 s, see $LOG_FILE" >&2; return 1; fi
    sleep 0.3
  done
  echo "mail: started (pid $(running_pid), SMTP 127.0.0.1:$SMTP_PORT, IMAP 127.0.0.1:$IMAP_PORT)"
}

stop() {
  local pid
  if pid=$(running_pid); then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "mail: stopped (pid $pid)"
  fi
  rm -f "$PID_FILE"
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  owned) running_pid >/dev/null ;;
  *) echo "usage: $0 start|stop|owned" >&2; exit 2 ;;
esac
