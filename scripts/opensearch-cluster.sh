#!/usr/bin/env bash
# A local two-node OpenSearch cluster for litindex's integration tests and for trying litindex on OpenSearch.
#
#   scripts/opensearch-cluster.sh start        fetch OpenSearch with Maven, build litindex's analysis plugin, start two
#                                              nodes on free loopback ports, wait for green health; prints the address
#   scripts/opensearch-cluster.sh stop         stop both nodes (their process groups), whatever state they are in
#   scripts/opensearch-cluster.sh status       the address and the cluster health
#   scripts/opensearch-cluster.sh address      the address alone (node URLs separated by commas)
#   scripts/opensearch-cluster.sh kill-node N  SIGKILL node N (1 or 2), as a crash would
#   scripts/opensearch-cluster.sh start-node N start node N again on its ports and data (after kill-node)
#
# Everything lives under target/opensearch-cluster/ of the project (LITINDEX_OPENSEARCH_CLUSTER_DIR to move it).
# Run as root, the nodes run as uid/gid 65534 (OpenSearch refuses root; run by another user, as that user), with a
# heap of 512 MB each (LITINDEX_OPENSEARCH_HEAP), listen on 127.0.0.1 only, and start with empty data at each start. Exit codes: 0 done; 1 failed (the nodes this
# run started are stopped again); 2 usage.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${LITINDEX_OPENSEARCH_CLUSTER_DIR:-$ROOT/target/opensearch-cluster}"
HEAP="${LITINDEX_OPENSEARCH_HEAP:-512m}"
TIMEOUT="${LITINDEX_OPENSEARCH_START_TIMEOUT:-240}"
RUN_AS=65534
# where the OpenSearch home and the nodes' files live: $DIR, unless the user the nodes run as cannot reach it
RT="$(cat "$DIR/runtime" 2>/dev/null || echo "$DIR")"
NODES=(1 2)

log() { echo "opensearch-cluster: $*" >&2; }
die() { log "$*"; exit 1; }

# the OpenSearch version pinned in the parent POM
version() {
    sed -n 's:.*<opensearch.version>\(.*\)</opensearch.version>.*:\1:p' "$ROOT/pom.xml" | head -n 1
}

# a TCP port nobody listens on, on loopback
free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        if ! ss -Hltn "sport = :$port" | grep -q . && ! grep -qx "$port" "$DIR/ports.taken" 2>/dev/null; then
            echo "$port" >> "$DIR/ports.taken"
            echo "$port"
            return 0
        fi
    done
    die "no free port found on 127.0.0.1"
}

fetch() {
    local v="$1" artifacts="$DIR/artifacts"
    if [[ -f "$artifacts/opensearch-$v.zip" && -f "$artifacts/analysis-common-$v.jar" ]]; then
        return 0
    fi
    log "fetching OpenSearch $v with Maven"
    local t=$SECONDS
    mvn -B -q -f "$ROOT/pom.xml" -pl opensearch dependency:copy@cluster-artifacts -Dcluster.artifacts="$artifacts" \
        > "$DIR/maven.log" 2>&1 || { tail -n 30 "$DIR/maven.log" >&2; die "Maven could not fetch OpenSearch $v"; }
    log "fetched in $((SECONDS - t))s"
}

build_plugin() {
    if [[ -n "${LITINDEX_OPENSEARCH_PLUGIN_ZIP:-}" ]]; then
        PLUGIN_ZIP="$LITINDEX_OPENSEARCH_PLUGIN_ZIP"
    else
        log "building litindex's analysis plugin (mvn -pl opensearch/plugin -am package)"
        local t=$SECONDS
        mvn -B -q -f "$ROOT/pom.xml" -pl opensearch/plugin -am package -DskipTests -Dlitindex.cds.skip \
            > "$DIR/maven.log" 2>&1 || { tail -n 30 "$DIR/maven.log" >&2; die "Maven could not build the analysis plugin"; }
        log "plugin built in $((SECONDS - t))s"
        PLUGIN_ZIP="$(ls "$ROOT"/opensearch/plugin/target/litindex-analysis-*.zip | head -n 1)"
    fi
    [[ -f "$PLUGIN_ZIP" ]] || die "no plugin zip at $PLUGIN_ZIP"
}

# the OpenSearch home: the distribution, the analysis-common module, litindex's plugin
install() {
    local v="$1" home="$RT/opensearch"
    rm -rf "$home" "$RT/unpack"
    mkdir -p "$RT/unpack"
    unzip -q "$DIR/artifacts/opensearch-$v.zip" -d "$RT/unpack"
    mv "$RT/unpack/opensearch-$v" "$home"
    rmdir "$RT/unpack"
    mkdir -p "$home/modules/analysis-common"
    cp "$DIR/artifacts/analysis-common-$v.jar" "$home/modules/analysis-common/"
    # the jar on Maven Central has no descriptor; this is the module's own (without the painless extension)
    cat > "$home/modules/analysis-common/plugin-descriptor.properties" <<PROPS
name=analysis-common
description=Adds "built in" analyzers to OpenSearch.
version=$v
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=$v
extended.plugins=
has.native.controller=false
PROPS
    mkdir -p "$home/plugins/litindex-analysis"
    unzip -q "$PLUGIN_ZIP" -d "$home/plugins/litindex-analysis"
}

configure() {
    local n http1 http2 tr1 tr2 name="litindex-test-$$-$RANDOM"
    : > "$DIR/ports.taken"
    http1=$(free_port); tr1=$(free_port); http2=$(free_port); tr2=$(free_port)
    for n in "${NODES[@]}"; do
        local node="$RT/node-$n" http tr
        if [[ $n == 1 ]]; then http=$http1; tr=$tr1; else http=$http2; tr=$tr2; fi
        rm -rf "$node"
        mkdir -p "$node/config" "$node/data" "$node/logs" "$node/tmp"
        cp "$RT/opensearch/config/jvm.options" "$RT/opensearch/config/log4j2.properties" "$node/config/"
        # a small heap per node, and the GC log, heap dumps and crash logs in the node's own folders
        sed -i -e "s/^-Xms.*/-Xms$HEAP/" -e "s/^-Xmx.*/-Xmx$HEAP/" -e "s#file=logs/#file=$node/logs/#" \
            -e "s#HeapDumpPath=data#HeapDumpPath=$node/data#" -e "s#ErrorFile=logs/#ErrorFile=$node/logs/#" \
            "$node/config/jvm.options"
        cat > "$node/config/opensearch.yml" <<YML
cluster.name: $name
node.name: node-$n
path.data: $node/data
path.logs: $node/logs
network.host: 127.0.0.1
http.port: $http
transport.port: $tr
discovery.seed_hosts: ["127.0.0.1:$tr1", "127.0.0.1:$tr2"]
cluster.initial_cluster_manager_nodes: ["node-1", "node-2"]
# a small test machine: never refuse shards because the disk is fuller than a server's would be
cluster.routing.allocation.disk.threshold_enabled: false
YML
        echo "$http" > "$node/http.port"
    done
    echo "http://127.0.0.1:$http1,http://127.0.0.1:$http2" > "$DIR/address.pending"
}

start_node() {
    local n="$1"
    local node="$RT/node-$n"
    [[ -d "$node/config" ]] || die "node $n was never configured: run start first"
    if node_alive "$n"; then
        log "node $n is already running"
        return 0
    fi
    local java_home
    java_home="${OPENSEARCH_JAVA_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}"
    # OpenSearch refuses to run as root: as root, the node runs as uid/gid 65534; as anyone else, as that user
    local as_user=()
    if [[ $EUID == 0 ]]; then
        chown -R "$RUN_AS:$RUN_AS" "$node"
        as_user=(setpriv --reuid=$RUN_AS --regid=$RUN_AS --clear-groups)
    fi
    # setsid: the node gets a process group of its own, which stop kills whole
    cd "$node"
    setsid "${as_user[@]}" \
        env -i PATH="/usr/bin:/bin" HOME="$node" OPENSEARCH_JAVA_HOME="$java_home" \
        OPENSEARCH_PATH_CONF="$node/config" OPENSEARCH_TMPDIR="$node/tmp" \
        "$RT/opensearch/bin/opensearch" > "$node/console.log" 2>&1 < /dev/null &
    echo $! > "$DIR/node-$n.pgid"
    cd "$ROOT"
}

node_alive() {
    local f="$DIR/node-$1.pgid"
    [[ -f "$f" ]] && kill -0 -- "-$(cat "$f")" 2>/dev/null
}

kill_node() {
    local n="$1" signal="$2" f="$DIR/node-$1.pgid" pg
    [[ -f "$f" ]] || return 0
    pg=$(cat "$f")
    kill "-$signal" -- "-$pg" 2>/dev/null || true
    if [[ $signal == KILL ]]; then
        for _ in $(seq 1 50); do kill -0 -- "-$pg" 2>/dev/null || break; sleep 0.1; done
    fi
}

stop() {
    local n pg any=0
    for n in "${NODES[@]}"; do
        if node_alive "$n"; then any=1; kill_node "$n" TERM; fi
    done
    if [[ $any == 1 ]]; then
        for _ in $(seq 1 300); do
            local alive=0
            for n in "${NODES[@]}"; do node_alive "$n" && alive=1; done
            [[ $alive == 0 ]] && break
            sleep 0.1
        done
        for n in "${NODES[@]}"; do node_alive "$n" && kill_node "$n" KILL; done
    fi
    for n in "${NODES[@]}"; do rm -f "$DIR/node-$n.pgid"; done
    rm -f "$DIR/address"
    if [[ "$RT" == /tmp/litindex-opensearch.* ]]; then
        rm -rf "$RT"
        rm -f "$DIR/runtime"
        RT="$DIR"
    fi
    [[ $any == 1 ]] && log "stopped" || true
}

health() {
    local url="$1"
    { curl -s --max-time 5 "$url/_cluster/health?wait_for_status=green&timeout=2s" 2>/dev/null || true; } \
        | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p'
}

wait_green() {
    local url="$1" deadline=$((SECONDS + TIMEOUT)) n status
    while (( SECONDS < deadline )); do
        for n in "${NODES[@]}"; do
            if ! node_alive "$n"; then
                tail -n 20 "$RT/node-$n/console.log" >&2 || true
                die "node $n exited while starting; its log: $RT/node-$n/logs"
            fi
        done
        status=$(health "$url")
        [[ $status == green ]] && return 0
        sleep 1
    done
    die "the cluster was not green after ${TIMEOUT}s (last status: ${status:-no answer}); logs under $RT/node-*/logs"
}

# The nodes' files go under $DIR when uid 65534 can reach it, else (a checkout inside a private home folder) under a
# new folder in /tmp; $DIR/runtime says where.
choose_runtime() {
    if [[ "$RT" == /tmp/litindex-opensearch.* ]]; then
        rm -rf "$RT"
    fi
    RT="$DIR"
    if [[ $EUID == 0 ]] && ! setpriv --reuid=$RUN_AS --regid=$RUN_AS --clear-groups test -x "$DIR"; then
        RT="$(mktemp -d /tmp/litindex-opensearch.XXXXXX)"
        chmod 755 "$RT"
        log "uid $RUN_AS cannot reach $DIR: the nodes' files go to $RT"
    fi
    echo "$RT" > "$DIR/runtime"
}

start() {
    local v started
    started=$SECONDS
    v=$(version)
    [[ -n "$v" ]] || die "no <opensearch.version> in $ROOT/pom.xml"
    mkdir -p "$DIR"
    stop
    choose_runtime
    fetch "$v"
    build_plugin
    install "$v"
    configure
    trap 'stop' EXIT
    local t=$SECONDS
    for n in "${NODES[@]}"; do start_node "$n"; done
    local address
    address=$(cat "$DIR/address.pending")
    wait_green "${address%%,*}"
    log "nodes green $((SECONDS - t))s after their start"
    mv "$DIR/address.pending" "$DIR/address"
    trap - EXIT
    log "green in $((SECONDS - started))s: $address (stop it with scripts/opensearch-cluster.sh stop)"
    echo "$address"
}

status() {
    if [[ ! -f "$DIR/address" ]]; then
        echo "no cluster running (start one with scripts/opensearch-cluster.sh start)"
        return 1
    fi
    local address
    address=$(cat "$DIR/address")
    echo "$address"
    for n in "${NODES[@]}"; do
        if node_alive "$n"; then echo "node $n: running"; else echo "node $n: not running"; fi
    done
    local url state=""
    for url in ${address//,/ }; do
        state=$(health "$url")
        [[ -n "$state" ]] && break
    done
    echo "health: ${state:-no node answers}"
}

node_arg() {
    [[ "${1:-}" == 1 || "${1:-}" == 2 ]] || { log "which node? 1 or 2"; exit 2; }
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    address) [[ -f "$DIR/address" ]] && cat "$DIR/address" || die "no cluster running" ;;
    kill-node) node_arg "${2:-}"; kill_node "$2" KILL; log "node $2 killed" ;;
    start-node) node_arg "${2:-}"; start_node "$2"; log "node $2 starting" ;;
    *) echo "usage: $0 start|stop|status|address|kill-node N|start-node N" >&2; exit 2 ;;
esac
