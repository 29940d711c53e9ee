/* vm/eval/sysmodule.c: the sys module, as much of it as programs of the
 * core language ask for: argv, exit, the standard streams, path, modules,
 * version_info, maxsize, byteorder, the recursion limit, implementation,
 * getrefcount, intern, exc_info. */
#include <float.h>
#include <string.h>

#include "abstract.h"
#include "bytearray.h"
#include "error.h"
#include "eval_internal.h"
#include "libpath.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* ---- the standard streams ------------------------------------------------------------- */

/* sys.stdout and sys.stderr: write through the VM's stdio sink (the same
 * one print() uses, so their output interleaves in order). */
typedef struct tpy_stdio_obj {
    tpy_object ob;
    int stream;   /* 0 stdin, 1 stdout, 2 stderr */
} tpy_stdio_obj;

static tpy_object *stdio_write(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                               size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "write", nargs, kwnames) < 0)
        return NULL;
    if (!tpy_str_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "write() argument must be str, not %s",
                              tpy_type_of(args[0])->name);
    size_t n;
    const char *s = tpy_str_utf8(vm, args[0], &n);
    if (!s || tpy_vm_write(vm, ((tpy_stdio_obj *)self)->stream, s, n) < 0)
        return NULL;
    return tpy_int_from_i64(vm, tpy_str_len(args[0]));
}

static tpy_object *stdio_flush(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                               size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "flush", nargs, kwnames) < 0
        || tpy_vm_flush(vm, ((tpy_stdio_obj *)self)->stream) < 0)
        return NULL;
    return TPY_NONE;
}

static tpy_object *stdio_readline(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames)
{
    (void)self;
    (void)args;
    if (tpy_arg_none(vm, "readline", nargs, kwnames) < 0)
        return NULL;
    return tpy_vm_read_line(vm);
}

/* Iterating a stream reads lines until readline returns '' (end of file). */
static tpy_object *stdio_next(tpy_vm *vm, tpy_object *self)
{
    if (((tpy_stdio_obj *)self)->stream != 0) {
        tpy_err_set(vm, &tpy_exc_OSError, "not readable");   /* io.UnsupportedOperation */
        return NULL;
    }
    tpy_object *line = tpy_vm_read_line(vm);
    if (line && tpy_str_len(line) == 0)
        TPY_CLEAR(vm, line);   /* exhausted: NULL with no exception */
    return line;
}

static tpy_object *stdio_readlines(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                   size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "readlines", nargs, kwnames) < 0)
        return NULL;
    tpy_object *l = tpy_list_new(vm, 0), *line;
    while (l && (line = stdio_next(vm, self)))
        if (tpy_list_append(vm, l, line) < 0)
            TPY_CLEAR(vm, l);
    if (l && tpy_err_occurred(vm))
        TPY_CLEAR(vm, l);
    return l;
}

/* read(): the rest of stdin as one str (size arguments are not supported). */
static tpy_object *stdio_read(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                              size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, "read", kwnames) < 0 || tpy_arg_count(vm, "read", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 1 && args[0] != TPY_NONE && !(tpy_int_check(args[0]) && tpy_int_sign(args[0]) < 0))
        return tpy_err_format(vm, &tpy_exc_NotImplementedError,
                              "tierpy's sys.stdin.read() takes no size yet");
    tpy_object *acc = tpy_newref(vm->empty_str), *line;
    while (acc && (line = stdio_next(vm, self))) {
        tpy_object *joined = tpy_str_concat(vm, acc, line);
        tpy_decref(vm, line);
        TPY_SETREF(vm, acc, joined);
    }
    if (acc && tpy_err_occurred(vm))
        TPY_CLEAR(vm, acc);
    return acc;
}

static tpy_object *stdio_fileno(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "fileno", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(vm, ((tpy_stdio_obj *)self)->stream);
}

/* ---- sys.stdout.buffer and friends: the same streams, in bytes ----------------------------- */

extern tpy_type tpy_stdio_buffer_type;

static int stream_of(tpy_object *o)
{
    return ((tpy_stdio_obj *)o)->stream;
}

/* write(b): bytes or bytearray, passed through undecoded. */
static tpy_object *sbuf_write(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                              size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "write", nargs, kwnames) < 0)
        return NULL;
    const char *data;
    size_t n;
    if (tpy_bytes_check(args[0])) {
        data = (const char *)((tpy_bytes *)args[0])->data;
        n = (size_t)tpy_bytes_len(args[0]);
    } else if (tpy_bytearray_check(args[0])) {
        data = (const char *)((tpy_bytearray *)args[0])->data;
        n = (size_t)((tpy_bytearray *)args[0])->size;
    } else {
        return tpy_err_format(vm, &tpy_exc_TypeError, "a bytes-like object is required, not '%s'",
                              tpy_type_of(args[0])->name);
    }
    if (stream_of(self) == 0)
        return tpy_err_format(vm, &tpy_exc_OSError, "write");
    if (n && tpy_vm_write(vm, stream_of(self), data ? data : "", n) < 0)
        return NULL;
    return tpy_int_from_i64(vm, (int64_t)n);
}

static tpy_object *sbuf_flush(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                              size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "flush", nargs, kwnames) < 0
        || (stream_of(self) != 0 && tpy_vm_flush(vm, stream_of(self)) < 0))
        return NULL;
    return TPY_NONE;
}

static tpy_object *sbuf_readline(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                 size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "readline", nargs, kwnames) < 0)
        return NULL;
    if (stream_of(self) != 0)
        return tpy_err_format(vm, &tpy_exc_OSError, "read");
    return tpy_vm_read_line_bytes(vm);
}

static tpy_object *sbuf_next(tpy_vm *vm, tpy_object *self)
{
    if (stream_of(self) != 0)
        return tpy_err_format(vm, &tpy_exc_OSError, "read");
    tpy_object *line = tpy_vm_read_line_bytes(vm);
    if (line && tpy_bytes_len(line) == 0)
        TPY_CLEAR(vm, line);
    return line;
}

/* read([size]): up to size bytes (all that is left without one). */
static tpy_object *sbuf_read(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                             size_t nargs, tpy_object *kwnames)
{
    int64_t size = -1;
    if (tpy_arg_nokw(vm, "read", kwnames) < 0 || tpy_arg_count(vm, "read", nargs, 0, 1) < 0
        || (nargs && args[0] != TPY_NONE && tpy_int_to_i64(vm, args[0], &size) < 0))
        return NULL;
    if (stream_of(self) != 0)
        return tpy_err_format(vm, &tpy_exc_OSError, "read");
    tpy_object *parts = tpy_list_new(vm, 0), *line;
    int64_t got = 0;
    while (parts && (size < 0 || got < size) && (line = sbuf_next(vm, self))) {
        got += tpy_bytes_len(line);
        if (tpy_list_append(vm, parts, line) < 0)
            TPY_CLEAR(vm, parts);
    }
    if (!parts || tpy_err_occurred(vm)) {
        tpy_xdecref(vm, parts);
        return NULL;
    }
    tpy_object *all = tpy_call_method(vm, vm->empty_bytes, "join", &parts, 1);
    tpy_decref(vm, parts);
    return all;
}

static tpy_object *sbuf_repr(tpy_vm *vm, tpy_object *o)
{
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    return tpy_str_format(vm, "<_io.%s name='%s'>",
                          stream_of(o) ? "BufferedWriter" : "BufferedReader", names[stream_of(o)]);
}

static const tpy_method_def sbuf_methods[] = {
    {"write", sbuf_write, 0, NULL},
    {"flush", sbuf_flush, 0, NULL},
    {"read", sbuf_read, 0, NULL},
    {"readline", sbuf_readline, 0, NULL},
    {NULL, NULL, 0, NULL},
};

tpy_type tpy_stdio_buffer_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "BufferedWriter", .basic_size = sizeof(tpy_stdio_obj)},
    .name = "BufferedWriter",
    .repr = sbuf_repr,
    .iter = tpy_iter_self,
    .next = sbuf_next,
    .methods = sbuf_methods,
};

static tpy_object *stdio_buffer(tpy_vm *vm, tpy_object *self)
{
    tpy_stdio_obj *o = (tpy_stdio_obj *)tpy_alloc(vm, &tpy_stdio_buffer_type);
    if (o)
        o->stream = stream_of(self);
    return (tpy_object *)o;
}

/* name: "<stdin>", "<stdout>" or "<stderr>". */
static tpy_object *stdio_name(tpy_vm *vm, tpy_object *o)
{
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    return tpy_str_from_cstr(vm, names[((tpy_stdio_obj *)o)->stream]);
}

static const tpy_getset_def stdio_getsets[] = {
    {"buffer", stdio_buffer, NULL},
    {"name", stdio_name, NULL},
    {NULL, NULL, NULL},
};

static const tpy_method_def stdio_methods[] = {
    {"write", stdio_write, 0, NULL},
    {"flush", stdio_flush, 0, NULL},
    {"readline", stdio_readline, 0, NULL},
    {"readlines", stdio_readlines, 0, NULL},
    {"read", stdio_read, 0, NULL},
    {"fileno", stdio_fileno, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static tpy_object *stdio_repr(tpy_vm *vm, tpy_object *o)
{
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    return tpy_str_format(vm, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>",
                          names[((tpy_stdio_obj *)o)->stream], ((tpy_stdio_obj *)o)->stream ? "w" : "r");
}

tpy_type tpy_stdio_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "TextIOWrapper", .basic_size = sizeof(tpy_stdio_obj)},
    .name = "TextIOWrapper",
    .repr = stdio_repr,
    .iter = tpy_iter_self,
    .next = stdio_next,
    .methods = stdio_methods,
    .getsets = stdio_getsets,
};

static tpy_object *stdio_new(tpy_vm *vm, int stream)
{
    tpy_stdio_obj *o = (tpy_stdio_obj *)tpy_alloc(vm, &tpy_stdio_type);
    if (!o)
        return NULL;
    o->stream = stream;
    return &o->ob;
}

/* vm->hooks.sys_stream: sys.stdout etc. when a program replaced them
 * (print then calls its write), NULL for the VM's own streams. */
static tpy_object *sys_stream_hook(tpy_vm *vm, int stream)
{
    static const char *const names[] = {"stdin", "stdout", "stderr"};
    if (!vm->eval || !vm->eval->sys_mod || stream < 0 || stream > 2)
        return NULL;
    tpy_object *key = tpy_str_intern_c(vm, names[stream]);
    if (!key) {
        tpy_err_clear(vm);
        return NULL;
    }
    tpy_object *v = tpy_dict_get_str(vm, tpy_module_dict(vm->eval->sys_mod), key);
    tpy_decref(vm, key);
    return v && tpy_type_of(v) != &tpy_stdio_type ? v : NULL;
}

/* ---- functions -------------------------------------------------------------------------- */

/* sys.getsizeof(obj[, default]): a user class's __sizeof__ if it has one,
 * else the object's layer3 block (header, items, a list's item array),
 * plus the GC head of a container, as CPython adds its PyGC_Head. */
static tpy_object *sys_getsizeof(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                 size_t nargs, tpy_object *kwnames)
{
    (void)self;
    if (tpy_arg_nokw(vm, "getsizeof", kwnames) < 0
        || tpy_arg_count(vm, "getsizeof", nargs, 1, 2) < 0)
        return NULL;
    tpy_object *o = args[0];
    tpy_type *t = tpy_type_of(o);
    int64_t size;
    if (tpy_type_has(t, TPY_TF_HEAPTYPE)) {
        tpy_object *key = tpy_str_intern_c(vm, "__sizeof__");
        tpy_object *m = key ? tpy_type_lookup(vm, t, key) : NULL;
        tpy_xdecref(vm, key);
        if (m && tpy_type_of(m) != &tpy_method_descr_type) {
            tpy_object *r = tpy_call_method(vm, o, "__sizeof__", NULL, 0);
            if (r && !tpy_int_check(r))
                tpy_err_set(vm, &tpy_exc_TypeError, "an integer is required");
            if (!r || tpy_err_occurred(vm) || tpy_int_to_i64(vm, r, &size) < 0) {
                tpy_xdecref(vm, r);
                if (nargs == 2 && tpy_err_matches(vm, &tpy_exc_TypeError)) {
                    tpy_err_clear(vm);
                    return tpy_newref(args[1]);
                }
                return NULL;
            }
            tpy_decref(vm, r);
            if (size < 0)
                return tpy_err_format(vm, &tpy_exc_ValueError, "__sizeof__() should return >= 0");
            goto add_head;
        }
    }
    size = (int64_t)t->layout.basic_size;
    if (t->layout.item_size)
        size += (int64_t)(t->layout.item_size * (size_t)((tpy_var_object *)o)->size);
    if (tpy_list_check(o))
        size += (int64_t)(((tpy_list *)o)->allocated * (intptr_t)sizeof(tpy_object *));
add_head:
    if (t->layout.flags & TPY_OBJ_CONTAINER)
        size += (int64_t)sizeof(tpy_gc_head);
    return tpy_int_from_i64(vm, size);
}

static tpy_object *sys_exit(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames)
{
    (void)self;
    if (tpy_arg_nokw(vm, "exit", kwnames) < 0 || tpy_arg_count(vm, "exit", nargs, 0, 1) < 0)
        return NULL;
    tpy_object *e = tpy_exc_new(vm, &tpy_exc_SystemExit, args, nargs);
    if (e) {
        tpy_err_set_instance(vm, e);
        tpy_decref(vm, e);
    }
    return NULL;
}

static tpy_object *sys_getrecursionlimit(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                         size_t nargs, tpy_object *kwnames)
{
    (void)self;
    (void)args;
    if (tpy_arg_none(vm, "getrecursionlimit", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(vm, vm->recursion_limit);
}

static tpy_object *sys_setrecursionlimit(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                         size_t nargs, tpy_object *kwnames)
{
    (void)self;
    if (tpy_arg_one(vm, "setrecursionlimit", nargs, kwnames) < 0)
        return NULL;
    if (!tpy_int_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "'%s' object cannot be interpreted as an integer",
                              tpy_type_of(args[0])->name);
    int64_t n;
    if (tpy_int_to_i64(vm, args[0], &n) < 0)
        return NULL;
    if (n < 1)
        return tpy_err_format(vm, &tpy_exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n > 0x7fffffff)
        return tpy_err_format(vm, &tpy_exc_OverflowError, "Python int too large to convert to C int");
    if (n <= vm->depth)
        return tpy_err_format(vm, &tpy_exc_RecursionError,
                              "cannot set the recursion limit to %d at the recursion depth %d: "
                              "the limit is too low", (int)n, vm->depth);
    vm->recursion_limit = (int)n;
    return TPY_NONE;
}

static tpy_object *sys_getrefcount(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                   size_t nargs, tpy_object *kwnames)
{
    (void)self;
    if (tpy_arg_one(vm, "getrefcount", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(vm, args[0]->refcnt);
}

static tpy_object *sys_intern(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                              size_t nargs, tpy_object *kwnames)
{
    (void)self;
    if (tpy_arg_one(vm, "intern", nargs, kwnames) < 0)
        return NULL;
    if (tpy_type_of(args[0]) != &tpy_str_type)
        return tpy_err_format(vm, &tpy_exc_TypeError, "intern() argument must be str, not %s",
                              tpy_type_of(args[0])->name);
    return tpy_str_intern(vm, tpy_newref(args[0]));
}

static tpy_object *sys_exc_info(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                size_t nargs, tpy_object *kwnames)
{
    (void)self;
    (void)args;
    if (tpy_arg_none(vm, "exc_info", nargs, kwnames) < 0)
        return NULL;
    tpy_object *e = vm->eval->handled;
    if (!e)
        return tpy_tuple_pack(vm, 3, TPY_NONE, TPY_NONE, TPY_NONE);
    tpy_object *tb = ((tpy_exc *)e)->traceback;
    return tpy_tuple_pack(vm, 3, &tpy_type_of(e)->ob, e, tb ? tb : TPY_NONE);
}

static tpy_object *sys_exception(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                 size_t nargs, tpy_object *kwnames)
{
    (void)self;
    (void)args;
    if (tpy_arg_none(vm, "exception", nargs, kwnames) < 0)
        return NULL;
    return tpy_newref(vm->eval->handled ? vm->eval->handled : TPY_NONE);
}

static const tpy_method_def sys_functions[] = {
    {"exit", sys_exit, 0, "exit([status]): raise SystemExit(status)"},
    {"_getframe", tpy_sys_getframe, 0, "_getframe([depth]): a running frame, as a snapshot"},
    {"getsizeof", sys_getsizeof, 0, "getsizeof(obj[, default]): the object's size in bytes"},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- the module ----------------------------------------------------------------------------- */

static int set_new(tpy_vm *vm, tpy_object *d, const char *name, tpy_object *v)
{
    if (!v)
        return -1;
    int r = tpy_dict_set_c(vm, d, name, v);
    tpy_decref(vm, v);
    return r;
}

static tpy_object *argv_list(tpy_vm *vm, int argc, char **argv)
{
    tpy_object *l = tpy_list_new(vm, 0);
    for (int k = 0; l && k < argc; k++) {
        tpy_object *s = tpy_str_from_utf8(vm, argv[k], strlen(argv[k]));
        if (!s || tpy_list_append(vm, l, s) < 0)
            TPY_CLEAR(vm, l);
    }
    if (l && argc == 0) {
        tpy_object *s = tpy_newref(vm->empty_str);
        if (tpy_list_append(vm, l, s) < 0)
            TPY_CLEAR(vm, l);
    }
    return l;
}

static tpy_object *version_info(tpy_vm *vm)
{
    tpy_object *items[5] = {tpy_int_from_i64(vm, 3), tpy_int_from_i64(vm, 11),
                            tpy_int_from_i64(vm, 2), tpy_str_from_cstr(vm, "final"),
                            tpy_int_from_i64(vm, 0)};
    tpy_object *t = items[3] ? tpy_tuple_from_array(vm, items, 5) : NULL;
    for (int k = 0; k < 5; k++)
        tpy_xdecref(vm, items[k]);
    return t;
}

static tpy_object *implementation(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "implementation");
    if (!m)
        return NULL;
    tpy_object *d = tpy_module_dict(m);
    if (set_new(vm, d, "name", tpy_str_from_cstr(vm, "tierpy")) < 0
        || set_new(vm, d, "cache_tag", tpy_str_from_cstr(vm, "tierpy-1")) < 0
        || set_new(vm, d, "version", version_info(vm)) < 0) {
        tpy_decref(vm, m);
        return NULL;
    }
    return m;
}

/* sys.float_info's fields (a namespace, as sys.implementation is: its
 * attributes are CPython's, its repr and tuple behaviour are not). */
static tpy_object *float_info(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "float_info");
    if (!m)
        return NULL;
    tpy_object *d = tpy_module_dict(m);
    if (set_new(vm, d, "max", tpy_float_from_double(vm, DBL_MAX)) < 0
        || set_new(vm, d, "max_exp", tpy_int_from_i64(vm, DBL_MAX_EXP)) < 0
        || set_new(vm, d, "max_10_exp", tpy_int_from_i64(vm, DBL_MAX_10_EXP)) < 0
        || set_new(vm, d, "min", tpy_float_from_double(vm, DBL_MIN)) < 0
        || set_new(vm, d, "min_exp", tpy_int_from_i64(vm, DBL_MIN_EXP)) < 0
        || set_new(vm, d, "min_10_exp", tpy_int_from_i64(vm, DBL_MIN_10_EXP)) < 0
        || set_new(vm, d, "dig", tpy_int_from_i64(vm, DBL_DIG)) < 0
        || set_new(vm, d, "mant_dig", tpy_int_from_i64(vm, DBL_MANT_DIG)) < 0
        || set_new(vm, d, "epsilon", tpy_float_from_double(vm, DBL_EPSILON)) < 0
        || set_new(vm, d, "radix", tpy_int_from_i64(vm, FLT_RADIX)) < 0
        || set_new(vm, d, "rounds", tpy_int_from_i64(vm, 1)) < 0) {
        tpy_decref(vm, m);
        return NULL;
    }
    return m;
}

/* sys.path before the script's directory goes in front: the bundled
 * modules' directory (lib/), when there is one. */
static tpy_object *initial_path(tpy_vm *vm)
{
    tpy_object *path = tpy_list_new(vm, 0);
    char dir[4096];
    if (!path || !tpy_lib_dir(dir, sizeof dir))
        return path;
    tpy_object *s = tpy_str_from_cstr(vm, dir);
    if (!s || tpy_list_append(vm, path, s) < 0)
        TPY_CLEAR(vm, path);
    return path;
}

int tpy_sys_add_info(tpy_vm *vm, tpy_object *sys);   /* sysinfo.c */

/* sys, with argv from the command line (argv[0] the script or "-c"). */
tpy_object *tpy_sys_module_new(tpy_vm *vm, int argc, char **argv, tpy_object *modules);
tpy_object *tpy_sys_module_new(tpy_vm *vm, int argc, char **argv, tpy_object *modules)
{
    tpy_object *m = tpy_module_new(vm, "sys");
    if (!m)
        return NULL;
    tpy_object *d = tpy_module_dict(m);
    vm->hooks.sys_stream = sys_stream_hook;
    if (tpy_module_add_functions(vm, m, sys_functions) < 0
        || set_new(vm, d, "argv", argv_list(vm, argc, argv)) < 0
        || set_new(vm, d, "stdin", stdio_new(vm, 0)) < 0
        || set_new(vm, d, "stdout", stdio_new(vm, 1)) < 0
        || set_new(vm, d, "stderr", stdio_new(vm, 2)) < 0
        || set_new(vm, d, "__stdout__", stdio_new(vm, 1)) < 0
        || set_new(vm, d, "__stderr__", stdio_new(vm, 2)) < 0
        || set_new(vm, d, "path", initial_path(vm)) < 0
        || tpy_dict_set_c(vm, d, "dont_write_bytecode", TPY_FALSE) < 0
        || tpy_dict_set_c(vm, d, "modules", modules) < 0
        || set_new(vm, d, "version_info", version_info(vm)) < 0
        || set_new(vm, d, "version", tpy_str_from_cstr(vm, "3.11.2 (tierpy 0.1.0)")) < 0
        || set_new(vm, d, "hexversion", tpy_int_from_i64(vm, 0x030b02f0)) < 0
        || set_new(vm, d, "maxsize", tpy_int_from_i64(vm, INT64_MAX)) < 0
        || set_new(vm, d, "byteorder", tpy_str_from_cstr(vm, "little")) < 0
        || set_new(vm, d, "platform", tpy_str_from_cstr(vm, "linux")) < 0
        || set_new(vm, d, "implementation", implementation(vm)) < 0
        || set_new(vm, d, "float_info", float_info(vm)) < 0
        || set_new(vm, d, "__stdin__", stdio_new(vm, 0)) < 0
        || tpy_sys_add_info(vm, m) < 0) {
        tpy_decref(vm, m);
        return NULL;
    }
    return m;
}
