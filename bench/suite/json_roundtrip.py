"""JSON round trip: encode nested documents with json.dumps, decode with json.loads, compare."""
import json
import sys


def make_document(index):
    """A record with strings, numbers, booleans, nulls, escapes and nesting."""
    return {
        "id": index,
        "name": "user-%05d" % index,
        "email": f"user{index}@example.org",
        "active": index % 3 != 0,
        "score": index * 0.25 - 17.5,
        "manager": None if index % 7 else index // 7,
        "tags": ["tag%d" % (index % k) for k in range(2, 7)],
        "address": {
            "street": "%d Long \"Quoted\" Road" % (index * 3),
            "city": ["Lisbon", "Zürich", "Kraków", "Tokyo\u6771\u4eac"][index % 4],
            "lines": ["line\t%d" % i for i in range(index % 4)],
        },
        "history": [{"year": 2000 + k, "value": (index * k) % 97, "ok": k % 2 == 0}
                    for k in range(4)],
    }


def round_trip(documents):
    compact = json.dumps(documents, separators=(",", ":"), sort_keys=True)
    pretty = json.dumps(documents, indent=2, ensure_ascii=False)
    if json.loads(compact) != documents or json.loads(pretty) != documents:
        raise SystemExit("json_roundtrip: decoding did not give back the documents")
    return len(compact), len(pretty)


def workload():
    documents = [make_document(i) for i in range(1000)]
    sizes = round_trip(documents)
    for _ in range(3):
        sizes = round_trip(json.loads(json.dumps(documents)))
    return sizes


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 4
for _ in range(loops):
    sizes = workload()
if sizes != (395692, 719443):
    raise SystemExit(f"json_roundtrip: wrong encoded sizes {sizes}")
print("json_roundtrip: compact %d chars, pretty %d chars" % sizes)
