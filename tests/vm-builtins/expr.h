/* tests/vm-builtins: evaluating the vectors' expressions (see expr.c). */
#ifndef TIERPY_TEST_VM_BUILTINS_EXPR_H
#define TIERPY_TEST_VM_BUILTINS_EXPR_H

#include "helpers.h"

/* Evaluate `src` with names from `builtins`: a new reference, or NULL
 * with the exception the evaluation raised. A malformed expression fails
 * the test. */
tpy_object *t_eval(tpy_object *builtins, const char *src);

#endif
