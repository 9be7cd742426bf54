# select.select and select.poll on pipes
import select
import posix

print(select.error is OSError, select.POLLIN, select.POLLOUT, select.POLLPRI, select.POLLERR, select.POLLHUP, select.POLLNVAL, select.PIPE_BUF)
r, w = posix.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
posix.write(w, b'x')
print(select.select([r], [], [], 0.5) == ([r], [], []))

class F:
    def __init__(self, fd): self.fd = fd
    def fileno(self): return self.fd
fr = F(r)
rl, wl, xl = select.select([fr], [F(w)], [], None)
print(rl[0] is fr, len(wl), xl)

p = select.poll()
print(type(p), p.poll(0))
p.register(r, select.POLLIN)
p.register(F(w))
print(sorted(p.poll()))
print(sorted(p.poll(10.5)))
p.modify(w, select.POLLIN)
print(sorted(p.poll(0)))
p.unregister(fr)
posix.read(r, 1)
print(p.poll(0))
posix.close(w)
p.register(r)
print(p.poll(100))
for f in [lambda: p.unregister(99), lambda: p.modify(99, 1), lambda: select.select([], [], [], -1),
          lambda: select.select(1, [], []), lambda: select.select([[]], [], []), lambda: p.register('x'),
          lambda: p.poll('x'), lambda: select.select([], [], [], 'x'), lambda: select.select([99], [], [], 0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
posix.close(r)
