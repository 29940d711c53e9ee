#!/usr/bin/env bash
# meson install into a temporary prefix; a C program compiles against the
# installed library with pkg-config and runs. Prints TAP.
set -u
src=$1 build=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
echo "1..4"
if meson install -C "$build" --destdir "$prefix" --no-rebuild >"$prefix/install.log" 2>&1; then
  echo "ok 1 - meson install into a temporary prefix"
else
  echo "not ok 1 - meson install into a temporary prefix"; sed 's/^/# /' "$prefix/install.log"; exit 1
fi
root=$(find "$prefix" -name tierpy.pc -printf '%h\n' | head -1)
export PKG_CONFIG_PATH="$root"
export PKG_CONFIG_SYSROOT_DIR="$prefix"
flags=$(pkg-config --cflags --libs --static tierpy 2>&1)
if cc -std=c11 -Wall -Werror "$src/tests/build/uses_installed.c" $flags -o "$prefix/uses_installed" 2>"$prefix/cc.log"; then
  echo "ok 2 - a program compiles with pkg-config --cflags --libs tierpy"
else
  echo "not ok 2 - a program compiles with pkg-config --cflags --libs tierpy"; sed 's/^/# /' "$prefix/cc.log"; exit 1
fi
libdir=$(dirname "$(find "$prefix" -name 'libtierpy.so' | head -1)")
if out=$(LD_LIBRARY_PATH="$libdir" "$prefix/uses_installed" 2>&1) && [ "$out" = "installed tierpy works" ]; then
  echo "ok 3 - the program runs against the installed library"
else
  echo "not ok 3 - the program runs against the installed library"; echo "# $out"; exit 1
fi
# The installed tierpy with the installed bundled modules (lib/ under
# <datadir>/tierpy/lib; TIERPY_LIB points there because of --destdir).
exe=$(find "$prefix" -path '*/bin/tierpy' -type f | head -1)
lib=$(find "$prefix" -path '*/tierpy/lib' -type d | head -1)
if [ -n "$exe" ] && [ -n "$lib" ] \
   && out=$(cd "$prefix" && TIERPY_LIB="$lib" TIERPY_DONTWRITEBYTECODE=1 "$exe" -c 'import collections, sys; print(collections.__file__ == sys.path[1] + "/collections/__init__.py", collections.Counter("aab").most_common(1))' 2>&1) \
   && [ "$out" = "True [('a', 2)]" ]; then
  echo "ok 4 - the installed tierpy imports collections from the installed lib/"
else
  echo "not ok 4 - the installed tierpy imports collections from the installed lib/"; echo "# ${out:-no tierpy or lib/ installed}"
  exit 1
fi
