# _posixsubprocess.fork_exec as subprocess.Popen calls it, with pipes for the
# standard streams and the error pipe
import _posixsubprocess
import posix
import sys

def run(args, executables, cwd=None, env=None, stdin_data=None, pass_fds=()):
    p2cread, p2cwrite = posix.pipe()
    c2pread, c2pwrite = posix.pipe()
    errread, errwrite = posix.pipe()
    errpipe_read, errpipe_write = posix.pipe()
    keep = tuple(sorted(set(pass_fds) | {errpipe_write}))
    pid = _posixsubprocess.fork_exec(
        args, executables, True, keep, cwd, env,
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
        errpipe_read, errpipe_write, True, False, -1, None, None, None, -1, None, False)
    for fd in (p2cread, c2pwrite, errwrite, errpipe_write):
        posix.close(fd)
    if stdin_data:
        posix.write(p2cwrite, stdin_data)
    posix.close(p2cwrite)
    err = b''
    while True:
        part = posix.read(errpipe_read, 50000)
        if not part:
            break
        err += part
    posix.close(errpipe_read)
    out = b''
    while True:
        part = posix.read(c2pread, 1000)
        if not part:
            break
        out += part
    errout = posix.read(errread, 1000)
    posix.close(c2pread)
    posix.close(errread)
    _, status = posix.waitpid(pid, 0)
    return out, errout, err, posix.waitstatus_to_exitcode(status)

print(run([b'/bin/echo', b'hello', 'world'], [b'/bin/echo']))
print(run(['sh', '-c', 'cat; echo err >&2; exit 4'], [b'/bin/sh'], stdin_data=b'input\n'))
print(run(['pwd'], [b'/bin/pwd'], cwd='/tmp'))
print(run(['sh', '-c', 'echo $FOO'], [b'/bin/sh'], env=[b'FOO=bar']))
print(run(['nope'], [b'/nonexistent/nope', b'/also/missing']))
print(run(['pwd'], [b'/bin/pwd'], cwd='/nonexistent-dir'))
print(run(['x'], [b'/etc/passwd']))
r, w = posix.pipe()
print(run(['sh', '-c', 'echo kept >&%d' % w], [b'/bin/sh'], pass_fds=(w,)))
posix.close(w)
print(posix.read(r, 100))
posix.close(r)
for bad in [(1, 2), ('x',)]:
    try:
        _posixsubprocess.fork_exec(*bad)
    except TypeError as e:
        print(e)
try:
    _posixsubprocess.fork_exec([b'x'], [b'x'], True, (3, 1), None, None, -1, -1, -1, -1, -1, -1, 5, 6, True, False, -1, None, None, None, -1, None, False)
except ValueError as e:
    print(e)
