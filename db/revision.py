"""The schema revision this version of Tabayun writes (the newest migration), importable
without SQLAlchemy (the command line's quick paths read it)."""

HEAD_REVISION = "0014"
