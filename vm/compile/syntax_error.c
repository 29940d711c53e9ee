/* syntax_error.c: recording and printing SyntaxErrors. */
#include "syntax_error.h"

#include <stdarg.h>
#include <string.h>

#include <tierpy/mem.h>

void tpy_syntax_error_init(tpy_syntax_error *e, const char *filename)
{
    memset(e, 0, sizeof *e);
    e->filename = filename;
}

void tpy_syntax_error_clear(tpy_syntax_error *e)
{
    tpy_mem_free(e->text);
    const char *filename = e->filename;
    tpy_syntax_error_init(e, filename);
}

const char *tpy_syntax_error_name(tpy_syntax_error_kind kind)
{
    switch (kind) {
    case TPY_ERR_INDENTATION: return "IndentationError";
    case TPY_ERR_TAB: return "TabError";
    case TPY_ERR_MEMORY: return "MemoryError";
    default: return "SyntaxError";
    }
}

/* The start of 1-based line @p line in src, or NULL past the end. */
static const char *line_start(const char *src, size_t len, int line)
{
    const char *p = src, *end = src + len;
    for (int n = 1; n < line; n++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    return p < end ? p : NULL;
}

/* Characters (UTF-8 lead bytes) in the first @p nbytes of s. */
static int char_count(const char *s, size_t nbytes)
{
    int n = 0;
    for (size_t i = 0; i < nbytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/* A copy of the line at @p start through its '\n' (layer1 memory). */
static char *copy_line(const char *start, const char *end, size_t *linelen)
{
    const char *nl = memchr(start, '\n', (size_t)(end - start));
    size_t n = nl ? (size_t)(nl - start) + 1 : (size_t)(end - start);
    char *text = tpy_mem_malloc(n + 1);
    if (text) {
        memcpy(text, start, n);
        text[n] = '\0';
    }
    *linelen = n;
    return text;
}

/* Byte column -> 1-based character offset within a line of linelen bytes. */
static int to_offset(const char *line, size_t linelen, int col)
{
    if ((size_t)col > linelen)
        return (int)(col - linelen) + char_count(line, linelen) + 1;
    return char_count(line, (size_t)col) + 1;
}

/* Every stage words its allocation failures "out of memory ...": such a
 * record is a MemoryError, as CPython's compiler raises, not a SyntaxError. */
static void set_message(tpy_syntax_error *e, const char *fmt, va_list ap)
{
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    if (strncmp(e->msg, "out of memory", 13) == 0)
        e->kind = TPY_ERR_MEMORY;
}

/* Start a record at @p line: kind, lines, and a copy of the line's text.
 * Returns the line's start in src (NULL past the end), its length in
 * *linelen. The message is set by the caller. */
static const char *begin_record(tpy_syntax_error *e, tpy_syntax_error_kind kind,
                                const char *src, size_t len, int line, int end_line,
                                size_t *linelen)
{
    tpy_syntax_error_clear(e);
    e->set = true;
    e->kind = kind;
    e->line = line;
    e->end_line = end_line;
    const char *start = line_start(src, len, line);
    *linelen = 0;
    if (start)
        e->text = copy_line(start, src + len, linelen);
    return start;
}

void tpy_syntax_error_at_offsets(tpy_syntax_error *e, tpy_syntax_error_kind kind,
                                 const char *src, size_t len,
                                 int line, int offset, int end_line, int end_offset,
                                 const char *fmt, ...)
{
    size_t linelen;
    begin_record(e, kind, src, len, line, end_line, &linelen);
    va_list ap;
    va_start(ap, fmt);
    set_message(e, fmt, ap);
    va_end(ap);
    if (e->text) {
        e->offset = offset;
        e->end_offset = end_offset;
    }
}

void tpy_syntax_error_at(tpy_syntax_error *e, tpy_syntax_error_kind kind,
                         const char *src, size_t len,
                         int line, int col, int end_line, int end_col,
                         const char *fmt, ...)
{
    size_t linelen;
    const char *start = begin_record(e, kind, src, len, line, end_line, &linelen);
    va_list ap;
    va_start(ap, fmt);
    set_message(e, fmt, ap);
    va_end(ap);
    if (col < 0 || !e->text)
        return;
    e->offset = to_offset(start, linelen, col);
    if (end_line == line && end_col >= 0) {
        /* CPython converts the start to characters but keeps the length of
         * the range in bytes, so its carets are as many as the bytes. */
        e->end_offset = e->offset + (end_col - col);
    } else if (end_line > line) {
        const char *endstart = line_start(src, len, end_line);
        size_t endlen = 0;
        if (endstart) {
            const char *nl = memchr(endstart, '\n', (size_t)(src + len - endstart));
            endlen = nl ? (size_t)(nl - endstart) : (size_t)(src + len - endstart);
        }
        e->end_offset = endstart ? to_offset(endstart, endlen, end_col) : 0;
    }
}

void tpy_syntax_error_plain(tpy_syntax_error *e, const char *fmt, ...)
{
    tpy_syntax_error_clear(e);
    e->set = true;
    e->kind = TPY_ERR_SYNTAX;
    va_list ap;
    va_start(ap, fmt);
    set_message(e, fmt, ap);
    va_end(ap);
}

/*
 * The source line and caret line, as CPython's print_error_text() lays
 * them out: leading blanks are stripped (moving the caret with them), a
 * caret left of the text is not drawn, and the carets never run past the
 * end of the line.
 */
static void print_text(const tpy_syntax_error *e, FILE *out)
{
    const char *text = e->text;
    long offset = e->offset, end_offset = e->end_offset;
    long textlen = (long)strlen(text);
    if (e->end_line > e->line)
        end_offset = textlen;
    if (end_offset > textlen + 1)
        end_offset = textlen + 1;
    long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;

    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    long len = (long)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    fprintf(out, "    %.*s\n", (int)len, text);
    if (offset < 0 || e->offset == 0)
        return;
    fprintf(out, "    %*s", (int)offset, "");
    for (long i = 0; i < carets; i++)
        fputc('^', out);
    fputc('\n', out);
}

void tpy_syntax_error_print(const tpy_syntax_error *e, FILE *out)
{
    if (e->kind == TPY_ERR_MEMORY) {
        fputs("MemoryError\n", out);   /* no location, as CPython's report */
        return;
    }
    if (e->line > 0) {
        fprintf(out, "  File \"%s\", line %d\n", e->filename ? e->filename : "<string>", e->line);
        if (e->text)
            print_text(e, out);
    }
    fprintf(out, "%s: %s\n", tpy_syntax_error_name(e->kind), e->msg);
}
