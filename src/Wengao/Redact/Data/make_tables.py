#!/usr/bin/env python3
"""Writes fold.txt and variants.txt, the tables ReadingFold carries (run once; the output is checked in).

The runtime runs in invariant-globalization mode, where string.Normalize leaves non-ASCII text as it is,
so the build carries the part of Unicode normalisation that matters for reading a name as a reader does.

    python3 make_tables.py UCD_DIR OPENCC_DICTIONARY_DIR

- fold.txt, from the Unicode Character Database (Python's unicodedata, Unicode 14.0.0) and
  UCD_DIR/EquivalentUnifiedIdeograph.txt (Unicode 14.0.0, UAX #44):
  * CJK compatibility ideographs (U+F900–FAFF, U+2F800–2FA1F) → their canonical unified ideograph;
  * Kangxi radicals (U+2F00–2FDF) → their compatibility decomposition; CJK radicals supplement
    (U+2E80–2EFF) and CJK strokes → Equivalent_Unified_Ideograph;
  * every other character whose NFKC form is one letter, digit or ideograph (full-width ＷＡＮＧ, 𝐰𝐚𝐧𝐠,
    ㊎, ﬃ is not one character and stays) → that character;
  * letters with diacritics (Wáng, ǚ) → the letter without them (their canonical decomposition's base);
  * Cyrillic, Greek and Armenian letters drawn like Latin ones (а е о р с у х, ο ρ ν, ո ս օ …) and dotless ı ȷ,
    iota ɩ, alpha ɑ (UTS #39 prototypes) → Latin.
- variants.txt, traditional and variant forms → simplified, from OpenCC 1.4.2 (Apache-2.0, `npm pack opencc@1.4.2`,
  package/data/dictionary): TSCharacters.txt (the first value of each line other than the key), and TWVariants.txt / HKVariants.txt read
  backwards (a Taiwan or Hong Kong form → OpenCC's traditional form → simplified), and JPShinjitaiCharacters.txt
  read backwards for the Japanese forms Chinese text does not use itself (沢 → 澤 → 泽; see variants_table); and the
  kana and bopomofo drawn as ideographs (CJK_HOMOGLYPHS: カ → 力).
"""
import os
import sys
import unicodedata as ud

# Cyrillic and Greek letters whose glyphs are those of Latin letters (UTS #39 confusables, Latin prototypes).
HOMOGLYPHS = {
    # Cyrillic
    'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'һ': 'h', 'і': 'i', 'ї': 'i', 'ј': 'j', 'к': 'k', 'м': 'm', 'н': 'h',
    'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'ѕ': 's', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l',
    'ү': 'y', 'ɡ': 'g',
    # Armenian
    'օ': 'o', 'ս': 'u', 'ո': 'n', 'հ': 'h', 'ց': 'g', 'զ': 'q',
    # Latin letters drawn like others: dotless ı and ȷ, iota ɩ, alpha ɑ
    'ı': 'i', 'ȷ': 'j', 'ɩ': 'i', 'ɑ': 'a',
    'А': 'A', 'В': 'B', 'Е': 'E', 'Ё': 'E', 'Һ': 'H', 'І': 'I', 'Ї': 'I', 'Ј': 'J', 'К': 'K', 'М': 'M', 'Н': 'H',
    'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'У': 'Y', 'Х': 'X', 'Ѕ': 'S', 'Ԁ': 'D', 'Ԛ': 'Q', 'Ԝ': 'W', 'Ӏ': 'I',
    'Ү': 'Y',
    # Greek
    'α': 'a', 'γ': 'y', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x', 'ϲ': 'c',
    'ϳ': 'j',
    'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P',
    'Τ': 'T', 'Υ': 'Y', 'Χ': 'X', 'Ϲ': 'C', 'Ϳ': 'J',
}

# Kana and bopomofo drawn as ideographs (UTS #39 confusables, ideograph prototypes): 铁骑カ士 reads 铁骑力士 to the eye.
# Written to variants.txt, the table of what an ideograph is read as; half-width kana (ｶ) reach them through fold.txt.
CJK_HOMOGLYPHS = {
    'エ': '工', 'カ': '力', 'ロ': '口', 'ニ': '二', 'ハ': '八', 'ト': '卜', 'タ': '夕', 'ー': '一',
    'ㄦ': '儿', 'ㄚ': '丫',
}


def is_han(cp):
    return 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0x20000 <= cp <= 0x3FFFF


def base(ch):
    """The character without its diacritics, if its canonical decomposition is one letter and marks."""
    d = ud.normalize('NFD', ch)
    if len(d) > 1 and ud.category(d[0]).startswith('L') and all(ud.category(c).startswith('M') for c in d[1:]):
        return d[0]
    return ch


def one(ch):
    """What a reader reads for one character: compatibility form, diacritics, homoglyphs folded."""
    for _ in range(4):
        k = ud.normalize('NFKC', ch)
        if len(k) == 1 and (ud.category(k)[0] in 'LN'):
            ch = k
        ch = base(ch)
        ch = HOMOGLYPHS.get(ch, ch)
    return ch


def fold_table(ucd):
    table = {}
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        if ud.category(ch) in ('Cn', 'Co', 'Cs'):
            continue
        folded = one(ch)
        if folded != ch and not ud.category(folded).startswith('M'):
            table[cp] = ord(folded)
    with open(os.path.join(ucd, 'EquivalentUnifiedIdeograph.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.split('#')[0].strip()
            if not line:
                continue
            source, target = (p.strip() for p in line.split(';'))
            first, _, last = source.partition('..')
            for cp in range(int(first, 16), int(last or first, 16) + 1):
                table.setdefault(cp, int(target, 16))
    # Every CJK compatibility ideograph with a decomposition, and every Kangxi radical, must be folded.
    for cp in list(range(0xF900, 0xFB00)) + list(range(0x2F800, 0x2FA20)) + list(range(0x2F00, 0x2FD6)):
        if ud.decomposition(chr(cp)):
            assert cp in table and is_han(table[cp]), hex(cp)
    return table


def read_opencc(path):
    pairs = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            key, values = line.rstrip('\n').split('\t')
            pairs.append((key, values.split(' ')))
    return pairs


def variants_table(opencc):
    ts = {}
    for key, values in read_opencc(os.path.join(opencc, 'TSCharacters.txt')):
        # The first simplified form other than the character itself (乾 → 干; 㑮 㑮 𫝈 → 𫝈).
        others = [v for v in values if v != key and len(v) == 1]
        if len(key) == 1 and others:
            ts[key] = others[0]
    for name in ('TWVariants.txt', 'HKVariants.txt'):
        for key, values in read_opencc(os.path.join(opencc, name)):
            for v in values:
                if len(key) == 1 and len(v) == 1 and v != key and v not in ts:
                    target = ts.get(key, key)
                    if target != v:
                        ts[v] = target
    # Japanese shinjitai (沢 広 県 鉄 竜), read backwards: a shinjitai form → OpenCC's traditional form → simplified, so
    # 王沢 reads as 王泽. Only forms Chinese text does not use itself: a character of STCharacters.txt or STPhrases.txt,
    # or any simplified form, keeps its own reading (芸 is not 藝, 欠 is not 缺, 翻 is not 飜).
    chinese = set(ts.values())
    for name in ('STCharacters.txt', 'STPhrases.txt'):
        for key, _ in read_opencc(os.path.join(opencc, name)):
            chinese.update(key)
    for key, values in read_opencc(os.path.join(opencc, 'JPShinjitaiCharacters.txt')):
        if len(key) == 1 and len(values[0]) == 1 and key != values[0] and key not in ts and key not in chinese:
            target = ts.get(values[0], values[0])
            if target != key:
                ts[key] = target
    ts.update(CJK_HOMOGLYPHS)
    # Fold chains to their end (no character maps to one that maps on).
    for key in list(ts):
        seen = {key}
        while ts[key] in ts and ts[key] not in seen:
            seen.add(ts[key])
            ts[key] = ts[ts[key]]
    return ts


def main(ucd, opencc):
    here = os.path.dirname(os.path.abspath(__file__))
    # UCD_DIR `-` writes variants.txt alone: fold.txt depends on Python's Unicode version (14.0.0 when it was written).
    fold = fold_table(ucd) if ucd != '-' else None
    if fold is not None:
        with open(os.path.join(here, 'fold.txt'), 'w', encoding='utf-8', newline='\n') as out:
            out.write('# What a reader reads for a character: FROM TO, hex code points. Written by make_tables.py from the\n'
                      '# Unicode Character Database 14.0.0 (NFKC and canonical decompositions, EquivalentUnifiedIdeograph.txt);\n'
                      '# see that script for what is in it. Do not edit by hand.\n')
            for cp in sorted(fold):
                out.write(f'{cp:04X} {fold[cp]:04X}\n')
    variants = variants_table(opencc)
    with open(os.path.join(here, 'variants.txt'), 'w', encoding='utf-8', newline='\n') as out:
        out.write('# Traditional and variant forms of Chinese characters and their simplified form: FROM TO. Written by\n'
                  '# make_tables.py from OpenCC 1.4.2 (https://github.com/BYVoid/OpenCC, Apache License 2.0):\n'
                  '# TSCharacters.txt, TWVariants.txt, HKVariants.txt and JPShinjitaiCharacters.txt; and kana drawn as\n'
                  '# ideographs (CJK_HOMOGLYPHS in make_tables.py). Do not edit by hand.\n')
        for key in sorted(variants):
            out.write(f'{key} {variants[key]}\n')
    print(f'fold.txt: {len(fold) if fold is not None else "not written"}; variants.txt: {len(variants)} characters')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
