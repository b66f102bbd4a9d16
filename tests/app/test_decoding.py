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
    assert (problem.count, problem.replaceable) == (2, True)  # UTF-8 with two bad bytes
    assert "e9 20 6e 61" in str(problem.message)


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


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=200))
def test_any_utf8_text_round_trips(text: str) -> None:
    assert detect(text.encode("utf-8")).text == text


ARTICLE = (SENTENCE + "\n") * 40  # a real-sized text: ~3 kB of Arabic


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_one_stray_byte_in_utf8_is_reported_never_read_as_cp1256(where: float) -> None:
    data = ARTICLE.encode()
    cut = int(len(data) * where)
    while 0x80 <= data[cut] <= 0xBF:  # between two characters
        cut += 1
    damaged = data[:cut] + b"\xff" + data[cut:]
    with pytest.raises(DecodeProblem) as info:
        detect(damaged)
    problem = info.value
    assert (problem.offset, problem.count, problem.replaceable) == (cut, 1, True)
    assert problem.line == damaged[:cut].count(b"\n") + 1
    replaced = decode_as(damaged, "utf-8:replace")
    assert replaced == ARTICLE[: len(data[:cut].decode())] + "\ufffd" + data[cut:].decode()


def test_a_cut_last_character_is_reported_as_cut() -> None:
    text = ARTICLE.rstrip(".\n")
    data = text.encode()[:-1]  # the last letter's second byte is missing
    with pytest.raises(DecodeProblem, match="last character is cut off") as info:
        detect(data)
    assert info.value.offset == len(data) - 1
    assert decode_as(data, "UTF8:replace") == text[:-1] + "\ufffd"


def test_mojibake_is_never_a_candidate() -> None:
    """UTF-8 with a few bad bytes would read as «طھط¹ظ‡ط¯…» in cp1256: refused, whatever the
    number of bad bytes, as long as most of the non-ASCII bytes are valid UTF-8."""
    data = bytearray(ARTICLE.encode())
    for position in range(100, len(data), 400):  # a bad byte every 400: 8 in all
        while 0x80 <= data[position] <= 0xBF:
            position += 1
        data[position : position + 1] = b"\xff" + data[position : position + 1]
    with pytest.raises(DecodeProblem, match="not valid UTF-8"):
        detect(bytes(data))


def test_legacy_code_pages_are_still_detected_on_long_texts() -> None:
    for encoding in ("cp1256", "iso8859-6"):
        text = ARTICLE.replace("ً", "")
        decoded = detect(text.encode(encoding))
        assert (decoded.text, decoded.encoding) == (text, encoding)


def test_stray_nul_bytes_say_how_many_and_where() -> None:
    data = ARTICLE.encode()
    damaged = data[:50] + b"\x00" + data[50:300] + b"\x00\x00" + data[300:]
    with pytest.raises(DecodeProblem, match=r"NUL bytes.*3 in all.*position 50") as info:
        detect(damaged)
    assert info.value.replaceable
    assert decode_as(damaged, "utf-8:replace").count("\ufffd") == 3


def test_replace_is_only_for_utf8() -> None:
    assert normalise_encoding("utf8:replace") == "utf-8:replace"
    with pytest.raises(ValueError, match="unknown encoding"):
        normalise_encoding("cp1256:replace")


@given(st.text(alphabet=st.characters(min_codepoint=0x621, max_codepoint=0x64A), min_size=40))
def test_any_cp1256_arabic_is_never_taken_for_damaged_utf8(text: str) -> None:
    text = " ".join(text[i : i + 5] for i in range(0, len(text), 5))
    try:
        data = text.encode("cp1256")
    except UnicodeEncodeError:
        return
    assert detect(data).text == text
