/* vm/modules/json_writer.c: tpy_jwriter, the str builder of the `_json`
 * module, and the JSON escaping of a str (encode_basestring and
 * encode_basestring_ascii, and every string the encoder writes).
 *
 * The buffer keeps code points at the width of the widest one so far, as
 * a str does, so the common all-ASCII text is a byte array copied into
 * its str at the end. */
#include <string.h>

#include "error.h"
#include "json_internal.h"
#include "types.h"
#include "vm.h"

#define STR(o) ((tpy_strobj *)(o))

static inline uint32_t load(const unsigned char *p, int kind, size_t i)
{
    return tpy_json_char_at(p, kind, (intptr_t)i);
}

static inline void store(unsigned char *p, int kind, size_t i, uint32_t c)
{
    switch (kind) {
    case 1: p[i] = (unsigned char)c; break;
    case 2: ((uint16_t *)(void *)p)[i] = (uint16_t)c; break;
    default: ((uint32_t *)(void *)p)[i] = c; break;
    }
}

static int kind_for(uint32_t c)
{
    return c < 256 ? 1 : c < 65536 ? 2 : 4;
}

void tpy_jw_init(tpy_jwriter *w, tpy_vm *vm)
{
    w->vm = vm;
    w->buf = NULL;
    w->len = w->cap = 0;
    w->kind = 1;
    w->maxchar = 0;
}

void tpy_jw_free(tpy_jwriter *w)
{
    if (w->buf)
        tpy_vm_free(w->vm, w->buf);
    tpy_jw_init(w, w->vm);
}

int tpy_jw_grow(tpy_jwriter *w, size_t extra)
{
    if (w->len + extra <= w->cap)
        return 0;
    size_t cap = w->cap ? w->cap : 256;
    while (cap < w->len + extra) {
        if (cap > SIZE_MAX / 8)
            return tpy_err_no_memory(w->vm), -1;
        cap *= 2;
    }
    unsigned char *p = tpy_vm_realloc(w->vm, w->buf, cap * (size_t)w->kind);
    if (!p)
        return -1;
    w->buf = p;
    w->cap = cap;
    return 0;
}

/* Re-store the buffer `kind` bytes a code point (a larger kind). */
static int widen(tpy_jwriter *w, int kind)
{
    size_t cap = w->cap ? w->cap : 256;
    unsigned char *p = tpy_vm_malloc(w->vm, cap * (size_t)kind);
    if (!p)
        return -1;
    for (size_t i = 0; i < w->len; i++)
        store(p, kind, i, load(w->buf, w->kind, i));
    if (w->buf)
        tpy_vm_free(w->vm, w->buf);
    w->buf = p;
    w->cap = cap;
    w->kind = kind;
    return 0;
}

/* Make room for code points up to `maxc`. */
static inline int admit(tpy_jwriter *w, uint32_t maxc)
{
    if (maxc > w->maxchar) {
        w->maxchar = maxc;
        if (kind_for(maxc) > w->kind)
            return widen(w, kind_for(maxc));
    }
    return 0;
}

int tpy_jw_ascii(tpy_jwriter *w, const char *s, size_t n)
{
    if (tpy_jw_grow(w, n) < 0)
        return -1;
    if (w->kind == 1)
        memcpy(w->buf + w->len, s, n);
    else
        for (size_t i = 0; i < n; i++)
            store(w->buf, w->kind, w->len + i, (unsigned char)s[i]);
    w->len += n;
    return 0;
}

int tpy_jw_char(tpy_jwriter *w, uint32_t c)
{
    if (admit(w, c) < 0 || tpy_jw_grow(w, 1) < 0)
        return -1;
    store(w->buf, w->kind, w->len++, c);
    return 0;
}

int tpy_jw_substr(tpy_jwriter *w, tpy_object *s, intptr_t start, intptr_t end)
{
    if (end <= start)
        return 0;
    tpy_strobj *so = STR(s);
    size_t n = (size_t)(end - start);
    uint32_t maxc = 0;
    if (!so->ascii)
        for (intptr_t i = start; i < end; i++) {
            uint32_t c = load(so->data, so->kind, (size_t)i);
            maxc = c > maxc ? c : maxc;
        }
    if (admit(w, maxc) < 0 || tpy_jw_grow(w, n) < 0)
        return -1;
    if (w->kind == so->kind)
        memcpy(w->buf + w->len * (size_t)w->kind, so->data + (size_t)start * (size_t)so->kind,
               n * (size_t)w->kind);
    else
        for (size_t i = 0; i < n; i++)
            store(w->buf, w->kind, w->len + i, load(so->data, so->kind, (size_t)start + i));
    w->len += n;
    return 0;
}

tpy_object *tpy_jw_finish(tpy_jwriter *w)
{
    int kind = kind_for(w->maxchar);   /* == w->kind: widened only when needed */
    tpy_object *r = tpy_str_new_raw(w->vm, w->len, kind, w->maxchar < 128);
    if (r && w->len)
        memcpy(STR(r)->data, w->buf, w->len * (size_t)kind);
    tpy_jw_free(w);
    return r;
}

/* ---- JSON string escapes ------------------------------------------------------------------------ */

/* What a code point below 127 becomes inside a JSON string: 0 itself,
 * 'u' a \u00XX escape, any other letter the two-character escape \letter. */
static const char escape1[128] = {
    ['\b'] = 'b', ['\f'] = 'f', ['\n'] = 'n', ['\r'] = 'r', ['\t'] = 't',
    [0] = 'u', [1] = 'u', [2] = 'u', [3] = 'u', [4] = 'u', [5] = 'u', [6] = 'u', [7] = 'u',
    [11] = 'u', [14] = 'u', [15] = 'u', [16] = 'u', [17] = 'u', [18] = 'u', [19] = 'u',
    [20] = 'u', [21] = 'u', [22] = 'u', [23] = 'u', [24] = 'u', [25] = 'u', [26] = 'u',
    [27] = 'u', [28] = 'u', [29] = 'u', [30] = 'u', [31] = 'u', ['"'] = '"', ['\\'] = '\\',
};

/* 127 (DEL) and up: as they are, or \uXXXX in ASCII mode. */
static inline bool needs_escape(uint32_t c, bool ascii_only)
{
    if (c < 127)
        return escape1[c] != 0;
    return ascii_only;
}

/* \uXXXX with lowercase hex digits, as CPython writes them. */
static void hex4(char *out, uint32_t c)
{
    static const char digits[] = "0123456789abcdef";
    out[0] = '\\';
    out[1] = 'u';
    for (int i = 0; i < 4; i++)
        out[2 + i] = digits[(c >> (12 - 4 * i)) & 0xf];
}

static int put_escape(tpy_jwriter *w, uint32_t c)
{
    char out[12];
    size_t n = 6;
    char e = c < 127 ? escape1[c] : 'u';
    if (e != 'u') {
        out[0] = '\\';
        out[1] = e;
        n = 2;
    } else if (c < 0x10000) {
        hex4(out, c);
    } else {
        uint32_t v = c - 0x10000;
        hex4(out, 0xd800 | (v >> 10));
        hex4(out + 6, 0xdc00 | (v & 0x3ff));
        n = 12;
    }
    return tpy_jw_put(w, out, n);
}

/* Bytes of a one-byte-wide str copied as they are; `any` is their bitwise
 * or, 128 or more exactly when one of them is not ASCII. */
static int put_bytes(tpy_jwriter *w, const unsigned char *p, size_t n, unsigned any)
{
    if (w->kind != 1) {
        for (size_t i = 0; i < n; i++)
            if (tpy_jw_char(w, p[i]) < 0)
                return -1;
        return 0;
    }
    if (tpy_jw_reserve(w, n) < 0)
        return -1;
    memcpy(w->buf + w->len, p, n);
    w->len += n;
    if (any > w->maxchar)   /* below 256: the width stays one byte */
        w->maxchar = any;
    return 0;
}

/* A one-byte-wide str: runs between escapes copied in one go. */
static int put_string1(tpy_jwriter *w, const unsigned char *d, intptr_t n, bool ascii_only)
{
    unsigned limit = ascii_only ? 127 : 256;   /* from here on: escaped */
    intptr_t i = 0;
    while (i < n) {
        intptr_t j = i;
        unsigned any = 0;
        for (; j < n; j++) {
            unsigned c = d[j];
            if (c >= limit || (c < 127 && escape1[c]))
                break;
            any |= c;
        }
        if (j > i && put_bytes(w, d + i, (size_t)(j - i), any) < 0)
            return -1;
        if (j < n && put_escape(w, d[j]) < 0)
            return -1;
        i = j + 1;
    }
    return 0;
}

int tpy_json_put_string(tpy_jwriter *w, tpy_object *s, bool ascii_only)
{
    tpy_strobj *so = STR(s);
    intptr_t n = so->length;
    if (tpy_jw_reserve(w, (size_t)n + 2) < 0 || tpy_jw_put(w, "\"", 1) < 0)
        return -1;
    if (so->kind == 1) {
        if (put_string1(w, so->data, n, ascii_only) < 0)
            return -1;
    } else {
        intptr_t run = 0;   /* start of the characters copied as they are */
        for (intptr_t i = 0; i < n; i++) {
            uint32_t c = tpy_str_at(s, i);
            if (!needs_escape(c, ascii_only))
                continue;
            if (tpy_jw_substr(w, s, run, i) < 0 || put_escape(w, c) < 0)
                return -1;
            run = i + 1;
        }
        if (tpy_jw_substr(w, s, run, n) < 0)
            return -1;
    }
    return tpy_jw_put(w, "\"", 1);
}
