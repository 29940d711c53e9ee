/* tests/vm-api/threads.c: four VMs in four threads at once, each with a
 * different allocator configuration, with no lock between them. Every
 * thread runs the same CPU-bound script (ints, big ints through GMP,
 * floats, strs, dicts, classes, cycles for the collector) several times;
 * its output must equal what one VM printed alone on the main thread, and
 * every VM must end with nothing leaked. A plain program (no Criterion), so
 * that it also runs under ThreadSanitizer: `./x test` builds it in
 * build-tsan. Exit status 0 when every check holds. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <tierpy/tierpy.h>

#define THREADS 4
#define ROUNDS 3

static const char script[] =
    "import gc\n"
    "class Node:\n"
    "    def __init__(self, v):\n"
    "        self.v = v; self.peer = None\n"
    "def primes(n):\n"
    "    sieve = [True] * n\n"
    "    out = []\n"
    "    for i in range(2, n):\n"
    "        if sieve[i]:\n"
    "            out.append(i)\n"
    "            for j in range(i * i, n, i): sieve[j] = False\n"
    "    return out\n"
    "gc.disable()\n"
    "p = primes(20000)\n"
    "words = {}\n"
    "for i, q in enumerate(p):\n"
    "    words.setdefault(str(q)[-1], []).append(f'{q:x}')\n"
    "for i in range(2000):\n"
    "    a = Node(i); b = Node(-i); a.peer = b; b.peer = a\n"
    "found = gc.collect()\n"
    "big = 3 ** 700 % (10 ** 30 + 57)\n"
    "f = sum(1.0 / (k * k) for k in range(1, 20000))\n"
    "print(len(p), sum(p), sorted((k, len(v)) for k, v in words.items()))\n"
    "print(found, big, repr(f))\n";

typedef struct job {
    const char *label;
    tpy_config cfg;
    char out[4096];
    size_t nout;
    int failures;
    size_t leaked, blocks_live;
} job;

static void collect(void *ctx, const char *data, size_t n)
{
    job *j = ctx;
    if (j->nout + n < sizeof j->out) {
        memcpy(j->out + j->nout, data, n);
        j->nout += n;
        j->out[j->nout] = 0;
    }
}

static const char *expected;

static void *run_job(void *arg)
{
    job *j = arg;
    for (int round = 0; round < ROUNDS; round++) {
        j->nout = 0;
        j->out[0] = 0;
        tpy_vm *vm = tpy_vm_new(&j->cfg);
        if (!vm) {
            fprintf(stderr, "%s: tpy_vm_new: %s\n", j->label, tpy_last_error());
            j->failures++;
            return NULL;
        }
        if (tpy_vm_run_string(vm, script, "<threads>") != 0) {
            fprintf(stderr, "%s: %s", j->label, tpy_vm_error(vm)->traceback);
            j->failures++;
        }
        tpy_delete_report r;
        tpy_vm_delete_checked(vm, &r);
        j->leaked += r.objects_leaked;
        j->blocks_live += r.mem.blocks_live;
        if (expected && strcmp(j->out, expected) != 0) {
            fprintf(stderr, "%s round %d printed:\n%s", j->label, round, j->out);
            j->failures++;
        }
    }
    return NULL;
}

static void setup(job *j, const char *label, const char *backend, bool pool, bool freelists)
{
    memset(j, 0, sizeof *j);
    j->label = label;
    tpy_config_init(&j->cfg);
    j->cfg.malloc_name = backend;
    j->cfg.pool = pool;
    j->cfg.freelists = freelists;
    j->cfg.out = collect;
    j->cfg.err = collect;
    j->cfg.output_ctx = j;
}

/* The sum of the primes below 20000, computed in C: the script's first
 * figure is checked against it, so a wrong reference cannot pass. */
static long c_prime_sum(void)
{
    static bool composite[20000];
    long sum = 0;
    for (long i = 2; i < 20000; i++) {
        if (composite[i])
            continue;
        sum += i;
        for (long k = i * i; k < 20000; k += i)
            composite[k] = true;
    }
    return sum;
}

int main(void)
{
    job ref;
    setup(&ref, "reference", "libc", true, true);
    run_job(&ref);   /* expected is NULL: this run makes the reference */
    char want[64];
    snprintf(want, sizeof want, "2262 %ld [", c_prime_sum());
    if (ref.failures || strncmp(ref.out, want, strlen(want)) != 0) {
        fprintf(stderr, "reference run failed or wrong:\n%s", ref.out);
        return 1;
    }
    expected = ref.out;

    job jobs[THREADS];
    setup(&jobs[0], "libc+pool+freelists", "libc", true, true);
    setup(&jobs[1], "mimalloc+pool", "mimalloc", true, false);
    setup(&jobs[2], "libc, no pool", "libc", false, true);
    setup(&jobs[3], "debug, no pool, no freelists", "debug", false, false);
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++)
        if (pthread_create(&t[i], NULL, run_job, &jobs[i]) != 0) {
            perror("pthread_create");
            return 1;
        }
    int bad = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        printf("%-30s rounds %d, failures %d, objects leaked %zu, layer1 blocks live %zu\n",
               jobs[i].label, ROUNDS, jobs[i].failures, jobs[i].leaked, jobs[i].blocks_live);
        bad |= jobs[i].failures || jobs[i].leaked || jobs[i].blocks_live;
    }
    printf("%s\n", bad ? "FAIL" : "ok: every VM printed the reference output and returned everything");
    return bad;
}
