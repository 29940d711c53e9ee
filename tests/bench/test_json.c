/* tests/bench/test_json.c: the result files' writer and reader
 * (bench/harness/json.c, jsonread.c) and the result set's round trip. */
#include <criterion/criterion.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "results.h"

/* Write with the writer into a string; the caller frees it. */
static char *written(void (*fill)(json_writer *))
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    json_writer w;
    json_begin(&w, f);
    fill(&w);
    cr_assert(json_end(&w), "every container closed");
    fclose(f);
    return buf;
}

static void fill_sample(json_writer *w)
{
    json_object(w);
    json_key(w, "name");
    json_string(w, "quote \" backslash \\ newline \n tab \t bell \a");
    json_key(w, "values");
    json_array(w);
    json_number(w, 1.5);
    json_number(w, NAN);
    json_number(w, -3);
    json_bool(w, true);
    json_null(w);
    json_array_end(w);
    json_key(w, "empty");
    json_object(w);
    json_object_end(w);
    json_object_end(w);
}

Test(json, what_the_writer_writes_the_reader_reads_back)
{
    char *text = written(fill_sample), err[200];
    json_value *v = json_parse(text, err, sizeof err);
    cr_assert_not_null(v, "%s\n%s", err, text);
    cr_assert_str_eq(json_get_string(v, "name", ""),
                     "quote \" backslash \\ newline \n tab \t bell \a");
    const json_value *vals = json_get(v, "values");
    cr_assert(vals && vals->kind == JSON_ARRAY && vals->n == 5);
    cr_assert_float_eq(vals->items[0].number, 1.5, 1e-12);
    cr_assert_eq(vals->items[1].kind, JSON_NULL, "NaN is written as null");
    cr_assert_float_eq(vals->items[2].number, -3, 1e-12);
    cr_assert(vals->items[3].kind == JSON_BOOL && vals->items[3].boolean);
    cr_assert_eq(json_get(v, "empty")->kind, JSON_OBJECT);
    cr_assert_eq(json_get(v, "empty")->n, 0);
    json_free(v);
    free(text);
}

Test(json, unicode_escapes_become_utf8_and_surrogates_pair)
{
    char err[200];
    json_value *v = json_parse("[\"\\u00e9\\u20ac\\ud83d\\ude00\"]", err, sizeof err);
    cr_assert_not_null(v, "%s", err);
    cr_assert_str_eq(v->items[0].string, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
    json_free(v);
}

Test(json, malformed_text_is_refused_with_its_place)
{
    const char *bad[] = {"[1, 2,]", "{\"a\" 1}", "\"open", "[1] 2", "{\"a\": tru}", "[\"\\x\"]",
                         "[\"\\ud800x\"]", "", "-", "{\"a\":1,}"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char err[200] = "";
        json_value *v = json_parse(bad[i], err, sizeof err);
        cr_assert_null(v, "accepted %s", bad[i]);
        cr_assert(strstr(err, "line 1, column") != NULL, "%s: %s", bad[i], err);
    }
}

Test(json, nesting_deeper_than_the_limit_is_refused)
{
    char text[2 * JSON_MAX_DEPTH + 8], err[200];
    size_t n = 0;
    for (int i = 0; i <= JSON_MAX_DEPTH; i++)
        text[n++] = '[';
    for (int i = 0; i <= JSON_MAX_DEPTH; i++)
        text[n++] = ']';
    text[n] = 0;
    cr_assert_null(json_parse(text, err, sizeof err));
    cr_assert(strstr(err, "deeply") != NULL, "%s", err);
}

Test(json, a_result_set_survives_the_round_trip)
{
    result_set rs, back;
    results_init(&rs);
    results_init(&back);
    result *r = results_get(&rs, "vm", "nbody", "tierpy", "seconds", "s");
    result_add(r, 1.0);
    result_add(r, 1.2);
    result_add(r, 1.1);
    result_fail(results_get(&rs, "vm", "float", "tierpy", "ratio", "x"), "tierpy failed: %s", "no classes");
    results_finish(&rs);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    json_writer w;
    json_begin(&w, f);
    json_object(&w);
    results_write_json(&rs, &w);
    json_object_end(&w);
    json_end(&w);
    fclose(f);
    char err[200];
    json_value *doc = json_parse(buf, err, sizeof err);
    cr_assert_not_null(doc, "%s", err);
    cr_assert_eq(results_read_json(&back, doc, err, sizeof err), 0, "%s", err);
    const result *x = results_find(&back, "vm", "nbody", "tierpy", "seconds");
    cr_assert_not_null(x);
    cr_assert_eq(x->n, 3);
    cr_assert_float_eq(x->s.median, 1.1, 1e-12);
    cr_assert_float_eq(x->s.lo, r->s.lo, 1e-12);
    const result *e = results_find(&back, "vm", "float", "tierpy", "ratio");
    cr_assert(e && e->error && strcmp(e->error, "tierpy failed: no classes") == 0);
    json_free(doc);
    free(buf);
    results_free(&rs);
    results_free(&back);
}
