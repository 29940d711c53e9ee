/* vm/modules/structmodule.c: the `struct` module: pack, unpack, calcsize,
 * iter_unpack, pack_into and unpack_from over format strings with a byte
 * order prefix (@ native size and alignment, = < > ! standard sizes, no
 * alignment) and the codes x c b B ? h H i I l L q Q n N e f d s p P.
 * struct.Struct keeps a format for its methods. Errors are struct.error
 * with CPython's messages. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#include "abstract.h"
#include "bytearray.h"
#include "error.h"
#include "eval.h"
#include "modules.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"
#include "vm.h"

#define FN(name)                                                                  \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

/* struct.error: a plain Exception subclass. */
tpy_type tpy_struct_error_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "struct.error", .basic_size = sizeof(tpy_exc), .flags = TPY_OBJ_CONTAINER},
    .name = "struct.error",
    .flags = TPY_TF_BASETYPE,
    .base = &tpy_exc_Exception,
};

static int struct_error(tpy_vm *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    tpy_err_vformat(vm, &tpy_struct_error_type, fmt, ap);
    va_end(ap);
    return -1;
}

/* ---- formats ------------------------------------------------------------------------------------ */

/* One code of a format with its repeat count. */
typedef struct item {
    char code;
    intptr_t count;   /* repeat; for s and p the byte length */
    intptr_t size;    /* bytes of one value */
    intptr_t offset;  /* where the first value starts */
} item;

#define MAX_ITEMS 64

typedef struct format {
    bool native;      /* '@': native sizes and alignment */
    bool little;      /* byte order of the values */
    item items[MAX_ITEMS];
    size_t nitems;
    intptr_t size;    /* total bytes */
    intptr_t nvalues; /* Python values packed or unpacked */
} format;

static intptr_t code_size(char c, bool native)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
    }
}

static bool is_space(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int parse_format(tpy_vm *vm, tpy_object *fmtobj, format *f)
{
    size_t n;
    const char *s;
    if (tpy_str_check(fmtobj)) {
        s = tpy_str_utf8(vm, fmtobj, &n);
        if (!s)
            return -1;
    } else if (tpy_bytes_check(fmtobj)) {
        s = (const char *)((tpy_bytes *)fmtobj)->data;
        n = (size_t)tpy_bytes_len(fmtobj);
    } else {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "Struct() argument 1 must be a str or bytes object, not %s",
                       tpy_type_of(fmtobj)->name);
        return -1;
    }
    size_t i = 0;
    f->native = true;
    f->little = true;   /* the machines tierpy runs on */
    if (n > 0 && strchr("@=<>!", s[0])) {
        f->native = s[0] == '@';
        f->little = s[0] == '<' || s[0] == '@' || s[0] == '=';
        i = 1;
    }
    f->nitems = 0;
    f->size = f->nvalues = 0;
    while (i < n) {
        if (is_space((unsigned char)s[i])) {
            i++;
            continue;
        }
        intptr_t count = 1;
        if (s[i] >= '0' && s[i] <= '9') {
            count = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                if (count > (INTPTR_MAX - 9) / 10)
                    return struct_error(vm, "total struct size too long");
                count = count * 10 + (s[i++] - '0');
            }
            if (i == n)
                return struct_error(vm, "repeat count given without format specifier");
        }
        char c = s[i++];
        intptr_t size = code_size(c, f->native);
        if (size == 0)
            return struct_error(vm, "bad char in struct format");
        if (f->nitems == MAX_ITEMS)
            return tpy_err_format(vm, &tpy_exc_NotImplementedError,
                                  "tierpy: struct formats of more than %d items", MAX_ITEMS),
                   -1;
        if (f->native && size > 1 && !strchr("spx", c))
            f->size = (f->size + size - 1) / size * size;   /* align */
        item *it = &f->items[f->nitems++];
        it->code = c;
        it->count = count;
        it->size = size;
        it->offset = f->size;
        bool bytes_code = c == 's' || c == 'p';
        f->size += bytes_code ? count : count * size;
        f->nvalues += c == 'x' ? 0 : bytes_code ? 1 : count;
    }
    return 0;
}

/* ---- packing ------------------------------------------------------------------------------------ */

static void store(unsigned char *p, uint64_t v, intptr_t size, bool little)
{
    for (intptr_t k = 0; k < size; k++) {
        unsigned char byte = (unsigned char)(v >> (8 * k));
        p[little ? k : size - 1 - k] = byte;
    }
}

static uint64_t load(const unsigned char *p, intptr_t size, bool little)
{
    uint64_t v = 0;
    for (intptr_t k = 0; k < size; k++)
        v |= (uint64_t)p[little ? k : size - 1 - k] << (8 * k);
    return v;
}

static bool is_unsigned(char c)
{
    return c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
}

/* Whether CPython packs code c with its native-table function: always
 * for '@', and for little-endian standard formats where the standard and
 * native sizes agree (l and L differ); the two word their errors apart. */
static bool native_func(const format *f, char c)
{
    return f->native || (f->little && c != 'l' && c != 'L');
}

/* The range error of an integer code, as CPython words it per code. */
static int range_error(tpy_vm *vm, const format *f, char c, intptr_t size)
{
    if (size == 8)
        return struct_error(vm, "argument out of range");
    int bits = (int)size * 8;
    /* every table packs b and B with the native functions */
    if (strchr("bB", c) || (native_func(f, c) && strchr("hH", c))) {
        static const char *const names[] = {"byte", "ubyte", "short", "ushort"};
        const char *name = names[strchr("bBhH", c) - "bBhH"];
        if (is_unsigned(c))
            return struct_error(vm, "%s format requires 0 <= number <= %lld", name,
                                (long long)((1ull << bits) - 1));
        return struct_error(vm, "%s format requires %lld <= number <= %lld", name,
                            -(1ll << (bits - 1)), (1ll << (bits - 1)) - 1);
    }
    if (is_unsigned(c))
        return struct_error(vm, "'%c' format requires 0 <= number <= %lld", c,
                            (long long)((1ull << bits) - 1));
    return struct_error(vm, "'%c' format requires %lld <= number <= %lld", c,
                        -(1ll << (bits - 1)), (1ll << (bits - 1)) - 1);
}

static int pack_int(tpy_vm *vm, const format *f, char c, intptr_t size, tpy_object *v,
                    unsigned char *p)
{
    if (!tpy_has_index(v))
        return struct_error(vm, "required argument is not an integer");
    tpy_object *i = tpy_index(vm, v);
    if (!i)
        return -1;
    int64_t sv = 0;
    uint64_t uv = 0;
    bool fits;
    if (tpy_int_is_word(i)) {
        sv = ((tpy_int *)i)->value;
        fits = true;
        if (is_unsigned(c)) {
            fits = sv >= 0;
            uv = (uint64_t)sv;
        }
    } else {
        /* a big int: only an unsigned 64-bit code can hold one */
        const tpy_int *bi = (const tpy_int *)i;
        fits = is_unsigned(c) && size == 8 && bi->value > 0 && bi->ob.size == 1;
        uv = fits ? bi->limbs[0] : 0;
    }
    tpy_decref(vm, i);
    /* a negative value for an unsigned code fails its C conversion first,
     * except where CPython reads B and H as signed longs */
    bool signed_read = native_func(f, c) && (c == 'B' || c == 'H');
    if (!fits && is_unsigned(c) && !signed_read && sv < 0)
        return struct_error(vm, "argument out of range");
    if (!fits && !tpy_int_is_word(v) && !tpy_has_index(v))
        return struct_error(vm, "argument out of range");
    if (fits && size < 8) {
        int bits = (int)size * 8;
        fits = is_unsigned(c) ? uv < (1ull << bits)
                              : sv >= -(1ll << (bits - 1)) && sv < (1ll << (bits - 1));
    }
    if (!fits)
        return range_error(vm, f, c, size);
    store(p, is_unsigned(c) ? uv : (uint64_t)sv, size, f->little);
    return 0;
}

/* IEEE 754 binary16 from a double, rounding to nearest even; -1 when it
 * overflows. */
static int to_half(double x, uint16_t *out)
{
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    x = fabs(x);
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return 0;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return 0;
    }
    int e;
    double m = frexp(x, &e);   /* x = m * 2^e, 0.5 <= m < 1 */
    if (x == 0) {
        *out = sign;
        return 0;
    }
    int exp = e - 1 + 15;      /* biased exponent of 1.xxx form */
    double scaled;
    if (exp <= 0)
        scaled = ldexp(x, 24);          /* subnormal: units of 2^-24 */
    else
        scaled = ldexp(m * 2 - 1, 10);  /* fraction bits */
    double r = nearbyint(scaled);       /* the FPU rounds half to even */
    uint32_t bits;
    if (exp <= 0) {
        bits = (uint32_t)r;             /* may carry into the smallest normal */
    } else {
        if (r >= 1024) {
            r = 0;
            exp++;
        }
        if (exp >= 31)
            return -1;
        bits = ((uint32_t)exp << 10) | (uint32_t)r;
    }
    *out = sign | (uint16_t)bits;
    return 0;
}

static double from_half(uint16_t h)
{
    int exp = (h >> 10) & 0x1f;
    double frac = h & 0x3ff;
    double v = exp == 0 ? ldexp(frac, -24)
               : exp == 31 ? (frac ? NAN : INFINITY)
                           : ldexp(1 + frac / 1024, exp - 15);
    return h & 0x8000 ? -v : v;
}

static int pack_float(tpy_vm *vm, const format *f, char c, tpy_object *v, unsigned char *p)
{
    double d;
    if (tpy_float_check(v))
        d = tpy_float_value(v);
    else {
        tpy_object *x = tpy_number_float(vm, v);
        if (!x) {
            if (tpy_err_matches(vm, &tpy_exc_TypeError)) {
                tpy_err_clear(vm);
                return struct_error(vm, "required argument is not a float");
            }
            return -1;
        }
        d = tpy_float_value(x);
        tpy_decref(vm, x);
    }
    if (c == 'd') {
        uint64_t bits;
        memcpy(&bits, &d, 8);
        store(p, bits, 8, f->little);
    } else if (c == 'f') {
        /* doubles from FLT_MAX + half an ulp up round to infinity */
        bool too_big = isfinite(d) && fabs(d) >= 3.4028235677973366e38;
        if (too_big && !f->native) {
            tpy_err_set(vm, &tpy_exc_OverflowError, "float too large to pack with f format");
            return -1;
        }
        /* native 'f' is a plain C conversion: too big becomes infinity */
        float x = too_big ? (d > 0 ? INFINITY : -INFINITY) : (float)d;
        uint32_t bits;
        memcpy(&bits, &x, 4);
        store(p, bits, 4, f->little);
    } else {
        uint16_t h;
        if (to_half(d, &h) < 0) {
            tpy_err_set(vm, &tpy_exc_OverflowError, "float too large to pack with e format");
            return -1;
        }
        store(p, h, 2, f->little);
    }
    return 0;
}

static int pack_bytes(tpy_vm *vm, const item *it, tpy_object *v, unsigned char *p)
{
    const unsigned char *src;
    intptr_t n;
    if (!tpy_bytes_like(v, &src, &n))
        return struct_error(vm, "argument for '%c' must be a bytes object", it->code);
    if (it->code == 's') {
        intptr_t k = n < it->count ? n : it->count;
        memcpy(p, src, (size_t)k);
        return 0;
    }
    if (it->count == 0)
        return 0;
    intptr_t k = n < it->count - 1 ? n : it->count - 1;
    k = k > 255 ? 255 : k;
    p[0] = (unsigned char)k;
    memcpy(p + 1, src, (size_t)k);
    return 0;
}

static int pack_one(tpy_vm *vm, const format *f, const item *it, tpy_object *v, unsigned char *p)
{
    switch (it->code) {
    case 'c': {
        const unsigned char *src;
        intptr_t n;
        if (!tpy_bytes_like(v, &src, &n) || n != 1)
            return struct_error(vm, "char format requires a bytes object of length 1");
        *p = src[0];
        return 0;
    }
    case '?': {
        int t = tpy_is_true(vm, v);
        if (t < 0)
            return -1;
        *p = (unsigned char)t;
        return 0;
    }
    case 'e': case 'f': case 'd': return pack_float(vm, f, it->code, v, p);
    default: return pack_int(vm, f, it->code, it->size, v, p);
    }
}

/* Pack values into buf (f->size bytes, zeroed by the caller). */
static int pack_values(tpy_vm *vm, const format *f, tpy_object *const *values, size_t nvalues,
                       unsigned char *buf, const char *fname)
{
    if ((intptr_t)nvalues != f->nvalues)
        return struct_error(vm, "%s expected %zd items for packing (got %zu)", fname, f->nvalues,
                            nvalues);
    size_t k = 0;
    for (size_t i = 0; i < f->nitems; i++) {
        const item *it = &f->items[i];
        if (it->code == 'x')
            continue;
        if (it->code == 's' || it->code == 'p') {
            if (pack_bytes(vm, it, values[k++], buf + it->offset) < 0)
                return -1;
            continue;
        }
        for (intptr_t r = 0; r < it->count; r++)
            if (pack_one(vm, f, it, values[k++], buf + it->offset + r * it->size) < 0)
                return -1;
    }
    return 0;
}

/* ---- unpacking ------------------------------------------------------------------------------------ */

static tpy_object *unpack_one(tpy_vm *vm, const format *f, const item *it, const unsigned char *p)
{
    switch (it->code) {
    case 'c': return tpy_bytes_from(vm, p, 1);
    case '?': return tpy_newref(tpy_bool(*p != 0));
    case 'e': return tpy_float_from_double(vm, from_half((uint16_t)load(p, 2, f->little)));
    case 'f': {
        uint32_t bits = (uint32_t)load(p, 4, f->little);
        float x;
        memcpy(&x, &bits, 4);
        return tpy_float_from_double(vm, x);
    }
    case 'd': {
        uint64_t bits = load(p, 8, f->little);
        double x;
        memcpy(&x, &bits, 8);
        return tpy_float_from_double(vm, x);
    }
    default: break;
    }
    uint64_t v = load(p, it->size, f->little);
    if (is_unsigned(it->code)) {
        if (v <= INT64_MAX)
            return tpy_int_from_i64(vm, (int64_t)v);
        unsigned char le[8];
        store(le, v, 8, true);
        return tpy_native_get(vm, 'Q', le);   /* the wide unsigned path */
    }
    int shift = 64 - (int)it->size * 8;
    return tpy_int_from_i64(vm, (int64_t)(v << shift) >> shift);
}

static tpy_object *unpack_values(tpy_vm *vm, const format *f, const unsigned char *buf)
{
    tpy_object *t = tpy_tuple_new(vm, (size_t)f->nvalues);
    if (!t)
        return NULL;
    intptr_t k = 0;
    for (size_t i = 0; i < f->nitems; i++) {
        const item *it = &f->items[i];
        const unsigned char *p = buf + it->offset;
        tpy_object *v = NULL;
        if (it->code == 'x')
            continue;
        if (it->code == 's')
            v = tpy_bytes_from(vm, p, (size_t)it->count);
        else if (it->code == 'p') {
            intptr_t n = it->count ? (p[0] < it->count - 1 ? p[0] : it->count - 1) : 0;
            v = tpy_bytes_from(vm, p + (it->count ? 1 : 0), (size_t)n);
        }
        if (it->code == 's' || it->code == 'p') {
            if (!v)
                goto fail;
            ((tpy_tuple *)t)->items[k++] = v;
            continue;
        }
        for (intptr_t r = 0; r < it->count; r++) {
            if (!(v = unpack_one(vm, f, it, p + r * it->size)))
                goto fail;
            ((tpy_tuple *)t)->items[k++] = v;
        }
    }
    return t;
fail:
    tpy_decref(vm, t);
    return NULL;
}

/* ---- the functions ---------------------------------------------------------------------------------- */

FN(s_calcsize)
{
    (void)self;
    format f;
    if (tpy_arg_nokw(vm, "calcsize", kwnames) < 0 ||
        tpy_arg_count(vm, "calcsize", nargs, 1, 1) < 0 || parse_format(vm, args[0], &f) < 0)
        return NULL;
    return tpy_int_from_i64(vm, f.size);
}

FN(s_pack)
{
    (void)self;
    format f;
    if (tpy_arg_nokw(vm, "pack", kwnames) < 0)
        return NULL;
    if (nargs == 0)
        return tpy_err_format(vm, &tpy_exc_TypeError, "pack expected at least 1 argument, got 0");
    if (parse_format(vm, args[0], &f) < 0)
        return NULL;
    unsigned char *buf = tpy_vm_malloc(vm, (size_t)f.size);
    if (!buf)
        return NULL;
    memset(buf, 0, (size_t)f.size);
    tpy_object *r = pack_values(vm, &f, args + 1, nargs - 1, buf, "pack") < 0
                        ? NULL
                        : tpy_bytes_from(vm, buf, (size_t)f.size);
    tpy_vm_free(vm, buf);
    return r;
}

/* The writable bytes of pack_into's buffer argument. */
static int writable_buffer(tpy_vm *vm, tpy_object *o, tpy_bufview *v)
{
    int got = tpy_get_buffer(vm, o, v);
    if (got < 0)
        return -1;
    if (got == 0 || v->readonly) {
        tpy_err_format(vm, &tpy_exc_TypeError, "argument must be read-write bytes-like object, not %s",
                       tpy_type_of(o)->name);
        return -1;
    }
    return 0;
}

static int offset_arg(tpy_vm *vm, tpy_object *o, intptr_t buflen, intptr_t *out)
{
    intptr_t off = tpy_index_ssize(vm, o, &tpy_exc_OverflowError);
    if (off == -1 && tpy_err_occurred(vm))
        return -1;
    if (off < 0) {
        if (off + buflen < 0)
            return struct_error(vm, "offset %zd out of range for %zd-byte buffer", off, buflen);
        off += buflen;
    }
    *out = off;
    return 0;
}

FN(s_pack_into)
{
    (void)self;
    format f;
    tpy_bufview v;
    intptr_t off;
    if (tpy_arg_nokw(vm, "pack_into", kwnames) < 0)
        return NULL;
    if (nargs < 3)
        return tpy_err_format(vm, &tpy_exc_TypeError, "pack_into expected at least 3 arguments, got %zu",
                              nargs);
    if (parse_format(vm, args[0], &f) < 0 || writable_buffer(vm, args[1], &v) < 0 ||
        offset_arg(vm, args[2], v.len, &off) < 0)
        return NULL;
    if (v.len - off < f.size)
        return struct_error(vm,
                            "pack_into requires a buffer of at least %zd bytes for packing %zd "
                            "bytes at offset %zd (actual buffer size is %zd)",
                            f.size + off, f.size, off, v.len),
               NULL;
    unsigned char *buf = tpy_vm_malloc(vm, (size_t)f.size);
    if (!buf)
        return NULL;
    memset(buf, 0, (size_t)f.size);
    int r = pack_values(vm, &f, args + 3, nargs - 3, buf, "pack_into");
    /* re-read the buffer: packing ran Python code (__index__) */
    if (r == 0 && (writable_buffer(vm, args[1], &v) < 0 || v.len - off < f.size))
        r = tpy_err_occurred(vm) ? -1 : struct_error(vm, "pack_into: the buffer shrank");
    if (r == 0)
        memcpy(v.data + off, buf, (size_t)f.size);
    tpy_vm_free(vm, buf);
    return r < 0 ? NULL : tpy_newref(TPY_NONE);
}

static int readable_buffer(tpy_vm *vm, tpy_object *o, tpy_bufview *v)
{
    int got = tpy_get_buffer(vm, o, v);
    if (got == 0)
        tpy_err_format(vm, &tpy_exc_TypeError, "a bytes-like object is required, not '%s'",
                       tpy_type_of(o)->name);
    return got <= 0 ? -1 : 0;
}

FN(s_unpack)
{
    (void)self;
    format f;
    tpy_bufview v;
    if (tpy_arg_nokw(vm, "unpack", kwnames) < 0 || tpy_arg_count(vm, "unpack", nargs, 2, 2) < 0 ||
        parse_format(vm, args[0], &f) < 0 || readable_buffer(vm, args[1], &v) < 0)
        return NULL;
    if (v.len != f.size)
        return struct_error(vm, "unpack requires a buffer of %zd bytes", f.size), NULL;
    return unpack_values(vm, &f, v.data);
}

FN(s_unpack_from)
{
    (void)self;
    static const char *const names[] = {"format", "buffer", "offset", NULL};
    tpy_object *o[3] = {NULL, NULL, NULL};
    format f;
    tpy_bufview v;
    intptr_t off = 0;
    if (tpy_arg_parse(vm, "unpack_from", args, nargs, kwnames, names, 1, 2, o) < 0 ||
        parse_format(vm, o[0], &f) < 0 || readable_buffer(vm, o[1], &v) < 0 ||
        (o[2] && offset_arg(vm, o[2], v.len, &off) < 0))
        return NULL;
    if (v.len - off < f.size)
        return struct_error(vm,
                            "unpack_from requires a buffer of at least %zd bytes for unpacking %zd "
                            "bytes at offset %zd (actual buffer size is %zd)",
                            f.size + off, f.size, off, v.len),
               NULL;
    return unpack_values(vm, &f, v.data + off);
}

FN(s_iter_unpack)
{
    (void)self;
    format f;
    tpy_bufview v;
    if (tpy_arg_nokw(vm, "iter_unpack", kwnames) < 0 ||
        tpy_arg_count(vm, "iter_unpack", nargs, 2, 2) < 0 || parse_format(vm, args[0], &f) < 0 ||
        readable_buffer(vm, args[1], &v) < 0)
        return NULL;
    if (f.size == 0)
        return struct_error(vm, "cannot iteratively unpack with a struct of length 0"), NULL;
    if (v.len % f.size)
        return struct_error(vm, "iterative unpacking requires a buffer of a multiple of %zd bytes",
                            f.size),
               NULL;
    /* every tuple at once, handed out by a list iterator */
    tpy_object *list = tpy_list_new(vm, 0);
    for (intptr_t at = 0; list && at < v.len; at += f.size) {
        tpy_object *t = unpack_values(vm, &f, v.data + at);
        if (!t || tpy_list_append(vm, list, t) < 0)   /* the list takes t */
            TPY_CLEAR(vm, list);
    }
    tpy_object *it = list ? tpy_iter(vm, list) : NULL;
    tpy_xdecref(vm, list);
    return it;
}

/* ---- struct.Struct: a format compiled once -------------------------------------------------- */

typedef struct tpy_structobj {
    tpy_object ob;
    tpy_object *format;   /* the format as given, str or bytes (owned) */
    intptr_t size;
} tpy_structobj;

#define ST(o) ((tpy_structobj *)(o))

extern tpy_type tpy_struct_type;

static tpy_object *struct_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                              tpy_object *kwnames)
{
    static const char *const names[] = {"format", NULL};
    tpy_object *o[1] = {NULL};
    format f;
    if (tpy_arg_parse(vm, "Struct", args, nargs, kwnames, names, 0, 1, o) < 0 ||
        parse_format(vm, o[0], &f) < 0)
        return NULL;
    tpy_object *self = tpy_alloc(vm, t);
    if (self) {
        ST(self)->format = tpy_newref(o[0]);
        ST(self)->size = f.size;
    }
    return self;
}

static void struct_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_xdecref_heap(heap, ST(o)->format);
    tpy_obj_free(heap, o);
}

/* A method of Struct: the module function with the format in front. */
static tpy_object *forward(tpy_vm *vm, tpy_object *self, tpy_methodfn fn, tpy_object *const *args,
                           size_t nargs, tpy_object *kwnames)
{
    size_t total = nargs + (kwnames ? (size_t)tpy_tuple_len(kwnames) : 0);
    tpy_object **a = tpy_vm_malloc(vm, (total + 1) * sizeof *a);
    if (!a)
        return NULL;
    a[0] = ST(self)->format;
    if (total)
        memcpy(a + 1, args, total * sizeof *a);
    tpy_object *r = fn(vm, NULL, a, nargs + 1, kwnames);
    tpy_vm_free(vm, a);
    return r;
}

#define FORWARD(name, fn)                                                        \
    FN(name)                                                                     \
    {                                                                            \
        return forward(vm, self, fn, args, nargs, kwnames);                      \
    }
FORWARD(st_pack, s_pack)
FORWARD(st_unpack, s_unpack)
FORWARD(st_pack_into, s_pack_into)
FORWARD(st_unpack_from, s_unpack_from)
FORWARD(st_iter_unpack, s_iter_unpack)

static tpy_object *st_get_format(tpy_vm *vm, tpy_object *self)
{
    tpy_object *f = ST(self)->format;
    if (tpy_bytes_check(f))
        return tpy_call_method(vm, f, "decode", NULL, 0);
    return tpy_newref(f);
}

static tpy_object *st_get_size(tpy_vm *vm, tpy_object *self)
{
    return tpy_int_from_i64(vm, ST(self)->size);
}

static const tpy_method_def struct_methods[] = {
    {"pack", st_pack, 0, NULL}, {"unpack", st_unpack, 0, NULL},
    {"pack_into", st_pack_into, 0, NULL}, {"unpack_from", st_unpack_from, 0, NULL},
    {"iter_unpack", st_iter_unpack, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const tpy_getset_def struct_getsets[] = {
    {"format", st_get_format, NULL}, {"size", st_get_size, NULL}, {NULL, NULL, NULL},
};

tpy_type tpy_struct_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "_struct.Struct", .basic_size = sizeof(tpy_structobj),
               .destroy = struct_destroy},
    .name = "_struct.Struct",
    .flags = TPY_TF_BASETYPE,
    .new_ = struct_new,
    .methods = struct_methods,
    .getsets = struct_getsets,
};

static const tpy_method_def struct_functions[] = {
    {"calcsize", s_calcsize, 0, NULL}, {"pack", s_pack, 0, NULL},
    {"pack_into", s_pack_into, 0, NULL}, {"unpack", s_unpack, 0, NULL},
    {"unpack_from", s_unpack_from, 0, NULL}, {"iter_unpack", s_iter_unpack, 0, NULL},
    {NULL, NULL, 0, NULL},
};

tpy_object *tpy_struct_module_new(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "struct");
    if (!m)
        return NULL;
    if (tpy_module_add_functions(vm, m, struct_functions) < 0 ||
        tpy_dict_set_c(vm, tpy_module_dict(m), "error", &tpy_struct_error_type.ob) < 0 ||
        tpy_dict_set_c(vm, tpy_module_dict(m), "Struct", &tpy_struct_type.ob) < 0)
        TPY_CLEAR(vm, m);
    return m;
}
