/* bench/embed_scale.c: tierpy-embed-scale, how VMs in threads scale.
 * N VMs in N threads run the same CPU-bound script at once; the
 * throughput (runs per second) is compared with N times that of one VM
 * alone. With no shared lock and no shared cache line written on a hot
 * path, the ratio approaches N while N <= the machine's cores.
 *
 *   tierpy-embed-scale [--max N] [--reps R] [--trials T] [SCRIPT.py]
 *
 * Each trial measures, in turn, one VM alone and then N at once; the best
 * trial of each counts (the machine is shared: the best is the least
 * disturbed). Prints one line per N: seconds alone, seconds for N,
 * throughput / (N x alone). Exit 0; 1 if a run failed. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <tierpy/tierpy.h>

static const char default_script[] =
    "def fib(n):\n"
    "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    "d = {}\n"
    "for i in range(60000):\n"
    "    d[i % 997] = d.get(i % 997, 0) + i * 2.5\n"
    "s = ' '.join(str(i) for i in range(20000)).split()\n"
    "result = fib(22) + len(d) + len(s)\n";

typedef struct worker {
    const char *script;
    int reps;
    int failed;
} worker;

static const char *script_text = default_script;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* One VM per thread for the whole run: R executions of the script. */
static void *work(void *arg)
{
    worker *w = arg;
    tpy_vm *vm = tpy_vm_new(NULL);
    if (!vm) {
        fprintf(stderr, "tierpy-embed-scale: %s\n", tpy_last_error());
        w->failed = 1;
        return NULL;
    }
    for (int i = 0; i < w->reps && !w->failed; i++)
        if (tpy_vm_run_string(vm, w->script, "<scale>") != 0) {
            fputs(tpy_vm_error(vm)->traceback, stderr);
            w->failed = 1;
        }
    tpy_vm_delete(vm);
    return NULL;
}

/* Wall time for n threads running `reps` scripts each, at once. */
static double run_threads(int n, int reps, int *failed)
{
    pthread_t t[64];
    worker w[64];
    double t0 = now();
    for (int i = 0; i < n; i++) {
        w[i] = (worker){script_text, reps, 0};
        if (pthread_create(&t[i], NULL, work, &w[i]) != 0) {
            *failed = 1;
            n = i;
            break;
        }
    }
    for (int i = 0; i < n; i++) {
        pthread_join(t[i], NULL);
        *failed |= w[i].failed;
    }
    return now() - t0;
}

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
    int max = 4, reps = 5, trials = 3;
    char *owned = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--max") && i + 1 < argc)
            max = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--reps") && i + 1 < argc)
            reps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--trials") && i + 1 < argc)
            trials = atoi(argv[++i]);
        else if (argv[i][0] != '-' && !owned && (owned = load(argv[i])))
            script_text = owned;
        else {
            fprintf(stderr, "usage: tierpy-embed-scale [--max N] [--reps R] [--trials T] [SCRIPT.py]\n");
            return 2;
        }
    }
    if (max < 1 || max > 64 || reps < 1 || trials < 1) {
        fprintf(stderr, "tierpy-embed-scale: --max 1..64, --reps and --trials >= 1\n");
        return 2;
    }
    int failed = 0;
    printf("%3s %12s %12s %12s %10s\n", "N", "alone (s)", "N at once", "throughput", "of ideal");
    for (int n = 1; n <= max && !failed; n++) {
        double best1 = 1e30, bestn = 1e30;
        for (int t = 0; t < trials; t++) {
            double a = run_threads(1, reps, &failed), b = run_threads(n, reps, &failed);
            best1 = a < best1 ? a : best1;
            bestn = b < bestn ? b : bestn;
        }
        double ratio = n * best1 / bestn;
        printf("%3d %12.3f %12.3f %11.2fx %9.0f%%\n", n, best1, bestn, ratio, 100 * ratio / n);
    }
    free(owned);
    return failed;
}
