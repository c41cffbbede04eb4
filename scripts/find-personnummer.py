#!/usr/bin/env python3
"""Prints every personnummer-like number in the files given: 12 digits standing alone (no digit or letter beside them,
so hex ids and hashes do not count), a date that exists (samordningsnummer days +60 too) and a valid check digit.
Exits 1 when it found one. Used by scripts/chaos.sh on every log of a run."""
import datetime, re, sys

CANDIDATE = re.compile(r'(?<![0-9A-Za-z])((?:19|20)\d{10})(?![0-9A-Za-z])')

def luhn_ok(ten):
    total = 0
    for i, c in enumerate(ten[:-1]):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10 == int(ten[-1])

def is_personnummer(number):
    year, month, day = int(number[:4]), int(number[4:6]), int(number[6:8])
    if day > 60:
        day -= 60
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return luhn_ok(number[2:])

found = False
for path in sys.argv[1:]:
    with open(path, errors='replace') as f:
        for line_number, line in enumerate(f, 1):
            for match in CANDIDATE.finditer(line):
                if is_personnummer(match.group(1)):
                    found = True
                    print(f"{path}:{line_number}: a personnummer-like number")
sys.exit(1 if found else 0)
