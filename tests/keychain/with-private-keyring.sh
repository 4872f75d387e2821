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
    # The daemon claims its bus name a moment after it returns (later still on a
    # loaded machine): wait for it, up to 20 s, so a test never meets an empty bus.
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        tries=$((tries + 1))
        [ "$tries" -le 200 ] || { echo "gnome-keyring-daemon never claimed org.freedesktop.secrets" >&2; exit 1; }
        sleep 0.1
    done
    exec "$@"' sh "$@"
