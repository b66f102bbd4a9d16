"""Text utilities shared by import, comparison and display: pure functions, no I/O."""
