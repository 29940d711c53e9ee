/* vm/types/subtype.c: instances of classes derived from the immutable
 * builtins (int, float, str, bytes, tuple).
 *
 * Their constructors build the value as the exact builtin first (all the
 * parsing and conversion stays in one place), then this file moves it into
 * a block of the subclass's layout: the builtin's fields, then the fields
 * the class adds (for the variable-size ones, __dict__ after the items:
 * TPY_TF_VAR_DICT). */
#include <string.h>

#include "error.h"
#include "heaptype.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* A block for an instance of @p t shaped like @p src (type @p base). */
static tpy_object *alloc_like(tpy_vm *vm, tpy_type *t, tpy_type *base, tpy_object *src,
                              size_t *nbytes)
{
    if (!base->layout.item_size) {
        *nbytes = base->layout.basic_size;
        return tpy_alloc(vm, t);   /* takes the class's reference */
    }
    intptr_t n = ((tpy_var_object *)src)->size;
    *nbytes = base->layout.basic_size + (size_t)n * base->layout.item_size;
    tpy_object *o = tpy_alloc_var(vm, t, (size_t)n);
    if (o && tpy_is_heaptype(t))
        tpy_incref(&t->ob);   /* a class lives as long as its instances */
    return o;
}

/* What the byte copy duplicated and must own once more. */
static void fix_copy(tpy_type *base, tpy_object *o)
{
    if (base == &tpy_tuple_type) {
        for (intptr_t i = 0; i < tpy_tuple_len(o); i++)
            tpy_xincref(tpy_tuple_get(o, i));
    } else if (base == &tpy_str_type) {
        tpy_strobj *s = (tpy_strobj *)o;
        s->interned = 0;
        /* The UTF-8 cache block is the source's: drop our copy of the pointer. */
        if (!s->ascii)
            *tpy_str_utf8_slot(s) = NULL;
    }
}

tpy_object *tpy_subtype_from_exact(tpy_vm *vm, tpy_type *t, tpy_object *src)
{
    if (!src)
        return NULL;
    tpy_type *base = tpy_type_of(src);
    size_t nbytes;
    tpy_object *o = alloc_like(vm, t, base, src, &nbytes);
    if (!o) {
        tpy_decref(vm, src);
        return NULL;
    }
    /* Everything after the header: the type and count stay the block's. */
    memcpy((char *)o + sizeof(tpy_object), (char *)src + sizeof(tpy_object),
           nbytes - sizeof(tpy_object));
    fix_copy(base, o);
    size_t end = t->layout.basic_size;
    if (base->layout.item_size)
        end += (size_t)((tpy_var_object *)src)->size * base->layout.item_size;
    if (end > nbytes)
        memset((char *)o + nbytes, 0, end - nbytes);   /* the class's own fields, __dict__ */
    tpy_decref(vm, src);
    return o;
}
