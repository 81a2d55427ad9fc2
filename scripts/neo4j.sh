#!/usr/bin/env bash
# Start, stop and check a local Neo4j 5 Community server for graphctl: Bolt on 127.0.0.1:7687,
# Neo4j Browser on http://127.0.0.1:7474/browser/, data and logs under .neo4j/ in the project.
#
#   scripts/neo4j.sh start    fetch the server from Maven Central on first use, start, wait
#   scripts/neo4j.sh stop     stop it (SIGTERM, then SIGKILL after a minute)
#   scripts/neo4j.sh status   say whether it runs (exit 0) or not (exit 3)
#   scripts/neo4j.sh wait     wait until Bolt answers a query (exit 1 after the timeout)
#
# Settings (environment): NEO4J_PASSWORD (first start only; default graphctl-local, user neo4j),
# GRAPHCTL_NEO4J_HOME (default .neo4j), NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474),
# NEO4J_HEAP (4g), NEO4J_PAGECACHE (1g), NEO4J_WAIT_SECONDS (120).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="$ROOT/scripts/neo4j"
LIB="$BUILD/target/lib"
HOME_DIR="${GRAPHCTL_NEO4J_HOME:-$ROOT/.neo4j}"
PID_FILE="$HOME_DIR/neo4j.pid"
BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
# A batched load keeps two transactions of thousands of relationships alive through every
# young collection: a small heap collects (and copies them) several times a second.
HEAP="${NEO4J_HEAP:-4g}"
PAGECACHE="${NEO4J_PAGECACHE:-1g}"
WAIT_SECONDS="${NEO4J_WAIT_SECONDS:-120}"
PASSWORD="${NEO4J_PASSWORD:-graphctl-local}"

say() { echo "neo4j.sh: $*" >&2; }

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        say "$1 is not installed: $2"
        exit 1
    fi
}

running_pid() {
    [[ -f "$PID_FILE" ]] || return 1
    local pid
    pid="$(cat "$PID_FILE")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
    echo "$pid"
}

fetch() {
    # The marker is written last, so an interrupted download is redone on the next start.
    [[ -f "$LIB/.complete" ]] && return 0
    need mvn "install Maven (Debian: apt-get install maven) to fetch Neo4j from Maven Central"
    say "fetching Neo4j Community and Neo4j Browser from Maven Central (first use only) ..."
    rm -rf "$LIB"
    mkdir -p "$BUILD/target"
    if ! mvn -B -q -Dstyle.color=never -f "$BUILD/pom.xml" dependency:copy-dependencies \
        -DoutputDirectory="$LIB" -DincludeScope=runtime >"$BUILD/target/maven.log" 2>&1; then
        say "Maven could not fetch Neo4j; last lines of $BUILD/target/maven.log:"
        tail -n 20 "$BUILD/target/maven.log" >&2
        exit 1
    fi
    touch "$LIB/.complete"
}

java_major() {
    java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1
}

configure() {
    mkdir -p "$HOME_DIR/conf" "$HOME_DIR/data" "$HOME_DIR/logs" "$HOME_DIR/plugins" \
        "$HOME_DIR/import"
    cat >"$HOME_DIR/conf/neo4j.conf" <<EOF
# Written by scripts/neo4j.sh on every start: edit the script, not this file.
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$BOLT_PORT
server.bolt.advertised_address=127.0.0.1:$BOLT_PORT
server.http.enabled=true
server.http.listen_address=127.0.0.1:$HTTP_PORT
server.http.advertised_address=127.0.0.1:$HTTP_PORT
server.https.enabled=false
dbms.security.auth_enabled=true
server.directories.data=$HOME_DIR/data
server.directories.logs=$HOME_DIR/logs
server.directories.plugins=$HOME_DIR/plugins
server.directories.import=$HOME_DIR/import
server.memory.pagecache.size=$PAGECACHE
dbms.usage_report.enabled=false
EOF
    if [[ ! -f "$HOME_DIR/data/dbms/auth.ini" ]]; then
        # Before the first start only: the password of user neo4j.
        NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$HOME_DIR/conf" \
            java -cp "$LIB/*" org.neo4j.cli.AdminTool dbms set-initial-password "$PASSWORD" \
            >"$HOME_DIR/logs/set-password.log" 2>&1 \
            || { say "could not set the initial password (see $HOME_DIR/logs/set-password.log)"; exit 1; }
    fi
}

bolt_answers() {
    # A query, not only an open port: Bolt listens a moment before the databases are ready.
    if python3 -c 'import neo4j' 2>/dev/null; then
        NEO4J_BOLT_PORT="$BOLT_PORT" NEO4J_CHECK_PASSWORD="$PASSWORD" python3 - <<'EOF' 2>/dev/null
import os, sys
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

uri = f"bolt://127.0.0.1:{os.environ['NEO4J_BOLT_PORT']}"
try:
    with GraphDatabase.driver(uri, auth=("neo4j", os.environ["NEO4J_CHECK_PASSWORD"])) as driver:
        driver.execute_query("RETURN 1")
except AuthError:
    sys.exit(0)  # the server answers; the password is the caller's business
except Exception:
    sys.exit(1)
EOF
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$BOLT_PORT") 2>/dev/null
    fi
}

wait_ready() {
    local waited=0
    until bolt_answers; do
        if [[ -f "$PID_FILE" ]] && ! running_pid >/dev/null; then
            say "the server stopped while starting; last lines of $HOME_DIR/logs/console.log:"
            tail -n 20 "$HOME_DIR/logs/console.log" >&2 || true
            return 1
        fi
        if ((waited >= WAIT_SECONDS)); then
            say "Bolt on 127.0.0.1:$BOLT_PORT did not answer within ${WAIT_SECONDS}s"
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
}

start() {
    need java "install Java 17 or later (Debian: apt-get install openjdk-17-jre-headless)"
    local major
    major="$(java_major)"
    if [[ -z "$major" || "$major" -lt 17 ]]; then
        say "Neo4j 5 needs Java 17 or later; java here is version ${major:-unknown}"
        exit 1
    fi
    if pid="$(running_pid)"; then
        say "already running (pid $pid)"
        wait_ready
        return 0
    fi
    fetch
    configure
    # Java's own process, started in its own session so that a Ctrl-C in this shell spares it.
    # The JVM options Neo4j's own launcher passes (initial heap = maximum heap, as Neo4j advises):
    # without the --add-opens the page cache falls back to a slower mode.
    setsid java "-Xms$HEAP" "-Xmx$HEAP" -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow \
        -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC \
        -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
        -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8 \
        --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
        --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
        -cp "$LIB/*" org.neo4j.server.CommunityEntryPoint \
        "--home-dir=$HOME_DIR" "--config-dir=$HOME_DIR/conf" \
        >"$HOME_DIR/logs/console.log" 2>&1 </dev/null &
    echo $! >"$PID_FILE"
    say "starting (pid $!), data in $HOME_DIR"
    if ! wait_ready; then
        stop >/dev/null 2>&1 || true
        exit 1
    fi
    say "ready: bolt://127.0.0.1:$BOLT_PORT (user neo4j), Neo4j Browser http://127.0.0.1:$HTTP_PORT/browser/"
}

stop() {
    local pid waited=0
    if ! pid="$(running_pid)"; then
        say "not running"
        rm -f "$PID_FILE"
        return 0
    fi
    kill -TERM "$pid"
    while kill -0 "$pid" 2>/dev/null; do
        if ((waited >= 60)); then
            say "no clean stop within 60s: killing pid $pid"
            kill -KILL "$pid" 2>/dev/null || true
            break
        fi
        sleep 1
        waited=$((waited + 1))
    done
    rm -f "$PID_FILE"
    say "stopped"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status)
        if pid="$(running_pid)"; then
            echo "running (pid $pid): bolt://127.0.0.1:$BOLT_PORT, http://127.0.0.1:$HTTP_PORT/browser/"
        else
            echo "not running"
            exit 3
        fi
        ;;
    wait) wait_ready ;;
    *)
        echo "usage: $0 start|stop|status|wait" >&2
        exit 2
        ;;
esac
