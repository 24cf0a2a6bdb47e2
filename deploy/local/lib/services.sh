# Shared by up, down and staff-token: where the local services live and how to find them.
LF_RUN_DIR=${LF_RUN_DIR:-$ROOT/deploy/local/.run}
LF_DB_SUFFIX=${LF_DB_SUFFIX:-}
# Replicas of one system share its secrets: a second `up` with its own LF_RUN_DIR points here at the first's.
LF_SECRETS_DIR=${LF_SECRETS_DIR:-$LF_RUN_DIR/secrets}
export LF_PG_PORT=${LF_PG_PORT:-5432}
export KAFKA_PORT=${KAFKA_PORT:-9092}
LOCAL_STAFF_ISSUER=https://idp.licenseforge.local
SERVICES=(issuer-service activation-service billing-sync-service notification-service)
# The services' JVM, as in deploy/docker/Dockerfile.jvm and deploy/k8s (measured under deploy/bench/run: live heap
# below 60 MB, metaspace about 110 MB, code cache about 45 MB): a bounded heap with the serial collector (two cores,
# short young collections), small thread stacks, few malloc arenas (MALLOC_ARENA_MAX below) and freed native memory
# handed back every 10 s (40 MB after the benchmark). The code cache keeps JDK 17's default size: at 64 MB its
# sweeper evicted warm code, and recompiling it took C2 up to 65 % of a core under load.
LF_JAVA_OPTS=(-XX:+UseSerialGC -Xms32m -Xmx128m -Xss512k -XX:ReservedCodeCacheSize=240m -XX:MaxMetaspaceSize=160m -XX:TrimNativeHeapInterval=10000
  -XX:+ExitOnOutOfMemoryError)
# The staff console and, for the local run only, the identity provider it signs in with; the customer portal.
APPS=(local-idp console portal)
ROLES=(sales support billing admin auditor)
# each service's own database, and the console's and the portal's (their sessions)
DATABASES=(issuer activation billing notification console portal)

service_port() {
  case $1 in
    issuer-service) echo "${ISSUER_PORT:-8081}" ;;
    activation-service) echo "${ACTIVATION_PORT:-8082}" ;;
    billing-sync-service) echo "${BILLING_PORT:-8083}" ;;
    notification-service) echo "${NOTIFICATION_PORT:-8084}" ;;
    console) echo "${CONSOLE_PORT:-8080}" ;;
    portal) echo "${PORTAL_PORT:-8090}" ;;
    local-idp) echo "${IDP_PORT:-8088}" ;;
  esac
}

service_pid() {
  local file=$LF_RUN_DIR/$1.pid pid
  [[ -f $file ]] || return 1
  pid=$(cat "$file")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
