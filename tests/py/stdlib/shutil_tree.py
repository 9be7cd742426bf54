# shutil: copy files and trees, move, rmtree (with dir_fd), which, disk_usage
import os
import shutil

base = '/tmp/ember_shutil_%d' % os.getpid()
src = os.path.join(base, 'src')
os.makedirs(os.path.join(src, 'sub'))
with open(os.path.join(src, 'a.txt'), 'w') as f:
    f.write('alpha')
with open(os.path.join(src, 'sub', 'b.txt'), 'w') as f:
    f.write('beta')
os.chmod(os.path.join(src, 'a.txt'), 0o640)
print(shutil.copy(os.path.join(src, 'a.txt'), base) == os.path.join(base, 'a.txt'))
print(oct(os.stat(os.path.join(base, 'a.txt')).st_mode & 0o777))
shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(base, 'c.txt'))
shutil.copy2(os.path.join(src, 'a.txt'), os.path.join(base, 'd.txt'))
print(os.stat(os.path.join(base, 'd.txt')).st_mtime == os.stat(os.path.join(src, 'a.txt')).st_mtime)
shutil.copytree(src, os.path.join(base, 'dst'))
for root, dirs, files in sorted(os.walk(os.path.join(base, 'dst'))):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
shutil.move(os.path.join(base, 'dst'), os.path.join(base, 'moved'))
print(sorted(os.listdir(base)))
try:
    shutil.copytree(src, os.path.join(base, 'moved'))
except FileExistsError as e:
    print(type(e).__name__)
print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'))
print(shutil.disk_usage('/').total > 0)
shutil.rmtree(base)
print(os.path.exists(base))
try:
    shutil.rmtree(base)
except FileNotFoundError as e:
    print(type(e).__name__, e.filename == base)
shutil.rmtree(base, ignore_errors=True)
print(shutil.get_terminal_size((80, 24)).columns > 0)
