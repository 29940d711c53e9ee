#!/usr/bin/env bash
# Fuzzes the compiler, the cache reader and the VM for a bounded time (./x stress):
#   tests/fuzz/run.sh SECONDS [OUTDIR]
# The targets run side by side for SECONDS each, from seed corpora made of
# the test programs (tests/vm/{parse,dis,symtable}/*.py) and their cache
# bodies, and for fuzz_vm the small programs of tests/py and
# tests/fuzz/vm_regress/; the corpora grow in OUTDIR/corpus. A crash, hang
# (10 s; 30 s for fuzz_vm), leak or sanitizer report leaves its input in OUTDIR/artifacts and
# the exit status is 1: add the input to tests/vm/regress/ (compiler, cache)
# or tests/fuzz/vm_regress/ (VM) with the fix.
set -uo pipefail
secs=${1:?usage: run.sh SECONDS [OUTDIR]}
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${2:-$root/build-fuzz}
"$root/tests/fuzz/build.sh" "$out" || exit 1
mkdir -p "$out/corpus/compile" "$out/corpus/cache" "$out/corpus/vm" "$out/artifacts" "$out/vm-cwd"
seeds=("$root"/tests/vm/parse/*.py "$root"/tests/vm/dis/*.py "$root"/tests/vm/symtable/*.py
       "$root"/tests/vm/regress/*.py)
for s in "${seeds[@]}"; do
  [[ -f $s ]] && cp "$s" "$out/corpus/compile/"
done
"$out/cache_seed" "$out/corpus/cache" "${seeds[@]}" || exit 1
for s in "$root"/tests/vm/regress/*.body; do
  [[ -f $s ]] && cp "$s" "$out/corpus/cache/"
done
# fuzz_vm: the differential corpus's small programs and the VM's regressions.
find "$root/tests/py" -name '*.py' -size -8k ! -name 'deep_*' ! -name 'huge_*' \
  -exec cp {} "$out/corpus/vm/" \;
for s in "$root"/tests/fuzz/vm_regress/*.py; do
  [[ -f $s ]] && cp "$s" "$out/corpus/vm/"
done
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
pids=()
for t in compile cache vm; do
  # fuzz_vm runs in a scratch directory with stdout closed: the programs print.
  # (a whole VM per input under ASan: 30 s before a slow input counts as a hang)
  (cd "$out/vm-cwd" && "$out/fuzz_$t" "$out/corpus/$t" -max_total_time="$secs" \
    -timeout=$([[ $t == vm ]] && echo 30 || echo 10) \
    -rss_limit_mb=2048 -max_len=$([[ $t == vm ]] && echo 8192 || echo 65536) \
    $([[ $t == vm ]] && echo -close_fd_mask=1) -print_final_stats=1 \
    -artifact_prefix="$out/artifacts/${t}-" >"$out/fuzz_$t.log" 2>&1) &
  pids+=($!)
done
status=0
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || status=1
done
for t in compile cache vm; do
  echo "== fuzz_$t: $(grep -E 'stat::number_of_executed_units' "$out/fuzz_$t.log" | tail -1)"
  grep -E '^(==[0-9]+==ERROR|SUMMARY|.*deadly signal|.*Test unit written)' "$out/fuzz_$t.log" | head -5
done
exit $status
