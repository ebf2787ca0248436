#!/usr/bin/env python3
"""Dev aid: list number-and-code shapes in body text that no mention covers.

A loose pattern finds every `digits / codes` shape; whatever citegraph did not report is
printed with its context, so a person can sort real misses from forms, standards and noise.
Usage: tools/misses.py GRAPH_JSON [--show N]
"""
import json, re, sys, collections, unicodedata
g = json.load(open(sys.argv[1]))
show = int(sys.argv[sys.argv.index('--show') + 1]) if '--show' in sys.argv else 40
by_path = collections.defaultdict(list)
docs = {d['id']: d for d in g['documents']}
for m in g['mentions']:
    by_path[m['path']].append((m['start'], m['end']))
LOOSE = re.compile(r'(?<![\w/.])\d+(?:\.\d+)?\s?[/\-–—]\s?(?:\d{4}\s?/\s?)?[A-ZĐ][\wĐđ]*(?:\s?[-–—/]\s?[A-ZĐ][A-Za-zĐđ0-9]*)*')
missed = []
total = 0
for f in g['files']:
    if f['status'] != 'ok':
        continue
    data = open(f['path'], 'rb').read().decode('utf-8')
    body = 0
    if data.startswith('---\n'):
        body = data.find('\n---', 4) + 4
    h = data.find('THÔNG TIN VĂN BẢN')
    skip_to = body
    if h >= 0:
        e = h
        for line in data[h:].split('\n')[1:]:
            s = line.strip()
            if s.startswith('#') or (s.startswith('---') and '|' not in s):
                break
            e += len(line) + 1
        skip_to = max(skip_to, h + len(data[h:].split('\n')[0]) + e - h)
    spans = sorted(by_path.get(f['path'], []))
    own = docs.get(f['document']) or {}
    own_re = None
    if own.get('number') and own.get('symbol'):
        num = own['number'].lstrip('0')
        sym = re.escape(own['symbol']).replace('\\-', '\\s?-\\s?')
        own_re = re.compile(r'0*' + re.escape(num) + r'\s?[/-]\s?(?:\d{4}\s?/\s?)?' + sym + r'$')
    bstarts = [len(data[:s].encode()) for s in []]
    # work in byte offsets
    enc = data.encode()
    for m in LOOSE.finditer(data):
        if m.start() < skip_to:
            continue
        line_start = data.rfind('\n', 0, m.start()) + 1
        if re.match(r'[\s>#*|]*Số(?: hiệu)?[\s*]*:', data[line_start:m.start()]):
            continue
        if own_re and own_re.match(unicodedata.normalize('NFC', m.group()).replace('–', '-')):
            continue
        bs = len(data[:m.start()].encode())
        be = bs + len(m.group().encode())
        total += 1
        if any(s < be and bs < e for s, e in spans):
            continue
        ctx = data[max(0, m.start() - 50):m.end() + 20].replace('\n', '⏎')
        missed.append((f['path'].split('/')[-1], m.group(), ctx))
print(f'loose candidates in body: {total}, not covered: {len(missed)}')
shape = collections.Counter(re.sub(r'\d', '9', x[1]).split('/')[-1] for x in missed)
print(shape.most_common(40))
import random
random.seed(1)
for x in random.sample(missed, min(show, len(missed))):
    print(x[0][:40], '|', x[1], '|', x[2])
