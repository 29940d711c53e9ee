/* parser.c: the parser's token buffer, error reporting, depth guard and
 * entry points. The grammar itself is in parser_stmt.c and parser_expr.c. */
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <tierpy/mem.h>
#include <utf8proc.h>

#include "ast_check.h"
#include "parser_internal.h"
#include "source.h"

/* ---- tokens ---------------------------------------------------------- */

/* Tokens of an f-string's expression sit inside the outer source. */
static void shift_token(tpy_parser *p, tpy_token *t)
{
    if (t->line == 1)
        t->col += p->col_offset;
    if (t->end_line == 1)
        t->end_col += p->col_offset;
    t->line += p->line_offset;
    t->end_line += p->line_offset;
}

static tpy_token *token_at(const tpy_parser *p, int i)
{
    return &p->blocks[i / TPY_PARSE_TOKEN_BLOCK][i % TPY_PARSE_TOKEN_BLOCK];
}

/* Room for one more token; false when out of memory. */
static bool grow_tokens(tpy_parser *p)
{
    if (p->ntoks < p->nblocks * TPY_PARSE_TOKEN_BLOCK)
        return true;
    tpy_token **blocks = tpy_mem_realloc(p->blocks, (size_t)(p->nblocks + 1) * sizeof *blocks);
    if (!blocks)
        return false;
    p->blocks = blocks;
    blocks[p->nblocks] = tpy_mem_malloc(TPY_PARSE_TOKEN_BLOCK * sizeof(tpy_token));
    if (!blocks[p->nblocks])
        return false;
    p->nblocks++;
    return true;
}

/* Read tokens until index @p upto exists; past the end (or an error) the
 * last token repeats. A lexer error fails the parse at once, as CPython's
 * tokenizer errors do. */
static void fill(tpy_parser *p, int upto)
{
    while (p->ntoks <= upto) {
        if (p->ntoks > 0) {
            tpy_tok_kind last = token_at(p, p->ntoks - 1)->kind;
            if (last == TPY_TOK_ENDMARKER || last == TPY_TOK_ERROR)
                return;
        }
        if (!grow_tokens(p)) {
            tpy_syntax_error_plain(p->err, "out of memory while parsing");
            p->failed = p->lexer_failed = true;
            return;
        }
        tpy_token *t = token_at(p, p->ntoks);
        memset(t, 0, sizeof *t);
        if (tpy_lex_next(&p->lx, t) == TPY_TOK_ERROR) {
            t->kind = TPY_TOK_ERROR;
            t->line = t->end_line = p->lx.line;
            p->failed = p->lexer_failed = true;
        } else if (p->fstring) {
            shift_token(p, t);
        }
        t->level = p->lx.level;
        p->ntoks++;
    }
}

tpy_token *tpy_p_peek(tpy_parser *p, int ahead)
{
    fill(p, p->pos + ahead);
    if (p->ntoks == 0) {
        /* Only when out of memory before the first token. */
        static tpy_token error_token = {.kind = TPY_TOK_ERROR};
        return &error_token;
    }
    int i = p->pos + ahead;
    return token_at(p, i < p->ntoks ? i : p->ntoks - 1);
}

tpy_tok_kind tpy_p_kind(tpy_parser *p)
{
    return tpy_p_peek(p, 0)->kind;
}

tpy_tok_kind tpy_p_kind_at(tpy_parser *p, int ahead)
{
    return tpy_p_peek(p, ahead)->kind;
}

tpy_token *tpy_p_next(tpy_parser *p)
{
    tpy_token *t = tpy_p_peek(p, 0);
    if (p->pos < p->ntoks && t->kind != TPY_TOK_ENDMARKER && t->kind != TPY_TOK_ERROR)
        p->pos++;
    return t;
}

bool tpy_p_accept(tpy_parser *p, tpy_tok_kind kind)
{
    if (tpy_p_kind(p) != kind)
        return false;
    tpy_p_next(p);
    return true;
}

tpy_token *tpy_p_expect(tpy_parser *p, tpy_tok_kind kind)
{
    if (tpy_p_kind(p) != kind)
        return tpy_p_syntax_error(p);
    return tpy_p_next(p);
}

tpy_token *tpy_p_expect_forced(tpy_parser *p, tpy_tok_kind kind)
{
    if (tpy_p_kind(p) != kind)
        return tpy_p_error_here(p, "expected '%s'", tpy_tok_text(kind));
    return tpy_p_next(p);
}

bool tpy_p_at_name(tpy_parser *p, const char *word)
{
    tpy_token *t = tpy_p_peek(p, 0);
    size_t n = strlen(word);
    return t->kind == TPY_TOK_NAME && (size_t)(t->end - t->start) == n &&
           memcmp(t->start, word, n) == 0;
}

tpy_token *tpy_p_last(tpy_parser *p)
{
    return token_at(p, p->pos > 0 ? p->pos - 1 : 0);
}

/* ---- positions ------------------------------------------------------- */

tpy_pos tpy_p_tok_pos(tpy_parser *p, const tpy_token *t)
{
    (void)p;
    tpy_pos pos = {t->line, t->col, t->end_line, t->end_col};
    return pos;
}

tpy_pos tpy_p_pos_from(tpy_parser *p, const tpy_token *first)
{
    const tpy_token *last = tpy_p_last(p);
    tpy_pos pos = {first->line, first->col, last->end_line, last->end_col};
    return pos;
}

tpy_pos tpy_p_pos_from_pos(tpy_parser *p, tpy_pos start)
{
    const tpy_token *last = tpy_p_last(p);
    tpy_pos pos = {start.line, start.col, last->end_line, last->end_col};
    return pos;
}

/* ---- errors ---------------------------------------------------------- */

static void *verror(tpy_parser *p, tpy_syntax_error_kind kind, tpy_pos pos,
                    const char *fmt, va_list ap)
{
    if (p->failed)   /* the first error stands; a lexer error above all */
        return NULL;
    char msg[sizeof p->err->msg];
    vsnprintf(msg, sizeof msg, fmt, ap);
    int col = pos.col, end_col = pos.end_col;
    tpy_syntax_error_at(p->err, kind, p->src, p->len, pos.line, col, pos.end_line, end_col,
                        "%s%s", p->fstring ? "f-string: " : "", msg);
    p->failed = true;
    return NULL;
}

void *tpy_p_error_at(tpy_parser *p, tpy_pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, TPY_ERR_SYNTAX, pos, fmt, ap);
    va_end(ap);
    return NULL;
}

void *tpy_p_error_kind_at(tpy_parser *p, tpy_syntax_error_kind kind, tpy_pos pos,
                          const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, kind, pos, fmt, ap);
    va_end(ap);
    return NULL;
}

/* The furthest token read: where CPython's PEG parser reports a failure
 * that no specific rule explains. */
static tpy_token *furthest(tpy_parser *p)
{
    fill(p, p->pos);
    if (p->ntoks == 0)
        return tpy_p_peek(p, 0);
    return token_at(p, p->ntoks - 1);
}

/* Tokens without text get no caret, as in CPython (their column is -1). */
static bool textless(const tpy_token *t)
{
    return t->kind == TPY_TOK_INDENT || t->kind == TPY_TOK_DEDENT || t->kind == TPY_TOK_ENDMARKER;
}

tpy_pos tpy_p_error_pos(tpy_parser *p, const tpy_token *t, bool range)
{
    tpy_pos pos = tpy_p_tok_pos(p, t);
    if (textless(t))
        pos.col = -1;
    if (!range || textless(t)) {
        pos.end_line = pos.line;
        pos.end_col = -1;
    }
    return pos;
}

void *tpy_p_error_here(tpy_parser *p, const char *fmt, ...)
{
    tpy_pos pos = tpy_p_error_pos(p, furthest(p), false);   /* RAISE_SYNTAX_ERROR: one caret */
    va_list ap;
    va_start(ap, fmt);
    verror(p, TPY_ERR_SYNTAX, pos, fmt, ap);
    va_end(ap);
    return NULL;
}

void *tpy_p_syntax_error(tpy_parser *p)
{
    tpy_token *t = furthest(p);
    tpy_pos pos = tpy_p_tok_pos(p, t);
    if (textless(t))
        pos = tpy_p_error_pos(p, t, false);
    if (t->kind == TPY_TOK_INDENT || t->kind == TPY_TOK_DEDENT) {
        p->unexpected_indent = !p->failed;
        return tpy_p_error_kind_at(p, TPY_ERR_INDENTATION, pos,
                                   t->kind == TPY_TOK_INDENT ? "unexpected indent" : "unexpected unindent");
    }
    return tpy_p_error_at(p, pos, "invalid syntax");
}

/* ---- the depth guard ------------------------------------------------- */

bool tpy_p_enter(tpy_parser *p)
{
    if (++p->depth <= TPY_PARSE_MAX_DEPTH)
        return true;
    tpy_p_error_here(p, "too many nested expressions (tierpy's parser limit is %d)",
                     TPY_PARSE_MAX_DEPTH);
    return false;
}

void tpy_p_leave(tpy_parser *p)
{
    p->depth--;
}

bool tpy_p_chain_ok(tpy_parser *p, int links, const tpy_token *at)
{
    if (links + p->depth * 8 <= TPY_PARSE_MAX_CHAIN)
        return true;
    tpy_p_error_at(p, tpy_p_tok_pos(p, at),
                   "expression too long (tierpy's parser limit is %d operations in a chain)",
                   TPY_PARSE_MAX_CHAIN);
    return false;
}

/* ---- identifiers ----------------------------------------------------- */

/* Python compares identifiers after NFKC normalization (PEP 3131). The
 * buffer holds code points, then the re-encoded UTF-8 in place. */
static const char *normalize_identifier(tpy_parser *p, const char *s, size_t n)
{
    int opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    utf8proc_ssize_t cps = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
                                              NULL, 0, opts);
    if (cps < 0)
        return tpy_arena_strndup(p->arena, s, n);
    utf8proc_int32_t *buf = tpy_arena_alloc(p->arena, ((size_t)cps + 1) * sizeof *buf);
    if (!buf)
        return NULL;
    utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, buf, cps, opts);
    utf8proc_ssize_t bytes = utf8proc_reencode(buf, cps, opts);
    if (bytes < 0)
        return tpy_arena_strndup(p->arena, s, n);
    return (const char *)buf;
}

const char *tpy_p_identifier(tpy_parser *p, const tpy_token *t)
{
    size_t n = (size_t)(t->end - t->start);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)t->start[i] >= 0x80)
            return normalize_identifier(p, t->start, n);
    return tpy_arena_strndup(p->arena, t->start, n);
}

/* ---- running a parse ------------------------------------------------- */

static void parser_init(tpy_parser *p, tpy_arena *arena, const char *text, size_t len,
                        tpy_syntax_error *err)
{
    memset(p, 0, sizeof *p);
    p->arena = arena;
    p->err = err;
    p->src = text;
    p->len = len;
    tpy_lex_init(&p->lx, text, len, err);
}

static void parser_fini(tpy_parser *p)
{
    for (int i = 0; i < p->nblocks; i++)
        tpy_mem_free(p->blocks[i]);
    tpy_mem_free(p->blocks);
    p->blocks = NULL;
    p->nblocks = 0;
}

/*
 * After a parser error, CPython reads the rest of the file: a tokenizer
 * error further on that it raises at once (a bad string, number, bracket
 * or character) replaces the parser's error, and so does a bracket left
 * open at the end when it was opened on a line before the one the parser
 * stopped at. Not after "unexpected indent", which CPython reports
 * without looking further.
 */
static void check_rest_of_source(tpy_parser *p)
{
    if (p->lexer_failed || !p->err->set || p->unexpected_indent)
        return;
    int err_line = p->ntoks > 0 ? token_at(p, p->ntoks - 1)->line : 0;
    tpy_syntax_error saved = *p->err;
    p->err->text = NULL;
    tpy_syntax_error_clear(p->err);
    tpy_token t;
    tpy_tok_kind kind;
    do {
        kind = tpy_lex_next(&p->lx, &t);
    } while (kind != TPY_TOK_ERROR && kind != TPY_TOK_ENDMARKER);
    bool replace = kind == TPY_TOK_ERROR && !p->lx.state_error;
    if (replace && p->lx.level > 0 && p->lx.cur >= p->lx.end)
        replace = p->lx.paren_line[p->lx.level - 1] < err_line;
    if (replace) {
        tpy_mem_free(saved.text);
    } else {
        tpy_syntax_error_clear(p->err);
        *p->err = saved;
    }
}

static tpy_mod *parse_text(tpy_arena *arena, const char *text, size_t len,
                           tpy_syntax_error *err)
{
    tpy_parser p;
    parser_init(&p, arena, text, len, err);
    tpy_seq *body = tpy_parse_statements_until_end(&p);
    tpy_mod *mod = NULL;
    if (!p.failed) {
        mod = tpy_arena_calloc(arena, sizeof *mod);
        if (mod) {
            mod->kind = TPY_MOD_MODULE;
            mod->body = body;
        } else {
            tpy_syntax_error_plain(err, "out of memory while parsing");
        }
    } else {
        check_rest_of_source(&p);
    }
    parser_fini(&p);
    return mod;
}

tpy_mod *tpy_parse_module_ast(tpy_arena *arena, const char *bytes, size_t len,
                              tpy_syntax_error *err)
{
    size_t textlen;
    const char *text = tpy_source_prepare(arena, bytes, len, &textlen, err);
    if (!text)
        return NULL;
    return parse_text(arena, text, textlen, err);
}

tpy_mod *tpy_parse_module_scoped(tpy_arena *arena, const char *bytes, size_t len,
                                 tpy_symtable **table, tpy_syntax_error *err)
{
    size_t textlen;
    const char *text = tpy_source_prepare(arena, bytes, len, &textlen, err);
    if (!text)
        return NULL;
    tpy_mod *mod = parse_text(arena, text, textlen, err);
    if (!mod)
        return NULL;
    tpy_symtable *st = tpy_symtable_build(mod, text, textlen, err);
    if (!st || !tpy_ast_check_scoped(mod, st, text, textlen, err)) {
        tpy_symtable_free(st);
        return NULL;
    }
    if (table)
        *table = st;
    else
        tpy_symtable_free(st);
    return mod;
}

tpy_mod *tpy_parse_module(tpy_arena *arena, const char *bytes, size_t len,
                          tpy_syntax_error *err)
{
    return tpy_parse_module_scoped(arena, bytes, len, NULL, err);
}

tpy_mod *tpy_parse_text(tpy_arena *arena, const char *text, size_t len,
                        tpy_syntax_error *err)
{
    tpy_mod *mod = parse_text(arena, text, len, err);
    if (mod && !tpy_ast_check(mod, text, len, err))
        return NULL;
    return mod;
}

/*
 * An f-string's expression, as CPython 3.11 compiles it: the text in
 * parentheses, parsed on its own as star_expressions. Its errors go to the
 * outer parser's record with the outer source line.
 */
tpy_expr *tpy_parse_fstring_expr(tpy_parser *outer, const char *text, size_t len,
                                 int line, int col)
{
    char *buf = tpy_arena_alloc(outer->arena, len + 4);
    if (!buf)
        return tpy_p_error_here(outer, "out of memory");
    buf[0] = '(';
    memcpy(buf + 1, text, len);
    memcpy(buf + 1 + len, ")\n", 3);
    tpy_parser p;
    parser_init(&p, outer->arena, buf, len + 3, outer->err);
    p.src = outer->src;   /* errors quote the outer source */
    p.len = outer->len;
    p.fstring = true;
    p.line_offset = line - 1;
    p.col_offset = col - 1;
    p.depth = outer->depth;
    tpy_expr *e = tpy_parse_star_expressions(&p);
    if (e && tpy_p_kind(&p) != TPY_TOK_NEWLINE)
        e = tpy_p_syntax_error(&p);
    if (!e && !p.failed)
        tpy_p_syntax_error(&p);
    outer->failed |= p.failed;
    outer->lexer_failed |= p.lexer_failed;
    parser_fini(&p);
    return e;
}
