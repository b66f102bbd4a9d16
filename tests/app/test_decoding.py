"""Every encoding reviewers meet, decoded exactly; undecodable bytes are flagged, never replaced."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.ingest.decoding import DecodeProblem, arabic_score, decode_as, detect, normalise_encoding

SENTENCE = "أطلقت بيونغ يانغ صاروخين باليستيين، وليس صاروخًا واحدًا، وفق خفر السواحل."
SHORT_WORDS = ["في", "كيم", "صاروخين", "الخامسة والسبعين"]


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),  # with a BOM, little endian on this machine
        ("utf-32", "utf-32"),
        ("cp1256", "cp1256"),
    ],
)
def test_each_encoding_round_trips(encoding: str, detected: str) -> None:
    decoded = detect(SENTENCE.encode(encoding))
    assert decoded.text == SENTENCE
    assert decoded.encoding == detected


def test_utf16_big_endian_with_bom() -> None:
    data = b"\xfe\xff" + SENTENCE.encode("utf-16-be")
    assert detect(data).text == SENTENCE


def test_iso_8859_6_without_tashkeel() -> None:
    plain = "أطلقت بيونغ يانغ صاروخين باليستيين وفق خفر السواحل"  # ISO-8859-6 has no ً
    decoded = detect(plain.encode("iso8859-6"))
    assert (decoded.text, decoded.encoding, decoded.confident) == (plain, "iso8859-6", False)


@pytest.mark.parametrize("word", SHORT_WORDS)
@pytest.mark.parametrize("encoding", ["cp1256", "iso8859-6"])
def test_short_legacy_texts_are_not_garbled(word: str, encoding: str) -> None:
    assert detect(word.encode(encoding)).text == word


def test_undecodable_bytes_are_located_not_replaced() -> None:
    data = "سطر أول\n".encode() + b"caf\xe9 na\xefve\n"
    with pytest.raises(DecodeProblem) as info:
        detect(data)
    problem = info.value
    assert problem.line == 2
    assert problem.offset == len("سطر أول\n".encode()) + 3
    assert problem.snippet.startswith(b"\xe9")
    assert "\ufffd" not in str(problem.message)


def test_override_decodes_strictly_or_says_where() -> None:
    data = SENTENCE.encode("cp1256")
    assert decode_as(data, "windows-1256") == SENTENCE
    with pytest.raises(DecodeProblem, match="not valid utf-8"):
        decode_as(data, "UTF8")
    with pytest.raises(ValueError, match="unknown encoding"):
        normalise_encoding("klingon-1")
    assert normalise_encoding("ISO-8859-6") == "iso8859-6"


def test_arabic_score_prefers_the_right_code_page() -> None:
    data = SENTENCE.encode("cp1256")
    right = data.decode("cp1256")
    wrong = SENTENCE.replace("ً", "").encode("iso8859-6").decode("cp1256")
    assert arabic_score(right) > arabic_score(wrong)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_any_utf8_text_round_trips(text: str) -> None:
    assert detect(text.encode("utf-8")).text == text
