"""Import of article files into collections: readers, metadata, one transaction per import."""
