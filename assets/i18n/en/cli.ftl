# The subcommands: their output, their errors and their --help.
