/* tests/vm-api/capture.h: output callbacks that collect what a VM prints,
 * shared by the embedding API's tests. */
#ifndef TIERPY_TESTS_VM_API_CAPTURE_H
#define TIERPY_TESTS_VM_API_CAPTURE_H

#include <stddef.h>

#include <tierpy/tierpy.h>

typedef struct capture {
    char out[8192], err[8192];
    size_t nout, nerr;
} capture;

/* tpy_output_fn for stdout and stderr; ctx is a capture. */
void capture_out(void *ctx, const char *data, size_t n);
void capture_err(void *ctx, const char *data, size_t n);

/* Point cfg's output callbacks at c (emptied). */
void capture_config(tpy_config *cfg, capture *c);

/* A VM from cfg whose output goes to c, with the test failing if it
 * cannot be made; and its deletion with the checks that nothing leaked. */
tpy_vm *capture_vm(tpy_config *cfg, capture *c);
void delete_clean(tpy_vm *vm);

#endif
