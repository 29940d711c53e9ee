/* vm/lineedit.c: the terminal side of the interactive prompt: line
 * editing and history with libedit when the build found it, plain reads
 * of stdin otherwise. Part of the tierpy command only, so that libtierpy
 * does not depend on libedit.
 *
 * Ctrl-C while a line is read only interrupts the read: a handler that
 * notes it is installed for the time of the read (without SA_RESTART, so
 * the read returns), and the prompt asks `interrupted` after a NULL line. */
#include "lineedit.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef TPY_HAVE_LIBEDIT
#include <editline/readline.h>
#endif

static volatile sig_atomic_t got_sigint;

static void note_sigint(int sig)
{
    (void)sig;
    got_sigint = 1;
}

static bool was_interrupted(void)
{
    return got_sigint != 0;
}

#ifdef TPY_HAVE_LIBEDIT
static char *read_raw(const char *prompt)
{
    return readline(prompt);
}

static void edit_add(const char *line)
{
    add_history(line);
}
#else
/* Without libedit: the prompt on stdout, one line of stdin. */
static char *read_raw(const char *prompt)
{
    fputs(prompt, stdout);
    fflush(stdout);
    size_t cap = 128, n = 0;
    char *line = malloc(cap);
    int ch = EOF;
    while (line && !got_sigint && (ch = getchar()) != EOF && ch != '\n') {
        if (n + 1 >= cap) {
            char *more = realloc(line, cap *= 2);
            if (!more) {
                free(line);
                return NULL;
            }
            line = more;
        }
        line[n++] = (char)ch;
    }
    if (line && ((n == 0 && ch == EOF) || got_sigint)) {
        free(line);
        return NULL;
    }
    if (line)
        line[n] = '\0';
    return line;
}
#endif

/* One line, with Ctrl-C noted instead of ending the process. */
static char *read_line(const char *prompt)
{
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = note_sigint;
    sigemptyset(&sa.sa_mask);
    got_sigint = 0;
    sigaction(SIGINT, &sa, &old);
    char *line = read_raw(prompt);
    sigaction(SIGINT, &old, NULL);
    if (got_sigint) {
        free(line);
        clearerr(stdin);
        return NULL;
    }
    return line;
}

#ifdef TPY_HAVE_LIBEDIT
static const tpy_repl_io io = {read_line, edit_add, was_interrupted};
#else
static const tpy_repl_io io = {read_line, NULL, was_interrupted};
#endif

const tpy_repl_io *tpy_lineedit_io(void)
{
    return &io;
}
