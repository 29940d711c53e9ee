/**
 * @file lexer.h
 * @brief The tokenizer: source text to tokens, one at a time, the way
 * CPython 3.11's Parser/tokenizer.c cuts it.
 *
 * - INDENT/DEDENT from a stack of indentation columns (tabs to multiples
 *   of 8, and a second column with tabs as 1 to catch inconsistent use);
 * - no NEWLINE and no indentation inside (), [] or {} (implicit joining),
 *   nor after a backslash at the end of a line;
 * - blank and comment-only lines produce nothing;
 * - a string, including an f-string, is one STRING token whatever its
 *   prefix: the parser decodes it (parser_string.c).
 *
 * The lexer reads text prepared by source.c: valid UTF-8, lines ending in
 * '\n', a final '\n', no NUL bytes, a NUL after the end.
 */
#ifndef TPY_LEXER_H
#define TPY_LEXER_H

#include <stdbool.h>
#include <stdint.h>

#include "syntax_error.h"
#include "token.h"

enum {
    TPY_LEX_MAXINDENT = 100, /**< CPython's limit of indentation levels */
    TPY_LEX_MAXLEVEL = 200,  /**< CPython's limit of nested brackets */
};

typedef struct tpy_lexer {
    const char *src, *end;    /* the text (borrowed) */
    const char *cur;          /* next byte to read */
    const char *line_start;   /* first byte of the current line */
    int line;                 /* line of cur, 1-based */
    bool at_bol;              /* at the beginning of a line */
    bool done;                /* ENDMARKER or an error was returned */
    bool failed;              /* an error was recorded */
    /* The error is one CPython's tokenizer reports through its state
     * (indentation, a stray backslash) rather than by raising at once: it
     * does not replace a parser error found earlier. */
    bool state_error;
    int pending;              /* > 0: INDENTs to hand out; < 0: DEDENTs */
    int indent;               /* top of the indentation stacks */
    int indstack[TPY_LEX_MAXINDENT + 1];
    int altindstack[TPY_LEX_MAXINDENT + 1];
    int level;                /* open brackets */
    char parens[TPY_LEX_MAXLEVEL];
    int paren_line[TPY_LEX_MAXLEVEL], paren_col[TPY_LEX_MAXLEVEL];
    tpy_syntax_error *err;    /* where errors go (borrowed) */
} tpy_lexer;

/** @brief Start lexing @p len bytes at @p src (see the file comment). */
void tpy_lex_init(tpy_lexer *lx, const char *src, size_t len, tpy_syntax_error *err);

/**
 * @brief The next token into @p tok.
 * @return its kind; TPY_TOK_ERROR when the text is not Python (the error is
 * recorded in the lexer's error record), after which the lexer returns
 * TPY_TOK_ERROR again.
 */
tpy_tok_kind tpy_lex_next(tpy_lexer *lx, tpy_token *tok);

/**
 * @brief Record "'(' was never closed" for the innermost open bracket.
 * Used by the parser when its error is past that bracket's line.
 */
void tpy_lex_unclosed_error(tpy_lexer *lx);

/** @brief Is the code point @p c allowed to start (start=true) or continue
 *  an identifier? (XID_Start / XID_Continue, from utf8proc's categories) */
bool tpy_lex_is_id_char(int32_t c, bool start);

#endif /* TPY_LEXER_H */
