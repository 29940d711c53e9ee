/* vm/gc/untrack.c: lazy untracking, CPython's way of keeping objects
 * that can never be part of a cycle off the collector's lists.
 *
 * - A tuple is tracked at birth (its items are filled after allocation)
 *   and leaves the lists during a collection once all its items are
 *   atomic; being immutable, it never needs tracking again.
 * - An exact dict is born untracked; tpy_dict_set_hashed tracks it when a
 *   key or value that may be tracked is stored, and a full collection
 *   untracks a surviving exact dict whose entries all are atomic.
 *
 * "Atomic" is !tpy_gc_may_be_tracked: not a container, an immortal one,
 * or an untracked exact tuple. An untracked dict is not atomic: it may be
 * tracked later without its holders knowing.
 *
 * The survivors are decided inside move_unreachable's walk, each as the
 * cursor keeps it (a pass over the heap saved), in the order of the
 * finished list: each sees the survivors before it decided, as a pass
 * after the walk would. An item tuple found atomic on the way is
 *   - behind the cursor, or no member: unlinked at once (its prev is a
 *     link; move_unreachable's last_kept copes with its own tail going);
 *   - not kept yet (its prev holds refs, or it is still in `unreachable`):
 *     marked reachable and due (refs TPY_GC_REFS_UNTRACK), counted as
 *     untracked from then on, and unlinked when the cursor reaches it. */
#include "gc_internal.h"
#include "types.h"

/* How deep a nest of tuples one collection untracks at once. */
#define NESTED_TUPLE_DEPTH 8

/* A member ahead of move_unreachable's cursor found atomic: its refs
 * (above any count) say that it leaves the lists at its turn. */
static bool untrack_due(const tpy_gc_head *g)
{
    return tpy_gc_is_collecting(g) && tpy_gc_refs(g) == TPY_GC_REFS_UNTRACK;
}

/* During move_unreachable, a member due to leave counts as untracked. */
bool tpy_gc_may_be_tracked(const tpy_object *o)
{
    const tpy_gc_head *g = tpy_gc_head_of(o);
    if (!g)
        return false;
    if (g->next == 0)
        return tpy_type_of(o) != &tpy_tuple_type;
    return !untrack_due(g);
}

/* Untrack item tuple `g`, or, if the walk has not kept it yet (its prev
 * holds refs, or links `unreachable`), make it due to leave at its turn:
 * it is reachable, through the survivor being decided. */
static void untrack_item(tpy_gc_head *g, tpy_gc_head *young)
{
    if (tpy_gc_is_collecting(g)) {
        tpy_gc_mark_reachable(g, young);
        tpy_gc_set_refs(g, TPY_GC_REFS_UNTRACK);
    } else {
        tpy_gc_list_remove(g);
    }
}

/* True if every item of tuple `t` is atomic. Item tuples that are atomic
 * in turn are untracked on the way (to a bounded depth): a nest of
 * constant tuples leaves the lists in one collection, as in CPython,
 * where the inner tuples, made first, come first on the list. */
static bool tuple_items_atomic(const tpy_object *t, int depth, tpy_gc_head *young)
{
    for (intptr_t i = 0; i < tpy_tuple_len(t); i++) {
        tpy_object *item = tpy_tuple_get(t, i);
        if (!item)   /* still being filled */
            return false;
        if (!tpy_gc_may_be_tracked(item))
            continue;
        if (depth == 0 || tpy_type_of(item) != &tpy_tuple_type ||
            !tuple_items_atomic(item, depth - 1, young))
            return false;
        untrack_item(TPY_GC_HEAD(item), young);
    }
    return true;
}

static bool dict_is_atomic(const tpy_object *d)
{
    intptr_t n;
    const tpy_dict_entry *e = tpy_dict_entries(d, &n);
    for (intptr_t i = 0; i < n; i++)
        if (e[i].key && (tpy_gc_may_be_tracked(e[i].key) || tpy_gc_may_be_tracked(e[i].value)))
            return false;
    return true;
}

void tpy_dict_track_if_needed(tpy_vm *vm, tpy_object *d)
{
    if (tpy_gc_is_tracked(d))
        return;
    intptr_t n;
    const tpy_dict_entry *e = tpy_dict_entries(d, &n);
    for (intptr_t i = 0; i < n; i++)
        if (e[i].key && (tpy_gc_may_be_tracked(e[i].key) || tpy_gc_may_be_tracked(e[i].value))) {
            tpy_gc_track(vm, d);
            return;
        }
}

void tpy_dict_maybe_untrack(tpy_object *d)
{
    if (tpy_type_of(d) == &tpy_dict_type && tpy_gc_is_tracked(d) && dict_is_atomic(d))
        tpy_gc_list_remove(TPY_GC_HEAD(d));
}

/* Called by move_unreachable on each survivor `o` as its cursor keeps
 * it, its referents marked: the survivors are decided in the order of
 * the finished list, each seeing the ones before it already untracked.
 * Tuples always; exact dicts in full collections only, as CPython does
 * (bpo-14775: untracking dicts in young collections made building a big
 * dict of dicts quadratic). The caller unlinks `o` when this is true. */
bool tpy_gc_survivor_is_atomic(const tpy_object *o, bool dicts, tpy_gc_head *young)
{
    if (untrack_due(TPY_GC_HEAD(o)))
        return true;
    const tpy_type *t = tpy_type_of(o);
    return (t == &tpy_tuple_type && tuple_items_atomic(o, NESTED_TUPLE_DEPTH, young)) ||
           (dicts && t == &tpy_dict_type && dict_is_atomic(o));
}
