/*
 * repr(float): the shortest digits that read back as the same double
 * (float_digits.c), in fixed notation for decimal exponents -4..15 with
 * ".0" on integral values, else with an exponent.
 */
#include "num_internal.h"

#include <string.h>

int tpy_num_double_repr_buf(tpy_num_buf *b, double x)
{
    return tpy_num__float_text(b, x, 'r', 0, TPY_NUM__FT_ADD_DOT_0);
}

size_t tpy_num_double_repr(double x, char out[TPY_NUM_REPR_MAX])
{
    tpy_num_buf b = TPY_NUM_BUF_INIT;
    size_t len = 0;
    if (tpy_num_double_repr_buf(&b, x) == 0 && b.len < TPY_NUM_REPR_MAX) {
        memcpy(out, b.data, b.len + 1);
        len = b.len;
    } else {
        out[0] = '\0';
    }
    tpy_num_buf_free(&b);
    return len;
}
