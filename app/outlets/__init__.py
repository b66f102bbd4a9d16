"""Outlets: who published an article. The table of known outlets and agencies, the detection
chain that names an article's outlet (never inventing one), and the reviewer's corrections."""
