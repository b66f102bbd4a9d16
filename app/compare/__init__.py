"""The comparison engine: segments, alignment across N articles, word diffs and fact flags.

Pure Python on plain records; offsets are code points into the stored article texts.
"""
