/* tests/vm-core: the exception hierarchy, attributes through descriptors,
 * calls, and the error convention. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static tpy_type *exc_named(const char *name)
{
    for (size_t i = 0; i < tpy_exc_count; i++)
        if (strcmp(tpy_exc_all[i]->name, name) == 0)
            return tpy_exc_all[i];
    cr_assert_fail("no exception %s", name);
    return NULL;
}

static void exc_vector(char **f, int n)
{
    cr_assert_eq(n, 6);
    tpy_object *args[8];
    size_t nargs = 0;
    for (char *p = f[2]; *p && nargs < 8;) {
        char *bar = strchr(p, '|');
        if (bar)
            *bar = 0;
        args[nargs++] = p[0] == 'i' ? t_int(atoll(p + 2)) : t_s(p + 2);
        p = bar ? bar + 1 : p + strlen(p);
    }
    tpy_object *e = t_keep(tpy_call(vm, &exc_named(f[1])->ob, args, nargs, NULL));
    cr_expect_str_eq(t_str(tpy_newref(e)), f[3], "str(%s(%s))", f[1], f[2]);
    cr_expect_str_eq(t_repr(tpy_newref(e)), f[4], "repr(%s(%s))", f[1], f[2]);
    cr_expect_str_eq(tpy_type_of(e)->name, f[5], "type of %s(%s)", f[1], f[2]);
}

Test(exceptions, str_repr_and_subclass_choice_match_cpython)
{
    t_start();
    t_vectors("exceptions.txt", exc_vector);
    t_end();
}

Test(exceptions, hierarchy_and_matching)
{
    t_start();
    cr_expect(tpy_type_is_subtype(&tpy_exc_FileNotFoundError, &tpy_exc_OSError));
    cr_expect(tpy_type_is_subtype(&tpy_exc_TabError, &tpy_exc_SyntaxError));
    cr_expect(tpy_type_is_subtype(&tpy_exc_KeyError, &tpy_exc_LookupError));
    cr_expect(!tpy_type_is_subtype(&tpy_exc_KeyboardInterrupt, &tpy_exc_Exception));
    cr_expect(tpy_type_is_subtype(&tpy_exc_UnicodeDecodeError, &tpy_exc_ValueError));
    tpy_err_set(vm, &tpy_exc_ZeroDivisionError, "x");
    cr_expect(tpy_err_matches(vm, &tpy_exc_ArithmeticError));
    cr_expect(!tpy_err_matches(vm, &tpy_exc_LookupError));
    tpy_object *e = tpy_err_fetch(vm);
    cr_expect_null(tpy_err_occurred(vm));
    tpy_err_restore(vm, e);
    cr_expect_str_eq(t_error(), "!ZeroDivisionError: x");
    /* __cause__ / __context__ / args / attributes */
    tpy_object *a = t_keep(tpy_exc_new(vm, &tpy_exc_ValueError, NULL, 0));
    tpy_object *b = t_keep(tpy_exc_new(vm, &tpy_exc_KeyError, (tpy_object *[]){t_s("k")}, 1));
    cr_expect_eq(tpy_setattr(vm, a, t_keep(tpy_str_intern_c(vm, "__cause__")), b), 0);
    cr_expect_str_eq(t_repr(tpy_getattr_c(vm, a, "__cause__")), "KeyError('k')");
    cr_expect_str_eq(t_repr(tpy_getattr_c(vm, a, "__suppress_context__")), "True");
    cr_expect_str_eq(t_repr(tpy_getattr_c(vm, a, "__context__")), "None");
    cr_expect_eq(tpy_setattr(vm, a, t_keep(tpy_str_intern_c(vm, "__cause__")), t_int(3)), -1);
    cr_expect_str_eq(t_error(), "!TypeError: exception cause must be None or derive from BaseException");
    cr_expect_str_eq(t_repr(tpy_getattr_c(vm, b, "args")), "('k',)");
    tpy_object *si = t_keep(tpy_exc_new(vm, &tpy_exc_StopIteration, (tpy_object *[]){t_int(42)}, 1));
    cr_expect_str_eq(t_repr(tpy_getattr_c(vm, si, "value")), "42");
    tpy_object *kw = t_kwnames("name", "obj");
    tpy_object *ae = t_keep(tpy_call(vm, &tpy_exc_AttributeError.ob,
                                     (tpy_object *[]){t_s("no x"), t_s("x"), t_int(1)}, 1, kw));
    cr_expect_str_eq(t_repr(tpy_getattr_c(vm, ae, "name")), "'x'");
    cr_expect_str_eq(t_repr(tpy_getattr_c(vm, ae, "obj")), "1");
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_exc_ValueError.ob, (tpy_object *[]){t_int(1)}, 0,
                                     t_kwnames("x", NULL))),
                     "!TypeError: ValueError() takes no keyword arguments");
    tpy_object *se_info = t_keep(tpy_tuple_pack(vm, 4, t_s("dir/f.py"), t_int(3), t_int(5), t_s("x = (")));
    tpy_object *se = t_keep(tpy_call(vm, &tpy_exc_SyntaxError.ob,
                                     (tpy_object *[]){t_s("'(' was never closed"), se_info}, 2, NULL));
    cr_expect_str_eq(t_str(tpy_newref(se)), "'(' was never closed (f.py, line 3)");
    cr_expect_str_eq(t_repr(tpy_getattr_c(vm, se, "offset")), "5");
    tpy_object *ude = t_keep(tpy_call(vm, &tpy_exc_UnicodeEncodeError.ob,
                                      (tpy_object *[]){t_s("ascii"), t_s("a\xe2\x82\xac"), t_int(1),
                                                       t_int(2), t_s("ordinal not in range(128)")},
                                      5, NULL));
    cr_expect_str_eq(t_str(tpy_newref(ude)),
                     "'ascii' codec can't encode character '\\u20ac' in position 1: ordinal not in "
                     "range(128)");
    t_end();
}

Test(protocol, attribute_errors_and_descriptor_reprs)
{
    t_start();
    tpy_object *one = t_int(1);
    cr_expect_str_eq(t_repr(tpy_getattr_c(vm, one, "foo")), "!AttributeError: 'int' object has no attribute 'foo'");
    cr_expect_str_eq(t_repr(tpy_getattr_c(vm, &tpy_int_type.ob, "foo")),
                     "!AttributeError: type object 'int' has no attribute 'foo'");
    cr_expect_eq(tpy_setattr(vm, one, t_keep(tpy_str_intern_c(vm, "foo")), one), -1);
    cr_expect_str_eq(t_error(), "!AttributeError: 'int' object has no attribute 'foo'");
    cr_expect_eq(tpy_setattr(vm, one, t_keep(tpy_str_intern_c(vm, "real")), one), -1);
    cr_expect_str_eq(t_error(), "!AttributeError: attribute 'real' of 'int' objects is not writable");
    tpy_object *l = t_keep(tpy_list_new(vm, 0));
    cr_expect_eq(tpy_setattr(vm, l, t_keep(tpy_str_intern_c(vm, "append")), one), -1);
    cr_expect_str_eq(t_error(), "!AttributeError: 'list' object attribute 'append' is read-only");
    cr_expect_eq(tpy_setattr(vm, &tpy_int_type.ob, t_keep(tpy_str_intern_c(vm, "x")), one), -1);
    cr_expect_str_eq(t_error(), "!TypeError: cannot set 'x' attribute of immutable type 'int'");
    cr_expect_str_eq(t_repr(tpy_getattr_c(vm, &tpy_int_type.ob, "real")), "<attribute 'real' of 'int' objects>");
    cr_expect_str_eq(t_repr(tpy_getattr_c(vm, &tpy_bool_type.ob, "__mro__")),
                     "(<class 'bool'>, <class 'int'>, <class 'object'>)");
    cr_expect_str_eq(t_repr(tpy_getattr_c(vm, TPY_TRUE, "__class__")), "<class 'bool'>");
    cr_expect_str_eq(t_repr(tpy_getattr_c(vm, t_int(7), "denominator")), "1");
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_type_type.ob, &one, 1, NULL)), "<class 'int'>");
    cr_expect_str_eq(t_repr(tpy_call(vm, one, NULL, 0, NULL)), "!TypeError: 'int' object is not callable");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, one, one)), "!TypeError: 'int' object is not subscriptable");
    cr_expect_eq(tpy_len(vm, one), -1);
    cr_expect_str_eq(t_error(), "!TypeError: object of type 'int' has no len()");
    cr_expect_str_eq(t_repr(tpy_iter(vm, one)), "!TypeError: 'int' object is not iterable");
    cr_expect_eq(tpy_contains(vm, one, one), -1);
    cr_expect_str_eq(t_error(), "!TypeError: argument of type 'int' is not iterable");
    cr_expect_str_eq(t_repr(tpy_newref(TPY_NONE)), "None");
    cr_expect_str_eq(t_repr(tpy_newref(TPY_ELLIPSIS)), "Ellipsis");
    cr_expect_str_eq(t_repr(tpy_newref(TPY_NOT_IMPLEMENTED)), "NotImplemented");
    cr_expect_eq(tpy_is_true(vm, TPY_NONE), 0);
    cr_expect_eq(tpy_is_true(vm, vm->empty_str), 0);
    cr_expect_eq(tpy_is_true(vm, t_float(-0.0)), 0);
    t_end();
}

Test(protocol, conversions_through_type_calls)
{
    t_start();
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_int_type.ob, (tpy_object *[]){t_float(-2.9)}, 1, NULL)), "-2");
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_int_type.ob, (tpy_object *[]){TPY_TRUE}, 1, NULL)), "1");
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_int_type.ob, (tpy_object *[]){t_keep(tpy_list_new(vm, 0))}, 1, NULL)),
                     "!TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'");
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_int_type.ob, (tpy_object *[]){t_int(5), t_int(2)}, 2, NULL)),
                     "!TypeError: int() can't convert non-string with explicit base");
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_float_type.ob, (tpy_object *[]){t_s("x1")}, 1, NULL)),
                     "!ValueError: could not convert string to float: 'x1'");
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_bool_type.ob, (tpy_object *[]){t_keep(tpy_list_new(vm, 0))}, 1, NULL)), "False");
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_str_type.ob, (tpy_object *[]){t_float(1e16)}, 1, NULL)), "'1e+16'");
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_tuple_type.ob, (tpy_object *[]){t_s("ab")}, 1, NULL)), "('a', 'b')");
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_list_type.ob, (tpy_object *[]){t_keep(tpy_call(vm, &tpy_range_type.ob, (tpy_object *[]){t_int(3)}, 1, NULL))}, 1, NULL)), "[0, 1, 2]");
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_bytes_type.ob, (tpy_object *[]){t_int(3)}, 1, NULL)), "b'\\x00\\x00\\x00'");
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_list_type.ob, NULL, 0, t_kwnames("x", NULL))),
                     "!TypeError: list() takes no keyword arguments");
    t_end();
}

Test(protocol, reflected_operand_of_a_subclass_goes_first)
{
    t_start();
    /* bool is a subclass of int: True + 1 tries bool's slot first, and
     * 1 & True uses bool's & (an int result, since 1 is not a bool). */
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_AND, t_int(1), TPY_TRUE)), "1");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_OR, TPY_FALSE, TPY_TRUE)), "True");
    cr_expect_str_eq(t_repr(tpy_richcompare(vm, t_int(1), TPY_TRUE, TPY_EQ)), "True");
    cr_expect_eq(tpy_hash(vm, t_float(2.0)), tpy_hash(vm, t_int(2)));
    cr_expect_eq(tpy_hash(vm, TPY_TRUE), 1);
    t_end();
}

Test(protocol, recursion_limit_raises_recursion_error)
{
    t_start();
    /* a list nested 2000 deep: its repr exceeds the default limit 1000 */
    tpy_object *outer = t_keep(tpy_list_new(vm, 0)), *cur = outer;
    for (int i = 0; i < 2000; i++) {
        tpy_object *inner = tpy_list_new(vm, 0);
        tpy_list_append(vm, cur, inner);
        cur = inner;
    }
    cr_expect_str_eq(t_repr(tpy_newref(outer)),
                     "!RecursionError: maximum recursion depth exceeded while getting the repr of an object");
    cr_expect_eq(vm->depth, 0);
    cr_expect_eq(vm->repr_depth, 0);
    t_end();
}
