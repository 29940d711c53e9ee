/* bench/harness/progress.c: the progress line. */
#include "progress.h"

#include <stdbool.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#define QUIET_SECONDS 3.0   /* say nothing before this */
#define LOG_EVERY 10.0      /* off a terminal: one line this often */

static struct {
    const char *what;
    size_t total;
    double start, last;
    bool shown, tty;
} pr;

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

void progress_start(const char *what, size_t total)
{
    pr.what = what;
    pr.total = total;
    pr.start = pr.last = now_s();
    pr.shown = false;
    pr.tty = isatty(2);
}

void progress_step(size_t done, const char *label)
{
    double t = now_s();
    if (t - pr.start < QUIET_SECONDS || (!pr.tty && t - pr.last < LOG_EVERY))
        return;
    pr.last = t;
    pr.shown = true;
    fprintf(stderr, "%s[%s] %zu/%zu %-40.40s %5.0fs%s", pr.tty ? "\r\033[K" : "", pr.what,
            done + 1, pr.total, label, t - pr.start, pr.tty ? "" : "\n");
    fflush(stderr);
}

void progress_end(void)
{
    if (pr.shown && pr.tty)
        fputs("\r\033[K", stderr);
    pr.shown = false;
}
