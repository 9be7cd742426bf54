"""Ember's `_thread` while Python code runs on one thread: locks that keep CPython's
semantics for a single thread (a blocking acquire of a held lock waits out its timeout),
thread identity, and thread-local data. Starting a thread fails as CPython does when the
system cannot create one."""



error = RuntimeError
TIMEOUT_MAX = 9223372036.0
_count_value = 0


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    return _native_id()


def _count():
    return _count_value


def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def interrupt_main(signum=2):
    import signal
    signal.raise_signal(signum)


def exit():
    raise SystemExit


exit_thread = exit


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


class LockType:
    __slots__ = ('_locked', '__weakref__')

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if blocking:
            if timeout == -1:
                # Only this thread could release it: CPython would wait forever.
                while True:
                    _sleep(3600)
            _sleep(timeout)
        return False

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self._locked = False

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f'<{state} _thread.lock object at {id(self):#x}>'


LockType.__name__ = LockType.__qualname__ = 'lock'
LockType.__module__ = '_thread'


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    __slots__ = ('_owner', '_count', '__weakref__')

    def __init__(self, *args, **kwargs):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        me = get_ident()
        if self._count and self._owner == me:
            self._count += 1
            return True
        if not self._count:
            self._owner = me
            self._count = 1
            return True
        if blocking:
            _sleep(timeout if timeout != -1 else 3600)
        return False

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def _is_owned(self):
        return bool(self._count) and self._owner == get_ident()

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0

    def _at_fork_reinit(self):
        self._owner = None
        self._count = 0

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        return (f'<{state} {self.__class__.__module__}.{self.__class__.__qualname__} '
                f'object owner={self._owner or 0} count={self._count} at {id(self):#x}>')


RLock.__module__ = '_thread'


def _set_sentinel():
    return LockType()


class _local:
    """Thread-local data: with one thread, an object with its own attributes."""

    def __init__(self, *args, **kwargs):
        if (args or kwargs) and type(self).__init__ is _local.__init__:
            raise TypeError("Initialization arguments are not supported")


_local.__module__ = '_thread'


def daemon_threads_allowed():
    return True
