/* test_compile_oom.c: out of memory anywhere in compiling or in reading a
 * cache file ends in a clean error. Every layer1 allocation is failed in
 * turn (tpy_mem_fail_at on the default allocator): each run must return
 * NULL with a message (or, when the failure was one the code can do
 * without, a code unit that verifies), and give every block back: the
 * live block count returns to where it was (and AddressSanitizer's leak
 * check agrees in the ASan build). */
#include <criterion/criterion.h>
#include <string.h>

#include <tierpy/mem.h>

#include "codegen.h"
#include "marshal.h"
#include "verify.h"

/* A mid-size program touching every part of the compiler: classes and
 * closures, comprehensions, try/finally/with, f-strings, imports,
 * annotations, async, many names and constants. */
static const char program[] =
    "\"\"\"Module doc.\"\"\"\n"
    "from __future__ import annotations\n"
    "import os.path as osp, sys\n"
    "from collections import OrderedDict as OD\n"
    "X: int = 10\n"
    "def outer(a, /, b=2, *args, c: str = 'x', **kw) -> list:\n"
    "    total = 0\n"
    "    def inner(y):\n"
    "        nonlocal total\n"
    "        total += y * a\n"
    "        return [z ** 2 for z in range(y) if z % 2]\n"
    "    for i in range(b):\n"
    "        try:\n"
    "            inner(i)\n"
    "        except (ValueError, TypeError) as e:\n"
    "            print(f'{e!r:>10} {i}')\n"
    "            continue\n"
    "        else:\n"
    "            pass\n"
    "        finally:\n"
    "            total -= 1\n"
    "    with open(c) as f, open(c) as g:\n"
    "        data = {k: v for k, v in zip(f, g)}\n"
    "    return [total, data, {*args}, (lambda q=1: q + a)()]\n"
    "class Base:\n"
    "    x = 1\n"
    "    def m(self, *, key=None):\n"
    "        return super().m(key) or __class__\n"
    "    @property\n"
    "    def p(self):\n"
    "        return self.x if self else None\n"
    "class Derived(Base, metaclass=type):\n"
    "    __slots__ = ('a', 'b')\n"
    "    def __init__(self, *a, **k):\n"
    "        self.a, *self.b = a\n"
    "        del self.a\n"
    "async def agen(n):\n"
    "    async with n as m:\n"
    "        async for i in m:\n"
    "            yield await i\n"
    "def gen():\n"
    "    x = yield from range(3)\n"
    "    assert x is None, 'no'\n"
    "    while x:\n"
    "        if x > 1 and not x < 3 or x in (1, 2):\n"
    "            break\n"
    "    global X\n"
    "    X = [1, 2.5, 3j, b'b', 10**30, ..., None, True]\n"
    "    return X[1:2], X[::2], X[0]\n";

static size_t live_blocks(void)
{
    tpy_mem_stats_t s;
    tpy_mem_stats(NULL, &s);
    return s.blocks_live;
}

static uint64_t requests(void)
{
    tpy_mem_stats_t s;
    tpy_mem_stats(NULL, &s);
    return s.malloc_calls + s.calloc_calls + s.realloc_calls;
}

/* One compile with the @p nth allocation failing (0: none, every: and all
 * after it). True when it ended cleanly. */
static bool compile_once(uint64_t nth, bool every)
{
    tpy_arena *a = tpy_arena_new();
    if (!a)
        return nth != 0;
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, "<oom>");
    tpy_mem_fail_at(NULL, nth, every);
    const tpy_code *co = tpy_compile_source(a, program, sizeof program - 1, "<oom>", &err);
    tpy_mem_fail_at(NULL, 0, false);
    char why[256];
    bool clean = co ? tpy_verify(co, why, sizeof why) : err.msg[0] != 0;
    if (!clean)
        cr_log_error("allocation %llu: %s", (unsigned long long)nth, co ? why : "no message");
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(a);
    return clean;
}

Test(compile_oom, every_failing_allocation_in_compiling_ends_in_a_clean_error)
{
    uint64_t before = requests();
    cr_assert(compile_once(0, false));
    uint64_t n = requests() - before;
    cr_assert_gt(n, 100, "the program should need many allocations");
    cr_log_info("compiling: %llu allocations, each failed in turn", (unsigned long long)n);
    size_t base = live_blocks();
    unsigned failed = 0;
    for (uint64_t nth = 1; nth <= n + 1; nth++) {
        bool every = nth % 5 == 0;   /* also: nothing succeeds after the first failure */
        failed += !compile_once(nth, every);
        cr_assert_eq(live_blocks(), base, "allocation %llu%s leaks",
                     (unsigned long long)nth, every ? " (and after)" : "");
    }
    cr_assert_eq(failed, 0);
}

/* One read + verify of @p bytes with the @p nth allocation failing. */
static bool load_once(const tpy_bytes *b, uint64_t nth)
{
    tpy_arena *a = tpy_arena_new();
    if (!a)
        return nth != 0;
    char why[256] = "";
    tpy_marshal_header h;
    tpy_mem_fail_at(NULL, nth, false);
    const tpy_code *co = tpy_marshal_load(a, b->data, b->len, &h, why, sizeof why);
    bool ok = co ? tpy_verify_loaded(co, why, sizeof why) : why[0] != 0;
    tpy_mem_fail_at(NULL, 0, false);
    tpy_arena_delete(a);
    return ok || why[0] != 0;
}

Test(compile_oom, every_failing_allocation_in_reading_a_cache_file_ends_in_a_clean_error)
{
    tpy_arena *a = tpy_arena_new();
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, "<oom>");
    const tpy_code *co = tpy_compile_source(a, program, sizeof program - 1, "<oom>", &err);
    cr_assert(co, "%s", err.msg);
    tpy_bytes b = {0};
    cr_assert(tpy_marshal_dump(co, 1, 2, &b));
    uint64_t before = requests();
    cr_assert(load_once(&b, 0));
    uint64_t n = requests() - before;
    cr_log_info("reading: %llu allocations, each failed in turn", (unsigned long long)n);
    size_t base = live_blocks();
    for (uint64_t nth = 1; nth <= n + 1; nth++) {
        cr_assert(load_once(&b, nth), "allocation %llu", (unsigned long long)nth);
        cr_assert_eq(live_blocks(), base, "allocation %llu leaks", (unsigned long long)nth);
    }
    tpy_bytes_free(&b);
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(a);
}
