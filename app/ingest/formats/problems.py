"""What a reader says when a file is not an article it can read."""

from __future__ import annotations

from app.messages import Message


class FileProblem(Exception):  # noqa: N818 - a finding about the file
    """The file cannot be taken in; ``message`` says why (a Message the window translates)."""

    def __init__(self, message: str | Message) -> None:
        super().__init__(str(message))
        self.message = message
