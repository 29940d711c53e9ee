/* bench/harness/progress.h: a progress line on stderr, shown only once a
 * run has lasted a few seconds (short runs stay quiet). On a terminal the
 * line is rewritten in place; otherwise a line is printed every few
 * seconds, so a log shows the run is alive. */
#ifndef TPY_BENCH_PROGRESS_H
#define TPY_BENCH_PROGRESS_H

#include <stddef.h>

void progress_start(const char *what, size_t total);
/** Step done of total is starting; label says what it is. */
void progress_step(size_t done, const char *label);
/** Clear the line. */
void progress_end(void);

#endif
