# time's errors: argument types, counts, ranges and messages.
import time

def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
    else:
        print(f.__name__, 'ok', type(r).__name__)

t(time.mktime, (2020, 1, 1, 0, 0, 0.5, 0, 0, 0)); t(time.mktime, (2020, 1, 1, 0, 0, 0, 0, 0))
t(time.mktime, [2020, 1, 1, 0, 0, 0, 0, 0, 0]); t(time.mktime, (2020, 1, 1, 0, 0, 'a', 0, 0, 0))
t(time.mktime); t(time.mktime, 1, 2); t(time.mktime, (2**40, 1, 1, 0, 0, 0, 0, 0, 0))
t(time.mktime, (-2**31, 1, 1, 0, 0, 0, 0, 0, 0)); t(time.mktime, (-2**40, 1, 1, 0, 0, 0, 0, 0, 0))
t(time.strftime, '%Y', (2020, 13, 1, 0, 0, 0, 0, 0, 0)); t(time.strftime, 1); t(time.strftime)
t(time.strftime, '%Y', 5); t(time.strftime, '%Y', (2020,) * 8); t(time.strftime, '%Y', (1e3, 1, 1, 0, 0, 0, 0, 0, 0))
t(time.strftime, 'x\x00y', (2001, 9, 9, 1, 46, 40, 6, 252, 0)); t(time.strftime, '%Y', (2020, 1, 1, 0, 0, 0, 0, 400, 0))
t(time.strftime, '%Y', (2020, 1, 32, 0, 0, 0, 0, 0, 0)); t(time.strftime, '%Y', (2020, 1, 1, 0, 60, 0, 0, 0, 0))
t(time.strftime, '%Y', (2020, 1, 1, 0, 0, 62, 0, 0, 0)); t(time.strftime, '%Y', (2020, 1, 1, -1, 0, 0, 0, 0, 0))
t(time.strftime, '%Y', (2020, 1, 1, 0, 0, 0, -2, 0, 0)); t(time.strftime, '%Y', (2020, 1, -1, 0, 0, 0, 0, 0, 0))
t(time.strftime, '%Y', (2020, 1, 1, 0, 0, 0, 0, 0, 5)); t(time.strftime, '%Y', (2020, 1, 1, 0, 0, 0, 0, 0, 0), 1)
t(time.asctime, (2020, 1, 1, 0, 0, 0, -2, 0, 0)); t(time.asctime, (2020, 1, 1, 24, 0, 0, 0, 0, 0)); t(time.asctime, 1, 2)
t(time.asctime, 'abc'); t(time.ctime, 'a'); t(time.ctime, float('nan')); t(time.ctime, 1e30); t(time.ctime, 1, 2)
t(time.gmtime, 1e30); t(time.gmtime, 10**20); t(time.gmtime, 10**17); t(time.gmtime, 1, 2); t(time.gmtime, x=1)
t(time.gmtime, '1'); t(time.gmtime, None); t(time.localtime, 1, 2); t(time.localtime, float('inf')); t(time.localtime, -1e300)
t(time.sleep, -1); t(time.sleep, -0.5); t(time.sleep, 'a'); t(time.sleep, float('nan')); t(time.sleep, 1e30)
t(time.sleep); t(time.sleep, 10**30); t(time.sleep, x=1)
t(time.get_clock_info, 'x'); t(time.get_clock_info); t(time.get_clock_info, 1)
t(time.time, 1); t(time.time_ns, 1); t(time.tzset, 1); t(time.monotonic, x=1)
t(time.clock_gettime); t(time.clock_gettime, 99); t(time.clock_getres, 'a'); t(time.clock_gettime, 1.5)
t(time.clock_settime, time.CLOCK_MONOTONIC, 0); t(time.struct_time, (1, 2, 3)); t(time.struct_time, tuple(range(12)))
t(time.struct_time, 5)
