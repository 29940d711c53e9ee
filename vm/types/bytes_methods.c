/* vm/types/bytes_methods.c: the methods of bytes: decode (utf-8, ascii,
 * latin-1; strict, replace, ignore, surrogateescape, backslashreplace),
 * hex / fromhex, split / rsplit / join, strip, searching, replace,
 * partition, the ASCII case mappings and character classes.
 *
 * bytes methods treat only ASCII as letters, digits and whitespace, and
 * accept a bytes object or (where CPython does) an int for a single byte;
 * their arguments are checked with CPython's messages ("a bytes-like
 * object is required, not 'str'"). */
#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "str_build.h"
#include "str_internal.h"
#include "types.h"
#include "bytearray.h"
#include "bytes_text.h"
#include "codecs.h"
#include "vm.h"

#define B(o) ((tpy_bytes *)(o))
#define METHOD(name)                                                               \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

/* self is bytes; arguments may be any bytes-like object (bytearray too). */
static const unsigned char *data(tpy_object *o)
{
    const unsigned char *p;
    intptr_t n;
    return tpy_bytes_like(o, &p, &n) ? p : B(o)->data;
}

static intptr_t len(tpy_object *o)
{
    const unsigned char *p;
    intptr_t n;
    return tpy_bytes_like(o, &p, &n) ? n : tpy_bytes_len(o);
}

static bool bytes_like(tpy_object *o)
{
    const unsigned char *p;
    intptr_t n;
    return tpy_bytes_like(o, &p, &n);
}

static int need_bytes(tpy_vm *vm, tpy_object *o)
{
    if (bytes_like(o))
        return 0;
    tpy_err_format(vm, &tpy_exc_TypeError, "a bytes-like object is required, not '%s'",
                   tpy_type_of(o)->name);
    return -1;
}

/* A growable byte array for results. */
typedef struct bbuf {
    tpy_vm *vm;
    unsigned char *p;
    size_t n, cap;
} bbuf;

static int bb_put(bbuf *b, const void *s, size_t n)
{
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->n + n)
            cap *= 2;
        unsigned char *p = tpy_vm_realloc(b->vm, b->p, cap);
        if (!p)
            return -1;
        b->p = p;
        b->cap = cap;
    }
    if (n)
        memcpy(b->p + b->n, s, n);
    b->n += n;
    return 0;
}

static tpy_object *bb_finish(bbuf *b, bool ok)
{
    tpy_object *r = ok ? tpy_bytes_from(b->vm, b->p, b->n) : NULL;
    if (b->p)
        tpy_vm_free(b->vm, b->p);
    return r;
}

/* ---- decode ----------------------------------------------------------------------------------------- */

enum codec { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UNKNOWN };
enum handler { ERR_STRICT, ERR_REPLACE, ERR_IGNORE, ERR_SURROGATEESCAPE, ERR_BACKSLASH,
               ERR_UNKNOWN };

/* The codec an encoding name means, spelled as CPython's normalisation
 * lets it be (case, '-' or '_'). */
static enum codec codec_of(tpy_object *name)
{
    char buf[32];
    size_t n = 0;
    for (intptr_t i = 0; i < tpy_str_len(name) && n + 1 < sizeof buf; i++) {
        uint32_t c = tpy_str_at(name, i);
        if (c >= 128)
            return CODEC_UNKNOWN;
        buf[n++] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : (char)c;
    }
    buf[n] = 0;
    static const struct { const char *name; enum codec codec; } names[] = {
        {"utf-8", CODEC_UTF8}, {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8},
        {"ascii", CODEC_ASCII}, {"us-ascii", CODEC_ASCII},
        {"latin-1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1}, {"iso-8859-1", CODEC_LATIN1},
        {"iso8859-1", CODEC_LATIN1}, {"l1", CODEC_LATIN1},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(buf, names[i].name) == 0)
            return names[i].codec;
    return CODEC_UNKNOWN;
}

static enum handler handler_of(tpy_object *name)
{
    static const char *const names[] = {"strict", "replace", "ignore", "surrogateescape",
                                        "backslashreplace"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (tpy_str_equal_c(name, names[i]))
            return (enum handler)i;
    return ERR_UNKNOWN;
}

/* What an error handler puts in place of the invalid bytes s[a:b]. */
static int handle_bad(tpy_vm *vm, tpy_ubuf *out, enum handler h, tpy_object *hname,
                      const char *codec, tpy_object *self, size_t a, size_t b, const char *reason)
{
    char esc[8];
    switch (h) {
    case ERR_REPLACE: return tpy_ubuf_put(out, 0xFFFD);
    case ERR_IGNORE: return 0;
    case ERR_SURROGATEESCAPE:   /* the bad bytes are all >= 0x80 for these codecs */
        for (size_t i = a; i < b; i++)
            if (tpy_ubuf_put(out, 0xDC00u + data(self)[i]) < 0)
                return -1;
        return 0;
    case ERR_BACKSLASH:
        for (size_t i = a; i < b; i++) {
            snprintf(esc, sizeof esc, "\\x%02x", data(self)[i]);
            if (tpy_ubuf_put_ascii(out, esc) < 0)
                return -1;
        }
        return 0;
    case ERR_UNKNOWN:
        tpy_err_format(vm, &tpy_exc_LookupError, "unknown error handler name %R", hname);
        return -1;
    default:
        tpy_raise_decode_error(vm, codec, (const char *)data(self), (size_t)len(self), a, b, reason);
        return -1;
    }
}

static tpy_object *decode(tpy_vm *vm, tpy_object *self, enum codec codec, enum handler h,
                          tpy_object *hname)
{
    const char *s = (const char *)data(self);
    size_t n = (size_t)len(self);
    if (codec == CODEC_UTF8 && h == ERR_STRICT)
        return tpy_str_from_utf8(vm, s, n);
    tpy_ubuf out;
    tpy_ubuf_init(&out, vm);
    const char *name = codec == CODEC_UTF8 ? "utf-8" : codec == CODEC_ASCII ? "ascii" : "latin-1";
    for (size_t i = 0; i < n;) {
        uint32_t cp = (unsigned char)s[i];
        int step = 1, rc;
        const char *reason = "ordinal not in range(128)";
        if (codec == CODEC_UTF8)
            step = tpy_utf8_decode1((const unsigned char *)s, n, i, &cp, &reason);
        else if (codec == CODEC_ASCII && cp >= 128)
            step = -1;
        if (step > 0)
            rc = tpy_ubuf_put(&out, cp);
        else
            rc = handle_bad(vm, &out, h, hname, name, self, i, i + (size_t)-step, reason);
        if (rc < 0) {
            tpy_ubuf_free(&out);
            return NULL;
        }
        i += (size_t)(step > 0 ? step : -step);
    }
    return tpy_ubuf_finish(&out);
}

tpy_object *tpy_bytes_decode(tpy_vm *vm, tpy_object *self, tpy_object *encoding,
                             tpy_object *errors)
{
    if (len(self) == 0)   /* CPython looks no codec up for empty input */
        return tpy_newref(vm->empty_str);
    enum codec codec = encoding ? codec_of(encoding) : CODEC_UTF8;
    tpy_wide_codec wide;
    if (codec == CODEC_UNKNOWN && tpy_wide_codec_of(encoding, &wide))   /* codecs.c */
        return tpy_wide_decode(vm, data(self), (size_t)len(self), &wide, errors);
    if (codec == CODEC_UNKNOWN)
        return tpy_err_format(vm, &tpy_exc_LookupError, "unknown encoding: %U", encoding);
    return decode(vm, self, codec, errors ? handler_of(errors) : ERR_STRICT, errors);
}

/* encoding= and errors= must be strs. */
static int codec_args(tpy_vm *vm, const char *fname, tpy_object *const *a)
{
    static const char *const names[] = {"encoding", "errors"};
    for (int i = 0; i < 2; i++)
        if (a[i] && !tpy_str_check(a[i])) {
            tpy_err_format(vm, &tpy_exc_TypeError, "%s() argument '%s' must be str, not %s", fname,
                           names[i], tpy_type_of(a[i])->name);
            return -1;
        }
    return 0;
}

METHOD(bytes_decode)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    tpy_object *a[2];
    if (tpy_arg_parse(vm, "decode", args, nargs, kwnames, names, 0, 0, a) < 0
        || codec_args(vm, "decode", a) < 0)
        return NULL;
    return tpy_bytes_decode(vm, self, a[0], a[1]);
}

/* ---- str.encode ------------------------------------------------------------------------------------------ */

static void raise_encode_error(tpy_vm *vm, const char *codec, tpy_object *s, intptr_t a,
                               intptr_t b, const char *reason)
{
    tpy_object *args[5] = {tpy_str_from_cstr(vm, codec), tpy_newref(s), tpy_int_from_i64(vm, a),
                           tpy_int_from_i64(vm, b), tpy_str_from_cstr(vm, reason)};
    bool ok = args[0] && args[2] && args[3] && args[4];
    tpy_object *e = ok ? tpy_exc_new(vm, &tpy_exc_UnicodeEncodeError, args, 5) : NULL;
    if (e) {
        tpy_err_set_instance(vm, e);
        tpy_decref(vm, e);
    }
    for (int i = 0; i < 5; i++)
        tpy_xdecref(vm, args[i]);
}

static bool encodable(enum codec codec, uint32_t c)
{
    return codec == CODEC_UTF8 ? c < 0xD800 || c > 0xDFFF : c < (codec == CODEC_ASCII ? 128u : 256u);
}

static int put_utf8(bbuf *b, uint32_t c)
{
    unsigned char u[4];
    size_t n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    static const unsigned char lead[] = {0, 0, 0xC0, 0xE0, 0xF0};
    for (size_t k = n - 1; k > 0; k--, c >>= 6)
        u[k] = (unsigned char)(0x80 | (c & 0x3F));
    u[0] = (unsigned char)(n == 1 ? c : lead[n] | c);
    return bb_put(b, u, n);
}

/* What a handler writes for the unencodable s[i]. */
static int handle_unencodable(bbuf *b, enum handler h, uint32_t c)
{
    char esc[16];
    switch (h) {
    case ERR_IGNORE: return 0;
    case ERR_REPLACE: return bb_put(b, "?", 1);
    case ERR_BACKSLASH:
        snprintf(esc, sizeof esc, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
        return bb_put(b, esc, strlen(esc));
    default:   /* xmlcharrefreplace */
        snprintf(esc, sizeof esc, "&#%u;", c);
        return bb_put(b, esc, strlen(esc));
    }
}

static tpy_object *encode(tpy_vm *vm, tpy_object *s, enum codec codec, tpy_object *hname)
{
    enum handler h = hname ? handler_of(hname) : ERR_STRICT;
    bool xml = hname && tpy_str_equal_c(hname, "xmlcharrefreplace");
    const char *name = codec == CODEC_UTF8 ? "utf-8" : codec == CODEC_ASCII ? "ascii" : "latin-1";
    const char *reason = codec == CODEC_UTF8 ? "surrogates not allowed"
                         : codec == CODEC_ASCII ? "ordinal not in range(128)"
                                                : "ordinal not in range(256)";
    bbuf b = {.vm = vm};
    intptr_t n = tpy_str_len(s);
    for (intptr_t i = 0; i < n;) {
        uint32_t c = tpy_str_at(s, i);
        if (encodable(codec, c)) {
            if ((codec == CODEC_UTF8 ? put_utf8(&b, c) : bb_put(&b, &(unsigned char){(unsigned char)c}, 1)) < 0)
                return bb_finish(&b, false);
            i++;
            continue;
        }
        intptr_t j = i;   /* the run of unencodable characters, reported as one */
        while (j < n && !encodable(codec, tpy_str_at(s, j)))
            j++;
        bool escapable = h == ERR_SURROGATEESCAPE && c >= 0xDC80 && c <= 0xDCFF;
        if (h == ERR_UNKNOWN && !xml) {
            tpy_err_format(vm, &tpy_exc_LookupError, "unknown error handler name %R", hname);
            return bb_finish(&b, false);
        }
        if ((h == ERR_STRICT || h == ERR_SURROGATEESCAPE) && !escapable) {
            raise_encode_error(vm, name, s, i, j, reason);
            return bb_finish(&b, false);
        }
        int rc = escapable ? bb_put(&b, &(unsigned char){(unsigned char)(c - 0xDC00)}, 1)
                           : handle_unencodable(&b, h, c);
        if (rc < 0)
            return bb_finish(&b, false);
        i++;
    }
    return bb_finish(&b, true);
}

tpy_object *tpy_str_encode_m(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    tpy_object *a[2];
    if (tpy_arg_parse(vm, "encode", args, nargs, kwnames, names, 0, 0, a) < 0
        || codec_args(vm, "encode", a) < 0)
        return NULL;
    enum codec codec = a[0] ? codec_of(a[0]) : CODEC_UTF8;
    tpy_wide_codec wide;
    if (codec == CODEC_UNKNOWN && tpy_wide_codec_of(a[0], &wide))   /* codecs.c */
        return tpy_wide_encode(vm, self, &wide, a[1]);
    if (codec == CODEC_UNKNOWN)
        return tpy_err_format(vm, &tpy_exc_LookupError, "unknown encoding: %U", a[0]);
    if (codec == CODEC_UTF8 && !a[1]) {   /* the common case: the cached UTF-8 */
        bool surrogates = false;
        for (intptr_t i = 0; !surrogates && i < tpy_str_len(self); i++)
            surrogates = !encodable(CODEC_UTF8, tpy_str_at(self, i));
        if (!surrogates) {
            size_t n;
            const char *u = tpy_str_utf8(vm, self, &n);
            return u ? tpy_bytes_from(vm, u, n) : NULL;
        }
    }
    return encode(vm, self, codec, a[1]);
}

/* ---- hex, fromhex --------------------------------------------------------------------------------------- */

METHOD(bytes_hex)
{
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    tpy_object *a[2];
    if (tpy_arg_parse(vm, "hex", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    uint32_t sep = 0;
    if (a[0]) {
        if (tpy_str_check(a[0]) && tpy_str_len(a[0]) == 1)
            sep = tpy_str_at(a[0], 0);
        else if (tpy_bytes_check(a[0]) && len(a[0]) == 1)
            sep = data(a[0])[0];
        else
            return tpy_err_set(vm, &tpy_exc_ValueError, "sep must be length 1."), NULL;
        if (sep >= 128)
            return tpy_err_set(vm, &tpy_exc_ValueError, "sep must be ASCII."), NULL;
    }
    intptr_t group = 1;
    if (a[1] && (group = tpy_index_ssize(vm, a[1], &tpy_exc_OverflowError)) == -1
        && tpy_err_occurred(vm))
        return NULL;
    /* A positive group counts from the right, a negative one from the left. */
    intptr_t n = len(self), every = group < 0 ? -group : group;
    tpy_ubuf out;
    tpy_ubuf_init(&out, vm);
    static const char hex[] = "0123456789abcdef";
    for (intptr_t i = 0; i < n; i++) {
        bool boundary = sep && i > 0 && every > 0
                        && (group > 0 ? (n - i) % every == 0 : i % every == 0);
        if ((boundary && tpy_ubuf_put(&out, sep) < 0) || tpy_ubuf_put(&out, (uint32_t)hex[data(self)[i] >> 4]) < 0
            || tpy_ubuf_put(&out, (uint32_t)hex[data(self)[i] & 15]) < 0) {
            tpy_ubuf_free(&out);
            return NULL;
        }
    }
    return tpy_ubuf_finish(&out);
}

static int hex_value(uint32_t c)
{
    return c >= '0' && c <= '9' ? (int)(c - '0') : c >= 'a' && c <= 'f' ? (int)(c - 'a' + 10)
           : c >= 'A' && c <= 'F' ? (int)(c - 'A' + 10) : -1;
}

/* bytes.fromhex(s): pairs of hex digits, ASCII whitespace between pairs. */
METHOD(bytes_fromhex)
{
    (void)self;
    if (tpy_arg_one(vm, "fromhex", nargs, kwnames) < 0)
        return NULL;
    tpy_object *s = args[0];
    if (!tpy_str_check(s))
        return tpy_err_format(vm, &tpy_exc_TypeError, "fromhex() argument must be str, not %s",
                              tpy_type_of(s)->name);
    intptr_t n = tpy_str_len(s), k = 0;
    unsigned char *buf = tpy_vm_malloc(vm, (size_t)n / 2 + 1);
    if (!buf)
        return NULL;
    for (intptr_t i = 0; i < n;) {
        uint32_t c = tpy_str_at(s, i);
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            i++;
            continue;
        }
        int hi = hex_value(c), lo = i + 1 < n ? hex_value(tpy_str_at(s, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            tpy_vm_free(vm, buf);
            return tpy_err_format(vm, &tpy_exc_ValueError,
                                  "non-hexadecimal number found in fromhex() arg at position %zd",
                                  hi < 0 ? i : i + 1);
        }
        buf[k++] = (unsigned char)(hi * 16 + lo);
        i += 2;
    }
    tpy_object *r = tpy_bytes_from(vm, buf, (size_t)k);
    tpy_vm_free(vm, buf);
    return r;
}

/* ---- searching ------------------------------------------------------------------------------------------- */

/* The needle of find/count/...: bytes, or an int for one byte. */
static int needle_of(tpy_vm *vm, tpy_object *o, const unsigned char **p, intptr_t *n,
                     unsigned char *one)
{
    if (bytes_like(o)) {
        *p = data(o);
        *n = len(o);
        return 0;
    }
    if (!tpy_has_index(o)) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "argument should be integer or bytes-like object, not '%s'",
                       tpy_type_of(o)->name);
        return -1;
    }
    intptr_t v = tpy_index_ssize(vm, o, NULL);
    if (v == -1 && tpy_err_occurred(vm))
        return -1;
    if (v < 0 || v > 255) {
        tpy_err_set(vm, &tpy_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *one = (unsigned char)v;
    *p = one;
    *n = 1;
    return 0;
}

static intptr_t find_in(const unsigned char *h, intptr_t start, intptr_t end,
                        const unsigned char *nd, intptr_t m, bool reverse)
{
    if (end - start < m)
        return -1;
    if (reverse) {
        for (intptr_t i = end - m; i >= start; i--)
            if (memcmp(h + i, nd, (size_t)m) == 0)
                return i;
        return -1;
    }
    if (m == 0)
        return start;
    const unsigned char *r = memmem(h + start, (size_t)(end - start), nd, (size_t)m);
    return r ? r - h : -1;
}

/* (sub[, start[, end]]) with slice-clamped bounds. */
static int search_args(tpy_vm *vm, const char *fname, tpy_object *self, tpy_object *const *args,
                       size_t nargs, tpy_object *kwnames, intptr_t *start, intptr_t *end)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0)
        return -1;
    if (nargs == 0) {   /* CPython parses these with the older "O|OO:name" wording */
        tpy_err_format(vm, &tpy_exc_TypeError, "%s() takes at least 1 argument (0 given)", fname);
        return -1;
    }
    if (tpy_arg_count(vm, fname, nargs, 1, 3) < 0)
        return -1;
    intptr_t n = len(self);
    *start = 0;
    *end = n;
    for (size_t k = 1; k < nargs; k++) {
        if (args[k] == TPY_NONE)
            continue;
        if (!tpy_has_index(args[k])) {
            tpy_err_set(vm, &tpy_exc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        intptr_t v = tpy_index_ssize(vm, args[k], NULL);
        if (v == -1 && tpy_err_occurred(vm))
            return -1;
        if (v < 0 && (v += n) < 0)
            v = 0;
        *(k == 1 ? start : end) = k == 2 && v > n ? n : v;   /* start past the end: no match */
    }
    return 0;
}

static tpy_object *do_find(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames, const char *fname, bool reverse, bool raise)
{
    intptr_t start, end, m;
    const unsigned char *nd;
    unsigned char one;
    if (search_args(vm, fname, self, args, nargs, kwnames, &start, &end) < 0
        || needle_of(vm, args[0], &nd, &m, &one) < 0)
        return NULL;
    intptr_t r = start > end ? -1 : find_in(data(self), start, end, nd, m, reverse);
    if (r < 0 && raise)
        return tpy_err_set(vm, &tpy_exc_ValueError, "subsection not found"), NULL;
    return tpy_int_from_i64(vm, r);
}

METHOD(bytes_find) { return do_find(vm, self, args, nargs, kwnames, "find", false, false); }
METHOD(bytes_rfind) { return do_find(vm, self, args, nargs, kwnames, "rfind", true, false); }
METHOD(bytes_index) { return do_find(vm, self, args, nargs, kwnames, "index", false, true); }
METHOD(bytes_rindex) { return do_find(vm, self, args, nargs, kwnames, "rindex", true, true); }

METHOD(bytes_count)
{
    intptr_t start, end, m, count = 0;
    const unsigned char *nd;
    unsigned char one;
    if (search_args(vm, "count", self, args, nargs, kwnames, &start, &end) < 0
        || needle_of(vm, args[0], &nd, &m, &one) < 0)
        return NULL;
    if (start > end)
        return tpy_int_from_i64(vm, 0);
    if (m == 0)
        return tpy_int_from_i64(vm, end - start + 1);
    for (intptr_t i = start; (i = find_in(data(self), i, end, nd, m, false)) >= 0; i += m)
        count++;
    return tpy_int_from_i64(vm, count);
}

static tpy_object *do_affix(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames, const char *fname, bool tail)
{
    intptr_t start, end;
    if (search_args(vm, fname, self, args, nargs, kwnames, &start, &end) < 0)
        return NULL;
    tpy_object *a = args[0];
    bool tuple = tpy_tuple_check(a);
    if (!tuple && !bytes_like(a))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "%s first arg must be bytes or a tuple of bytes, not %s", fname,
                              tpy_type_of(a)->name);
    intptr_t count = tuple ? tpy_tuple_len(a) : 1;
    for (intptr_t i = 0; i < count; i++) {
        tpy_object *x = tuple ? tpy_tuple_get(a, i) : a;
        if (need_bytes(vm, x) < 0)
            return NULL;
        intptr_t m = len(x);
        if (start <= end && end - start >= m
            && memcmp(data(self) + (tail ? end - m : start), data(x), (size_t)m) == 0)
            return tpy_bool(true);
    }
    return tpy_bool(false);
}

METHOD(bytes_startswith) { return do_affix(vm, self, args, nargs, kwnames, "startswith", false); }
METHOD(bytes_endswith) { return do_affix(vm, self, args, nargs, kwnames, "endswith", true); }

/* ---- building ------------------------------------------------------------------------------------------------ */

METHOD(bytes_join)
{
    if (tpy_arg_one(vm, "bytes.join", nargs, kwnames) < 0)
        return NULL;
    tpy_object *seq = tpy_sequence_list(vm, args[0]);
    if (!seq)
        return NULL;
    bbuf b = {.vm = vm};
    bool ok = true;
    for (intptr_t i = 0; ok && i < tpy_list_len(seq); i++) {
        tpy_object *x = tpy_list_get(seq, i);
        if (!bytes_like(x)) {
            tpy_err_format(vm, &tpy_exc_TypeError,
                           "sequence item %zd: expected a bytes-like object, %s found", i,
                           tpy_type_of(x)->name);
            ok = false;
        } else {
            ok = (i == 0 || bb_put(&b, data(self), (size_t)len(self)) == 0)
                 && bb_put(&b, data(x), (size_t)len(x)) == 0;
        }
    }
    tpy_decref(vm, seq);
    return bb_finish(&b, ok);
}

METHOD(bytes_replace)
{
    if (tpy_arg_nokw(vm, "replace", kwnames) < 0 || tpy_arg_count(vm, "replace", nargs, 2, 3) < 0
        || need_bytes(vm, args[0]) < 0 || need_bytes(vm, args[1]) < 0)
        return NULL;
    intptr_t count = -1;
    if (nargs == 3 && (count = tpy_index_ssize(vm, args[2], NULL)) == -1 && tpy_err_occurred(vm))
        return NULL;
    const unsigned char *s = data(self), *old = data(args[0]), *new_ = data(args[1]);
    intptr_t n = len(self), m = len(args[0]), k = len(args[1]), i = 0, j;
    bbuf b = {.vm = vm};
    bool ok = true;
    if (m == 0) {   /* the new bytes between every byte, count times */
        for (intptr_t p = 0; ok && p <= n; p++) {
            if (count != 0) {
                ok = bb_put(&b, new_, (size_t)k) == 0;
                count--;
            }
            if (ok && p < n)
                ok = bb_put(&b, s + p, 1) == 0;
        }
        return bb_finish(&b, ok);
    }
    while (ok && count != 0 && (j = find_in(s, i, n, old, m, false)) >= 0) {
        ok = bb_put(&b, s + i, (size_t)(j - i)) == 0 && bb_put(&b, new_, (size_t)k) == 0;
        i = j + m;
        count--;
    }
    ok = ok && bb_put(&b, s + i, (size_t)(n - i)) == 0;
    return bb_finish(&b, ok);
}

/* ---- split, strip, partition ------------------------------------------------------------------------------------------ */

static bool is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int push_slice(tpy_vm *vm, tpy_object *list, tpy_object *self, intptr_t a, intptr_t b)
{
    tpy_object *piece = tpy_bytes_from(vm, data(self) + a, (size_t)(b - a));
    return piece ? tpy_list_append(vm, list, piece) : -1;
}

static int split_ws(tpy_vm *vm, tpy_object *list, tpy_object *self, intptr_t maxsplit, bool rev)
{
    const unsigned char *s = data(self);
    intptr_t n = len(self);
    if (!rev) {
        for (intptr_t i = 0;;) {
            while (i < n && is_space(s[i]))
                i++;
            if (i >= n)
                return 0;
            if (maxsplit-- == 0)
                return push_slice(vm, list, self, i, n);
            intptr_t j = i;
            while (j < n && !is_space(s[j]))
                j++;
            if (push_slice(vm, list, self, i, j) < 0)
                return -1;
            i = j;
        }
    }
    for (intptr_t j = n;;) {
        while (j > 0 && is_space(s[j - 1]))
            j--;
        if (j == 0)
            return 0;
        if (maxsplit-- == 0)
            return push_slice(vm, list, self, 0, j);
        intptr_t i = j;
        while (i > 0 && !is_space(s[i - 1]))
            i--;
        if (push_slice(vm, list, self, i, j) < 0)
            return -1;
        j = i;
    }
}

static int split_sep(tpy_vm *vm, tpy_object *list, tpy_object *self, tpy_object *sep,
                     intptr_t maxsplit, bool rev)
{
    intptr_t n = len(self), m = len(sep), i = 0, j = n, at;
    if (!rev) {
        while (maxsplit-- != 0 && (at = find_in(data(self), i, n, data(sep), m, false)) >= 0) {
            if (push_slice(vm, list, self, i, at) < 0)
                return -1;
            i = at + m;
        }
        return push_slice(vm, list, self, i, n);
    }
    while (maxsplit-- != 0 && (at = find_in(data(self), 0, j, data(sep), m, true)) >= 0) {
        if (push_slice(vm, list, self, at + m, j) < 0)
            return -1;
        j = at;
    }
    return push_slice(vm, list, self, 0, j);
}

static tpy_object *do_split(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames, const char *fname, bool rev)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    tpy_object *a[2];
    if (tpy_arg_parse(vm, fname, args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    intptr_t maxsplit = -1;
    if (a[1] && (maxsplit = tpy_index_ssize(vm, a[1], NULL)) == -1 && tpy_err_occurred(vm))
        return NULL;
    tpy_object *sep = a[0] && a[0] != TPY_NONE ? a[0] : NULL;
    if (sep && need_bytes(vm, sep) < 0)
        return NULL;
    if (sep && len(sep) == 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "empty separator"), NULL;
    tpy_object *list = tpy_list_new(vm, 0);
    if (list && (sep ? split_sep(vm, list, self, sep, maxsplit, rev)
                     : split_ws(vm, list, self, maxsplit, rev)) < 0)
        TPY_CLEAR(vm, list);
    for (intptr_t i = 0, j = list && rev ? tpy_list_len(list) - 1 : -1; i < j; i++, j--) {
        tpy_object **items = ((tpy_list *)list)->items, *t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
    return list;
}

METHOD(bytes_split) { return do_split(vm, self, args, nargs, kwnames, "split", false); }
METHOD(bytes_rsplit) { return do_split(vm, self, args, nargs, kwnames, "rsplit", true); }

static tpy_object *do_strip(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames, const char *fname, bool left, bool right)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 0, 1) < 0)
        return NULL;
    tpy_object *chars = nargs && args[0] != TPY_NONE ? args[0] : NULL;
    if (chars && need_bytes(vm, chars) < 0)
        return NULL;
    const unsigned char *s = data(self);
    intptr_t i = 0, j = len(self);
#define STRIPPED(c) (chars ? memchr(data(chars), (c), (size_t)len(chars)) != NULL : is_space(c))
    while (left && i < j && STRIPPED(s[i]))
        i++;
    while (right && j > i && STRIPPED(s[j - 1]))
        j--;
#undef STRIPPED
    if (i == 0 && j == len(self))
        return tpy_newref(self);
    return tpy_bytes_from(vm, s + i, (size_t)(j - i));
}

METHOD(bytes_strip) { return do_strip(vm, self, args, nargs, kwnames, "strip", true, true); }
METHOD(bytes_lstrip) { return do_strip(vm, self, args, nargs, kwnames, "lstrip", true, false); }
METHOD(bytes_rstrip) { return do_strip(vm, self, args, nargs, kwnames, "rstrip", false, true); }

static tpy_object *do_partition(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                size_t nargs, tpy_object *kwnames, const char *fname, bool rev)
{
    if (tpy_arg_one(vm, fname, nargs, kwnames) < 0 || need_bytes(vm, args[0]) < 0)
        return NULL;
    tpy_object *sep = args[0];
    if (len(sep) == 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "empty separator"), NULL;
    intptr_t n = len(self), m = len(sep);
    intptr_t at = find_in(data(self), 0, n, data(sep), m, rev);
    tpy_object *e = vm->empty_bytes;
    if (at < 0)
        return rev ? tpy_tuple_pack(vm, 3, e, e, self) : tpy_tuple_pack(vm, 3, self, e, e);
    tpy_object *head = tpy_bytes_from(vm, data(self), (size_t)at);
    tpy_object *tail = head ? tpy_bytes_from(vm, data(self) + at + m, (size_t)(n - at - m)) : NULL;
    tpy_object *r = tail ? tpy_tuple_pack(vm, 3, head, sep, tail) : NULL;
    tpy_xdecref(vm, head);
    tpy_xdecref(vm, tail);
    return r;
}

METHOD(bytes_partition) { return do_partition(vm, self, args, nargs, kwnames, "bytes.partition", false); }
METHOD(bytes_rpartition) { return do_partition(vm, self, args, nargs, kwnames, "bytes.rpartition", true); }

/* ---- ASCII case and classes ----------------------------------------------------------------------------------------- */

static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_alpha(unsigned char c) { return is_upper(c) || is_lower(c); }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
static bool is_ascii(unsigned char c) { return c < 128; }

static tpy_object *map_bytes(tpy_vm *vm, tpy_object *self, size_t nargs, tpy_object *kwnames,
                             const char *fname, bool upper)
{
    if (tpy_arg_none(vm, fname, nargs, kwnames) < 0)
        return NULL;
    tpy_object *r = tpy_bytes_from(vm, NULL, (size_t)len(self));
    for (intptr_t i = 0; r && i < len(self); i++) {
        unsigned char c = data(self)[i];
        B(r)->data[i] = upper && is_lower(c) ? (unsigned char)(c - 32)
                        : !upper && is_upper(c) ? (unsigned char)(c + 32) : c;
    }
    return r;
}

METHOD(bytes_upper)
{
    (void)args;
    return map_bytes(vm, self, nargs, kwnames, "bytes.upper", true);
}

METHOD(bytes_lower)
{
    (void)args;
    return map_bytes(vm, self, nargs, kwnames, "bytes.lower", false);
}

#define CLASS_METHOD(name, pyname, pred, empty)                                     \
    METHOD(name)                                                                    \
    {                                                                               \
        (void)args;                                                                 \
        if (tpy_arg_none(vm, pyname, nargs, kwnames) < 0)                           \
            return NULL;                                                            \
        for (intptr_t i = 0; i < len(self); i++)                                    \
            if (!pred(data(self)[i]))                                               \
                return tpy_bool(false);                                             \
        return tpy_bool(len(self) > 0 || empty);                                    \
    }
CLASS_METHOD(bytes_isdigit, "bytes.isdigit", is_digit, false)
CLASS_METHOD(bytes_isalpha, "bytes.isalpha", is_alpha, false)
CLASS_METHOD(bytes_isalnum, "bytes.isalnum", is_alnum, false)
CLASS_METHOD(bytes_isspace, "bytes.isspace", is_space, false)
CLASS_METHOD(bytes_isascii, "bytes.isascii", is_ascii, true)

/* isupper/islower: some cased byte, none of the other case. */
static tpy_object *case_test(tpy_vm *vm, tpy_object *self, size_t nargs, tpy_object *kwnames,
                             const char *fname, bool upper)
{
    if (tpy_arg_none(vm, fname, nargs, kwnames) < 0)
        return NULL;
    bool cased = false;
    for (intptr_t i = 0; i < len(self); i++) {
        unsigned char c = data(self)[i];
        if (upper ? is_lower(c) : is_upper(c))
            return tpy_bool(false);
        cased = cased || (upper ? is_upper(c) : is_lower(c));
    }
    return tpy_bool(cased);
}

METHOD(bytes_isupper)
{
    (void)args;
    return case_test(vm, self, nargs, kwnames, "bytes.isupper", true);
}

METHOD(bytes_islower)
{
    (void)args;
    return case_test(vm, self, nargs, kwnames, "bytes.islower", false);
}

const tpy_method_def tpy_bytes_methods[] = {
    {"decode", bytes_decode, 0, NULL},       {"hex", bytes_hex, 0, NULL},
    {"fromhex", bytes_fromhex, TPY_METH_CLASS, NULL},
    {"find", bytes_find, 0, NULL},           {"rfind", bytes_rfind, 0, NULL},
    {"index", bytes_index, 0, NULL},         {"rindex", bytes_rindex, 0, NULL},
    {"count", bytes_count, 0, NULL},         {"startswith", bytes_startswith, 0, NULL},
    {"endswith", bytes_endswith, 0, NULL},   {"join", bytes_join, 0, NULL},
    {"replace", bytes_replace, 0, NULL},     {"split", bytes_split, 0, NULL},
    {"rsplit", bytes_rsplit, 0, NULL},       {"strip", bytes_strip, 0, NULL},
    {"lstrip", bytes_lstrip, 0, NULL},       {"rstrip", bytes_rstrip, 0, NULL},
    {"partition", bytes_partition, 0, NULL}, {"rpartition", bytes_rpartition, 0, NULL},
    {"upper", bytes_upper, 0, NULL},         {"lower", bytes_lower, 0, NULL},
    {"isdigit", bytes_isdigit, 0, NULL},     {"isalpha", bytes_isalpha, 0, NULL},
    {"isalnum", bytes_isalnum, 0, NULL},     {"isspace", bytes_isspace, 0, NULL},
    {"isascii", bytes_isascii, 0, NULL},     {"isupper", bytes_isupper, 0, NULL},
    {"islower", bytes_islower, 0, NULL},
    TPY_BYTES_TEXT_METHODS,   /* bytes_text.c */
    {NULL, NULL, 0, NULL},
};
