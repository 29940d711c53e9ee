/* vm/types/iter.c: the iterator shared by index-addressed sequences. It
 * owns its sequence until exhausted, then drops it (as CPython's do), so
 * an exhausted iterator keeps nothing alive. */
#include "abstract.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

tpy_object *tpy_seqiter_new(tpy_vm *vm, tpy_type *type, tpy_object *seq, intptr_t start)
{
    tpy_seqiter *it = (tpy_seqiter *)tpy_alloc(vm, type);
    if (!it)
        return NULL;
    it->index = start;
    it->seq = tpy_newref(seq);
    return (tpy_object *)it;
}

int tpy_seqiter_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    tpy_object *seq = ((tpy_seqiter *)o)->seq;
    return seq ? visit(seq, arg) : 0;
}

void tpy_seqiter_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_seqiter *it = (tpy_seqiter *)o;
    tpy_object *seq = it->seq;
    it->seq = NULL;
    tpy_xdecref_heap(heap, seq);
}

void tpy_seqiter_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_seqiter_clear(heap, o);
    tpy_obj_free(heap, o);
}

tpy_object *tpy_iter_self(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_newref(o);
}
