/*
 * Errors: an exception class and CPython's message, on the heap because
 * some messages quote whole inputs.
 */
#include "num_internal.h"

#include <stdio.h>
#include <string.h>
#include <tierpy/mem.h>

void tpy_num_error_clear(tpy_num_error *err)
{
    if (err == NULL)
        return;
    tpy_mem_free(err->msg);
    err->msg = NULL;
    err->kind = TPY_NUM_ERR_NONE;
}

const char *tpy_num_error_text(const tpy_num_error *err)
{
    return (err != NULL && err->msg != NULL) ? err->msg : "";
}

int tpy_num__nomem(tpy_num_error *err)
{
    if (err != NULL) {
        tpy_num_error_clear(err);
        err->kind = TPY_NUM_ERR_MEMORY;
    }
    return TPY_NUM_FAIL;
}

/* Take ownership of a finished message; a NULL message means the message
 * itself could not be allocated, which becomes a MemoryError. */
static int set_message(tpy_num_error *err, tpy_num_errkind kind, char *msg)
{
    tpy_num_error_clear(err);
    if (msg == NULL)
        return tpy_num__nomem(err);
    err->kind = kind;
    err->msg = msg;
    return TPY_NUM_FAIL;
}

int tpy_num__fail(tpy_num_error *err, tpy_num_errkind kind, const char *fmt, ...)
{
    if (err == NULL)
        return TPY_NUM_FAIL;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = n < 0 ? NULL : tpy_mem_malloc((size_t)n + 1);
    if (msg != NULL) {
        va_start(ap, fmt);
        vsnprintf(msg, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    return set_message(err, kind, msg);
}

int tpy_num__fail_value(tpy_num_error *err, const char *msg)
{
    return tpy_num__fail(err, TPY_NUM_ERR_VALUE, "%s", msg);
}

int tpy_num__fail_repr(tpy_num_error *err, const char *prefix, const char *s,
                       size_t n, size_t limit)
{
    if (err == NULL)
        return TPY_NUM_FAIL;
    tpy_num_buf b = TPY_NUM_BUF_INIT;
    if (tpy_num_buf_puts(&b, prefix) < 0 || tpy_num_str_repr(&b, s, n, limit) < 0) {
        tpy_num_buf_free(&b);
        return tpy_num__nomem(err);
    }
    return set_message(err, TPY_NUM_ERR_VALUE, b.data); /* b's bytes now owned by err */
}
