/* tests/vm-core: the shared set-up (see helpers.h). */
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <tierpy/os.h>

tpy_vm *vm;

/* Objects the t_* makers handed out, released at t_end(). */
static tpy_object **kept;
static size_t nkept, capkept;

static tpy_mem_allocator *mem;
static tpy_os_stats_t os_before;
static tpy_mem_stats_t default_before;

tpy_mem_allocator *t_mem(void)
{
    return mem;
}

void t_start_mode(bool pool, bool freelists)
{
    char err[128] = "";
    tpy_os_stats(&os_before);
    tpy_mem_stats(NULL, &default_before);
    mem = tpy_mem_allocator_new("debug", err, sizeof err);
    cr_assert_not_null(mem, "%s", err);
    tpy_vm_config cfg;
    tpy_vm_config_init(&cfg);
    cfg.use_pool = pool;
    cfg.freelists = freelists;
    cfg.mem = mem;
    vm = tpy_vm_create(&cfg);
    cr_assert_not_null(vm, "tpy_vm_create");
}

/* TIERPY_TEST_RAW=1 runs every test on layer1 with no free lists, so that
 * ASan sees each object's life (free lists and pools hide use after free). */
void t_start(void)
{
    bool raw = getenv("TIERPY_TEST_RAW") != NULL;
    t_start_mode(!raw, !raw);
}

void t_end(void)
{
    cr_assert_null(tpy_err_occurred(vm), "an exception is pending at the end: %s", t_error());
    for (size_t i = 0; i < nkept; i++)
        tpy_decref(vm, kept[i]);
    free(kept);
    kept = NULL;
    nkept = capkept = 0;
    size_t leaked = tpy_vm_destroy_report(vm);
    vm = NULL;
    cr_assert_eq(leaked, 0, "%zu objects were never released", leaked);
    tpy_mem_stats_t m, d;
    tpy_mem_stats(mem, &m);
    cr_assert_eq(m.blocks_live, 0, "layer1 blocks of the VM's allocator left: %zu", m.blocks_live);
    tpy_mem_allocator_delete(mem);
    tpy_mem_stats(NULL, &d);
    cr_assert_eq(d.blocks_live, default_before.blocks_live,
                 "layer1 default allocator: %zu blocks live, %zu before", d.blocks_live,
                 default_before.blocks_live);
    tpy_os_stats_t os;
    tpy_os_stats(&os);
    cr_assert_eq(os.arenas_live, os_before.arenas_live, "layer0 arenas: %zu live, %zu before",
                 os.arenas_live, os_before.arenas_live);
    cr_assert_eq(os.bytes_live, os_before.bytes_live, "layer0 bytes differ");
}

static char text[1 << 16];

tpy_object *t_keep(tpy_object *o)
{
    cr_assert_not_null(o, "t_keep(NULL): %s", t_error());
    if (nkept == capkept) {
        capkept = capkept ? capkept * 2 : 256;
        kept = realloc(kept, capkept * sizeof *kept);
        cr_assert_not_null(kept);
    }
    kept[nkept++] = o;
    return o;
}

static const char *keep(tpy_object *s)
{
    size_t n;
    const char *u = tpy_str_utf8(vm, s, &n);
    cr_assert_not_null(u);
    if (n >= sizeof text)
        n = sizeof text - 1;
    memcpy(text, u, n);
    text[n] = 0;
    tpy_decref(vm, s);
    return text;
}

const char *t_error(void)
{
    tpy_object *e = tpy_err_fetch(vm);
    if (!e)
        return "";
    tpy_object *msg = tpy_str(vm, e);
    cr_assert_not_null(msg, "str() of the exception failed");
    char body[1 << 15];
    size_t n;
    const char *u = tpy_str_utf8(vm, msg, &n);
    snprintf(body, sizeof body, "%s", u);
    tpy_decref(vm, msg);
    snprintf(text, sizeof text, "!%s: %s", tpy_type_of(e)->name, body);
    tpy_decref(vm, e);
    return text;
}

const char *t_repr(tpy_object *o)
{
    if (!o)
        return t_error();
    tpy_object *r = tpy_repr(vm, o);
    tpy_decref(vm, o);
    return r ? keep(r) : t_error();
}

const char *t_str(tpy_object *o)
{
    if (!o)
        return t_error();
    tpy_object *r = tpy_str(vm, o);
    tpy_decref(vm, o);
    return r ? keep(r) : t_error();
}

tpy_object *t_int(long long v)
{
    return t_keep(tpy_int_from_i64(vm, v));
}

tpy_object *t_bigint(const char *decimal)
{
    tpy_object *o = tpy_int_from_text(vm, decimal, strlen(decimal), 10, NULL);
    cr_assert_not_null(o, "int(%s): %s", decimal, t_error());
    return t_keep(o);
}

tpy_object *t_float(double v)
{
    return t_keep(tpy_float_from_double(vm, v));
}

tpy_object *t_s(const char *utf8)
{
    return t_keep(tpy_str_from_cstr(vm, utf8));
}

tpy_object *t_ints_list(const long long *v, size_t n)
{
    tpy_object *l = tpy_list_new(vm, 0);
    for (size_t i = 0; i < n; i++)
        cr_assert_eq(tpy_list_append(vm, l, tpy_int_from_i64(vm, v[i])), 0);
    return t_keep(l);
}

void t_vectors(const char *name, void (*fn)(char **fields, int n))
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", TPY_VECTORS_DIR, name);
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f, "cannot open %s", path);
    static char line[1 << 16];
    while (fgets(line, sizeof line, f)) {
        size_t len = strlen(line);
        if (len && line[len - 1] == '\n')
            line[--len] = 0;
        char *fields[16];
        int n = 0;
        char *p = line;
        fields[n++] = p;
        while ((p = strchr(p, '\t')) && n < 16) {
            *p++ = 0;
            fields[n++] = p;
        }
        fn(fields, n);
    }
    fclose(f);
}

tpy_object *t_call(tpy_object *self, const char *name, tpy_object **args, size_t n,
                   tpy_object *kwnames)
{
    tpy_object *m = tpy_getattr_c(vm, self, name);
    if (!m)
        return NULL;
    tpy_object *r = tpy_call(vm, m, args, n, kwnames);
    tpy_decref(vm, m);
    return r;
}

tpy_object *t_kwnames(const char *a, const char *b)
{
    tpy_object *x = tpy_str_intern_c(vm, a);
    tpy_object *y = b ? tpy_str_intern_c(vm, b) : NULL;
    tpy_object *t = b ? tpy_tuple_pack(vm, 2, x, y) : tpy_tuple_pack(vm, 1, x);
    tpy_decref(vm, x);
    tpy_xdecref(vm, y);
    return t_keep(t);
}
