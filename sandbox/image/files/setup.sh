#!/bin/sh
# Runs inside `docker build`: missing Debian packages (registry base only), users, dirs and
# git defaults; then /opt/venv from the pinned wheels, offline.
set -eu
B=/dgm-build

venv() {
    python3 -m venv --without-pip /opt/venv
    set -- "$B"/wheels/pip-*.whl
    /opt/venv/bin/python "$1/pip" install --no-index --no-cache-dir --find-links "$B/wheels" \
        --requirement "$B/requirements.lock"
    /opt/venv/bin/python -c 'import anthropic, httpx, pytest'
    # Python reads bytecode only under this prefix (the image's ENV; never from a repo's
    # __pycache__): compiled here once, no start-up recompiles the stdlib or pytest.
    stdlib=$(/opt/venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
    PYTHONPYCACHEPREFIX=/opt/dgm-pycache /opt/venv/bin/python -m compileall -q -j 0 \
        "$stdlib" /opt/venv/lib >/dev/null || true
}

missing_packages() {
    for p in $(grep -v '^#' "$B/packages.txt"); do
        if [ "$p" = python3 ] && command -v python3 >/dev/null; then continue; fi
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || echo "$p"
    done
}

system() {
    missing=$(missing_packages)
    if [ -n "$missing" ]; then
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
        rm -rf /var/lib/apt/lists/*
    fi
    # sandbox (1000) runs every command; keeper (1001) only the container's keep-alive.
    grep -q '^sandbox:' /etc/passwd || echo 'sandbox:x:1000:1000:sandbox:/tmp:/bin/bash' >>/etc/passwd
    grep -q '^sandbox:' /etc/group || echo 'sandbox:x:1000:' >>/etc/group
    grep -q '^keeper:' /etc/passwd || echo 'keeper:x:1001:1001:keeper:/nonexistent:/usr/sbin/nologin' >>/etc/passwd
    grep -q '^keeper:' /etc/group || echo 'keeper:x:1001:' >>/etc/group
    mkdir -p /workspace /out
    chown 1000:1000 /workspace /out
    git config --system safe.directory '*'
    git config --system user.name 'dgm sandbox'
    git config --system user.email 'sandbox@dgm.invalid'
    git config --system init.defaultBranch main
    # No setuid or setgid programs at all (no-new-privileges already makes them inert).
    find / -xdev -type f -perm /6000 -exec chmod ug-s {} +
}

system
venv
# An image variant's own step (files/variants/<name>/setup.sh), when building one.
if [ -f "$B/variant.sh" ]; then sh "$B/variant.sh"; fi
rm -rf "$B"
