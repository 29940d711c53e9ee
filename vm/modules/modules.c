/* vm/modules/modules.c: the table of built-in modules importable by name. */
#include "modules.h"

#include "types.h"

typedef struct builtin_module {
    const char *name;
    tpy_object *(*make)(tpy_vm *);
} builtin_module;

static const builtin_module table[] = {
    {"math", tpy_math_module_new},
    {"gc", tpy_gc_module_new},
    {"weakref", tpy_weakref_module_new},
    {"_weakref", tpy__weakref_module_new},
};

tpy_object *tpy_builtin_module_load(tpy_vm *vm, tpy_object *name)
{
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (tpy_str_equal_c(name, table[i].name))
            return table[i].make(vm);
    return NULL;
}
