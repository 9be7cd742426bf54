# posix file and directory calls on a private directory under /tmp
import posix

base = '/tmp/ember_posix_files_%d' % posix.getpid()
posix.mkdir(base)
posix.chdir(base)
print(posix.getcwd() == base, posix.getcwdb() == base.encode())

fd = posix.open('a.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(type(fd), posix.get_inheritable(fd))
print(posix.write(fd, b'hello world'))
posix.close(fd)
st = posix.stat('a.txt')
print(st.st_size, oct(st.st_mode & 0o777), st.st_nlink)

fd = posix.open('a.txt', posix.O_RDWR)
print(posix.read(fd, 5), posix.lseek(fd, 0, 1), posix.lseek(fd, -5, 2), posix.read(fd, 100))
posix.ftruncate(fd, 3)
print(posix.fstat(fd).st_size)
posix.close(fd)

posix.truncate('a.txt', 2)
print(posix.stat('a.txt').st_size)
posix.chmod('a.txt', 0o600)
print(oct(posix.stat('a.txt').st_mode & 0o777))
print(posix.access('a.txt', posix.R_OK), posix.access('nope', posix.F_OK))
posix.utime('a.txt', (1000000000, 1200000000.5))
st = posix.stat('a.txt')
print(st.st_atime, st.st_mtime, st[8], st.st_mtime_ns)
posix.utime('a.txt', ns=(5, 2000000000123456789))
print(posix.stat('a.txt').st_mtime_ns)

posix.symlink('a.txt', 'link')
print(posix.readlink('link'), posix.readlink(b'link'))
print(posix.lstat('link').st_mode & 0o170000 == 0o120000, posix.stat('link').st_size)
print(posix.stat('link', follow_symlinks=False).st_ino == posix.lstat('link').st_ino)
posix.link('a.txt', 'hard')
print(posix.stat('a.txt').st_nlink)

posix.mkdir('sub', 0o755)
posix.rename('hard', 'sub/moved')
posix.replace('sub/moved', 'sub/replaced')
print(sorted(posix.listdir()), sorted(posix.listdir('sub')), sorted(posix.listdir(b'.')))

with posix.scandir('.') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_file(follow_symlinks=False), e.stat().st_size if not e.is_dir() else '-',
          e.inode() == posix.lstat(e.name).st_ino, posix.fspath(e))
print([e.path for e in posix.scandir(b'sub')])

# dir_fd and fd forms
dfd = posix.open('sub', posix.O_RDONLY)
print(posix.listdir(dfd), [e.name for e in posix.scandir(dfd)])
print(posix.stat('replaced', dir_fd=dfd).st_size)
fd = posix.open('new', posix.O_CREAT | posix.O_WRONLY, dir_fd=dfd)
posix.close(fd)
posix.rename('new', 'new2', src_dir_fd=dfd, dst_dir_fd=dfd)
print(sorted(posix.listdir(dfd)))
posix.unlink('new2', dir_fd=dfd)
posix.mkdir('d2', dir_fd=dfd)
posix.rmdir('d2', dir_fd=dfd)
print(sorted(posix.listdir('sub')))
print(posix.stat(dfd).st_mode & 0o170000 == 0o040000)
posix.close(dfd)

# errors
def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e, e.args, getattr(e, 'errno', None), repr(getattr(e, 'filename', None)), repr(getattr(e, 'filename2', None)))

err(posix.stat, 'missing')
err(posix.stat, b'missing')
err(posix.mkdir, 'sub')
err(posix.rmdir, 'a.txt')
err(posix.unlink, 'sub')
err(posix.listdir, 'a.txt')
err(posix.rename, 'missing', 'x')
err(posix.symlink, 'a.txt', 'link')
err(posix.open, 'missing', posix.O_RDONLY)
err(posix.readlink, 'a.txt')
err(posix.stat, 'a\0b')
err(posix.stat, 1.5)
err(posix.stat, 'a', 'b')
err(posix.stat)
err(posix.stat, 'a', bogus=1)
err(posix.stat, 'a', path='b')
err(posix.stat, 'a', dir_fd='x')
err(posix.unlink, None)
err(posix.listdir, [])
err(posix.close, 'x')
err(posix.read, 0)
err(posix.write, 1, 'text')
err(posix.utime, 'a.txt', (1, 2), ns=(1, 2))
err(posix.utime, 'a.txt', 5)
err(posix.utime, 'a.txt', ns=5)
err(posix.close, 9999)
err(posix.stat, 9999)
err(posix.chmod, 3, 0o777, follow_symlinks=False)

# clean up
posix.unlink('sub/replaced')
posix.rmdir('sub')
posix.remove('link')
posix.unlink('a.txt')
posix.chdir('/')
posix.rmdir(base)
print(posix.access(base, posix.F_OK))
