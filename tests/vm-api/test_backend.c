/* tests/vm-api/test_backend.c: a backend table of the caller's own, and
 * allocations it refuses: MemoryError in Python, an error in C, nothing
 * leaked, and the VM still usable. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "capture.h"

typedef struct ledger {
    long live;           /* blocks handed out and not freed */
    long calls;          /* requests (malloc, calloc, realloc) */
    long fail_from;      /* refuse requests from this one on (0: never) */
    long fail_until;     /* ... up to this one (0: for ever) */
} ledger;

static bool refuse(ledger *l)
{
    l->calls++;
    return l->fail_from && l->calls >= l->fail_from && (!l->fail_until || l->calls <= l->fail_until);
}

static void *l_malloc(void *ctx, size_t n)
{
    ledger *l = ctx;
    if (refuse(l))
        return NULL;
    void *p = malloc(n);
    l->live += p != NULL;
    return p;
}

static void *l_calloc(void *ctx, size_t a, size_t b)
{
    ledger *l = ctx;
    if (refuse(l))
        return NULL;
    void *p = calloc(a, b);
    l->live += p != NULL;
    return p;
}

static void *l_realloc(void *ctx, void *p, size_t n)
{
    ledger *l = ctx;
    if (refuse(l))
        return NULL;
    return realloc(p, n);
}

static void l_free(void *ctx, void *p)
{
    ledger *l = ctx;
    l->live--;
    free(p);
}

static tpy_config config_with(ledger *l, tpy_backend *b)
{
    *b = (tpy_backend){l_malloc, l_calloc, l_realloc, l_free, l, "ledger"};
    tpy_config cfg;
    tpy_config_init(&cfg);
    cfg.backend = b;
    return cfg;
}

Test(backend, every_block_comes_back)
{
    ledger l = {0};
    tpy_backend b;
    tpy_config cfg = config_with(&l, &b);
    capture c;
    tpy_vm *vm = capture_vm(&cfg, &c);
    cr_assert_eq(tpy_vm_run_string(vm, "d = {str(i): [i] * 10 for i in range(20000)}\n"
                                       "print(len(d))\n", "<b>"), 0);
    cr_assert_str_eq(c.out, "20000\n");
    cr_assert_gt(l.live, 0);
    tpy_vm_stats st;
    tpy_vm_get_stats(vm, &st);
    cr_assert_str_eq(st.mem.backend, "ledger");
    delete_clean(vm);
    cr_assert_eq(l.live, 0, "blocks the backend still holds: %ld", l.live);
}

Test(backend, refused_allocation_is_memory_error_and_nothing_leaks)
{
    ledger l = {0};
    tpy_backend b;
    tpy_config cfg = config_with(&l, &b);
    capture c;
    tpy_vm *vm = capture_vm(&cfg, &c);
    cr_assert_eq(tpy_vm_run_string(vm, "def grow():\n    return ['x' * 1000 for i in range(100000)]\n",
                                   "<def>"), 0);
    l.fail_from = l.calls + 50;   /* the 50th request from now fails, and every later one */
    cr_assert_eq(tpy_vm_call(vm, "grow", NULL, 0, NULL), -1);
    cr_assert_str_eq(tpy_vm_error(vm)->type, "MemoryError");
    l.fail_from = 0;              /* memory is back: the VM goes on */
    cr_assert_eq(tpy_vm_run_string(vm, "print(sum(range(10)))\n", "<after>"), 0);
    cr_assert_str_eq(c.out, "45\n");
    delete_clean(vm);
    cr_assert_eq(l.live, 0, "blocks the backend still holds: %ld", l.live);
}

Test(backend, memory_error_caught_in_python)
{
    ledger l = {0};
    tpy_backend b;
    tpy_config cfg = config_with(&l, &b);
    capture c;
    tpy_vm *vm = capture_vm(&cfg, &c);
    cr_assert_eq(tpy_vm_run_string(vm, "def f():\n    try:\n        x = bytearray(10**8)\n"
                                       "    except MemoryError:\n        return 'caught'\n"
                                       "    return 'no error'\n", "<def>"), 0);
    l.fail_from = l.calls + 1;
    l.fail_until = l.calls + 1;   /* only the next request fails */
    tpy_value r;
    cr_assert_eq(tpy_vm_call(vm, "f", NULL, 0, &r), 0, "%s",
                 tpy_vm_error(vm) ? tpy_vm_error(vm)->traceback : "");
    cr_assert_str_eq(r.u.str.data, "caught");
    tpy_value_clear(&r);
    delete_clean(vm);
    cr_assert_eq(l.live, 0);
}

Test(backend, making_a_vm_fails_cleanly_at_any_allocation)
{
    for (long nth = 1; nth <= 400; nth += 7) {
        ledger l = {.fail_from = nth, .fail_until = nth};
        tpy_backend b;
        tpy_config cfg = config_with(&l, &b);
        capture c;
        capture_config(&cfg, &c);
        tpy_vm *vm = tpy_vm_new(&cfg);
        if (vm) {
            tpy_vm_delete(vm);
        } else {
            cr_assert(strstr(tpy_last_error(), "memory"), "nth %ld: %s", nth, tpy_last_error());
        }
        cr_assert_eq(l.live, 0, "nth %ld: %ld blocks left", nth, l.live);
    }
}
