/* tests/vm-gc: what the collector's tests share on top of tests/vm-core's
 * set-up (a VM per test on a debug allocator, every tier checked at the
 * end): snapshots of each tier's live counts, and a test type with a
 * finalizer. */
#ifndef TIERPY_TEST_VM_GC_HELPERS_H
#define TIERPY_TEST_VM_GC_HELPERS_H

#include "../vm-core/helpers.h"
#include "gc.h"

/* Live counts of every tier the VM's objects use: layer3 objects, layer2
 * blocks (0 when layer2 is off), layer1 blocks of the VM's allocator
 * (less one descriptor per layer2 arena: those are the pool's, and it may
 * keep an empty arena cached). Free lists are emptied first, so that a
 * count is the objects alive; every builtin type is registered in the heap
 * and the names the tests use are interned before counting. */
typedef struct tiers {
    size_t objects, pool_blocks, mem_blocks;
} tiers;
tiers g_tiers(void);
/* Assert every tier is back to `before`. */
void g_assert_tiers(tiers before);
/* Live objects of layer3 now (free lists not touched). */
size_t g_live(void);

/* A container with two references and a finalizer that counts its calls
 * and, when `resurrect` is set, stores the object in g_saved (a list).
 * Its destroy hook calls the finalizer first, as the runtime's instances
 * will (tpy_gc_call_finalizer; a resurrected object is tracked again). */
typedef struct gfin {
    tpy_object ob;
    tpy_object *a, *b;
    int resurrect;
} gfin;
extern tpy_type g_fin_type;
extern int g_finalized;      /* finalizer calls so far */
extern tpy_object *g_saved;  /* list, made by g_fin_reset */
void g_fin_reset(void);
tpy_object *g_fin_new(void);

/* A list [item] (item taken). */
tpy_object *g_list1(tpy_object *item);

#endif
