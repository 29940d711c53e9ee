#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (meson builds with gcc):
#   tests/fuzz/build.sh [OUTDIR]      default OUTDIR: build-fuzz
# Needs Debian's clang and libclang-rt-14-dev (libFuzzer's runtime).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$root/build-fuzz}
mkdir -p "$out/obj"
cc=${CC_FUZZ:-clang}
flags=(-std=c11 -D_GNU_SOURCE -g -O1 -fno-omit-frame-pointer -Wall -Wextra -Werror
       -fsanitize=address,undefined -fno-sanitize-recover=undefined
       -I"$root/vm/compile" -I"$root/layer1-malloc/include" -I"$root/layer1-malloc"
       -I"$root/layer0-os/include" -I"$root/layer0-os")
libs=(-lutf8proc -ldl -lm -lpthread)
objs=()
for src in "$root"/vm/compile/*.c "$root"/layer0-os/*.c "$root"/layer1-malloc/*.c; do
  [[ $src == */astdump_main.c ]] && continue
  obj=$out/obj/$(basename "$(dirname "$src")")_$(basename "$src" .c).o
  if [[ ! -f $obj || $src -nt $obj || $0 -nt $obj ]]; then
    "$cc" "${flags[@]}" -fsanitize=fuzzer-no-link -c "$src" -o "$obj"
  fi
  objs+=("$obj")
done
for target in fuzz_compile fuzz_cache; do
  "$cc" "${flags[@]}" -fsanitize=fuzzer "$root/tests/fuzz/$target.c" "${objs[@]}" "${libs[@]}" \
    -o "$out/$target"
done
"$cc" "${flags[@]}" "$root/tests/fuzz/cache_seed.c" "${objs[@]}" "${libs[@]}" -o "$out/cache_seed"

# fuzz_vm needs the whole VM: a meson build of it with clang, the
# sanitizers, coverage for libFuzzer and the evaluation budget
# (TPY_EVAL_BUDGET), linked as meson links tierpy.
vm_build=$out/vm
if [[ ! -f $vm_build/build.ninja ]]; then
  CC=$cc meson setup "$vm_build" "$root" -Dbuildtype=debugoptimized -Db_sanitize=address,undefined \
    -Db_lundef=false -Dtests=false -Dwerror=false \
    "-Dc_args=-fsanitize=fuzzer-no-link -DTPY_EVAL_BUDGET" >/dev/null
fi
ninja -C "$vm_build" -j"${FUZZ_JOBS:-2}" tierpy >/dev/null
link=$(awk '/^build tierpy:/ {f = 1} f && /LINK_ARGS/ {sub(/^ *LINK_ARGS = /, ""); print; exit}' \
       "$vm_build/build.ninja")
incs=()
for d in vm vm/core vm/types vm/eval vm/modules vm/gc vm/compile vm/num layer3-objects/include \
         layer2-pool/include layer1-malloc/include layer0-os/include; do
  incs+=(-I"$root/$d")
done
# shellcheck disable=SC2086  # LINK_ARGS is a list of words
(cd "$vm_build" && "$cc" -std=c11 -D_GNU_SOURCE -DTPY_EVAL_BUDGET -g -O1 -Wall -Wextra -Werror \
   -fsanitize=address,undefined,fuzzer -I"$vm_build/vm/num" "${incs[@]}" \
   "$root/tests/fuzz/fuzz_vm.c" $link -o "$out/fuzz_vm")
echo "fuzz targets in $out"
