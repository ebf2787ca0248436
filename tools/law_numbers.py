#!/usr/bin/env python3
"""Dev aid: candidate (name, year, number) triples for `src/law_names.txt`, read from a corpus.

For each official name of `law_names.txt`, every place a text writes it with a number right
after it (`Luật Bình đẳng giới số 73/2006/QH11`, `Luật Tiếp công dân (Luật số 42/2013/QH13)`,
`Luật Hóa chất năm 2007 số 06/2007/QH12`) or right before the name's words (`Bộ luật
100/2015/QH13 Hình sự`, a codification's note). Printed by name and year, each number with how
many files write it and one place to read by eye: a number after `sửa đổi … của Luật X` may be
the amending law's, and is marked `amending?`. Nothing here is trusted without that reading.
Usage: tools/law_numbers.py CORPUS_DIR [LAW_NAMES]
"""
import collections, os, re, sys, unicodedata

corpus = sys.argv[1]
names_file = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '..', 'src', 'law_names.txt')
KINDS = ['Bộ luật', 'Pháp lệnh', 'Luật']
names = []
for line in open(names_file, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    full = line.split(' | ')[0]
    kind = next(k for k in KINDS if full.startswith(k + ' '))
    names.append((kind, full[len(kind) + 1:]))

NUMBER = r'(\d{1,3}/(\d{4})/[A-ZĐ][A-ZĐ0-9-]*\d)'
SPACE = r'[\s\xa0]+'


def words(s):
    """A name as a pattern: any run of spaces for a space, any case."""
    return SPACE.join(re.escape(w) for w in s.split())


patterns = []
for kind, name in names:
    after = re.compile(
        words(kind + ' ' + name) + r'(?![\w])(?:' + SPACE + r'(?:năm' + SPACE + r')?\d{4})?[\s,]*'
        r'(?:\(?\s*(?:(?:Luật|Bộ luật|Pháp lệnh)' + SPACE + r')?số' + SPACE + r')' + NUMBER,
        re.IGNORECASE)
    before = re.compile(words(kind) + SPACE + NUMBER + SPACE + words(name) + r'(?![\w])', re.IGNORECASE)
    patterns.append((kind, name, after, before))

found = collections.defaultdict(lambda: collections.defaultdict(set))
example = {}
for root, _, files in os.walk(corpus):
    for f in sorted(files):
        path = os.path.join(root, f)
        try:
            text = unicodedata.normalize('NFC', open(path, encoding='utf-8').read())
        except (UnicodeDecodeError, OSError):
            continue
        for kind, name, after, before in patterns:
            for pattern in (after, before):
                for m in pattern.finditer(text):
                    number, year = m.group(1), int(m.group(2))
                    lead = text[max(0, m.start() - 60):m.start()]
                    amending = 'sửa đổi' in lead.lower() or 'bổ sung' in lead.lower()
                    found[(kind, name, year)][(number, amending)].add(path)
                    line = text.count('\n', 0, m.start()) + 1
                    example.setdefault((kind, name, year, number, amending),
                                       f'{os.path.relpath(path, corpus)}:{line}: …{lead[-30:]}{m.group(0)}'.replace('\n', ' '))

for (kind, name, year), numbers in sorted(found.items()):
    print(f'{kind} {name} | {year}')
    for (number, amending), paths in sorted(numbers.items(), key=lambda x: -len(x[1])):
        mark = ' amending?' if amending else ''
        print(f'    {number}{mark}  {len(paths)} files  {example[(kind, name, year, number, amending)]}')
