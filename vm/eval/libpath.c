/* vm/eval/libpath.c: where the bundled Python modules (the project's lib/)
 * are, for sys.path. Chosen in this order:
 *   1. $TIERPY_LIB, when set and not empty (tests, relocated installs);
 *   2. the source tree's lib/ when the running tierpy lives inside the
 *      build tree it was compiled in (running from build/ sees edits to
 *      lib/ at once, without an install);
 *   3. the installed copy, <prefix>/<datadir>/tierpy/lib;
 *   4. the source tree's lib/, if it still exists.
 * The meson build passes the three compiled-in paths as defines. */
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "libpath.h"

#ifndef TPY_LIB_SOURCE
#define TPY_LIB_SOURCE ""
#endif
#ifndef TPY_LIB_INSTALLED
#define TPY_LIB_INSTALLED ""
#endif
#ifndef TPY_BUILD_ROOT
#define TPY_BUILD_ROOT ""
#endif

/* True when @p path names an existing directory. */
static bool is_dir(const char *path)
{
    struct stat st;
    return path[0] && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* True when the running executable sits under the build directory that
 * compiled it (both compared after resolving symbolic links). */
static bool running_in_build_tree(void)
{
    char exe[PATH_MAX], root[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0 || !TPY_BUILD_ROOT[0] || !realpath(TPY_BUILD_ROOT, root))
        return false;
    exe[n] = '\0';
    size_t len = strlen(root);
    return strncmp(exe, root, len) == 0 && exe[len] == '/';
}

/* Copy @p src into @p buf of @p size bytes; false when it does not fit. */
static bool copy_path(char *buf, size_t size, const char *src)
{
    return (size_t)snprintf(buf, size, "%s", src) < size;
}

bool tpy_lib_dir(char *buf, size_t size)
{
    const char *env = getenv("TIERPY_LIB");
    if (env && env[0])
        return copy_path(buf, size, env);
    if (running_in_build_tree() && is_dir(TPY_LIB_SOURCE))
        return copy_path(buf, size, TPY_LIB_SOURCE);
    if (is_dir(TPY_LIB_INSTALLED))
        return copy_path(buf, size, TPY_LIB_INSTALLED);
    if (is_dir(TPY_LIB_SOURCE))
        return copy_path(buf, size, TPY_LIB_SOURCE);
    return false;
}
