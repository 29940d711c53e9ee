/* examples/embed/ab_experiment.c: an A/B experiment. One script runs under
 * two configurations of the tiers, each in its own VM, and the tiers'
 * statistics are printed side by side:
 *
 *   A: layer1 libc, layer2 on, layer3 free lists on   (CPython's shape)
 *   B: layer1 libc, layer2 off, layer3 free lists off (every object from malloc)
 *
 *   embed-ab_experiment [SCRIPT.py]
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <tierpy/tierpy.h>

typedef struct outcome {
    double seconds;
    size_t output_bytes;
    tpy_vm_stats stats;   /* just before the VM was deleted */
    tpy_delete_report report;
    int status;
} outcome;

static void count_output(void *ctx, const char *data, size_t n)
{
    (void)data;
    *(size_t *)ctx += n;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int run(const char *source, bool pool, bool freelists, outcome *o)
{
    tpy_config cfg;
    tpy_config_init(&cfg);
    cfg.malloc_name = "libc";
    cfg.pool = pool;
    cfg.freelists = freelists;
    cfg.out = count_output;
    cfg.err = count_output;
    cfg.output_ctx = &o->output_bytes;
    tpy_vm *vm = tpy_vm_new(&cfg);
    if (!vm) {
        fprintf(stderr, "tierpy: %s\n", tpy_last_error());
        return -1;
    }
    double t0 = now();
    o->status = tpy_vm_run_string(vm, source, "<experiment>");
    o->seconds = now() - t0;
    if (o->status != 0)
        fputs(tpy_vm_error(vm)->traceback, stderr);
    tpy_vm_get_stats(vm, &o->stats);
    tpy_vm_delete_checked(vm, &o->report);
    return o->status;
}

static void row_u(const char *name, unsigned long long a, unsigned long long b)
{
    printf("%-34s %16llu %16llu\n", name, a, b);
}

static void report(const outcome *a, const outcome *b)
{
    printf("%-34s %16s %16s\n", "", "A: pool+lists", "B: malloc only");
    printf("%-34s %16.4f %16.4f\n", "time (s)", a->seconds, b->seconds);
    row_u("output bytes", a->output_bytes, b->output_bytes);
    row_u("layer1 malloc calls", a->stats.mem.malloc_calls, b->stats.mem.malloc_calls);
    row_u("layer1 free calls", a->stats.mem.free_calls, b->stats.mem.free_calls);
    row_u("layer1 bytes peak", a->stats.mem.bytes_peak, b->stats.mem.bytes_peak);
    row_u("layer2 arenas live", a->stats.pool.arenas_live, b->stats.pool.arenas_live);
    row_u("layer3 objects allocated", a->stats.obj.allocated, b->stats.obj.allocated);
    row_u("layer3 free-list hits", a->stats.obj.freelist_hits, b->stats.obj.freelist_hits);
    row_u("gc collections (gen 0)", a->stats.gc.collections[0], b->stats.gc.collections[0]);
    row_u("gc pause total (us)", a->stats.gc.pause_total_ns / 1000, b->stats.gc.pause_total_ns / 1000);
    row_u("objects leaked after delete", a->report.objects_leaked, b->report.objects_leaked);
    row_u("layer1 blocks live after delete", a->report.mem.blocks_live, b->report.mem.blocks_live);
}

static const char default_script[] =
    "class Node:\n"
    "    def __init__(self, left, right):\n"
    "        self.left, self.right = left, right\n"
    "def tree(d):\n"
    "    return Node(tree(d - 1), tree(d - 1)) if d else Node(None, None)\n"
    "def check(n):\n"
    "    return 1 if n.left is None else 1 + check(n.left) + check(n.right)\n"
    "total = 0\n"
    "for i in range(20):\n"
    "    total += check(tree(10))\n"
    "print(total, sum(float(x) * 0.5 for x in range(50000)))\n";

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
    outcome a = {0}, b = {0};
    int bad = run(source, true, true, &a) != 0;
    bad |= run(source, false, false, &b) != 0;
    free(owned);
    if (bad)
        return 1;
    report(&a, &b);
    bool clean = a.report.objects_leaked == 0 && b.report.objects_leaked == 0
                 && a.report.mem.blocks_live == 0 && b.report.mem.blocks_live == 0
                 && a.output_bytes == b.output_bytes;
    return clean ? 0 : 1;
}
