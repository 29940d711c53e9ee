/* vm/core/subclasses.c: type.__subclasses__().
 *
 * Every VM keeps an intrusive, doubly linked list of its live heap types
 * in the order they were made (vm->heap_types is the sentinel). A class
 * joins it when it is created and leaves it in its destroy hook, so the
 * list never holds a reference and never stops a class from being freed
 * or collected. __subclasses__ walks the list and keeps the classes whose
 * __bases__ name the receiver: that answers for builtin types too (their
 * subclasses are per VM by construction), without process-wide state. */
#include <stddef.h>

#include "heaptype.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

static tpy_type_link *sentinel(tpy_vm *vm)
{
    tpy_type_link *s = &vm->heap_types;
    if (!s->next)   /* the VM is calloc'ed: the list starts empty on first use */
        s->prev = s->next = s;
    return s;
}

static tpy_heaptype *heaptype_of(tpy_type_link *l)
{
    return (tpy_heaptype *)(void *)((char *)l - offsetof(tpy_heaptype, link));
}

void tpy_subclasses_register(tpy_vm *vm, tpy_heaptype *h)
{
    tpy_type_link *s = sentinel(vm);
    h->link.prev = s->prev;
    h->link.next = s;
    s->prev->next = &h->link;
    s->prev = &h->link;
}

void tpy_subclasses_unregister(tpy_heaptype *h)
{
    if (!h->link.next)
        return;
    h->link.prev->next = h->link.next;
    h->link.next->prev = h->link.prev;
    h->link.prev = h->link.next = NULL;
}

void tpy_subclasses_fini(tpy_vm *vm)
{
    tpy_type_link *s = sentinel(vm);
    while (s->next != s)
        tpy_subclasses_unregister(heaptype_of(s->next));
}

static bool has_base(const tpy_type *t, const tpy_type *base)
{
    if (!t->bases)
        return t->base == base;
    intptr_t n = tpy_tuple_len(t->bases);
    for (intptr_t i = 0; i < n; i++)
        if (tpy_tuple_get(t->bases, i) == &base->ob)
            return true;
    return false;
}

tpy_object *tpy_type_subclasses(tpy_vm *vm, tpy_type *t)
{
    tpy_object *list = tpy_list_new(vm, 0);
    if (!list)
        return NULL;
    tpy_type_link *s = sentinel(vm);
    for (tpy_type_link *l = s->next; l != s; l = l->next) {
        tpy_type *sub = &heaptype_of(l)->type;
        if (sub->ob.refcnt > 0 && has_base(sub, t) && tpy_list_append(vm, list, tpy_newref(&sub->ob)) < 0) {
            tpy_decref(vm, list);
            return NULL;
        }
    }
    return list;
}
