/* tests/vm-builtins: the builtins, format(), str.format, % and the str
 * methods against CPython 3.11's answers (the files in vectors/, written by
 * gen_vectors.py): each line is an expression and what CPython made of
 * it, a repr or "!Type: message". */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "expr.h"

static tpy_object *builtins;
static size_t checked, failed;

static void check(char **f, int n)
{
    cr_assert_eq(n, 2, "a vector line has two fields: %s", f[0]);
    const char *got = t_repr(t_eval(builtins, f[0]));
    checked++;
    if (strcmp(got, f[1]) != 0 && failed++ < 40)
        fprintf(stderr, "MISMATCH %s\n    want %s\n    got  %s\n", f[0], f[1], got);
}

static void run(const char *file)
{
    t_start();
    builtins = t_keep(tpy_dict_new(vm));
    cr_assert_eq(tpy_builtins_init(vm, builtins), 0, "%s", t_error());
    checked = failed = 0;
    t_vectors(file, check);
    cr_log_info("%s: %zu cases", file, checked);
    cr_expect_eq(failed, 0, "%s: %zu of %zu cases differ from CPython", file, failed, checked);
    t_end();
}

Test(vectors, builtin_functions_match_cpython) { run("builtins.txt"); }
Test(vectors, format_matches_cpython) { run("format.txt"); }
Test(vectors, str_format_matches_cpython) { run("strformat.txt"); }
Test(vectors, percent_formatting_matches_cpython) { run("percent.txt"); }
Test(vectors, str_methods_match_cpython) { run("strmethods.txt"); }
Test(vectors, bytes_methods_and_percent_match_cpython) { run("bytes.txt"); }
