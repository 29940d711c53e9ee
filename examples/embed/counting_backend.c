/* examples/embed/counting_backend.c: a layer1 backend of the caller's own.
 * Every request that reaches the bottom of the VM's tiers comes through
 * these four functions: they keep a small header with the block's size,
 * count calls and live bytes, build a histogram of request sizes and log
 * the first few requests. Run a script with it and see what reaches
 * malloc with layer2 on and off:
 *
 *   embed-counting_backend [SCRIPT.py]
 */
#include <stdalign.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <tierpy/tierpy.h>

typedef struct counts {
    unsigned long calls[4];      /* malloc, calloc, realloc, free */
    size_t live_blocks, live_bytes, peak_bytes;
    unsigned long by_size[8];    /* <=16, <=64, <=256, <=1K, <=4K, <=64K, <=1M, more */
    int logged;
} counts;

typedef struct header {
    alignas(max_align_t) size_t size;
} header;

static void note(counts *c, const char *what, size_t n)
{
    static const size_t limits[7] = {16, 64, 256, 1024, 4096, 65536, 1 << 20};
    int b = 0;
    while (b < 7 && n > limits[b])
        b++;
    c->by_size[b]++;
    if (c->logged < 8) {
        printf("  backend: %s(%zu)\n", what, n);
        c->logged++;
    }
}

static void *account(counts *c, header *h, size_t n)
{
    if (!h)
        return NULL;
    h->size = n;
    c->live_blocks++;
    c->live_bytes += n;
    if (c->live_bytes > c->peak_bytes)
        c->peak_bytes = c->live_bytes;
    return h + 1;
}

static void *count_malloc(void *ctx, size_t n)
{
    counts *c = ctx;
    c->calls[0]++;
    note(c, "malloc", n);
    return account(c, malloc(sizeof(header) + n), n);
}

static void *count_calloc(void *ctx, size_t nelem, size_t elsize)
{
    counts *c = ctx;
    c->calls[1]++;
    size_t n = nelem * elsize;   /* layer1 has already refused an overflow */
    note(c, "calloc", n);
    return account(c, calloc(1, sizeof(header) + n), n);
}

static void count_free(void *ctx, void *p)
{
    counts *c = ctx;
    header *h = (header *)p - 1;
    c->calls[3]++;
    c->live_blocks--;
    c->live_bytes -= h->size;
    free(h);
}

static void *count_realloc(void *ctx, void *p, size_t n)
{
    counts *c = ctx;
    c->calls[2]++;
    note(c, "realloc", n);
    header *h = (header *)p - 1;
    size_t old = h->size;
    header *q = realloc(h, sizeof(header) + n);
    if (!q)
        return NULL;
    c->live_bytes -= old;
    c->live_blocks--;
    return account(c, q, n);
}

static const char default_script[] =
    "words = ('tier ' * 2000).split()\n"
    "d = {}\n"
    "for i, w in enumerate(words):\n"
    "    d[w + str(i % 500)] = [i, float(i), (i, w)]\n"
    "print(len(d), sum(v[0] for v in d.values()))\n";

static int run(const char *label, const char *source, bool pool)
{
    counts c = {0};
    tpy_backend backend = {count_malloc, count_calloc, count_realloc, count_free, &c, "counting"};
    tpy_config cfg;
    tpy_config_init(&cfg);
    cfg.backend = &backend;
    cfg.pool = pool;
    printf("%s:\n", label);
    tpy_vm *vm = tpy_vm_new(&cfg);
    if (!vm) {
        fprintf(stderr, "tierpy: %s\n", tpy_last_error());
        return 1;
    }
    int status = tpy_vm_run_string(vm, source, "<script>");
    if (status != 0)
        fputs(tpy_vm_error(vm)->traceback, stderr);
    tpy_vm_delete(vm);
    printf("  calls: malloc %lu, calloc %lu, realloc %lu, free %lu; peak %zu bytes\n",
           c.calls[0], c.calls[1], c.calls[2], c.calls[3], c.peak_bytes);
    printf("  request sizes: <=16 %lu, <=64 %lu, <=256 %lu, <=1K %lu, <=4K %lu, <=64K %lu, "
           "<=1M %lu, larger %lu\n", c.by_size[0], c.by_size[1], c.by_size[2], c.by_size[3],
           c.by_size[4], c.by_size[5], c.by_size[6], c.by_size[7]);
    printf("  after delete: %zu blocks, %zu bytes still live\n", c.live_blocks, c.live_bytes);
    return status != 0 || c.live_blocks != 0 || c.live_bytes != 0;
}

/* The script to run: the file named on the command line, or a default. */
static char *load(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
        free(s);
        s = NULL;
    }
    if (s)
        s[n] = 0;
    fclose(f);
    return s;
}

int main(int argc, char **argv)
{
    char *owned = argc > 1 ? load(argv[1]) : NULL;
    if (argc > 1 && !owned) {
        perror(argv[1]);
        return 2;
    }
    const char *source = owned ? owned : default_script;
    int bad = run("layer2 on (small objects from pools: few, large requests)", source, true);
    bad |= run("layer2 off (every object straight from the backend)", source, false);
    free(owned);
    return bad;
}
