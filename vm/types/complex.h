/* vm/types/complex.h: the complex type (complex.c). */
#ifndef TIERPY_VM_COMPLEX_H
#define TIERPY_VM_COMPLEX_H

#include "object.h"

typedef struct tpy_complex {
    tpy_object ob;
    double real, imag;
} tpy_complex;

extern tpy_type tpy_complex_type;

static inline bool tpy_complex_check(const tpy_object *o)
{
    return o->type == &tpy_complex_type.layout;
}

tpy_object *tpy_complex_from(tpy_vm *vm, double real, double imag);
/* x ** y for real x, y whose result is complex (a negative base to a
 * fractional power), as float.__pow__ defers it to complex. */
tpy_object *tpy_complex_pow_real(tpy_vm *vm, double x, double y);
/* complex.__format__(spec) (complex_format.c). */
tpy_object *tpy_complex_format_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                      size_t nargs, tpy_object *kwnames);

#endif
