/* vm/types/bytes_translate.c: bytes.translate, bytes.maketrans,
 * bytes.removeprefix and bytes.removesuffix. `self` is bytes (bytearray
 * forwards here with a bytes copy and turns a bytes result back). */
#include <string.h>

#include "abstract.h"
#include "bytearray.h"
#include "bytes_text.h"
#include "error.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"
#include "vm.h"

/* The bytes of a bytes-like argument, or -1 with a TypeError. */
static int view(tpy_vm *vm, tpy_object *o, const unsigned char **p, intptr_t *n)
{
    if (tpy_bytes_check(o)) {
        *p = ((tpy_bytes *)o)->data;
        *n = tpy_bytes_len(o);
        return 0;
    }
    if (tpy_bytes_like(o, p, n))
        return 0;
    tpy_bufview v;   /* memoryview, array (the view stays valid while o lives) */
    int got = tpy_get_buffer(vm, o, &v);
    if (got < 0)
        return -1;
    if (got > 0) {
        *p = v.data;
        *n = v.len;
        return 0;
    }
    tpy_err_format(vm, &tpy_exc_TypeError, "a bytes-like object is required, not '%s'",
                   tpy_type_of(o)->name);
    return -1;
}

TPY_BYTES_TEXT_METHOD(tpy_bytes_translate)
{
    static const char *const names[] = {"", "delete", NULL};
    tpy_object *a[2] = {NULL, NULL};
    if (tpy_arg_parse(vm, "translate", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    const unsigned char *table = NULL, *del = NULL;
    intptr_t tn = 0, dn = 0;
    if (a[0] != TPY_NONE && view(vm, a[0], &table, &tn) < 0)
        return NULL;
    if (table && tn != 256)
        return tpy_err_set(vm, &tpy_exc_ValueError, "translation table must be 256 characters long"),
               NULL;
    if (a[1] && view(vm, a[1], &del, &dn) < 0)
        return NULL;
    bool drop[256] = {false};
    for (intptr_t i = 0; i < dn; i++)
        drop[del[i]] = true;
    const unsigned char *s = ((tpy_bytes *)self)->data;
    intptr_t n = tpy_bytes_len(self), m = 0;
    tpy_object *r = tpy_bytes_from(vm, NULL, (size_t)n);
    if (!r)
        return NULL;
    unsigned char *out = ((tpy_bytes *)r)->data;
    for (intptr_t i = 0; i < n; i++)
        if (!drop[s[i]])
            out[m++] = table ? table[s[i]] : s[i];
    if (m == n)
        return r;
    tpy_object *cut = tpy_bytes_from(vm, out, (size_t)m);
    tpy_decref(vm, r);
    return cut;
}

TPY_BYTES_TEXT_METHOD(tpy_bytes_maketrans)
{
    (void)self;   /* the class: maketrans is a static method in CPython */
    const unsigned char *from, *to;
    intptr_t fn, tn;
    if (tpy_arg_nokw(vm, "maketrans", kwnames) < 0
        || tpy_arg_count(vm, "maketrans", nargs, 2, 2) < 0 || view(vm, args[0], &from, &fn) < 0
        || view(vm, args[1], &to, &tn) < 0)
        return NULL;
    if (fn != tn)
        return tpy_err_set(vm, &tpy_exc_ValueError, "maketrans arguments must have same length"),
               NULL;
    unsigned char table[256];
    for (int i = 0; i < 256; i++)
        table[i] = (unsigned char)i;
    for (intptr_t i = 0; i < fn; i++)
        table[from[i]] = to[i];
    return tpy_bytes_from(vm, table, sizeof table);
}

/* removeprefix (suffix=false) and removesuffix. */
static tpy_object *remove_affix(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                size_t nargs, tpy_object *kwnames, const char *fname, bool suffix)
{
    const unsigned char *a;
    intptr_t an;
    if (tpy_arg_nokw(vm, fname, kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "bytes.%s() takes exactly one argument (%zu given)", fname, nargs);
    if (view(vm, args[0], &a, &an) < 0)
        return NULL;
    const unsigned char *s = ((tpy_bytes *)self)->data;
    intptr_t n = tpy_bytes_len(self);
    if (an == 0 || an > n || memcmp(suffix ? s + n - an : s, a, (size_t)an) != 0)
        return tpy_newref(self);
    return tpy_bytes_from(vm, suffix ? s : s + an, (size_t)(n - an));
}

TPY_BYTES_TEXT_METHOD(tpy_bytes_removeprefix)
{
    return remove_affix(vm, self, args, nargs, kwnames, "removeprefix", false);
}

TPY_BYTES_TEXT_METHOD(tpy_bytes_removesuffix)
{
    return remove_affix(vm, self, args, nargs, kwnames, "removesuffix", true);
}
