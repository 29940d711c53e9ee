/* source.c: decoding and normalizing source bytes. */
#include "source.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/* The length of the valid UTF-8 sequence at s (at most n bytes), or 0.
 * Overlong forms and surrogates are invalid, as for Python's codec. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len;
    unsigned min;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        len = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        len = 4, min = 0x10000;
    else
        return 0;
    if (n < len)
        return 0;
    unsigned cp = c & (0x3F >> (len - 1));
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

/* The 1-based line of byte offset off. */
static int line_of(const char *s, size_t off)
{
    int line = 1;
    for (size_t i = 0; i < off; i++)
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= off || s[i + 1] != '\n')))
            line++;
    return line;
}

/* Copy with newlines normalized, a final newline added, NUL-terminated. */
static char *normalize(tpy_arena *arena, const char *s, size_t n, size_t *outlen)
{
    char *out = tpy_arena_alloc(arena, n + 2);
    if (!out)
        return NULL;
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r') {
            out[j++] = '\n';
            if (i + 1 < n && s[i + 1] == '\n')
                i++;
        } else {
            out[j++] = s[i];
        }
    }
    if (j > 0 && out[j - 1] != '\n')
        out[j++] = '\n';
    out[j] = '\0';
    *outlen = j;
    return out;
}

/* The coding declared on line `which` (1 or 2) into name, or false. */
static bool find_cookie_on(const char *s, size_t n, char *name, size_t namesize)
{
    const char *end = memchr(s, '\n', n);
    size_t len = end ? (size_t)(end - s) : n;
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
        i++;
    if (i >= len || s[i] != '#')
        return false;
    for (; i + 6 < len; i++) {
        if (memcmp(s + i, "coding", 6) != 0 || (s[i + 6] != ':' && s[i + 6] != '='))
            continue;
        size_t j = i + 7, k = 0;
        while (j < len && (s[j] == ' ' || s[j] == '\t'))
            j++;
        for (; j < len && k + 1 < namesize; j++) {
            unsigned char c = (unsigned char)s[j];
            if (!isalnum(c) && c != '-' && c != '_' && c != '.')
                break;
            name[k++] = c == '_' ? '-' : (char)tolower(c);
        }
        name[k] = '\0';
        return k > 0;
    }
    return false;
}

/* Line 2 is looked at only when line 1 is blank or a comment (PEP 263). */
static bool find_cookie(const char *s, size_t n, char *name, size_t namesize)
{
    if (find_cookie_on(s, n, name, namesize))
        return true;
    const char *nl = memchr(s, '\n', n);
    if (!nl)
        return false;
    size_t i = 0;
    while (s + i < nl && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
        i++;
    if (s + i < nl && s[i] != '#' && s[i] != '\r')
        return false;
    return find_cookie_on(nl + 1, n - (size_t)(nl + 1 - s), name, namesize);
}

static bool starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool is_utf8_name(const char *e)
{
    return strcmp(e, "utf-8") == 0 || strcmp(e, "utf8") == 0 || starts_with(e, "utf-8-");
}

static bool is_latin1_name(const char *e)
{
    return strcmp(e, "latin-1") == 0 || strcmp(e, "iso-8859-1") == 0 ||
           strcmp(e, "iso-latin-1") == 0 || starts_with(e, "latin-1-") ||
           starts_with(e, "iso-8859-1-") || starts_with(e, "iso-latin-1-") ||
           strcmp(e, "latin1") == 0 || strcmp(e, "l1") == 0;
}

/* Latin-1 bytes to UTF-8: every byte is its own code point. */
static const char *latin1_to_utf8(tpy_arena *arena, const char *s, size_t n, size_t *outlen)
{
    char *out = tpy_arena_alloc(arena, 2 * n + 1);
    if (!out)
        return NULL;
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[j++] = (char)c;
        } else {
            out[j++] = (char)(0xC0 | (c >> 6));
            out[j++] = (char)(0x80 | (c & 0x3F));
        }
    }
    *outlen = j;
    return out;
}

/* The first invalid UTF-8 sequence or NUL byte; false if none. */
static bool check_bytes(const char *s, size_t n, tpy_syntax_error *err, bool declared)
{
    for (size_t i = 0; i < n;) {
        if (s[i] == '\0') {
            int line = line_of(s, i);
            tpy_syntax_error_at(err, TPY_ERR_SYNTAX, s, i, line, -1, line, -1,
                                "source code cannot contain null bytes");
            return false;
        }
        size_t len = utf8_len((const unsigned char *)s + i, n - i);
        if (len == 0) {
            if (declared)
                tpy_syntax_error_plain(err, "(unicode error) 'utf-8' codec can't decode byte "
                                       "0x%02x in position %zu: invalid start byte",
                                       (unsigned char)s[i], i);
            else
                tpy_syntax_error_plain(err, "Non-UTF-8 code starting with '\\x%02x' in file %s on "
                                       "line %d, but no encoding declared; see "
                                       "https://peps.python.org/pep-0263/ for details",
                                       (unsigned char)s[i], err->filename ? err->filename : "<string>",
                                       line_of(s, i));
            return false;
        }
        i += len;
    }
    return true;
}

const char *tpy_source_prepare(tpy_arena *arena, const char *bytes, size_t len,
                               size_t *outlen, tpy_syntax_error *err)
{
    bool bom = len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0;
    if (bom) {
        bytes += 3;
        len -= 3;
    }
    char enc[64];
    bool declared = find_cookie(bytes, len, enc, sizeof enc);
    if (declared && is_latin1_name(enc) && !bom) {
        bytes = latin1_to_utf8(arena, bytes, len, &len);
        if (!bytes) {
            tpy_syntax_error_plain(err, "out of memory reading the source");
            return NULL;
        }
    } else if (declared && !is_utf8_name(enc)) {
        tpy_syntax_error_plain(err, "tierpy reads only UTF-8 and Latin-1 source, not '%s'", enc);
        return NULL;
    }
    if (!check_bytes(bytes, len, err, declared))
        return NULL;
    const char *text = normalize(arena, bytes, len, outlen);
    if (!text)
        tpy_syntax_error_plain(err, "out of memory reading the source");
    return text;
}
