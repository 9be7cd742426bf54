NAME = "namespace module"
