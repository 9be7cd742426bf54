# subprocess: run with captured output, check, input, errors, Popen
import subprocess
import sys

r = subprocess.run(['echo', 'hello'], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run(['cat'], input=b'piped in', capture_output=True)
print(r.stdout)
r = subprocess.run('echo $((6*7))', shell=True, stdout=subprocess.PIPE, text=True)
print(r.stdout.strip())
print(subprocess.check_output(['printf', 'a\\nb']).splitlines())
print(subprocess.call(['true']), subprocess.call(['false']))
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e.returncode, e)
try:
    subprocess.run(['/nonexistent/program'])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.run(['pwd'], cwd='/nonexistent-dir')
except FileNotFoundError as e:
    print(type(e).__name__, e.filename)
r = subprocess.run(['pwd'], cwd='/tmp', capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(['sh', '-c', 'echo $X'], env={'X': 'from env'}, capture_output=True, text=True)
print(r.stdout.strip())
p = subprocess.Popen(['sh', '-c', 'read x; echo got $x'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b'line\n')
print(out, p.returncode, p.poll())
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, round(e.timeout, 1))
print(subprocess.getoutput('echo hi'), subprocess.getstatusoutput('exit 2'))
