# time.strptime goes through the pure-Python _strptime module.
import time

print(time.strptime('2020-03-04 05:06', '%Y-%m-%d %H:%M'))
print(time.strptime('Mon Jan  6 12:00:01 2020'))
print(tuple(time.strptime('31/12/99 23:59', '%d/%m/%y %H:%M')))
for args in [('2020', '%d'), (5, '%Y'), ('2020',), ('x', 'x', 'x')]:
    try:
        time.strptime(*args)
    except Exception as e:
        print(type(e).__name__, e)
