/* bench/harness/meta.h: what a result file says about where it came from:
 * the machine, the commit, the configuration, so that two files can be
 * compared knowingly. */
#ifndef TPY_BENCH_META_H
#define TPY_BENCH_META_H

#include "json.h"

/** Write "machine" (host, cpu, cores, memory, kernel, compiler), "commit"
 *  (the source tree's HEAD, "+dirty" when it has changes) and "date"
 *  members into an open JSON object. */
void meta_write_json(json_writer *w);

/** One line for a table header: "cpu model, N cores, commit abc123". */
void meta_summary(char *buf, size_t size);

#endif
