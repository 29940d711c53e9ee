/* vm/eval/tb_anchors.h: the ~~~^^^~~~ anchors of CPython 3.11's traceback
 * markers, found by parsing the failing span on its own. Kept apart from
 * traceback.c because the AST headers and the object headers share names. */
#ifndef TPY_TB_ANCHORS_H
#define TPY_TB_ANCHORS_H

#include <stdbool.h>
#include <stddef.h>

/* When the @p len bytes of @p seg (one line of source, the span of a
 * failing instruction) parse as a lone expression statement that is a
 * binary operation or a subscript: the operator, or the [index], as the
 * byte range [*left, *right) of seg, and true. False otherwise. */
bool tpy_tb_anchors(const char *seg, size_t len, long *left, long *right);

#endif /* TPY_TB_ANCHORS_H */
