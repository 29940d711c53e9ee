/**
 * @file marshal.h
 * @brief Code units to bytes and back: the body of a .tpyc cache file.
 *
 * Layout (all integers little-endian):
 *
 *     offset  size  field
 *     0       4     magic "TPYC"
 *     4       4     format version (TPY_MARSHAL_VERSION)
 *     8       8     source size in bytes
 *     16      8     source mtime in nanoseconds since the epoch
 *     24      4     body length
 *     28      4     checksum of the body (tpy_marshal_checksum())
 *     32      ...   body: the module's code unit (see marshal.c)
 *
 * The reader never reads past its buffer, bounds every count by the bytes
 * left, limits nesting, and rejects anything malformed with a message. It
 * checks all text once, in the string table (valid UTF-8, no NUL in a
 * name), so that tpy_verify_loaded() need not; it does not check what the
 * rest of the bytes mean (verify.h does).
 *
 * Zero copy: the code units it returns point into the buffer (instruction
 * words, strings, line and column tables, slot kinds) wherever they can,
 * so the buffer must stay unchanged while the code units are in use; put
 * it in the same arena (tpy_pycache does) or keep it beside it.
 */
#ifndef TPY_MARSHAL_H
#define TPY_MARSHAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "code.h"

#define TPY_MARSHAL_MAGIC "TPYC"
#define TPY_MARSHAL_VERSION 3
#define TPY_MARSHAL_HEADER_SIZE 32
/** Nesting of code units and tuples the reader accepts. */
#define TPY_MARSHAL_MAX_DEPTH 200

/** @brief A growable byte buffer in layer1 memory. */
typedef struct tpy_bytes {
    uint8_t *data;
    size_t len, cap;
    bool failed;   /**< out of memory: further appends are ignored */
} tpy_bytes;

void tpy_bytes_free(tpy_bytes *b);

/** @brief What the header says. */
typedef struct tpy_marshal_header {
    uint32_t version;
    uint64_t source_size;
    int64_t source_mtime_ns;
    uint32_t body_len;
    uint32_t checksum;
} tpy_marshal_header;

/** @brief Append the header and body for @p co. false: out of memory. */
bool tpy_marshal_dump(const tpy_code *co, uint64_t source_size, int64_t source_mtime_ns,
                      tpy_bytes *out);

/** @brief Append only the body (the code unit tree). */
bool tpy_marshal_dump_body(const tpy_code *co, tpy_bytes *out);

/** @brief Read the 32-byte header at @p buf (@p len bytes available) and
 *  check its magic and version; on failure a reason in @p why. */
bool tpy_marshal_parse_header(const uint8_t *buf, size_t len, tpy_marshal_header *h,
                              char *why, size_t whylen);

/** @brief Check a body against its header: length and checksum. */
bool tpy_marshal_check_body(const tpy_marshal_header *h, const uint8_t *body, size_t len,
                            char *why, size_t whylen);

/** @brief Read and check the header: magic, version, body length, checksum.
 *  On failure a reason in @p why. */
bool tpy_marshal_read_header(const uint8_t *buf, size_t len, tpy_marshal_header *h,
                             char *why, size_t whylen);

/** @brief Read a whole file: header (checked as above) then body. The code
 *  may point into @p buf (see above). */
const tpy_code *tpy_marshal_load(tpy_arena *a, const uint8_t *buf, size_t len,
                                 tpy_marshal_header *h, char *why, size_t whylen);

/** @brief Read a body alone (no checksum to protect it). */
const tpy_code *tpy_marshal_load_body(tpy_arena *a, const uint8_t *buf, size_t len,
                                      char *why, size_t whylen);

/** @brief The 32-bit checksum of @p n bytes: Fletcher's two sums over
 *  64-bit words in four lanes, mixed down (see marshal.c). The same value
 *  on every host. */
uint32_t tpy_marshal_checksum(const uint8_t *p, size_t n);

#endif /* TPY_MARSHAL_H */
