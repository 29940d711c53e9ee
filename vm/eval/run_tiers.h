/* vm/eval/run_tiers.h: the -X switches of the benchmark harness for
 * `tierpy` (docs/benchmarks.md): tiers on or off, the collector's settings,
 * the allocation trace and the pause log. tpy_main_run calls them in order. */
#ifndef TIERPY_VM_EVAL_RUN_TIERS_H
#define TIERPY_VM_EVAL_RUN_TIERS_H

#include "main_run.h"
#include "vm.h"

/** -X pool=, -X freelists= into the VM's configuration. */
void tpy_main_tiers_config(const tpy_main_options *o, tpy_vm_config *cfg);

/** Once the VM exists: -X gc=off, -X gcthreshold=, and open -X tracealloc=
 *  and -X gcpauses= files. 0, or -1 with a message on stderr. */
int tpy_main_tiers_start(tpy_vm *vm, const tpy_main_options *o);

/** The program is done: teardown's collections are not the program's pauses
 *  (CPython's are not timed either), so the pause log stops here. */
void tpy_main_tiers_program_done(tpy_vm *vm);

/** After the VM is deleted: close the trace and the pause log. 0, or -1
 *  with a message when a file could not be written. */
int tpy_main_tiers_finish(void);

#endif
