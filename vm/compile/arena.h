/**
 * @file arena.h
 * @brief A bump allocator for everything one compilation makes: tokens'
 * decoded values, AST nodes, sequences, identifier strings.
 *
 * Nodes never die one by one; the whole compilation's memory goes back in
 * one tpy_arena_delete(). Chunks come from layer1 (tpy_mem_malloc), so the
 * compiler's memory is counted and checked like every other tier's.
 */
#ifndef TPY_ARENA_H
#define TPY_ARENA_H

#include <stddef.h>

typedef struct tpy_arena tpy_arena;

/** @brief A new, empty arena; NULL when layer1 has no memory. */
tpy_arena *tpy_arena_new(void);

/** @brief Release every chunk and the arena itself (NULL is ignored). */
void tpy_arena_delete(tpy_arena *a);

/**
 * @brief @p n bytes aligned for any type, valid until tpy_arena_delete().
 * @return NULL when layer1 has no memory (the arena stays usable).
 */
void *tpy_arena_alloc(tpy_arena *a, size_t n);

/** @brief tpy_arena_alloc() and zero the bytes. */
void *tpy_arena_calloc(tpy_arena *a, size_t n);

/** @brief A NUL-terminated copy of @p n bytes at @p s. */
char *tpy_arena_strndup(tpy_arena *a, const char *s, size_t n);

/** @brief Bytes taken from layer1 so far (chunk sizes, for statistics). */
size_t tpy_arena_bytes(const tpy_arena *a);

#endif /* TPY_ARENA_H */
