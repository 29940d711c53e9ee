/* cache_seed.c: writes the cache-file body of each FILE.py into DIR, as
 * seeds for fuzz_cache (run by tests/fuzz/run.sh). */
#include <stdio.h>
#include <string.h>

#include <tierpy/mem.h>

#include "codegen.h"
#include "marshal.h"
#include "pycache.h"

static int seed(const char *dir, const char *path)
{
    size_t len;
    uint8_t *src = tpy_pycache_read_file(path, &len);
    tpy_arena *a = tpy_arena_new();
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, path);
    const tpy_code *co = src && a ? tpy_compile_source(a, (const char *)src, len, path, &err) : NULL;
    tpy_bytes b = {0};
    int written = 0;
    if (co && tpy_marshal_dump_body(co, &b)) {
        const char *base = strrchr(path, '/');
        char out[4096];
        snprintf(out, sizeof out, "%s/%s.body", dir, base ? base + 1 : path);
        FILE *f = fopen(out, "wb");
        written = f && fwrite(b.data, 1, b.len, f) == b.len;
        if (f)
            fclose(f);
    }
    tpy_bytes_free(&b);
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(a);
    tpy_mem_free(src);
    return written;
}

int main(int argc, char **argv)
{
    int n = 0;
    for (int i = 2; i < argc; i++)
        n += seed(argv[1], argv[i]);
    printf("%d cache seeds in %s\n", n, argc > 1 ? argv[1] : "?");
    return argc > 1 ? 0 : 2;
}
