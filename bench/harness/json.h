/* bench/harness/json.h: a small JSON writer (results files) and reader
 * (compare reads them back). Only what tierpy-bench's files need: objects,
 * arrays, strings, numbers, booleans and null; numbers are doubles. */
#ifndef TPY_BENCH_JSON_H
#define TPY_BENCH_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* --- writer -------------------------------------------------------------- */

#define JSON_MAX_DEPTH 32

/** A streaming writer: commas and indentation are its business, the
 *  caller only opens, names and closes. Not-a-number is written as null
 *  (JSON has no NaN). */
typedef struct json_writer {
    FILE *f;
    int depth;
    bool has_items[JSON_MAX_DEPTH]; /* a comma is due before the next item */
    bool after_key;                 /* the next value completes a member */
} json_writer;

void json_begin(json_writer *w, FILE *f);
void json_object(json_writer *w);
void json_object_end(json_writer *w);
void json_array(json_writer *w);
void json_array_end(json_writer *w);
void json_key(json_writer *w, const char *key);
void json_string(json_writer *w, const char *s);
void json_number(json_writer *w, double v);
void json_bool(json_writer *w, bool v);
void json_null(json_writer *w);
/** End the document with a newline; true if every container was closed. */
bool json_end(json_writer *w);

/* --- reader -------------------------------------------------------------- */

typedef enum json_kind { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT } json_kind;

/** A parsed value. Arrays and objects own `items` (n of them); an object's
 *  member i is named keys[i]. Strings are NUL-terminated UTF-8. */
typedef struct json_value {
    json_kind kind;
    bool boolean;
    double number;
    char *string;
    struct json_value *items;
    char **keys;
    size_t n;
} json_value;

/** Parse text; NULL with a message (line and column) in err on error. */
json_value *json_parse(const char *text, char *err, size_t errsize);
/** Parse the file at path (its whole content). */
json_value *json_parse_file(const char *path, char *err, size_t errsize);
void json_free(json_value *v);
/** Member key of object v, or NULL (also when v is not an object). */
const json_value *json_get(const json_value *v, const char *key);
/** String of member key, or fallback when missing or not a string. */
const char *json_get_string(const json_value *v, const char *key, const char *fallback);
/** Number of member key, or NAN when missing, null or not a number. */
double json_get_number(const json_value *v, const char *key);

#endif
