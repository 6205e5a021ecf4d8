#!/usr/bin/env python3
"""Writes the table of Mandarin readings that search uses to find Chinese names by pinyin.

    python3 scripts/generate-pinyin-table.py           # rewrite Sources/OKRSearch/PinyinReadings.swift
    python3 scripts/generate-pinyin-table.py --check   # exit 1 if that file is not what this writes

The readings are the Unicode Character Database's: the `kMandarin` field of
`Unihan_Readings.txt` (Debian's `unicode-data` package puts it in /usr/share/unicode/), the
customary reading of each ideograph first. Tones are dropped, as people type names without
them; ü is kept as `v`, the way pinyin keyboards take it. The table covers CJK Unified
Ideographs and Extension A (U+3400 to U+9FFF), where names are written.
"""
import bz2
import os
import sys
import unicodedata

from generated_file import write_or_check

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SOURCE = "/usr/share/unicode/Unihan_Readings.txt.bz2"
TARGET = os.path.join(ROOT, "Sources", "OKRSearch", "PinyinReadings.swift")
FIRST, LAST = 0x3400, 0x9FFF
# Two symbols per code point: 64 × 64 syllable numbers, 0 meaning no reading.
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/"


def toneless(reading):
    """'lǜ' → 'lv', 'chén' → 'chen'."""
    # ǚ decomposes to u, diaeresis, caron: the diaeresis makes the v.
    reading = unicodedata.normalize("NFD", reading.lower()).replace("u\u0308", "v")
    return "".join(c for c in reading if not unicodedata.combining(c))


def readings():
    with bz2.open(SOURCE, "rt", encoding="utf-8") as source:
        for line in source:
            if line.startswith("#") or "\tkMandarin\t" not in line:
                continue
            code, _, value = line.rstrip("\n").split("\t")
            point = int(code[2:], 16)
            if FIRST <= point <= LAST:
                yield point, toneless(value.split()[0])


def render():
    table = dict(readings())
    syllables = sorted(set(table.values()))
    assert len(syllables) < len(ALPHABET) ** 2
    number = {syllable: index + 1 for index, syllable in enumerate(syllables)}
    symbols = []
    for point in range(FIRST, LAST + 1):
        value = number.get(table.get(point), 0)
        symbols.append(ALPHABET[value // 64] + ALPHABET[value % 64])
    encoded = "".join(symbols)
    lines = [encoded[start:start + 96] for start in range(0, len(encoded), 96)]
    words = []
    line = "       "
    for syllable in syllables:
        item = f' "{syllable}",'
        if len(line) + len(item) > 100:
            words.append(line)
            line = "       "
        line += item
    words.append(line)
    return (
        "// Written by scripts/generate-pinyin-table.py from the Unicode Character Database's\n"
        "// Unihan_Readings.txt (kMandarin, tones dropped, ü as v); do not edit.\n"
        "// The readings are Unicode data: © Unicode, Inc., used under the Unicode terms of use\n"
        "// (https://www.unicode.org/terms_of_use.html, https://www.unicode.org/license.txt).\n"
        "enum PinyinReadings {\n"
        f"    static let first: UInt32 = 0x{FIRST:X}\n"
        f"    static let last: UInt32 = 0x{LAST:X}\n"
        "    /// Syllable 1 is the first of these; 0 means no reading.\n"
        "    static let syllables: [String] = [\n"
        + "\n".join(words) + "\n"
        "    ]\n"
        f"    static let alphabet = \"{ALPHABET}\"\n"
        "    /// Two symbols of `alphabet` per code point from `first` to `last`: its syllable's\n"
        "    /// number, high symbol first.\n"
        '    static let table = """\n'
        + "".join(f"    {line}\\\n" for line in lines[:-1]) + f"    {lines[-1]}\n"
        '    """\n'
        "}\n"
    )


def main():
    write_or_check(TARGET, render(), "python3 scripts/generate-pinyin-table.py")

if __name__ == "__main__":
    main()
