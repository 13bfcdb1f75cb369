#!/usr/bin/env python3
"""Escapes non-ASCII characters of .properties files as \\uXXXX, as java.util.Properties and Eclipse NLS expect.

Usage: escape-properties.py [--check] DIR...   (--check: list files that need it, exit 1 if any)
"""
import pathlib
import sys


def escape(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if code < 128:
            out.append(ch)
        elif code > 0xFFFF:
            encoded = ch.encode('utf-16-be')
            out.append('\\u%04x\\u%04x' % (int.from_bytes(encoded[:2], 'big'), int.from_bytes(encoded[2:], 'big')))
        else:
            out.append('\\u%04x' % code)
    return ''.join(out)


def main(args):
    check = '--check' in args
    roots = [a for a in args if a != '--check'] or ['.']
    bad = []
    for root in roots:
        for path in sorted(pathlib.Path(root).rglob('*.properties')):
            if 'target' in path.parts:
                continue
            text = path.read_text(encoding='utf-8')
            escaped = escape(text)
            if escaped != text:
                bad.append(str(path))
                if not check:
                    path.write_text(escaped, encoding='ascii')
    for b in bad:
        print(('needs escaping: ' if check else 'escaped: ') + b)
    return 1 if (check and bad) else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
