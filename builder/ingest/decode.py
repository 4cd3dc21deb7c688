"""Bytes to clean text: byte-order marks, UTF-16, legacy code pages, binary files.

``decode`` either returns NFC-normalised text with ``\\n`` line ends and no
control characters, or raises ``ValueError`` whose message is the reason the
file is skipped ("binary file (...)", "not text in any known encoding").
"""
from __future__ import annotations

import codecs
import re
import unicodedata

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Signatures of common binary formats, named in the skip reason.
MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "old Office document"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"{\\rtf", "RTF document"),
)
# C0/C1 control characters other than tab and newline; they never belong in article text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?|[\x0c\x85\u2028\u2029]")
# Invisible characters that only hide or reorder text: zero-width space, word joiner, a byte-order mark
# inside the text, and the bidirectional embeddings, overrides and isolates (a title could show
# reversed). The joiners of scripts that need them (U+200C, U+200D) and the LRM/RLM marks are kept.
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
# Share of control characters above which decoded "text" is really binary data.
MAX_CONTROL_SHARE = 0.01


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8/16/32 (BOM allowed), else the detected charset; NFC-normalised.

    Raises ValueError naming the problem when the bytes are not text.
    """
    text = _decode_raw(data)
    return clean_text(text)


def clean_text(text: str) -> str:
    """Unify line ends, drop control and invisible formatting characters and NFC-normalise."""
    text = _NEWLINES.sub("\n", text)
    if _CONTROL.search(text):
        controls = len(_CONTROL.findall(text))
        if controls > MAX_CONTROL_SHARE * len(text):
            raise ValueError(f"binary file ({controls} control characters)")
        text = _CONTROL.sub("", text)
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


def drop_invisible(text: str) -> str:
    """The text without zero-width and bidirectional control characters (see _INVISIBLE)."""
    return _INVISIBLE.sub("", text)


def _decode_raw(data: bytes) -> str:
    """Pick the encoding: BOM, then UTF-16 without BOM, then UTF-8, then detection."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ValueError(f"binary file (not valid {encoding.upper()} after its byte-order mark)") from exc
    for magic, name in MAGIC:
        if data.startswith(magic):
            raise ValueError(f"binary file (looks like {name})")
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise ValueError("binary file (contains NUL bytes)")
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise ValueError("binary file (contains NUL bytes)") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on every other byte (ASCII-range UTF-16), else None."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    half = len(sample) // 2
    if odd >= 0.8 * half and even == 0:
        return "utf-16-le"
    if even >= 0.8 * half and odd == 0:
        return "utf-16-be"
    return None


_HIGH_BYTES = bytes(range(0x80, 0x100))
_ASCII_LETTERS = re.compile(rb"[A-Za-z]")


def _detect(data: bytes) -> str:
    """Decode non-UTF-8 bytes: CP1252 for mostly-ASCII Western text, else charset-normalizer.

    Detectors guess badly on short Western text with a few accents or curly
    quotes, and that is what legacy news files usually are. Text in non-Latin
    legacy code pages (KOI8-R, CP1251, Shift-JIS...) has runs of high bytes, so a
    low share of them is a cheap, reliable sign of CP1252/Latin-1.
    """
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    letters = len(_ASCII_LETTERS.findall(data))
    if high <= 0.3 * (letters + high):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    # charset-normalizer gives up on very short or mixed samples; CP1252 is the usual culprit.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ValueError("binary file (not text in any known encoding)") from exc
