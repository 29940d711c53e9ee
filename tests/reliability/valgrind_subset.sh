#!/usr/bin/env bash
# Runs a subset of the differential corpus under valgrind memcheck:
#   tests/reliability/valgrind_subset.sh TIERPY [COUNT]
# COUNT programs (default 20), spread evenly over tests/py/{core,classes,gc,imports}
# minus the known failures and those with .args or .stdin, each with the tiers' caches off (-X pool=off
# -X freelists=off: every object is its own libc block, so memcheck sees
# each one) and then as configured by default. Any invalid read or write,
# use of uninitialised memory, bad free or leak fails the run
# (--error-exitcode=99). Prints TAP.
set -uo pipefail
tierpy=$(realpath "${1:?usage: valgrind_subset.sh TIERPY [COUNT]}")
count=${2:-20}
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v valgrind >/dev/null || { echo "1..0 # SKIP valgrind is not installed"; exit 0; }
cd "$root/tests/py"
mapfile -t all < <(find core classes gc imports -name '*.py' ! -name '_*' ! -path '*/_*' \
                     ! -name '__init__.py' | sort | while read -r p; do
                     name=${p%.py}
                     [ -f "$name.out" ] || continue
                     [ -f "$name.args" ] || [ -f "$name.stdin" ] && continue
                     grep -q "^$name\b" known_failures.txt && continue
                     [ -f "$(dirname "$p")/__init__.py" ] && continue
                     echo "$p"; done)
n=${#all[@]}
[ "$n" -gt 0 ] || { echo "1..0 # no programs found"; exit 1; }
picks=()
for ((i = 0; i < count && i < n; i++)); do picks+=("${all[$((i * n / count))]}"); done
echo "1..$((2 * ${#picks[@]}))"
t=0 failed=0
for p in "${picks[@]}"; do
  for mode in "-X pool=off -X freelists=off" ""; do
    t=$((t + 1))
    log=$(mktemp)
    # shellcheck disable=SC2086
    PYTHONDONTWRITEBYTECODE=1 TIERPY_DONTWRITEBYTECODE=1 timeout 600 valgrind --quiet \
      --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible \
      --error-exitcode=99 --track-origins=yes "$tierpy" $mode "$root/tests/py/$p" \
      </dev/null >/dev/null 2>"$log"
    rc=$?
    if [ $rc -eq 99 ] || [ $rc -ge 124 ] || grep -q '^==[0-9]*== ' "$log"; then
      echo "not ok $t - ${p%.py} ${mode:-default} (status $rc)"
      grep '^==[0-9]*== ' "$log" | head -20 | sed 's/^/# /'
      failed=$((failed + 1))
    else
      echo "ok $t - ${p%.py} ${mode:-default}"
    fi
    rm -f "$log"
  done
done
echo "# $((t - failed)) passed, $failed failed"
[ $failed -eq 0 ]
