#!/bin/sh
# Writes a help2man include section with every command's --help, so that
# `man protokol` lists the options of each command, not only the commands.
# usage: commands_h2m.sh PROTOKOL_BINARY STATIC_INCLUDE OUTPUT
set -eu
binary=$1
static=$2
output=$3
{
  cat "$static"
  printf '\n[COMMAND OPTIONS]\n'
  for command in run merge validate plugins detect ingest status eval; do
    printf '.SS %s\n.nf\n' "$command"
    # roff: a backslash is \e; a line starting with . or ' would be a request.
    "$binary" "$command" --help | sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"
    printf '.fi\n'
  done
} >"$output.tmp"
mv "$output.tmp" "$output"
