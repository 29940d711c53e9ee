/* vm/modules/posixpath.c: `os.path` for POSIX paths (str only): join,
 * split, basename, dirname, splitext, normpath, abspath, and the stat
 * questions exists, isfile, isdir, getsize. The string functions follow
 * CPython's posixpath.py step by step; '/' and '.' are ASCII, so they work
 * on the UTF-8 bytes. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "abstract.h"
#include "buf.h"
#include "error.h"
#include "eval.h"
#include "modules.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"
#include "vm.h"

#define FN(name)                                                                  \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

typedef struct span {
    const char *s;
    size_t n;
} span;

static int str_arg(tpy_vm *vm, const char *fname, tpy_object *o, span *out)
{
    if (!tpy_str_check(o)) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "expected str, bytes or os.PathLike object, not %s", tpy_type_of(o)->name);
        (void)fname;
        return -1;
    }
    out->s = tpy_str_utf8(vm, o, &out->n);
    return out->s ? 0 : -1;
}

static tpy_object *one_str(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames, span *out)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 1, 1) < 0 ||
        str_arg(vm, fname, args[0], out) < 0)
        return NULL;
    return TPY_NONE;   /* a marker: success */
}

static tpy_object *from_span(tpy_vm *vm, const char *s, size_t n)
{
    return tpy_str_from_utf8(vm, s, n);
}

/* The index just past the last '/' (0 if none). */
static size_t tail_start(span p)
{
    size_t i = p.n;
    while (i > 0 && p.s[i - 1] != '/')
        i--;
    return i;
}

/* The head of split(): up to the last '/', its trailing slashes removed
 * unless it is all slashes. */
static size_t head_len(span p)
{
    size_t i = tail_start(p), h = i;
    bool all_slashes = true;
    for (size_t k = 0; k < i; k++)
        all_slashes = all_slashes && p.s[k] == '/';
    if (h > 0 && !all_slashes)
        while (h > 0 && p.s[h - 1] == '/')
            h--;
    return h;
}

FN(p_join)
{
    (void)self;
    if (tpy_arg_nokw(vm, "join", kwnames) < 0)
        return NULL;
    if (nargs == 0)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "join() missing 1 required positional argument: 'a'");
    tpy_buf b;
    tpy_buf_init(&b, vm);
    for (size_t i = 0; i < nargs; i++) {
        span p;
        if (str_arg(vm, "join", args[i], &p) < 0) {
            tpy_buf_free(&b);
            return NULL;
        }
        int r = 0;
        if (p.n > 0 && p.s[0] == '/')
            b.len = 0;
        else if (b.len > 0 && b.data[b.len - 1] != '/')
            r = tpy_buf_putc(&b, '/');
        if (r < 0 || tpy_buf_append(&b, p.s, p.n) < 0) {
            tpy_buf_free(&b);
            return NULL;
        }
    }
    return tpy_buf_finish(&b);
}

FN(p_basename)
{
    (void)self;
    span p;
    if (!one_str(vm, "basename", args, nargs, kwnames, &p))
        return NULL;
    size_t i = tail_start(p);
    return from_span(vm, p.s + i, p.n - i);
}

/* normcase(p): POSIX paths are case-sensitive, so p itself. */
FN(p_normcase)
{
    (void)self;
    span p;
    if (!one_str(vm, "normcase", args, nargs, kwnames, &p))
        return NULL;
    return tpy_newref(args[0]);
}

FN(p_dirname)
{
    (void)self;
    span p;
    if (!one_str(vm, "dirname", args, nargs, kwnames, &p))
        return NULL;
    return from_span(vm, p.s, head_len(p));
}

static tpy_object *pair(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    tpy_object *t = a && b ? tpy_tuple_pack(vm, 2, a, b) : NULL;
    tpy_xdecref(vm, a);
    tpy_xdecref(vm, b);
    return t;
}

FN(p_split)
{
    (void)self;
    span p;
    if (!one_str(vm, "split", args, nargs, kwnames, &p))
        return NULL;
    size_t i = tail_start(p);
    return pair(vm, from_span(vm, p.s, head_len(p)), from_span(vm, p.s + i, p.n - i));
}

FN(p_splitext)
{
    (void)self;
    span p;
    if (!one_str(vm, "splitext", args, nargs, kwnames, &p))
        return NULL;
    size_t name = tail_start(p);
    const char *dot = NULL;
    for (size_t k = name; k < p.n; k++)
        if (p.s[k] == '.')
            dot = p.s + k;
    /* a name made of leading dots only ('.bashrc') has no extension */
    if (dot) {
        bool leading = true;
        for (const char *c = p.s + name; c < dot; c++)
            leading = leading && *c == '.';
        if (!leading) {
            size_t d = (size_t)(dot - p.s);
            return pair(vm, from_span(vm, p.s, d), from_span(vm, dot, p.n - d));
        }
    }
    return pair(vm, from_span(vm, p.s, p.n), tpy_newref(vm->empty_str));
}

/* normpath of the UTF-8 path p into b: '.' and empty parts dropped, '..'
 * cancelling the part before it where there is one. */
static int normalize(tpy_buf *b, span p)
{
    if (p.n == 0)
        return tpy_buf_putc(b, '.');
    int slashes = p.s[0] == '/' ? 1 : 0;
    if (slashes && p.n >= 2 && p.s[1] == '/' && !(p.n >= 3 && p.s[2] == '/'))
        slashes = 2;
    for (int i = 0; i < slashes; i++)
        if (tpy_buf_putc(b, '/') < 0)
            return -1;
    size_t base = b->len;
    size_t depth = 0;   /* parts kept that are not '..' */
    for (size_t i = 0; i < p.n;) {
        size_t j = i;
        while (j < p.n && p.s[j] != '/')
            j++;
        span c = {p.s + i, j - i};
        i = j + 1;
        if (c.n == 0 || (c.n == 1 && c.s[0] == '.'))
            continue;
        bool up = c.n == 2 && c.s[0] == '.' && c.s[1] == '.';
        if (up && depth > 0) {
            while (b->len > base && b->data[b->len - 1] != '/')
                b->len--;
            if (b->len > base)
                b->len--;
            depth--;
            continue;
        }
        if (up && slashes)
            continue;
        if (b->len > base && tpy_buf_putc(b, '/') < 0)
            return -1;
        if (tpy_buf_append(b, c.s, c.n) < 0)
            return -1;
        depth += up ? 0 : 1;
    }
    return b->len == 0 ? tpy_buf_putc(b, '.') : 0;
}

FN(p_normpath)
{
    (void)self;
    span p;
    if (!one_str(vm, "normpath", args, nargs, kwnames, &p))
        return NULL;
    tpy_buf b;
    tpy_buf_init(&b, vm);
    if (normalize(&b, p) < 0) {
        tpy_buf_free(&b);
        return NULL;
    }
    return tpy_buf_finish(&b);
}

FN(p_abspath)
{
    (void)self;
    span p;
    if (!one_str(vm, "abspath", args, nargs, kwnames, &p))
        return NULL;
    tpy_buf joined, b;
    tpy_buf_init(&joined, vm);
    tpy_buf_init(&b, vm);
    char cwd[4096];
    int r = 0;
    if (p.n == 0 || p.s[0] != '/') {
        if (!getcwd(cwd, sizeof cwd)) {
            tpy_buf_free(&joined);
            tpy_buf_free(&b);
            return tpy_err_from_errno(vm, errno, NULL);
        }
        r = tpy_buf_puts(&joined, cwd) < 0 || tpy_buf_putc(&joined, '/') < 0 ? -1 : 0;
    }
    if (r == 0)
        r = tpy_buf_append(&joined, p.s, p.n);
    if (r == 0)
        r = normalize(&b, (span){joined.data, joined.len});
    tpy_buf_free(&joined);
    if (r < 0) {
        tpy_buf_free(&b);
        return NULL;
    }
    return tpy_buf_finish(&b);
}

FN(p_isabs)
{
    (void)self;
    span p;
    if (!one_str(vm, "isabs", args, nargs, kwnames, &p))
        return NULL;
    return tpy_bool(p.n > 0 && p.s[0] == '/');
}

/* stat(path): 1 found, 0 not (any error, as os.path's questions say). */
static int stat_arg(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                    tpy_object *kwnames, struct stat *st)
{
    span p;
    if (!one_str(vm, fname, args, nargs, kwnames, &p))
        return -1;
    if (strlen(p.s) != p.n)
        return 0;
    return stat(p.s, st) == 0 ? 1 : 0;
}

FN(p_exists)
{
    (void)self;
    struct stat st;
    int r = stat_arg(vm, "exists", args, nargs, kwnames, &st);
    return r < 0 ? NULL : tpy_bool(r == 1);
}

FN(p_isfile)
{
    (void)self;
    struct stat st;
    int r = stat_arg(vm, "isfile", args, nargs, kwnames, &st);
    return r < 0 ? NULL : tpy_bool(r == 1 && S_ISREG(st.st_mode));
}

FN(p_isdir)
{
    (void)self;
    struct stat st;
    int r = stat_arg(vm, "isdir", args, nargs, kwnames, &st);
    return r < 0 ? NULL : tpy_bool(r == 1 && S_ISDIR(st.st_mode));
}

FN(p_getsize)
{
    (void)self;
    span p;
    if (!one_str(vm, "getsize", args, nargs, kwnames, &p))
        return NULL;
    struct stat st;
    if (stat(p.s, &st) < 0)
        return tpy_err_from_errno(vm, errno, args[0]);
    return tpy_int_from_i64(vm, (int64_t)st.st_size);
}

static const tpy_method_def path_functions[] = {
    {"join", p_join, 0, NULL}, {"basename", p_basename, 0, NULL},
    {"dirname", p_dirname, 0, NULL}, {"split", p_split, 0, NULL},
    {"splitext", p_splitext, 0, NULL}, {"normpath", p_normpath, 0, NULL},
    {"normcase", p_normcase, 0, NULL},
    {"abspath", p_abspath, 0, NULL}, {"isabs", p_isabs, 0, NULL},
    {"exists", p_exists, 0, NULL}, {"isfile", p_isfile, 0, NULL},
    {"isdir", p_isdir, 0, NULL}, {"getsize", p_getsize, 0, NULL},
    {NULL, NULL, 0, NULL},
};

tpy_object *tpy_posixpath_module_new(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "posixpath");
    if (!m)
        return NULL;
    tpy_object *sep = tpy_str_from_cstr(vm, "/");
    if (!sep || tpy_module_add_functions(vm, m, path_functions) < 0 ||
        tpy_dict_set_c(vm, tpy_module_dict(m), "sep", sep) < 0)
        TPY_CLEAR(vm, m);
    tpy_xdecref(vm, sep);
    return m;
}
