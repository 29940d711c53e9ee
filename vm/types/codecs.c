/* vm/types/codecs.c: UTF-16 and UTF-32, little- and big-endian and the
 * BOM-marked forms, with CPython's error reasons. Only the "strict" error
 * handler is supported here; others raise a NotImplementedError that says
 * so rather than guessing. */
#include <string.h>

#include "codecs.h"
#include "error.h"
#include "refcount.h"
#include "str_build.h"
#include "str_internal.h"
#include "types.h"
#include "vm.h"

int tpy_wide_codec_of(tpy_object *encoding, tpy_wide_codec *out)
{
    /* CPython's normalisation: case folded, '-' and ' ' read as '_', then
     * the codec's aliases ("UTF-16LE", "utf_16_le", "u16" all match). */
    char buf[16];
    size_t n = 0;
    for (intptr_t i = 0; i < tpy_str_len(encoding); i++) {
        uint32_t c = tpy_str_at(encoding, i);
        if (c >= 128 || n + 1 >= sizeof buf)
            return 0;
        buf[n++] = (char)(c == '-' || c == ' ' ? '_' : c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    buf[n] = 0;
    static const struct {
        const char *alias;
        tpy_wide_codec codec;
    } table[] = {
        {"utf_16", {2, 0, "utf-16"}},        {"utf16", {2, 0, "utf-16"}},
        {"u16", {2, 0, "utf-16"}},           {"utf_16_le", {2, 'l', "utf-16-le"}},
        {"utf_16le", {2, 'l', "utf-16-le"}}, {"utf_16_be", {2, 'b', "utf-16-be"}},
        {"utf_16be", {2, 'b', "utf-16-be"}}, {"utf_32", {4, 0, "utf-32"}},
        {"utf32", {4, 0, "utf-32"}},         {"u32", {4, 0, "utf-32"}},
        {"utf_32_le", {4, 'l', "utf-32-le"}}, {"utf_32le", {4, 'l', "utf-32-le"}},
        {"utf_32_be", {4, 'b', "utf-32-be"}}, {"utf_32be", {4, 'b', "utf-32-be"}},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(buf, table[i].alias) == 0) {
            *out = table[i].codec;
            return 1;
        }
    return 0;
}

static int strict_only(tpy_vm *vm, tpy_object *errors, const char *name)
{
    if (!errors || tpy_str_equal_c(errors, "strict"))
        return 0;
    tpy_err_format(vm, &tpy_exc_NotImplementedError,
                   "tierpy's %s codec supports only the 'strict' error handler, not %R", name,
                   errors);
    return -1;
}

/* ---- encoding ------------------------------------------------------------------------------------ */

static void put_unit(unsigned char *p, uint32_t v, int unit, char order)
{
    for (int i = 0; i < unit; i++) {
        int shift = order == 'b' ? 8 * (unit - 1 - i) : 8 * i;
        p[i] = (unsigned char)(v >> shift);
    }
}

static void raise_surrogate(tpy_vm *vm, const char *codec, tpy_object *s, intptr_t i)
{
    tpy_object *args[5] = {tpy_str_from_cstr(vm, codec), tpy_newref(s), tpy_int_from_i64(vm, i),
                           tpy_int_from_i64(vm, i + 1),
                           tpy_str_from_cstr(vm, "surrogates not allowed")};
    bool ok = args[0] && args[2] && args[3] && args[4];
    tpy_object *e = ok ? tpy_exc_new(vm, &tpy_exc_UnicodeEncodeError, args, 5) : NULL;
    if (e) {
        tpy_err_set_instance(vm, e);
        tpy_decref(vm, e);
    }
    for (int k = 0; k < 5; k++)
        tpy_xdecref(vm, args[k]);
}

tpy_object *tpy_wide_encode(tpy_vm *vm, tpy_object *str, const tpy_wide_codec *c,
                            tpy_object *errors)
{
    if (strict_only(vm, errors, c->name) < 0)
        return NULL;
    intptr_t n = tpy_str_len(str);
    size_t units = 0;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t cp = tpy_str_at(str, i);
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            raise_surrogate(vm, c->name, str, i);
            return NULL;
        }
        units += c->unit == 2 && cp > 0xFFFF ? 2 : 1;
    }
    char order = c->order ? c->order : 'l';   /* the BOM form writes little-endian */
    size_t bom = c->order ? 0 : 1;
    tpy_object *r = tpy_bytes_from(vm, NULL, (units + bom) * (size_t)c->unit);
    if (!r)
        return NULL;
    unsigned char *p = ((tpy_bytes *)r)->data;
    if (bom) {
        put_unit(p, 0xFEFF, c->unit, order);
        p += c->unit;
    }
    for (intptr_t i = 0; i < n; i++) {
        uint32_t cp = tpy_str_at(str, i);
        if (c->unit == 2 && cp > 0xFFFF) {
            cp -= 0x10000;
            put_unit(p, 0xD800 | (cp >> 10), 2, order);
            put_unit(p + 2, 0xDC00 | (cp & 0x3FF), 2, order);
            p += 4;
        } else {
            put_unit(p, cp, c->unit, order);
            p += c->unit;
        }
    }
    return r;
}

/* ---- decoding ------------------------------------------------------------------------------------ */

static uint32_t get_unit(const unsigned char *p, int unit, char order)
{
    uint32_t v = 0;
    for (int i = 0; i < unit; i++) {
        int shift = order == 'b' ? 8 * (unit - 1 - i) : 8 * i;
        v |= (uint32_t)p[i] << shift;
    }
    return v;
}

/* The byte order of a BOM-marked input, and how many bytes the BOM takes. */
static char sniff_bom(const unsigned char *s, size_t n, int unit, size_t *skip)
{
    *skip = 0;
    if (n >= (size_t)unit) {
        if (get_unit(s, unit, 'l') == 0xFEFF) {
            *skip = (size_t)unit;
            return 'l';
        }
        if (get_unit(s, unit, 'b') == 0xFEFF) {
            *skip = (size_t)unit;
            return 'b';
        }
    }
    return 'l';
}

/* One code point at s[i]: its byte count, or 0 with *reason and *bad_end set. */
static size_t decode_one(const unsigned char *s, size_t n, size_t i, int unit, char order,
                         uint32_t *cp, const char **reason, size_t *bad_end)
{
    if (n - i < (size_t)unit) {
        *reason = "truncated data";
        *bad_end = n;
        return 0;
    }
    uint32_t v = get_unit(s + i, unit, order);
    if (unit == 4) {
        if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
            *reason = v > 0x10FFFF ? "code point not in range(0x110000)"
                                   : "code point in surrogate code point range(0xd800, 0xe000)";
            *bad_end = i + 4;
            return 0;
        }
        *cp = v;
        return 4;
    }
    if (v < 0xD800 || v > 0xDFFF) {
        *cp = v;
        return 2;
    }
    if (v >= 0xDC00) {
        *reason = "illegal encoding";
        *bad_end = i + 2;
        return 0;
    }
    if (n - i < 4) {
        *reason = "unexpected end of data";
        *bad_end = n;
        return 0;
    }
    uint32_t lo = get_unit(s + i + 2, 2, order);
    if (lo < 0xDC00 || lo > 0xDFFF) {
        *reason = "illegal UTF-16 surrogate";
        *bad_end = i + 2;
        return 0;
    }
    *cp = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
    return 4;
}

tpy_object *tpy_wide_decode(tpy_vm *vm, const unsigned char *s, size_t n,
                            const tpy_wide_codec *c, tpy_object *errors)
{
    if (strict_only(vm, errors, c->name) < 0)
        return NULL;
    size_t i = 0;
    char order = c->order;
    if (!order)
        order = sniff_bom(s, n, c->unit, &i);
    tpy_ubuf out;
    tpy_ubuf_init(&out, vm);
    while (i < n) {
        uint32_t cp = 0;
        const char *reason = NULL;
        size_t bad_end = 0, step = decode_one(s, n, i, c->unit, order, &cp, &reason, &bad_end);
        if (!step) {
            tpy_ubuf_free(&out);
            /* The BOM form reports the byte order it settled on. */
            const char *name = c->order ? c->name
                               : c->unit == 2 ? (order == 'b' ? "utf-16-be" : "utf-16-le")
                                              : (order == 'b' ? "utf-32-be" : "utf-32-le");
            tpy_raise_decode_error(vm, name, (const char *)s, n, i, bad_end, reason);
            return NULL;
        }
        if (tpy_ubuf_put(&out, cp) < 0) {
            tpy_ubuf_free(&out);
            return NULL;
        }
        i += step;
    }
    return tpy_ubuf_finish(&out);
}
