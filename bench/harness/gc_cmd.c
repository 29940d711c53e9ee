/* bench/harness/gc_cmd.c: `gc`, pause distributions of the cycle
 * collector. It needs what is not built yet: an interpreter that runs
 * programs and a gc module whose callbacks time each collection. Until
 * then it says so and exits 2, as a subcommand that needs a missing part
 * does. */
#include "harness.h"

#include <stdio.h>

int cmd_gc(bench_opts *o)
{
    (void)o;
    fprintf(stderr,
            "tierpy-bench gc: not available yet: it needs the VM's cycle collector and its\n"
            "gc module (gc.callbacks to time each collection). It will run\n"
            "bench/programs/gc_collect.py and gc_traversal.py and draw pause histograms.\n");
    return EXIT_USAGE;
}
