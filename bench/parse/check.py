# Checks one list answer of Parse Server (JSON on stdin): 50 rows, newest first by the sort field, and every included
# pointer returned as the whole object. Usage: check.py <sort field> <included field,…>
import json
import sys

field, included = sys.argv[1], sys.argv[2].split(",")
rows = json.load(sys.stdin)["results"]
# Parse returns its own createdAt/updatedAt as ISO strings and other dates as {"__type": "Date", "iso": …}.
values = [r[field]["iso"] if isinstance(r[field], dict) else r[field] for r in rows]
assert len(rows) == 50, f"{len(rows)} rows, not 50"
assert values == sorted(values, reverse=True), f"not newest first by {field}"
for name in included:
    assert all(r[name].get("__type") == "Object" and len(r[name]) > 4 for r in rows), f"{name} not included"
