# input() reads lines from stdin (fed from input_builtin.in) and raises EOFError at the end.
name = input()
print("hello", name)
age = int(input("age? "))
print("next year", age + 1)
print(repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
