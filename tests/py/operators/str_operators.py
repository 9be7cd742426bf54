# + * % in == < on strings.
s = "ab"
print(s + "cd", s * 3, 3 * s, s * 0, s * -1, "" * 5)
print("b" in s, "ba" in s, s == "ab", s < "b", s >= "ab")
print("%s-%d-%05.2f-%x-%r" % ("s", 42, 3.14159, 255, "q"))
print("%(a)s and %(b)d" % {"a": "x", "b": 7})
print("%5s|%-5s|%c|%%|%o|%e" % ("r", "l", 65, 8, 12345.678))
print("%+d % d %3d%%" % (5, 5, 50))
print("%.3s" % "abcdef", "%i" % 3.9, "%X" % 3054)
print("%s" % [1, 2], "%s" % (1,), "%r %a" % ("é", "é"))
