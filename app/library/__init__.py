"""The library: the stored articles read as plain records, searched, and edited by the reviewer."""
