/**
 * @file parser_internal.h
 * @brief What the parser's files share: the parser state, token access,
 * error reporting, and the entry points of each part.
 *
 * The parser is recursive descent over Python 3.11's grammar
 * (Grammar/python.gram), one function per rule where the rule matters.
 * Every parse function returns NULL (or false) on failure, and a failure
 * always has its SyntaxError recorded in p->err: the parser never
 * backtracks. Where Python's PEG grammar tries one reading and then
 * another, the parser decides by looking ahead at tokens instead (see
 * parenthesized_with_items and at_match_statement in parser_stmt.c).
 *
 * Errors follow CPython's choice of location: a rule that explains the
 * error points where CPython's invalid_* rule does; anything else is
 * "invalid syntax" at the furthest token read, as in CPython's PEG parser.
 *
 *   parser.c         tokens, errors, the depth guard, the module entry
 *   parser_stmt.c    statements and blocks
 *   parser_expr.c    expressions, from lambda down to atoms
 *   parser_args.c    call arguments and def/lambda parameters
 *   parser_target.c  assignment/deletion targets and their errors
 *   parser_string.c  string literals, escapes and f-strings
 *   parser_number.c  numeric literals
 */
#ifndef TPY_PARSER_INTERNAL_H
#define TPY_PARSER_INTERNAL_H

#include <stdbool.h>

#include "arena.h"
#include "ast.h"
#include "lexer.h"
#include "syntax_error.h"

/* Recursion levels the parser allows (each is a handful of C frames);
 * deeper input is rejected instead of overflowing the C stack. 2100 lets
 * through what CPython 3.11 compiles (200 nested brackets, 2,000 unary
 * operators) and still parses in 2 MiB of stack under ASan. */
#define TPY_PARSE_MAX_DEPTH 2100
/* Nodes a left-nested chain (a.b.c..., a+b+c...) may stack up, so that
 * every later recursive pass over the tree is bounded too. */
#define TPY_PARSE_MAX_CHAIN 2000
/* Tokens per block of the parser's token store. */
#define TPY_PARSE_TOKEN_BLOCK 1024

typedef struct tpy_parser {
    tpy_arena *arena;
    tpy_lexer lx;
    tpy_syntax_error *err;
    const char *src;            /* the prepared text (in the arena) */
    size_t len;
    /* Tokens read so far, in blocks of TPY_PARSE_TOKEN_BLOCK (layer1
     * memory): a block never moves, so a tpy_token * stays valid for the
     * whole parse while more tokens are read. */
    tpy_token **blocks;
    int nblocks;
    int ntoks;
    int pos;                    /* the next token to consume */
    int depth;                  /* current recursion depth */
    bool failed;                /* an error is recorded */
    bool lexer_failed;          /* ... and it came from the lexer */
    bool unexpected_indent;     /* ... and it is "unexpected indent/unindent" */
    /* Inside an f-string's expression: positions are shifted by these,
     * and messages get CPython's "f-string: " prefix. */
    bool fstring;
    int line_offset, col_offset;
    /* Set by a call for its next positional argument: a '=' after it is
     * a keyword gone wrong, which the call reports. Read once. */
    bool equals_is_keyword;
} tpy_parser;

/* ---- tokens (parser.c) ---- */
tpy_token *tpy_p_peek(tpy_parser *p, int ahead);
tpy_tok_kind tpy_p_kind(tpy_parser *p);
tpy_tok_kind tpy_p_kind_at(tpy_parser *p, int ahead);
tpy_token *tpy_p_next(tpy_parser *p);
bool tpy_p_accept(tpy_parser *p, tpy_tok_kind kind);
/* Consume a token of @p kind or fail with "invalid syntax". */
tpy_token *tpy_p_expect(tpy_parser *p, tpy_tok_kind kind);
/* Consume a token of @p kind or fail with "expected 'X'" at it. */
tpy_token *tpy_p_expect_forced(tpy_parser *p, tpy_tok_kind kind);
/* The current token is a NAME spelled @p word (soft keywords). */
bool tpy_p_at_name(tpy_parser *p, const char *word);
tpy_token *tpy_p_last(tpy_parser *p);  /* the token consumed last */

/* ---- positions ---- */
tpy_pos tpy_p_tok_pos(tpy_parser *p, const tpy_token *t);
/* From token @p first to the last consumed token. */
tpy_pos tpy_p_pos_from(tpy_parser *p, const tpy_token *first);
tpy_pos tpy_p_pos_from_pos(tpy_parser *p, tpy_pos start);
/* Where an error at token @p t points: its range (@p range) or its first
 * character; nowhere for INDENT, DEDENT and ENDMARKER. */
tpy_pos tpy_p_error_pos(tpy_parser *p, const tpy_token *t, bool range);

/* ---- errors ---- */
/* Record a SyntaxError over [pos.col, pos.end_col) and fail. Returns NULL
 * so that callers can write `return tpy_p_error_at(...)`. */
void *tpy_p_error_at(tpy_parser *p, tpy_pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *tpy_p_error_kind_at(tpy_parser *p, tpy_syntax_error_kind kind, tpy_pos pos,
                          const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* "invalid syntax" at the current token, the way CPython reports a rule
 * that matched nothing (an INDENT/DEDENT there makes it an
 * IndentationError). */
void *tpy_p_syntax_error(tpy_parser *p);
/* @p fmt at the current token. */
void *tpy_p_error_here(tpy_parser *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- the depth guard ---- */
bool tpy_p_enter(tpy_parser *p);
void tpy_p_leave(tpy_parser *p);
bool tpy_p_chain_ok(tpy_parser *p, int links, const tpy_token *at);

/* ---- identifiers ---- */
/* The identifier spelled by a NAME token, NFKC-normalized, in the arena. */
const char *tpy_p_identifier(tpy_parser *p, const tpy_token *t);

/* ---- statements (parser_stmt.c) ---- */
tpy_seq *tpy_parse_statements_until_end(tpy_parser *p);

/* ---- expressions (parser_expr.c) ---- */
tpy_expr *tpy_parse_expression(tpy_parser *p);
tpy_expr *tpy_parse_named_expression(tpy_parser *p);
tpy_expr *tpy_parse_star_expressions(tpy_parser *p);
tpy_expr *tpy_parse_star_named_expression(tpy_parser *p);
tpy_expr *tpy_parse_star_targets_or_exprs(tpy_parser *p);
tpy_expr *tpy_parse_yield_expr(tpy_parser *p);
tpy_expr *tpy_parse_bitwise_or(tpy_parser *p);
tpy_expr *tpy_parse_disjunction(tpy_parser *p);
/* star_expressions, or a yield expression (the right of '=' and friends) */
tpy_expr *tpy_parse_annotated_rhs(tpy_parser *p);
/* The generators of a comprehension: ('async'? 'for' ... 'in' ... ('if' ...)*)+ */
tpy_seq *tpy_parse_comprehension_clauses(tpy_parser *p);
bool tpy_p_at_comprehension(tpy_parser *p);

/* ---- arguments and parameters (parser_args.c) ---- */
/* After '(' of a call: arguments up to and including ')'. */
tpy_expr *tpy_parse_call_rest(tpy_parser *p, tpy_expr *func);
/* def parameters up to (not including) ')'; lambda ones up to ':'. */
tpy_arguments *tpy_parse_parameters(tpy_parser *p, bool lambda);
tpy_arguments *tpy_ast_empty_arguments(tpy_parser *p);

/* ---- targets (parser_target.c) ---- */
typedef enum tpy_target_kind {
    TPY_TARGET_STAR,   /* assignment, with, comprehension targets */
    TPY_TARGET_DEL,    /* del */
    TPY_TARGET_FOR,    /* for loops */
} tpy_target_kind;
/* Give @p e and its sub-targets @p ctx, or fail with "cannot assign to X"
 * (or "cannot delete X") at the first part that is no target. */
bool tpy_parse_set_target(tpy_parser *p, tpy_expr *e, tpy_expr_ctx ctx, tpy_target_kind kind);
/* The part of @p e that is no valid target, or NULL. */
tpy_expr *tpy_parse_invalid_target(tpy_expr *e, tpy_target_kind kind);
/* What CPython calls an expression in messages: "function call", ... */
const char *tpy_parse_expr_description(const tpy_expr *e);

/* ---- literals (parser_string.c, parser_number.c) ---- */
/* One or more adjacent STRING tokens, starting at the current one. */
tpy_expr *tpy_parse_strings(tpy_parser *p);
/* The NUMBER token @p t as a Constant. */
tpy_expr *tpy_parse_number(tpy_parser *p, const tpy_token *t);

/* ---- sub-parsers (parser.c) ---- */
/* Parse @p text (an f-string's "(expression)") as star_expressions with
 * positions shifted to where the text sits in the real source. */
tpy_expr *tpy_parse_fstring_expr(tpy_parser *p, const char *text, size_t len,
                                 int line, int col);

#endif /* TPY_PARSER_INTERNAL_H */
