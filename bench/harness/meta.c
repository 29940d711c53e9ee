/* bench/harness/meta.c: machine and commit. */
#include "meta.h"

#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#ifndef TPY_SOURCE_DIR
#define TPY_SOURCE_DIR "."
#endif

/* The value of "key : value" lines in a /proc file, first match. */
static void proc_field(const char *path, const char *key, char *buf, size_t size)
{
    snprintf(buf, size, "unknown");
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return;
    char line[512];
    size_t klen = strlen(key);
    while (fgets(line, sizeof line, f))
        if (strncmp(line, key, klen) == 0 && strchr(line, ':')) {
            const char *v = strchr(line, ':') + 1;
            while (*v == ' ' || *v == '\t')
                v++;
            snprintf(buf, size, "%.*s", (int)strcspn(v, "\n"), v);
            break;
        }
    fclose(f);
}

/* First line printed by a shell command, "" when it fails. */
static void command_line(const char *cmd, char *buf, size_t size)
{
    buf[0] = 0;
    FILE *p = popen(cmd, "r");
    if (p == NULL)
        return;
    if (fgets(buf, (int)size, p) == NULL)
        buf[0] = 0;
    buf[strcspn(buf, "\n")] = 0;
    pclose(p);
}

static void commit(char *buf, size_t size)
{
    char head[64], dirty[16];
    command_line("git -C '" TPY_SOURCE_DIR "' rev-parse --short=12 HEAD 2>/dev/null", head,
                 sizeof head);
    command_line("git -C '" TPY_SOURCE_DIR "' status --porcelain --untracked-files=no "
                 "2>/dev/null | head -1", dirty, sizeof dirty);
    snprintf(buf, size, "%s%s", head[0] ? head : "unknown", dirty[0] ? "+dirty" : "");
}

static void key_string(json_writer *w, const char *k, const char *v)
{
    json_key(w, k);
    json_string(w, v);
}

void meta_write_json(json_writer *w)
{
    char buf[256];
    struct utsname u;
    json_key(w, "machine");
    json_object(w);
    if (uname(&u) == 0) {
        key_string(w, "host", u.nodename);
        snprintf(buf, sizeof buf, "%s %s %s", u.sysname, u.release, u.machine);
        key_string(w, "kernel", buf);
    }
    proc_field("/proc/cpuinfo", "model name", buf, sizeof buf);
    key_string(w, "cpu", buf);
    json_key(w, "cores");
    json_number(w, (double)sysconf(_SC_NPROCESSORS_ONLN));
    proc_field("/proc/meminfo", "MemTotal", buf, sizeof buf);
    key_string(w, "memory", buf);
    key_string(w, "compiler", __VERSION__);
    json_object_end(w);
    commit(buf, sizeof buf);
    key_string(w, "commit", buf);
    time_t t = time(NULL);
    strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", gmtime(&t));
    key_string(w, "date", buf);
}

void meta_summary(char *buf, size_t size)
{
    char cpu[160], c[64];
    proc_field("/proc/cpuinfo", "model name", cpu, sizeof cpu);
    commit(c, sizeof c);
    snprintf(buf, size, "%s, %ld cores, commit %s", cpu, sysconf(_SC_NPROCESSORS_ONLN), c);
}
