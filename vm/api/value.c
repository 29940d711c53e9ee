/* vm/api/value.c: values across the C boundary (None, bool, int, float,
 * str) and calling a module-level Python function from C. */
#include <stdlib.h>
#include <string.h>

#include "embed_internal.h"

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "import.h"
#include "refcount.h"
#include "types.h"

tpy_value tpy_value_none(void)
{
    return (tpy_value){.kind = TPY_VALUE_NONE};
}

tpy_value tpy_value_int(int64_t i)
{
    return (tpy_value){.kind = TPY_VALUE_INT, .u.i = i};
}

tpy_value tpy_value_float(double f)
{
    return (tpy_value){.kind = TPY_VALUE_FLOAT, .u.f = f};
}

tpy_value tpy_value_str(const char *utf8)
{
    tpy_value v = {.kind = TPY_VALUE_STR};
    v.u.str.data = (char *)utf8;
    v.u.str.len = utf8 ? strlen(utf8) : 0;
    return v;
}

void tpy_value_clear(tpy_value *v)
{
    if (!v)
        return;
    if (v->kind == TPY_VALUE_STR)
        free(v->u.str.data);
    *v = tpy_value_none();
}

tpy_object *tpy_embed_value_to_object(tpy_vm *vm, const tpy_value *v)
{
    switch (v->kind) {
    case TPY_VALUE_NONE:
        return TPY_NONE;
    case TPY_VALUE_BOOL:
        return v->u.i ? TPY_TRUE : TPY_FALSE;
    case TPY_VALUE_INT:
        return tpy_int_from_i64(vm, v->u.i);
    case TPY_VALUE_FLOAT:
        return tpy_float_from_double(vm, v->u.f);
    case TPY_VALUE_STR:
        return tpy_str_from_utf8(vm, v->u.str.data ? v->u.str.data : "", v->u.str.len);
    }
    return tpy_err_format(vm, &tpy_exc_TypeError, "tpy_value of unknown kind %d", (int)v->kind);
}

static int str_value(tpy_vm *vm, tpy_object *o, tpy_value *out, bool copy)
{
    size_t n;
    const char *u = tpy_str_utf8(vm, o, &n);
    if (!u)
        return -1;
    char *text = (char *)u;
    if (copy) {
        if (!(text = malloc(n + 1))) {
            tpy_err_no_memory(vm);
            return -1;
        }
        memcpy(text, u, n);
        text[n] = 0;
    }
    out->kind = TPY_VALUE_STR;
    out->u.str.data = text;
    out->u.str.len = n;
    return 0;
}

int tpy_embed_object_to_value(tpy_vm *vm, tpy_object *o, tpy_value *out, bool copy)
{
    *out = tpy_value_none();
    if (o == TPY_NONE)
        return 0;
    if (tpy_type_of(o) == &tpy_bool_type) {
        out->kind = TPY_VALUE_BOOL;
        out->u.i = o == TPY_TRUE;
        return 0;
    }
    if (tpy_int_check(o)) {
        out->kind = TPY_VALUE_INT;
        return tpy_int_to_i64(vm, o, &out->u.i);
    }
    if (tpy_float_check(o)) {
        out->kind = TPY_VALUE_FLOAT;
        out->u.f = tpy_float_value(o);
        return 0;
    }
    if (tpy_str_check(o))
        return str_value(vm, o, out, copy);
    tpy_err_format(vm, &tpy_exc_TypeError,
                   "a '%s' cannot cross into C (None, bool, int, float or str only)",
                   tpy_type_of(o)->name);
    return -1;
}

/* `name` in __main__, or `module.name` with the module imported. */
static tpy_object *find_function(tpy_vm *vm, const char *function)
{
    const char *dot = strrchr(function, '.');
    if (!dot) {
        tpy_object *key = tpy_str_from_cstr(vm, function), *f = NULL;
        if (key && tpy_dict_get_ref(vm, tpy_module_dict(vm->embed->main), key, &f) == 0 && !f)
            tpy_err_format(vm, &tpy_exc_NameError, "name '%s' is not defined", function);
        tpy_xdecref(vm, key);
        return f ? tpy_newref(f) : NULL;
    }
    size_t n = (size_t)(dot - function);
    char *modname = malloc(n + 1);
    if (!modname)
        return tpy_err_no_memory(vm), NULL;
    memcpy(modname, function, n);
    modname[n] = 0;
    tpy_object *m = tpy_import_module(vm, modname);
    free(modname);
    tpy_object *f = m ? tpy_getattr_c(vm, m, dot + 1) : NULL;
    tpy_xdecref(vm, m);
    return f;
}

static tpy_object *call_with_values(tpy_vm *vm, tpy_object *f, const tpy_value *args,
                                    size_t nargs)
{
    tpy_object *small[8];
    tpy_object **objs = nargs <= 8 ? small : malloc(nargs * sizeof *objs);
    if (!objs)
        return tpy_err_no_memory(vm), NULL;
    size_t made = 0;
    while (made < nargs && (objs[made] = tpy_embed_value_to_object(vm, &args[made])))
        made++;
    tpy_object *r = made == nargs ? tpy_call(vm, f, objs, nargs, NULL) : NULL;
    for (size_t i = 0; i < made; i++)
        tpy_decref(vm, objs[i]);
    if (objs != small)
        free(objs);
    return r;
}

static int call(tpy_vm *vm, const char *function, const tpy_value *args, size_t nargs,
                tpy_value *result)
{
    tpy_object *f = find_function(vm, function);
    tpy_object *r = f ? call_with_values(vm, f, args, nargs) : NULL;
    tpy_xdecref(vm, f);
    tpy_vm_flush(vm, 1);
    tpy_vm_flush(vm, 2);
    int status = r && (!result || tpy_embed_object_to_value(vm, r, result, true) == 0) ? 0 : -1;
    tpy_xdecref(vm, r);
    return status == 0 ? 0 : tpy_embed_capture_error(vm);
}

int tpy_vm_call(tpy_vm *vm, const char *function, const tpy_value *args, size_t nargs,
                tpy_value *result)
{
    if (result)
        *result = tpy_value_none();
    tpy_embed_scope s;
    tpy_embed_enter(vm, &s);
    tpy_embed_clear_error(vm);
    int r = call(vm, function, args, nargs, result);
    tpy_embed_leave(&s);
    return r;
}
