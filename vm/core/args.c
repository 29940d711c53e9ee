/* vm/core/args.c: argument checks for builtin methods, worded as
 * CPython's METH_NOARGS / METH_O / Argument Clinic messages. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"

int tpy_arg_nokw(tpy_vm *vm, const char *fname, tpy_object *kwnames)
{
    if (kwnames && tpy_tuple_len(kwnames) > 0) {
        tpy_err_format(vm, &tpy_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int tpy_arg_none(tpy_vm *vm, const char *fname, size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0)
        return -1;
    if (nargs) {
        tpy_err_format(vm, &tpy_exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

int tpy_arg_one(tpy_vm *vm, const char *fname, size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        tpy_err_format(vm, &tpy_exc_TypeError, "%s() takes exactly one argument (%zu given)",
                       fname, nargs);
        return -1;
    }
    return 0;
}

int tpy_arg_count(tpy_vm *vm, const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max)
        tpy_err_format(vm, &tpy_exc_TypeError, "%s expected %zu argument%s, got %zu", fname, min,
                       min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        tpy_err_format(vm, &tpy_exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname,
                       min, min == 1 ? "" : "s", nargs);
    else
        tpy_err_format(vm, &tpy_exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname,
                       max, max == 1 ? "" : "s", nargs);
    return -1;
}

static size_t count_names(const char *const *names)
{
    size_t n = 0;
    while (names[n])
        n++;
    return n;
}

/* Where keyword `kw` goes: its parameter's index, or -1 when no
 * parameter (past the positional-only ones) has that name. */
static intptr_t keyword_index(tpy_object *kw, const char *const *names, size_t nposonly)
{
    for (size_t i = nposonly; names[i]; i++)
        if (tpy_str_equal_c(kw, names[i]))
            return (intptr_t)i;
    return -1;
}

/* Argument Clinic's order of complaints: a missing required argument
 * first, then one given twice, then an unknown keyword. */
int tpy_arg_parse(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                  tpy_object *kwnames, const char *const *names, size_t nposonly,
                  size_t nrequired, tpy_object **out)
{
    size_t n = count_names(names);
    memset(out, 0, n * sizeof *out);
    if (nargs > n) {
        tpy_err_format(vm, &tpy_exc_TypeError, "%s() takes at most %zu argument%s (%zu given)",
                       fname, n, n == 1 ? "" : "s", nargs);
        return -1;
    }
    size_t minposonly = nrequired < nposonly ? nrequired : nposonly;
    if (nargs < minposonly) {   /* Argument Clinic's wording for positional-only gaps */
        tpy_err_format(vm, &tpy_exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)",
                       fname, minposonly < n ? "at least" : "exactly", minposonly,
                       minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    size_t nkw = kwnames ? (size_t)tpy_tuple_len(kwnames) : 0;
    tpy_object *unknown = NULL;
    intptr_t twice = -1;
    for (size_t k = 0; k < nkw; k++) {
        tpy_object *kw = tpy_tuple_get(kwnames, (intptr_t)k);
        intptr_t i = keyword_index(kw, names, nposonly);
        if (i < 0)
            unknown = unknown ? unknown : kw;
        else if (out[i])
            twice = twice >= 0 ? twice : i;
        else
            out[i] = args[nargs + k];
    }
    for (size_t i = 0; i < nrequired; i++)
        if (!out[i]) {
            tpy_err_format(vm, &tpy_exc_TypeError, "%s() missing required argument '%s' (pos %zu)",
                           fname, names[i], i + 1);
            return -1;
        }
    if (twice >= 0) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "argument for %s() given by name ('%s') and position (%zd)", fname,
                       names[twice], twice + 1);
        return -1;
    }
    if (unknown) {
        tpy_err_format(vm, &tpy_exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                       unknown, fname);
        return -1;
    }
    return 0;
}

/* ---- AttributeError context ------------------------------------------------------------------ */

static int set_attr_c(tpy_vm *vm, tpy_object *o, const char *attr, tpy_object *v)
{
    tpy_object *n = tpy_str_intern_c(vm, attr);
    int r = n ? tpy_setattr(vm, o, n, v) : -1;
    tpy_xdecref(vm, n);
    return r;
}

/* The exception's attribute, NULL for None or on failure (cleared). */
static tpy_object *exc_attr_or_null(tpy_vm *vm, tpy_object *exc, const char *attr)
{
    tpy_object *v = tpy_getattr_c(vm, exc, attr);
    if (!v)
        tpy_err_clear(vm);
    else if (v == TPY_NONE)
        TPY_CLEAR(vm, v);
    return v;
}

/* CPython records name and obj on the AttributeError of a failed
 * getattr, once (an inner failure's context stays), so that the
 * traceback can offer "Did you mean"; e.name and e.obj show them. */
void tpy_attr_error_context(tpy_vm *vm, tpy_object *obj, tpy_object *name)
{
    /* Reading e.name is a getattr too: a class whose attribute lookup
     * always fails must not bring us back here. */
    static _Thread_local bool busy;
    if (busy || !tpy_err_matches(vm, &tpy_exc_AttributeError))
        return;
    busy = true;
    tpy_object *exc = tpy_err_fetch(vm);
    if (exc && tpy_exc_check(exc)) {
        tpy_object *n = exc_attr_or_null(vm, exc, "name"), *o = exc_attr_or_null(vm, exc, "obj");
        if (!n && !o && (set_attr_c(vm, exc, "name", name) < 0 ||
                         set_attr_c(vm, exc, "obj", obj) < 0))
            tpy_err_clear(vm);
        tpy_xdecref(vm, n);
        tpy_xdecref(vm, o);
    }
    tpy_err_restore(vm, exc);
    busy = false;
}
