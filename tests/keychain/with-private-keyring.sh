#!/bin/sh
# Runs "$@" inside a private D-Bus session with a fresh, unlocked gnome-keyring,
# so a developer's own keyring is never touched. Everything lives in a
# temporary directory that is removed afterwards.
set -eu

tmp=$(mktemp -d "${TMPDIR:-/tmp}/chcloud-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -m 700 "$tmp/home" "$tmp/run" "$tmp/data"

# Services that D-Bus starts inherit the bus's environment: set it first.
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

dbus-run-session -- sh -c '
    printf %s chcloud-test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
        || { echo "gnome-keyring-daemon did not start" >&2; exit 1; }
    exec "$@"' sh "$@"
