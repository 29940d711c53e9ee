/* vm/eval/cell.c: cells, the boxes that closures share a variable through.
 *
 * A function's CELL slot holds a cell (MAKECELL makes it on entry); its
 * inner functions receive the same cell in their closure tuple and copy it
 * into their FREE slots (COPYFREE). Reads and writes go through the cell. */
#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define CELL(o) ((tpy_cell *)(o))

tpy_object *tpy_cell_new(tpy_vm *vm, tpy_object *ref)
{
    tpy_cell *c = (tpy_cell *)tpy_alloc(vm, &tpy_cell_type);
    if (!c)
        return NULL;
    c->ref = ref ? tpy_newref(ref) : NULL;
    return &c->ob;
}

static int cell_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    return CELL(o)->ref ? visit(CELL(o)->ref, arg) : 0;
}

static void cell_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_object *r = CELL(o)->ref;
    CELL(o)->ref = NULL;
    tpy_xdecref_heap(heap, r);
}

static void cell_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    cell_clear(heap, o);
    tpy_obj_free(heap, o);
}

static tpy_object *cell_repr(tpy_vm *vm, tpy_object *o)
{
    tpy_object *r = CELL(o)->ref;
    if (!r)
        return tpy_str_format(vm, "<cell at %p: empty>", (void *)o);
    return tpy_str_format(vm, "<cell at %p: %s object at %p>", (void *)o, tpy_type_of(r)->name,
                          (void *)r);
}

static tpy_object *cell_get_contents(tpy_vm *vm, tpy_object *o)
{
    if (!CELL(o)->ref)
        return tpy_err_format(vm, &tpy_exc_ValueError, "Cell is empty");
    return tpy_newref(CELL(o)->ref);
}

static int cell_set_contents(tpy_vm *vm, tpy_object *o, tpy_object *v)
{
    TPY_SETREF(vm, CELL(o)->ref, v ? tpy_newref(v) : NULL);
    return 0;
}

static const tpy_getset_def cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

tpy_type tpy_cell_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "cell", .basic_size = sizeof(tpy_cell), .flags = TPY_OBJ_CONTAINER,
               .destroy = cell_destroy, .traverse = cell_traverse, .clear = cell_clear},
    .name = "cell",
    .repr = cell_repr,
    .hash = tpy_hash_unhashable,
    .getsets = cell_getsets,
};
