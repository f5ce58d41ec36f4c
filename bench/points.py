"""Reads unit-grid WKT polygons (one per line on stdin) and writes a Lua table of {centre, vertex} pairs:
a point between a grid's vertex mean and one of its vertices lies inside any grid that is star-shaped
around its vertex mean (the demo grids are convex)."""
import re, sys
rows = []
for line in sys.stdin:
    coords = [tuple(map(float, c.split())) for c in re.findall(r"-?\d+\.\d+ -?\d+\.\d+", line)]
    if len(coords) < 4:
        continue
    ring = coords[:-1]
    cx = sum(x for x, _ in ring) / len(ring)
    cy = sum(y for _, y in ring) / len(ring)
    for x, y in ring:
        rows.append("{%.7f,%.7f,%.7f,%.7f}" % (cy, cx, y, x))
print("return {" + ",\n".join(rows) + "}")
