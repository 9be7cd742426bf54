# pure-Python standard-library modules that need no native helpers
import keyword, bisect, heapq, colorsys
print(keyword.iskeyword("for"), keyword.iskeyword("x"), len(keyword.kwlist) > 30)
a = [1, 3, 5, 7]
bisect.insort(a, 4)
print(a, bisect.bisect_left(a, 5), bisect.bisect_right(a, 5))
h = [5, 1, 4, 2, 3]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(5)])
print(heapq.nlargest(2, [3, 9, 1, 7]), heapq.nsmallest(2, [3, 9, 1, 7]))
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4))
print(keyword.__name__, keyword.__spec__.name, keyword.__file__.endswith("keyword.py"))
