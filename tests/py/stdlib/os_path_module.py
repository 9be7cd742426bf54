# os.path (posixpath and genericpath) over the real file system
import os
import os.path

print(os.path.join('/a', 'b', 'c'), os.path.join('a', '/b'), os.path.split('/a/b/c'), os.path.splitext('x.tar.gz'))
print(os.path.basename('/a/b'), os.path.dirname('/a/b'), os.path.normpath('/a/./b/../c//d'), os.path.isabs('/x'))
print(os.path.abspath('/a/b/../c'), os.path.relpath('/a/b/c', '/a'), os.path.commonpath(['/a/b', '/a/c']))
print(os.path.expanduser('~') == os.environ.get('HOME', os.path.expanduser('~')))
os.environ['EMBER_P'] = 'val'
print(os.path.expandvars('$EMBER_P/${EMBER_P}/$NOPE_NOT_SET'))
base = '/tmp/ember_os_path_%d' % os.getpid()
os.mkdir(base)
f = os.path.join(base, 'file')
open(f, 'w').close()
os.symlink(f, os.path.join(base, 'link'))
os.symlink('/nonexistent', os.path.join(base, 'broken'))
for p in ['file', 'link', 'broken', 'missing', '']:
    q = os.path.join(base, p)
    print(repr(p), os.path.exists(q), os.path.lexists(q), os.path.isfile(q), os.path.isdir(q), os.path.islink(q))
print(os.path.realpath(os.path.join(base, 'link')) == f, os.path.samefile(f, os.path.join(base, 'link')))
print(os.path.getmtime(f) == os.stat(f).st_mtime, os.path.ismount('/'), os.path.ismount(base))
for p in ['file', 'link', 'broken']:
    os.unlink(os.path.join(base, p))
os.rmdir(base)
print(os.path.exists(base))
