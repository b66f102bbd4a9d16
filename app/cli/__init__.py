"""The ``tabayun`` command line (``main``) and its subcommands, one module each."""
