/* vm/eval/sysinfo.c: the descriptive corners of sys that programs read:
 * int_info, flags, maxunicode, executable, warnoptions, the default
 * encodings and the int/str conversion limit (get/set_int_max_str_digits).
 * Like float_info, int_info and flags are namespaces: their attributes
 * are CPython's, their repr and tuple behaviour are not. */
#include <string.h>
#include <unistd.h>

#include "abstract.h"
#include "error.h"
#include "eval_internal.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* CPython refuses limits below 640 but 0: shorter texts are never checked. */
#define STR_DIGITS_CHECK_THRESHOLD 640

static int set_new(tpy_vm *vm, tpy_object *d, const char *name, tpy_object *v)
{
    if (!v)
        return -1;
    int r = tpy_dict_set_c(vm, d, name, v);
    tpy_decref(vm, v);
    return r;
}

/* A namespace called @p name holding the @p n int fields of @p names. */
static tpy_object *int_namespace(tpy_vm *vm, const char *name, const char *const *names,
                                 const int64_t *values, size_t n)
{
    tpy_object *m = tpy_module_new(vm, name);
    if (!m)
        return NULL;
    for (size_t k = 0; k < n; k++)
        if (set_new(vm, tpy_module_dict(m), names[k], tpy_int_from_i64(vm, values[k])) < 0) {
            tpy_decref(vm, m);
            return NULL;
        }
    return m;
}

static tpy_object *int_info(tpy_vm *vm)
{
    static const char *const names[] = {"bits_per_digit", "sizeof_digit",
                                        "default_max_str_digits", "str_digits_check_threshold"};
    static const int64_t values[] = {30, 4, 4300, STR_DIGITS_CHECK_THRESHOLD};
    return int_namespace(vm, "int_info", names, values, 4);
}

/* sys.flags as CPython 3.11 run without options reports them. */
static tpy_object *flags(tpy_vm *vm)
{
    static const char *const names[] = {
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
        "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
        "hash_randomization", "isolated", "utf8_mode", "warn_default_encoding",
        "int_max_str_digits"};
    static const int64_t values[] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, -1};
    tpy_object *m = int_namespace(vm, "flags", names, values, sizeof values / sizeof values[0]);
    if (m && (tpy_dict_set_c(vm, tpy_module_dict(m), "dev_mode", TPY_FALSE) < 0
              || tpy_dict_set_c(vm, tpy_module_dict(m), "safe_path", TPY_FALSE) < 0))
        TPY_CLEAR(vm, m);
    return m;
}

/* The running executable's absolute path, or "" when it cannot be told. */
static tpy_object *executable(tpy_vm *vm)
{
    char path[4096];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n < 0)
        n = 0;
    return tpy_str_from_utf8(vm, path, (size_t)n);
}

static tpy_object *sys_get_int_max_str_digits(tpy_vm *vm, tpy_object *self,
                                              tpy_object *const *args, size_t nargs,
                                              tpy_object *kwnames)
{
    (void)self;
    (void)args;
    if (tpy_arg_none(vm, "get_int_max_str_digits", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(vm, vm->max_str_digits);
}

/* set_int_max_str_digits(maxdigits): 0 lifts the limit. */
static tpy_object *sys_set_int_max_str_digits(tpy_vm *vm, tpy_object *self,
                                              tpy_object *const *args, size_t nargs,
                                              tpy_object *kwnames)
{
    (void)self;
    size_t nkw = kwnames ? (size_t)tpy_tuple_len(kwnames) : 0;
    if (nkw == 1 && nargs == 0) {
        size_t len;
        const char *kw = tpy_str_utf8(vm, tpy_tuple_get(kwnames, 0), &len);
        if (!kw)
            return NULL;
        if (strcmp(kw, "maxdigits") != 0)
            return tpy_err_format(vm, &tpy_exc_TypeError,
                                  "set_int_max_str_digits() got an unexpected keyword argument '%s'",
                                  kw);
    } else if (tpy_arg_one(vm, "set_int_max_str_digits", nargs, kwnames) < 0) {
        return NULL;
    }
    tpy_object *v = args[0];
    if (!tpy_int_check(v))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "'%s' object cannot be interpreted as an integer",
                              tpy_type_of(v)->name);
    int64_t n;
    if (tpy_int_to_i64(vm, v, &n) < 0)
        return NULL;
    if (n != 0 && (n < STR_DIGITS_CHECK_THRESHOLD || n > 0x7fffffff))
        return tpy_err_format(vm, &tpy_exc_ValueError,
                              "maxdigits must be 0 or larger than %d", STR_DIGITS_CHECK_THRESHOLD);
    vm->max_str_digits = (int)n;
    return TPY_NONE;
}

/* getdefaultencoding() and getfilesystemencoding(): always UTF-8. */
static tpy_object *utf8_name(tpy_vm *vm, const char *fname, size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_none(vm, fname, nargs, kwnames) < 0)
        return NULL;
    return tpy_str_from_cstr(vm, "utf-8");
}

static tpy_object *sys_getdefaultencoding(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                          size_t nargs, tpy_object *kwnames)
{
    (void)self;
    (void)args;
    return utf8_name(vm, "getdefaultencoding", nargs, kwnames);
}

static tpy_object *sys_getfilesystemencoding(tpy_vm *vm, tpy_object *self,
                                             tpy_object *const *args, size_t nargs,
                                             tpy_object *kwnames)
{
    (void)self;
    (void)args;
    return utf8_name(vm, "getfilesystemencoding", nargs, kwnames);
}

static const tpy_method_def sysinfo_functions[] = {
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0,
     "get_int_max_str_digits(): the digit limit of int/str conversions (0: none)"},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0,
     "set_int_max_str_digits(maxdigits): set the digit limit of int/str conversions"},
    {"getdefaultencoding", sys_getdefaultencoding, 0, NULL},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/**
 * @brief Add int_info, flags, maxunicode, executable, warnoptions and the
 *        functions above to the sys module @p sys.
 * @return 0, or -1 with an exception set.
 */
int tpy_sys_add_info(tpy_vm *vm, tpy_object *sys);
int tpy_sys_add_info(tpy_vm *vm, tpy_object *sys)
{
    tpy_object *d = tpy_module_dict(sys);
    if (tpy_module_add_functions(vm, sys, sysinfo_functions) < 0
        || set_new(vm, d, "int_info", int_info(vm)) < 0
        || set_new(vm, d, "flags", flags(vm)) < 0
        || set_new(vm, d, "maxunicode", tpy_int_from_i64(vm, 0x10FFFF)) < 0
        || set_new(vm, d, "executable", executable(vm)) < 0
        || set_new(vm, d, "warnoptions", tpy_list_new(vm, 0)) < 0)
        return -1;
    return 0;
}
