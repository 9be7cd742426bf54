# datetime.py (pure Python) over the native time and math modules.
import datetime as dt
import time

d = dt.datetime(2020, 2, 29, 13, 45, 30, 123456)
print(d, repr(d), d.isoformat(), d.timetuple())
print(d.strftime('%Y-%m-%d %H:%M:%S.%f %a %A %b %j %U %W %p %%'), d.ctime())
print(dt.datetime.utcfromtimestamp(1e9), dt.datetime.fromtimestamp(1234567890.5, dt.timezone.utc))
print(dt.datetime.fromtimestamp(0, dt.timezone(dt.timedelta(hours=5, minutes=30))).isoformat())
print(d.timestamp() if d.tzinfo else dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc).timestamp())
print(dt.date(2024, 3, 1) - dt.date(2023, 3, 1), dt.date.fromordinal(738000), tuple(dt.date(2020, 1, 1).isocalendar()))
td = dt.timedelta(days=1.5, seconds=-3, microseconds=7)
print(td, repr(td), td.total_seconds(), td * 1.5, td / 3, td // dt.timedelta(hours=1), abs(-td))
print(dt.datetime(2000, 1, 1) + dt.timedelta(weeks=52, hours=-1), dt.date.fromisoformat('2021-12-31').weekday())
print(dt.time(23, 59, 59, 999999).isoformat(), dt.datetime.fromisoformat('2011-11-04T00:05:23.283+04:00'))
print(dt.datetime(2020, 5, 17, 10, 20, 30).utctimetuple(), dt.datetime.combine(dt.date(2020, 1, 2), dt.time(3, 4)))
print(type(dt.datetime.now()).__name__, dt.datetime.now().year > 2000, type(dt.date.today()).__name__)
print(time.strftime('%Y', dt.date(1999, 12, 31).timetuple()), dt.datetime(1970, 1, 2, tzinfo=dt.timezone.utc).timestamp())
