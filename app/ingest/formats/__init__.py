"""One reader per file format. Each takes the file's bytes and returns article drafts."""
