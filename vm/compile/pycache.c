/* pycache.c: the __pycache__ code cache (see pycache.h). */
#include "pycache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <tierpy/mem.h>

#include "codegen.h"
#include "verify.h"

uint8_t *tpy_pycache_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = tpy_mem_malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        uint8_t *grown = tpy_mem_realloc(buf, cap * 2);
        if (!grown) {
            tpy_mem_free(buf);
            buf = NULL;
        } else {
            buf = grown;
            cap *= 2;
        }
    }
    int why = !buf ? ENOMEM : ferror(f) ? (errno ? errno : EIO) : 0;
    fclose(f);
    if (why) {
        tpy_mem_free(buf);
        errno = why;
        return NULL;
    }
    *len = n;
    return buf;
}

bool tpy_pycache_path(const char *source, char *out, size_t outlen)
{
    const char *slash = strrchr(source, '/');
    size_t dirlen = slash ? (size_t)(slash - source + 1) : 0;
    const char *base = source + dirlen;
    size_t baselen = strlen(base);
    if (baselen > 3 && strcmp(base + baselen - 3, ".py") == 0)
        baselen -= 3;
    int n = snprintf(out, outlen, "%.*s__pycache__/%.*s.tierpy-%d.tpyc", (int)dirlen, source,
                     (int)baselen, base, TPY_PYCACHE_VERSION);
    return n > 0 && (size_t)n < outlen;
}

static int64_t mtime_ns(const struct stat *st)
{
    return (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
}

const tpy_code *tpy_pycache_compile_file(tpy_arena *a, const char *source,
                                         tpy_syntax_error *err, tpy_pycache_status *st)
{
    size_t len;
    uint8_t *bytes = tpy_pycache_read_file(source, &len);
    if (!bytes && errno == ENOMEM) {
        tpy_syntax_error_plain(err, "out of memory reading the source");
        *st = TPY_PYCACHE_SYNTAX_ERROR;
        return NULL;
    }
    if (!bytes) {
        *st = TPY_PYCACHE_NO_SOURCE;
        return NULL;
    }
    const tpy_code *co = tpy_compile_source(a, (const char *)bytes, len, source, err);
    tpy_mem_free(bytes);
    *st = co ? TPY_PYCACHE_COMPILED : TPY_PYCACHE_SYNTAX_ERROR;
    return co;
}

/* Whether a header that did not parse is tierpy's of another format
 * version: a stale file, not a damaged one. */
static bool other_version(const uint8_t *head, size_t n)
{
    return n >= 8 && memcmp(head, TPY_MARSHAL_MAGIC, 4) == 0 &&
           (uint32_t)(head[4] | head[5] << 8 | head[6] << 16 | (uint32_t)head[7] << 24) !=
               TPY_MARSHAL_VERSION;
}

/* The body of an open cache file whose header said @p h, read into the
 * arena (the loaded code points into it) when the file has exactly that
 * many bytes; NULL with a reason otherwise. */
static const uint8_t *read_body(tpy_arena *a, FILE *f, const tpy_marshal_header *h, char *why,
                                size_t whylen)
{
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || (uint64_t)st.st_size != TPY_MARSHAL_HEADER_SIZE + (uint64_t)h->body_len) {
        snprintf(why, whylen, "body length %u does not match the file", h->body_len);
        return NULL;
    }
    uint8_t *body = tpy_arena_alloc(a, (size_t)h->body_len + 1);
    if (!body) {
        snprintf(why, whylen, "out of memory");
        return NULL;
    }
    if (fread(body, 1, (size_t)h->body_len + 1, f) != h->body_len) {
        snprintf(why, whylen, "body length %u does not match the file", h->body_len);
        return NULL;
    }
    return body;
}

/* The cache file's code if it is fresh and sound; NULL (with a warning
 * when it exists but is damaged) otherwise. Only the header is read from a
 * stale file. */
static const tpy_code *try_cache(tpy_arena *a, const char *source, const char *cpath,
                                 const struct stat *sst, FILE *report)
{
    FILE *f = fopen(cpath, "rb");
    if (!f)
        return NULL;
    uint8_t head[TPY_MARSHAL_HEADER_SIZE];
    size_t got = fread(head, 1, sizeof head, f);
    char why[256] = "";
    tpy_marshal_header h;
    const tpy_code *co = NULL;
    if (tpy_marshal_parse_header(head, got, &h, why, sizeof why)) {
        bool fresh = h.source_size == (uint64_t)sst->st_size && h.source_mtime_ns == mtime_ns(sst);
        const uint8_t *body = fresh ? read_body(a, f, &h, why, sizeof why) : NULL;
        if (body && tpy_marshal_check_body(&h, body, h.body_len, why, sizeof why)) {
            co = tpy_marshal_load_body(a, body, h.body_len, why, sizeof why);
            if (co && !tpy_verify_loaded(co, why, sizeof why))
                co = NULL;
        }
    } else if (other_version(head, got)) {
        why[0] = 0;
    }
    fclose(f);
    if (!co && why[0] && report)
        fprintf(report, "tierpy: warning: ignoring damaged cache file %s (%s); compiling %s\n",
                cpath, why, source);
    return co;
}

static bool ensure_dir(const char *cpath, FILE *report)
{
    char dir[4096];
    const char *slash = strrchr(cpath, '/');
    size_t n = (size_t)(slash - cpath);
    if (n >= sizeof dir)
        return false;
    memcpy(dir, cpath, n);
    dir[n] = 0;
    if (mkdir(dir, 0777) == 0 || errno == EEXIST)
        return true;
    if (report)
        fprintf(report, "tierpy: warning: cannot create %s: %s\n", dir, strerror(errno));
    return false;
}

bool tpy_pycache_write(const char *source, const tpy_code *co, uint64_t size, int64_t mtime,
                       FILE *report)
{
    char cpath[4096], tmp[4200];
    if (!tpy_pycache_path(source, cpath, sizeof cpath) || !ensure_dir(cpath, report))
        return false;
    tpy_bytes b = {0};
    if (!tpy_marshal_dump(co, size, mtime, &b)) {
        tpy_bytes_free(&b);
        return false;
    }
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", cpath, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    bool ok = fd >= 0;
    for (size_t done = 0; ok && done < b.len;) {
        ssize_t w = write(fd, b.data + done, b.len - done);
        ok = w > 0;
        done += ok ? (size_t)w : 0;
    }
    if (fd >= 0 && close(fd) != 0)
        ok = false;
    ok = ok && rename(tmp, cpath) == 0;
    if (!ok) {
        if (report)
            fprintf(report, "tierpy: warning: cannot write %s: %s\n", cpath, strerror(errno));
        unlink(tmp);
    }
    tpy_bytes_free(&b);
    return ok;
}

const tpy_code *tpy_pycache_load(tpy_arena *a, const char *source, bool write,
                                 FILE *report, tpy_syntax_error *err, tpy_pycache_status *st)
{
    struct stat sst;
    char cpath[4096];
    if (stat(source, &sst) != 0) {
        *st = TPY_PYCACHE_NO_SOURCE;
        return NULL;
    }
    const tpy_code *co = tpy_pycache_path(source, cpath, sizeof cpath)
                             ? try_cache(a, source, cpath, &sst, report) : NULL;
    if (co) {
        *st = TPY_PYCACHE_LOADED;
    } else {
        co = tpy_pycache_compile_file(a, source, err, st);
        if (co && write)
            tpy_pycache_write(source, co, (uint64_t)sst.st_size, mtime_ns(&sst), report);
    }
    /* For the tests: which way the code came (tests/vm/pycache_test.py). */
    if (co && report && getenv("TIERPY_CACHE_TRACE"))
        fprintf(report, "tierpy: %s %s\n", *st == TPY_PYCACHE_LOADED ? "loaded" : "compiled",
                source);
    return co;
}

static bool is_py(const char *name)
{
    size_t n = strlen(name);
    return n > 3 && strcmp(name + n - 3, ".py") == 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void compile_one(const char *path, bool write, FILE *report, tpy_pycache_counts *counts)
{
    struct stat sst;
    tpy_arena *a = tpy_arena_new();
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, path);
    tpy_pycache_status st = TPY_PYCACHE_NO_SOURCE;
    const tpy_code *co = (a && stat(path, &sst) == 0)
                             ? tpy_pycache_compile_file(a, path, &err, &st) : NULL;
    if (co) {
        counts->compiled++;
        if (write && !tpy_pycache_write(path, co, (uint64_t)sst.st_size, mtime_ns(&sst), report))
            counts->failed++;
    } else {
        counts->failed++;
        if (report) {
            fprintf(report, "*** Error compiling '%s'...\n", path);
            if (st == TPY_PYCACHE_SYNTAX_ERROR)
                tpy_syntax_error_print(&err, report);
            else
                fprintf(report, "can't read '%s'\n", path);
        }
    }
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(a);
}

/* Directory entries sorted, so that reports come in a stable order. */
static void compile_dir(const char *path, bool write, FILE *report, tpy_pycache_counts *counts,
                        int depth)
{
    DIR *d = opendir(path);
    if (!d || depth > 64) {
        if (d)
            closedir(d);
        counts->failed++;
        if (report)
            fprintf(report, "Can't list '%s'\n", path);
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.' || strcmp(e->d_name, "__pycache__") == 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **grown = tpy_mem_realloc(names, cap * sizeof *names);
            if (!grown)
                break;
            names = grown;
        }
        size_t len = strlen(path) + strlen(e->d_name) + 2;
        names[n] = tpy_mem_malloc(len);
        if (!names[n])
            break;
        snprintf(names[n++], len, "%s/%s", path, e->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, compare_names);
    for (size_t i = 0; i < n; i++) {
        struct stat sst;
        if (stat(names[i], &sst) == 0 && S_ISDIR(sst.st_mode))
            compile_dir(names[i], write, report, counts, depth + 1);
        else if (is_py(names[i]))
            compile_one(names[i], write, report, counts);
        tpy_mem_free(names[i]);
    }
    tpy_mem_free(names);
}

void tpy_pycache_compile_tree(const char *path, bool write, FILE *report,
                              tpy_pycache_counts *counts)
{
    struct stat sst;
    if (stat(path, &sst) == 0 && S_ISDIR(sst.st_mode))
        compile_dir(path, write, report, counts, 0);
    else
        compile_one(path, write, report, counts);
}
