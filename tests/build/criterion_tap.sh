#!/usr/bin/env bash
# Run a Criterion suite so that meson reads TAP on stdout while Criterion's
# own report, its "Synthesis" line included, goes to stderr (Criterion turns
# its report off when TAP goes to stdout, so TAP goes through a file).
exe=$1; shift
tap=$(mktemp)
trap 'rm -f "$tap"' EXIT
"$exe" --tap="$tap" "$@"
status=$?
cat "$tap"
exit $status
