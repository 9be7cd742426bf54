# fork, exec, wait and the wait-status helpers
import posix
import sys

print(posix.getpid() > 0, posix.getppid() > 0, posix.getuid() == posix.geteuid() or True)
sys.stdout.flush()

pid = posix.fork()
if pid == 0:
    posix.write(1, b'child writes\n')
    posix._exit(7)
wpid, status = posix.waitpid(pid, 0)
print(wpid == pid, posix.WIFEXITED(status), posix.WEXITSTATUS(status),
      posix.WIFSIGNALED(status), posix.waitstatus_to_exitcode(status))
sys.stdout.flush()

pid = posix.fork()
if pid == 0:
    posix.execv('/bin/sh', ['sh', '-c', 'echo from exec; exit 3'])
_, status = posix.waitpid(pid, 0)
print(posix.waitstatus_to_exitcode(status))
sys.stdout.flush()

pid = posix.fork()
if pid == 0:
    posix.execve('/bin/sh', ['sh', '-c', 'echo "$EMBER_X"'], {'EMBER_X': 'env passed'})
_, status = posix.waitpid(pid, 0)
print(posix.waitstatus_to_exitcode(status))
sys.stdout.flush()

r, w = posix.pipe()
pid = posix.fork()
if pid == 0:
    posix.close(r)
    posix.write(w, b'through the pipe')
    posix._exit(0)
posix.close(w)
print(posix.read(r, 100))
posix.close(r)
posix.waitpid(pid, 0)

pid = posix.fork()
if pid == 0:
    while True:
        pass
posix.kill(pid, 9)
_, status = posix.waitpid(pid, 0)
print(posix.WIFSIGNALED(status), posix.WTERMSIG(status), posix.waitstatus_to_exitcode(status))

print(posix.waitpid(-1, posix.WNOHANG) if False else 'no children:')
try:
    posix.waitpid(-1, 0)
except ChildProcessError as e:
    print(type(e).__name__, e.errno)

print(posix.WIFEXITED(0), posix.WEXITSTATUS(256), posix.WIFSTOPPED(0x137f), posix.WSTOPSIG(0x137f))
for bad in [0x7f, 0x137f]:
    try:
        posix.waitstatus_to_exitcode(bad)
    except ValueError as e:
        print(e)
print(posix.waitstatus_to_exitcode(status=9))
sys.stdout.flush()
print(posix.system('exit 5') >> 8)

for f, a in [(posix.execv, ('/bin/true', [])), (posix.execv, ('/bin/true', 'ab')),
             (posix.execv, ('/bin/true', [''])), (posix.execve, ('/bin/true', ['a'], 5)),
             (posix.kill, (1,)), (posix.WIFEXITED, ()), (posix.register_at_fork, ()),
             (posix.execv, ('/nonexistent/prog', ['x']))]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
try:
    posix.register_at_fork(before=1)
except TypeError as e:
    print(e)
log = []
posix.register_at_fork(before=lambda: log.append('before1'), after_in_parent=lambda: log.append('parent'))
posix.register_at_fork(before=lambda: log.append('before2'), after_in_child=lambda: log.append('child'))
pid = posix.fork()
if pid == 0:
    posix._exit(0 if log == ['before2', 'before1', 'child'] else 1)
_, status = posix.waitpid(pid, 0)
print(log, posix.WEXITSTATUS(status))
