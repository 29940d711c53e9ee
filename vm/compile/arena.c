/* arena.c: chunks from layer1, handed out by bumping a pointer. */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <string.h>

#include <tierpy/mem.h>

enum { CHUNK_SIZE = 16 * 1024 };
#define ALIGN alignof(max_align_t)

/* A chunk; its usable bytes follow the header. Chunks form a list, newest
 * first; `used` bytes of the newest are taken. */
typedef struct chunk {
    struct chunk *next;
    size_t size, used;
    alignas(max_align_t) unsigned char data[];
} chunk;

struct tpy_arena {
    chunk *head;
    size_t bytes;
};

static chunk *chunk_new(size_t size)
{
    chunk *c = tpy_mem_malloc(sizeof(chunk) + size);
    if (c) {
        c->next = NULL;
        c->size = size;
        c->used = 0;
    }
    return c;
}

tpy_arena *tpy_arena_new(void)
{
    tpy_arena *a = tpy_mem_malloc(sizeof *a);
    if (a) {
        a->head = NULL;
        a->bytes = 0;
    }
    return a;
}

void tpy_arena_delete(tpy_arena *a)
{
    if (!a)
        return;
    for (chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        tpy_mem_free(c);
    }
    tpy_mem_free(a);
}

/* A request too big for a standard chunk gets a chunk of its own, linked
 * behind the head so the head's free space is not lost. */
static void *alloc_large(tpy_arena *a, size_t n)
{
    chunk *c = chunk_new(n);
    if (!c)
        return NULL;
    c->used = n;
    a->bytes += n;
    if (a->head) {
        c->next = a->head->next;
        a->head->next = c;
    } else {
        a->head = c;
    }
    return c->data;
}

void *tpy_arena_alloc(tpy_arena *a, size_t n)
{
    if (n > SIZE_MAX - ALIGN - sizeof(chunk))
        return NULL;
    n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (n == 0)
        n = ALIGN;
    if (n > CHUNK_SIZE / 4)
        return alloc_large(a, n);
    if (!a->head || a->head->size - a->head->used < n) {
        chunk *c = chunk_new(CHUNK_SIZE);
        if (!c)
            return NULL;
        c->next = a->head;
        a->head = c;
        a->bytes += CHUNK_SIZE;
    }
    void *p = a->head->data + a->head->used;
    a->head->used += n;
    return p;
}

void *tpy_arena_calloc(tpy_arena *a, size_t n)
{
    void *p = tpy_arena_alloc(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

char *tpy_arena_strndup(tpy_arena *a, const char *s, size_t n)
{
    char *p = tpy_arena_alloc(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

size_t tpy_arena_bytes(const tpy_arena *a)
{
    return a->bytes;
}
