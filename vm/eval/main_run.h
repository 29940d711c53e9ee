/* vm/eval/main_run.h: what the `tierpy` command asks of the runtime, in
 * plain C types (vm/main.c includes the compiler's headers, which cannot
 * meet the object model's: see load.h). */
#ifndef TIERPY_VM_EVAL_MAIN_RUN_H
#define TIERPY_VM_EVAL_MAIN_RUN_H

#include <stdbool.h>

typedef enum tpy_memstats_mode { TPY_MEMSTATS_OFF, TPY_MEMSTATS_TABLE, TPY_MEMSTATS_JSON } tpy_memstats_mode;

typedef struct tpy_main_options {
    const char *path;        /* the script, or NULL with command */
    const char *command;     /* -c CODE, or NULL */
    const char *module;      /* -m MODULE, or NULL */
    bool dont_write_bytecode; /* -B: imports write no cache files (sys.dont_write_bytecode) */
    int argc;                /* sys.argv */
    char **argv;
    bool write_cache;        /* not -B */
    const char *malloc_name; /* -X malloc=NAME, or NULL: the process default */
    tpy_memstats_mode memstats;
    tpy_memstats_mode gcstats;  /* -X gcstats[=json]: the collector's statistics at exit */
} tpy_main_options;

/* Make a VM, run the program, tear the VM down: the exit status. */
int tpy_main_run(const tpy_main_options *o);

#endif
