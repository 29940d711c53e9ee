/* vm/types/range_long.c: iterating a range whose values or length do not
 * fit a machine word (CPython's longrangeiter): the next value, the step
 * and the count left are ints, advanced with int arithmetic. The word
 * iterator of range.c serves every range that fits. */
#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

typedef struct longrange_iterobj {
    tpy_object ob;
    tpy_object *next, *step, *left;   /* ints, owned */
} longrange_iterobj;

#define LI(o) ((longrange_iterobj *)(o))

tpy_object *tpy_longrange_iter_new(tpy_vm *vm, tpy_object *start, tpy_object *step,
                                   tpy_object *len)
{
    longrange_iterobj *it = (longrange_iterobj *)tpy_alloc(vm, &tpy_longrange_iter_type);
    if (!it)
        return NULL;
    it->next = tpy_newref(start);
    it->step = tpy_newref(step);
    it->left = tpy_newref(len);
    return &it->ob;
}

static tpy_object *longrange_next(tpy_vm *vm, tpy_object *o)
{
    longrange_iterobj *it = LI(o);
    if (tpy_int_sign(it->left) <= 0)
        return NULL;
    tpy_object *one = tpy_int_from_i64(vm, 1);
    tpy_object *left = one ? tpy_int_binary(vm, TPY_OP_SUB, it->left, one) : NULL;
    tpy_object *next = left ? tpy_int_binary(vm, TPY_OP_ADD, it->next, it->step) : NULL;
    tpy_xdecref(vm, one);
    if (!next) {
        tpy_xdecref(vm, left);
        return NULL;
    }
    tpy_object *v = it->next;   /* the reference moves to the caller */
    it->next = next;
    TPY_SETREF(vm, it->left, left);
    return v;
}

static void longrange_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_decref_heap(heap, LI(o)->next);
    tpy_decref_heap(heap, LI(o)->step);
    tpy_decref_heap(heap, LI(o)->left);
    tpy_obj_free(heap, o);
}

static tpy_object *longrange_length_hint(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                         size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "__length_hint__", nargs, kwnames) < 0)
        return NULL;
    return tpy_newref(LI(self)->left);
}

static const tpy_method_def longrange_methods[] = {
    {"__length_hint__", longrange_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

tpy_type tpy_longrange_iter_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "longrange_iterator", .basic_size = sizeof(longrange_iterobj),
               .destroy = longrange_destroy},
    .name = "longrange_iterator",
    .iter = tpy_iter_self,
    .next = longrange_next,
    .methods = longrange_methods,
};
