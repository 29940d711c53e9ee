/* vm/types/weakref.c: weak references and weak proxies (see weakref.h).
 *
 * List order follows CPython's, so that callbacks run in the same order:
 * the shared basic ref (no callback) first, then the shared basic proxy,
 * then the references with callbacks, newest first. */
#include "weakref.h"

#include "abstract.h"
#include "error.h"
#include "gc.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define WR(o) ((tpy_weakref *)(o))

/* ---- the referent's list --------------------------------------------------------------- */

static tpy_weakref **list_of(tpy_object *o)
{
    size_t off = tpy_type_of(o)->weaklist_offset;
    return off ? (tpy_weakref **)((char *)o + off) : NULL;
}

static void unlink_ref(tpy_weakref *wr)
{
    if (!wr->referent)
        return;
    tpy_weakref **head = list_of(wr->referent);
    if (*head == wr)
        *head = wr->next;
    if (wr->prev)
        wr->prev->next = wr->next;
    if (wr->next)
        wr->next->prev = wr->prev;
    wr->prev = wr->next = NULL;
    wr->referent = NULL;
}

static void insert_after(tpy_weakref **head, tpy_weakref *after, tpy_weakref *wr)
{
    if (!after) {
        wr->prev = NULL;
        wr->next = *head;
        if (*head)
            (*head)->prev = wr;
        *head = wr;
        return;
    }
    wr->prev = after;
    wr->next = after->next;
    if (after->next)
        after->next->prev = wr;
    after->next = wr;
}

/* The shared basic ref and proxy (no callback, exact type), if any. */
static void find_basic(tpy_weakref *head, tpy_weakref **ref, tpy_weakref **proxy)
{
    *ref = *proxy = NULL;
    if (head && !head->callback && head->ob.type == &tpy_weakref_type.layout) {
        *ref = head;
        head = head->next;
    }
    if (head && !head->callback && (head->ob.type == &tpy_weakproxy_type.layout ||
                                    head->ob.type == &tpy_weakcallableproxy_type.layout))
        *proxy = head;
}

static tpy_object *make(tpy_vm *vm, tpy_type *t, tpy_object *o, tpy_object *callback)
{
    tpy_weakref **head = list_of(o);
    if (!head || tpy_obj_is_immortal(o))
        return tpy_err_format(vm, &tpy_exc_TypeError, "cannot create weak reference to '%s' object",
                              tpy_type_of(o)->name);
    if (callback == TPY_NONE)
        callback = NULL;
    tpy_weakref *basic_ref, *basic_proxy;
    find_basic(*head, &basic_ref, &basic_proxy);
    if (!callback && t == &tpy_weakref_type && basic_ref)
        return tpy_newref(&basic_ref->ob);
    bool is_proxy = t != &tpy_weakref_type;
    if (!callback && is_proxy && basic_proxy)
        return tpy_newref(&basic_proxy->ob);
    tpy_weakref *wr = (tpy_weakref *)tpy_alloc(vm, t);
    if (!wr)
        return NULL;
    wr->referent = o;
    wr->callback = callback ? tpy_newref(callback) : NULL;
    wr->hash = -1;
    tpy_weakref *after = is_proxy || callback ? basic_ref : NULL;
    if (callback && basic_proxy)
        after = basic_proxy;
    insert_after(head, after, wr);
    return &wr->ob;
}

tpy_object *tpy_weakref_new(tpy_vm *vm, tpy_object *o, tpy_object *callback)
{
    return make(vm, &tpy_weakref_type, o, callback);
}

/* A proxy to a callable is a CallableProxyType (CPython's split). */
tpy_object *tpy_weakproxy_new(tpy_vm *vm, tpy_object *o, tpy_object *callback)
{
    bool callable = tpy_type_of(o)->call != NULL;
    return make(vm, callable ? &tpy_weakcallableproxy_type : &tpy_weakproxy_type, o, callback);
}

tpy_object *tpy_weakref_get(tpy_object *wr)
{
    return WR(wr)->referent;
}

intptr_t tpy_weakref_count(tpy_object *o)
{
    tpy_weakref **head = list_of(o);
    intptr_t n = 0;
    for (tpy_weakref *wr = head ? *head : NULL; wr; wr = wr->next)
        n++;
    return n;
}

tpy_object *tpy_weakref_list(tpy_vm *vm, tpy_object *o)
{
    tpy_object *l = tpy_list_new(vm, 0);
    tpy_weakref **head = list_of(o);
    for (tpy_weakref *wr = head ? *head : NULL; l && wr; wr = wr->next)
        if (tpy_list_append(vm, l, tpy_newref(&wr->ob)) < 0)
            TPY_CLEAR(vm, l);
    return l;
}

/* ---- the referent dies: the collector's hooks ------------------------------------------- */

/* Clear every reference to `o`; those with a callback that are not garbage
 * of the running collection go to `pending` (their callbacks run later,
 * when every reference is cleared and nothing can reach `o`). */
static int clear_refs(tpy_vm *vm, tpy_object *o, tpy_object *pending)
{
    tpy_weakref **head = list_of(o);
    int status = 0;
    while (head && *head) {
        tpy_weakref *wr = *head;
        unlink_ref(wr);
        if (!wr->callback)
            continue;
        /* Garbage itself: never called (CPython). The callback stays until
         * the reference's clear hook: dropping it here could free garbage
         * (the referent included) in the middle of this walk, and CPython
         * counts it among the collected objects. */
        if (tpy_gc_in_collected_set(&wr->ob))
            continue;
        if (pending && tpy_list_append(vm, pending, tpy_newref(&wr->ob)) < 0)
            status = -1;
    }
    return status;
}

/* callback(wr), once: the callback is taken from the reference first. */
static void call_callback(tpy_vm *vm, tpy_object *o)
{
    tpy_weakref *wr = WR(o);
    tpy_object *cb = wr->callback;
    if (!cb)
        return;
    wr->callback = NULL;
    if (!vm->eval) {   /* the runtime is gone (VM deletion): no code can run */
        tpy_decref(vm, cb);
        return;
    }
    tpy_object *saved = tpy_err_fetch(vm);
    tpy_object *r = tpy_call(vm, cb, &o, 1, NULL);
    if (r)
        tpy_decref(vm, r);
    else
        tpy_gc_write_unraisable(vm, NULL, cb);
    tpy_decref(vm, cb);
    tpy_err_restore(vm, saved);
}

static const tpy_gc_weakref_ops ops = {clear_refs, call_callback};

/* ---- the weak reference object ------------------------------------------------------------ */

static int wr_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    return WR(o)->callback ? visit(WR(o)->callback, arg) : 0;
}

/* As CPython's gc_clear of a weakref: it stops referring and drops its
 * callback. */
static void wr_clear(tpy_obj_heap *heap, tpy_object *o)
{
    unlink_ref(WR(o));
    tpy_object *cb = WR(o)->callback;
    WR(o)->callback = NULL;
    tpy_xdecref_heap(heap, cb);
}

static void wr_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    wr_clear(heap, o);
    tpy_obj_free(heap, o);
}

static tpy_object *wr_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                          tpy_object *kwnames)
{
    (void)t;
    if (tpy_arg_nokw(vm, "weakref", kwnames) < 0 || tpy_arg_count(vm, "__new__", nargs, 1, 2) < 0)
        return NULL;
    return tpy_weakref_new(vm, args[0], nargs == 2 ? args[1] : NULL);
}

static tpy_object *wr_call(tpy_vm *vm, tpy_object *o, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "weakref", nargs, kwnames) < 0)
        return NULL;
    return tpy_newref(WR(o)->referent ? WR(o)->referent : TPY_NONE);
}

static tpy_object *wr_repr(tpy_vm *vm, tpy_object *o)
{
    tpy_object *r = WR(o)->referent;
    if (!r)
        return tpy_str_format(vm, "<weakref at %p; dead>", (void *)o);
    return tpy_str_format(vm, "<weakref at %p; to '%s' at %p>", (void *)o, tpy_type_of(r)->name,
                          (void *)r);
}

/* The referent's hash, kept so that a dead reference still hashes (a key
 * of a dict must); TypeError if it died before being hashed. */
static tpy_hash_t wr_hash(tpy_vm *vm, tpy_object *o)
{
    tpy_weakref *wr = WR(o);
    if (wr->hash != -1)
        return wr->hash;
    if (!wr->referent) {
        tpy_err_set(vm, &tpy_exc_TypeError, "weak object has gone away");
        return -1;
    }
    return wr->hash = tpy_hash(vm, wr->referent);
}

/* Two live references compare as their referents; otherwise identity. */
static tpy_object *wr_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if ((op != TPY_EQ && op != TPY_NE) || tpy_type_of(b) != &tpy_weakref_type)
        return tpy_newref(TPY_NOT_IMPLEMENTED);
    tpy_object *x = WR(a)->referent, *y = WR(b)->referent;
    if (!x || !y) {
        bool same = a == b;
        return tpy_newref(tpy_bool(op == TPY_EQ ? same : !same));
    }
    return tpy_richcompare(vm, x, y, op);
}

static tpy_object *wr_get_callback(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_newref(WR(o)->callback ? WR(o)->callback : TPY_NONE);
}

static const tpy_getset_def wr_getsets[] = {
    {"__callback__", wr_get_callback, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_weakref_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "weakref", .basic_size = sizeof(tpy_weakref), .flags = TPY_OBJ_CONTAINER,
               .destroy = wr_destroy, .traverse = wr_traverse, .clear = wr_clear},
    .name = "weakref.ReferenceType",
    .repr = wr_repr,
    .hash = wr_hash,
    .richcompare = wr_richcompare,
    .call = wr_call,
    .new_ = wr_new,
    .getsets = wr_getsets,
};

/* ---- the proxy ------------------------------------------------------------------------------ */

/* The live referent, or NULL with ReferenceError. */
static tpy_object *proxy_target(tpy_vm *vm, tpy_object *p)
{
    tpy_object *r = WR(p)->referent;
    if (!r)
        tpy_err_set(vm, &tpy_exc_ReferenceError, "weakly-referenced object no longer exists");
    return r;
}

static tpy_object *proxy_getattr(tpy_vm *vm, tpy_object *p, tpy_object *name)
{
    tpy_object *r = proxy_target(vm, p);
    return r ? tpy_getattr(vm, r, name) : NULL;
}

static int proxy_setattr(tpy_vm *vm, tpy_object *p, tpy_object *name, tpy_object *value)
{
    tpy_object *r = proxy_target(vm, p);
    return r ? tpy_setattr(vm, r, name, value) : -1;
}

static tpy_object *proxy_str(tpy_vm *vm, tpy_object *p)
{
    tpy_object *r = proxy_target(vm, p);
    return r ? tpy_str(vm, r) : NULL;
}

static tpy_object *proxy_repr(tpy_vm *vm, tpy_object *p)
{
    tpy_object *r = WR(p)->referent;
    if (!r)
        return tpy_str_format(vm, "<weakproxy at %p; dead>", (void *)p);
    return tpy_str_format(vm, "<weakproxy at %p; to '%s' at %p>", (void *)p, tpy_type_of(r)->name,
                          (void *)r);
}

static tpy_object *proxy_call(tpy_vm *vm, tpy_object *p, tpy_object *const *args, size_t nargs,
                              tpy_object *kwnames)
{
    tpy_object *r = proxy_target(vm, p);
    return r ? tpy_call(vm, r, args, nargs, kwnames) : NULL;
}

static tpy_object *proxy_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    tpy_object *r = proxy_target(vm, a);
    if (!r)
        return NULL;
    tpy_type *bt = tpy_type_of(b);
    if ((bt == &tpy_weakproxy_type || bt == &tpy_weakcallableproxy_type) &&
        !(b = proxy_target(vm, b)))
        return NULL;
    return tpy_richcompare(vm, r, b, op);
}

extern tpy_type tpy_weakcallableproxy_type;

static tpy_object *proxy_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    (void)t, (void)args, (void)nargs, (void)kwnames;
    return tpy_err_format(vm, &tpy_exc_TypeError, "cannot create 'weakref.ProxyType' instances");
}

tpy_type tpy_weakproxy_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "weakproxy", .basic_size = sizeof(tpy_weakref), .flags = TPY_OBJ_CONTAINER,
               .destroy = wr_destroy, .traverse = wr_traverse, .clear = wr_clear},
    .name = "weakref.ProxyType",
    .repr = proxy_repr,
    .str = proxy_str,
    .hash = tpy_hash_unhashable,
    .richcompare = proxy_richcompare,
    .getattr = proxy_getattr,
    .setattr = proxy_setattr,
    .new_ = proxy_new,
};

tpy_type tpy_weakcallableproxy_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "weakcallableproxy", .basic_size = sizeof(tpy_weakref),
               .flags = TPY_OBJ_CONTAINER, .destroy = wr_destroy, .traverse = wr_traverse,
               .clear = wr_clear},
    .name = "weakref.CallableProxyType",
    .repr = proxy_repr,
    .str = proxy_str,
    .hash = tpy_hash_unhashable,
    .richcompare = proxy_richcompare,
    .getattr = proxy_getattr,
    .setattr = proxy_setattr,
    .call = proxy_call,
    .new_ = proxy_new,
};

/* ---- set-up --------------------------------------------------------------------------------- */

void tpy_weakref_process_init(void)
{
    static tpy_type *const types[] = {&tpy_weakref_type, &tpy_weakproxy_type,
                                      &tpy_weakcallableproxy_type};
    tpy_types_register(types, sizeof types / sizeof types[0]);
    tpy_gc_set_weakref_ops(&ops);
}
