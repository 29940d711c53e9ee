/* code.c: code units, their constants, and the builder the code generator
 * fills. */
#include "code.h"

#include <string.h>

#include <tierpy/mem.h>

#include "linetable.h"

uint32_t tpy_code_line(const tpy_code *co, uint32_t pc)
{
    return pc < co->ncode ? tpy_linetable_line(co->linetable, co->nlinetable, co->firstline, pc)
                          : 0;
}

bool tpy_code_position(const tpy_code *co, uint32_t pc, tpy_position *out)
{
    if (pc >= co->ncode) {
        *out = (tpy_position){0, 0, -1, -1};
        return false;
    }
    uint32_t index = 0;
    for (uint32_t at = 0; at + tpy_op_width(TPY_I_OP(co->code[at])) <= pc; index++)
        at += tpy_op_width(TPY_I_OP(co->code[at]));
    uint32_t line = tpy_code_line(co, pc);
    if (!line)
        return false;
    tpy_coltable_get(co->coltable, co->ncoltable, index, line, out);
    return true;
}

uint32_t tpy_code_nargs(const tpy_code *co)
{
    return co->argcount + co->kwonlyargcount + !!(co->flags & TPY_CO_VARARGS) +
           !!(co->flags & TPY_CO_VARKEYWORDS);
}

bool tpy_name_make(tpy_arena *a, const char *s, size_t n, tpy_name *out)
{
    char *copy = tpy_arena_strndup(a, s, n);
    if (!copy)
        return false;
    out->s = copy;
    out->len = (uint32_t)n;
    return true;
}

/* ---- constants ---------------------------------------------------------- */

static uint64_t hash_bytes(const void *p, size_t n, uint64_t h)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 0x100000001b3ull;
    return h;
}

uint64_t tpy_kval_hash(const tpy_kval *k)
{
    uint64_t h = 0xcbf29ce484222325ull ^ (uint64_t)k->kind;
    switch (k->kind) {
    case TPY_K_INT: return hash_bytes(&k->u.i, sizeof k->u.i, h);
    case TPY_K_FLOAT: return hash_bytes(&k->u.f, sizeof k->u.f, h);
    case TPY_K_COMPLEX: return hash_bytes(&k->u.c, sizeof k->u.c, h);
    case TPY_K_BIGINT: case TPY_K_STR: case TPY_K_BYTES:
        return hash_bytes(k->u.s, k->len, h);
    case TPY_K_TUPLE:
        for (uint32_t i = 0; i < k->len; i++)
            h = (h ^ tpy_kval_hash(&k->u.items[i])) * 0x100000001b3ull;
        return h ^ k->len;
    case TPY_K_CODE: return hash_bytes(&k->u.code, sizeof k->u.code, h);
    default: return h;
    }
}

bool tpy_kval_equal(const tpy_kval *a, const tpy_kval *b)
{
    if (a->kind != b->kind || a->len != b->len)
        return false;
    switch (a->kind) {
    case TPY_K_INT: return a->u.i == b->u.i;
    case TPY_K_FLOAT: return memcmp(&a->u.f, &b->u.f, sizeof a->u.f) == 0;
    case TPY_K_COMPLEX: return memcmp(&a->u.c, &b->u.c, sizeof a->u.c) == 0;
    case TPY_K_BIGINT: case TPY_K_STR: case TPY_K_BYTES:
        return memcmp(a->u.s, b->u.s, a->len) == 0;
    case TPY_K_TUPLE:
        for (uint32_t i = 0; i < a->len; i++)
            if (!tpy_kval_equal(&a->u.items[i], &b->u.items[i]))
                return false;
        return true;
    case TPY_K_CODE: return tpy_code_equal(a->u.code, b->u.code);
    default: return true;
    }
}

static bool name_equal(tpy_name a, tpy_name b)
{
    return a.len == b.len && memcmp(a.s, b.s, a.len) == 0;
}

static bool names_equal(const tpy_name *a, const tpy_name *b, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (!name_equal(a[i], b[i]))
            return false;
    return true;
}

static bool code_scalars_equal(const tpy_code *a, const tpy_code *b)
{
    return a->ncode == b->ncode && a->nconsts == b->nconsts && a->nnames == b->nnames &&
           a->nlocals == b->nlocals && a->nfree == b->nfree && a->nregs == b->nregs &&
           a->argcount == b->argcount && a->posonlyargcount == b->posonlyargcount &&
           a->kwonlyargcount == b->kwonlyargcount && a->flags == b->flags &&
           a->firstline == b->firstline && a->maxnesting == b->maxnesting &&
           a->nlinetable == b->nlinetable && a->ncoltable == b->ncoltable && a->nexc == b->nexc;
}

bool tpy_code_equal(const tpy_code *a, const tpy_code *b)
{
    if (!code_scalars_equal(a, b) || !name_equal(a->name, b->name) ||
        !name_equal(a->qualname, b->qualname) || !name_equal(a->filename, b->filename))
        return false;
    if (memcmp(a->code, b->code, a->ncode * sizeof *a->code) != 0 ||
        memcmp(a->linetable, b->linetable, a->nlinetable) != 0 ||
        memcmp(a->coltable, b->coltable, a->ncoltable) != 0 ||
        memcmp(a->slotkinds, b->slotkinds, a->nlocals) != 0 ||
        (a->nexc && memcmp(a->exctable, b->exctable, a->nexc * sizeof *a->exctable) != 0))
        return false;
    if (!names_equal(a->names, b->names, a->nnames) ||
        !names_equal(a->slotnames, b->slotnames, a->nlocals))
        return false;
    for (uint32_t i = 0; i < a->nconsts; i++)
        if (!tpy_kval_equal(&a->consts[i], &b->consts[i]))
            return false;
    return true;
}

/* ---- the builder -------------------------------------------------------- */

void tpy_code_builder_init(tpy_code_builder *b, tpy_arena *arena)
{
    memset(b, 0, sizeof *b);
    b->arena = arena;
}

void tpy_code_builder_fini(tpy_code_builder *b)
{
    tpy_mem_free(b->code);
    tpy_mem_free(b->locs);
    tpy_mem_free(b->consts);
    tpy_mem_free(b->kmap);
    tpy_mem_free(b->names);
    tpy_mem_free(b->nmap);
    tpy_mem_free(b->exc);
    memset(b, 0, sizeof *b);
}

/* Make room for one more element of @p size in *arr (capacity *cap). */
static bool grow(tpy_code_builder *b, void **arr, uint32_t n, uint32_t *cap, size_t size)
{
    if (n < *cap)
        return true;
    uint32_t ncap = *cap ? *cap * 2 : 16;
    void *p = tpy_mem_realloc(*arr, (size_t)ncap * size);
    if (!p) {
        b->nomem = true;
        return false;
    }
    *arr = p;
    *cap = ncap;
    return true;
}

uint32_t tpy_code_emit(tpy_code_builder *b, tpy_instr word, const tpy_position *loc)
{
    uint32_t cap = b->capcode;
    if (!grow(b, (void **)&b->code, b->ncode, &cap, sizeof *b->code))
        return b->ncode;
    if (cap != b->capcode) {
        tpy_position *locs = tpy_mem_realloc(b->locs, (size_t)cap * sizeof *locs);
        if (!locs) {
            b->nomem = true;
            return b->ncode;
        }
        b->locs = locs;
        b->capcode = cap;
    }
    b->code[b->ncode] = word;
    b->locs[b->ncode] = *loc;
    return b->ncode++;
}

/* Rebuild an open-addressing map of @p n entries keyed by @p hash. */
static bool map_rebuild(tpy_code_builder *b, uint32_t **map, uint32_t *cap, uint32_t n,
                        uint64_t (*hash)(const tpy_code_builder *, uint32_t))
{
    uint32_t ncap = *cap ? *cap * 2 : 64;
    uint32_t *m = tpy_mem_calloc(ncap, sizeof *m);
    if (!m) {
        b->nomem = true;
        return false;
    }
    for (uint32_t i = 0; i < n; i++) {
        uint32_t slot = (uint32_t)hash(b, i) & (ncap - 1);
        while (m[slot])
            slot = (slot + 1) & (ncap - 1);
        m[slot] = i + 1;
    }
    tpy_mem_free(*map);
    *map = m;
    *cap = ncap;
    return true;
}

static uint64_t const_hash_at(const tpy_code_builder *b, uint32_t i)
{
    return tpy_kval_hash(&b->consts[i]);
}

uint32_t tpy_code_const(tpy_code_builder *b, const tpy_kval *k)
{
    if ((b->nconsts + 1) * 2 > b->kmapcap &&
        !map_rebuild(b, &b->kmap, &b->kmapcap, b->nconsts, const_hash_at))
        return UINT32_MAX;
    uint32_t mask = b->kmapcap - 1, slot = (uint32_t)tpy_kval_hash(k) & mask;
    for (; b->kmap[slot]; slot = (slot + 1) & mask)
        if (k->kind != TPY_K_CODE && tpy_kval_equal(&b->consts[b->kmap[slot] - 1], k))
            return b->kmap[slot] - 1;
    if (!grow(b, (void **)&b->consts, b->nconsts, &b->capconsts, sizeof *b->consts))
        return UINT32_MAX;
    b->consts[b->nconsts] = *k;
    b->kmap[slot] = ++b->nconsts;
    return b->nconsts - 1;
}

static uint64_t name_hash(const char *s, size_t n)
{
    return hash_bytes(s, n, 0xcbf29ce484222325ull);
}

static uint64_t name_hash_at(const tpy_code_builder *b, uint32_t i)
{
    return name_hash(b->names[i].s, b->names[i].len);
}

uint32_t tpy_code_name(tpy_code_builder *b, const char *s)
{
    size_t n = strlen(s);
    if ((b->nnames + 1) * 2 > b->nmapcap &&
        !map_rebuild(b, &b->nmap, &b->nmapcap, b->nnames, name_hash_at))
        return UINT32_MAX;
    uint32_t mask = b->nmapcap - 1, slot = (uint32_t)name_hash(s, n) & mask;
    for (; b->nmap[slot]; slot = (slot + 1) & mask) {
        const tpy_name *nm = &b->names[b->nmap[slot] - 1];
        if (nm->len == n && memcmp(nm->s, s, n) == 0)
            return b->nmap[slot] - 1;
    }
    tpy_name copy;
    if (!tpy_name_make(b->arena, s, n, &copy)) {
        b->nomem = true;
        return UINT32_MAX;
    }
    if (!grow(b, (void **)&b->names, b->nnames, &b->capnames, sizeof *b->names))
        return UINT32_MAX;
    b->names[b->nnames] = copy;
    b->nmap[slot] = ++b->nnames;
    return b->nnames - 1;
}

void tpy_code_add_exc(tpy_code_builder *b, tpy_exc_entry e)
{
    if (grow(b, (void **)&b->exc, b->nexc, &b->capexc, sizeof *b->exc))
        b->exc[b->nexc++] = e;
}

/* A copy of @p n elements of @p size into the arena (non-NULL when n is 0). */
static void *arena_copy(tpy_arena *a, const void *src, size_t n, size_t size)
{
    void *dst = tpy_arena_alloc(a, n * size + 1);
    if (dst && n)
        memcpy(dst, src, n * size);
    return dst;
}

/* The column table groups each instruction's words with its caches. */
static const uint8_t *encode_columns(tpy_code_builder *b, uint32_t *outlen)
{
    uint8_t *width = tpy_mem_calloc((size_t)b->ncode + 1, 1);
    if (!width)
        return NULL;
    for (uint32_t pc = 0; pc < b->ncode;) {
        uint32_t w = tpy_op_width(TPY_I_OP(b->code[pc]));
        if (w > b->ncode - pc)
            w = b->ncode - pc;
        width[pc] = (uint8_t)w;
        pc += w;
    }
    const uint8_t *t = tpy_coltable_encode(b->arena, b->locs, width, b->ncode, outlen);
    tpy_mem_free(width);
    return t;
}

bool tpy_code_finish(tpy_code_builder *b, tpy_code *co)
{
    if (b->nomem)
        return false;
    tpy_arena *a = b->arena;
    co->code = arena_copy(a, b->code, b->ncode, sizeof *b->code);
    co->ncode = b->ncode;
    co->consts = arena_copy(a, b->consts, b->nconsts, sizeof *b->consts);
    co->nconsts = b->nconsts;
    co->names = arena_copy(a, b->names, b->nnames, sizeof *b->names);
    co->nnames = b->nnames;
    co->exctable = arena_copy(a, b->exc, b->nexc, sizeof *b->exc);
    co->nexc = b->nexc;
    co->linetable = tpy_linetable_encode(a, b->locs, b->ncode, co->firstline,
                                         &co->nlinetable);
    co->coltable = encode_columns(b, &co->ncoltable);
    return co->code && co->consts && co->names && co->exctable && co->linetable &&
           co->coltable;
}
