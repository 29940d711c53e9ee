/* lexer.c: the tokenizer. Error texts and their columns follow CPython
 * 3.11's tokenizer, so that tierpy's SyntaxErrors read the same. */
#include "lexer.h"

#include <stdarg.h>
#include <string.h>

#include <utf8proc.h>

static const char *const token_text[] = {
#define TPY_TOKEN_TEXT(kind, text) text,
    TPY_TOKEN_LIST(TPY_TOKEN_TEXT)
#undef TPY_TOKEN_TEXT
};

const char *tpy_tok_text(tpy_tok_kind kind)
{
    return kind < TPY_TOK__COUNT ? token_text[kind] : "?";
}

void tpy_lex_init(tpy_lexer *lx, const char *src, size_t len, tpy_syntax_error *err)
{
    memset(lx, 0, sizeof *lx);
    lx->src = lx->cur = lx->line_start = src;
    lx->end = src + len;
    lx->line = 1;
    lx->at_bol = true;
    lx->err = err;
}

/* ---- errors ---------------------------------------------------------- */

static int col_of(const tpy_lexer *lx, const char *p)
{
    return (int)(p - lx->line_start);
}

static void verror(tpy_lexer *lx, tpy_syntax_error_kind kind, int line, int col,
                   int end_col, const char *fmt, va_list ap)
{
    char msg[sizeof lx->err->msg];
    vsnprintf(msg, sizeof msg, fmt, ap);
    tpy_syntax_error_at(lx->err, kind, lx->src, (size_t)(lx->end - lx->src),
                        line, col, line, end_col, "%s", msg);
    lx->done = lx->failed = true;
}

/* An error on the current line at byte columns [col, end_col). */
static tpy_tok_kind error_range(tpy_lexer *lx, int col, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static tpy_tok_kind error_range(tpy_lexer *lx, int col, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(lx, TPY_ERR_SYNTAX, lx->line, col, end_col, fmt, ap);
    va_end(ap);
    return TPY_TOK_ERROR;
}

/* The byte column of the character that ends just before p, or -1 at the
 * start of the line: CPython's tokenizer points its caret there. */
static int col_before(const tpy_lexer *lx, const char *p)
{
    if (p <= lx->line_start)
        return -1;
    const char *q = p - 1;
    while (q > lx->line_start && ((unsigned char)*q & 0xC0) == 0x80)
        q--;
    return col_of(lx, q);
}

/* An error with the caret under the character before cur. */
static tpy_tok_kind error_here(tpy_lexer *lx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static tpy_tok_kind error_here(tpy_lexer *lx, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(lx, TPY_ERR_SYNTAX, lx->line, col_before(lx, lx->cur), -1, fmt, ap);
    va_end(ap);
    return TPY_TOK_ERROR;
}

/* Indentation errors: CPython puts no caret under a TabError or a too deep
 * indentation, and one at the end of the line for a bad dedent. */
static tpy_tok_kind indent_error(tpy_lexer *lx, tpy_syntax_error_kind kind, const char *msg)
{
    const char *nl = memchr(lx->cur, '\n', (size_t)(lx->end - lx->cur));
    int col = nl ? col_of(lx, nl) : col_of(lx, lx->cur);
    if (kind == TPY_ERR_TAB || strstr(msg, "too many"))
        col = -1;
    tpy_syntax_error_at(lx->err, kind, lx->src, (size_t)(lx->end - lx->src),
                        lx->line, col, lx->line, -1, "%s", msg);
    lx->done = lx->failed = lx->state_error = true;
    return TPY_TOK_ERROR;
}

void tpy_lex_unclosed_error(tpy_lexer *lx)
{
    int i = lx->level - 1;
    tpy_syntax_error_at(lx->err, TPY_ERR_SYNTAX, lx->src, (size_t)(lx->end - lx->src),
                        lx->paren_line[i], lx->paren_col[i], lx->paren_line[i], -1,
                        "'%c' was never closed", lx->parens[i]);
    lx->done = lx->failed = true;
}

/* ---- characters ------------------------------------------------------ */

static bool at_end(const tpy_lexer *lx)
{
    return lx->cur >= lx->end;
}

static int peek(const tpy_lexer *lx, int ahead)
{
    return lx->cur + ahead < lx->end ? (unsigned char)lx->cur[ahead] : -1;
}

/* Consume a '\n' (the caller has checked it is one). */
static void newline(tpy_lexer *lx)
{
    lx->cur++;
    lx->line++;
    lx->line_start = lx->cur;
}

static bool is_ascii_id(int c, bool start)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           (!start && c >= '0' && c <= '9');
}

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static bool is_potential_id_char(int c)
{
    return is_ascii_id(c, false) || c >= 128;
}

bool tpy_lex_is_id_char(int32_t c, bool start)
{
    if (c < 128)
        return is_ascii_id(c, start);
    /* Other_ID_Start / Other_ID_Continue, which the categories miss. */
    if (c == 0x2118 || c == 0x212E || c == 0x309B || c == 0x309C || c == 0x1885 || c == 0x1886)
        return true;
    if (!start && (c == 0xB7 || c == 0x387 || (c >= 0x1369 && c <= 0x1371) || c == 0x19DA))
        return true;
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
        return true;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
        return !start;
    default:
        return false;
    }
}

/* ---- indentation ----------------------------------------------------- */

/*
 * At the start of a line: measure its indentation and queue INDENT or
 * DEDENT tokens against the stack. Blank and comment-only lines, and lines
 * inside brackets, do not count. Two columns are kept, tabs counting to
 * the next multiple of 8 and as 1 space; the stacks must agree on both,
 * or the indentation depends on the tab size (TabError).
 */
static tpy_tok_kind measure_indent(tpy_lexer *lx, bool *blank)
{
    int col = 0, altcol = 0;
    for (;; lx->cur++) {
        int c = peek(lx, 0);
        if (c == ' ') {
            col++;
            altcol++;
        } else if (c == '\t') {
            col = (col / 8 + 1) * 8;
            altcol++;
        } else if (c == '\f') {
            col = altcol = 0;
        } else {
            break;
        }
    }
    int c = peek(lx, 0);
    *blank = (c == '#' || c == '\n');
    if (*blank || lx->level > 0)
        return TPY_TOK_NEWLINE;
    int top = lx->indstack[lx->indent];
    if (col == top) {
        if (altcol != lx->altindstack[lx->indent])
            return indent_error(lx, TPY_ERR_TAB, "inconsistent use of tabs and spaces in indentation");
    } else if (col > top) {
        if (lx->indent + 1 >= TPY_LEX_MAXINDENT)
            return indent_error(lx, TPY_ERR_INDENTATION, "too many levels of indentation");
        if (altcol <= lx->altindstack[lx->indent])
            return indent_error(lx, TPY_ERR_TAB, "inconsistent use of tabs and spaces in indentation");
        lx->pending++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pending--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent])
            return indent_error(lx, TPY_ERR_INDENTATION,
                                "unindent does not match any outer indentation level");
        if (altcol != lx->altindstack[lx->indent])
            return indent_error(lx, TPY_ERR_TAB, "inconsistent use of tabs and spaces in indentation");
    }
    return TPY_TOK_NEWLINE;
}

/* ---- token constructors ---------------------------------------------- */

static tpy_tok_kind make(tpy_lexer *lx, tpy_token *tok, tpy_tok_kind kind,
                         const char *start, int line, int col)
{
    tok->kind = kind;
    tok->start = start;
    tok->end = lx->cur;
    tok->line = line;
    tok->col = col;
    tok->end_line = lx->line;
    tok->end_col = col_of(lx, lx->cur);
    return kind;
}

/* The line CPython gives the tokens at the end of the input (the final
 * DEDENTs and ENDMARKER): the last line of the text, not the one after it. */
static int token_line(const tpy_lexer *lx)
{
    return lx->cur >= lx->end && lx->line > 1 && lx->end[-1] == '\n' ? lx->line - 1 : lx->line;
}

/* INDENT and DEDENT have no text; they sit at the start of the line. */
static tpy_tok_kind pending_token(tpy_lexer *lx, tpy_token *tok)
{
    tpy_tok_kind kind;
    if (lx->pending < 0) {
        lx->pending++;
        kind = TPY_TOK_DEDENT;
    } else {
        lx->pending--;
        kind = TPY_TOK_INDENT;
    }
    tok->kind = kind;
    tok->start = tok->end = lx->cur;
    tok->line = tok->end_line = token_line(lx);
    tok->col = tok->end_col = tok->line == lx->line ? col_of(lx, lx->cur) : 0;
    return kind;
}

/* ---- names and keywords ---------------------------------------------- */

static tpy_tok_kind keyword_kind(const char *s, size_t n)
{
    for (int k = TPY_TOK_FIRST_KEYWORD; k < TPY_TOK__COUNT; k++) {
        const char *kw = token_text[k];
        if (strlen(kw) == n && memcmp(kw, s, n) == 0)
            return (tpy_tok_kind)k;
    }
    return TPY_TOK_NAME;
}

static bool is_printable(int32_t c)
{
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return c == ' ';
    default:
        return true;
    }
}

/* Check each character of a non-ASCII name; the caret goes under the first
 * one that may not be part of an identifier. */
static tpy_tok_kind verify_name(tpy_lexer *lx, const char *start)
{
    const char *p = start;
    bool first = true;
    while (p < lx->cur) {
        int32_t c;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)p, lx->cur - p, &c);
        if (n <= 0)
            n = 1, c = 0xFFFD;
        if (!tpy_lex_is_id_char(c, first)) {
            lx->cur = p + n;
            if (!is_printable(c))
                return error_here(lx, "invalid non-printable character U+%04X", (unsigned)c);
            char utf8[5] = {0};
            memcpy(utf8, p, (size_t)n);
            return error_here(lx, "invalid character '%s' (U+%04X)", utf8, (unsigned)c);
        }
        p += n;
        first = false;
    }
    return TPY_TOK_NAME;
}

static tpy_tok_kind scan_name(tpy_lexer *lx, tpy_token *tok, const char *start, int col)
{
    bool ascii = true;
    while (!at_end(lx) && is_potential_id_char(peek(lx, 0))) {
        if (peek(lx, 0) >= 128)
            ascii = false;
        lx->cur++;
    }
    if (!ascii && verify_name(lx, start) == TPY_TOK_ERROR)
        return TPY_TOK_ERROR;
    tpy_tok_kind kind = ascii ? keyword_kind(start, (size_t)(lx->cur - start)) : TPY_TOK_NAME;
    return make(lx, tok, kind, start, lx->line, col);
}

/* ---- strings --------------------------------------------------------- */

/* The length of a string prefix (r, b, u, f, rb, br, fr, rf in any case)
 * at p followed by a quote, or -1. */
static int string_prefix_len(const char *p)
{
    int n = 0, seen_b = 0, seen_r = 0, seen_u = 0, seen_f = 0;
    for (; n < 3; n++) {
        int c = p[n] | 0x20;
        if (p[n] == '\'' || p[n] == '"')
            break;
        if (c == 'b' && !seen_b && !seen_u && !seen_f) seen_b = 1;
        else if (c == 'r' && !seen_r && !seen_u) seen_r = 1;
        else if (c == 'u' && n == 0) seen_u = 1;
        else if (c == 'f' && !seen_f && !seen_b && !seen_u) seen_f = 1;
        else return -1;
    }
    if (seen_u && n > 1)
        return -1;
    return (p[n] == '\'' || p[n] == '"') ? n : -1;
}

static tpy_tok_kind unterminated(tpy_lexer *lx, const char *start, int line,
                                 const char *line_start, bool triple, int detected)
{
    lx->line = line;
    lx->line_start = line_start;
    lx->cur = start + 1;
    if (triple)
        return error_here(lx, "unterminated triple-quoted string literal (detected at line %d)",
                          detected);
    return error_here(lx, "unterminated string literal (detected at line %d)", detected);
}

/* A string from its prefix at start to its closing quote; escapes are only
 * skipped here (a backslash hides the next byte, a newline included). */
static tpy_tok_kind scan_string(tpy_lexer *lx, tpy_token *tok, const char *start,
                                int prefix_len)
{
    int line = lx->line, col = col_of(lx, start);
    const char *line_start = lx->line_start;
    lx->cur = start + prefix_len;
    char quote = *lx->cur;
    bool triple = peek(lx, 1) == quote && peek(lx, 2) == quote;
    lx->cur += triple ? 3 : 1;
    for (;;) {
        if (at_end(lx))
            return unterminated(lx, start, line, line_start, triple, lx->line - 1);
        int c = peek(lx, 0);
        if (c == '\n') {
            if (!triple)
                return unterminated(lx, start, line, line_start, false, lx->line);
            newline(lx);
        } else if (c == '\\') {
            lx->cur++;
            if (at_end(lx))
                continue;
            if (peek(lx, 0) == '\n')
                newline(lx);
            else
                lx->cur++;
        } else if (c == quote && (!triple || (peek(lx, 1) == quote && peek(lx, 2) == quote))) {
            lx->cur += triple ? 3 : 1;
            return make(lx, tok, TPY_TOK_STRING, start, line, col);
        } else {
            lx->cur++;
        }
    }
}

/* ---- numbers --------------------------------------------------------- */

static bool lookahead_is(const tpy_lexer *lx, const char *word)
{
    return strncmp(lx->cur, word, strlen(word)) == 0;
}

/*
 * After a number: a letter glued to it is an error ("1abc"), except the
 * keywords that can follow a number in valid code ("1if x else 2"), which
 * CPython 3.11 still accepts.
 */
static bool end_of_number_ok(tpy_lexer *lx, const char *kind)
{
    int c = peek(lx, 0);
    if (c < 0)
        return true;
    const char *p = lx->cur;
    bool kw = false;
    switch (c) {
    case 'a': kw = lookahead_is(lx, "and"); break;
    case 'e': kw = lookahead_is(lx, "else"); break;
    case 'f': kw = lookahead_is(lx, "for"); break;
    case 'i': kw = p[1] == 'f' || p[1] == 'n' || p[1] == 's'; break;
    case 'o': kw = lookahead_is(lx, "or"); break;
    case 'n': kw = lookahead_is(lx, "not"); break;
    }
    /* A non-ASCII character ends the number; it is its own token's problem. */
    if (kw || c >= 128 || !is_potential_id_char(c))
        return true;
    error_here(lx, "invalid %s literal", kind);
    return false;
}

/* Digits with single underscores between them; false after an error. The
 * first digit has been checked by the caller. */
static bool decimal_tail(tpy_lexer *lx)
{
    for (;;) {
        while (is_digit(peek(lx, 0)))
            lx->cur++;
        if (peek(lx, 0) != '_')
            return true;
        lx->cur++;
        if (!is_digit(peek(lx, 0))) {
            error_here(lx, "invalid decimal literal");
            return false;
        }
    }
}

static bool is_radix_digit(int c, int radix)
{
    if (radix == 16)
        return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    return c >= '0' && c < '0' + radix;
}

/* 0x / 0o / 0b literals: cur is after the radix letter. */
static tpy_tok_kind scan_radix(tpy_lexer *lx, int radix)
{
    static const char *const names[] = {[2] = "binary", [8] = "octal", [16] = "hexadecimal"};
    const char *name = names[radix];
    do {
        if (peek(lx, 0) == '_')
            lx->cur++;
        if (!is_radix_digit(peek(lx, 0), radix)) {
            if (radix != 16 && is_digit(peek(lx, 0))) {
                lx->cur++;
                return error_here(lx, "invalid digit '%c' in %s literal", lx->cur[-1], name);
            }
            return error_here(lx, "invalid %s literal", name);
        }
        while (is_radix_digit(peek(lx, 0), radix))
            lx->cur++;
    } while (peek(lx, 0) == '_');
    if (radix != 16 && is_digit(peek(lx, 0))) {
        lx->cur++;
        return error_here(lx, "invalid digit '%c' in %s literal", lx->cur[-1], name);
    }
    return end_of_number_ok(lx, name) ? TPY_TOK_NUMBER : TPY_TOK_ERROR;
}

/* An exponent at cur ('e' or 'E'). Digits must follow; if none do, the
 * 'e' is not part of the number, which then ends before it (and must not be
 * glued to it). 1: exponent read, 0: the number ended, -1: error. */
static int scan_exponent(tpy_lexer *lx)
{
    const char *e = lx->cur;
    lx->cur++;
    if (peek(lx, 0) == '+' || peek(lx, 0) == '-') {
        lx->cur++;
        if (!is_digit(peek(lx, 0))) {
            error_here(lx, "invalid decimal literal");
            return -1;
        }
    } else if (!is_digit(peek(lx, 0))) {
        lx->cur = e;
        return end_of_number_ok(lx, "decimal") ? 0 : -1;
    }
    return decimal_tail(lx) ? 1 : -1;
}

/* What may follow the integer part of a decimal: fraction, exponent, j. */
static tpy_tok_kind scan_float_rest(tpy_lexer *lx)
{
    if (peek(lx, 0) == '.') {
        lx->cur++;
        if (is_digit(peek(lx, 0)) && !decimal_tail(lx))
            return TPY_TOK_ERROR;
    }
    if ((peek(lx, 0) | 0x20) == 'e') {
        int r = scan_exponent(lx);
        if (r <= 0)
            return r == 0 ? TPY_TOK_NUMBER : TPY_TOK_ERROR;
    }
    if ((peek(lx, 0) | 0x20) == 'j') {
        lx->cur++;
        return end_of_number_ok(lx, "imaginary") ? TPY_TOK_NUMBER : TPY_TOK_ERROR;
    }
    return end_of_number_ok(lx, "decimal") ? TPY_TOK_NUMBER : TPY_TOK_ERROR;
}

/* A number starting with '0' that is not 0x/0o/0b: zeros only, unless a
 * fraction, exponent or j makes it a float. */
static tpy_tok_kind scan_zero(tpy_lexer *lx, const char *start)
{
    for (;;) {
        if (peek(lx, 0) == '_') {
            lx->cur++;
            if (!is_digit(peek(lx, 0)))
                return error_here(lx, "invalid decimal literal");
        }
        if (peek(lx, 0) != '0')
            break;
        lx->cur++;
    }
    const char *zeros_end = lx->cur;
    bool nonzero = is_digit(peek(lx, 0));
    if (nonzero && !decimal_tail(lx))
        return TPY_TOK_ERROR;
    int c = peek(lx, 0) | 0x20;
    if (c == '.' || c == 'e' || c == 'j')
        return scan_float_rest(lx);
    if (nonzero)
        return error_range(lx, col_of(lx, start), col_of(lx, zeros_end),
                           "leading zeros in decimal integer literals are not permitted; "
                           "use an 0o prefix for octal integers");
    return end_of_number_ok(lx, "decimal") ? TPY_TOK_NUMBER : TPY_TOK_ERROR;
}

static tpy_tok_kind scan_number(tpy_lexer *lx, tpy_token *tok, const char *start, int col)
{
    tpy_tok_kind kind;
    if (*start == '.') {
        kind = scan_float_rest(lx);
    } else if (*start == '0') {
        lx->cur++;
        int c = peek(lx, 0) | 0x20;
        if (c == 'x' || c == 'o' || c == 'b') {
            lx->cur++;
            kind = scan_radix(lx, c == 'x' ? 16 : c == 'o' ? 8 : 2);
        } else {
            kind = scan_zero(lx, start);
        }
    } else {
        kind = decimal_tail(lx) ? scan_float_rest(lx) : TPY_TOK_ERROR;
    }
    if (kind == TPY_TOK_ERROR)
        return kind;
    return make(lx, tok, TPY_TOK_NUMBER, start, lx->line, col);
}

/* ---- operators and brackets ------------------------------------------ */

static const struct { const char *text; tpy_tok_kind kind; } operators[] = {
    {"**=", TPY_TOK_DOUBLESTAREQUAL}, {"//=", TPY_TOK_DOUBLESLASHEQUAL},
    {">>=", TPY_TOK_RIGHTSHIFTEQUAL}, {"<<=", TPY_TOK_LEFTSHIFTEQUAL},
    {"...", TPY_TOK_ELLIPSIS},
    {"!=", TPY_TOK_NOTEQUAL}, {"%=", TPY_TOK_PERCENTEQUAL}, {"&=", TPY_TOK_AMPEREQUAL},
    {"**", TPY_TOK_DOUBLESTAR}, {"*=", TPY_TOK_STAREQUAL}, {"+=", TPY_TOK_PLUSEQUAL},
    {"-=", TPY_TOK_MINEQUAL}, {"->", TPY_TOK_RARROW}, {"//", TPY_TOK_DOUBLESLASH},
    {"/=", TPY_TOK_SLASHEQUAL}, {":=", TPY_TOK_COLONEQUAL}, {"<<", TPY_TOK_LEFTSHIFT},
    {"<=", TPY_TOK_LESSEQUAL}, {"==", TPY_TOK_EQEQUAL}, {">=", TPY_TOK_GREATEREQUAL},
    {">>", TPY_TOK_RIGHTSHIFT}, {"@=", TPY_TOK_ATEQUAL}, {"^=", TPY_TOK_CIRCUMFLEXEQUAL},
    {"|=", TPY_TOK_VBAREQUAL},
    {"%", TPY_TOK_PERCENT}, {"&", TPY_TOK_AMPER}, {"(", TPY_TOK_LPAR}, {")", TPY_TOK_RPAR},
    {"*", TPY_TOK_STAR}, {"+", TPY_TOK_PLUS}, {",", TPY_TOK_COMMA}, {"-", TPY_TOK_MINUS},
    {".", TPY_TOK_DOT}, {"/", TPY_TOK_SLASH}, {":", TPY_TOK_COLON}, {";", TPY_TOK_SEMI},
    {"<", TPY_TOK_LESS}, {"=", TPY_TOK_EQUAL}, {">", TPY_TOK_GREATER}, {"@", TPY_TOK_AT},
    {"[", TPY_TOK_LSQB}, {"]", TPY_TOK_RSQB}, {"^", TPY_TOK_CIRCUMFLEX}, {"{", TPY_TOK_LBRACE},
    {"|", TPY_TOK_VBAR}, {"}", TPY_TOK_RBRACE}, {"~", TPY_TOK_TILDE},
};

static tpy_tok_kind open_bracket(tpy_lexer *lx, char c, int col)
{
    if (lx->level >= TPY_LEX_MAXLEVEL)
        return error_here(lx, "too many nested parentheses");
    lx->parens[lx->level] = c;
    lx->paren_line[lx->level] = lx->line;
    lx->paren_col[lx->level] = col;
    lx->level++;
    return TPY_TOK_LPAR;
}

static tpy_tok_kind close_bracket(tpy_lexer *lx, char c)
{
    if (lx->level == 0)
        return error_here(lx, "unmatched '%c'", c);
    lx->level--;
    char open = lx->parens[lx->level];
    bool match = (open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}');
    if (match)
        return TPY_TOK_RPAR;
    if (lx->paren_line[lx->level] != lx->line)
        return error_here(lx, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                          c, open, lx->paren_line[lx->level]);
    return error_here(lx, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
}

static tpy_tok_kind scan_operator(tpy_lexer *lx, tpy_token *tok, const char *start, int col)
{
    for (size_t i = 0; i < sizeof operators / sizeof operators[0]; i++) {
        size_t n = strlen(operators[i].text);
        if ((size_t)(lx->end - start) < n || memcmp(start, operators[i].text, n) != 0)
            continue;
        lx->cur = start + n;
        char c = *start;
        tpy_tok_kind check = TPY_TOK_NAME;
        if (c == '(' || c == '[' || c == '{')
            check = open_bracket(lx, c, col);
        else if (c == ')' || c == ']' || c == '}')
            check = close_bracket(lx, c);
        if (check == TPY_TOK_ERROR)
            return check;
        return make(lx, tok, operators[i].kind, start, lx->line, col);
    }
    lx->cur = start + 1;
    if (!is_printable((unsigned char)*start))   /* a control character, as CPython names it */
        return error_here(lx, "invalid non-printable character U+%04X", (unsigned)*start);
    return make(lx, tok, TPY_TOK_OP_UNKNOWN, start, lx->line, col);
}

/* ---- the main loop --------------------------------------------------- */

static tpy_tok_kind end_of_input(tpy_lexer *lx, tpy_token *tok)
{
    if (lx->level > 0) {
        tpy_lex_unclosed_error(lx);
        return TPY_TOK_ERROR;
    }
    lx->done = true;
    make(lx, tok, TPY_TOK_ENDMARKER, lx->cur, token_line(lx), 0);
    tok->end_line = tok->line;
    tok->end_col = 0;
    return TPY_TOK_ENDMARKER;
}

/* A backslash: it must end the line, and the line must go on. */
static tpy_tok_kind continuation(tpy_lexer *lx)
{
    lx->cur++;
    if (peek(lx, 0) != '\n') {
        if (!at_end(lx))
            lx->cur++;
        error_range(lx, col_before(lx, lx->cur), -1,
                    "unexpected character after line continuation character");
        lx->state_error = true;
        return TPY_TOK_ERROR;
    }
    const char *nl = lx->cur, *line_start = lx->line_start;
    newline(lx);
    if (at_end(lx)) {
        /* Reported on the line of the backslash, just after it. */
        lx->line--;
        lx->line_start = line_start;
        error_range(lx, col_of(lx, nl), -1, "unexpected EOF while parsing");
        lx->state_error = true;
        return TPY_TOK_ERROR;
    }
    return TPY_TOK_NEWLINE;
}

static void skip_blanks_and_comment(tpy_lexer *lx)
{
    while (peek(lx, 0) == ' ' || peek(lx, 0) == '\t' || peek(lx, 0) == '\f')
        lx->cur++;
    if (peek(lx, 0) == '#')
        while (!at_end(lx) && peek(lx, 0) != '\n')
            lx->cur++;
}

tpy_tok_kind tpy_lex_next(tpy_lexer *lx, tpy_token *tok)
{
    for (;;) {
        if (lx->done)
            return lx->failed ? TPY_TOK_ERROR : end_of_input(lx, tok);
        bool blank = false;
        if (lx->at_bol) {
            lx->at_bol = false;
            if (measure_indent(lx, &blank) == TPY_TOK_ERROR)
                return TPY_TOK_ERROR;
        }
        if (lx->pending)
            return pending_token(lx, tok);
        for (;;) {
            skip_blanks_and_comment(lx);
            if (peek(lx, 0) != '\\')
                break;
            if (continuation(lx) == TPY_TOK_ERROR)
                return TPY_TOK_ERROR;
        }
        const char *start = lx->cur;
        int col = col_of(lx, start);
        if (at_end(lx))
            return end_of_input(lx, tok);
        int c = peek(lx, 0);
        if (c == '\n') {
            newline(lx);
            lx->at_bol = true;
            if (blank || lx->level > 0)
                continue;
            tok->kind = TPY_TOK_NEWLINE;
            tok->start = start;
            tok->end = start + 1;
            tok->line = tok->end_line = lx->line - 1;
            tok->col = col;
            tok->end_col = col + 1;
            return TPY_TOK_NEWLINE;
        }
        if (is_ascii_id(c, true) || c >= 128) {
            int prefix = string_prefix_len(start);
            if (prefix >= 0)
                return scan_string(lx, tok, start, prefix);
            return scan_name(lx, tok, start, col);
        }
        if (c == '\'' || c == '"')
            return scan_string(lx, tok, start, 0);
        if (is_digit(c) || (c == '.' && is_digit(peek(lx, 1))))
            return scan_number(lx, tok, start, col);
        return scan_operator(lx, tok, start, col);
    }
}
