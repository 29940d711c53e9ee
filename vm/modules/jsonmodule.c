/* vm/modules/jsonmodule.c: the `_json` module, the C half of the bundled
 * json package (lib/json), in the roles CPython 3.11's accelerator has:
 * scanstring(s, end, strict=True), encode_basestring_ascii(s),
 * encode_basestring(s), make_scanner (the Scanner type,
 * json_scanner.c) and make_encoder (the Encoder type, json_encoder.c).
 * lib/json falls back on its Python code when this module is missing. */
#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "import.h"
#include "json_internal.h"
#include "modules.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define FN(name)                                                                  \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

void tpy_json_raise(tpy_vm *vm, const char *msg, tpy_object *doc, intptr_t pos)
{
    tpy_object *mod = tpy_import_module(vm, "json.decoder");
    tpy_object *cls = mod ? tpy_getattr_c(vm, mod, "JSONDecodeError") : NULL;
    tpy_xdecref(vm, mod);
    if (!cls)
        return;
    tpy_object *a[3] = {tpy_str_from_cstr(vm, msg), doc, tpy_int_from_i64(vm, pos)};
    tpy_object *exc = a[0] && a[2] ? tpy_call(vm, cls, a, 3, NULL) : NULL;
    tpy_xdecref(vm, a[0]);
    tpy_xdecref(vm, a[2]);
    tpy_decref(vm, cls);
    if (exc) {
        tpy_err_set_instance(vm, exc);
        tpy_decref(vm, exc);
    }
}

int tpy_json_refs_traverse(tpy_object *const *refs, size_t n, tpy_obj_visit_fn visit, void *arg)
{
    for (size_t k = 0; k < n; k++) {
        int rc = refs[k] ? visit(refs[k], arg) : 0;
        if (rc)
            return rc;
    }
    return 0;
}

void tpy_json_refs_clear(tpy_obj_heap *heap, tpy_object **refs, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        tpy_object *r = refs[k];
        refs[k] = NULL;   /* before the release, which may run code that looks */
        tpy_xdecref_heap(heap, r);
    }
}

static bool need_str(tpy_vm *vm, tpy_object *o)
{
    if (tpy_str_check(o))
        return true;
    tpy_err_format(vm, &tpy_exc_TypeError, "first argument must be a string, not %s",
                   tpy_type_of(o)->name);
    return false;
}

/* scanstring(s, end, strict=True) -> (str, end) */
FN(json_scanstring)
{
    (void)self;
    if (tpy_arg_nokw(vm, "scanstring", kwnames) < 0 ||
        tpy_arg_count(vm, "scanstring", nargs, 2, 3) < 0 || !need_str(vm, args[0]))
        return NULL;
    intptr_t end = tpy_index_ssize(vm, args[1], &tpy_exc_OverflowError);
    if (end == -1 && tpy_err_occurred(vm))
        return NULL;
    int strict = nargs > 2 ? tpy_is_true(vm, args[2]) : 1;
    if (strict < 0)
        return NULL;
    intptr_t next = 0;
    tpy_object *s = tpy_json_scanstring(vm, args[0], end, strict, &next);
    tpy_object *n = s ? tpy_int_from_i64(vm, next) : NULL;
    tpy_object *r = n ? tpy_tuple_new(vm, 2) : NULL;
    if (!r) {
        tpy_xdecref(vm, s);
        tpy_xdecref(vm, n);
        return NULL;
    }
    ((tpy_tuple *)r)->items[0] = s;
    ((tpy_tuple *)r)->items[1] = n;
    return r;
}

static tpy_object *escape(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                          tpy_object *kwnames, bool ascii_only)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 1, 1) < 0 ||
        !need_str(vm, args[0]))
        return NULL;
    tpy_jwriter w;
    tpy_jw_init(&w, vm);
    if (tpy_json_put_string(&w, args[0], ascii_only) < 0) {
        tpy_jw_free(&w);
        return NULL;
    }
    return tpy_jw_finish(&w);
}

/* encode_basestring_ascii(s): a JSON string, ASCII only */
FN(json_encode_basestring_ascii)
{
    (void)self;
    return escape(vm, "encode_basestring_ascii", args, nargs, kwnames, true);
}

/* encode_basestring(s): a JSON string, non-ASCII as it is */
FN(json_encode_basestring)
{
    (void)self;
    return escape(vm, "encode_basestring", args, nargs, kwnames, false);
}

static const tpy_method_def json_functions[] = {
    {"scanstring", json_scanstring, TPY_METH_FUNCTION, NULL},
    {"encode_basestring_ascii", json_encode_basestring_ascii, TPY_METH_FUNCTION, NULL},
    {"encode_basestring", json_encode_basestring, TPY_METH_FUNCTION, NULL},
    {NULL, NULL, 0, NULL},
};

tpy_object *tpy__json_module_new(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "_json");
    if (!m)
        return NULL;
    tpy_object *d = tpy_module_dict(m);
    if (tpy_module_add_functions(vm, m, json_functions) < 0 ||
        tpy_dict_set_c(vm, d, "make_scanner", &tpy_json_scanner_type.ob) < 0 ||
        tpy_dict_set_c(vm, d, "make_encoder", &tpy_json_encoder_type.ob) < 0)
        TPY_CLEAR(vm, m);
    return m;
}
