/* bench/harness/sweep.c: the configuration matrix. */
#include "sweep.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const backend_names[] = {"libc", "mimalloc"};

/* The next comma-separated item of *s into buf; false at the end. */
static bool next_item(const char **s, char *buf, size_t size)
{
    if (**s == 0)
        return false;
    size_t n = strcspn(*s, ",");
    snprintf(buf, size, "%.*s", (int)n, *s);
    *s += n + ((*s)[n] == ',');
    return true;
}

static int parse_switch(const char *v, bool *out)
{
    if (strcmp(v, "on") == 0 || strcmp(v, "1") == 0)
        *out = true;
    else if (strcmp(v, "off") == 0 || strcmp(v, "0") == 0)
        *out = false;
    else
        return -1;
    return 0;
}

static const char *parse_backend(const char *v)
{
    for (size_t i = 0; i < sizeof backend_names / sizeof *backend_names; i++)
        if (strcmp(v, backend_names[i]) == 0)
            return backend_names[i];
    return NULL;
}

int sweep_parse(sweep *s, sweep_axis axis, const char *values, char *err, size_t errsize)
{
    char item[32];
    s->n[axis] = 0;
    s->given[axis] = true;
    while (next_item(&values, item, sizeof item)) {
        size_t k = s->n[axis];
        int bad = k >= 2;
        if (!bad && axis == SWEEP_BACKEND)
            bad = (s->backends[k] = parse_backend(item)) == NULL;
        else if (!bad)
            bad = parse_switch(item, axis == SWEEP_LAYER2 ? &s->layer2[k] : &s->freelists[k]);
        if (bad) {
            snprintf(err, errsize, "bad value '%s' for --%s (%s, at most two)", item,
                     axis == SWEEP_BACKEND ? "backend" : axis == SWEEP_LAYER2 ? "layer2" : "freelists",
                     axis == SWEEP_BACKEND ? "libc, mimalloc" : "on, off");
            return -1;
        }
        s->n[axis]++;
    }
    if (s->n[axis] == 0) {
        snprintf(err, errsize, "an empty list of values");
        return -1;
    }
    return 0;
}

void sweep_all(sweep *s)
{
    if (!s->given[SWEEP_BACKEND]) {
        s->backends[0] = backend_names[0];
        s->backends[1] = backend_names[1];
        s->n[SWEEP_BACKEND] = 2;
        s->given[SWEEP_BACKEND] = true;
    }
    for (int a = SWEEP_LAYER2; a <= SWEEP_FREELISTS; a++)
        if (!s->given[a]) {
            bool *v = a == SWEEP_LAYER2 ? s->layer2 : s->freelists;
            v[0] = true;
            v[1] = false;
            s->n[a] = 2;
            s->given[a] = true;
        }
}

void sweep_defaults(sweep *s)
{
    if (!s->given[SWEEP_BACKEND]) {
        const char *env = getenv("TIERPY_MALLOC");
        const char *b = env ? parse_backend(env) : NULL;
        s->backends[0] = b ? b : backend_names[0];
        s->n[SWEEP_BACKEND] = 1;
    }
    if (!s->given[SWEEP_LAYER2]) {
        s->layer2[0] = true;
        s->n[SWEEP_LAYER2] = 1;
    }
    if (!s->given[SWEEP_FREELISTS]) {
        s->freelists[0] = true;
        s->n[SWEEP_FREELISTS] = 1;
    }
}

static void name_config(tier_config *c, bool with_backend)
{
    snprintf(c->name, sizeof c->name, "%s%s%s%s", with_backend ? c->backend : "",
             with_backend ? "/" : "", c->layer2 ? "layer2" : "layer1", c->freelists ? "+fl" : "");
}

size_t sweep_configs(const sweep *s, tier_config out[SWEEP_MAX_CONFIGS])
{
    size_t n = 0;
    for (size_t b = 0; b < s->n[SWEEP_BACKEND]; b++)
        for (size_t l = 0; l < s->n[SWEEP_LAYER2]; l++)
            for (size_t f = 0; f < s->n[SWEEP_FREELISTS]; f++) {
                tier_config *c = &out[n++];
                c->backend = s->backends[b];
                c->layer2 = s->layer2[l];
                c->freelists = s->freelists[f];
                name_config(c, s->n[SWEEP_BACKEND] > 1);
            }
    return n;
}

const tier_config *sweep_flip(const tier_config *configs, size_t n, const tier_config *c,
                              sweep_axis axis)
{
    for (size_t i = 0; i < n; i++) {
        const tier_config *o = &configs[i];
        bool b = strcmp(o->backend, c->backend) == 0, l = o->layer2 == c->layer2,
             f = o->freelists == c->freelists;
        if ((axis == SWEEP_BACKEND && !b && l && f) || (axis == SWEEP_LAYER2 && b && !l && f) ||
            (axis == SWEEP_FREELISTS && b && l && !f))
            return o;
    }
    return NULL;
}
