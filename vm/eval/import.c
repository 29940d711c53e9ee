/* vm/eval/import.c: the import system, as CPython 3.11's importlib behaves
 * for what programs see of it:
 *
 *   IMPORTNAME  → tpy_import_name: resolve a relative name against the
 *                 importer's __package__ / __name__, import every prefix
 *                 (a, a.b, a.b.c), then pick what the statement binds
 *   import_abs  → sys.modules first (a real dict: deleting an entry means
 *                 the next import loads the file again), else the builtin
 *                 table (top level only), else a search of sys.path (or
 *                 the parent package's __path__): DIR/NAME/__init__.py,
 *                 then DIR/NAME.py
 *   load_file   → the code through the cache (tpy_load_module_file), a
 *                 module in sys.modules *before* its code runs (so circular
 *                 imports see the partial module), removed again if the
 *                 code fails
 *
 * Names are handled as C strings of at most TPY_IMPORT_NAME_MAX bytes. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "abstract.h"
#include "error.h"
#include "eval_internal.h"
#include "import.h"
#include "load.h"
#include "modules.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define TPY_IMPORT_NAME_MAX 1024
#define TPY_IMPORT_PATH_MAX 4096

void tpy_run_raise_syntax_error(tpy_vm *vm, const tpy_load_error *err, const char *filename);

/* ---- modules whose code is running ----------------------------------------------------------- */

/* CPython marks a module whose code is still running (spec._initializing)
 * so that `from m import x` failing on it can blame a circular import.
 * Module code runs nested, so a per-thread stack of those modules is
 * enough; deeper nesting than it holds only loses the better message. */
#define INIT_STACK_MAX 256
static _Thread_local tpy_object *init_stack[INIT_STACK_MAX];
static _Thread_local int init_depth;

static bool is_initializing(tpy_object *module)
{
    for (int k = 0; k < init_depth && k < INIT_STACK_MAX; k++)
        if (init_stack[k] == module)
            return true;
    return false;
}

/* ---- small helpers --------------------------------------------------------------------------- */

/* d[key] for a C-string key: borrowed, NULL when absent (no error). */
static tpy_object *dict_get_c(tpy_vm *vm, tpy_object *d, const char *key)
{
    tpy_object *k = tpy_str_from_cstr(vm, key), *v = NULL;
    if (!k) {
        tpy_err_clear(vm);
        return NULL;
    }
    if (tpy_dict_get_ref(vm, d, k, &v) < 0) {
        tpy_err_clear(vm);
        v = NULL;
    }
    tpy_decref(vm, k);
    return v;
}

static tpy_object *sys_modules_get(tpy_vm *vm, const char *name)
{
    return dict_get_c(vm, vm->eval->modules, name);
}

/* The raised ImportError's name attribute; the ImportError stays the
 * exception even if that fails. */
static void set_exc_name(tpy_vm *vm, tpy_object *name)
{
    tpy_object *exc = tpy_err_fetch(vm);
    if (!exc)
        return;
    if (tpy_setattr(vm, exc, vm->eval->s_name, name) < 0)
        tpy_err_clear(vm);
    tpy_err_set_instance(vm, exc);
    tpy_decref(vm, exc);
}

/* ModuleNotFoundError("No module named 'x'"[; 'p' is not a package]), with
 * its name attribute, as importlib raises it. */
static tpy_object *not_found(tpy_vm *vm, const char *name, const char *not_pkg)
{
    tpy_object *n = tpy_str_from_cstr(vm, name);
    if (!n)
        return NULL;
    if (not_pkg)
        tpy_err_format(vm, &tpy_exc_ModuleNotFoundError,
                       "No module named '%s'; '%s' is not a package", name, not_pkg);
    else
        tpy_err_format(vm, &tpy_exc_ModuleNotFoundError, "No module named '%s'", name);
    set_exc_name(vm, n);
    tpy_decref(vm, n);
    return NULL;
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* sys.dont_write_bytecode (-B, TIERPY_DONTWRITEBYTECODE) turns cache
 * writing off for imports. */
static bool write_cache(tpy_vm *vm)
{
    tpy_object *v = dict_get_c(vm, tpy_module_dict(vm->eval->sys_mod), "dont_write_bytecode");
    return !(v && v != TPY_FALSE && v != TPY_NONE);
}

/* A directory of a search path: '' is the current directory, as an
 * absolute path (importlib's FileFinder does the same). */
static bool search_dir(tpy_vm *vm, tpy_object *entry, char *out, size_t outlen)
{
    size_t n;
    const char *s = tpy_str_check(entry) ? tpy_str_utf8(vm, entry, &n) : NULL;
    if (!s) {
        tpy_err_clear(vm);
        return false;
    }
    if (n == 0)
        return getcwd(out, outlen) != NULL;
    if (n >= outlen)
        return false;
    memcpy(out, s, n + 1);
    return true;
}

/* Find @p tail in the directories of @p path (a list): a package
 * (DIR/tail/__init__.py, @p pkgdir = DIR/tail) before a module
 * (DIR/tail.py). */
static bool find_spec(tpy_vm *vm, tpy_object *path, const char *tail, char *file, size_t filelen,
                      char *pkgdir, size_t pkglen, bool *is_pkg)
{
    if (!path || !tpy_list_check(path))
        return false;
    for (intptr_t k = 0; k < tpy_list_len(path); k++) {
        char dir[TPY_IMPORT_PATH_MAX];
        if (!search_dir(vm, tpy_list_get(path, k), dir, sizeof dir))
            continue;
        int w = snprintf(pkgdir, pkglen, "%s/%s", dir, tail);
        int w2 = snprintf(file, filelen, "%s/%s/__init__.py", dir, tail);
        if (w > 0 && (size_t)w < pkglen && w2 > 0 && (size_t)w2 < filelen && is_file(file)) {
            *is_pkg = true;
            return true;
        }
        w = snprintf(file, filelen, "%s/%s.py", dir, tail);
        if (w > 0 && (size_t)w < filelen && is_file(file)) {
            *is_pkg = false;
            return true;
        }
    }
    return false;
}

/* ---- loading a module from its file ---------------------------------------------------------- */

static int set_c_str(tpy_vm *vm, tpy_object *d, const char *key, const char *value, size_t n)
{
    tpy_object *v = tpy_str_from_utf8(vm, value, n);
    int r = v ? tpy_dict_set_c(vm, d, key, v) : -1;
    tpy_xdecref(vm, v);
    return r;
}

/* A module's attributes before its code runs: __file__, __package__ (the
 * package itself for a package, else the parent), __path__ for a
 * package, __spec__ (None: there are no spec objects) and __builtins__. */
static tpy_object *new_file_module(tpy_vm *vm, const char *name, const char *file, bool is_pkg,
                                   const char *pkgdir)
{
    tpy_object *m = tpy_module_new(vm, name);
    if (!m)
        return NULL;
    tpy_object *d = tpy_module_dict(m);
    const char *dot = strrchr(name, '.');
    size_t pkg_len = is_pkg ? strlen(name) : dot ? (size_t)(dot - name) : 0;
    int r = set_c_str(vm, d, "__file__", file, strlen(file));
    if (r == 0)
        r = set_c_str(vm, d, "__package__", name, pkg_len);
    if (r == 0)
        r = tpy_dict_set_c(vm, d, "__spec__", TPY_NONE);
    if (r == 0)
        r = tpy_dict_set_c(vm, d, "__builtins__", vm->eval->builtins_mod);
    if (r == 0 && is_pkg) {
        tpy_object *l = tpy_list_new(vm, 0), *s = tpy_str_from_cstr(vm, pkgdir);
        if (l && s) {
            r = tpy_list_append(vm, l, s);   /* takes s, also when it fails */
        } else {
            tpy_xdecref(vm, s);
            r = -1;
        }
        r = r == 0 ? tpy_dict_set_c(vm, d, "__path__", l) : -1;
        tpy_xdecref(vm, l);
    }
    if (r < 0)
        TPY_CLEAR(vm, m);
    return m;
}

/* Compile (or load from the cache) @p file; a SyntaxError is raised as the
 * compiler described it, so the report shows the module's line. */
static tpy_object *module_code(tpy_vm *vm, const char *file)
{
    tpy_arena *arena = tpy_arena_new();
    if (!arena)
        return tpy_err_no_memory(vm);
    tpy_load_status st;
    tpy_load_error err;
    const tpy_code *unit = tpy_load_module_file(arena, file, write_cache(vm), &st, &err);
    tpy_object *code = unit ? tpy_code_object_new(vm, unit) : NULL;
    if (!unit && st == TPY_LOAD_SYNTAX_ERROR)
        tpy_run_raise_syntax_error(vm, &err, file);
    else if (!unit)
        tpy_err_format(vm, &tpy_exc_ImportError, "cannot read '%s'", file);
    tpy_arena_delete(arena);
    return code;
}

/* Run @p module's code with the module in sys.modules; on failure the
 * entry goes again (importlib does the same), so a later import retries. */
static tpy_object *exec_module(tpy_vm *vm, const char *name, tpy_object *module, tpy_object *code)
{
    tpy_object *key = tpy_str_from_cstr(vm, name);
    if (!key || tpy_dict_set(vm, vm->eval->modules, key, module) < 0) {
        tpy_xdecref(vm, key);
        return NULL;
    }
    bool tracked = init_depth < INIT_STACK_MAX;
    if (tracked)
        init_stack[init_depth] = module;
    init_depth++;
    tpy_object *d = tpy_module_dict(module);
    tpy_object *r = tpy_eval_code(vm, code, d, d);
    init_depth--;
    if (tracked)
        init_stack[init_depth] = NULL;
    tpy_object *now = NULL;
    if (tpy_dict_get_ref(vm, vm->eval->modules, key, &now) < 0)
        now = NULL;   /* only when the code already failed: keep its error */
    if (!r) {
        if (now)
            tpy_dict_del(vm, vm->eval->modules, key);
        tpy_decref(vm, key);
        return NULL;
    }
    tpy_decref(vm, r);
    tpy_decref(vm, key);
    /* The code may have replaced its own sys.modules entry; that wins. */
    if (now)
        return tpy_newref(now);
    return tpy_err_format(vm, &tpy_exc_KeyError, "'%s'", name);
}

static tpy_object *load_file(tpy_vm *vm, const char *name, const char *file, bool is_pkg,
                             const char *pkgdir)
{
    tpy_object *code = module_code(vm, file);
    if (!code)
        return NULL;
    tpy_object *m = new_file_module(vm, name, file, is_pkg, pkgdir);
    tpy_object *r = m ? exec_module(vm, name, m, code) : NULL;
    tpy_xdecref(vm, m);
    tpy_decref(vm, code);
    return r;
}

/* ---- finding and loading by absolute name ---------------------------------------------------- */

static tpy_object *import_abs(tpy_vm *vm, const char *name);

/* The search path for @p name: the parent package's __path__ (importing
 * the parent first), or sys.path at the top. *parent_out gets the parent
 * module (new reference) or NULL. */
static tpy_object *search_path(tpy_vm *vm, const char *name, tpy_object **parent_out)
{
    *parent_out = NULL;
    const char *dot = strrchr(name, '.');
    if (!dot)
        return tpy_getattr_c(vm, vm->eval->sys_mod, "path");
    char parent[TPY_IMPORT_NAME_MAX];
    snprintf(parent, sizeof parent, "%.*s", (int)(dot - name), name);
    tpy_object *p = import_abs(vm, parent);
    if (!p)
        return NULL;
    /* A module may put its submodules in sys.modules itself (os.path). */
    tpy_object *m = sys_modules_get(vm, name);
    if (m) {
        *parent_out = p;
        return tpy_newref(TPY_NONE);
    }
    tpy_object *path = tpy_type_of(p) == &tpy_module_type
                           ? dict_get_c(vm, tpy_module_dict(p), "__path__") : NULL;
    if (!path) {
        tpy_decref(vm, p);
        return not_found(vm, name, parent);
    }
    *parent_out = p;
    return tpy_newref(path);
}

/* Bind a submodule as an attribute of its parent package. */
static int bind_in_parent(tpy_vm *vm, tpy_object *parent, const char *name, tpy_object *module)
{
    const char *tail = strrchr(name, '.') + 1;
    tpy_object *t = tpy_str_from_cstr(vm, tail);
    int r = t ? tpy_setattr(vm, parent, t, module) : -1;
    tpy_xdecref(vm, t);
    return r;
}

static tpy_object *cached_module(tpy_vm *vm, const char *name)
{
    tpy_object *m = sys_modules_get(vm, name);
    if (m == TPY_NONE)
        return tpy_err_format(vm, &tpy_exc_ModuleNotFoundError,
                              "import of %s halted; None in sys.modules", name);
    return m ? tpy_newref(m) : NULL;
}

static tpy_object *import_abs(tpy_vm *vm, const char *name)
{
    tpy_object *m = cached_module(vm, name);
    if (m || tpy_err_occurred(vm))
        return m;
    if (!strchr(name, '.')) {
        tpy_object *n = tpy_str_from_cstr(vm, name);
        m = n ? tpy_builtin_module_load(vm, n) : NULL;
        if (m && tpy_dict_set(vm, vm->eval->modules, n, m) < 0)
            TPY_CLEAR(vm, m);
        tpy_xdecref(vm, n);
        if (m || tpy_err_occurred(vm))
            return m;
    }
    tpy_object *parent;
    tpy_object *path = search_path(vm, name, &parent);
    if (!path)
        return NULL;
    /* Importing the parent may have imported this module already. */
    if (parent && ((m = cached_module(vm, name)) || tpy_err_occurred(vm))) {
        tpy_decref(vm, path);
        tpy_decref(vm, parent);
        return m;
    }
    const char *dot = strrchr(name, '.');
    char file[TPY_IMPORT_PATH_MAX], pkgdir[TPY_IMPORT_PATH_MAX];
    bool is_pkg = false;
    if (find_spec(vm, path, dot ? dot + 1 : name, file, sizeof file, pkgdir, sizeof pkgdir,
                  &is_pkg))
        m = load_file(vm, name, file, is_pkg, pkgdir);
    else
        not_found(vm, name, NULL);
    if (m && parent && bind_in_parent(vm, parent, name, m) < 0)
        TPY_CLEAR(vm, m);
    tpy_decref(vm, path);
    tpy_xdecref(vm, parent);
    return m;
}

tpy_object *tpy_import_module(tpy_vm *vm, const char *name)
{
    if (strlen(name) >= TPY_IMPORT_NAME_MAX)
        return not_found(vm, name, NULL);
    return import_abs(vm, name);
}

/* ---- relative names -------------------------------------------------------------------------- */

/* The importer's package: __package__ when set, else from __name__ (the
 * module itself when it is a package, i.e. has __path__). */
static int importer_package(tpy_vm *vm, tpy_object *globals, char *out, size_t outlen)
{
    tpy_object *pkg = dict_get_c(vm, globals, "__package__");
    bool from_name = !pkg || pkg == TPY_NONE;
    if (from_name)
        pkg = dict_get_c(vm, globals, "__name__");
    if (!pkg) {
        tpy_err_set(vm, &tpy_exc_KeyError, "'__name__' not in globals");
        return -1;
    }
    if (!tpy_str_check(pkg)) {
        tpy_err_set(vm, &tpy_exc_TypeError, "package must be a string");
        return -1;
    }
    size_t n;
    const char *s = tpy_str_utf8(vm, pkg, &n);
    if (!s)
        return -1;
    if (from_name && !dict_get_c(vm, globals, "__path__")) {
        const char *dot = memchr(s, '.', n) ? strrchr(s, '.') : NULL;
        n = dot ? (size_t)(dot - s) : 0;
    }
    if (n >= outlen) {
        tpy_err_set(vm, &tpy_exc_ImportError, "package name too long");
        return -1;
    }
    memcpy(out, s, n);
    out[n] = 0;
    return 0;
}

/* The absolute name of `from .{level} name import ...`. */
static int resolve_name(tpy_vm *vm, tpy_object *globals, const char *name, long level,
                        char *out, size_t outlen)
{
    if (importer_package(vm, globals, out, outlen) < 0)
        return -1;
    if (!out[0]) {
        tpy_err_set(vm, &tpy_exc_ImportError,
                    "attempted relative import with no known parent package");
        return -1;
    }
    for (long k = 1; k < level; k++) {
        char *dot = strrchr(out, '.');
        if (!dot) {
            tpy_err_set(vm, &tpy_exc_ImportError,
                        "attempted relative import beyond top-level package");
            return -1;
        }
        *dot = 0;
    }
    size_t have = strlen(out);
    if (*name && snprintf(out + have, outlen - have, ".%s", name) >= (int)(outlen - have)) {
        tpy_err_set(vm, &tpy_exc_ImportError, "module name too long");
        return -1;
    }
    return 0;
}

/* ---- what the statement binds ---------------------------------------------------------------- */

/* `from pkg import x`: a name that is no attribute of the package may be
 * a submodule; it is imported (a missing one is left for IMPORTFROM to
 * report as "cannot import name"). `*` does this for __all__. */
static int handle_fromlist(tpy_vm *vm, tpy_object *module, const char *mname, tpy_object *fromlist,
                           bool recursive);

static int fromlist_one(tpy_vm *vm, tpy_object *module, const char *mname, tpy_object *x,
                        bool recursive)
{
    if (!tpy_str_check(x)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "Item in %s.%s must be str, not %s", mname,
                       recursive ? "__all__" : "__dict__", tpy_type_of(x)->name);
        return -1;
    }
    size_t n;
    const char *s = tpy_str_utf8(vm, x, &n);
    if (!s)
        return -1;
    if (n == 1 && s[0] == '*') {
        tpy_object *all = recursive ? NULL : dict_get_c(vm, tpy_module_dict(module), "__all__");
        return all ? handle_fromlist(vm, module, mname, all, true) : 0;
    }
    if (dict_get_c(vm, tpy_module_dict(module), s))
        return 0;
    char full[TPY_IMPORT_NAME_MAX];
    if (snprintf(full, sizeof full, "%s.%s", mname, s) >= (int)sizeof full)
        return 0;
    tpy_object *sub = import_abs(vm, full);
    if (sub) {
        tpy_decref(vm, sub);
        return 0;
    }
    /* Only "this very submodule does not exist" is swallowed. */
    if (tpy_err_matches(vm, &tpy_exc_ModuleNotFoundError)) {
        tpy_object *en = vm->exc ? tpy_getattr(vm, vm->exc, vm->eval->s_name) : NULL;
        size_t en_len;
        const char *es = en && tpy_str_check(en) ? tpy_str_utf8(vm, en, &en_len) : NULL;
        bool same = es && strcmp(es, full) == 0;
        tpy_xdecref(vm, en);
        if (same && !sys_modules_get(vm, full)) {
            tpy_err_clear(vm);
            return 0;
        }
    }
    return -1;
}

static int handle_fromlist(tpy_vm *vm, tpy_object *module, const char *mname, tpy_object *fromlist,
                           bool recursive)
{
    tpy_object *it = tpy_iter(vm, fromlist), *x;
    if (!it)
        return -1;
    int r = 0;
    while (r == 0 && (x = tpy_next(vm, it))) {
        r = fromlist_one(vm, module, mname, x, recursive);
        tpy_decref(vm, x);
    }
    tpy_decref(vm, it);
    return r == 0 && tpy_err_occurred(vm) ? -1 : r;
}

static bool has_fromlist(tpy_object *fromlist)
{
    return fromlist && fromlist != TPY_NONE
           && !(tpy_tuple_check(fromlist) && tpy_tuple_len(fromlist) == 0);
}

tpy_object *tpy_import_name(tpy_vm *vm, tpy_object *globals, tpy_object *name,
                            tpy_object *fromlist, long level)
{
    size_t n;
    const char *s = tpy_str_utf8(vm, name, &n);
    if (!s)
        return NULL;
    if (n >= TPY_IMPORT_NAME_MAX)
        return not_found(vm, s, NULL);
    char abs[TPY_IMPORT_NAME_MAX];
    if (level > 0) {
        if (resolve_name(vm, globals, s, level, abs, sizeof abs) < 0)
            return NULL;
    } else {
        if (n == 0)
            return tpy_err_format(vm, &tpy_exc_ValueError, "Empty module name");
        memcpy(abs, s, n + 1);
    }
    tpy_object *m = import_abs(vm, abs);
    if (!m)
        return NULL;
    if (has_fromlist(fromlist)) {
        /* Only packages have submodules to load for the fromlist. */
        bool pkg = tpy_type_of(m) == &tpy_module_type
                   && dict_get_c(vm, tpy_module_dict(m), "__path__");
        if (pkg && handle_fromlist(vm, m, abs, fromlist, false) < 0)
            TPY_CLEAR(vm, m);
        return m;
    }
    const char *dot = strchr(s, '.');
    if (!dot)
        return m;
    /* `import a.b.c` binds the top package: the name's first part, counted
     * back from the end of the absolute name. */
    size_t cut = n - (size_t)(dot - s);
    abs[strlen(abs) - cut] = 0;
    tpy_decref(vm, m);
    m = sys_modules_get(vm, abs);
    return m ? tpy_newref(m) : not_found(vm, abs, NULL);
}

/* ---- IMPORTFROM and import * ------------------------------------------------------------------ */

tpy_object *tpy_import_from(tpy_vm *vm, tpy_object *module, tpy_object *name)
{
    tpy_object *v = tpy_getattr(vm, module, name);
    if (v || !tpy_err_matches(vm, &tpy_exc_AttributeError))
        return v;
    tpy_err_clear(vm);
    bool is_mod = tpy_type_of(module) == &tpy_module_type;
    tpy_object *d = is_mod ? tpy_module_dict(module) : NULL;
    tpy_object *mname = d ? dict_get_c(vm, d, "__name__") : NULL;
    if (!mname || !tpy_str_check(mname)) {
        tpy_err_format(vm, &tpy_exc_ImportError, "cannot import name '%U' from '<unknown module name>'",
                       name);
        return NULL;
    }
    /* A submodule imported while its package was still running. */
    tpy_object *full = tpy_str_format(vm, "%U.%U", mname, name);
    if (!full)
        return NULL;
    size_t fl;
    const char *fs = tpy_str_utf8(vm, full, &fl);
    tpy_object *sub = fs ? sys_modules_get(vm, fs) : NULL;
    tpy_decref(vm, full);
    if (sub)
        return tpy_newref(sub);
    tpy_object *file = dict_get_c(vm, d, "__file__");
    tpy_object *where = file && tpy_str_check(file) ? tpy_newref(file)
                                                    : tpy_str_from_cstr(vm, "unknown location");
    if (!where)
        return NULL;
    if (is_initializing(module))
        tpy_err_format(vm, &tpy_exc_ImportError,
                       "cannot import name %R from partially initialized module %R "
                       "(most likely due to a circular import) (%U)", name, mname, where);
    else
        tpy_err_format(vm, &tpy_exc_ImportError, "cannot import name %R from %R (%U)", name, mname,
                       where);
    tpy_decref(vm, where);
    set_exc_name(vm, mname);
    return NULL;
}

/* `from m import *` with __all__: each listed name must exist. */
static int star_from_all(tpy_vm *vm, tpy_frame *f, tpy_object *module, tpy_object *all)
{
    tpy_object *it = tpy_iter(vm, all), *k;
    if (!it)
        return -1;
    int r = 0;
    while (r == 0 && (k = tpy_next(vm, it))) {
        if (!tpy_str_check(k)) {
            tpy_object *mn = dict_get_c(vm, tpy_module_dict(module), "__name__");
            tpy_err_format(vm, &tpy_exc_TypeError, "Item in %S.__all__ must be str, not %s",
                           mn ? mn : TPY_NONE, tpy_type_of(k)->name);
            r = -1;
        } else {
            tpy_object *v = tpy_getattr(vm, module, k);
            r = v ? tpy_ev_setname(vm, f, k, v) : -1;
            tpy_xdecref(vm, v);
        }
        tpy_decref(vm, k);
    }
    tpy_decref(vm, it);
    return r == 0 && tpy_err_occurred(vm) ? -1 : r;
}

int tpy_import_star(tpy_vm *vm, tpy_frame *f, tpy_object *module)
{
    if (tpy_type_of(module) != &tpy_module_type) {
        tpy_err_set(vm, &tpy_exc_TypeError, "import * of a non-module");
        return -1;
    }
    tpy_object *all = dict_get_c(vm, tpy_module_dict(module), "__all__");
    if (all)
        return star_from_all(vm, f, module, all);
    /* No __all__: every public name, from a snapshot of the keys (storing
     * into the importer's namespace may be this very dict). */
    tpy_object *keys = tpy_sequence_list(vm, tpy_module_dict(module));
    if (!keys)
        return -1;
    int r = 0;
    for (intptr_t k = 0; r == 0 && k < tpy_list_len(keys); k++) {
        tpy_object *key = tpy_list_get(keys, k), *v = NULL;
        if (!tpy_str_check(key) || (tpy_str_len(key) && tpy_str_at(key, 0) == '_'))
            continue;
        if (tpy_dict_get_ref(vm, tpy_module_dict(module), key, &v) < 0)
            r = -1;
        else if (v)
            r = tpy_ev_setname(vm, f, key, v);
    }
    tpy_decref(vm, keys);
    return r;
}

/* ---- -m ------------------------------------------------------------------------------------- */

int tpy_import_find_main(tpy_vm *vm, const char *name, char *path, size_t pathlen,
                         tpy_object **package)
{
    *package = NULL;
    if (strlen(name) >= TPY_IMPORT_NAME_MAX || !*name) {
        not_found(vm, name, NULL);
        return -1;
    }
    tpy_object *parent;
    tpy_object *sp = search_path(vm, name, &parent);
    if (!sp)
        return -1;
    const char *dot = strrchr(name, '.');
    char pkgdir[TPY_IMPORT_PATH_MAX];
    bool is_pkg = false;
    bool found = find_spec(vm, sp, dot ? dot + 1 : name, path, pathlen, pkgdir, sizeof pkgdir,
                           &is_pkg);
    tpy_decref(vm, sp);
    tpy_xdecref(vm, parent);
    if (!found || is_pkg) {
        /* A package would run its __main__ submodule: not supported. */
        not_found(vm, name, NULL);
        return -1;
    }
    *package = tpy_str_from_utf8(vm, name, dot ? (size_t)(dot - name) : 0);
    return *package ? 0 : -1;
}

/* ---- __import__ -------------------------------------------------------------------------------- */

static tpy_object *builtin_import(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames)
{
    (void)self;
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    tpy_object *a[5] = {NULL};
    if (tpy_arg_parse(vm, "__import__", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    if (!tpy_str_check(a[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "__import__() argument 1 must be str, not %s",
                              tpy_type_of(a[0])->name);
    int64_t level = 0;
    if (a[4] && (!tpy_int_check(a[4]) || tpy_int_to_i64(vm, a[4], &level) < 0))
        return tpy_err_occurred(vm) ? NULL
               : tpy_err_format(vm, &tpy_exc_TypeError, "an integer is required");
    if (level < 0)
        return tpy_err_format(vm, &tpy_exc_ValueError, "level must be >= 0");
    /* No globals: nothing to resolve a relative name against. */
    tpy_object *g = a[1] && tpy_dict_check(a[1]) ? tpy_newref(a[1]) : tpy_dict_new(vm);
    if (!g)
        return NULL;
    tpy_object *m = tpy_import_name(vm, g, a[0], a[3], (long)level);
    tpy_decref(vm, g);
    return m;
}

static const tpy_method_def import_functions[] = {
    {"__import__", builtin_import, TPY_METH_FUNCTION,
     "__import__(name, globals=None, locals=None, fromlist=(), level=0)\n\nImport a module."},
    {NULL, NULL, 0, NULL},
};

int tpy_import_init(tpy_vm *vm, tpy_object *builtins_mod)
{
    return tpy_module_add_functions(vm, builtins_mod, import_functions);
}
