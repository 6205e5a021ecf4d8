extension SiteRenderer {
    /// The JSON Schema of `okrs.json`, published beside it as `okrs.schema.json`.
    public static let exportSchema = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "okrs.schema.json",
  "title": "okr-portal export",
  "description": "Every cycle, team, person and objective of an okr-portal site. URLs are relative to the site root.",
  "type": "object",
  "required": ["generator", "title", "build_date", "current_cycle", "cycles", "teams", "people", "objectives"],
  "properties": {
    "$schema": {"type": "string"},
    "generator": {"const": "okr-portal"},
    "title": {"type": "string"},
    "build_date": {"$ref": "#/$defs/date"},
    "current_cycle": {"type": ["string", "null"]},
    "cycles": {"type": "array", "items": {"$ref": "#/$defs/cycle"}},
    "teams": {"type": "array", "items": {"$ref": "#/$defs/team"}},
    "people": {"type": "array", "items": {"$ref": "#/$defs/person"}},
    "objectives": {"type": "array", "items": {"$ref": "#/$defs/objective"}}
  },
  "additionalProperties": false,
  "$defs": {
    "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$"},
    "share": {"type": "number", "minimum": 0, "maximum": 1},
    "objectiveRef": {"type": "string", "pattern": "^[^:/]+:(company|teams/[^/]+|people/[^/]+)/[^/]+$"},
    "ref": {"type": "string", "pattern": "^[^:/]+:(company|teams/[^/]+|people/[^/]+)/[^/]+(/[^/]+)?$"},
    "nullableString": {"type": ["string", "null"]},
    "confidence": {"type": ["integer", "null"], "minimum": 1, "maximum": 10},
    "cycle": {
      "type": "object",
      "required": ["id", "name", "start", "end", "current", "phase", "enclosed_by", "url", "export"],
      "properties": {
        "id": {"type": "string"}, "name": {"type": "string"},
        "start": {"$ref": "#/$defs/date"}, "end": {"$ref": "#/$defs/date"},
        "current": {"type": "boolean"}, "phase": {"enum": ["upcoming", "open", "closed"]},
        "enclosed_by": {"type": "array", "items": {"type": "string"}},
        "url": {"type": "string"},
        "export": {"type": "string", "description": "The cycle's own export (okrs/<cycle>.json): this schema, with only the cycle's objectives"}
      },
      "additionalProperties": false
    },
    "team": {
      "type": "object",
      "required": ["id", "name", "parent", "lead", "url"],
      "properties": {
        "id": {"$ref": "#/$defs/id"}, "name": {"type": "string"},
        "parent": {"$ref": "#/$defs/nullableString"}, "lead": {"$ref": "#/$defs/nullableString"},
        "url": {"type": "string"}
      },
      "additionalProperties": false
    },
    "person": {
      "type": "object",
      "required": ["id", "name", "email", "team", "title", "manager", "employment", "url"],
      "properties": {
        "id": {"$ref": "#/$defs/id"}, "name": {"type": "string"},
        "email": {"$ref": "#/$defs/nullableString"}, "team": {"$ref": "#/$defs/nullableString"},
        "title": {"$ref": "#/$defs/nullableString"}, "manager": {"$ref": "#/$defs/nullableString"},
        "employment": {"enum": ["full-time", "part-time", "contractor", "intern", null]},
        "url": {"type": "string"}
      },
      "additionalProperties": false
    },
    "objective": {
      "type": "object",
      "required": ["ref", "cycle", "owner", "id", "title", "type", "priority", "confidence", "weight", "progress", "score", "status", "aligns", "aligned_by", "chain", "url", "key_results"],
      "properties": {
        "ref": {"$ref": "#/$defs/objectiveRef"},
        "cycle": {"type": "string"},
        "owner": {"type": "string", "pattern": "^(company|teams/[^/]+|people/[^/]+)$"},
        "id": {"type": "string"},
        "title": {"type": "string"},
        "titles": {"type": "object", "additionalProperties": {"type": "string"}},
        "type": {"enum": ["aspirational", "committed"]},
        "priority": {"enum": ["P0", "P1", "P2", "P3", null]},
        "confidence": {"$ref": "#/$defs/confidence"},
        "weight": {"type": "number", "exclusiveMinimum": 0},
        "progress": {"$ref": "#/$defs/share"},
        "score": {"anyOf": [{"$ref": "#/$defs/share"}, {"type": "null"}]},
        "status": {"enum": ["upcoming", "on-track", "at-risk", "done", "closed"]},
        "aligns": {"type": "array", "items": {"$ref": "#/$defs/ref"}},
        "aligned_by": {"type": "array", "items": {"$ref": "#/$defs/objectiveRef"}},
        "chain": {"type": "array", "items": {"$ref": "#/$defs/objectiveRef"}, "maxItems": 100, "description": "the way up to the company, nearest first; its first 100 steps when longer"},
        "url": {"type": "string", "pattern": "#[^#]+$"},
        "key_results": {"type": "array", "items": {"$ref": "#/$defs/keyResult"}}
      },
      "additionalProperties": false
    },
    "keyResult": {
      "type": "object",
      "required": ["ref", "id", "title", "kind", "progress", "raw_progress", "score", "weight", "confidence", "due", "owner", "last_checkin", "aligned_by"],
      "properties": {
        "ref": {"$ref": "#/$defs/ref"},
        "id": {"type": "string"},
        "title": {"type": "string"},
        "kind": {"enum": ["numeric", "milestone", "manual"]},
        "progress": {"$ref": "#/$defs/share"},
        "raw_progress": {"type": "number"},
        "score": {"anyOf": [{"$ref": "#/$defs/share"}, {"type": "null"}]},
        "start": {"type": "number"}, "target": {"type": "number"}, "current": {"type": "number"},
        "unit": {"type": "string"}, "done": {"type": "boolean"},
        "weight": {"type": "number", "exclusiveMinimum": 0},
        "confidence": {"$ref": "#/$defs/confidence"},
        "due": {"anyOf": [{"$ref": "#/$defs/date"}, {"type": "null"}]},
        "owner": {"type": ["string", "null"], "pattern": "^people/"},
        "last_checkin": {"anyOf": [{"$ref": "#/$defs/date"}, {"type": "null"}]},
        "aligned_by": {"type": "array", "items": {"$ref": "#/$defs/objectiveRef"}}
      },
      "additionalProperties": false
    }
  }
}

"""#
}
