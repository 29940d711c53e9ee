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
echo "fuzz targets in $out"
