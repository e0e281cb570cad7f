"""Draws the CxO Review icon (a rounded navy square with three rising bars and a tick) as RGBA
PNGs in the sizes Tauri bundles. Standard library only; run: python3 icons/gen_icons.py"""
import os
import struct
import zlib

NAVY = (20, 48, 92, 255)
BAR = (120, 180, 235, 255)
TICK = (255, 255, 255, 255)


def inside_rounded(x, y, size, radius):
    cx = min(max(x, radius), size - radius)
    cy = min(max(y, radius), size - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def near_segment(px, py, ax, ay, bx, by, width):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    qx, qy = ax + t * dx, ay + t * dy
    return (px - qx) ** 2 + (py - qy) ** 2 <= width ** 2


def pixel(x, y, s):
    u, v = x / s, y / s
    if not inside_rounded(x + 0.5, y + 0.5, s, s * 0.18):
        return (0, 0, 0, 0)
    if near_segment(u, v, 0.22, 0.42, 0.36, 0.56, 0.045) or near_segment(u, v, 0.36, 0.56, 0.62, 0.26, 0.045):
        return TICK
    for left, top in ((0.22, 0.66), (0.44, 0.56), (0.66, 0.44)):
        if left <= u <= left + 0.14 and top <= v <= 0.80:
            return BAR
    return NAVY


def png(size, path):
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


here = os.path.dirname(os.path.abspath(__file__))
for name, size in (("32x32.png", 32), ("128x128.png", 128), ("128x128@2x.png", 256), ("icon.png", 512)):
    png(size, os.path.join(here, name))
