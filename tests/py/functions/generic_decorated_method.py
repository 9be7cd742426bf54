# Decorating methods and functions with closures that keep state.
def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@count_calls
def ping():
    return "pong"
class Service:
    @count_calls
    def handle(self, x):
        return x * 2
ping(); ping()
s = Service()
print(s.handle(4), s.handle(5))
print(ping.calls, Service.handle.calls)
