/* marshal.c: the code unit tree as bytes.
 *
 * Body grammar (u8/u32/u64 little-endian; str = u32 length + bytes):
 *
 *   code    := u32 ncode, u64 * ncode            instructions and caches
 *              u32 nconsts, const * nconsts
 *              u32 nnames, str * nnames
 *              u32 nlocals, (u8 kind, str) * nlocals
 *              u32 nfree nregs argcount posonlyargcount kwonlyargcount
 *                  flags firstline maxnesting
 *              str name, str qualname, str filename
 *              u32 nlinetable, bytes
 *              u32 nexc, (u32 start end target reg) * nexc
 *   const   := u8 kind, then: INT u64 | FLOAT u64 bits | COMPLEX 2 * u64 |
 *              BIGINT/STR/BYTES str | TUPLE u32 n, const * n | CODE code
 */
#include "marshal.h"

#include <stdio.h>
#include <string.h>

#include <tierpy/mem.h>

void tpy_bytes_free(tpy_bytes *b)
{
    tpy_mem_free(b->data);
    memset(b, 0, sizeof *b);
}

/* Eight bytes at a time (multiply, rotate, xor): a damaged byte changes the
 * sum with near certainty, at a fraction of a cycle per byte, so that
 * checking costs little next to reading. */
uint32_t tpy_marshal_checksum(const uint8_t *p, size_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15ull ^ n, w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h = h << 29 | h >> 35;
    }
    for (; i < n; i++)
        h = (h ^ p[i]) * 0x100000001b3ull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 29;
    return (uint32_t)h;
}

/* ---- writing ----------------------------------------------------------------- */

static void put(tpy_bytes *b, const void *p, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n)
            cap *= 2;
        uint8_t *d = tpy_mem_realloc(b->data, cap);
        if (!d) {
            b->failed = true;
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void put_u8(tpy_bytes *b, uint8_t v)
{
    put(b, &v, 1);
}

static void put_u32(tpy_bytes *b, uint32_t v)
{
    uint8_t s[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    put(b, s, 4);
}

static void put_u64(tpy_bytes *b, uint64_t v)
{
    put_u32(b, (uint32_t)v);
    put_u32(b, (uint32_t)(v >> 32));
}

static void put_f64(tpy_bytes *b, double d)
{
    uint64_t v;
    memcpy(&v, &d, 8);
    put_u64(b, v);
}

static void put_str(tpy_bytes *b, const char *s, uint32_t n)
{
    put_u32(b, n);
    put(b, s, n);
}

static void put_code(tpy_bytes *b, const tpy_code *co);

static void put_const(tpy_bytes *b, const tpy_kval *k)
{
    put_u8(b, (uint8_t)k->kind);
    switch (k->kind) {
    case TPY_K_INT: put_u64(b, (uint64_t)k->u.i); break;
    case TPY_K_FLOAT: put_f64(b, k->u.f); break;
    case TPY_K_COMPLEX: put_f64(b, k->u.c.re); put_f64(b, k->u.c.im); break;
    case TPY_K_BIGINT: case TPY_K_STR: case TPY_K_BYTES: put_str(b, k->u.s, k->len); break;
    case TPY_K_TUPLE:
        put_u32(b, k->len);
        for (uint32_t i = 0; i < k->len; i++)
            put_const(b, &k->u.items[i]);
        break;
    case TPY_K_CODE: put_code(b, k->u.code); break;
    default: break;
    }
}

static void put_code(tpy_bytes *b, const tpy_code *co)
{
    put_u32(b, co->ncode);
    for (uint32_t i = 0; i < co->ncode; i++)
        put_u64(b, co->code[i]);
    put_u32(b, co->nconsts);
    for (uint32_t i = 0; i < co->nconsts; i++)
        put_const(b, &co->consts[i]);
    put_u32(b, co->nnames);
    for (uint32_t i = 0; i < co->nnames; i++)
        put_str(b, co->names[i].s, co->names[i].len);
    put_u32(b, co->nlocals);
    for (uint32_t i = 0; i < co->nlocals; i++) {
        put_u8(b, co->slotkinds[i]);
        put_str(b, co->slotnames[i].s, co->slotnames[i].len);
    }
    const uint32_t scalars[] = {co->nfree, co->nregs, co->argcount, co->posonlyargcount,
                                co->kwonlyargcount, co->flags, co->firstline, co->maxnesting};
    for (size_t i = 0; i < sizeof scalars / sizeof scalars[0]; i++)
        put_u32(b, scalars[i]);
    put_str(b, co->name.s, co->name.len);
    put_str(b, co->qualname.s, co->qualname.len);
    put_str(b, co->filename.s, co->filename.len);
    put_str(b, (const char *)co->linetable, co->nlinetable);
    put_u32(b, co->nexc);
    for (uint32_t i = 0; i < co->nexc; i++) {
        put_u32(b, co->exctable[i].start);
        put_u32(b, co->exctable[i].end);
        put_u32(b, co->exctable[i].target);
        put_u32(b, co->exctable[i].reg);
    }
}

bool tpy_marshal_dump_body(const tpy_code *co, tpy_bytes *out)
{
    put_code(out, co);
    return !out->failed;
}

bool tpy_marshal_dump(const tpy_code *co, uint64_t source_size, int64_t source_mtime_ns,
                      tpy_bytes *out)
{
    size_t start = out->len;
    put(out, TPY_MARSHAL_MAGIC, 4);
    put_u32(out, TPY_MARSHAL_VERSION);
    put_u64(out, source_size);
    put_u64(out, (uint64_t)source_mtime_ns);
    put_u32(out, 0);   /* body length and checksum, patched below */
    put_u32(out, 0);
    size_t body = out->len;
    put_code(out, co);
    if (out->failed)
        return false;
    size_t n = out->len - body;
    if (n > UINT32_MAX)
        return false;
    uint32_t sum = tpy_marshal_checksum(out->data + body, n);
    for (int i = 0; i < 4; i++) {
        out->data[start + 24 + i] = (uint8_t)(n >> (8 * i));
        out->data[start + 28 + i] = (uint8_t)(sum >> (8 * i));
    }
    return true;
}

/* ---- reading ------------------------------------------------------------------ */

typedef struct reader {
    const uint8_t *p, *end;
    tpy_arena *a;
    int depth;
    char *why;
    size_t whylen;
    bool failed;
} reader;

static bool fail(reader *r, const char *msg)
{
    if (!r->failed)
        snprintf(r->why, r->whylen, "%s at byte %zu from the end", msg, (size_t)(r->end - r->p));
    r->failed = true;
    return false;
}

static bool get(reader *r, void *out, size_t n)
{
    if (r->failed)
        return false;
    if ((size_t)(r->end - r->p) < n)
        return fail(r, "truncated data");
    memcpy(out, r->p, n);
    r->p += n;
    return true;
}

static bool get_u8(reader *r, uint8_t *v)
{
    return get(r, v, 1);
}

static bool get_u32(reader *r, uint32_t *v)
{
    uint8_t s[4];
    if (!get(r, s, 4))
        return false;
    *v = (uint32_t)s[0] | (uint32_t)s[1] << 8 | (uint32_t)s[2] << 16 | (uint32_t)s[3] << 24;
    return true;
}

static bool get_u64(reader *r, uint64_t *v)
{
    uint32_t lo, hi;
    if (!get_u32(r, &lo) || !get_u32(r, &hi))
        return false;
    *v = (uint64_t)hi << 32 | lo;
    return true;
}

/* @p n little-endian 64-bit words (one copy on a little-endian host). */
static bool get_words(reader *r, uint64_t *out, uint32_t n)
{
    if (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
        return get(r, out, (size_t)n * 8);
    for (uint32_t i = 0; i < n; i++)
        if (!get_u64(r, &out[i]))
            return false;
    return true;
}

static bool get_f64(reader *r, double *d)
{
    uint64_t v;
    if (!get_u64(r, &v))
        return false;
    memcpy(d, &v, 8);
    return true;
}

/* A count of items of at least @p minsize bytes each: never more than the
 * bytes left can hold, so a corrupt count cannot make a huge allocation. */
static bool get_count(reader *r, uint32_t *n, size_t minsize)
{
    if (!get_u32(r, n))
        return false;
    if ((uint64_t)*n * minsize > (uint64_t)(r->end - r->p))
        return fail(r, "count larger than the data left");
    return true;
}

static void *alloc(reader *r, size_t n)
{
    void *p = tpy_arena_alloc(r->a, n ? n : 1);
    if (!p)
        fail(r, "out of memory");
    return p;
}

/* A length-prefixed string, NUL-terminated in the arena. */
static bool get_str(reader *r, const char **s, uint32_t *len)
{
    uint32_t n;
    if (!get_count(r, &n, 1))
        return false;
    char *d = alloc(r, (size_t)n + 1);
    if (!d || !get(r, d, n))
        return false;
    d[n] = 0;
    *s = d;
    *len = n;
    return true;
}

static bool get_name(reader *r, tpy_name *nm)
{
    return get_str(r, &nm->s, &nm->len);
}

static const tpy_code *get_code(reader *r);

static bool get_const(reader *r, tpy_kval *k)
{
    uint8_t kind;
    memset(k, 0, sizeof *k);
    if (!get_u8(r, &kind))
        return false;
    if (kind >= TPY_K_COUNT)
        return fail(r, "unknown constant kind");
    k->kind = (tpy_kkind)kind;
    switch (k->kind) {
    case TPY_K_INT: return get_u64(r, (uint64_t *)&k->u.i);
    case TPY_K_FLOAT: return get_f64(r, &k->u.f);
    case TPY_K_COMPLEX: return get_f64(r, &k->u.c.re) && get_f64(r, &k->u.c.im);
    case TPY_K_BIGINT: case TPY_K_STR: case TPY_K_BYTES: return get_str(r, &k->u.s, &k->len);
    case TPY_K_TUPLE: {
        if (++r->depth > TPY_MARSHAL_MAX_DEPTH)
            return fail(r, "constants nested too deeply");
        uint32_t n;
        if (!get_count(r, &n, 1))
            return false;
        tpy_kval *items = alloc(r, (size_t)n * sizeof *items);
        for (uint32_t i = 0; items && i < n; i++)
            if (!get_const(r, &items[i]))
                return false;
        k->u.items = items;
        k->len = n;
        r->depth--;
        return items != NULL;
    }
    case TPY_K_CODE:
        k->u.code = get_code(r);
        return k->u.code != NULL;
    default:
        return true;
    }
}

static bool get_code_arrays(reader *r, tpy_code *co)
{
    uint32_t n;
    if (!get_count(r, &n, 8))
        return false;
    tpy_instr *code = alloc(r, (size_t)n * sizeof *code);
    if (!code || !get_words(r, code, n))
        return false;
    co->code = code;
    co->ncode = n;
    if (!get_count(r, &n, 1))
        return false;
    tpy_kval *consts = alloc(r, (size_t)n * sizeof *consts);
    for (uint32_t i = 0; consts && i < n; i++)
        if (!get_const(r, &consts[i]))
            return false;
    co->consts = consts;
    co->nconsts = n;
    if (!get_count(r, &n, 4))
        return false;
    tpy_name *names = alloc(r, (size_t)n * sizeof *names);
    for (uint32_t i = 0; names && i < n; i++)
        if (!get_name(r, &names[i]))
            return false;
    co->names = names;
    co->nnames = n;
    if (!get_count(r, &n, 5))
        return false;
    tpy_name *slots = alloc(r, (size_t)n * sizeof *slots);
    uint8_t *kinds = alloc(r, n);
    for (uint32_t i = 0; slots && kinds && i < n; i++)
        if (!get_u8(r, &kinds[i]) || !get_name(r, &slots[i]))
            return false;
    co->slotnames = slots;
    co->slotkinds = kinds;
    co->nlocals = n;
    return !r->failed;
}

static bool get_code_tail(reader *r, tpy_code *co)
{
    uint32_t *scalars[] = {&co->nfree, &co->nregs, &co->argcount, &co->posonlyargcount,
                           &co->kwonlyargcount, &co->flags, &co->firstline, &co->maxnesting};
    for (size_t i = 0; i < sizeof scalars / sizeof scalars[0]; i++)
        if (!get_u32(r, scalars[i]))
            return false;
    const char *lt;
    if (!get_name(r, &co->name) || !get_name(r, &co->qualname) ||
        !get_name(r, &co->filename) || !get_str(r, &lt, &co->nlinetable))
        return false;
    co->linetable = (const uint8_t *)lt;
    uint32_t n;
    if (!get_count(r, &n, 16))
        return false;
    tpy_exc_entry *exc = alloc(r, (size_t)n * sizeof *exc);
    for (uint32_t i = 0; exc && i < n; i++)
        if (!get_u32(r, &exc[i].start) || !get_u32(r, &exc[i].end) ||
            !get_u32(r, &exc[i].target) || !get_u32(r, &exc[i].reg))
            return false;
    co->exctable = exc;
    co->nexc = n;
    return !r->failed;
}

static const tpy_code *get_code(reader *r)
{
    if (++r->depth > TPY_MARSHAL_MAX_DEPTH) {
        fail(r, "code units nested too deeply");
        return NULL;
    }
    tpy_code *co = alloc(r, sizeof *co);
    if (!co)
        return NULL;
    memset(co, 0, sizeof *co);
    if (!get_code_arrays(r, co) || !get_code_tail(r, co))
        return NULL;
    r->depth--;
    return co;
}

const tpy_code *tpy_marshal_load_body(tpy_arena *a, const uint8_t *buf, size_t len,
                                      char *why, size_t whylen)
{
    reader r = {.p = buf, .end = buf + len, .a = a, .why = why, .whylen = whylen};
    const tpy_code *co = get_code(&r);
    if (co && r.p != r.end) {
        fail(&r, "extra bytes after the code");
        return NULL;
    }
    return r.failed ? NULL : co;
}

bool tpy_marshal_read_header(const uint8_t *buf, size_t len, tpy_marshal_header *h,
                             char *why, size_t whylen)
{
    reader r = {.p = buf, .end = buf + len, .why = why, .whylen = whylen};
    char magic[4];
    uint64_t mtime = 0;
    if (len < TPY_MARSHAL_HEADER_SIZE) {
        snprintf(why, whylen, "file too short for a header (%zu bytes)", len);
        return false;
    }
    get(&r, magic, 4);
    if (memcmp(magic, TPY_MARSHAL_MAGIC, 4) != 0) {
        snprintf(why, whylen, "bad magic number");
        return false;
    }
    get_u32(&r, &h->version);
    get_u64(&r, &h->source_size);
    get_u64(&r, &mtime);
    h->source_mtime_ns = (int64_t)mtime;
    get_u32(&r, &h->body_len);
    get_u32(&r, &h->checksum);
    if (h->version != TPY_MARSHAL_VERSION) {
        snprintf(why, whylen, "format version %u, expected %u", h->version, TPY_MARSHAL_VERSION);
        return false;
    }
    if (h->body_len != len - TPY_MARSHAL_HEADER_SIZE) {
        snprintf(why, whylen, "body length %u does not match the file (%zu bytes)", h->body_len,
                 len - TPY_MARSHAL_HEADER_SIZE);
        return false;
    }
    if (tpy_marshal_checksum(buf + TPY_MARSHAL_HEADER_SIZE, h->body_len) != h->checksum) {
        snprintf(why, whylen, "checksum mismatch");
        return false;
    }
    return true;
}

const tpy_code *tpy_marshal_load(tpy_arena *a, const uint8_t *buf, size_t len,
                                 tpy_marshal_header *h, char *why, size_t whylen)
{
    if (!tpy_marshal_read_header(buf, len, h, why, whylen))
        return NULL;
    return tpy_marshal_load_body(a, buf + TPY_MARSHAL_HEADER_SIZE, h->body_len, why, whylen);
}
