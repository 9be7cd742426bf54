# time zones: tzset rereads TZ (set with posix.putenv), and every conversion follows it.
import posix, time
for tz in ['EST+05EDT,M3.2.0,M11.1.0', 'UTC', 'Europe/Paris', 'Australia/Sydney', 'Asia/Kolkata', 'UTC0']:
    posix.putenv('TZ', tz)
    time.tzset()
    print(tz, time.timezone, time.altzone, time.daylight, time.tzname)
    lt = time.localtime(1e9)
    print(' ', lt, lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.strftime('%Z %z %c', lt), time.ctime(1.7e9))
    print(' ', time.localtime(1690000000), time.asctime(time.localtime(1700000000)))
