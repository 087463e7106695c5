#!/usr/bin/env python3
"""Writes hanzi.txt, the collation table NameOrder carries (run once; the output is checked in).

Names are ordered by pinyin or by stroke count (姓氏笔画) from this table, never by the machine's locale: the runtime
runs in invariant-globalization mode, and the same sources must give the same site on every machine.

    python3 make_hanzi.py UNIHAN_DIR > hanzi.txt

UNIHAN_DIR holds the Unihan database of Unicode 15.0.0 as Debian's `unicode-data` package ships it
(/usr/share/unicode/Unihan_*.txt.bz2; `apt-get download unicode-data`, or Unihan.zip from unicode.org):
- Unihan_Readings.txt, kMandarin: a character's reading; of two, the first (the one customary in zh-Hans);
- Unihan_IRGSources.txt, kTotalStrokes: its stroke count; of two, the first (zh-Hans).
Only the unified block (U+4E00–9FFF, every character of GB 2312 and GBK) is kept: a rarer character sorts after it
by code point.

The table has two parts. `pinyin`: one line a reading, `SYLLABLE TONE CHARACTERS`, the lines in the order of
《汉语拼音方案》's alphabet as dictionaries order syllables — ü sorts as u, then after it (lu, lü, luan, lüe) — and then by
tone (1–4, 5 the neutral tone); the characters in code point order. `strokes`: one line a stroke count,
`COUNT CHARACTERS`.
"""
import bz2
import os
import sys
import unicodedata

TONES = {'\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4}


def field(path, name):
    values = {}
    with bz2.open(path, 'rt', encoding='utf-8') as lines:
        for line in lines:
            if line.startswith('#') or not line.strip():
                continue
            code, key, value = line.rstrip('\n').split('\t')
            cp = int(code[2:], 16)
            if key == name and 0x4E00 <= cp <= 0x9FFF:
                values[chr(cp)] = value.split()[0]
    return values


def syllable(reading):
    """zhāng → ('zhang', 1); lǘ → ('lü', 2)."""
    letters, tone = [], 5
    for ch in unicodedata.normalize('NFD', reading):
        if ch in TONES:
            tone = TONES[ch]
        elif ch == '\u0308':
            letters[-1] = 'ü'
        else:
            letters.append(ch)
    return ''.join(letters), tone


def order(key):
    text, tone = key
    return (text.replace('ü', 'u'), text, tone)


def main(unihan):
    readings = field(os.path.join(unihan, 'Unihan_Readings.txt.bz2'), 'kMandarin')
    strokes = field(os.path.join(unihan, 'Unihan_IRGSources.txt.bz2'), 'kTotalStrokes')
    by_reading, by_strokes = {}, {}
    for ch, reading in readings.items():
        by_reading.setdefault(syllable(reading), []).append(ch)
    for ch, count in strokes.items():
        by_strokes.setdefault(int(count), []).append(ch)
    out = sys.stdout
    out.write('# Pinyin and stroke order of the CJK unified ideographs (U+4E00–9FFF). Written by make_hanzi.py from\n'
              '# the Unihan database of Unicode 15.0.0 (kMandarin, kTotalStrokes); see that script. Do not edit by hand.\n')
    out.write('pinyin\n')
    for key in sorted(by_reading, key=order):
        out.write(f'{key[0]} {key[1]} {"".join(sorted(by_reading[key]))}\n')
    out.write('strokes\n')
    for count in sorted(by_strokes):
        out.write(f'{count} {"".join(sorted(by_strokes[count]))}\n')


if __name__ == '__main__':
    main(sys.argv[1])
