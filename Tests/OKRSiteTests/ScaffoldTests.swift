import Foundation
import OKRTestSupport
import Testing
import OKRModel
import OKRSyntax
@testable import OKRSite

@Suite struct ScaffoldTests {
    /// The skeleton passes a strict check and builds on any day of the year, including the
    /// first and last day of a quarter.
    @Test(arguments: ["2026-01-01", "2026-03-31", "2026-05-17", "2026-11-22", "2026-12-31"])
    func newPortalPassesItsOwnStrictCheck(_ date: String) async throws {
        let folder = try TemporaryFolder()
        let today = Day(iso: date)!
        let written = try Scaffold.write(to: folder.url.appendingPathComponent("portal"), today: today)
        #expect(written.contains(".github/workflows/okrs.yml") && written.contains(".gitlab-ci.yml") && written.contains("README.md"))
        let portal = folder.url.appendingPathComponent("portal")
        let options = BuildOptions(
            contentDirectory: portal.appendingPathComponent("content"), outputDirectory: portal.appendingPathComponent("public"),
            strict: true, buildDate: today)
        let check = await Site.check(options)
        #expect(check.succeeded && check.diagnostics.isEmpty, "\(check.diagnostics)")
        #expect(await Site.build(options).succeeded)
        #expect(folder.exists("portal/public/index.html"))
    }

    /// The README's first step for an author works in the new repository: Alex has no OKRs
    /// yet, and `new` starts a file that lists the product team's and the company's objectives.
    @Test func anAuthorStartsTheirFileAsTheReadmeSays() async throws {
        let folder = try TemporaryFolder()
        let today = Day(iso: "2026-11-22")!
        _ = try Scaffold.write(to: folder.url.appendingPathComponent("portal"), today: today)
        #expect(try folder.read("portal/README.md").contains("`okr-portal new people/<your-id>` starts yours"))
        #expect(try folder.read("portal/README.md").contains("GitHub Pages publishes sites of up to 1 GB, GitLab.com's Pages up to 1 GB and\n200,000 files"))
        #expect(try folder.read("portal/README.md").contains("`confidential: true`: it is checked like the others, but the portal shows only\nthat a confidential objective exists."))
        let path = try await OKRFileDraft.write(
            owner: .person("alex"), cycle: nil, contentFolder: folder.url.appendingPathComponent("portal/content"), displayPrefix: "content",
            templatesDirectory: nil, today: today)
        let text = try folder.read("portal/" + path)
        #expect(text.contains("#   teams/product/O1  Make onboarding effortless") && text.contains("#   company/O1        Win our first hundred customers"), "\(text)")
    }

    /// VS Code's build task reads `check`'s lines into problems: file, line, column,
    /// severity, message and rule.
    @Test func theEditorTaskReadsTheCheckOutput() async throws {
        let files = Scaffold.files(today: Day(iso: "2026-11-22")!)
        let task = try JSONSerialization.jsonObject(with: Data(files[".vscode/tasks.json"]!.utf8)) as? [String: Any]
        let matcher = ((task?["tasks"] as? [[String: Any]])?.first?["problemMatcher"] as? [String: Any])?["pattern"] as? [String: Any]
        let pattern = try NSRegularExpression(pattern: try #require(matcher?["regexp"] as? String))
        let folder = try TemporaryFolder()
        var site = smallSite
        site["content/okrs/2026-Q4/people/ana.md"] = "---\nobjectives:\n  - title: Help grow\n    aligns: [team/sales/O1]\n    key_results:\n      - {title: Deals from 1 to 9, start: 1, target: 9}\n---\n"
        try folder.write(site)
        let line = DiagnosticFormat.text.format(await Site.check(options(folder)).diagnostics.filter { $0.severity == .error }).split(separator: "\n").first.map(String.init) ?? ""
        let match = try #require(pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)), "\(line)")
        let group = { (name: String) in String(line[Range(match.range(at: matcher?[name] as? Int ?? 0), in: line)!]) }
        #expect([group("file"), group("line"), group("column"), group("severity"), group("code")] == ["content/okrs/2026-Q4/people/ana.md", "4", "14", "error", "invalid-reference"])
        #expect(group("message").hasPrefix("cannot read reference 'team/sales/O1'"))
        // The second task mends what it can, with the same matcher for what is left.
        let tasks = try #require(task?["tasks"] as? [[String: Any]])
        #expect(tasks.map { $0["label"] as? String } == ["Check the OKRs", "Mend the OKRs"])
        #expect(tasks[1]["command"] as? String == "okr-portal check --fix")
        #expect(((tasks[1]["problemMatcher"] as? [String: Any])?["pattern"] as? [String: Any])?["regexp"] as? String == matcher?["regexp"] as? String)
    }

    @Test func workflowsAreValidYAML() throws {
        let files = Scaffold.files(today: Day(iso: "2026-11-22")!)
        for path in [".github/workflows/okrs.yml", ".gitlab-ci.yml", "content/portal.yaml", "content/org/people.yaml"] {
            #expect(throws: Never.self) { _ = try YAMLParser.parse(files[path]!) }
        }
        #expect(files[".gitlab-ci.yml"]!.contains("pages:"))
        #expect(files[".github/workflows/okrs.yml"]!.contains("deploy-pages"))
        // One pass: the build checks and prints the annotations itself.
        #expect(files["ci.sh"]!.contains("okr-portal build ${OKR_STRICT:+--strict} --format \"$format\""))
        #expect(!files["ci.sh"]!.contains("okr-portal check"))
        // A prebuilt image, named once at the top, and the last build cached.
        for path in [".github/workflows/okrs.yml", ".gitlab-ci.yml"] {
            #expect(files[path]!.contains("▶ SETTING"), "\(path)")
            #expect(files[path]!.contains(".public.okr-portal-manifest"), "\(path)")
            #expect(!files[path]!.contains("swift build"), "\(path) compiles nothing")
        }
        // The build's record beside public/ is not something to commit.
        #expect(files[".gitignore"]!.split(separator: "\n").contains(".public.okr-portal-manifest"))
        // On GitLab the build also writes the code quality report both jobs hand to GitLab,
        // so a merge request lists the problems it adds.
        #expect(files["ci.sh"]!.contains("--code-quality gl-code-quality-report.json"))
        #expect(files[".gitlab-ci.yml"]!.components(separatedBy: "codequality: gl-code-quality-report.json").count == 3)
        #expect(files[".gitignore"]!.split(separator: "\n").contains("gl-code-quality-report.json"))
    }

    @Test func refusesANonEmptyFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write(["portal/notes.txt": "mine"])
        #expect(throws: Scaffold.Refused.self) { try Scaffold.write(to: folder.url.appendingPathComponent("portal"), today: Day(iso: "2026-11-22")!) }
        #expect(try folder.read("portal/notes.txt") == "mine")
    }

    @Test func quarters() {
        let q = Scaffold.quarter(containing: Day(iso: "2026-11-22")!)
        #expect(q.id == "2026-Q4" && q.start.description == "2026-10-01" && q.end.description == "2026-12-31")
        #expect(Scaffold.quarter(containing: Day(iso: "2024-02-29")!).end.description == "2024-03-31")
    }
}
