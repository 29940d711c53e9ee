/* marshal.c: the code unit tree as bytes.
 *
 * Body grammar (u8/u32/u64 little-endian; idx = u32 index into the string
 * table; blob = u32 length + bytes + a NUL byte):
 *
 *   body    := strings, code
 *   strings := u32 nstr, u32 bloblen, u32 len * nstr,
 *              bloblen bytes: each string followed by a NUL
 *   code    := u32 * 18 header: ncode nconsts nnames nlocals nexc
 *                  nlinetable ncoltable nfree nregs argcount
 *                  posonlyargcount kwonlyargcount flags firstline
 *                  maxnesting, idx name qualname filename
 *              zero bytes up to a multiple of 8 from the body's start,
 *              u64 * ncode                         instructions and caches
 *              idx * nnames, idx * nlocals         names, slot names
 *              u8 kind * nlocals
 *              linetable bytes, NUL, coltable bytes, NUL
 *              (u32 start end target reg) * nexc
 *              const * nconsts
 *   const   := u8 kind, then: INT u64 | FLOAT u64 bits | COMPLEX 2 * u64 |
 *              STR idx | BIGINT/BYTES blob | TUPLE u32 n, const * n |
 *              CODE code
 *
 * Every string of the tree that is text (names, slot names, the unit's
 * names, str constants) is in the string table once, so that a name used by
 * many units is stored and checked once. Every count of a unit comes
 * first, so that the reader checks the unit's size against the bytes left
 * and allocates it (with its constants, names and exception table) in one
 * piece before reading it. The reader takes instruction
 * words, strings and tables in place from the buffer (no copy) when the
 * buffer is 8-byte aligned and the host little-endian, which is why the
 * words are aligned and every string is NUL-terminated in the file.
 */
#include "marshal.h"

#include <stdio.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <tierpy/mem.h>

#include "verify.h"

#define LITTLE_ENDIAN_HOST (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)

void tpy_bytes_free(tpy_bytes *b)
{
    tpy_mem_free(b->data);
    memset(b, 0, sizeof *b);
}

/* Fletcher's two sums over the body as 64-bit words, four lanes (one per
 * word of a 32-byte block): s1 adds the words, s2 adds s1 after each
 * block. A damaged word always changes its lane's s1 (the change is not 0
 * mod 2^64) and words moved within a lane change s2; the final mix folds
 * every bit of the sums and the tail bytes into 32 bits. Only additions
 * in the loop, so that the vector unit checks a block a cycle or so. */
#if defined(__SSE2__)
static void sum_blocks(const uint8_t *p, size_t blocks, uint64_t s1[4], uint64_t s2[4])
{
    __m128i a0 = _mm_setzero_si128(), a1 = a0, b0 = a0, b1 = a0;
    for (size_t i = 0; i < blocks; i++, p += 32) {
        a0 = _mm_add_epi64(a0, _mm_loadu_si128((const __m128i *)(const void *)p));
        a1 = _mm_add_epi64(a1, _mm_loadu_si128((const __m128i *)(const void *)(p + 16)));
        b0 = _mm_add_epi64(b0, a0);
        b1 = _mm_add_epi64(b1, a1);
    }
    _mm_storeu_si128((__m128i *)(void *)s1, a0);
    _mm_storeu_si128((__m128i *)(void *)(s1 + 2), a1);
    _mm_storeu_si128((__m128i *)(void *)s2, b0);
    _mm_storeu_si128((__m128i *)(void *)(s2 + 2), b1);
}
#else
static uint64_t le64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

static void sum_blocks(const uint8_t *p, size_t blocks, uint64_t s1[4], uint64_t s2[4])
{
    memset(s1, 0, 4 * sizeof *s1);
    memset(s2, 0, 4 * sizeof *s2);
    for (size_t i = 0; i < blocks; i++, p += 32) {
        for (int l = 0; l < 4; l++) {
            s1[l] += le64(p + 8 * l);
            s2[l] += s1[l];
        }
    }
}
#endif

static uint64_t mix(uint64_t x, uint64_t v)
{
    x = (x ^ v) * 0x9e3779b97f4a7c15ull;
    return x ^ x >> 29;
}

uint32_t tpy_marshal_checksum(const uint8_t *p, size_t n)
{
    uint64_t s1[4], s2[4];
    size_t blocks = n / 32;
    sum_blocks(p, blocks, s1, s2);
    uint64_t x = mix(0x165667b19e3779f9ull, n);
    for (int l = 0; l < 4; l++)
        x = mix(mix(x, s1[l]), s2[l]);
    for (size_t i = blocks * 32; i < n; i++)
        x = (x ^ p[i]) * 0x100000001b3ull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 29;
    return (uint32_t)x;
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
    if (n)
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

/* Length, bytes and a NUL, so that the reader can use it in place. */
static void put_blob(tpy_bytes *b, const void *s, uint32_t n)
{
    put_u32(b, n);
    put(b, s, n);
    put_u8(b, 0);
}

/* The string table being written: distinct strings in first-use order and
 * an open-addressing map from text to index + 1 (layer1 memory). */
typedef struct strtab {
    tpy_name *items;
    uint32_t n, cap;
    uint32_t *map;
    uint32_t mapcap;
    bool failed;
} strtab;

static uint64_t text_hash(const char *s, uint32_t n)
{
    uint64_t h = 0xcbf29ce484222325ull ^ n;
    for (uint32_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
    return h;
}

static bool strtab_grow_map(strtab *t)
{
    uint32_t cap = t->mapcap ? t->mapcap * 2 : 256;
    uint32_t *m = tpy_mem_calloc(cap, sizeof *m);
    if (!m)
        return false;
    for (uint32_t i = 0; i < t->n; i++) {
        uint32_t slot = (uint32_t)text_hash(t->items[i].s, t->items[i].len) & (cap - 1);
        while (m[slot])
            slot = (slot + 1) & (cap - 1);
        m[slot] = i + 1;
    }
    tpy_mem_free(t->map);
    t->map = m;
    t->mapcap = cap;
    return true;
}

/* The index of @p nm, added when new (UINT32_MAX when out of memory). */
static uint32_t strtab_index(strtab *t, tpy_name nm)
{
    if (t->failed || ((t->n + 1) * 2 > t->mapcap && !strtab_grow_map(t))) {
        t->failed = true;
        return UINT32_MAX;
    }
    uint32_t mask = t->mapcap - 1, slot = (uint32_t)text_hash(nm.s, nm.len) & mask;
    for (; t->map[slot]; slot = (slot + 1) & mask) {
        const tpy_name *have = &t->items[t->map[slot] - 1];
        if (have->len == nm.len && memcmp(have->s, nm.s, nm.len) == 0)
            return t->map[slot] - 1;
    }
    if (t->n == t->cap) {
        uint32_t cap = t->cap ? t->cap * 2 : 256;
        tpy_name *items = tpy_mem_realloc(t->items, cap * sizeof *items);
        if (!items) {
            t->failed = true;
            return UINT32_MAX;
        }
        t->items = items;
        t->cap = cap;
    }
    t->items[t->n] = nm;
    t->map[slot] = ++t->n;
    return t->n - 1;
}

static void strtab_free(strtab *t)
{
    tpy_mem_free(t->items);
    tpy_mem_free(t->map);
}

static void collect_code(strtab *t, const tpy_code *co);

static void collect_const(strtab *t, const tpy_kval *k)
{
    if (k->kind == TPY_K_STR)
        strtab_index(t, (tpy_name){k->u.s, k->len});
    else if (k->kind == TPY_K_TUPLE)
        for (uint32_t i = 0; i < k->len; i++)
            collect_const(t, &k->u.items[i]);
    else if (k->kind == TPY_K_CODE)
        collect_code(t, k->u.code);
}

/* Every text string of the tree, in the order the writer meets them. */
static void collect_code(strtab *t, const tpy_code *co)
{
    for (uint32_t i = 0; i < co->nconsts; i++)
        collect_const(t, &co->consts[i]);
    for (uint32_t i = 0; i < co->nnames; i++)
        strtab_index(t, co->names[i]);
    for (uint32_t i = 0; i < co->nlocals; i++)
        strtab_index(t, co->slotnames[i]);
    strtab_index(t, co->name);
    strtab_index(t, co->qualname);
    strtab_index(t, co->filename);
}

static void put_strtab(tpy_bytes *b, const strtab *t)
{
    uint64_t blob = 0;
    for (uint32_t i = 0; i < t->n; i++)
        blob += (uint64_t)t->items[i].len + 1;
    if (blob > UINT32_MAX) {
        b->failed = true;
        return;
    }
    put_u32(b, t->n);
    put_u32(b, (uint32_t)blob);
    for (uint32_t i = 0; i < t->n; i++)
        put_u32(b, t->items[i].len);
    for (uint32_t i = 0; i < t->n; i++) {
        put(b, t->items[i].s, t->items[i].len);
        put_u8(b, 0);
    }
}

typedef struct writer {
    tpy_bytes *b;
    size_t body;   /* offset of the body in b: words align from there */
    strtab *strs;
} writer;

static void put_ref(writer *w, tpy_name nm)
{
    put_u32(w->b, strtab_index(w->strs, nm));
}

static void put_code(writer *w, const tpy_code *co);

static void put_const(writer *w, const tpy_kval *k)
{
    tpy_bytes *b = w->b;
    put_u8(b, (uint8_t)k->kind);
    switch (k->kind) {
    case TPY_K_INT: put_u64(b, (uint64_t)k->u.i); break;
    case TPY_K_FLOAT: put_f64(b, k->u.f); break;
    case TPY_K_COMPLEX: put_f64(b, k->u.c.re); put_f64(b, k->u.c.im); break;
    case TPY_K_STR: put_ref(w, (tpy_name){k->u.s, k->len}); break;
    case TPY_K_BIGINT: case TPY_K_BYTES: put_blob(b, k->u.s, k->len); break;
    case TPY_K_TUPLE:
        put_u32(b, k->len);
        for (uint32_t i = 0; i < k->len; i++)
            put_const(w, &k->u.items[i]);
        break;
    case TPY_K_CODE: put_code(w, k->u.code); break;
    default: break;
    }
}

/* The words, aligned to 8 bytes from the body's start. */
static void put_words(writer *w, const tpy_code *co)
{
    static const uint8_t zeros[8];
    tpy_bytes *b = w->b;
    put(b, zeros, (8 - (b->len - w->body) % 8) % 8);
    if (LITTLE_ENDIAN_HOST)
        put(b, co->code, (size_t)co->ncode * 8);
    else
        for (uint32_t i = 0; i < co->ncode; i++)
            put_u64(b, co->code[i]);
}

/* The unit's header: every count first, so that the reader can check and
 * allocate the whole unit at once (see UNIT_* in the reader). */
static void put_unit_header(writer *w, const tpy_code *co)
{
    const uint32_t fields[] = {
        co->ncode, co->nconsts, co->nnames, co->nlocals, co->nexc, co->nlinetable,
        co->ncoltable, co->nfree, co->nregs, co->argcount, co->posonlyargcount,
        co->kwonlyargcount, co->flags, co->firstline, co->maxnesting,
        strtab_index(w->strs, co->name), strtab_index(w->strs, co->qualname),
        strtab_index(w->strs, co->filename)};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        put_u32(w->b, fields[i]);
}

static void put_code(writer *w, const tpy_code *co)
{
    tpy_bytes *b = w->b;
    put_unit_header(w, co);
    put_words(w, co);
    for (uint32_t i = 0; i < co->nnames; i++)
        put_ref(w, co->names[i]);
    for (uint32_t i = 0; i < co->nlocals; i++)
        put_ref(w, co->slotnames[i]);
    put(b, co->slotkinds, co->nlocals);
    put(b, co->linetable, co->nlinetable);
    put_u8(b, 0);
    put(b, co->coltable, co->ncoltable);
    put_u8(b, 0);
    for (uint32_t i = 0; i < co->nexc; i++) {
        put_u32(b, co->exctable[i].start);
        put_u32(b, co->exctable[i].end);
        put_u32(b, co->exctable[i].target);
        put_u32(b, co->exctable[i].reg);
    }
    for (uint32_t i = 0; i < co->nconsts; i++)
        put_const(w, &co->consts[i]);
}

bool tpy_marshal_dump_body(const tpy_code *co, tpy_bytes *out)
{
    strtab t = {0};
    collect_code(&t, co);
    writer w = {.b = out, .body = out->len, .strs = &t};
    if (!t.failed) {
        put_strtab(out, &t);
        put_code(&w, co);
    }
    bool ok = !t.failed && !out->failed;
    out->failed |= t.failed;
    strtab_free(&t);
    return ok;
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
    if (!tpy_marshal_dump_body(co, out))
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
    const uint8_t *body;        /* the body's first byte: words align from it */
    tpy_arena *a;
    const tpy_name *strs;       /* the string table */
    uint32_t nstr;
    const uint8_t *has_nul;     /* per string: contains a NUL (NULL: none does) */
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

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static bool need(reader *r, size_t n)
{
    if (r->failed)
        return false;
    if ((size_t)(r->end - r->p) < n)
        return fail(r, "truncated data");
    return true;
}

static bool get_u8(reader *r, uint8_t *v)
{
    if (!need(r, 1))
        return false;
    *v = *r->p++;
    return true;
}

static bool get_u32(reader *r, uint32_t *v)
{
    if (!need(r, 4))
        return false;
    *v = le32(r->p);
    r->p += 4;
    return true;
}

static bool get_u64(reader *r, uint64_t *v)
{
    if (!need(r, 8))
        return false;
    *v = (uint64_t)le32(r->p + 4) << 32 | le32(r->p);
    r->p += 8;
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

/* Length, bytes and NUL, used in place. */
static bool get_blob(reader *r, const char **s, uint32_t *len)
{
    uint32_t n;
    if (!get_count(r, len, 1) || !need(r, (size_t)*len + 1))
        return false;
    n = *len;
    if (r->p[n] != 0)
        return fail(r, "string not NUL-terminated");
    *s = (const char *)r->p;
    r->p += (size_t)n + 1;
    return true;
}

/* A reference into the string table; names may not contain NUL. */
static bool get_ref(reader *r, tpy_name *nm, bool is_name)
{
    uint32_t i;
    if (!get_u32(r, &i))
        return false;
    if (i >= r->nstr)
        return fail(r, "string index out of range");
    if (is_name && r->has_nul && r->has_nul[i])
        return fail(r, "a name contains a NUL character");
    *nm = r->strs[i];
    return true;
}

/* Per string, whether it holds a NUL besides its terminator: only needed
 * when the table has more NULs than strings. */
static bool mark_nuls(reader *r, tpy_name *strs, uint32_t n)
{
    uint8_t *has = alloc(r, n);
    if (!has)
        return false;
    for (uint32_t i = 0; i < n; i++)
        has[i] = memchr(strs[i].s, 0, strs[i].len) != NULL;
    r->has_nul = has;
    return true;
}

/* The string table: lengths, then the NUL-separated text, checked once for
 * UTF-8 as a whole (a NUL ends no multi-byte sequence, so the whole is
 * valid exactly when every string is). */
static bool get_strtab(reader *r)
{
    uint32_t n, bloblen;
    if (!get_count(r, &n, 5) || !get_u32(r, &bloblen) || !need(r, (size_t)n * 4 + bloblen))
        return false;
    const uint8_t *lens = r->p, *blob = r->p + (size_t)n * 4;
    tpy_name *strs = alloc(r, (size_t)n * sizeof *strs);
    if (!strs)
        return false;
    uint64_t off = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t len = le32(lens + 4 * (size_t)i);
        if (off + len >= bloblen || blob[off + len] != 0)
            return fail(r, "malformed string table");
        strs[i] = (tpy_name){(const char *)blob + off, len};
        off += (uint64_t)len + 1;
    }
    size_t nuls;
    if (off != bloblen)
        return fail(r, "malformed string table");
    if (!tpy_verify_text((const char *)blob, bloblen, &nuls))
        return fail(r, "a string is not valid UTF-8");
    r->p = blob + bloblen;
    r->strs = strs;
    r->nstr = n;
    return nuls == n || mark_nuls(r, strs, n);
}

static const tpy_code *get_code(reader *r);
static bool get_const(reader *r, tpy_kval *k);

static bool get_tuple(reader *r, tpy_kval *k)
{
    if (++r->depth > TPY_MARSHAL_MAX_DEPTH)
        return fail(r, "constants nested too deeply");
    uint32_t n;
    if (!get_count(r, &n, 1))
        return false;
    tpy_kval *items = alloc(r, (size_t)n * sizeof *items);
    if (!items)
        return false;
    for (uint32_t i = 0; i < n; i++)
        if (!get_const(r, &items[i]))
            return false;
    k->u.items = items;
    k->len = n;
    r->depth--;
    return true;
}

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
    case TPY_K_STR: {
        tpy_name nm;
        if (!get_ref(r, &nm, false))
            return false;
        k->u.s = nm.s;
        k->len = nm.len;
        return true;
    }
    case TPY_K_BIGINT: case TPY_K_BYTES: return get_blob(r, &k->u.s, &k->len);
    case TPY_K_TUPLE: return get_tuple(r, k);
    case TPY_K_CODE:
        k->u.code = get_code(r);
        return k->u.code != NULL;
    default:
        return true;
    }
}

/* The unit header's fields, in the order put_unit_header() writes them. */
enum {
    UNIT_NCODE, UNIT_NCONSTS, UNIT_NNAMES, UNIT_NLOCALS, UNIT_NEXC, UNIT_NLINETABLE,
    UNIT_NCOLTABLE, UNIT_NFREE, UNIT_NREGS, UNIT_ARGCOUNT, UNIT_POSONLY, UNIT_KWONLY,
    UNIT_FLAGS, UNIT_FIRSTLINE, UNIT_MAXNESTING, UNIT_NAME, UNIT_QUALNAME, UNIT_FILENAME,
    UNIT_FIELDS
};

/* The instruction words (r->p is past the padding): in place when aligned
 * on a little-endian host, else copied (and byte-swapped on a big-endian
 * one). */
static bool get_words(reader *r, tpy_code *co, uint32_t n)
{
    if (LITTLE_ENDIAN_HOST && ((uintptr_t)r->p & 7) == 0) {
        co->code = (const tpy_instr *)(const void *)r->p;
    } else {
        tpy_instr *code = alloc(r, (size_t)n * sizeof *code);
        if (!code)
            return false;
        for (uint32_t i = 0; i < n; i++)
            code[i] = (uint64_t)le32(r->p + 8 * (size_t)i + 4) << 32 | le32(r->p + 8 * (size_t)i);
        co->code = code;
    }
    co->ncode = n;
    r->p += (size_t)n * 8;
    return true;
}

/* @p n references to names (no NUL allowed) into @p names; their bytes
 * are known to be there. */
static bool get_refs(reader *r, tpy_name *names, uint32_t n)
{
    const uint8_t *p = r->p;
    const tpy_name *strs = r->strs;
    const uint32_t nstr = r->nstr;
    uint32_t bad = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t ix = le32(p + 4 * (size_t)i);
        bad |= ix >= nstr;
        names[i] = strs[ix < nstr ? ix : 0];
    }
    if (bad || r->has_nul) {
        /* again one by one, for the message or the NUL check */
        for (uint32_t i = 0; i < n; i++)
            if (!get_ref(r, &names[i], true))
                return false;
    } else {
        r->p += 4 * (size_t)n;
    }
    return true;
}

/* A table of @p n bytes and its NUL, used in place. */
static const uint8_t *get_table(reader *r, uint32_t n)
{
    const uint8_t *t = r->p;
    if (t[n] != 0) {
        fail(r, "table not NUL-terminated");
        return NULL;
    }
    r->p += (size_t)n + 1;
    return t;
}

/* Whether the bytes left hold the unit's parts after its header (@p pad
 * bytes of padding, the arrays and tables, each constant counted as its
 * one kind byte), so that a corrupt count cannot ask for a huge
 * allocation; and whether the padding is zero. */
static bool unit_fits(reader *r, const uint32_t *h, size_t pad)
{
    uint64_t n = pad + 8ull * h[UNIT_NCODE] + 5ull * h[UNIT_NLOCALS] + 4ull * h[UNIT_NNAMES] +
                 (uint64_t)h[UNIT_NLINETABLE] + h[UNIT_NCOLTABLE] + 2 +
                 16ull * h[UNIT_NEXC] + h[UNIT_NCONSTS];
    if (n > (uint64_t)(r->end - r->p))
        return fail(r, "count larger than the data left");
    for (size_t i = 0; i < pad; i++)
        if (r->p[i])
            return fail(r, "padding is not zero");
    return true;
}

/* The unit's memory in one piece: the unit, its constants, names and slot
 * names, and exception table. */
static tpy_code *alloc_unit(reader *r, const uint32_t *h)
{
    size_t nk = h[UNIT_NCONSTS], nn = (size_t)h[UNIT_NNAMES] + h[UNIT_NLOCALS];
    size_t off_k = (sizeof(tpy_code) + 15) & ~(size_t)15;
    size_t off_n = off_k + nk * sizeof(tpy_kval);
    size_t off_e = off_n + nn * sizeof(tpy_name);
    uint8_t *m = alloc(r, off_e + (size_t)h[UNIT_NEXC] * sizeof(tpy_exc_entry));
    if (!m)
        return NULL;
    tpy_code *co = (tpy_code *)(void *)m;
    memset(co, 0, sizeof *co);
    co->consts = (const tpy_kval *)(void *)(m + off_k);
    co->names = (const tpy_name *)(void *)(m + off_n);
    co->slotnames = co->names + h[UNIT_NNAMES];
    co->exctable = (const tpy_exc_entry *)(void *)(m + off_e);
    return co;
}

/* Scalars and the unit's own names from the header. */
static bool set_scalars(reader *r, tpy_code *co, const uint32_t *h)
{
    co->nfree = h[UNIT_NFREE];
    co->nregs = h[UNIT_NREGS];
    co->argcount = h[UNIT_ARGCOUNT];
    co->posonlyargcount = h[UNIT_POSONLY];
    co->kwonlyargcount = h[UNIT_KWONLY];
    co->flags = h[UNIT_FLAGS];
    co->firstline = h[UNIT_FIRSTLINE];
    co->maxnesting = h[UNIT_MAXNESTING];
    tpy_name *own[3] = {&co->name, &co->qualname, &co->filename};
    for (int i = 0; i < 3; i++) {
        uint32_t ix = h[UNIT_NAME + i];
        if (ix >= r->nstr)
            return fail(r, "string index out of range");
        if (r->has_nul && r->has_nul[ix])
            return fail(r, "a name contains a NUL character");
        *own[i] = r->strs[ix];
    }
    return true;
}

/* The arrays after the words: name references, slot kinds, the position
 * tables, the exception table; unit_fits() has made sure of their bytes. */
static bool get_arrays(reader *r, tpy_code *co, const uint32_t *h)
{
    if (!get_refs(r, (tpy_name *)co->names, h[UNIT_NNAMES] + h[UNIT_NLOCALS]))
        return false;
    co->nnames = h[UNIT_NNAMES];
    co->nlocals = h[UNIT_NLOCALS];
    co->slotkinds = r->p;
    r->p += co->nlocals;
    co->nlinetable = h[UNIT_NLINETABLE];
    co->ncoltable = h[UNIT_NCOLTABLE];
    if (!(co->linetable = get_table(r, co->nlinetable)) ||
        !(co->coltable = get_table(r, co->ncoltable)))
        return false;
    tpy_exc_entry *exc = (tpy_exc_entry *)co->exctable;
    for (uint32_t i = 0; i < h[UNIT_NEXC]; i++, r->p += 16)
        exc[i] = (tpy_exc_entry){le32(r->p), le32(r->p + 4), le32(r->p + 8), le32(r->p + 12)};
    co->nexc = h[UNIT_NEXC];
    return true;
}

static const tpy_code *get_code(reader *r)
{
    if (++r->depth > TPY_MARSHAL_MAX_DEPTH) {
        fail(r, "code units nested too deeply");
        return NULL;
    }
    if (!need(r, 4 * UNIT_FIELDS))
        return NULL;
    uint32_t h[UNIT_FIELDS];
    for (int i = 0; i < UNIT_FIELDS; i++)
        h[i] = le32(r->p + 4 * i);
    r->p += 4 * UNIT_FIELDS;
    size_t pad = (8 - (size_t)(r->p - r->body) % 8) % 8;
    if (!unit_fits(r, h, pad))
        return NULL;
    r->p += pad;
    tpy_code *co = alloc_unit(r, h);
    if (!co || !set_scalars(r, co, h) || !get_words(r, co, h[UNIT_NCODE]) ||
        !get_arrays(r, co, h))
        return NULL;
    tpy_kval *consts = (tpy_kval *)co->consts;
    for (uint32_t i = 0; i < h[UNIT_NCONSTS]; i++)
        if (!get_const(r, &consts[i]))
            return NULL;
    co->nconsts = h[UNIT_NCONSTS];
    r->depth--;
    return co;
}

const tpy_code *tpy_marshal_load_body(tpy_arena *a, const uint8_t *buf, size_t len,
                                      char *why, size_t whylen)
{
    reader r = {.p = buf, .end = buf + len, .body = buf, .a = a, .why = why, .whylen = whylen};
    const tpy_code *co = get_strtab(&r) ? get_code(&r) : NULL;
    if (co && r.p != r.end) {
        fail(&r, "extra bytes after the code");
        return NULL;
    }
    return r.failed ? NULL : co;
}

bool tpy_marshal_parse_header(const uint8_t *buf, size_t len, tpy_marshal_header *h,
                              char *why, size_t whylen)
{
    if (len < TPY_MARSHAL_HEADER_SIZE) {
        snprintf(why, whylen, "file too short for a header (%zu bytes)", len);
        return false;
    }
    if (memcmp(buf, TPY_MARSHAL_MAGIC, 4) != 0) {
        snprintf(why, whylen, "bad magic number");
        return false;
    }
    h->version = le32(buf + 4);
    h->source_size = (uint64_t)le32(buf + 12) << 32 | le32(buf + 8);
    h->source_mtime_ns = (int64_t)((uint64_t)le32(buf + 20) << 32 | le32(buf + 16));
    h->body_len = le32(buf + 24);
    h->checksum = le32(buf + 28);
    if (h->version != TPY_MARSHAL_VERSION) {
        snprintf(why, whylen, "format version %u, expected %u", h->version, TPY_MARSHAL_VERSION);
        return false;
    }
    return true;
}

bool tpy_marshal_check_body(const tpy_marshal_header *h, const uint8_t *body, size_t len,
                            char *why, size_t whylen)
{
    if (h->body_len != len) {
        snprintf(why, whylen, "body length %u does not match the file (%zu bytes)", h->body_len,
                 len);
        return false;
    }
    if (tpy_marshal_checksum(body, len) != h->checksum) {
        snprintf(why, whylen, "checksum mismatch");
        return false;
    }
    return true;
}

bool tpy_marshal_read_header(const uint8_t *buf, size_t len, tpy_marshal_header *h,
                             char *why, size_t whylen)
{
    return tpy_marshal_parse_header(buf, len, h, why, whylen) &&
           tpy_marshal_check_body(h, buf + TPY_MARSHAL_HEADER_SIZE, len - TPY_MARSHAL_HEADER_SIZE,
                                  why, whylen);
}

const tpy_code *tpy_marshal_load(tpy_arena *a, const uint8_t *buf, size_t len,
                                 tpy_marshal_header *h, char *why, size_t whylen)
{
    if (!tpy_marshal_read_header(buf, len, h, why, whylen))
        return NULL;
    return tpy_marshal_load_body(a, buf + TPY_MARSHAL_HEADER_SIZE, h->body_len, why, whylen);
}
