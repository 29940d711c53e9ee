/* bench/harness/proc.c: child processes. */
#include "proc.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

typedef struct sink {
    int fd;
    char *buf;
    size_t len, cap;
} sink;

/* Read what is available on s->fd; 0 at end of file. */
static int drain(sink *s)
{
    if (s->cap - s->len < 4096) {
        size_t cap = s->cap ? s->cap * 2 : 65536;
        char *b = realloc(s->buf, cap);
        if (b == NULL)
            return -1;
        s->buf = b;
        s->cap = cap;
    }
    ssize_t n = read(s->fd, s->buf + s->len, s->cap - s->len - 1);
    if (n > 0)
        s->len += (size_t)n;
    return n < 0 && errno == EINTR ? 1 : (int)(n > 0);
}

/* Collect both pipes until both are closed. */
static void collect(sink *out, sink *err)
{
    sink *s[2] = {out, err};
    int open_count = 2;
    while (open_count > 0) {
        struct pollfd p[2];
        int np = 0;
        for (int i = 0; i < 2; i++)
            if (s[i]->fd >= 0)
                p[np++] = (struct pollfd){.fd = s[i]->fd, .events = POLLIN};
        if (poll(p, (nfds_t)np, -1) < 0 && errno != EINTR)
            break;
        for (int i = 0; i < np; i++) {
            if (!(p[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            sink *t = p[i].fd == out->fd ? out : err;
            if (drain(t) <= 0) {
                close(t->fd);
                t->fd = -1;
                open_count--;
            }
        }
    }
}

/* In the child: wire the pipes, set the environment, exec. Never returns. */
static void child(char *const argv[], char *const env[], const char *cwd, int out, int err)
{
    int null = open("/dev/null", O_RDONLY);
    if (null >= 0)
        dup2(null, 0);
    dup2(out, 1);
    dup2(err, 2);
    for (size_t i = 0; env && env[i]; i++)
        putenv(env[i]);
    if (cwd && chdir(cwd) != 0) {
        fprintf(stderr, "cannot enter %s: %s\n", cwd, strerror(errno));
        _exit(127);
    }
    execvp(argv[0], argv);
    fprintf(stderr, "cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
}

static char *terminated(sink *s)
{
    if (s->buf == NULL)
        s->buf = malloc(1);
    if (s->buf)
        s->buf[s->len] = 0;
    return s->buf;
}

int proc_run(char *const argv[], char *const env[], const char *cwd, proc_result *r)
{
    memset(r, 0, sizeof *r);
    r->status = -1;
    int po[2], pe[2];
    if (pipe2(po, O_CLOEXEC) != 0)
        return -1;
    if (pipe2(pe, O_CLOEXEC) != 0) {
        close(po[0]);
        close(po[1]);
        return -1;
    }
    fflush(NULL);
    double t0 = now_s();
    pid_t pid = fork();
    if (pid == 0)
        child(argv, env, cwd, po[1], pe[1]);
    close(po[1]);
    close(pe[1]);
    sink out = {po[0], NULL, 0, 0}, err = {pe[0], NULL, 0, 0};
    if (pid < 0) {
        close(po[0]);
        close(pe[0]);
        return -1;
    }
    collect(&out, &err);
    int st;
    struct rusage ru;
    while (wait4(pid, &st, 0, &ru) < 0 && errno == EINTR)
        ;
    r->seconds = now_s() - t0;
    r->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    r->maxrss_mib = (double)ru.ru_maxrss / 1024.0;  /* Linux: KiB */
    r->out = terminated(&out);
    r->err = terminated(&err);
    r->out_len = out.len;
    r->err_len = err.len;
    return r->out && r->err ? 0 : -1;
}

void proc_result_free(proc_result *r)
{
    free(r->out);
    free(r->err);
    r->out = r->err = NULL;
}

/* Copy line [s, e) into buf. */
static void copy_line(const char *s, const char *e, char *buf, size_t size)
{
    size_t n = (size_t)(e - s);
    if (n >= size)
        n = size - 1;
    memcpy(buf, s, n);
    buf[n] = 0;
}

void proc_failure_line(const char *text, char *buf, size_t size)
{
    const char *s = text ? text : "";
    while (*s == '\n')
        s++;
    const char *e = strchr(s, '\n');
    if (e == NULL)
        e = s + strlen(s);
    if (strncmp(s, "Traceback (most recent call last):", 34) != 0) {
        copy_line(s, e, buf, size);
        return;
    }
    const char *last = s, *last_end = e;
    for (const char *p = s; *p;) {
        const char *q = strchr(p, '\n');
        if (q == NULL)
            q = p + strlen(p);
        if (q > p) {
            last = p;
            last_end = q;
        }
        p = *q ? q + 1 : q;
    }
    copy_line(last, last_end, buf, size);
}
