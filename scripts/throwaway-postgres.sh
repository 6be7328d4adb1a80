#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, benchmarks and trying several servers: source this file, then call
# start_throwaway_postgres; it exports PG_CONNECTION (an Npgsql connection string to a fresh database "actiontracker")
# and stops and deletes the cluster when the calling shell exits. Installs PostgreSQL with apt when initdb is missing.
# PostgreSQL refuses to run as root, so as root the cluster runs as the "postgres" user (or "nobody").

pg_bin_dir() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return; }
    done
    command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

install_postgres() {
    [ -n "$(pg_bin_dir)" ] && return 0
    echo "Installing postgresql (Debian package)…" >&2
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
}

# A TCP port nobody listens on now.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start_throwaway_postgres() {
    install_postgres
    local bin run_as=() owner
    bin="$(pg_bin_dir)"
    PG_DIR="$(mktemp -d /tmp/actiontracker-pg.XXXXXX)"
    PG_PORT="$(free_port)"
    if [ "$(id -u)" -eq 0 ]; then
        owner=postgres
        id postgres >/dev/null 2>&1 || owner=nobody
        chown "$owner" "$PG_DIR"
        run_as=(runuser -u "$owner" --)
    fi
    "${run_as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U actiontracker --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    # fsync off: a throwaway cluster trades durability for speed; the socket lives in the cluster's own folder.
    "${run_as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o \
        "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null
    PG_STOP=("${run_as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -m immediate stop)
    trap 'stop_throwaway_postgres' EXIT
    "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U actiontracker actiontracker
    export PG_PORT
    export PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Database=actiontracker;Username=actiontracker"
    echo "Throwaway PostgreSQL on port $PG_PORT ($PG_DIR)" >&2
}

stop_throwaway_postgres() {
    [ -n "${PG_DIR:-}" ] || return 0
    "${PG_STOP[@]}" >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=""
}
