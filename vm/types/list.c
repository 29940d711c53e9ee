/* vm/types/list.c: the list type: storage, growth, repr, comparison and
 * the sequence protocol (methods: list_methods.c; sort: listsort.c).
 *
 *   list object (layer3, free list of 80)     item array (tpy_obj_heap_malloc:
 *   [refcnt|type|size|allocated|items] ───►   layer2 pool or layer1, as configured)
 *                                             [item0|item1|...|itemN-1| spare ...]
 */
#include <string.h>

#include "abstract.h"
#include "buf.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define L(o) ((tpy_list *)(o))

tpy_object *tpy_seq_richcompare(tpy_vm *vm, tpy_object *const *a, intptr_t na,
                                tpy_object *const *b, intptr_t nb, enum tpy_cmp op);

/* CPython 3.11's list_resize: grow by about 1/8 plus a little, rounded to
 * 4, and shrink only when less than half is used. */
int tpy_list_resize(tpy_vm *vm, tpy_list *l, intptr_t newsize)
{
    if (l->allocated >= newsize && newsize >= (l->allocated >> 1)) {
        l->size = newsize;
        return 0;
    }
    size_t alloc = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if ((size_t)(newsize - l->size) > alloc - (size_t)newsize)
        alloc = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        alloc = 0;
    if (alloc > SIZE_MAX / sizeof(tpy_object *)) {
        tpy_err_no_memory(vm);
        return -1;
    }
    tpy_object **items = NULL;
    if (alloc) {
        items = tpy_obj_heap_realloc(vm->heap, l->items, alloc * sizeof *items);
        if (!items && newsize <= l->allocated) {
            l->size = newsize;   /* a shrink the allocator refused: the block stays as it is */
            return 0;
        }
        if (!items) {
            tpy_err_no_memory(vm);
            return -1;
        }
    } else {
        tpy_vm_free(vm, l->items);
    }
    l->items = items;
    l->allocated = (intptr_t)alloc;
    l->size = newsize;
    return 0;
}

tpy_object *tpy_list_new(tpy_vm *vm, size_t n)
{
    tpy_list *l = (tpy_list *)tpy_alloc(vm, &tpy_list_type);   /* zeroed: container */
    if (!l)
        return NULL;
    l->size = 0;
    l->allocated = 0;
    l->items = NULL;
    if (n) {
        l->items = tpy_obj_heap_calloc(vm->heap, n, sizeof(tpy_object *));
        if (!l->items) {
            tpy_decref(vm, &l->ob);
            return tpy_err_no_memory(vm);
        }
        l->size = l->allocated = (intptr_t)n;
    }
    return (tpy_object *)l;
}

tpy_object *tpy_list_from_array(tpy_vm *vm, tpy_object *const *items, size_t n)
{
    if (n > SIZE_MAX / sizeof(tpy_object *))
        return tpy_err_no_memory(vm);
    tpy_list *l = L(tpy_list_new(vm, 0));
    tpy_object **a = l && n ? tpy_obj_heap_malloc(vm->heap, n * sizeof *a) : NULL;
    if (!l || (n && !a)) {
        for (size_t k = 0; k < n; k++)
            tpy_decref(vm, items[k]);
        if (l)
            tpy_decref(vm, &l->ob);
        return l ? tpy_err_no_memory(vm) : NULL;
    }
    if (n)
        memcpy(a, items, n * sizeof *a);
    l->items = a;
    l->size = l->allocated = (intptr_t)n;
    return &l->ob;
}

int tpy_list_append(tpy_vm *vm, tpy_object *list, tpy_object *item)
{
    tpy_list *l = L(list);
    intptr_t n = l->size;
    if (n < l->allocated) {
        l->items[n] = item;
        l->size = n + 1;
        return 0;
    }
    if (tpy_list_resize(vm, l, n + 1) < 0) {
        tpy_decref(vm, item);
        return -1;
    }
    l->items[n] = item;
    return 0;
}

int tpy_list_extend(tpy_vm *vm, tpy_object *list, tpy_object *iterable)
{
    if (tpy_list_check(iterable) || tpy_tuple_check(iterable)) {
        intptr_t m = tpy_len(vm, iterable), n = L(list)->size;
        tpy_object *const *src = tpy_list_check(iterable) ? L(iterable)->items
                                                          : ((tpy_tuple *)iterable)->items;
        if (tpy_list_resize(vm, L(list), n + m) < 0)
            return -1;
        /* src may be this list's own (moved) array: re-read it */
        if (iterable == list)
            src = L(list)->items;
        for (intptr_t i = 0; i < m; i++)
            L(list)->items[n + i] = tpy_newref(src[i]);
        return 0;
    }
    tpy_object *it = tpy_iter(vm, iterable);
    if (!it)
        return -1;
    tpy_object *x;
    while ((x = tpy_next(vm, it)))
        if (tpy_list_append(vm, list, x) < 0)
            break;
    tpy_decref(vm, it);
    return tpy_err_occurred(vm) ? -1 : 0;
}

tpy_object *tpy_list_as_tuple(tpy_vm *vm, tpy_object *list)
{
    return tpy_tuple_from_array(vm, L(list)->items, (size_t)L(list)->size);
}

/* ---- memory hooks ------------------------------------------------------------------------ */

static int list_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    for (intptr_t i = 0; i < L(o)->size; i++)
        if (L(o)->items[i]) {
            int r = visit(L(o)->items[i], arg);
            if (r)
                return r;
        }
    return 0;
}

/* Detach the array first, so that destructors run by the decrefs see an
 * empty list. */
static void list_clear_hook(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_object **items = L(o)->items;
    intptr_t n = L(o)->size;
    L(o)->items = NULL;
    L(o)->size = L(o)->allocated = 0;
    for (intptr_t i = 0; i < n; i++)
        tpy_xdecref_heap(heap, items[i]);
    tpy_obj_heap_free(heap, items);
}

static void list_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    list_clear_hook(heap, o);
    tpy_obj_free(heap, o);
}

/* ---- repr and compare --------------------------------------------------------------------- */

static tpy_object *list_repr(tpy_vm *vm, tpy_object *o)
{
    if (L(o)->size == 0)
        return tpy_str_from_cstr(vm, "[]");
    int guard = tpy_repr_enter(vm, o);
    if (guard != 0)
        return guard < 0 ? NULL : tpy_str_from_cstr(vm, "[...]");
    tpy_buf b;
    tpy_buf_init(&b, vm);
    int r = tpy_buf_putc(&b, '[');
    /* the list may change under a repr: re-read size each time */
    for (intptr_t i = 0; i < L(o)->size && r == 0; i++) {
        if (i)
            r = tpy_buf_puts(&b, ", ");
        tpy_object *x = tpy_newref(L(o)->items[i]);
        if (r == 0)
            r = tpy_buf_put_repr(&b, x);
        tpy_decref(vm, x);
    }
    if (r == 0)
        r = tpy_buf_putc(&b, ']');
    tpy_repr_leave(vm, o);
    if (r < 0) {
        tpy_buf_free(&b);
        return NULL;
    }
    return tpy_buf_finish(&b);
}

static tpy_object *list_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if (!tpy_list_check(b))
        return TPY_NOT_IMPLEMENTED;
    return tpy_seq_richcompare(vm, L(a)->items, L(a)->size, L(b)->items, L(b)->size, op);
}

/* ---- subscription -------------------------------------------------------------------------------- */

static intptr_t list_len(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return L(o)->size;
}

static tpy_object *list_slice(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    intptr_t start, stop, step;
    intptr_t n = tpy_slice_adjust(vm, key, L(o)->size, &start, &stop, &step);
    if (n < 0)
        return NULL;
    tpy_object *r = tpy_list_new(vm, (size_t)n);
    for (intptr_t i = 0; r && i < n; i++)
        L(r)->items[i] = tpy_newref(L(o)->items[start + i * step]);
    return r;
}

static tpy_object *list_getitem(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    if (tpy_slice_check(key))
        return list_slice(vm, o, key);
    if (!tpy_has_index(key))
        return tpy_err_format(vm, &tpy_exc_TypeError, "list indices must be integers or slices, not %s",
                              tpy_type_of(key)->name);
    intptr_t i;
    if (tpy_seq_index(vm, key, L(o)->size, "list", &i) < 0)
        return NULL;
    return tpy_newref(L(o)->items[i]);
}

/* Delete the items at start, start+step, ... (n of them). */
static int list_delete_slice(tpy_vm *vm, tpy_list *l, intptr_t start, intptr_t step, intptr_t n)
{
    if (n == 0)
        return 0;
    tpy_object **gone = tpy_vm_malloc(vm, (size_t)n * sizeof *gone);
    if (!gone)
        return -1;
    if (step < 0) {   /* walk it forwards */
        start += step * (n - 1);
        step = -step;
    }
    intptr_t w = start, k = 0;
    for (intptr_t r = start; r < l->size; r++) {
        if (k < n && r == start + k * step)
            gone[k++] = l->items[r];
        else
            l->items[w++] = l->items[r];
    }
    l->size -= n;
    tpy_list_resize(vm, l, l->size);   /* shrinking never fails */
    for (intptr_t i = 0; i < n; i++)
        tpy_decref(vm, gone[i]);
    tpy_vm_free(vm, gone);
    return 0;
}

/* l[start:stop] = seq (step 1): the list grows or shrinks to fit. */
static int list_assign_range(tpy_vm *vm, tpy_list *l, intptr_t start, intptr_t count,
                             tpy_object *const *src, intptr_t m)
{
    intptr_t old = l->size, d = m - count;
    tpy_object *small[16];
    tpy_object **gone = count > 16 ? tpy_vm_malloc(vm, (size_t)count * sizeof *gone) : small;
    if (!gone)
        return -1;
    if (count)
        memcpy(gone, l->items + start, (size_t)count * sizeof *gone);
    if (d > 0 && tpy_list_resize(vm, l, old + d) < 0) {
        if (gone != small)
            tpy_vm_free(vm, gone);
        return -1;
    }
    if (old - start - count > 0)   /* an empty list may have no items block */
        memmove(l->items + start + m, l->items + start + count,
                (size_t)(old - start - count) * sizeof *gone);
    for (intptr_t i = 0; i < m; i++)
        l->items[start + i] = tpy_newref(src[i]);
    if (d < 0)
        tpy_list_resize(vm, l, old + d);
    for (intptr_t i = count - 1; i >= 0; i--)   /* last first, as CPython */
        tpy_decref(vm, gone[i]);
    if (gone != small)
        tpy_vm_free(vm, gone);
    return 0;
}

static int list_assign_slice(tpy_vm *vm, tpy_object *o, tpy_object *key, tpy_object *value)
{
    tpy_list *l = L(o);
    intptr_t start, stop, step;
    intptr_t n = tpy_slice_adjust(vm, key, l->size, &start, &stop, &step);
    if (n < 0)
        return -1;
    if (!value)
        return list_delete_slice(vm, l, start, step, n);
    /* Another exact list or a tuple lends its items: list_assign_range
     * takes every new reference before it drops an old one. */
    if (step == 1 && value != o
        && (tpy_type_of(value) == &tpy_list_type || tpy_type_of(value) == &tpy_tuple_type)) {
        bool is_list = tpy_type_of(value) == &tpy_list_type;
        return list_assign_range(vm, l, start, n,
                                 is_list ? L(value)->items : ((tpy_tuple *)value)->items,
                                 is_list ? L(value)->size : tpy_tuple_len(value));
    }
    /* a copy of the values, so that l[:] = l and iterables both work */
    tpy_object *seq = tpy_sequence_tuple(vm, value);
    if (!seq) {
        if (tpy_err_matches(vm, &tpy_exc_TypeError) && !tpy_type_of(value)->iter) {
            tpy_err_set(vm, &tpy_exc_TypeError, "can only assign an iterable");
        }
        return -1;
    }
    intptr_t m = tpy_tuple_len(seq);
    int r = 0;
    if (step == 1) {
        r = list_assign_range(vm, l, start, n, ((tpy_tuple *)seq)->items, m);
    } else if (m != n) {
        tpy_err_format(vm, &tpy_exc_ValueError,
                       "attempt to assign sequence of size %zd to extended slice of size %zd", m, n);
        r = -1;
    } else {
        for (intptr_t i = 0; i < n; i++) {
            tpy_object *old = l->items[start + i * step];
            l->items[start + i * step] = tpy_newref(tpy_tuple_get(seq, i));
            tpy_decref(vm, old);
        }
    }
    tpy_decref(vm, seq);
    return r;
}

static int list_setitem(tpy_vm *vm, tpy_object *o, tpy_object *key, tpy_object *value)
{
    if (tpy_slice_check(key))
        return list_assign_slice(vm, o, key, value);
    if (!tpy_has_index(key)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "list indices must be integers or slices, not %s",
                       tpy_type_of(key)->name);
        return -1;
    }
    intptr_t i;
    if (tpy_seq_index(vm, key, L(o)->size, value ? "list assignment" : "list assignment", &i) < 0)
        return -1;
    if (!value)
        return list_delete_slice(vm, L(o), i, 1, 1);
    tpy_object *old = L(o)->items[i];
    L(o)->items[i] = tpy_newref(value);
    tpy_decref(vm, old);
    return 0;
}

static int list_contains(tpy_vm *vm, tpy_object *o, tpy_object *item)
{
    for (intptr_t i = 0; i < L(o)->size; i++) {
        tpy_object *x = tpy_newref(L(o)->items[i]);
        int eq = tpy_richcompare_bool(vm, x, item, TPY_EQ);
        tpy_decref(vm, x);
        if (eq)
            return eq;
    }
    return 0;
}

static tpy_object *list_concat(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (!tpy_list_check(b))
        return tpy_err_format(vm, &tpy_exc_TypeError, "can only concatenate list (not \"%s\") to list",
                              tpy_type_of(b)->name);
    intptr_t na = L(a)->size, nb = L(b)->size;
    tpy_object *r = tpy_list_new(vm, (size_t)(na + nb));
    for (intptr_t i = 0; r && i < na + nb; i++)
        L(r)->items[i] = tpy_newref(i < na ? L(a)->items[i] : L(b)->items[i - na]);
    return r;
}

static tpy_object *list_inplace_concat(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (tpy_list_extend(vm, a, b) < 0)
        return NULL;
    return tpy_newref(a);
}

static tpy_object *list_repeat(tpy_vm *vm, tpy_object *o, intptr_t n)
{
    intptr_t len = L(o)->size;
    if (n <= 0 || len == 0)
        return tpy_list_new(vm, 0);
    if (len > INTPTR_MAX / n / (intptr_t)sizeof(tpy_object *))
        return tpy_err_no_memory(vm);
    tpy_object *r = tpy_list_new(vm, (size_t)(len * n));
    for (intptr_t i = 0; r && i < len * n; i++)
        L(r)->items[i] = tpy_newref(L(o)->items[i % len]);
    return r;
}

static tpy_object *list_inplace_repeat(tpy_vm *vm, tpy_object *o, intptr_t n)
{
    tpy_object *r = list_repeat(vm, o, n);
    if (!r)
        return NULL;
    /* swap the arrays: o takes r's items, r dies with o's old ones */
    tpy_list tmp = *L(o);
    L(o)->items = L(r)->items;
    L(o)->size = L(r)->size;
    L(o)->allocated = L(r)->allocated;
    L(r)->items = tmp.items;
    L(r)->size = tmp.size;
    L(r)->allocated = tmp.allocated;
    tpy_decref(vm, r);
    return tpy_newref(o);
}

static const tpy_container_slots list_container = {
    .len = list_len, .getitem = list_getitem, .setitem = list_setitem,
    .contains = list_contains, .concat = list_concat, .inplace_concat = list_inplace_concat,
    .repeat = list_repeat, .inplace_repeat = list_inplace_repeat,
};

/* ---- construction and iteration ----------------------------------------------------------------- */

static tpy_object *list_new_(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    (void)args;
    (void)nargs;
    if (t != &tpy_list_type)
        return tpy_err_set(vm, &tpy_exc_TypeError, "subclasses of list are not supported yet"), NULL;
    if (tpy_arg_nokw(vm, "list", kwnames) < 0 || tpy_arg_count(vm, "list", nargs, 0, 1) < 0)
        return NULL;
    return tpy_list_new(vm, 0);
}

static int list_init(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                     tpy_object *kwnames)
{
    (void)kwnames;
    if (L(self)->size) {   /* list.__init__ clears first */
        list_clear_hook(vm->heap, self);
    }
    return nargs ? tpy_list_extend(vm, self, args[0]) : 0;
}

static tpy_object *list_iter(tpy_vm *vm, tpy_object *o)
{
    return tpy_seqiter_new(vm, &tpy_list_iter_type, o, 0);
}

static tpy_object *list_iter_next(tpy_vm *vm, tpy_object *o)
{
    tpy_seqiter *it = (tpy_seqiter *)o;
    if (!it->seq)
        return NULL;
    if (it->index < L(it->seq)->size)
        return tpy_newref(L(it->seq)->items[it->index++]);
    TPY_CLEAR(vm, it->seq);
    return NULL;
}

static tpy_object *list_reviter_next(tpy_vm *vm, tpy_object *o)
{
    tpy_seqiter *it = (tpy_seqiter *)o;
    if (!it->seq)
        return NULL;
    if (it->index >= 0 && it->index < L(it->seq)->size)
        return tpy_newref(L(it->seq)->items[it->index--]);
    TPY_CLEAR(vm, it->seq);
    return NULL;
}

extern const tpy_method_def tpy_list_methods[];

tpy_type tpy_list_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "list", .basic_size = sizeof(tpy_list), .flags = TPY_OBJ_CONTAINER,
               .freelist_cap = TPY_OBJ_FREELIST_LIST, .destroy = list_destroy,
               .traverse = list_traverse, .clear = list_clear_hook},
    .name = "list",
    .flags = TPY_TF_BASETYPE | TPY_TF_IMMUTABLE | TPY_TF_LIST_SUBCLASS,
    .repr = list_repr,
    .hash = tpy_hash_unhashable,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .new_ = list_new_,
    .init = list_init,
    .container = &list_container,
    .methods = tpy_list_methods,
};

#define SEQITER_LAYOUT(n)                                                             \
    {.name = n, .basic_size = sizeof(tpy_seqiter), .flags = TPY_OBJ_CONTAINER,        \
     .destroy = tpy_seqiter_destroy, .traverse = tpy_seqiter_traverse,                \
     .clear = tpy_seqiter_clear}

tpy_type tpy_list_iter_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = SEQITER_LAYOUT("list_iterator"),
    .name = "list_iterator",
    .iter = tpy_iter_self,
    .next = list_iter_next,
};

tpy_type tpy_list_reviter_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = SEQITER_LAYOUT("list_reverseiterator"),
    .name = "list_reverseiterator",
    .iter = tpy_iter_self,
    .next = list_reviter_next,
};
