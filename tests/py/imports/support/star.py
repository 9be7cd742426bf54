public = 1
_private = 2
another = 3
