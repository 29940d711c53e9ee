/* vm/types/dict_views.c: keys(), values(), items() views and the dict
 * iterators. An iterator remembers the dict's size when it started and
 * raises "dictionary changed size during iteration" if it differs. */
#include "abstract.h"
#include "buf.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "dict_views_ops.h"
#include "vm.h"

typedef struct dict_view {
    tpy_object ob;
    tpy_object *dict;    /* owned */
} dict_view;

typedef struct dict_iter {
    tpy_object ob;
    tpy_object *dict;    /* owned; NULL once exhausted */
    intptr_t pos;        /* next entry index */
    intptr_t used;       /* the dict's size when the iteration started */
    intptr_t left;       /* items still to produce (length_hint) */
} dict_iter;

#define V(o) ((dict_view *)(o))
#define I(o) ((dict_iter *)(o))

static int holder_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    tpy_object *d = V(o)->dict;   /* view and iterator both start with the dict */
    return d ? visit(d, arg) : 0;
}

static void holder_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_object *d = V(o)->dict;
    V(o)->dict = NULL;
    tpy_xdecref_heap(heap, d);
}

static void holder_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    holder_clear(heap, o);
    tpy_obj_free(heap, o);
}

tpy_object *tpy_dict_view_new(tpy_vm *vm, tpy_type *type, tpy_object *dict);
tpy_object *tpy_dict_view_new(tpy_vm *vm, tpy_type *type, tpy_object *dict)
{
    dict_view *v = (dict_view *)tpy_alloc(vm, type);
    if (v)
        v->dict = tpy_newref(dict);
    return (tpy_object *)v;
}

static tpy_object *dict_iter_new(tpy_vm *vm, tpy_type *type, tpy_object *dict)
{
    dict_iter *it = (dict_iter *)tpy_alloc(vm, type);
    if (!it)
        return NULL;
    it->dict = tpy_newref(dict);
    it->pos = 0;
    it->used = it->left = tpy_dict_len(dict);
    return (tpy_object *)it;
}

tpy_object *tpy_dict_iter(tpy_vm *vm, tpy_object *o);
tpy_object *tpy_dict_iter(tpy_vm *vm, tpy_object *o)
{
    return dict_iter_new(vm, &tpy_dict_keyiter_type, o);
}

/* The next entry, or 0 at the end / -1 on a size change. */
static int iter_step(tpy_vm *vm, tpy_object *o, tpy_object **k, tpy_object **v)
{
    dict_iter *it = I(o);
    if (!it->dict)
        return 0;
    if (tpy_dict_len(it->dict) != it->used) {
        tpy_err_set(vm, &tpy_exc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;   /* stays broken, as CPython's */
        return -1;
    }
    if (tpy_dict_next(it->dict, &it->pos, k, v)) {
        it->left--;
        return 1;
    }
    TPY_CLEAR(vm, it->dict);
    return 0;
}

static tpy_object *keyiter_next(tpy_vm *vm, tpy_object *o)
{
    tpy_object *k, *v;
    return iter_step(vm, o, &k, &v) > 0 ? tpy_newref(k) : NULL;
}

static tpy_object *valueiter_next(tpy_vm *vm, tpy_object *o)
{
    tpy_object *k, *v;
    return iter_step(vm, o, &k, &v) > 0 ? tpy_newref(v) : NULL;
}

static tpy_object *itemiter_next(tpy_vm *vm, tpy_object *o)
{
    tpy_object *k, *v;
    return iter_step(vm, o, &k, &v) > 0 ? tpy_tuple_pack(vm, 2, k, v) : NULL;
}

/* ---- views -------------------------------------------------------------------------------------- */

static intptr_t view_len(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_dict_len(V(o)->dict);
}

static tpy_object *view_repr(tpy_vm *vm, tpy_object *o)
{
    int guard = tpy_repr_enter(vm, o);
    if (guard != 0)
        return guard < 0 ? NULL : tpy_str_from_cstr(vm, "...");
    tpy_object *l = tpy_sequence_list(vm, o);
    tpy_object *r = l ? tpy_str_format(vm, "%s(%R)", tpy_type_of(o)->name, l) : NULL;
    tpy_xdecref(vm, l);
    tpy_repr_leave(vm, o);
    return r;
}

static int keys_contains(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    tpy_object *v;
    return tpy_dict_get_ref(vm, V(o)->dict, key, &v);
}

static int items_contains(tpy_vm *vm, tpy_object *o, tpy_object *item)
{
    if (!tpy_tuple_check(item) || tpy_tuple_len(item) != 2)
        return 0;
    tpy_object *v;
    int r = tpy_dict_get_ref(vm, V(o)->dict, tpy_tuple_get(item, 0), &v);
    if (r <= 0)
        return r;
    tpy_incref(v);
    r = tpy_richcompare_bool(vm, v, tpy_tuple_get(item, 1), TPY_EQ);
    tpy_decref(vm, v);
    return r;
}

static tpy_object *keys_iter(tpy_vm *vm, tpy_object *o)
{
    return dict_iter_new(vm, &tpy_dict_keyiter_type, V(o)->dict);
}
static tpy_object *values_iter(tpy_vm *vm, tpy_object *o)
{
    return dict_iter_new(vm, &tpy_dict_valueiter_type, V(o)->dict);
}
static tpy_object *items_iter(tpy_vm *vm, tpy_object *o)
{
    return dict_iter_new(vm, &tpy_dict_itemiter_type, V(o)->dict);
}

static const tpy_container_slots keys_container = {.len = view_len, .contains = keys_contains};
static const tpy_container_slots values_container = {.len = view_len};
static const tpy_container_slots items_container = {.len = view_len, .contains = items_contains};

#define HOLDER_LAYOUT(n, size)                                                   \
    {.name = n, .basic_size = size, .flags = TPY_OBJ_CONTAINER,                  \
     .destroy = holder_destroy, .traverse = holder_traverse, .clear = holder_clear}

#define VIEW_TYPE(var, pyname, iterfn, cont, num, meths, cmp)                    \
    tpy_type var = {                                                             \
        .ob = TPY_STATIC_HEAD(tpy_type_type),                                    \
        .layout = HOLDER_LAYOUT(pyname, sizeof(dict_view)),                      \
        .name = pyname,                                                          \
        .repr = view_repr,                                                       \
        .hash = tpy_hash_unhashable,                                             \
        .iter = iterfn,                                                          \
        .container = &cont,                                                      \
        .number = num,                                                           \
        .methods = meths,                                                        \
        .richcompare = cmp,                                                      \
    };
VIEW_TYPE(tpy_dict_keys_type, "dict_keys", keys_iter, keys_container, &tpy_dict_view_number,
          tpy_dict_keys_methods, tpy_dict_view_richcompare)
VIEW_TYPE(tpy_dict_values_type, "dict_values", values_iter, values_container, NULL,
          tpy_dict_values_methods, NULL)
VIEW_TYPE(tpy_dict_items_type, "dict_items", items_iter, items_container, &tpy_dict_view_number,
          tpy_dict_items_methods, tpy_dict_view_richcompare)

#define ITER_TYPE(var, pyname, nextfn)                                           \
    tpy_type var = {                                                             \
        .ob = TPY_STATIC_HEAD(tpy_type_type),                                    \
        .layout = HOLDER_LAYOUT(pyname, sizeof(dict_iter)),                      \
        .name = pyname,                                                          \
        .iter = tpy_iter_self,                                                   \
        .next = nextfn,                                                          \
    };
ITER_TYPE(tpy_dict_keyiter_type, "dict_keyiterator", keyiter_next)
ITER_TYPE(tpy_dict_valueiter_type, "dict_valueiterator", valueiter_next)
ITER_TYPE(tpy_dict_itemiter_type, "dict_itemiterator", itemiter_next)
