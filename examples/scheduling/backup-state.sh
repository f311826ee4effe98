#!/bin/sh
# Copies the ingest state while no run holds it: waits (up to 10 minutes) for the run in
# progress to end, then uses SQLite's online backup, which is consistent even in WAL mode.
# Usage: backup-state.sh /srv/protokol/out /backup/protokol-state-$(date +%F).sqlite
set -eu
out=$1
target=$2
state=$out/.protokol/state.sqlite
flock -w 600 "$state.lock" sqlite3 "$state" ".backup '$target'"
sqlite3 "$target" "PRAGMA integrity_check" | grep -qx ok
echo "state backed up to $target"
