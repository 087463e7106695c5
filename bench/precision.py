#!/usr/bin/env python3
"""Scores `wengao check` on the precision corpus (issue 18): false alarms on the clean texts, recall on the planted defects.

    bench/precision.py CLEAN_DIR CLEAN_JSON PLANTED_DIR PLANTED_JSON

CLEAN_JSON and PLANTED_JSON are `wengao check DIR --format json` run from the working directory this script runs in (the
findings name their files relative to it). Every finding on the clean corpus is a false alarm: its texts are correct. The
characters are the Chinese characters (CJK ideographs) of the clean bodies, front matter left out. A planted defect of
planted/defects.yml is found when a finding of its rule is on its line. Prints a Markdown table, rules in the order of
src/Wengao/Model/RuleIds.cs, then rules only the defects name (a rule being added).
"""
import json
import os
import re
import sys

# CJK Unified Ideographs, Extension A and the compatibility ideographs: what a Chinese character count counts.
HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]')
# One defect a line, as planted/defects.yml writes them: - { file: …, line: N, rule: …, shape: "…" }
DEFECT = re.compile(r'^- \{ file: (?P<file>[^,]+), line: (?P<line>\d+), rule: (?P<rule>[a-z-]+), shape: ')
PER = 10_000


def body(path):
    text = open(path, encoding='utf-8-sig').read()
    if text.startswith('---'):
        end = text.find('\n---', 3)
        if end >= 0:
            return text[end + 4:]
    return text


def characters(folder):
    total = 0
    for root, _, files in os.walk(folder):
        for name in files:
            if name.endswith('.md'):
                total += len(HAN.findall(body(os.path.join(root, name))))
    return total


def findings(path):
    try:
        return json.load(open(path, encoding='utf-8'))['findings']
    except (ValueError, KeyError) as e:
        sys.exit(f'{path}: not the JSON of `wengao check --format json` ({e}); see its stderr above')


def defects(folder):
    path = os.path.join(folder, 'defects.yml')
    rows = []
    for number, line in enumerate(open(path, encoding='utf-8'), 1):
        if line.startswith('-'):
            m = DEFECT.match(line)
            if not m:
                sys.exit(f'{path}:{number}: not a defect line `- {{ file: …, line: N, rule: …, shape: "…" }}`')
            rows.append((os.path.normpath(os.path.join(folder, m['file'])), int(m['line']), m['rule']))
    return rows


# Issue 18's target: under one false alarm per 20,000 characters of edited official text (and no planted defect missed).
TARGET_RATE = 0.5


def rule_order(repo):
    source = open(os.path.join(repo, 'src', 'Wengao', 'Model', 'RuleIds.cs'), encoding='utf-8').read()
    return re.findall(r'public const string \w+ = "([a-z-]+)";', source)


def main(clean_dir, clean_json, planted_dir, planted_json):
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    chars = characters(clean_dir)
    clean = findings(clean_json)
    planted = defects(planted_dir)
    hits = {(os.path.normpath(f['file']), f.get('line'), f['rule']) for f in findings(planted_json)}
    rules = rule_order(repo)
    rules += sorted({r for _, _, r in planted} - set(rules))
    print(f'Clean corpus: {chars:,} Chinese characters in {clean_dir}; planted: {len(planted)} defects in {planted_dir}.')
    print()
    print('| rule | clean findings | false alarms / 10,000 chars | planted | found | recall |')
    print('|------|---------------:|----------------------------:|--------:|------:|-------:|')

    def row(name, alarms, planted_n, found):
        recall = f'{100 * found / planted_n:.0f} %' if planted_n else '—'
        print(f'| {name} | {alarms} | {PER * alarms / chars:.2f} | {planted_n} | {found} | {recall} |')

    total_found = 0
    for rule in rules:
        mine = [d for d in planted if d[2] == rule]
        found = sum(1 for d in mine if d in hits)
        total_found += found
        row(f'`{rule}`', sum(1 for f in clean if f['rule'] == rule), len(mine), found)
    row('**overall**', len(clean), len(planted), total_found)
    missed = [d for d in planted if d not in hits]
    if missed:
        print()
        print('Missed: ' + '; '.join(f'{os.path.relpath(f, planted_dir)}:{line} {rule}' for f, line, rule in missed))
    rate = PER * len(clean) / chars
    if rate >= TARGET_RATE or missed:
        sys.exit(f'above issue 18\'s targets: {rate:.2f} false alarms per 10,000 characters (target under {TARGET_RATE}), '
                 f'{len(missed)} planted defect(s) missed (target 0)')


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
