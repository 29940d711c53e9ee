/* vm/lineedit.h: the interactive prompt's line reader (lineedit.c). */
#ifndef TIERPY_VM_LINEEDIT_H
#define TIERPY_VM_LINEEDIT_H

#include "main_run.h"

/* Read lines with libedit's editing and history when built with it. */
const tpy_repl_io *tpy_lineedit_io(void);

#endif
