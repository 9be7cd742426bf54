# tempfile and glob over a temporary directory
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.dirname(d) == tempfile.gettempdir())
    for name in ['a.py', 'b.py', 'c.txt', '.hidden.py']:
        open(os.path.join(d, name), 'w').close()
    os.mkdir(os.path.join(d, 'sub'))
    open(os.path.join(d, 'sub', 'd.py'), 'w').close()
    rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
    print(rel(glob.glob(os.path.join(d, '*.py'))))
    print(rel(glob.glob(os.path.join(d, '**', '*.py'), recursive=True)))
    print(rel(glob.glob(os.path.join(d, '?.txt'))), rel(glob.glob(os.path.join(d, '[ab].py'))))
    print(sorted(glob.glob('*.py', root_dir=d)), glob.escape('a[b]*'))
    fd, path = tempfile.mkstemp(suffix='.dat', dir=d)
    os.write(fd, b'xyz')
    os.close(fd)
    print(path.endswith('.dat'), os.path.getsize(path))
    with tempfile.NamedTemporaryFile(dir=d, delete=True) as f:
        f.write(b'hello')
        f.flush()
        print(os.path.exists(f.name), os.path.getsize(f.name))
    print(os.path.exists(f.name))
    with tempfile.TemporaryFile() as f:
        f.write(b'abc')
        f.seek(0)
        print(f.read())
    sub = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(sub), oct(os.stat(sub).st_mode & 0o777))
print(os.path.exists(d))
