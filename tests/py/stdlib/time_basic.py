# time: clocks, struct_time, gmtime/localtime/mktime, asctime/ctime, strftime, time zone.
import time

t0, n0 = time.time(), time.time_ns()
print(type(t0).__name__, type(n0).__name__, abs(t0 - n0 / 1e9) < 5, t0 > 1.6e9)
for name in ['monotonic', 'perf_counter', 'process_time', 'thread_time']:
    a = getattr(time, name)()
    b = getattr(time, name + '_ns')()
    print(name, type(a).__name__, type(b).__name__, a >= 0, b >= 0)
m1 = time.monotonic(); time.sleep(0.01); m2 = time.monotonic()
print('slept', m2 - m1 >= 0.009, time.sleep(0))
print(time.clock_gettime(time.CLOCK_REALTIME) > 1.6e9, time.clock_gettime_ns(time.CLOCK_MONOTONIC) > 0,
      time.clock_getres(time.CLOCK_MONOTONIC), type(time.pthread_getcpuclockid(__import__('_thread').get_ident())).__name__
      if False else '')
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID,
      time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI, time._STRUCT_TM_ITEMS)
print(sorted(n for n in dir(time) if not n.startswith('__')))
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    print(time.get_clock_info(name))
info = time.get_clock_info('time')
print(info.implementation, info.monotonic, info.adjustable, info.resolution)

g = time.gmtime(1e9)
print(g)
print(len(g), g[0], g[-1], g[2:5], tuple(g), g.tm_year, g.tm_yday, g.tm_zone, g.tm_gmtoff)
print(g.n_fields, g.n_sequence_fields, g.n_unnamed_fields, type(g).__name__, type(g).__module__)
print(g == time.gmtime(1e9), g == tuple(g), g != time.gmtime(0))
for secs in [0, 1, -1, -1.5, 86399.999, 951782400, 2**31, 1700000000.7, -2**31, 253402300799]:
    print(secs, tuple(time.gmtime(secs)))
print(time.localtime(1e9), time.localtime(0).tm_zone)
print(time.mktime(time.localtime(1e9)), time.mktime((2001, 9, 9, 1, 46, 40, 0, 0, 0)), time.mktime((2020, 14, 40, 30, 0, 0, 0, 0, -1)))
print(time.asctime(time.gmtime(1e9)), time.asctime((2020, 1, 1, 0, 0, 0, 5, 0, 0)), time.asctime((2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime((-5, 1, 1, 0, 0, 0, 5, 0, 0)), time.asctime((12345, 12, 31, 23, 59, 61, 6, 366, 1)))
print(time.ctime(0), time.ctime(1e9), time.ctime(-86400.5))
print(type(time.asctime()).__name__, len(time.ctime()), type(time.localtime()).__name__, time.gmtime().tm_year > 2000)
fmt = '%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %Z %z %p %I %e %C %G %V %u %D %T %R %n%t %%'
print(repr(time.strftime(fmt, time.gmtime(1e9))))
print(repr(time.strftime(fmt, (2001, 9, 9, 1, 46, 40, 6, 252, 0))))
print(repr(time.strftime('%c | %x | %X', time.gmtime(1234567890))))
print(repr(time.strftime('', g)), repr(time.strftime('%', g)), repr(time.strftime('%Q %E %4Y %-d %_m', g)))
print(repr(time.strftime('%Y %j', (2020, 1, 1, 0, 0, 0, 0, 0, 0))), repr(time.strftime('x' * 3000 + '%Y', g))[-8:])
print(repr(time.strftime('%Y %j %a', (2020, 1, 1, 0, 0, 0, 6, 366, 0))), repr(time.strftime('héllo %Y', g)))
print(time.timezone, time.altzone, time.daylight, time.tzname, time.tzset())
st = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0))
print(st, st.tm_zone, st.tm_gmtoff, len(st))
st2 = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0, 'CET', 3600))
print(st2, st2.tm_zone, st2.tm_gmtoff, repr(time.strftime('%Z %z', st2)))
