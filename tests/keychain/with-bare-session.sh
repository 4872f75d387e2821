#!/bin/sh
# Runs "$@" inside a private D-Bus session in which no keyring was started or
# unlocked. D-Bus may still activate gnome-keyring-daemon on first use, which
# then has no default ("login") collection. Nothing of the developer's is used.
set -eu

tmp=$(mktemp -d "${TMPDIR:-/tmp}/chcloud-bare-session.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -m 700 "$tmp/home" "$tmp/run" "$tmp/data"

# Services that D-Bus starts inherit the bus's environment: set it first.
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

# Not exec: the trap must still remove the directory afterwards.
dbus-run-session -- "$@"
