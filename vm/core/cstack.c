/* vm/core/cstack.c: how much C stack the running thread has left.
 *
 * Python-to-Python calls use the VM's own frame stack, but every path
 * through C (repr, comparison, a builtin calling back into Python, a C
 * entry into the eval loop) also uses the thread's C stack. The recursion
 * limit alone cannot protect it: sys.setrecursionlimit(10**6) lets such a
 * path recurse far past 8 MiB. So the recursion guards also stop when the
 * C stack is nearly spent, with the same RecursionError. */
#include "vm.h"

#include <pthread.h>
#include <stdint.h>

/* Kept free below the guard: what the deepest C path between two checks
 * may use (an eighth of the stack, at least 256 KiB, at most half). */
static uintptr_t stack_floor_of_thread(void)
{
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return 1;
    int r = pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    if (r != 0 || size == 0)
        return 1;
    size_t margin = size / 8 < 256 * 1024 ? 256 * 1024 : size / 8;
    if (margin > size / 2)
        margin = size / 2;
    return (uintptr_t)addr + margin;
}

/* The stack grows down on every platform tierpy builds for (x86-64, arm64). */
_Thread_local uintptr_t tpy_cstack_floor;

bool tpy_cstack_low_first(void)
{
    char here;
    tpy_cstack_floor = stack_floor_of_thread();
    return (uintptr_t)&here < tpy_cstack_floor;
}
