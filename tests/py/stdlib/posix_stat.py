# posix.stat results: an os.stat_result struct sequence with hidden fields
import posix

st = posix.stat('/')
T = type(st)
print(T, T.__module__, T.__name__, len(st), T.n_fields, T.n_sequence_fields, T.n_unnamed_fields)
print(st.st_mode == st[0], st.st_ino == st[1], st.st_size == st[6])
print(type(st.st_atime), type(st[7]), st.st_atime_ns // 10**9 == st[7], int(st.st_mtime) == st[8])
print(type(st.st_blksize), type(st.st_blocks), type(st.st_rdev), type(st.st_ctime_ns))
print(repr(st).startswith('os.stat_result(st_mode='), repr(st).count('='), 'st_atime=%d,' % st[7] in repr(st))
print(st == tuple(st), st[-1] == st[9], st[:2] == (st.st_mode, st.st_ino), hash(st) == hash(tuple(st)))
a, *rest = st
print(a == st.st_mode, len(rest))
print(posix.lstat('/') == st, posix.fstat(0).st_mode > 0)
try:
    st.st_mode = 1
except AttributeError as e:
    print('AttributeError')
print(st.__reduce__()[0] is T, len(st.__reduce__()[1][0]), sorted(st.__reduce__()[1][1]))
for bad in ['/nonexistent/x', b'/nonexistent/y']:
    try:
        posix.stat(bad)
    except FileNotFoundError as e:
        print(e, e.errno, e.strerror, repr(e.filename), e.filename2, e.args)
try:
    posix.lstat(3)
except TypeError as e:
    print(e)
v = posix.statvfs('/')
print(type(v), len(v), type(v).n_fields, v.f_bsize == v[0], type(v.f_fsid), v.f_blocks >= v.f_bfree)
print(posix.fstatvfs(0).f_namemax == posix.fstatvfs(0)[9], posix.statvfs(posix.open('/', posix.O_RDONLY)).f_bsize > 0)
print(posix.major(0x10302), posix.minor(0x10302), posix.makedev(1, 2), posix.major(st.st_dev) >= 0)
for t in [posix.DirEntry, type(posix.scandir('/'))]:
    try:
        t()
    except TypeError as e:
        print(e)
