#!/usr/bin/env python3
"""Summarises the text output of `swift package --disable-sandbox benchmark` (read from stdin)
as a Markdown table of medians (p50), one row per benchmark, plus the ratios of Benchmarks/README.md.

    swift package --disable-sandbox benchmark 2>&1 | tee run.txt | python3 summarize.py
"""
import re
import sys

rows = {}
current = None
previous = ""
for line in sys.stdin:
    line = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", line).rstrip("\n")
    if line.startswith("╒") and re.search(r"N=\d+$", previous.strip()):
        current = previous.strip()
        rows[current] = {}
    if line.strip():
        previous = line
    if current and line.startswith("│"):
        cells = [c.strip() for c in line.strip("│").split("│")]
        if len(cells) >= 4 and cells[0] and cells[0] != "Metric":
            rows[current][cells[0].rstrip(" *")] = cells[3]  # p50


def value(label, name):
    for key, text in rows.get(label, {}).items():
        if key.startswith(name):
            unit = re.search(r"\((K|M|G|ms|us|ns|s)\)", key)
            number = float(text.replace(",", ""))
            scale = {"K": 1e3, "M": 1e6, "G": 1e9}.get(unit.group(1), 1) if unit else 1
            return number * scale, key, text
    return None, None, None


columns = ["MB/s", "records/s", "Time (wall clock)", "Malloc (total)", "Memory (resident peak)"]
print("| benchmark | " + " | ".join(columns) + " |")
print("|---|" + "---|" * len(columns))
for label, metrics in rows.items():
    cells = []
    for name in columns:
        _, key, text = value(label, name)
        cells.append(f"{text} {re.search(r'[(][^)]*[)]', key[len(name):]).group(0) if key and re.search(r'[(][^)]*[)]', key[len(name):]) else ''}".strip() if text else "–")
    print(f"| {label} | " + " | ".join(cells) + " |")


def find(prefix, n):
    for label in rows:
        if label.startswith(prefix) and label.endswith(f"N={n}"):
            return label


print()
for n in [1, 1000, 100000]:
    xml = find("1 AWKit XML document", n)
    floor = find("7 libxml2", n)
    coder = find("5 XMLCoder", n)
    json_path = find("3 AWKit JSON", n)
    bare = find("4 Foundation JSONDecoder", n)
    a, _, _ = value(xml, "MB/s")
    f, _, _ = value(floor, "MB/s")
    c, _, _ = value(coder, "MB/s")
    ra, _, _ = value(xml, "records/s")
    rj, _, _ = value(bare, "records/s")
    rp, _, _ = value(json_path, "records/s")
    parts = [f"N={n}:"]
    if a and f: parts.append(f"XML/floor {a / f:.2f} (target >= 0.6)")
    if a and c: parts.append(f"XML/XMLCoder {a / c:.1f}x (target >= 20)")
    if ra and rj: parts.append(f"XML records/s / JSONDecoder records/s {ra / rj:.2f} (target >= 1.5)")
    if rp and rj: parts.append(f"JSON path / JSONDecoder {rp / rj:.2f} (target >= 0.9)")
    print("- " + ", ".join(parts))
small = find("2 AWKit XML items", 1000)
large = find("2 AWKit XML items", 100000)
ps, _, ts = value(small, "Memory (resident peak)")
pl, _, tl = value(large, "Memory (resident peak)")
if ps and pl:
    print(f"- streaming peak memory, N=100,000 / N=1,000: {tl} / {ts} = {pl / ps:.2f} (target <= 1.5)")
