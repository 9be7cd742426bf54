import errno
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR, errno.EPIPE)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[errno.EDEADLOCK], len(errno.errorcode))
print(list(errno.errorcode.items())[:8])
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), names[:5], names[-5:])
print(all(errno.errorcode[getattr(errno, n)] in names for n in names))
e = OSError(errno.ENOENT, 'msg')
print(type(e).__name__, e.errno == errno.ENOENT)
for n in ['EPERM', 'ECHILD', 'ESRCH', 'EISDIR', 'ENOTDIR', 'ETIMEDOUT', 'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ESHUTDOWN', 'EINPROGRESS', 'EALREADY']:
    print(n, type(OSError(getattr(errno, n), 'x')).__name__)
