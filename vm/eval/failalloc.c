/* vm/eval/failalloc.c: the fault plan of `tierpy -X failalloc=N[:every]`.
 *
 * One plan is shared by layer1's default allocator (the compiler, layer2's
 * large blocks and bookkeeping), the VM's own layer1 allocator when
 * -X malloc= made one, and the VM's layer2 heap (its small blocks), so the
 * nth request is the nth of the run whichever tier serves it. Requests
 * served from layer3's free lists reach no tier and are not counted.
 * Start-up (builtins, sys) is not counted: the plan is armed after it. */
#include "failalloc.h"

#include <stdio.h>

#include <tierpy/pool.h>

/* The tierpy command runs one VM; the plan is that run's. */
static tpy_mem_faults plan;
static bool armed_once;

void tpy_failalloc_arm(tpy_vm *vm, tpy_mem_allocator *mem, uint64_t nth, bool every)
{
    plan = (tpy_mem_faults){.nth = nth, .every = every};
    armed_once = true;
    tpy_mem_set_faults(NULL, &plan);
    if (mem)
        tpy_mem_set_faults(mem, &plan);
    tpy_pool *p = tpy_obj_heap_pool(vm->heap);
    if (p)
        tpy_pool_set_faults(p, &plan);
}

void tpy_failalloc_disarm(tpy_vm *vm, tpy_mem_allocator *mem)
{
    tpy_mem_set_faults(NULL, NULL);
    if (mem)
        tpy_mem_set_faults(mem, NULL);
    tpy_pool *p = tpy_obj_heap_pool(vm->heap);
    if (p)
        tpy_pool_set_faults(p, NULL);
}

int tpy_failalloc_json(char *buf, size_t size)
{
    if (!armed_once)
        return snprintf(buf, size, "null");
    return snprintf(buf, size,
                    "{\"nth\": %llu, \"every\": %s, \"requests\": %llu, \"injected\": %llu}",
                    (unsigned long long)plan.nth, plan.every ? "true" : "false",
                    (unsigned long long)plan.requests, (unsigned long long)plan.injected);
}
