"""atexit: functions to call when the program ends (tierpy's bundled
module). The interpreter calls _run_exitfuncs() after the main program,
and after the report of an uncaught exception; the last function
registered runs first."""

import sys

__all__ = ['register', 'unregister']

_callbacks = []


def register(func, *args, **kwargs):
    """Call func(*args, **kwargs) at exit; returns func (a decorator)."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Forget every registration of func (compared with ==)."""
    _callbacks[:] = [c for c in _callbacks if not (c[0] == func)]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Run and forget the callbacks, newest first. One that raises is
    reported on stderr and the others still run."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            try:
                sys.stderr.write('Exception ignored in atexit callback: %r\n' % (func,))
                import traceback
                traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next,
                                          file=sys.stderr)
            except BaseException:
                pass
