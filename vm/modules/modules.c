/* vm/modules/modules.c: the table of built-in modules importable by name. */
#include "modules.h"

#include "abstract.h"
#include "eval.h"
#include "refcount.h"
#include "types.h"

typedef struct builtin_module {
    const char *name;
    tpy_object *(*make)(tpy_vm *);
} builtin_module;

static const builtin_module table[] = {
    {"math", tpy_math_module_new},
    {"_traceback", tpy__traceback_module_new},
    {"_pcre", tpy__pcre_module_new},
    {"gc", tpy_gc_module_new},
    {"weakref", tpy_weakref_module_new},
    {"_weakref", tpy__weakref_module_new},
    {"time", tpy_time_module_new},
    {"os", tpy_os_module_new},
    {"posixpath", tpy_posixpath_module_new},
    {"io", tpy_io_module_new},
    {"array", tpy_array_module_new},
    {"struct", tpy_struct_module_new},
    {"_random", tpy__random_module_new},
    {"unicodedata", tpy_unicodedata_module_new},
    {"_json", tpy__json_module_new},
};

extern tpy_type tpy_struct_time_type, tpy_struct_error_type, tpy_struct_type, tpy_random_type;

int tpy_io_module_fill(tpy_vm *vm, tpy_object *dict);   /* iomodule.c */

tpy_object *tpy_io_module_new(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "io");
    if (m && tpy_io_module_fill(vm, tpy_module_dict(m)) < 0)
        TPY_CLEAR(vm, m);
    /* io.open is the builtin open itself */
    tpy_object *open = m ? tpy_getattr_c(vm, tpy_runtime_builtins(vm), "open") : NULL;
    if (m && (!open || tpy_dict_set_c(vm, tpy_module_dict(m), "open", open) < 0))
        TPY_CLEAR(vm, m);
    tpy_xdecref(vm, open);
    return m;
}

int tpy_array_module_fill(tpy_vm *vm, tpy_object *dict);   /* arraymodule.c */

tpy_object *tpy_array_module_new(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "array");
    if (m && tpy_array_module_fill(vm, tpy_module_dict(m)) < 0)
        TPY_CLEAR(vm, m);
    return m;
}

void tpy_modules_process_init(void)
{
    static tpy_type *const types[] = {&tpy_struct_time_type, &tpy_struct_error_type,
                                      &tpy_struct_type, &tpy_random_type};
    tpy_types_register(types, sizeof types / sizeof types[0]);
    static tpy_type *const regex_types[] = {&tpy_pcre_code_type};
    tpy_types_register(regex_types, 1);
    static tpy_type *const json_types[] = {&tpy_json_scanner_type, &tpy_json_encoder_type};
    tpy_types_register(json_types, 2);
}

tpy_object *tpy_builtin_module_load(tpy_vm *vm, tpy_object *name)
{
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (tpy_str_equal_c(name, table[i].name))
            return table[i].make(vm);
    return NULL;
}
