/* vm/types/none.c: None, NotImplemented and Ellipsis: static immortal
 * singletons shared by every VM. */
#include "abstract.h"
#include "error.h"
#include "types.h"

static tpy_object *none_repr(tpy_vm *vm, tpy_object *o)
{
    (void)o;
    return tpy_str_from_cstr(vm, "None");
}

static int none_bool(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    (void)o;
    return 0;
}

static const tpy_number_slots none_number = {.to_bool = none_bool};

static tpy_object *singleton_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                                 tpy_object *kwnames)
{
    (void)args;
    if (nargs || (kwnames && tpy_tuple_len(kwnames)))
        return tpy_err_format(vm, &tpy_exc_TypeError, "%s takes no arguments", t->name);
    return t == &tpy_none_type       ? TPY_NONE
           : t == &tpy_notimpl_type ? TPY_NOT_IMPLEMENTED
                                    : TPY_ELLIPSIS;
}

static tpy_hash_t none_hash(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    (void)o;
    return 0xFCA86420;   /* 3.12 fixes None's hash; any constant is fine */
}

tpy_type tpy_none_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "NoneType", .basic_size = sizeof(tpy_object)},
    .name = "NoneType",
    .repr = none_repr,
    .hash = none_hash,
    .new_ = singleton_new,
    .number = &none_number,
};
tpy_object tpy_none_obj = TPY_STATIC_HEAD(tpy_none_type);

static tpy_object *notimpl_repr(tpy_vm *vm, tpy_object *o)
{
    (void)o;
    return tpy_str_from_cstr(vm, "NotImplemented");
}

tpy_type tpy_notimpl_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "NotImplementedType", .basic_size = sizeof(tpy_object)},
    .name = "NotImplementedType",
    .repr = notimpl_repr,
    .new_ = singleton_new,
};
tpy_object tpy_not_implemented_obj = TPY_STATIC_HEAD(tpy_notimpl_type);

static tpy_object *ellipsis_repr(tpy_vm *vm, tpy_object *o)
{
    (void)o;
    return tpy_str_from_cstr(vm, "Ellipsis");
}

tpy_type tpy_ellipsis_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "ellipsis", .basic_size = sizeof(tpy_object)},
    .name = "ellipsis",
    .repr = ellipsis_repr,
    .new_ = singleton_new,
};
tpy_object tpy_ellipsis_obj = TPY_STATIC_HEAD(tpy_ellipsis_type);
