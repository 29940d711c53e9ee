/* vm/api/embed.c: a VM's life through the embedding API (make, delete),
 * running source text and files in its __main__, and the last error as
 * text for the C caller.
 *
 *   tpy_vm_new:  check config ─▶ allocator (named or the caller's table)
 *                ─▶ tpy_vm_create (heap, pool) ─▶ tpy_runtime_init
 *                ─▶ sys.path, gc settings, output sink ─▶ __main__
 *   tpy_vm_delete: __main__ dropped ─▶ tpy_runtime_fini ─▶ tpy_vm_destroy
 *                ─▶ allocator deleted (every tier's live count is zero)
 */
/* open_memstream: _GNU_SOURCE comes from the build */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embed_internal.h"

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "gc.h"
#include "refcount.h"
#include "types.h"

/* ---- tpy_last_error ----------------------------------------------------------------------- */

static _Thread_local char last_error[512];

const char *tpy_last_error(void)
{
    return last_error;
}

static void *fail_new(const char *fmt, const char *detail)
{
    snprintf(last_error, sizeof last_error, fmt, detail);
    return NULL;
}

/* ---- the caller's backend, seen from layer1 ---------------------------------------------------- */

static void *custom_malloc(void *ctx, size_t n, tpy_mem_api api)
{
    (void)api;
    const tpy_backend *b = ctx;
    return b->malloc(b->ctx, n);
}

static void *custom_calloc(void *ctx, size_t nelem, size_t elsize, tpy_mem_api api)
{
    (void)api;
    const tpy_backend *b = ctx;
    return b->calloc(b->ctx, nelem, elsize);
}

static void *custom_realloc(void *ctx, void *p, size_t n, tpy_mem_api api)
{
    (void)api;
    const tpy_backend *b = ctx;
    return b->realloc(b->ctx, p, n);
}

static void custom_free(void *ctx, void *p, tpy_mem_api api)
{
    (void)api;
    const tpy_backend *b = ctx;
    b->free(b->ctx, p);
}

static tpy_mem_allocator *make_allocator(struct tpy_embed *e, const tpy_config *cfg)
{
    if (cfg->backend) {
        e->backend = *cfg->backend;
        snprintf(e->backend_name, sizeof e->backend_name, "%s",
                 cfg->backend->name ? cfg->backend->name : "custom");
        tpy_mem_backend b = {e->backend_name, custom_malloc, custom_calloc, custom_realloc,
                             custom_free, NULL, &e->backend};
        return tpy_mem_allocator_new_custom(&b);
    }
    const char *name = cfg->malloc_name;
    if (!name) {
        name = getenv("TIERPY_MALLOC");
        if (!name || !*name)
            name = "libc";
    }
    char why[256];
    tpy_mem_allocator *a = tpy_mem_allocator_new(name, why, sizeof why);
    if (!a)
        fail_new("malloc backend: %s", why);
    return a;
}

/* ---- output and GC events ------------------------------------------------------------------- */

static int sink_write(void *ctx, int stream, const char *data, size_t n)
{
    struct tpy_embed *e = ctx;
    tpy_output_fn fn = stream == 2 ? e->err : e->out;
    if (fn) {
        if (n)
            fn(e->output_ctx, data, n);
        return 0;
    }
    FILE *f = stream == 2 ? stderr : stdout;
    return n && fwrite(data, 1, n, f) != n ? -1 : 0;
}

static int sink_flush(void *ctx, int stream)
{
    struct tpy_embed *e = ctx;
    if ((stream == 2 ? e->err : e->out) == NULL)
        return fflush(stream == 2 ? stderr : stdout) == 0 ? 0 : -1;
    return 0;
}

static long sink_read_line(void *ctx, char *buf, size_t cap)
{
    (void)ctx;
    if (!fgets(buf, (int)(cap > 0x7fffffff ? 0x7fffffff : cap), stdin))
        return ferror(stdin) ? -1 : 0;
    return (long)strlen(buf);
}

static void gc_observer(void *ctx, int phase, int generation, intptr_t collected,
                        uint64_t pause_ns)
{
    struct tpy_embed *e = ctx;
    tpy_gc_event ev = {phase ? TPY_GC_STOP : TPY_GC_START, generation, collected, pause_ns};
    e->gc_event(e->gc_event_ctx, &ev);
}

/* ---- making the VM ---------------------------------------------------------------------------- */

static int prepend_path(tpy_vm *vm, const tpy_config *cfg)
{
    if (!cfg->path_len)
        return 0;
    tpy_object *sysd = tpy_module_dict(tpy_runtime_sys(vm));
    tpy_object *old = tpy_getattr_c(vm, tpy_runtime_sys(vm), "path");
    tpy_object *path = old ? tpy_list_new(vm, 0) : NULL;
    int r = path ? 0 : -1;
    for (size_t i = 0; r == 0 && i < cfg->path_len; i++) {
        tpy_object *s = tpy_str_from_cstr(vm, cfg->path[i]);
        r = s ? tpy_list_append(vm, path, s) : -1;   /* takes the reference */
    }
    if (r == 0)
        r = tpy_list_extend(vm, path, old) < 0 || tpy_dict_set_c(vm, sysd, "path", path) < 0 ? -1 : 0;
    tpy_xdecref(vm, path);
    tpy_xdecref(vm, old);
    return r;
}

static tpy_object *make_main(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "__main__");
    if (!m)
        return NULL;
    tpy_object *d = tpy_module_dict(m);
    tpy_object *modules = tpy_getattr_c(vm, tpy_runtime_sys(vm), "modules");
    int r = modules ? 0 : -1;
    if (r == 0)
        r = tpy_dict_set_c(vm, d, "__builtins__", tpy_runtime_builtins(vm)) < 0
                    || tpy_dict_set_c(vm, d, "__package__", TPY_NONE) < 0
                    || tpy_dict_set_c(vm, d, "__spec__", TPY_NONE) < 0
                    || tpy_dict_set_c(vm, modules, "__main__", m) < 0 ? -1 : 0;
    tpy_xdecref(vm, modules);
    if (r < 0)
        TPY_CLEAR(vm, m);
    return m;
}

/* The runtime and everything the configuration asks of it; -1 with the
 * reason in last_error. */
static int start_runtime(tpy_vm *vm, const tpy_config *cfg)
{
    struct tpy_embed *e = vm->embed;
    static char empty[] = "";
    char *no_args[] = {empty, NULL};
    int argc = cfg->argc ? cfg->argc : 1;
    char **argv = cfg->argc ? (char **)cfg->argv : no_args;
    vm->stdio = (tpy_vm_stdio){e, sink_write, sink_flush, sink_read_line};
    if (tpy_runtime_init(vm, argc, argv) < 0 || prepend_path(vm, cfg) < 0
        || !(e->main = make_main(vm))) {
        tpy_err_clear(vm);
        fail_new("%s", "out of memory starting the runtime");
        return -1;
    }
    tpy_gc_set_threshold(vm, cfg->gc_threshold[0], cfg->gc_threshold[1], cfg->gc_threshold[2]);
    if (!cfg->gc)
        tpy_gc_disable(vm);
    if (cfg->gc_event)
        tpy_gc_set_observer(vm, gc_observer, e);
    return 0;
}

static void release(tpy_vm *vm, struct tpy_embed *e, tpy_delete_report *report);

tpy_vm *tpy_vm_new(const tpy_config *cfg)
{
    tpy_config defaults;
    if (!cfg) {
        tpy_config_init(&defaults);
        cfg = &defaults;
    }
    last_error[0] = 0;
    if (tpy_config_check(cfg, last_error, sizeof last_error) < 0)
        return NULL;
    /* What the process shares is made outside any VM's allocator; the
     * runtime's types register before the type registry is frozen. */
    tpy_runtime_process_init();
    tpy_vm_process_init();
    struct tpy_embed *e = calloc(1, sizeof *e);
    if (!e)
        return fail_new("%s", "out of memory");
    if (!(e->mem = make_allocator(e, cfg))) {
        free(e);
        return last_error[0] ? NULL : fail_new("%s", "out of memory");
    }
    e->out = cfg->out;
    e->err = cfg->err;
    e->output_ctx = cfg->output_ctx;
    e->gc_event = cfg->gc_event;
    e->gc_event_ctx = cfg->gc_event_ctx;

    tpy_vm_config vc;
    tpy_vm_config_init(&vc);
    vc.use_pool = cfg->pool;
    vc.pool = &cfg->pool_config;
    vc.freelists = cfg->freelists;
    vc.freelist_cap = cfg->freelist_capacity;
    vc.recursion_limit = cfg->recursion_limit;
    vc.mem = e->mem;
    tpy_mem_allocator *previous = tpy_mem_set_thread_allocator(e->mem);
    tpy_vm *vm = tpy_vm_create(&vc);
    if (vm) {
        vm->embed = e;
        if (start_runtime(vm, cfg) < 0) {
            tpy_mem_set_thread_allocator(previous);
            release(vm, e, NULL);
            return NULL;
        }
    }
    tpy_mem_set_thread_allocator(previous);
    if (!vm) {
        tpy_mem_allocator_delete(e->mem);
        free(e);
        return fail_new("%s", "out of memory making the VM");
    }
    return vm;
}

/* ---- deleting it ------------------------------------------------------------------------------ */

static void free_error(struct tpy_embed *e)
{
    free((char *)e->error.type);
    free((char *)e->error.message);
    free((char *)e->error.traceback);
    e->error = (tpy_error){0};
    e->failed = false;
}

static void release(tpy_vm *vm, struct tpy_embed *e, tpy_delete_report *report)
{
    tpy_mem_allocator *previous = tpy_mem_set_thread_allocator(e->mem);
    tpy_vm_flush(vm, 1);
    tpy_vm_flush(vm, 2);
    tpy_err_clear(vm);
    TPY_CLEAR(vm, e->main);
    tpy_runtime_fini(vm);
    size_t leaked = tpy_vm_destroy_report(vm);
    tpy_mem_set_thread_allocator(previous);
    tpy_embed_free_modules(e);
    free_error(e);
    if (report) {
        report->objects_leaked = leaked;
        tpy_mem_stats(e->mem, &report->mem);
    }
    tpy_mem_allocator_delete(e->mem);
    free(e);
}

void tpy_vm_delete(tpy_vm *vm)
{
    if (vm)
        release(vm, vm->embed, NULL);
}

void tpy_vm_delete_checked(tpy_vm *vm, tpy_delete_report *out)
{
    if (out)
        *out = (tpy_delete_report){0};
    if (vm)
        release(vm, vm->embed, out);
}

/* ---- errors as text ------------------------------------------------------------------------------ */

void tpy_embed_clear_error(tpy_vm *vm)
{
    free_error(vm->embed);
}

static char *dup_text(const char *s, size_t n)
{
    char *t = malloc(n + 1);
    if (t) {
        memcpy(t, s, n);
        t[n] = 0;
    }
    return t;
}

static char *str_of(tpy_vm *vm, tpy_object *exc)
{
    tpy_object *s = tpy_str(vm, exc);
    size_t n = 0;
    const char *u = s ? tpy_str_utf8(vm, s, &n) : NULL;
    char *t = dup_text(u ? u : "<exception str() failed>", u ? n : 24);
    tpy_xdecref(vm, s);
    tpy_err_clear(vm);
    return t;
}

static char *traceback_of(tpy_vm *vm, tpy_object *exc)
{
    char *text = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&text, &n);
    if (!f)
        return dup_text("", 0);
    tpy_traceback_print(vm, exc, f);
    fclose(f);
    tpy_err_clear(vm);
    return text;
}

int tpy_embed_capture_error(tpy_vm *vm)
{
    struct tpy_embed *e = vm->embed;
    free_error(e);
    tpy_object *exc = tpy_err_fetch(vm);
    e->failed = true;
    if (!exc) {
        e->error.type = dup_text("SystemError", 11);
        e->error.message = dup_text("error return without an exception set", 37);
        e->error.traceback = dup_text("SystemError: error return without an exception set\n", 51);
        return -1;
    }
    const char *name = tpy_type_of(exc)->name;
    e->error.type = dup_text(name, strlen(name));
    e->error.message = str_of(vm, exc);
    e->error.traceback = traceback_of(vm, exc);
    tpy_decref(vm, exc);
    return -1;
}

const tpy_error *tpy_vm_error(tpy_vm *vm)
{
    struct tpy_embed *e = vm->embed;
    return e->failed && e->error.type && e->error.message && e->error.traceback ? &e->error
                                                                                : NULL;
}

/* ---- running code -------------------------------------------------------------------------------- */

static int run_text(tpy_vm *vm, const char *source, const char *filename)
{
    tpy_object *d = tpy_module_dict(vm->embed->main);
    tpy_object *r = tpy_run_string(vm, source, filename, TPY_RUN_EXEC, d, NULL);
    tpy_vm_flush(vm, 1);
    tpy_vm_flush(vm, 2);
    if (!r)
        return tpy_embed_capture_error(vm);
    tpy_decref(vm, r);
    return 0;
}

int tpy_vm_run_string(tpy_vm *vm, const char *source, const char *filename)
{
    tpy_embed_scope s;
    tpy_embed_enter(vm, &s);
    tpy_embed_clear_error(vm);
    int r = run_text(vm, source, filename ? filename : "<string>");
    tpy_embed_leave(&s);
    return r;
}

/* The whole file, NUL-terminated, in C's malloc; NULL with errno. */
static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - 1 - n, f);
        if (n < cap - 1)
            break;
        char *bigger = realloc(buf, cap *= 2);
        if (!bigger)
            free(buf);
        buf = bigger;
    }
    int err = ferror(f) ? errno : 0;
    fclose(f);
    if (buf && err) {
        free(buf);
        errno = err;
        return NULL;
    }
    if (buf)
        buf[n] = 0;
    return buf;
}

static int raise_os_error(tpy_vm *vm, int err, const char *path)
{
    tpy_object *args[3] = {tpy_int_from_i64(vm, err), tpy_str_from_cstr(vm, strerror(err)),
                           tpy_str_from_cstr(vm, path)};
    if (args[0] && args[1] && args[2]) {
        tpy_object *exc = tpy_exc_new(vm, &tpy_exc_OSError, args, 3);
        if (exc) {
            tpy_err_set_instance(vm, exc);
            tpy_decref(vm, exc);
        }
    }
    for (int i = 0; i < 3; i++)
        tpy_xdecref(vm, args[i]);
    return tpy_embed_capture_error(vm);
}

int tpy_vm_run_file(tpy_vm *vm, const char *path)
{
    tpy_embed_scope s;
    tpy_embed_enter(vm, &s);
    tpy_embed_clear_error(vm);
    char *src = read_file(path);
    int r;
    if (!src) {
        r = raise_os_error(vm, errno ? errno : ENOMEM, path);
    } else {
        r = run_text(vm, src, path);
        free(src);
    }
    tpy_embed_leave(&s);
    return r;
}
