/* tests/vm-api/capture.c: output capture and clean deletion for the tests. */
#include "capture.h"

#include <criterion/criterion.h>
#include <string.h>

static void append(char *buf, size_t *len, size_t cap, const char *data, size_t n)
{
    if (*len + n >= cap)
        n = cap - 1 - *len;
    memcpy(buf + *len, data, n);
    *len += n;
    buf[*len] = 0;
}

void capture_out(void *ctx, const char *data, size_t n)
{
    capture *c = ctx;
    append(c->out, &c->nout, sizeof c->out, data, n);
}

void capture_err(void *ctx, const char *data, size_t n)
{
    capture *c = ctx;
    append(c->err, &c->nerr, sizeof c->err, data, n);
}

void capture_config(tpy_config *cfg, capture *c)
{
    memset(c, 0, sizeof *c);
    cfg->out = capture_out;
    cfg->err = capture_err;
    cfg->output_ctx = c;
}

tpy_vm *capture_vm(tpy_config *cfg, capture *c)
{
    capture_config(cfg, c);
    tpy_vm *vm = tpy_vm_new(cfg);
    cr_assert_not_null(vm, "tpy_vm_new: %s", tpy_last_error());
    return vm;
}

void delete_clean(tpy_vm *vm)
{
    tpy_delete_report r;
    tpy_vm_delete_checked(vm, &r);
    cr_assert_eq(r.objects_leaked, 0, "objects leaked: %zu", r.objects_leaked);
    cr_assert_eq(r.mem.blocks_live, 0, "layer1 blocks still live: %zu", r.mem.blocks_live);
}
