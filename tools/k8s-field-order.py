#!/usr/bin/env python3
"""Prints the JSON field order of the Go API types of Kubernetes, one line per type.

Usage: k8s-field-order.py API_CHECKOUT TAG > field-order.txt

API_CHECKOUT is a git clone of https://github.com/kubernetes/api (k8s.io/api), TAG a tag of it
(v0.36.0 is Kubernetes 1.36.0). Reads {core,apps,batch,policy,networking}/v1/types.go and
autoscaling/v2/types.go at that tag and writes, for each struct, "group/version Type field ...":
the JSON names in declaration order, the fields of embedded `json:",inline"` structs expanded
where they are embedded. Only names and their order are taken: these are facts about the API.
"""
import re
import subprocess
import sys

FILES = ["core/v1", "apps/v1", "batch/v1", "autoscaling/v2", "policy/v1", "networking/v1"]
STRUCT = re.compile(r"^type (\w+) struct \{$")
FIELD = re.compile(r'^\t(?:(\w+)\s+)?([\w.\[\]*]+)\s+`json:"([^"]*)"')


def structs(source):
    found, current = {}, None
    for line in source.splitlines():
        m = STRUCT.match(line)
        if m:
            current = found.setdefault(m.group(1), [])
            continue
        if current is not None and line == "}":
            current = None
            continue
        if current is not None:
            f = FIELD.match(line)
            if f:
                go_type, tag = f.group(2), f.group(3)
                name = tag.split(",")[0]
                if name == "" and ",inline" in tag:
                    current.append(("inline", go_type))
                elif name and name != "-":
                    current.append(("field", name))
    return found


def expand(types, name, seen=()):
    out = []
    for what, value in types.get(name, []):
        if what == "field":
            out.append(value)
        elif value == "metav1.TypeMeta":  # from k8s.io/apimachinery: Kind, then APIVersion
            out.extend(["kind", "apiVersion"])
        elif "." not in value and value not in seen:
            out.extend(expand(types, value, seen + (name,)))
    return out


def main():
    checkout, tag = sys.argv[1], sys.argv[2]
    print(f"# JSON field order of k8s.io/api {tag} (github.com/kubernetes/api), Apache License 2.0,")
    print("# extracted by tools/k8s-field-order.py from the types.go files named in each line's first word.")
    for path in FILES:
        source = subprocess.run(["git", "-C", checkout, "show", f"{tag}:{path}/types.go"],
                                check=True, capture_output=True, text=True).stdout
        types = structs(source)
        for name in sorted(types):
            fields = expand(types, name)
            if fields:
                print(path, name, " ".join(fields))


if __name__ == "__main__":
    main()
