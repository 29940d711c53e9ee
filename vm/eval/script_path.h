/* vm/eval/script_path.h: what `tierpy PATH` says when PATH cannot be read
 * as a script, in CPython's words. */
#ifndef TIERPY_VM_EVAL_SCRIPT_PATH_H
#define TIERPY_VM_EVAL_SCRIPT_PATH_H

#include <stddef.h>

/**
 * @brief Explain why the script @p path could not be opened.
 *
 * A directory holding `__main__.py` is runnable, as with CPython: its
 * path goes to @p main_py and the result is 0. Otherwise the report goes
 * to stderr with the path made absolute as CPython shows it: "can't find
 * '__main__' module in 'DIR'" (status 1) for another directory, "can't
 * open file 'PATH': [Errno N] reason" (status 2) for the rest.
 * @return 0 (run @p main_py instead), or the exit status.
 */
int tpy_script_unopenable(const char *path, char *main_py, size_t size);

#endif
