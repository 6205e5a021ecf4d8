#!/usr/bin/env python3
"""Writes the template field tables of the view models from their structs.

    python3 scripts/generate-field-tables.py           # rewrite Sources/OKRRender/ViewModels+Fields.swift
    python3 scripts/generate-field-tables.py --check   # exit 1 if that file is not what this writes

Every struct in Sources/OKRRender/ViewModels.swift that conforms to `ViewModel` gets a table
naming each of its stored properties, in declaration order, so a template can read
`{{objective.title}}`. A property of type `[UInt8]?` holds markup made elsewhere (a drawing)
and is handed to templates as such; every other property goes through `templateValue`.
`ViewModelSchema` says what each property holds (text, another view model or a list of them,
or something unknown), so a theme's templates are checked for names that are not there.
"""
import os
import re
import sys

from generated_file import write_or_check

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MODELS = os.path.join(ROOT, "Sources", "OKRRender", "ViewModels.swift")
TABLES = os.path.join(ROOT, "Sources", "OKRRender", "ViewModels+Fields.swift")

HEADER = """// Written by scripts/generate-field-tables.py from the structs in ViewModels.swift; do not
// edit. Each view model's table names its stored properties, in declaration order.
import OKRTemplate
"""


def view_models(text):
    """(name, [(property, type)]) for each struct declared as a ViewModel, in file order."""
    models = []
    for match in re.finditer(r"^struct (\w+): ([^{]*\bViewModel\b[^{]*) \{\n(.*?)^\}", text, re.M | re.S):
        properties = []
        depth = 0
        for line in match.group(3).split("\n"):
            # Only the struct's own level: nested types and computed bodies are skipped.
            if depth == 0:
                declared = re.match(r"^    (?:public )?(?:var|let) (\w+): ([^={]+?)(?:\s*=.*)?$", line)
                if declared and "{" not in line:
                    properties.append((declared.group(1), declared.group(2).strip()))
                elif re.match(r"^    (?:public )?(?:var|let) \w+ =", line):
                    sys.exit(f"{match.group(1)}: write the type of `{line.strip()}`, so its table can be written")
            depth += line.count("{") - line.count("}")
        models.append((match.group(1), properties))
    return models


def table(name, properties):
    lines = [f"extension {name} {{", f"    static let fields: [String: @Sendable ({name}) -> TemplateValue] = ["]
    for property, kind in properties:
        if kind == "[UInt8]?":
            read = f"$0.{property}.map(TemplateValue.markup) ?? .null"
        else:
            read = f"$0.{property}.templateValue"
        lines.append(f'        "{property}": {{ {read} }},')
    lines += ["    ]", "    static let fieldsByID = FieldTable(fields)", "}"]
    return "\n".join(lines)


SCALARS = {"String", "Int", "Bool", "Double", "UInt8"}


def shape(kind, names):
    """The TemplateSchema.Shape of a Swift type: lists and optionals are what they hold."""
    kind = kind.strip()
    if kind.endswith("?"):
        return shape(kind[:-1], names)
    if kind.startswith("[") and kind.endswith("]"):
        inner = kind[1:-1]
        return ".opaque" if ":" in inner else shape(inner, names)
    if kind in SCALARS:
        return ".scalar"
    if kind in names or kind == "StringTable":
        return f'.object("{kind}")'
    return ".opaque"


def schema(models):
    names = {name for name, _ in models}
    lines = [
        "/// What each view model's fields hold, for checking a theme's names (TemplateSchema).",
        "enum ViewModelSchema {",
        "    static let types: [String: [String: TemplateSchema.Shape]] = [",
    ]
    for name, properties in models:
        fields = ", ".join(f'"{property}": {shape(kind, names)}' for property, kind in properties)
        lines.append(f'        "{name}": [{fields or ":"}],')
    lines += ["    ]", "}"]
    return "\n".join(lines)


def main():
    models = view_models(open(MODELS, encoding="utf-8").read())
    if not models:
        sys.exit("no ViewModel structs found in " + MODELS)
    text = HEADER + "\n" + "\n\n".join(table(name, properties) for name, properties in models) + "\n\n" + schema(models) + "\n"
    write_or_check(TABLES, text, "python3 scripts/generate-field-tables.py")


if __name__ == "__main__":
    main()
