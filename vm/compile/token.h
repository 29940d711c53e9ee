/**
 * @file token.h
 * @brief The token kinds of Python 3.11 source, as the lexer hands them to
 * the parser.
 *
 * Keywords get kinds of their own so that the parser compares integers;
 * the soft keywords (`match`, `case`, `_`) stay NAME, because they are
 * ordinary identifiers everywhere tierpy accepts them.
 */
#ifndef TPY_TOKEN_H
#define TPY_TOKEN_H

#include <stddef.h>

/* X-macro: kind, spelling (operators/keywords) or a description. The
 * spelling is what the parser prints in messages such as "expected ':'". */
#define TPY_TOKEN_LIST(X)                                                   \
    X(ENDMARKER, "end of file") X(NAME, "name") X(NUMBER, "number")         \
    X(STRING, "string") X(NEWLINE, "newline") X(INDENT, "indent")           \
    X(DEDENT, "dedent") X(ERROR, "error")                                   \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{")      \
    X(RBRACE, "}") X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(PLUS, "+")    \
    X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(VBAR, "|") X(AMPER, "&")     \
    X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") X(DOT, ".")                  \
    X(PERCENT, "%") X(EQEQUAL, "==") X(NOTEQUAL, "!=")                      \
    X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=") X(TILDE, "~")                  \
    X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>")               \
    X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=") X(MINEQUAL, "-=")                \
    X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=")            \
    X(AMPEREQUAL, "&=") X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=")         \
    X(LEFTSHIFTEQUAL, "<<=") X(RIGHTSHIFTEQUAL, ">>=")                      \
    X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//")                          \
    X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") X(RARROW, "->")  \
    X(ELLIPSIS, "...") X(COLONEQUAL, ":=") X(OP_UNKNOWN, "?")              \
    X(KW_FALSE, "False") X(KW_NONE, "None") X(KW_TRUE, "True")              \
    X(KW_AND, "and") X(KW_AS, "as") X(KW_ASSERT, "assert")                  \
    X(KW_ASYNC, "async") X(KW_AWAIT, "await") X(KW_BREAK, "break")          \
    X(KW_CLASS, "class") X(KW_CONTINUE, "continue") X(KW_DEF, "def")        \
    X(KW_DEL, "del") X(KW_ELIF, "elif") X(KW_ELSE, "else")                  \
    X(KW_EXCEPT, "except") X(KW_FINALLY, "finally") X(KW_FOR, "for")        \
    X(KW_FROM, "from") X(KW_GLOBAL, "global") X(KW_IF, "if")                \
    X(KW_IMPORT, "import") X(KW_IN, "in") X(KW_IS, "is")                    \
    X(KW_LAMBDA, "lambda") X(KW_NONLOCAL, "nonlocal") X(KW_NOT, "not")      \
    X(KW_OR, "or") X(KW_PASS, "pass") X(KW_RAISE, "raise")                  \
    X(KW_RETURN, "return") X(KW_TRY, "try") X(KW_WHILE, "while")            \
    X(KW_WITH, "with") X(KW_YIELD, "yield")

typedef enum tpy_tok_kind {
#define TPY_TOKEN_ENUM(kind, text) TPY_TOK_##kind,
    TPY_TOKEN_LIST(TPY_TOKEN_ENUM)
#undef TPY_TOKEN_ENUM
    TPY_TOK__COUNT
} tpy_tok_kind;

#define TPY_TOK_FIRST_KEYWORD TPY_TOK_KW_FALSE

/**
 * One token. `start`/`end` point into the source buffer the lexer was
 * given (owned by the caller; it outlives every token). Lines count from 1,
 * columns are 0-based byte offsets into the line, as CPython's AST uses.
 * For STRING tokens `start` is the prefix's first byte.
 */
typedef struct tpy_token {
    tpy_tok_kind kind;
    const char *start;
    const char *end;
    int line, col;
    int end_line, end_col;
    int level;   /* brackets open after this token */
} tpy_token;

/** @brief The spelling of a keyword or operator kind, or a description. */
const char *tpy_tok_text(tpy_tok_kind kind);

#endif /* TPY_TOKEN_H */
