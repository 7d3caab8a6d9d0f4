#!/bin/sh
# Install what the build needs, only where pkg-config (or a file check) says it is missing.
# Debian 12; run as root or with sudo available. Quiet when everything is present.
set -eu
need=""
have_pc() { pkg-config --exists "$1" 2>/dev/null; }
command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
command -v cc >/dev/null 2>&1 || need="$need gcc"
command -v make >/dev/null 2>&1 || need="$need make"
command -v clang >/dev/null 2>&1 || need="$need clang libclang-rt-14-dev"
command -v python3 >/dev/null 2>&1 || need="$need python3"
have_pc sqlite3 || need="$need libsqlite3-dev"
have_pc libutf8proc || need="$need libutf8proc-dev"
have_pc jansson || need="$need libjansson-dev"
have_pc libxxhash || need="$need libxxhash-dev"
have_pc gumbo || need="$need libgumbo-dev"
have_pc libmicrohttpd || need="$need libmicrohttpd-dev"
have_pc zlib || need="$need zlib1g-dev"
[ -f /usr/share/iso-codes/json/iso_3166-2.json ] || need="$need iso-codes"
command -v sqlite3 >/dev/null 2>&1 || need="$need sqlite3"
# clang's sanitizer runtimes are a separate package on Debian 12: probe by building a trivial program
if command -v clang >/dev/null 2>&1; then
    probe=$(mktemp -d)
    echo 'int main(void){return 0;}' > "$probe/p.c"
    clang -fsanitize=address,undefined "$probe/p.c" -o "$probe/p" >/dev/null 2>&1 ||
        need="$need libclang-rt-$(clang --version | sed -n 's/.*version \([0-9]*\).*/\1/p' | head -n 1)-dev"
    rm -rf "$probe"
fi
[ -z "$need" ] && exit 0
echo "deps: installing$need"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
