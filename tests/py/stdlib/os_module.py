# os on top of posix: files, directories, walk, environ, errors
import os

base = '/tmp/ember_os_module_%d' % os.getpid()
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == os.path.join(base, 'a'))
with open(os.path.join(base, 'a', 'f.txt'), 'w') as f:
    f.write('data')
print(os.listdir(os.path.join(base, 'a')) in (['b', 'f.txt'], ['f.txt', 'b']))
for root, dirs, files in os.walk(base):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print(os.path.relpath(root, base))
with os.scandir(os.path.join(base, 'a')) as it:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
st = os.stat(os.path.join(base, 'a', 'f.txt'))
print(st.st_size, os.path.getsize(os.path.join(base, 'a', 'f.txt')))
os.rename(os.path.join(base, 'a', 'f.txt'), os.path.join(base, 'g.txt'))
print(sorted(os.listdir(base)))
os.remove(os.path.join(base, 'g.txt'))
os.removedirs(os.path.join(base, 'a', 'b'))
print(os.path.exists(base))

os.environ['EMBER_OS_VAR'] = 'v1'
print(os.environ['EMBER_OS_VAR'], os.getenv('EMBER_OS_VAR'), os.environb[b'EMBER_OS_VAR'])
print(os.popen('echo $EMBER_OS_VAR').read().strip())
del os.environ['EMBER_OS_VAR']
print(os.getenv('EMBER_OS_VAR', 'gone'), 'EMBER_OS_VAR' in os.environ)
print(os.fsencode('x'), os.fsdecode(b'y'), os.fspath('z'))
print(os.sep, os.pathsep, os.linesep == '\n', os.curdir, os.pardir, os.name, os.devnull)
print(os.stat in os.supports_dir_fd, os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks)
print(os.get_exec_path({'PATH': '/a:/b'}))
print(os.cpu_count() > 0, type(os.getpid()), os.getcwd() == os.path.abspath('.'))
try:
    os.listdir('/nonexistent/dir')
except FileNotFoundError as e:
    print(e)
