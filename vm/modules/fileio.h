/* vm/modules/fileio.h: the file objects open() returns (fileio.c): one
 * layout behind CPython's four visible classes, _io.TextIOWrapper (text
 * mode), _io.BufferedReader / BufferedWriter / BufferedRandom (binary).
 * A file holds an fd and two buffers from the VM's heap: bytes read
 * ahead and bytes not yet written. Text is read and written in an
 * ASCII-compatible encoding (UTF-8, Latin-1, ASCII), so newline handling
 * works on the raw bytes. */
#ifndef TIERPY_VM_FILEIO_H
#define TIERPY_VM_FILEIO_H

#include <stdbool.h>
#include <stddef.h>

#include "object.h"

enum tpy_file_encoding { TPY_ENC_UTF8, TPY_ENC_LATIN1, TPY_ENC_ASCII };

/* open()'s newline argument. */
enum tpy_file_newline {
    TPY_NL_UNIVERSAL,   /* None: read \r, \r\n and \n as \n; write \n */
    TPY_NL_UNTRANSLATED,/* '': lines end at any of them, kept as they are */
    TPY_NL_LF,          /* '\n' */
    TPY_NL_CR,          /* '\r': lines end at \r; \n written as \r */
    TPY_NL_CRLF,        /* '\r\n': lines end at \r\n; \n written as \r\n */
};

typedef struct tpy_file {
    tpy_object ob;
    int fd;                     /* -1 once closed */
    bool text, readable, writable, closefd;
    enum tpy_file_encoding encoding;
    enum tpy_file_newline newline;
    tpy_object *name;           /* the file argument as given (owned) */
    tpy_object *mode;           /* str (owned) */
    tpy_object *encoding_name;  /* str as given, or 'UTF-8' (owned); NULL in binary mode */
    unsigned char *rbuf;        /* bytes read from fd, not yet consumed: [rpos, rlen) */
    size_t rpos, rlen, rcap;
    unsigned char *wbuf;        /* bytes written, not yet given to fd */
    size_t wlen, wcap;
    unsigned char last;         /* the last byte the current text read took (\r\n lines) */
} tpy_file;

extern tpy_type tpy_textio_type, tpy_buffered_reader_type, tpy_buffered_writer_type,
    tpy_buffered_random_type, tpy_io_unsupported_type;

/* A file object over `fd` (owned when closefd) of the given type; name and
 * mode are taken as new references. */
tpy_object *tpy_file_new(tpy_vm *vm, tpy_type *type, int fd, bool readable, bool writable,
                         bool closefd, tpy_object *name, tpy_object *mode);

#endif
