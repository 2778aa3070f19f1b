#!/usr/bin/env bash
# Install the peer linters that benchmarks/bench.py compares newslint against.
#
#   proselint                       -> benchmarks/.peers/venv   (Python venv, from PyPI)
#   textlint (+ write-good, alex rules), write-good, alex
#                                   -> benchmarks/node/node_modules (from npm)
#
# Both locations are git-ignored. The script is idempotent: a second run only
# checks that the pinned versions are present. Node tools are skipped with a
# message when npm is not installed.
set -euo pipefail

PROSELINT_VERSION="0.16.0"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
peers="$here/.peers"
venv="$peers/venv"
node_dir="$here/node"

log() { printf 'setup_peers: %s\n' "$*"; }

install_proselint() {
    local python="${PYTHON:-python3}"
    if ! command -v "$python" >/dev/null 2>&1; then
        log "no $python found; skipping proselint"
        return 0
    fi
    if [[ ! -x "$venv/bin/python" ]]; then
        log "creating venv $venv"
        mkdir -p "$peers"
        "$python" -m venv "$venv"
    fi
    local installed=""
    installed="$("$venv/bin/python" -m pip show proselint 2>/dev/null \
        | sed -n 's/^Version: //p')" || true
    if [[ "$installed" == "$PROSELINT_VERSION" ]]; then
        log "proselint $installed already installed"
    else
        log "installing proselint==$PROSELINT_VERSION"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
            "proselint==$PROSELINT_VERSION"
    fi
    "$venv/bin/proselint" version
}

node_tools_present() {
    local bin
    for bin in textlint write-good alex; do
        [[ -x "$node_dir/node_modules/.bin/$bin" ]] || return 1
    done
    # A lock file newer than the install means the pins changed.
    [[ ! "$node_dir/package-lock.json" -nt "$node_dir/node_modules/.package-lock.json" ]]
}

install_node_tools() {
    if ! command -v npm >/dev/null 2>&1; then
        log "npm not found; skipping textlint, write-good and alex"
        return 0
    fi
    if node_tools_present; then
        log "node tools already installed in $node_dir/node_modules"
    elif [[ -f "$node_dir/package-lock.json" ]]; then
        log "installing node tools from package-lock.json"
        (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error)
    else
        log "installing node tools from package.json"
        (cd "$node_dir" && npm install --no-audit --no-fund --loglevel=error \
            --omit-lockfile-registry-resolved)
    fi
    local bin
    for bin in textlint write-good alex; do
        printf '%s %s\n' "$bin" "$("$node_dir/node_modules/.bin/$bin" --version)"
    done
}

install_proselint
install_node_tools
log "done"
