"""Facts across outlets: typed quantities, times, sources and descriptors with offsets into the
stored text (``extract``), gathered into collection-wide questions (``collate``).

Pure Python, no Qt and no database: the window, the command line and the reports all read the
same ``FactSheet``. docs/facts.md describes the model and its rules.
"""
