# posix: environment, fspath, constants, system information, argument errors
import posix

print(type(posix.environ), all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
posix.putenv('EMBER_TEST_VAR', 'value')
print(posix.system('test "$EMBER_TEST_VAR" = value') == 0)
posix.putenv(b'EMBER_TEST_VAR', b'other')
print(posix.system('test "$EMBER_TEST_VAR" = other') == 0)
posix.unsetenv('EMBER_TEST_VAR')
print(posix.system('test -z "$EMBER_TEST_VAR"') == 0)
for args in [('a=b', 'c'), ('', 'c'), ('a\0', 'b')]:
    try:
        posix.putenv(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)

class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
print(posix.fspath('s'), posix.fspath(b'b'), posix.fspath(P('x')), posix.fspath(P(b'y')), posix.fspath(path='kw'))
for bad in [1, None, P(1), P(None)]:
    try:
        posix.fspath(bad)
    except TypeError as e:
        print(e)
print(posix.stat(P('/')).st_mode == posix.stat('/').st_mode)
try:
    posix.stat(P('/nonexistent'))
except FileNotFoundError as e:
    print(type(e.filename).__name__)

print(posix.error is OSError)
print(posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK, posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR)
print(posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC, posix.O_APPEND, posix.O_NONBLOCK, posix.O_CLOEXEC, posix.O_DIRECTORY)
print(posix.WNOHANG, posix.WUNTRACED, posix.EX_OK, posix.EX_USAGE, posix.EX_SOFTWARE, posix.NGROUPS_MAX)
print(type(posix._have_functions), [n in posix._have_functions for n in ['HAVE_FSTATAT', 'HAVE_UNLINKAT', 'HAVE_OPENAT', 'HAVE_FDOPENDIR']])
print(isinstance(posix.sysconf_names, dict), posix.sysconf('SC_PAGESIZE') == posix.sysconf(posix.sysconf_names['SC_PAGESIZE']))
for bad in ['nope', 1.5]:
    try:
        posix.sysconf(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

u = posix.uname()
print(type(u), u.sysname, len(u), u[0] == u.sysname, type(u).n_fields)
t = posix.times()
print(type(t), len(t), all(isinstance(x, float) for x in t), t.elapsed > 0)
print(posix.strerror(2), '|', posix.strerror(13), '|', posix.strerror(17))
u = posix.urandom(16)
print(type(u), len(u), posix.urandom(0))
try:
    posix.urandom(-1)
except ValueError as e:
    print(e)
old = posix.umask(0o22)
print(posix.umask(old) == 0o22)
c = posix.cpu_count()
print(isinstance(c, int) and c > 0)
print(posix.device_encoding(99))
r, w = posix.pipe()
print(posix.isatty(r), posix.get_blocking(r), posix.get_inheritable(w))
posix.set_blocking(r, False)
posix.set_inheritable(w, True)
print(posix.get_blocking(r), posix.get_inheritable(w))
try:
    posix.read(r, 10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno == 11)
d = posix.dup(w)
print(d > w, posix.get_inheritable(d))
print(posix.dup2(w, d) == d, posix.get_inheritable(d), posix.dup2(w, d, inheritable=False), posix.get_inheritable(d))
try:
    posix.get_terminal_size(r)
except OSError as e:
    print(type(e).__name__, e.errno)
posix.closerange(r, d + 1)
try:
    posix.close(r)
except OSError as e:
    print(e)
ts = posix.terminal_size((80, 24))
print(ts, ts.columns, ts.lines)
try:
    posix.terminal_size((1, 2, 3))
except TypeError as e:
    print(e)
st = posix.stat_result(range(10))
print(st.st_mode, st[9], st.st_atime, st.st_rdev)
try:
    posix.stat_result((1,))
except TypeError as e:
    print(e)
for call in [lambda: posix.getcwd(1), lambda: posix.pipe(1), lambda: posix.close(), lambda: posix.close(1, 2),
             lambda: posix.umask('a'), lambda: posix.access('x'), lambda: posix.fsync('x'), lambda: posix.close(2**70)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
