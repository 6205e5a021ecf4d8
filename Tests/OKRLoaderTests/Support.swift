import OKRLoader
import OKRModel
import OKRTestSupport

/// A small valid site to which tests add or replace files.
let basicSite: [String: String] = [
    "portal.yaml": """
    title: Test
    cycles:
      - {id: "2026", start: 2026-01-01, end: 2026-12-31}
      - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}
    """,
    "org/teams.yaml": "- {id: sales, name: Sales, lead: ana}\n",
    "org/people.yaml": "- {id: ana, name: Ana, team: sales}\n- {id: bo, name: Bo, team: sales, manager: ana}\n",
]

func load(_ files: [String: String], replacing: Bool = false, buildDate: Day? = nil) async -> (PortalContent, [Diagnostic]) {
    await InlineSite(replacing ? [:] : basicSite, files).load(buildDate: buildDate)
}

/// Diagnostics as `path:line:col rule` strings, the form the tests compare.
func brief(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.location.path):\($0.location.line):\($0.location.column) \($0.rule.rawValue)" }
}
