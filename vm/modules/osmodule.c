/* vm/modules/osmodule.c: a minimal `os` module: the working directory,
 * the process id, directory listing and making/removing files and
 * directories, the environment as a dict, urandom, and the constants of a
 * POSIX system. `os.path` is vm/modules/posixpath.c, put in sys.modules
 * under both names when os is first imported. Failures raise OSError
 * subclasses with CPython's messages ("[Errno 2] No such file or
 * directory: 'x'"). */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "modules.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"
#include "vm.h"

extern char **environ;

#define FN(name)                                                                  \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

/* The path argument as UTF-8 (borrowed from the str), or NULL with
 * CPython's TypeError. */
static const char *path_arg(tpy_vm *vm, const char *fname, tpy_object *o)
{
    if (!tpy_str_check(o)) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "%s: path should be string, bytes or os.PathLike, not %s", fname,
                       tpy_type_of(o)->name);
        return NULL;
    }
    size_t n;
    const char *s = tpy_str_utf8(vm, o, &n);
    if (s && strlen(s) != n) {
        tpy_err_format(vm, &tpy_exc_ValueError, "%s: embedded null character in path", fname);
        return NULL;
    }
    return s;
}

FN(os_getcwd)
{
    (void)self;
    (void)args;
    if (tpy_arg_none(vm, "getcwd", nargs, kwnames) < 0)
        return NULL;
    char buf[4096];
    if (!getcwd(buf, sizeof buf))
        return tpy_err_from_errno(vm, errno, NULL);
    return tpy_str_from_cstr(vm, buf);
}

FN(os_getpid)
{
    (void)self;
    (void)args;
    if (tpy_arg_none(vm, "getpid", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(vm, getpid());
}

/* A list of the names in a directory, '.' and '..' left out. */
static tpy_object *list_names(tpy_vm *vm, tpy_object *pathobj, const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return tpy_err_from_errno(vm, errno, pathobj);
    tpy_object *list = tpy_list_new(vm, 0);
    struct dirent *e;
    while (list && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        tpy_object *name = tpy_str_from_utf8(vm, e->d_name, strlen(e->d_name));
        if (!name || tpy_list_append(vm, list, name) < 0)   /* the list takes name */
            TPY_CLEAR(vm, list);
    }
    closedir(d);
    return list;
}

FN(os_listdir)
{
    (void)self;
    static const char *const names[] = {"path", NULL};
    tpy_object *o[1] = {NULL};
    if (tpy_arg_parse(vm, "listdir", args, nargs, kwnames, names, 0, 0, o) < 0)
        return NULL;
    if (!o[0] || o[0] == TPY_NONE)
        return list_names(vm, NULL, ".");
    const char *path = path_arg(vm, "listdir", o[0]);
    return path ? list_names(vm, o[0], path) : NULL;
}

/* f(path) for the one-path calls; the path names the error. */
static tpy_object *path_call(tpy_vm *vm, const char *fname, tpy_object *const *args,
                             size_t nargs, tpy_object *kwnames, int (*f)(const char *))
{
    static const char *const names[] = {"path", NULL};
    tpy_object *o[1] = {NULL};
    if (tpy_arg_parse(vm, fname, args, nargs, kwnames, names, 0, 1, o) < 0)
        return NULL;
    const char *path = path_arg(vm, fname, o[0]);
    if (!path)
        return NULL;
    if (f(path) < 0)
        return tpy_err_from_errno(vm, errno, o[0]);
    return tpy_newref(TPY_NONE);
}

FN(os_remove)
{
    (void)self;
    return path_call(vm, "remove", args, nargs, kwnames, unlink);
}

FN(os_unlink)
{
    (void)self;
    return path_call(vm, "unlink", args, nargs, kwnames, unlink);
}

FN(os_rmdir)
{
    (void)self;
    return path_call(vm, "rmdir", args, nargs, kwnames, rmdir);
}

FN(os_mkdir)
{
    (void)self;
    static const char *const names[] = {"path", "mode", NULL};
    tpy_object *o[2] = {NULL, NULL};
    int64_t mode = 0777;
    if (tpy_arg_parse(vm, "mkdir", args, nargs, kwnames, names, 0, 1, o) < 0 ||
        (o[1] && tpy_int_to_i64(vm, o[1], &mode) < 0))
        return NULL;
    const char *path = path_arg(vm, "mkdir", o[0]);
    if (!path)
        return NULL;
    if (mkdir(path, (mode_t)mode) < 0)
        return tpy_err_from_errno(vm, errno, o[0]);
    return tpy_newref(TPY_NONE);
}

/* os.makedirs: every missing parent first (their existence is no error),
 * then the leaf, which may exist only with exist_ok and as a directory. */
FN(os_makedirs)
{
    (void)self;
    static const char *const names[] = {"name", "mode", "exist_ok", NULL};
    tpy_object *o[3] = {NULL, NULL, NULL};
    int64_t mode = 0777;
    if (tpy_arg_parse(vm, "makedirs", args, nargs, kwnames, names, 0, 1, o) < 0 ||
        (o[1] && tpy_int_to_i64(vm, o[1], &mode) < 0))
        return NULL;
    int exist_ok = o[2] ? tpy_is_true(vm, o[2]) : 0;
    const char *path = exist_ok < 0 ? NULL : path_arg(vm, "makedirs", o[0]);
    if (!path)
        return NULL;
    size_t n = strlen(path);
    char *buf = tpy_vm_malloc(vm, n + 1);
    if (!buf)
        return NULL;
    memcpy(buf, path, n + 1);
    while (n > 1 && buf[n - 1] == '/')   /* "a/b/" names the directory a/b */
        buf[--n] = 0;
    for (size_t i = 1; i < n; i++)
        if (buf[i] == '/' && buf[i - 1] != '/') {
            buf[i] = 0;
            (void)mkdir(buf, (mode_t)mode);   /* an existing parent is fine */
            buf[i] = '/';
        }
    int r = mkdir(buf, (mode_t)mode), err = errno;
    struct stat st;
    if (r < 0 && err == EEXIST && exist_ok && stat(buf, &st) == 0 && S_ISDIR(st.st_mode))
        r = 0;
    tpy_vm_free(vm, buf);
    if (r < 0)
        return tpy_err_from_errno(vm, err, o[0]);
    return tpy_newref(TPY_NONE);
}

FN(os_rename)
{
    (void)self;
    if (tpy_arg_nokw(vm, "rename", kwnames) < 0 || tpy_arg_count(vm, "rename", nargs, 2, 2) < 0)
        return NULL;
    const char *src = path_arg(vm, "rename", args[0]);
    if (!src)
        return NULL;
    tpy_object *srcobj = args[0];
    /* the second conversion may move the first's cached UTF-8: copy it */
    size_t n = strlen(src);
    char *copy = tpy_vm_malloc(vm, n + 1);
    if (!copy)
        return NULL;
    memcpy(copy, src, n + 1);
    const char *dst = path_arg(vm, "rename", args[1]);
    int r = dst ? rename(copy, dst) : 0;
    int err = errno;
    tpy_vm_free(vm, copy);
    if (!dst)
        return NULL;
    if (r < 0) {
        tpy_object *ea[2] = {srcobj, args[1]};
        tpy_object *code = tpy_int_from_i64(vm, err);
        tpy_object *msg = tpy_str_from_cstr(vm, strerror(err));
        if (code && msg) {
            tpy_object *a[5] = {code, msg, ea[0], TPY_NONE, ea[1]};
            tpy_object *e = tpy_exc_new(vm, &tpy_exc_OSError, a, 5);
            if (e)
                tpy_err_set_instance(vm, e);
            tpy_xdecref(vm, e);
        }
        tpy_xdecref(vm, code);
        tpy_xdecref(vm, msg);
        return NULL;
    }
    return tpy_newref(TPY_NONE);
}

FN(os_urandom)
{
    (void)self;
    int64_t n;
    if (tpy_arg_nokw(vm, "urandom", kwnames) < 0 || tpy_arg_count(vm, "urandom", nargs, 1, 1) < 0)
        return NULL;
    if (!tpy_int_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "'%s' object cannot be interpreted as an integer",
                              tpy_type_of(args[0])->name);
    if (tpy_int_to_i64(vm, args[0], &n) < 0)
        return NULL;
    if (n < 0)
        return tpy_err_format(vm, &tpy_exc_ValueError, "negative argument not allowed");
    unsigned char *buf = tpy_vm_malloc(vm, (size_t)n);
    if (!buf)
        return NULL;
    for (int64_t got = 0; got < n;) {
        ssize_t r = getrandom(buf + got, (size_t)(n - got), 0);
        if (r < 0 && errno != EINTR) {
            tpy_vm_free(vm, buf);
            return tpy_err_from_errno(vm, errno, NULL);
        }
        got += r > 0 ? r : 0;
    }
    tpy_object *r = tpy_bytes_from(vm, buf, (size_t)n);
    tpy_vm_free(vm, buf);
    return r;
}

FN(os_getenv)
{
    (void)self;
    static const char *const names[] = {"key", "default", NULL};
    tpy_object *o[2] = {NULL, NULL};
    if (tpy_arg_parse(vm, "getenv", args, nargs, kwnames, names, 0, 1, o) < 0)
        return NULL;
    if (!tpy_str_check(o[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "str expected, not %s",
                              tpy_type_of(o[0])->name);
    const char *k = tpy_str_utf8(vm, o[0], NULL);
    const char *v = k ? getenv(k) : NULL;
    if (!k)
        return NULL;
    if (v)
        return tpy_str_from_utf8(vm, v, strlen(v));
    return tpy_newref(o[1] ? o[1] : TPY_NONE);
}

static const tpy_method_def os_functions[] = {
    {"getcwd", os_getcwd, 0, NULL}, {"getpid", os_getpid, 0, NULL},
    {"listdir", os_listdir, 0, NULL}, {"remove", os_remove, 0, NULL},
    {"unlink", os_unlink, 0, NULL}, {"mkdir", os_mkdir, 0, NULL},
    {"rmdir", os_rmdir, 0, NULL}, {"rename", os_rename, 0, NULL},
    {"makedirs", os_makedirs, 0, NULL},
    {"urandom", os_urandom, 0, NULL}, {"getenv", os_getenv, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- the module ------------------------------------------------------------------------------- */

/* os.environ: a dict of the environment's NAME=value strings. */
static tpy_object *environ_dict(tpy_vm *vm)
{
    tpy_object *d = tpy_dict_new(vm);
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e)
            continue;
        tpy_object *k = tpy_str_from_utf8(vm, *e, (size_t)(eq - *e));
        tpy_object *v = k ? tpy_str_from_utf8(vm, eq + 1, strlen(eq + 1)) : NULL;
        if (!k || !v)
            tpy_err_clear(vm);   /* a variable that is not UTF-8 is left out */
        else if (tpy_dict_set(vm, d, k, v) < 0)
            TPY_CLEAR(vm, d);
        tpy_xdecref(vm, k);
        tpy_xdecref(vm, v);
    }
    return d;
}

static int add_constants(tpy_vm *vm, tpy_object *m)
{
    static const char *const strings[][2] = {
        {"sep", "/"}, {"extsep", "."}, {"pathsep", ":"}, {"curdir", "."}, {"pardir", ".."},
        {"devnull", "/dev/null"}, {"name", "posix"}, {"linesep", "\n"},
    };
    tpy_object *d = tpy_module_dict(m);
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++)
        if (tpy_stdmod_set_owned(vm, d, strings[i][0], tpy_str_from_cstr(vm, strings[i][1])) < 0)
            return -1;
    return tpy_stdmod_set_owned(vm, d, "altsep", tpy_newref(TPY_NONE)) < 0 ||
                   tpy_stdmod_set_owned(vm, d, "environ", environ_dict(vm)) < 0
               ? -1
               : 0;
}

/* os.path, also importable as `os.path` and `posixpath`. */
static int add_path(tpy_vm *vm, tpy_object *m)
{
    tpy_object *p = tpy_posixpath_module_new(vm);
    if (!p)
        return -1;
    tpy_object *modules = tpy_getattr_c(vm, tpy_runtime_sys(vm), "modules");
    int r = modules && tpy_dict_check(modules) ? 0 : -1;
    if (r == 0)
        r = tpy_dict_set_c(vm, modules, "os.path", p) < 0 ||
                    tpy_dict_set_c(vm, modules, "posixpath", p) < 0 ||
                    tpy_dict_set_c(vm, tpy_module_dict(m), "path", p) < 0
                ? -1
                : 0;
    else if (!tpy_err_occurred(vm))
        tpy_err_set(vm, &tpy_exc_RuntimeError, "os: sys.modules is not a dict");
    tpy_xdecref(vm, modules);
    tpy_decref(vm, p);
    return r;
}

/* The Python part (lib/_ospy.py: walk, fspath, PathLike, more of
 * os.path); left out, not an error, when the bundled modules are not
 * found. */
static const char os_py[] =
    "try:\n"
    "    import _ospy as _p\n"
    "except ImportError:\n"
    "    _p = None\n"
    "if _p is not None:\n"
    "    _p._install(globals())\n"
    "del _p\n";

static int add_python_part(tpy_vm *vm, tpy_object *m)
{
    tpy_object *d = tpy_module_dict(m);
    tpy_object *src = tpy_str_from_utf8(vm, os_py, sizeof os_py - 1);
    tpy_object *r = src ? vm->hooks.exec(vm, src, d, d) : NULL;
    tpy_xdecref(vm, src);
    tpy_xdecref(vm, r);
    return r ? 0 : -1;
}

tpy_object *tpy_os_module_new(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "os");
    if (!m)
        return NULL;
    if (tpy_module_add_functions(vm, m, os_functions) < 0 || add_constants(vm, m) < 0 ||
        add_path(vm, m) < 0 || add_python_part(vm, m) < 0)
        TPY_CLEAR(vm, m);
    return m;
}
