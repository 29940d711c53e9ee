/* test_marshal_checksum.c: the cache file's checksum (marshal.c). It must
 * be the same on every host (a value pinned here), change for every
 * damaged byte and for words moved within a lane, and cover a tail that
 * is not a whole 32-byte block. */
#include <criterion/criterion.h>
#include <string.h>

#include "marshal.h"

enum { LEN = 1000 };   /* 31 blocks and an 8-byte tail */

static void fill(uint8_t *buf, size_t n)
{
    uint32_t x = 12345;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        buf[i] = (uint8_t)(x >> 16);
    }
}

Test(marshal_checksum, pinned_values)
{
    uint8_t buf[LEN];
    for (size_t i = 0; i < LEN; i++)
        buf[i] = (uint8_t)i;
    /* Recorded from this implementation: a change here is a format change
     * (bump TPY_MARSHAL_VERSION). */
    cr_expect_eq(tpy_marshal_checksum(buf, 0), 0xaf465336u, "empty: %#x",
                 tpy_marshal_checksum(buf, 0));
    cr_expect_eq(tpy_marshal_checksum(buf, LEN), 0xc5b87363u, "bytes 0..: %#x",
                 tpy_marshal_checksum(buf, LEN));
}

Test(marshal_checksum, every_damaged_byte_changes_it)
{
    static const uint8_t flips[] = {0x01, 0x80, 0xff};
    uint8_t buf[LEN];
    fill(buf, LEN);
    uint32_t good = tpy_marshal_checksum(buf, LEN);
    for (size_t at = 0; at < LEN; at++) {
        for (size_t f = 0; f < sizeof flips; f++) {
            buf[at] ^= flips[f];
            cr_expect_neq(tpy_marshal_checksum(buf, LEN), good, "flip %#x at %zu", flips[f], at);
            buf[at] ^= flips[f];
        }
    }
}

Test(marshal_checksum, moved_words_change_it)
{
    uint8_t buf[LEN];
    fill(buf, LEN);
    uint32_t good = tpy_marshal_checksum(buf, LEN);
    /* Words 0 and 4 share a lane (32 bytes apart): only the second sum,
     * which weighs words by position, sees the swap. */
    uint8_t tmp[8];
    memcpy(tmp, buf, 8);
    memcpy(buf, buf + 32, 8);
    memcpy(buf + 32, tmp, 8);
    cr_expect_neq(tpy_marshal_checksum(buf, LEN), good);
}

Test(marshal_checksum, length_counts)
{
    uint8_t buf[LEN];
    memset(buf, 0, sizeof buf);
    /* All zero bytes: only the length tells these apart. */
    cr_expect_neq(tpy_marshal_checksum(buf, 64), tpy_marshal_checksum(buf, 96));
    cr_expect_neq(tpy_marshal_checksum(buf, 64), tpy_marshal_checksum(buf, 65));
}
