"""A directory of its own under /tmp for a case's files, removed at the end."""
import posix


def remove_dir(d):
    """Removes directory `d` and the files in it, if it exists."""
    try:
        for name in posix.listdir(d):
            posix.unlink(d + "/" + name)
        posix.rmdir(d)
    except FileNotFoundError:
        pass


def scratch_dir(case):
    """A new, empty directory for `case` (left over from an earlier run: emptied)."""
    d = "/tmp/ember-io-" + case
    remove_dir(d)
    posix.mkdir(d)
    return d


def gone(d):
    """Whether `d` no longer exists."""
    return d.rsplit("/", 1)[1] not in posix.listdir("/tmp")
