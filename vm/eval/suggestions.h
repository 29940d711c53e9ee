/* vm/eval/suggestions.h: CPython 3.11's "Did you mean" for NameError and
 * AttributeError (the name and obj it reads are recorded by
 * tpy_attr_error_context(), vm/core/args.c). */
#ifndef TPY_SUGGESTIONS_H
#define TPY_SUGGESTIONS_H

#include "eval.h"

/* The suggestion for an exception printed with the traceback whose
 * innermost entry ran @p code with @p globals (both may be NULL): a new
 * str reference, or NULL (no error set) when there is none. Only exact
 * NameError and AttributeError get one. */
tpy_object *tpy_suggestion(tpy_vm *vm, tpy_object *exc, tpy_codeobj *code, tpy_object *globals);

#endif /* TPY_SUGGESTIONS_H */
