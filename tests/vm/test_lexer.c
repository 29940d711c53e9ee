/* The lexer, token by token, on the inputs where tokenizers go wrong. */
#include <criterion/criterion.h>
#include <string.h>

#include <tierpy/mem.h>

#include "arena.h"
#include "lexer.h"
#include "source.h"

/* The kinds of the tokens of src, as "NAME = NUMBER NEWLINE ...", or the
 * error message after "ERROR: ". */
static char *kinds(const char *src)
{
    static char out[4096];
    tpy_arena *arena = tpy_arena_new();
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, "t.py");
    size_t len;
    const char *text = tpy_source_prepare(arena, src, strlen(src), &len, &err);
    out[0] = '\0';
    if (text) {
        tpy_lexer lx;
        tpy_lex_init(&lx, text, len, &err);
        tpy_token t;
        for (;;) {
            tpy_tok_kind k = tpy_lex_next(&lx, &t);
            if (k == TPY_TOK_ERROR)
                break;
            if (out[0])
                strcat(out, " ");
            strcat(out, tpy_tok_text(k));
            if (k == TPY_TOK_ENDMARKER)
                break;
        }
    }
    if (err.set)
        snprintf(out, sizeof out, "ERROR: %s", err.msg);
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(arena);
    return out;
}

Test(lexer, indentation_gives_indent_and_dedent_tokens)
{
    cr_assert_str_eq(kinds("if x:\n    y\nz\n"),
                     "if name : newline indent name newline dedent name newline end of file");
}

Test(lexer, closes_every_open_block_at_the_end_of_input)
{
    cr_assert_str_eq(kinds("if x:\n if y:\n  z"),
                     "if name : newline indent if name : newline indent name newline dedent dedent end of file");
}

Test(lexer, blank_and_comment_lines_produce_nothing)
{
    cr_assert_str_eq(kinds("x\n\n   # c\n\t\ny # d\n"), "name newline name newline end of file");
}

Test(lexer, brackets_join_lines_without_newline_or_indent)
{
    cr_assert_str_eq(kinds("x = (1,\n        2)\n"), "name = ( number , number ) newline end of file");
}

Test(lexer, backslash_joins_lines)
{
    cr_assert_str_eq(kinds("x = 1 + \\\n  2\n"), "name = number + number newline end of file");
}

Test(lexer, every_string_prefix_makes_one_string_token)
{
    const char *prefixes[] = {"", "r", "u", "R", "U", "f", "F", "b", "B", "br", "Br", "bR", "BR",
                              "rb", "rB", "Rb", "RB", "fr", "Fr", "fR", "FR", "rf", "rF", "Rf", "RF"};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        char src[64];
        snprintf(src, sizeof src, "%s'a' %s\"\"\"b\nc\"\"\"\n", prefixes[i], prefixes[i]);
        cr_assert_str_eq(kinds(src), "string string newline end of file", "prefix %s", prefixes[i]);
    }
}

Test(lexer, a_name_before_a_quote_that_is_no_prefix_stays_a_name)
{
    cr_assert_str_eq(kinds("ub'x'\n"), "name string newline end of file");
    cr_assert_str_eq(kinds("bf'x'\n"), "name string newline end of file");
}

Test(lexer, fstring_with_nested_quotes_and_braces_is_one_token)
{
    cr_assert_str_eq(kinds("f\"{a['k']:{w}} {{x}}\"\n"), "string newline end of file");
}

Test(lexer, escaped_quote_does_not_end_a_string)
{
    cr_assert_str_eq(kinds("'it\\'s' \"a\\\"b\"\n"), "string string newline end of file");
}

Test(lexer, numbers_of_every_form_are_one_token)
{
    const char *numbers[] = {"0", "00", "1_000", "0x_fF", "0o17", "0B1_0", "1.", ".5", "1.5e-3",
                             "1E+10", "1_0.0_1e1_0", "1j", "1.5J", "0e0", "09.5", "00j"};
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
        char src[32];
        snprintf(src, sizeof src, "%s\n", numbers[i]);
        cr_assert_str_eq(kinds(src), "number newline end of file", "number %s", numbers[i]);
    }
}

Test(lexer, a_keyword_may_follow_a_number_directly)
{
    cr_assert_str_eq(kinds("1if x else 2\n"), "number if name else number newline end of file");
    cr_assert_str_eq(kinds("0x1for\n"), "number or newline end of file");
}

Test(lexer, operators_take_the_longest_match)
{
    cr_assert_str_eq(kinds("a **= b -> c := d ... e //= f != g\n"),
                     "name **= name -> name := name ... name //= name != name newline end of file");
}

Test(lexer, soft_keywords_are_names_and_keywords_are_not)
{
    cr_assert_str_eq(kinds("match case _ async await\n"), "name name name async await newline end of file");
}

Test(lexer, unicode_identifiers_are_names)
{
    cr_assert_str_eq(kinds("café = 日本語\n"), "name = name newline end of file");
}

Test(lexer, crlf_and_cr_line_ends_are_newlines)
{
    cr_assert_str_eq(kinds("a\r\nb\rc"), "name newline name newline name newline end of file");
}

Test(lexer, reports_an_unterminated_string_with_its_line)
{
    cr_assert_str_eq(kinds("x = 'abc\n"), "ERROR: unterminated string literal (detected at line 1)");
    cr_assert_str_eq(kinds("x = '''abc\n\n"),
                     "ERROR: unterminated triple-quoted string literal (detected at line 2)");
}

Test(lexer, reports_a_dedent_to_no_outer_level)
{
    cr_assert_str_eq(kinds("if x:\n    y\n  z\n"),
                     "ERROR: unindent does not match any outer indentation level");
}

Test(lexer, reports_inconsistent_tabs)
{
    cr_assert_str_eq(kinds("if x:\n        a\n\tb\n"),
                     "ERROR: inconsistent use of tabs and spaces in indentation");
}

Test(lexer, reports_brackets_that_do_not_match)
{
    cr_assert_str_eq(kinds("(]\n"), "ERROR: closing parenthesis ']' does not match opening parenthesis '('");
    cr_assert_str_eq(kinds(")\n"), "ERROR: unmatched ')'");
    cr_assert_str_eq(kinds("(\n"), "ERROR: '(' was never closed");
}

Test(lexer, limits_bracket_nesting_to_cpythons_200)
{
    char src[512];
    memset(src, '(', 201);
    strcpy(src + 201, "\n");
    cr_assert_str_eq(kinds(src), "ERROR: too many nested parentheses");
}

Test(lexer, reports_bad_number_literals)
{
    cr_assert_str_eq(kinds("1abc\n"), "ERROR: invalid decimal literal");
    cr_assert_str_eq(kinds("0777\n"), "ERROR: leading zeros in decimal integer literals are not permitted; "
                                      "use an 0o prefix for octal integers");
    cr_assert_str_eq(kinds("0o8\n"), "ERROR: invalid digit '8' in octal literal");
    cr_assert_str_eq(kinds("0x\n"), "ERROR: invalid hexadecimal literal");
    cr_assert_str_eq(kinds("1__0\n"), "ERROR: invalid decimal literal");
}

Test(lexer, reports_invalid_characters)
{
    cr_assert_str_eq(kinds("a ✓\n"), "ERROR: invalid character '✓' (U+2713)");
    cr_assert_str_eq(kinds("a \xc2\xa0\n"), "ERROR: invalid non-printable character U+00A0");
}

Test(lexer, rejects_nul_bytes_and_invalid_utf8_before_lexing)
{
    char src[] = "x = 1\0\n";
    tpy_arena *arena = tpy_arena_new();
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, "t.py");
    size_t len;
    cr_assert_null(tpy_source_prepare(arena, src, sizeof src - 1, &len, &err));
    cr_assert_str_eq(err.msg, "source code cannot contain null bytes");
    cr_assert_null(tpy_source_prepare(arena, "\xff\n", 2, &len, &err));
    cr_assert(strstr(err.msg, "Non-UTF-8 code starting with '\\xff'"));
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(arena);
}
