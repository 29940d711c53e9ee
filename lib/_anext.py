"""_anext: anext(iterator, default)'s awaitable (the builtin calls it):
await what __anext__() returned, the default when the iterator is
exhausted."""


async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
