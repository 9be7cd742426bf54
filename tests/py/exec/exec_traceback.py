# An exception escaping exec'd code shows the <string> frame in the traceback.
def run():
    exec('def inner():\n    return 1 / 0\ninner()')
run()
