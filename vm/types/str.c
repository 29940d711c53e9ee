/* vm/types/str.c: the str type's storage, creation, UTF-8, hash,
 * comparison and repr (methods: str_methods.c; sequence protocol:
 * str_seq.c).
 *
 * PEP 393: a str stores its code points inline at 1, 2 or 4 bytes each,
 * the width chosen by its largest code point, so indexing is O(1) and a
 * given text has exactly one representation (equal strs have equal kind,
 * length and bytes). */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "numglue.h"
#include "refcount.h"
#include "str_internal.h"
#include "types.h"
#include "vm.h"

#define S(o) ((tpy_strobj *)(o))

/* str_destroy() for a str whose UTF-8 form has a block of its own. */
static __attribute__((noinline)) void str_destroy_utf8(tpy_obj_heap *heap, tpy_object *o)
{
    char *u = *tpy_str_utf8_slot(S(o));
    if (u)
        tpy_obj_heap_free(heap, u - sizeof(size_t));   /* the block starts at its length */
    tpy_obj_free(heap, o);
}

/* The common str (ASCII: no UTF-8 block) frees with tail calls only,
 * without a stack frame, and reads no field past the flags. */
static void str_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    if (!S(o)->ascii)
        str_destroy_utf8(heap, o);
    else
        tpy_obj_free(heap, o);
}

tpy_object *tpy_str_new_ascii(tpy_vm *vm, size_t n)
{
    if (n == 0)
        return vm->empty_str;
    if (n > (SIZE_MAX / 4) - 1)
        return tpy_err_no_memory(vm);
    tpy_strobj *s = (tpy_strobj *)tpy_obj_new_var(vm->heap, &tpy_str_type.layout, n + 1);
    if (!s)
        return tpy_err_no_memory(vm);
    s->kind = 1;
    s->ascii = 1;
    s->interned = 0;
    s->length = (intptr_t)n;
    s->hash = -1;
    s->data[n] = 0;
    return (tpy_object *)s;
}

tpy_object *tpy_str_new_raw(tpy_vm *vm, size_t n, int kind, bool ascii)
{
    if (kind == 1 && ascii)   /* the common str, with less to keep across the allocation */
        return tpy_str_new_ascii(vm, n);
    if (n == 0)
        return vm->empty_str;
    if (n > (SIZE_MAX / 4) - 8)   /* room for the terminator, padding and UTF-8 slot */
        return tpy_err_no_memory(vm);
    /* straight to layer3 (as float.c): str is not a heap type, so
     * tpy_alloc_var() would add nothing but a call */
    tpy_strobj *s = (tpy_strobj *)tpy_obj_new_var(vm->heap, &tpy_str_type.layout,
                                                  tpy_str_items(n, kind, ascii));
    if (!s)
        return tpy_err_no_memory(vm);
    s->length = (intptr_t)n;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = ascii;
    s->interned = 0;
    if (!ascii)
        *tpy_str_utf8_slot(s) = NULL;
    /* the terminator, as wide as a code point: one store, not a memset call */
    unsigned char *end = s->data + n * (size_t)kind;
    if (kind == 1)
        *end = 0;
    else if (kind == 2)
        memcpy(end, &(uint16_t){0}, 2);
    else
        memcpy(end, &(uint32_t){0}, 4);
    return (tpy_object *)s;
}

static int kind_for(uint32_t maxc)
{
    return maxc < 256 ? 1 : maxc < 65536 ? 2 : 4;
}

static void put_cp(tpy_strobj *s, size_t i, uint32_t c)
{
    switch (s->kind) {
    case 1: s->data[i] = (unsigned char)c; break;
    case 2: ((uint16_t *)s->data)[i] = (uint16_t)c; break;
    default: ((uint32_t *)s->data)[i] = c; break;
    }
}

static tpy_object *latin1_char(tpy_vm *vm, uint32_t c)
{
    if (!vm->latin1[c]) {
        tpy_object *s = tpy_str_new_raw(vm, 1, 1, c < 128);
        if (!s)
            return NULL;
        S(s)->data[0] = (unsigned char)c;
        vm->latin1[c] = s;   /* the VM keeps one reference */
    }
    return tpy_newref(vm->latin1[c]);
}

tpy_object *tpy_str_from_ucs4(tpy_vm *vm, const uint32_t *cp, size_t n)
{
    uint32_t maxc = 0;
    for (size_t i = 0; i < n; i++)
        maxc |= cp[i];   /* an upper bound of the largest with the same kind and asciiness */
    if (n == 1 && maxc < 256)
        return latin1_char(vm, maxc);
    tpy_object *o = tpy_str_new_raw(vm, n, kind_for(maxc), maxc < 128);
    if (!o || n == 0)
        return o;
    /* one loop per width: the compiler vectorizes each */
    switch (S(o)->kind) {
    case 1:
        for (size_t i = 0; i < n; i++)
            S(o)->data[i] = (unsigned char)cp[i];
        break;
    case 2:
        for (size_t i = 0; i < n; i++)
            ((uint16_t *)S(o)->data)[i] = (uint16_t)cp[i];
        break;
    default:
        memcpy(S(o)->data, cp, n * sizeof *cp);
        break;
    }
    return o;
}

/* ---- UTF-8 decoding ------------------------------------------------------------------------ */

/* Decode one sequence at s[i]; returns its length (> 0) and the code
 * point, or -(bytes consumed by the error) with a reason. Shared with
 * bytes.decode's error handlers (str_internal.h). */
int tpy_utf8_decode1(const unsigned char *s, size_t n, size_t i, uint32_t *cp,
                     const char **reason);
int tpy_utf8_decode1(const unsigned char *s, size_t n, size_t i, uint32_t *cp,
                        const char **reason)
{
    unsigned c = s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len;
    uint32_t min, v;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
    else { *reason = "invalid start byte"; return -1; }
    for (int k = 1; k < len; k++) {
        if (i + (size_t)k >= n) {
            *reason = "unexpected end of data";
            return -k;
        }
        unsigned cc = s[i + (size_t)k];
        /* the second byte's allowed range excludes overlongs, surrogates and > U+10FFFF */
        unsigned lo = 0x80, hi = 0xBF;
        if (k == 1 && c == 0xE0) lo = 0xA0;
        if (k == 1 && c == 0xED) hi = 0x9F;
        if (k == 1 && c == 0xF0) lo = 0x90;
        if (k == 1 && c == 0xF4) hi = 0x8F;
        if (cc < lo || cc > hi) {
            *reason = "invalid continuation byte";
            return -k;
        }
        v = (v << 6) | (cc & 0x3F);
    }
    (void)min;
    *cp = v;
    return len;
}

void tpy_raise_decode_error(tpy_vm *vm, const char *encoding, const char *s, size_t n,
                            size_t start, size_t end, const char *reason)
{
    tpy_object *args[5] = {tpy_str_from_cstr(vm, encoding), tpy_bytes_from(vm, s, n),
                           tpy_int_from_i64(vm, (int64_t)start), tpy_int_from_i64(vm, (int64_t)end),
                           tpy_str_from_cstr(vm, reason)};
    bool ok = true;
    for (int i = 0; i < 5; i++)
        ok = ok && args[i];
    if (ok) {
        tpy_object *e = tpy_exc_new(vm, &tpy_exc_UnicodeDecodeError, args, 5);
        if (e) {
            tpy_err_set_instance(vm, e);
            tpy_decref(vm, e);
        }
    }
    for (int i = 0; i < 5; i++)
        tpy_xdecref(vm, args[i]);
}

/* Whether s[0 .. n) is all ASCII: eight bytes at a time. */
static bool all_ascii(const unsigned char *s, size_t n)
{
    size_t i = 0;
    uint64_t acc = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        acc |= w;
    }
    for (; i < n; i++)
        acc |= s[i];
    return (acc & 0x8080808080808080u) == 0;
}

tpy_object *tpy_str_from_utf8(tpy_vm *vm, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n > 1 && all_ascii(u, n)) {
        tpy_object *o = tpy_str_new_raw(vm, n, 1, true);
        if (o)
            memcpy(S(o)->data, s, n);
        return o;
    }
    size_t count = 0;
    uint32_t maxc = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        const char *reason;
        int len = tpy_utf8_decode1(u, n, i, &cp, &reason);
        if (len < 0) {
            tpy_raise_decode_error(vm, "utf-8", s, n, i, i + (size_t)-len, reason);
            return NULL;
        }
        if (cp > maxc)
            maxc = cp;
        i += (size_t)len;
        count++;
    }
    if (count == 1 && maxc < 256)
        return latin1_char(vm, maxc);
    tpy_object *o = tpy_str_new_raw(vm, count, kind_for(maxc), maxc < 128);
    if (!o || count == 0)
        return o;
    if (maxc < 128) {
        memcpy(S(o)->data, s, n);
        return o;
    }
    size_t j = 0;
    for (size_t i = 0; i < n; j++) {
        uint32_t cp;
        const char *reason;
        i += (size_t)tpy_utf8_decode1(u, n, i, &cp, &reason);
        put_cp(S(o), j, cp);
    }
    return o;
}

tpy_object *tpy_str_from_cstr(tpy_vm *vm, const char *s)
{
    return tpy_str_from_utf8(vm, s, strlen(s));
}

/* ---- UTF-8 encoding (cached) ------------------------------------------------------------------------ */

static size_t utf8_encode1(uint32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

const char *tpy_str_utf8(tpy_vm *vm, tpy_object *o, size_t *len)
{
    tpy_strobj *s = S(o);
    if (s->ascii) {
        if (len)
            *len = (size_t)s->length;
        return (const char *)s->data;
    }
    char **slot = tpy_str_utf8_slot(s);
    if (!*slot) {
        size_t n = 0;
        char tmp[4];
        for (intptr_t i = 0; i < s->length; i++)
            n += utf8_encode1(tpy_str_at(o, i), tmp);
        /* [length][bytes][NUL]: the length rides in front of the text */
        char *block = tpy_vm_malloc(vm, sizeof(size_t) + n + 1);
        if (!block)
            return NULL;
        memcpy(block, &n, sizeof n);
        char *u = block + sizeof(size_t);
        size_t j = 0;
        for (intptr_t i = 0; i < s->length; i++)
            j += utf8_encode1(tpy_str_at(o, i), u + j);
        u[n] = 0;
        *slot = u;
    }
    if (len)
        memcpy(len, *slot - sizeof(size_t), sizeof *len);
    return *slot;
}

/* ---- hash, equality, order ------------------------------------------------------------------------------ */

tpy_hash_t tpy_str_hash(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    tpy_strobj *s = S(o);
    if (s->hash != -1)
        return s->hash;
    if (s->length == 0)
        return 0;   /* as CPython's, whatever its seed: hash('') is 0 */
    /* FNV-1a over the canonical storage, then a final avalanche (the
     * storage of equal strs is identical, so their hashes are too). */
    uint64_t h = 14695981039346656037ull;
    size_t nbytes = (size_t)s->length * s->kind;
    for (size_t i = 0; i < nbytes; i++) {
        h ^= s->data[i];
        h *= 1099511628211ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    tpy_hash_t r = (tpy_hash_t)h;
    if (r == -1)
        r = -2;
    s->hash = r;
    return r;
}

bool tpy_str_equal(const tpy_object *a, const tpy_object *b)
{
    if (a == b)
        return true;
    const tpy_strobj *x = S(a), *y = S(b);
    if (x->length != y->length || x->kind != y->kind)
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(x->data, y->data, (size_t)x->length * x->kind) == 0;
}

bool tpy_str_equal_c(const tpy_object *a, const char *ascii)
{
    const tpy_strobj *x = S(a);
    size_t n = strlen(ascii);
    return x->kind == 1 && (size_t)x->length == n && memcmp(x->data, ascii, n) == 0;
}

int tpy_str_compare(const tpy_object *a, const tpy_object *b)
{
    intptr_t n = tpy_str_len(a) < tpy_str_len(b) ? tpy_str_len(a) : tpy_str_len(b);
    if (S(a)->kind == 1 && S(b)->kind == 1) {
        int c = memcmp(S(a)->data, S(b)->data, (size_t)n);
        if (c)
            return c < 0 ? -1 : 1;
    } else {
        for (intptr_t i = 0; i < n; i++) {
            uint32_t x = tpy_str_at(a, i), y = tpy_str_at(b, i);
            if (x != y)
                return x < y ? -1 : 1;
        }
    }
    return (tpy_str_len(a) > tpy_str_len(b)) - (tpy_str_len(a) < tpy_str_len(b));
}

static tpy_object *str_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    (void)vm;
    if (!tpy_str_check(b))
        return TPY_NOT_IMPLEMENTED;
    if (op == TPY_EQ || op == TPY_NE)
        return tpy_bool(tpy_str_equal(a, b) == (op == TPY_EQ));
    int c = tpy_str_compare(a, b);
    switch (op) {
    case TPY_LT: return tpy_bool(c < 0);
    case TPY_LE: return tpy_bool(c <= 0);
    case TPY_GT: return tpy_bool(c > 0);
    default: return tpy_bool(c >= 0);
    }
}

uint32_t tpy_str_max_char(const tpy_object *o)
{
    uint32_t m = 0;
    for (intptr_t i = 0; i < tpy_str_len(o); i++)
        if (tpy_str_at(o, i) > m)
            m = tpy_str_at(o, i);
    return m;
}

/* ---- building ------------------------------------------------------------------------------------------ */

tpy_object *tpy_str_concat(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (tpy_str_len(b) == 0 && tpy_type_of(a) == &tpy_str_type)
        return tpy_newref(a);
    if (tpy_str_len(a) == 0 && tpy_type_of(b) == &tpy_str_type)
        return tpy_newref(b);
    size_t n = (size_t)(tpy_str_len(a) + tpy_str_len(b));
    int kind = S(a)->kind > S(b)->kind ? S(a)->kind : S(b)->kind;
    tpy_object *o = tpy_str_new_raw(vm, n, kind, S(a)->ascii && S(b)->ascii);
    if (!o)
        return NULL;
    intptr_t na = tpy_str_len(a);
    if (S(a)->kind == kind && S(b)->kind == kind) {
        memcpy(S(o)->data, S(a)->data, (size_t)na * (size_t)kind);
        memcpy(S(o)->data + (size_t)na * (size_t)kind, S(b)->data,
               (size_t)tpy_str_len(b) * (size_t)kind);
        return o;
    }
    for (intptr_t i = 0; i < na; i++)
        put_cp(S(o), (size_t)i, tpy_str_at(a, i));
    for (intptr_t i = 0; i < tpy_str_len(b); i++)
        put_cp(S(o), (size_t)(na + i), tpy_str_at(b, i));
    return o;
}

/* Copy the code points of str `x` into `o` from index `at` on; o's kind
 * is at least x's. Returns the index after them. */
static size_t copy_into(tpy_strobj *o, size_t at, const tpy_strobj *x)
{
    size_t len = (size_t)x->length;
    if (x->kind == o->kind) {
        size_t bytes = len * o->kind;
        unsigned char *d = o->data + at * o->kind;
        if (bytes >= 8 && bytes <= 16) {   /* an f-string's piece: two overlapping words, no call */
            uint64_t head, tail;
            memcpy(&head, x->data, 8);
            memcpy(&tail, x->data + bytes - 8, 8);
            memcpy(d, &head, 8);
            memcpy(d + bytes - 8, &tail, 8);
        } else {
            memcpy(d, x->data, bytes);
        }
        return at + len;
    }
    for (size_t i = 0; i < len; i++)
        put_cp(o, at + i, tpy_str_at((const tpy_object *)x, (intptr_t)i));
    return at + len;
}

static __attribute__((cold)) tpy_object *too_long(tpy_vm *vm)
{
    tpy_err_set(vm, &tpy_exc_OverflowError, "join() result is too long for a Python string");
    return NULL;
}

/* What a join result needs to know before it is allocated. */
typedef struct join_shape {
    size_t len;   /* code points */
    int kind;
    bool ascii;
} join_shape;

enum { JOIN_OK, JOIN_NOT_STR, JOIN_TOO_LONG };

/* One pass over the items (each object's header read once): the result's
 * shape, and with `check` the index of the first item that is not a str
 * (JOIN_NOT_STR, in *bad). */
static int join_measure(tpy_object *sep, tpy_object *const *items, size_t n, bool check,
                        join_shape *sh, size_t *bad)
{
    size_t len = 0;
    int kind = 1;
    bool ascii = true;
    for (size_t k = 0; k < n; k++) {
        if (check && !tpy_str_check(items[k])) {
            *bad = k;
            return JOIN_NOT_STR;
        }
        const tpy_strobj *x = S(items[k]);
        if ((size_t)x->length > (size_t)INTPTR_MAX - len)
            return JOIN_TOO_LONG;
        len += (size_t)x->length;
        kind = x->kind > kind ? x->kind : kind;
        ascii = ascii && x->ascii;
    }
    if (sep && n > 1) {
        size_t m = (size_t)S(sep)->length;
        if (m != 0 && n - 1 > ((size_t)INTPTR_MAX - len) / m)
            return JOIN_TOO_LONG;
        len += (n - 1) * m;
        kind = S(sep)->kind > kind ? S(sep)->kind : kind;
        ascii = ascii && S(sep)->ascii;
    }
    *sh = (join_shape){len, kind, ascii};
    return JOIN_OK;
}

/* The joined str of a measured array, written straight into its block. */
static tpy_object *join_build(tpy_vm *vm, tpy_object *sep, tpy_object *const *items, size_t n,
                              const join_shape *sh)
{
    if (sh->len == 0)
        return tpy_newref(vm->empty_str);
    tpy_object *o = tpy_str_new_raw(vm, sh->len, sh->kind, sh->ascii);
    if (!o)
        return NULL;
    size_t m = sep ? (size_t)S(sep)->length : 0;
    if (m == 1 && sh->kind == 1) {   /* the common ",".join: the separator is one byte */
        unsigned char c = S(sep)->data[0];
        size_t at = copy_into(S(o), 0, S(items[0]));
        for (size_t k = 1; k < n; k++) {
            S(o)->data[at++] = c;
            at = copy_into(S(o), at, S(items[k]));
        }
        return o;
    }
    size_t at = 0;
    for (size_t k = 0; k < n; k++) {
        if (m != 0 && k > 0)
            at = copy_into(S(o), at, S(sep));
        at = copy_into(S(o), at, S(items[k]));
    }
    return o;
}

tpy_object *tpy_str_join_array(tpy_vm *vm, tpy_object *sep, tpy_object *const *items, size_t n)
{
    if (n == 1 && tpy_type_of(items[0]) == &tpy_str_type)
        return tpy_newref(items[0]);
    join_shape sh;
    size_t bad;
    if (join_measure(sep, items, n, false, &sh, &bad) != JOIN_OK)
        return too_long(vm);
    return join_build(vm, sep, items, n, &sh);
}

tpy_object *tpy_str_join_checked(tpy_vm *vm, tpy_object *sep, tpy_object *const *items, size_t n)
{
    if (n == 0)
        return tpy_newref(vm->empty_str);
    if (n == 1 && tpy_type_of(items[0]) == &tpy_str_type)
        return tpy_newref(items[0]);
    join_shape sh;
    size_t bad = 0;
    switch (join_measure(sep, items, n, true, &sh, &bad)) {
    case JOIN_NOT_STR:
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "sequence item %zu: expected str instance, %s found", bad,
                              tpy_type_of(items[bad])->name);
    case JOIN_TOO_LONG:
        return too_long(vm);
    default:
        return join_build(vm, sep, items, n, &sh);
    }
}

/* s[start:end] with 0 <= start <= end <= len. The kind is recomputed, so
 * a slice of a wide str that holds only Latin-1 is stored narrow. */
tpy_object *tpy_str_substr(tpy_vm *vm, tpy_object *o, intptr_t start, intptr_t end)
{
    if (start == 0 && end == tpy_str_len(o) && tpy_type_of(o) == &tpy_str_type)
        return tpy_newref(o);
    size_t n = (size_t)(end - start);
    uint32_t maxc = 0;
    if (S(o)->kind > 1)
        for (intptr_t i = start; i < end; i++)
            if (tpy_str_at(o, i) > maxc)
                maxc = tpy_str_at(o, i);
    if (S(o)->kind == 1) {
        if (n == 1)
            return latin1_char(vm, S(o)->data[start]);
        bool ascii = S(o)->ascii;
        if (!ascii) {
            ascii = true;
            for (intptr_t i = start; i < end && ascii; i++)
                ascii = S(o)->data[i] < 128;
        }
        tpy_object *r = tpy_str_new_raw(vm, n, 1, ascii);
        if (r && n)
            memcpy(S(r)->data, S(o)->data + start, n);
        return r;
    }
    if (n == 1 && maxc < 256)
        return latin1_char(vm, maxc);
    tpy_object *r = tpy_str_new_raw(vm, n, kind_for(maxc), maxc < 128);
    if (!r)
        return NULL;
    for (size_t i = 0; i < n; i++)
        put_cp(S(r), i, tpy_str_at(o, start + (intptr_t)i));
    return r;
}

/* ---- repr ------------------------------------------------------------------------------------------------- */

tpy_object *tpy_str_repr(tpy_vm *vm, tpy_object *o)
{
    size_t n;
    const char *u = tpy_str_utf8(vm, o, &n);
    if (!u)
        return NULL;
    tpy_num_buf b = TPY_NUM_BUF_INIT;
    if (tpy_num_str_repr(&b, u, n, 0) < 0) {
        tpy_num_buf_free(&b);
        return tpy_err_no_memory(vm);
    }
    return tpy_num_buf_to_str(vm, &b);
}

static tpy_object *str_str(tpy_vm *vm, tpy_object *o)
{
    if (tpy_type_of(o) == &tpy_str_type)
        return tpy_newref(o);
    return tpy_str_substr(vm, o, 0, tpy_str_len(o));
}

static tpy_object *str_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    tpy_object *a[3];
    if (t != &tpy_str_type)   /* a subclass: the value first, then its block */
        return tpy_subtype_from_exact(vm, t, str_new(vm, &tpy_str_type, args, nargs, kwnames));
    if (tpy_arg_parse(vm, "str", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    if (!a[0])
        return tpy_newref(vm->empty_str);
    if (!a[1] && !a[2])
        return tpy_str(vm, a[0]);
    if (!tpy_bytes_check(a[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                              tpy_type_of(a[0])->name);
    for (int i = 1; i < 3; i++)
        if (a[i] && !tpy_str_check(a[i]))
            return tpy_err_format(vm, &tpy_exc_TypeError, "str() argument '%s' must be str, not %s",
                                  names[i], tpy_type_of(a[i])->name);
    return tpy_bytes_decode(vm, a[0], a[1], a[2]);
}

extern const tpy_method_def tpy_str_methods[];
extern const tpy_container_slots tpy_str_container;
extern const tpy_number_slots tpy_str_number;
tpy_object *tpy_str_iter(tpy_vm *vm, tpy_object *o);

tpy_type tpy_str_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "str", .basic_size = sizeof(tpy_strobj), .item_size = 1,
               .destroy = str_destroy,
               /* short strs (up to 20 data bytes) churn: keep a list per size */
               .freelist_cap = TPY_OBJ_FREELIST_LIST},
    .name = "str",
    .flags = TPY_TF_BASETYPE | TPY_TF_IMMUTABLE | TPY_TF_STR_SUBCLASS,
    .repr = tpy_str_repr,
    .str = str_str,
    .hash = tpy_str_hash,
    .richcompare = str_richcompare,
    .iter = tpy_str_iter,
    .new_ = str_new,
    .number = &tpy_str_number,
    .container = &tpy_str_container,
    .methods = tpy_str_methods,
};
