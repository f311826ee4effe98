#!/usr/bin/python3
"""Validates protokol JSON output against docs/schema/document.schema.json.

Usage: /usr/bin/python3 docs/schema/validate_json.py docs/schema/document.schema.json FILE...
         (FILE: <key>.json, or .ndjson: one document per line)
Prints one "file:document: path: message" line per error; exit status 1 when any.
Needs Debian's python3-jsonschema (draft 2020-12 support: jsonschema >= 4).
"""
import json
import sys

import jsonschema


def documents(path):
    with open(path, encoding="utf-8") as handle:
        if path.endswith(".ndjson"):
            return [json.loads(line) for line in handle if line.strip()]
        return [json.load(handle)]


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as handle:
        schema = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema)
    if validator_class is not jsonschema.Draft202012Validator:
        print("schema is not read as draft 2020-12", file=sys.stderr)
        return 2
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    errors = 0
    for path in argv[1:]:
        for number, document in enumerate(documents(path), start=1):
            for error in validator.iter_errors(document):
                where = "/".join(str(part) for part in error.absolute_path) or "(top)"
                print(f"{path}:{number}: {where}: {error.message}")
                errors += 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
