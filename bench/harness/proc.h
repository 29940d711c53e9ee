/* bench/harness/proc.h: run a child process and measure it: its output,
 * its exit status, its wall time and its peak resident set (wait4's
 * ru_maxrss, so only the child is counted, never the harness). */
#ifndef TPY_BENCH_PROC_H
#define TPY_BENCH_PROC_H

#include <stddef.h>

typedef struct proc_result {
    char *out, *err;      /* what it wrote, NUL-terminated (malloc'd) */
    size_t out_len, err_len;
    int status;           /* exit code; 128 + signal when killed by one; -1: did not start */
    double seconds;       /* wall time from fork to exit */
    double maxrss_mib;    /* peak RSS */
} proc_result;

/** Run argv (argv[0] looked up in PATH) with extra environment entries
 *  "NAME=VALUE" (env may be NULL), in directory cwd (NULL: the
 *  harness's), stdin from /dev/null. -1 only when the harness itself
 *  fails (pipes, fork); a child that cannot be executed returns 0 with
 *  status 127 and the reason in err. */
int proc_run(char *const argv[], char *const env[], const char *cwd, proc_result *r);
void proc_result_free(proc_result *r);

/** The first line of text that says what went wrong: the first line,
 *  unless it is a traceback's header, then the last non-empty line (the
 *  exception). Written into buf. */
void proc_failure_line(const char *text, char *buf, size_t size);

#endif
