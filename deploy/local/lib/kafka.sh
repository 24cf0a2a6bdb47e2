#!/usr/bin/env bash
# Starts, stops and checks the single-node KRaft broker (Apache Kafka resolved by deploy/kafka-broker).
#   kafka.sh start | stop | status | owned
# KAFKA_PORT (default 9092) is the client port, the controller listens on the next one. State lives in
# $KAFKA_RUN_DIR (default deploy/local/.run/kafka for 9092, deploy/local/.run/kafka-PORT otherwise).
# "start" exits 0 when a broker is ready, one it started or one already listening; "owned" exits 0 when the
# running broker is the one this checkout's pid file names, the only one a caller should stop again.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
PORT=${KAFKA_PORT:-9092}
CONTROLLER_PORT=$((PORT + 1))
if [[ $PORT == 9092 ]]; then default_dir=$ROOT/deploy/local/.run/kafka; else default_dir=$ROOT/deploy/local/.run/kafka-$PORT; fi
KAFKA_DIR=${KAFKA_RUN_DIR:-$default_dir}
BROKER_MODULE=$ROOT/deploy/kafka-broker
LIBS=$BROKER_MODULE/target/kafka/libs
PID_FILE=$KAFKA_DIR/kafka.pid
LOG_FILE=$KAFKA_DIR/kafka.log
CLUSTER_ID=1xonXloMRyOPygSq1hKZZA

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running_pid() {
  [[ -f $PID_FILE ]] || return 1
  local pid; pid=$(cat "$PID_FILE")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# the version is written once, in the root POM (kafka.version), which also resolves the jars
KAFKA_VERSION=$(sed -n 's#.*<kafka.version>\(.*\)</kafka.version>.*#\1#p' "$ROOT/pom.xml")

ensure_libs() {
  if [[ ! -f $LIBS/kafka_2.13-$KAFKA_VERSION.jar ]]; then
    echo "kafka: resolving Apache Kafka jars with Maven"
    mvn -B -q -f "$ROOT/pom.xml" -pl deploy/kafka-broker -am process-resources >/dev/null
  fi
}

start() {
  if running_pid >/dev/null; then echo "kafka: already running (pid $(running_pid))"; return 0; fi
  if port_open $PORT; then echo "kafka: a broker already listens on 127.0.0.1:$PORT, using it"; return 0; fi
  ensure_libs
  mkdir -p "$KAFKA_DIR"
  local props=$KAFKA_DIR/server.properties
  sed -e "s#^log.retention.hours=.*#&\nlog.dirs=$KAFKA_DIR/data#" -e "s#:9092#:$PORT#g" -e "s#:9093#:$CONTROLLER_PORT#g" \
    "$BROKER_MODULE/server.properties" > "$props"
  local java=${JAVA_HOME:+$JAVA_HOME/bin/}java
  local cp="$LIBS/*"
  local log4j=-Dlog4j2.configurationFile=$BROKER_MODULE/log4j2.properties
  if [[ ! -f $KAFKA_DIR/data/meta.properties ]]; then
    "$java" $log4j -cp "$cp" kafka.tools.StorageTool format -t "$CLUSTER_ID" -c "$props" --ignore-formatted >"$KAFKA_DIR/format.log" 2>&1
  fi
  : > "$LOG_FILE"
  setsid nohup "$java" -Xms256m -Xmx512m -XX:+UseG1GC $log4j -cp "$cp" kafka.Kafka "$props" >"$LOG_FILE" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"
  local deadline=$((SECONDS + 60))
  until port_open $PORT && grep -q "Kafka Server started" "$LOG_FILE"; do
    if ! running_pid >/dev/null; then echo "kafka: broker exited, see $LOG_FILE" >&2; tail -20 "$LOG_FILE" >&2; return 1; fi
    if (( SECONDS > deadline )); then echo "kafka: not ready after 60 s, see $LOG_FILE" >&2; return 1; fi
    sleep 0.3
  done
  echo "kafka: started, ready on 127.0.0.1:$PORT (pid $(cat "$PID_FILE"), log $LOG_FILE)"
}

stop() {
  local pid
  if ! pid=$(running_pid); then echo "kafka: not running"; rm -f "$PID_FILE"; return 0; fi
  kill "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$PID_FILE"
  echo "kafka: stopped (pid $pid)"
}

# Whether the broker on the port is the one this checkout's pid file names: only that one is stopped again.
owned() {
  running_pid >/dev/null
}

status() {
  if pid=$(running_pid); then echo "kafka: running (pid $pid)"; elif port_open $PORT; then echo "kafka: a broker not started here listens on $PORT"; else echo "kafka: stopped"; return 1; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  owned) owned ;;
  *) echo "usage: $0 start|stop|status|owned" >&2; exit 2 ;;
esac
