/* vm/eval/libpath.h: where the bundled Python modules (lib/) live. */
#ifndef TPY_EVAL_LIBPATH_H
#define TPY_EVAL_LIBPATH_H

#include <stdbool.h>
#include <stddef.h>

/**
 * @brief The directory of the bundled Python modules, for sys.path.
 *
 * $TIERPY_LIB when set; else the source tree's lib/ when this tierpy runs
 * from the build tree that compiled it; else the installed
 * <datadir>/tierpy/lib; else the source tree's lib/ if it exists.
 *
 * @param buf   receives the path, NUL-terminated
 * @param size  size of @p buf in bytes
 * @return true when a directory was found and fits in @p buf
 */
bool tpy_lib_dir(char *buf, size_t size);

#endif
