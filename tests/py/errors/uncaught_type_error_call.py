# Uncaught TypeError from a bad call shows the function's qualified name.
def configure(host, port):
    return f"{host}:{port}"
print(configure("localhost", 80))
print(configure("localhost"))
