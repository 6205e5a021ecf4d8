extension ChangeReport {
    /// The JSON Schema of `okr-portal diff --format json`, published with the site as
    /// `okrs-diff.schema.json`, beside the export's.
    public static let jsonSchema = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "okrs-diff.schema.json",
  "title": "okr-portal diff",
  "description": "What changed in the OKRs between two revisions of an okr-portal content folder.",
  "type": "object",
  "required": ["generator", "base", "head", "head_errors", "counts", "changes"],
  "properties": {
    "generator": {"const": "okr-portal"},
    "base": {"type": "string", "description": "The older revision, as named on the command line."},
    "head": {"type": "string", "description": "The newer revision, or 'the working tree'."},
    "head_errors": {"type": "integer", "minimum": 0, "description": "Errors in the newer revision; okr-portal check lists them."},
    "counts": {
      "type": "object",
      "propertyNames": {"$ref": "#/$defs/kind"},
      "additionalProperties": {"type": "integer", "minimum": 1}
    },
    "changes": {"type": "array", "items": {"$ref": "#/$defs/change"}}
  },
  "additionalProperties": false,
  "$defs": {
    "kind": {"enum": [KINDS]},
    "nullableString": {"type": ["string", "null"]},
    "change": {
      "type": "object",
      "required": ["kind", "section", "attention", "ref", "objective", "key_result", "title", "from", "to", "summary", "url"],
      "properties": {
        "kind": {"$ref": "#/$defs/kind"},
        "section": {"enum": [SECTIONS]},
        "attention": {"type": "boolean", "description": "A change a reviewer should look at twice."},
        "ref": {"type": "string", "pattern": "^[^:/]+:(company|teams/[^/]+|people/[^/]+)(/[^/]+){0,2}$"},
        "objective": {"type": ["string", "null"], "description": "The objective, e.g. 2026-Q4:teams/sales/O1; null for a hint about a whole OKR file."},
        "key_result": {"$ref": "#/$defs/nullableString"},
        "title": {"type": "string"},
        "from": {"$ref": "#/$defs/nullableString"},
        "to": {"$ref": "#/$defs/nullableString"},
        "summary": {"type": "string"},
        "url": {"type": ["string", "null"], "description": "The objective on the published portal, when base_url is set."}
      },
      "additionalProperties": false
    }
  }
}

"""#.replacing("KINDS", with: ChangeKind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        .replacing("SECTIONS", with: ChangeSection.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
}
