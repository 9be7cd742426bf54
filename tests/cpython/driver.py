"""Runs one file of CPython's test suite with unittest and prints its counts.

Usage (under the runtime being measured): driver.py TEST_NAME   (e.g. test_int)

The last line of stdout is the repr of a dict: run, failures, errors, skipped,
expected_failures, unexpected_successes, and causes (the final line of each failure or
error's traceback, to group failures by cause). When the test module cannot even be
imported, run is 0 and 'import_error' holds the reason. Written to need little of the
runtime: no json, only unittest and what the test itself imports.
"""

import sys
import unittest


class CountingResult(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.causes = []

    def _cause(self, err, test):
        try:
            text = self._exc_info_to_string(err, test)
        except Exception as e:  # the runtime failed formatting it: say so
            text = f"(traceback not formatted: {type(e).__name__}: {e})"
        lines = [l for l in text.strip().splitlines() if l.strip()]
        return lines[-1][:200] if lines else "?"

    def addError(self, test, err):
        super().addError(test, err)
        self.causes.append(("error", str(test)[:120], self._cause(err, test)))

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.causes.append(("failure", str(test)[:120], self._cause(err, test)))


def main():
    name = sys.argv[1]
    report = {"run": 0, "failures": 0, "errors": 0, "skipped": 0,
              "expected_failures": 0, "unexpected_successes": 0, "causes": []}
    try:
        suite = unittest.defaultTestLoader.loadTestsFromName("test." + name)
    except BaseException as e:  # the module did not import
        report["import_error"] = f"{type(e).__name__}: {e}"[:300]
        print(repr(report))
        return
    result = CountingResult()
    try:
        suite.run(result)
    except BaseException as e:
        report["crash"] = f"{type(e).__name__}: {e}"[:300]
    report.update(run=result.testsRun, failures=len(result.failures),
                  errors=len(result.errors), skipped=len(result.skipped),
                  expected_failures=len(result.expectedFailures),
                  unexpected_successes=len(result.unexpectedSuccesses),
                  causes=result.causes)
    sys.stdout.flush()
    print(repr(report))


main()
