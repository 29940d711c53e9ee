/* vm/eval/failalloc.h: `tierpy -X failalloc=N[:every]`: one fault plan
 * over every allocator and heap a running VM takes memory from, armed once
 * the runtime has started and disarmed before it is torn down. */
#ifndef TIERPY_VM_EVAL_FAILALLOC_H
#define TIERPY_VM_EVAL_FAILALLOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <tierpy/mem.h>

#include "vm.h"

/**
 * @brief Arm the process's fault plan on layer1's default allocator, on
 * @p mem (the VM's own layer1 allocator, or NULL) and on @p vm's layer2 heap:
 * the @p nth request counted from now fails (with @p every, each one from
 * the nth on); @p nth = 0 only counts.
 */
void tpy_failalloc_arm(tpy_vm *vm, tpy_mem_allocator *mem, uint64_t nth, bool every);

/** @brief Detach the plan from all that tpy_failalloc_arm() attached it to. */
void tpy_failalloc_disarm(tpy_vm *vm, tpy_mem_allocator *mem);

/**
 * @brief The plan's counts as a JSON object, `{"nth": N, "every": B,
 * "requests": R, "injected": K}`, or `null` when it was never armed.
 * @return what snprintf returns.
 */
int tpy_failalloc_json(char *buf, size_t size);

#endif
