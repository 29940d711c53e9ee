/* vm/eval/script_path.c: the report for a script path that does not
 * open (missing, unreadable, a directory). It runs once the compiler has
 * failed to read the file, so probing the path again costs nothing that
 * matters and keeps the reading path free of error bookkeeping. */
#include "script_path.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* CPython 3.11 shows the script path joined to the working directory,
 * not normalised ("/cwd/./x.py"). */
static void absolute(const char *path, char *out, size_t size)
{
    char cwd[4096];
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd))
        snprintf(out, size, "%s", path);
    else
        snprintf(out, size, "%s/%s", cwd, path);
}

/* errno of opening @p path for reading (0 if it opens after all). */
static int open_errno(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return errno;
    fclose(f);
    return 0;
}

int tpy_script_unopenable(const char *path, char *main_py, size_t size)
{
    char abs[8192];
    absolute(path, abs, sizeof abs);
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        size_t n = strlen(path);
        int w = snprintf(main_py, size, "%s%s__main__.py", path,
                         n && path[n - 1] == '/' ? "" : "/");
        if (w > 0 && (size_t)w < size && stat(main_py, &st) == 0 && S_ISREG(st.st_mode))
            return 0;
        fprintf(stderr, "tierpy: can't find '__main__' module in '%s'\n", abs);
        return 1;
    }
    int e = open_errno(path);
    if (e == 0)
        e = EIO;   /* it opens now, but could not be read a moment ago */
    fprintf(stderr, "tierpy: can't open file '%s': [Errno %d] %s\n", abs, e, strerror(e));
    return 2;
}
