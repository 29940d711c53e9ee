/* vm/types/str_internal.h: what the str files share: the methods that
 * str_methods.c's table lists from the other str_*.c files, and the
 * helpers they have in common. Private to vm/types. */
#ifndef TIERPY_VM_STR_INTERNAL_H
#define TIERPY_VM_STR_INTERNAL_H

#include "object.h"

#define TPY_STR_METHOD(name)                                                       \
    tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args,        \
                     size_t nargs, tpy_object *kwnames)

/* Index of needle in hay[start:end], or -1 (str_seq.c). */
intptr_t tpy_str_find_in(tpy_object *hay, tpy_object *needle, intptr_t start, intptr_t end);
intptr_t tpy_str_rfind_in(tpy_object *hay, tpy_object *needle, intptr_t start, intptr_t end);

/* sep.join(items[0..n)): a TypeError naming the first item that is not a
 * str (str.c). The items are only read: no Python code runs, so a list's
 * own array may be passed. */
tpy_object *tpy_str_join_checked(tpy_vm *vm, tpy_object *sep, tpy_object *const *items, size_t n);

/* One UTF-8 sequence at s[i]: its length and code point, or minus the
 * length of the invalid part with CPython's reason (str.c). */
int tpy_utf8_decode1(const unsigned char *s, size_t n, size_t i, uint32_t *cp,
                     const char **reason);

/* Raise UnicodeDecodeError(encoding, s[:n], start, end, reason) (str.c). */
void tpy_raise_decode_error(tpy_vm *vm, const char *encoding, const char *s, size_t n,
                            size_t start, size_t end, const char *reason);

/* Full case mappings of one code point (SpecialCasing included): up to 3
 * code points into out; the count (str_case.c). */
int tpy_unicode_upper_full(uint32_t c, uint32_t out[3]);
int tpy_unicode_lower_full(uint32_t c, uint32_t out[3]);
int tpy_unicode_title_full(uint32_t c, uint32_t out[3]);
bool tpy_unicode_is_cased(uint32_t c);

/* str_split.c */
TPY_STR_METHOD(tpy_str_rsplit);
TPY_STR_METHOD(tpy_str_splitlines);
TPY_STR_METHOD(tpy_str_partition);
TPY_STR_METHOD(tpy_str_rpartition);
/* str_case.c */
TPY_STR_METHOD(tpy_str_title);
TPY_STR_METHOD(tpy_str_capitalize);
TPY_STR_METHOD(tpy_str_swapcase);
TPY_STR_METHOD(tpy_str_casefold);
TPY_STR_METHOD(tpy_str_istitle);
TPY_STR_METHOD(tpy_str_isidentifier);
TPY_STR_METHOD(tpy_str_isprintable);
TPY_STR_METHOD(tpy_str_upper_m);
TPY_STR_METHOD(tpy_str_lower_m);
/* str_pad.c */
TPY_STR_METHOD(tpy_str_center);
TPY_STR_METHOD(tpy_str_ljust);
TPY_STR_METHOD(tpy_str_rjust);
TPY_STR_METHOD(tpy_str_zfill);
TPY_STR_METHOD(tpy_str_expandtabs);
TPY_STR_METHOD(tpy_str_removeprefix);
TPY_STR_METHOD(tpy_str_removesuffix);
TPY_STR_METHOD(tpy_str_translate);
TPY_STR_METHOD(tpy_str_maketrans);
/* bytes_methods.c: the codecs (utf-8, ascii, latin-1) both ways */
TPY_STR_METHOD(tpy_str_encode_m);
tpy_object *tpy_bytes_decode(tpy_vm *vm, tpy_object *bytes, tpy_object *encoding,
                             tpy_object *errors);
/* str_format.c */
TPY_STR_METHOD(tpy_str_format_m);
TPY_STR_METHOD(tpy_str_format_map_m);

#endif
