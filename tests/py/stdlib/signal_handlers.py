# _signal: Python handlers run between instructions, getsignal/signal, alarm, itimers
import _signal as signal
import posix

print(signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.SIGKILL, signal.NSIG, signal.SIG_DFL, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGPIPE))

got = []
def handler(signum, frame):
    got.append((signum, type(frame).__name__))

old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
posix.kill(posix.getpid(), signal.SIGUSR1)
print(got)
signal.raise_signal(signal.SIGUSR1)
print(len(got))

# a handler that raises: the exception appears in the running code
class Boom(Exception):
    pass
def raiser(signum, frame):
    raise Boom(signum)
signal.signal(signal.SIGUSR2, raiser)
try:
    signal.raise_signal(signal.SIGUSR2)
    print('not reached')
except Boom as e:
    print('Boom', e.args)

# the handler runs in a loop that never calls into the OS
signal.signal(signal.SIGALRM, handler)
got.clear()
signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
while not got:
    n += 1
print(got, n > 0)
print(signal.getitimer(signal.ITIMER_REAL))

# SIGINT's default handler raises KeyboardInterrupt
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('KeyboardInterrupt again')

print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
posix.kill(posix.getpid(), signal.SIGUSR1)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))
print(signal.alarm(0))
print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGKILL))
vs = signal.valid_signals()
print(type(vs), 1 in vs, 9 in vs, 0 in vs, 64 in vs, len(vs))
for f, a in [(signal.signal, (signal.SIGKILL, handler)), (signal.signal, (0, handler)),
             (signal.signal, (signal.SIGUSR1, 5)), (signal.getsignal, (100,)),
             (signal.strsignal, (0,)), (signal.set_wakeup_fd, (0,)) if False else (signal.signal, (1,))]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
r, w = posix.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print(e)
posix.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, handler)
signal.raise_signal(signal.SIGUSR1)
print(posix.read(r, 10))
print(signal.set_wakeup_fd(-1) == w)
print(signal.ItimerError.__name__, signal.ItimerError.__mro__[1])
try:
    signal.setitimer(99, 1)
except signal.ItimerError as e:
    print(type(e).__name__, e.errno)
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
got.clear()
signal.raise_signal(signal.SIGUSR1)
print(got, signal.sigpending())
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print(got)
