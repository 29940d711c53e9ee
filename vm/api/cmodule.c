/* vm/api/cmodule.c: built-in modules of the embedder's own. Each C
 * function becomes a builtin function object whose `self` is its index in
 * the VM's table of C functions (an int), so one trampoline serves them
 * all: it converts the arguments to tpy_values, calls the C function and
 * converts its result back.
 *
 *   import probes ─▶ module "probes" in sys.modules
 *   probes.count(x) ─▶ builtin function(self=3) ─▶ trampoline
 *                    ─▶ cfuncs[3] = {def, ctx} ─▶ def->fn(vm, ctx, args, n, &result)
 */
#include <stdlib.h>
#include <string.h>

#include "embed_internal.h"

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "refcount.h"
#include "types.h"

static tpy_object *trampoline(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                              size_t nargs, tpy_object *kwnames);

int tpy_raise(tpy_vm *vm, const char *exc_type, const char *message)
{
    tpy_object *b = tpy_module_dict(tpy_runtime_builtins(vm));
    tpy_object *key = tpy_str_from_cstr(vm, exc_type ? exc_type : "RuntimeError");
    tpy_object *t = NULL;
    if (!key || tpy_dict_get_ref(vm, b, key, &t) < 0) {
        tpy_xdecref(vm, key);
        return -1;
    }
    tpy_decref(vm, key);
    bool is_exc = t && tpy_type_has(tpy_type_of(t), TPY_TF_TYPE_SUBCLASS)
                  && tpy_type_has((tpy_type *)t, TPY_TF_EXC_SUBCLASS);
    tpy_err_set(vm, is_exc ? (tpy_type *)t : &tpy_exc_RuntimeError, message ? message : "");
    return -1;
}

/* ---- calls ------------------------------------------------------------------------------------- */

static tpy_object *call_c(tpy_vm *vm, const tpy_embed_cfunc *cf, tpy_value *vals, size_t nargs)
{
    tpy_value result = tpy_value_none();
    int r = cf->def->fn(vm, cf->ctx, vals, nargs, &result);
    if (r < 0) {
        if (!tpy_err_occurred(vm))
            tpy_err_format(vm, &tpy_exc_SystemError,
                           "%s() returned -1 without raising (use tpy_raise)", cf->def->name);
        return NULL;
    }
    if (tpy_err_occurred(vm))
        return tpy_err_format(vm, &tpy_exc_SystemError,
                              "%s() raised but returned 0", cf->def->name), NULL;
    return tpy_embed_value_to_object(vm, &result);
}

static tpy_object *trampoline(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                              size_t nargs, tpy_object *kwnames)
{
    int64_t index;
    if (tpy_int_to_i64(vm, self, &index) < 0)
        return NULL;
    if (index < 0 || (size_t)index >= vm->embed->ncfuncs)
        return tpy_err_format(vm, &tpy_exc_SystemError, "bad C function index %lld",
                              (long long)index);
    /* A copy: the function may register modules, which moves the table. */
    tpy_embed_cfunc cf = vm->embed->cfuncs[index];
    if (kwnames && tpy_tuple_len(kwnames) > 0)
        return tpy_err_format(vm, &tpy_exc_TypeError, "%s() takes no keyword arguments",
                              cf.def->name);
    tpy_value small[8];
    tpy_value *vals = nargs <= 8 ? small : malloc(nargs * sizeof *vals);
    if (!vals)
        return tpy_err_no_memory(vm);
    tpy_object *r = NULL;
    size_t i = 0;
    while (i < nargs && tpy_embed_object_to_value(vm, args[i], &vals[i], false) == 0)
        i++;
    if (i == nargs)
        r = call_c(vm, &cf, vals, nargs);
    if (vals != small)
        free(vals);
    return r;
}

/* ---- registration ---------------------------------------------------------------------------- */

static int add_cfunc(struct tpy_embed *e, const tpy_cfunction_def *def, void *ctx)
{
    if (e->ncfuncs == e->cfuncs_cap) {
        size_t cap = e->cfuncs_cap ? e->cfuncs_cap * 2 : 16;
        tpy_embed_cfunc *t = realloc(e->cfuncs, cap * sizeof *t);
        if (!t)
            return -1;
        e->cfuncs = t;
        e->cfuncs_cap = cap;
    }
    e->cfuncs[e->ncfuncs++] = (tpy_embed_cfunc){def, ctx};
    return 0;
}

/* The module's function objects: one method definition each, `self` the
 * function's index. */
static int fill_module(tpy_vm *vm, tpy_object *m, const tpy_module_def *def,
                       tpy_embed_methods *block, size_t n)
{
    struct tpy_embed *e = vm->embed;
    for (size_t i = 0; i < n; i++) {
        const tpy_cfunction_def *fd = &def->functions[i];
        block->defs[i] = (tpy_method_def){fd->name, trampoline, TPY_METH_FUNCTION, fd->doc};
        tpy_object *self = tpy_int_from_i64(vm, (int64_t)e->ncfuncs);
        if (!self || add_cfunc(e, fd, def->ctx) < 0) {
            tpy_xdecref(vm, self);
            return -1;
        }
        tpy_object *f = tpy_builtin_method_new(vm, self, &block->defs[i]);
        int r = f ? tpy_dict_set_c(vm, tpy_module_dict(m), fd->name, f) : -1;
        tpy_xdecref(vm, f);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int check_def(const tpy_module_def *def, size_t *n)
{
    if (!def || !def->name || !*def->name || !def->functions)
        return -1;
    for (*n = 0; def->functions[*n].name; (*n)++)
        if (!def->functions[*n].fn)
            return -1;
    return 0;
}

static int add_module(tpy_vm *vm, const tpy_module_def *def, size_t n)
{
    struct tpy_embed *e = vm->embed;
    tpy_embed_methods *block = calloc(1, sizeof *block + (n + 1) * sizeof block->defs[0]);
    if (!block)
        return tpy_err_no_memory(vm), -1;
    block->next = e->methods;
    e->methods = block;
    tpy_object *m = tpy_module_new(vm, def->name);
    tpy_object *modules = m ? tpy_getattr_c(vm, tpy_runtime_sys(vm), "modules") : NULL;
    int r = modules && fill_module(vm, m, def, block, n) == 0
                    && tpy_dict_set_c(vm, modules, def->name, m) == 0 ? 0 : -1;
    tpy_xdecref(vm, modules);
    tpy_xdecref(vm, m);
    return r;
}

int tpy_vm_add_module(tpy_vm *vm, const tpy_module_def *def)
{
    size_t n;
    if (!vm || check_def(def, &n) < 0)
        return -1;
    tpy_embed_scope s;
    tpy_embed_enter(vm, &s);
    int r = add_module(vm, def, n);
    tpy_err_clear(vm);
    tpy_embed_leave(&s);
    return r;
}

void tpy_embed_free_modules(struct tpy_embed *e)
{
    while (e->methods) {
        tpy_embed_methods *next = e->methods->next;
        free(e->methods);
        e->methods = next;
    }
    free(e->cfuncs);
    e->cfuncs = NULL;
    e->ncfuncs = e->cfuncs_cap = 0;
}
