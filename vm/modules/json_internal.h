/* vm/modules/json_internal.h: what the files of the `_json` module share
 * (docs/modules-c.md): a text writer that builds one str, the string
 * escapes of the encoder, the string scanner of the decoder, and the two
 * callable types `make_scanner` and `make_encoder` stand for.
 *
 *   jsonmodule.c    the module: scanstring, encode_basestring(_ascii),
 *                   JSONDecodeError raised as json.decoder defines it
 *   json_writer.c   tpy_jwriter and the escaping of a str
 *   json_scanner.c  scanstring's core and the Scanner type (JSON -> values)
 *   json_memo.c     the scanner's key memo
 *   json_encoder.c  the Encoder type (values -> JSON text)
 */
#ifndef TIERPY_VM_JSON_INTERNAL_H
#define TIERPY_VM_JSON_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"

/** @brief Code point i of str data stored @p kind bytes a code point. */
static inline uint32_t tpy_json_char_at(const unsigned char *data, int kind, intptr_t i)
{
    switch (kind) {
    case 1: return data[i];
    case 2: return ((const uint16_t *)(const void *)data)[i];
    default: return ((const uint32_t *)(const void *)data)[i];
    }
}

/** @brief The collector's walk over the @p n owned references (NULL
 * allowed) that the Scanner and Encoder objects keep in an array. */
int tpy_json_refs_traverse(tpy_object *const *refs, size_t n, tpy_obj_visit_fn visit, void *arg);
/** @brief Drop those references (the clear and destroy hooks). */
void tpy_json_refs_clear(tpy_obj_heap *heap, tpy_object **refs, size_t n);

/* A growing str under construction, stored as a str stores its code
 * points: `kind` bytes each, widened (1 -> 2 -> 4) when a larger code
 * point arrives, so the finished str is copied out in one go. */
typedef struct tpy_jwriter {
    tpy_vm *vm;
    unsigned char *buf;   /* tpy_vm_malloc'd; NULL until the first append */
    size_t len, cap;      /* in code points */
    int kind;             /* 1, 2 or 4 */
    /* the largest code point written, or a bound of the same width and
     * asciiness (the finished str's kind and ascii flag) */
    uint32_t maxchar;
} tpy_jwriter;

/** @brief An empty writer for @p vm. */
void tpy_jw_init(tpy_jwriter *w, tpy_vm *vm);
/** @brief Release the buffer (after a failure; tpy_jw_finish releases it itself). */
void tpy_jw_free(tpy_jwriter *w);
/** @brief The str written so far (new reference); the writer is emptied. NULL: MemoryError. */
tpy_object *tpy_jw_finish(tpy_jwriter *w);
/** @brief Room for @p extra more code points: 0, or -1 with MemoryError. */
int tpy_jw_grow(tpy_jwriter *w, size_t extra);
/** @brief Append @p n ASCII bytes: 0 or -1 (the slow path of tpy_jw_put). */
int tpy_jw_ascii(tpy_jwriter *w, const char *s, size_t n);

/** @brief Room for @p extra more code points, inline when there is. */
static inline int tpy_jw_reserve(tpy_jwriter *w, size_t extra)
{
    return w->len + extra <= w->cap ? 0 : tpy_jw_grow(w, extra);
}

/** @brief Append @p n ASCII bytes, inline for a byte-wide buffer with room. */
static inline int tpy_jw_put(tpy_jwriter *w, const char *s, size_t n)
{
    if (w->kind != 1 || w->len + n > w->cap)
        return tpy_jw_ascii(w, s, n);
    for (size_t i = 0; i < n; i++)   /* short texts: no memcpy call */
        w->buf[w->len + i] = (unsigned char)s[i];
    w->len += n;
    return 0;
}
/** @brief Append one code point: 0 or -1. */
int tpy_jw_char(tpy_jwriter *w, uint32_t c);
/** @brief Append s[start:end] of a str: 0 or -1. */
int tpy_jw_substr(tpy_jwriter *w, tpy_object *s, intptr_t start, intptr_t end);

/** @brief Append @p s as a JSON string, quotes included: `"`, `\`, the
 * control characters escaped and, when @p ascii_only, every code point
 * from 0x7f up as \\uXXXX (a surrogate pair above 0xFFFF). 0 or -1. */
int tpy_json_put_string(tpy_jwriter *w, tpy_object *s, bool ascii_only);

/** @brief The string whose opening quote is at doc[end - 1]: the str
 * (new reference) with *next set past its closing quote; NULL with
 * JSONDecodeError (CPython's messages and positions). */
tpy_object *tpy_json_scanstring(tpy_vm *vm, tpy_object *doc, intptr_t end, bool strict,
                                intptr_t *next);

/* The key memo of one scan: the object keys read so far, found by their
 * characters (json_memo.c). */
typedef struct tpy_jmemo {
    tpy_vm *vm;
    struct tpy_jmemo_slot *slots;   /* NULL until the first key */
    size_t mask, used;
} tpy_jmemo;

/** @brief An empty memo for @p vm. */
void tpy_jmemo_init(tpy_jmemo *m, tpy_vm *vm);
/** @brief Drop the keys and the table. */
void tpy_jmemo_free(tpy_jmemo *m);
/** @brief The key equal to doc[start:end] (new reference): the one read
 * before, or a new str now remembered. NULL: MemoryError. */
tpy_object *tpy_jmemo_slice(tpy_jmemo *m, tpy_object *doc, intptr_t start, intptr_t end);
/** @brief The key equal to @p key (consumed): the one read before, or
 * @p key now remembered (new reference). NULL: MemoryError. */
tpy_object *tpy_jmemo_intern(tpy_jmemo *m, tpy_object *key);

/** @brief Raise json.decoder.JSONDecodeError(msg, doc, pos). */
void tpy_json_raise(tpy_vm *vm, const char *msg, tpy_object *doc, intptr_t pos);

/** @brief `_json.make_scanner` and `_json.make_encoder`: the Scanner and
 * Encoder types, whose instances json.decoder / json.encoder call. */
extern tpy_type tpy_json_scanner_type, tpy_json_encoder_type;

#endif
