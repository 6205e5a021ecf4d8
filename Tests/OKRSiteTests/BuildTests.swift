import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OKRSupport
import OKRTestSupport
import Synchronization
import Testing
import OKRModel
import OKRRender
@testable import OKRSite

@Suite struct BuildTests {
    @Test func buildsEveryPageWithRelativeLinks() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        let report = await Site.build(options(folder))
        #expect(report.succeeded, "\(report.diagnostics)")
        for page in [
            "index.html", "company/index.html", "company/2026-Q3/index.html", "company/2026-Q4/index.html",
            "teams/index.html", "teams/sales/index.html", "teams/sales/2026-Q3/index.html", "teams/emea/index.html",
            "people/index.html", "people/ana/index.html", "people/ana/2026-Q4/index.html", "people/bo/index.html",
            "cycles/index.html", "zh/index.html", "zh/people/ana/2026-Q4/index.html", "okrs.json", "okrs.schema.json", "assets/style.css",
        ] {
            #expect(folder.exists("public/\(page)"), "missing \(page)")
        }
        let ana = try folder.read("public/people/ana/index.html")
        #expect(ana.contains(#"<a href="mailto:ana@example.com">ana@<wbr>example.com</a>"#), "a narrow column breaks the address after its @")
        #expect(ana.contains("href=\"../../assets/style.css\""))
        #expect(ana.contains("href=\"../../company/#O1-KR1\""), "links to the key result it aligns to, at its canonical address")
        #expect(ana.contains("Ana &lt;script&gt;"), "names are escaped")
        #expect(!ana.contains("<script>"))
        let home = try folder.read("public/index.html")
        #expect(home.contains("href=\"./assets/style.css\""))
        // The home page is the current cycle's company page: its switcher leads to the others.
        #expect(home.contains("<ul><li><a href=\"./company/2026-Q3/\">2026-Q3</a></li><li><span aria-current=\"page\">2026-Q4</span></li></ul>"))
        #expect(try folder.read("public/zh/index.html").contains("增长"))
        // The team tree and the people directory show a cycle's progress; each cycle's has a
        // page, the current one at the address without the cycle.
        for directory in ["teams", "people"] {
            let current = try folder.read("public/\(directory)/index.html")
            #expect(current.contains("<ul><li><a href=\"../cycles/2026-Q3/\(directory)/\">2026-Q3</a></li><li><span aria-current=\"page\">2026-Q4</span></li></ul>"))
            let earlier = try folder.read("public/cycles/2026-Q3/\(directory)/index.html")
            #expect(earlier.contains("<span aria-current=\"page\">2026-Q3</span>") && earlier.contains("<a href=\"../../../\(directory)/\">2026-Q4</a>"))
            #expect(try folder.read("public/cycles/2026-Q4/\(directory)/index.html").contains(#"<link rel="canonical" href="../../../\#(directory)/">"#))
        }
        // Sales had OKRs in 2026-Q3 only: its progress shows in that cycle's tree.
        #expect(try folder.read("public/cycles/2026-Q3/teams/index.html").contains("<a href=\"../../../teams/sales/\">Sales</a> <span class=\"progress"))
        #expect(!(try folder.read("public/teams/index.html")).contains("<a href=\"../teams/sales/\">Sales</a> <span class=\"progress"))
        let company = try folder.read("public/company/index.html")
        #expect(company.contains("id=\"O1\""))
        #expect(company.contains("href=\"../people/ana/#O1\""), "the company objective lists who aligns to its KR")
        // The current cycle's own address only redirects, keeping the fragment.
        let redirect = try folder.read("public/company/2026-Q4/index.html")
        #expect(redirect.contains(#"<link rel="canonical" href="../../company/">"#) && redirect.contains(#"<meta http-equiv="refresh" content="0; url=../../company/">"#))
        #expect(redirect.contains(#"<script src="../../assets/redirect.js"></script>"#) && !redirect.contains("id=\"O1\""))
        #expect(try folder.read("public/zh/people/ana/2026-Q4/index.html").contains(#"<link rel="canonical" href="../../../../zh/people/ana/">"#))
        // A past cycle's page stays a page.
        #expect(try folder.read("public/teams/sales/2026-Q3/index.html").contains("Old goal"))
        let broken = try brokenLinks(in: folder.url.appendingPathComponent("public"))
        #expect(broken.isEmpty, "\(broken.prefix(10))")
    }

    /// A check-in note's "@bo" links to Bo's page, and Bo's page of that cycle lists the
    /// check-in, newest first; an unknown id stays text and is reported.
    @Test func mentionsLinkAndAreListedOnThePersonMentioned() async throws {
        let folder = try TemporaryFolder()
        var site = smallSite
        site["content/okrs/2026-Q4/people/ana.md"] = """
        ---
        objectives:
          - title: Help grow
            aligns: [company/O1/KR1]
            key_results:
              - title: Deals from 1 to 9
                start: 1
                target: 9
                checkins:
                  - {date: 2026-10-05, value: 2, note: "first call with @bo & <team>"}
                  - {date: 2026-10-12, value: 4, note: "@bo signed off; @nobody knows"}
        ---

        """
        try folder.write(site)
        let report = await Site.build(options(folder))
        #expect(report.succeeded, "\(report.diagnostics)")
        let ana = try folder.read("public/people/ana/index.html")
        #expect(ana.contains(#"<td>first call with <a href="../../people/bo/">@bo</a> &amp; &lt;team&gt;"#))
        #expect(ana.contains("; @nobody knows"))
        let bo = try folder.read("public/people/bo/index.html")
        let list = try #require(bo.range(of: #"<section class="mentions""#).map { String(bo[$0.lowerBound...]) })
        let first = try #require(list.range(of: "2026-10-12")), second = try #require(list.range(of: "2026-10-05"))
        #expect(first.lowerBound < second.lowerBound, "newest first")
        #expect(list.contains(#"<a href="../../people/ana/#O1-KR1">Ana &lt;script&gt; · O1/KR1</a>"#))
        let zh = try folder.read("public/zh/people/bo/index.html")
        #expect(zh.contains("在进展更新中提到 TA"))
        #expect(zh.contains(#"<a href="../../../people/bo/mentions.xml""#), "one feed for all languages, at the site's root")
        // A feed reader can tell Bo: the mentions as Atom, newest first, linked from the list.
        #expect(list.contains(#"<a href="../../people/bo/mentions.xml" type="application/atom+xml">"#))
        let feed = try folder.read("public/people/bo/mentions.xml")
        #expect(try XMLDocument(xmlString: feed).rootElement()?.name == "feed")
        #expect(feed.contains("<summary>4 / 9 — @bo signed off; @nobody knows</summary>"))
        #expect(feed.firstRange(of: "2026-10-12")!.lowerBound < feed.firstRange(of: "2026-10-05")!.lowerBound)
        #expect(!folder.exists("public/people/ana/mentions.xml"), "nobody mentioned Ana")
        // A person does not mention themselves on their own page.
        #expect(!ana.contains(#"class="mentions""#))
        #expect(report.diagnostics.map(\.rule.rawValue).contains("unknown-mention"))
    }

    /// Mentions in an OKR file's Markdown notes and in risks: a mistyped one is reported at
    /// its "@" (columns in characters, past a quote), one in code, a link or an e-mail address
    /// is none, and the person named lists the file once per notes or objective.
    @Test func mentionsInNotesAndRisksAreCheckedAndListed() async throws {
        let folder = try TemporaryFolder()
        var site = smallSite
        site["content/okrs/2026-Q4/people/ana.md"] = """
        ---
        objectives:
          - title: Help grow
            aligns: [company/O1/KR1]
            risks: ["中文 @bo may leave", "@bo again, and @bp"]
            key_results:
              - {title: Deals from 1 to 9, start: 1, target: 9}
        ---
        ## Plan

        Thanks @bo and @ana; not `@code`, [@link](https://example.com) or ops@example.com.
        - then ask @b0b and @bo again
        """
        try folder.write(site)
        let report = await Site.build(options(folder))
        let unknown = report.diagnostics.filter { $0.rule.rawValue == "unknown-mention" }
            .map { "\($0.location.line):\($0.location.column) \($0.message.prefix(while: { $0 != ";" }))" }
        #expect(unknown == ["5:49 @bp names no person (did you mean @bo?)", "12:12 @b0b names no person"])
        let bo = try folder.read("public/people/bo/index.html")
        let named = try #require(bo.range(of: #"aria-labelledby="note-mentions-title""#).map { String(bo[$0.lowerBound...].prefix(400)) })
        #expect(named.contains(#"<ul><li><a href="../../people/ana/#O1">Ana &lt;script&gt; · O1</a></li><li><a href="../../people/ana/#notes">Ana &lt;script&gt; · notes</a></li></ul>"#), "\(named)")
        #expect(try folder.read("public/people/ana/index.html").contains(#"<section class="okr-notes" id="notes">"#))
        #expect(!(try folder.read("public/people/ana/index.html")).contains("note-mentions-title"), "Ana named herself")
        #expect(try folder.read("public/zh/people/bo/index.html").contains(#"<a href="../../people/ana/#notes">Ana &lt;script&gt; · 说明</a>"#))
    }

    /// A key result of others' OKRs that names a person as its owner is listed on that
    /// person's page of its cycle, with its progress, even when they wrote no OKRs (and the
    /// directories say so beside "No OKRs yet"); one they own in their own OKRs is not listed
    /// again.
    @Test func keyResultsOwnedInOthersOKRsAreListedOnTheOwnersPage() async throws {
        let folder = try TemporaryFolder()
        var site = smallSite
        site["content/okrs/2026-Q4/company.md"] = "---\nobjectives:\n  - title: Grow\n    key_results:\n      - {title: Revenue, start: 0, target: 10, current: 4, owner: people/bo}\n      - {title: Margin, progress: 0.5, owner: people/ana}\n---\n"
        site["content/okrs/2026-Q4/people/ana.md"] = "---\nobjectives:\n  - title: Help grow\n    aligns: [company/O1/KR1]\n    key_results:\n      - {title: Deals, done: true, owner: people/ana}\n---\n"
        site["content/okrs/2026-Q3/teams/sales.md"] = "---\nobjectives:\n  - title: Old goal\n    key_results:\n      - {title: K, progress: 0.5, score: 0.6, owner: people/bo}\n---\n## Retrospective\nFine.\n"
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let bo = try folder.read("public/people/bo/index.html")
        let owned = try #require(bo.range(of: #"<section class="owned""#).map { String(bo[$0.lowerBound...].prefix(while: { $0 != "\n" })) + String(bo[$0.lowerBound...].drop(while: { $0 != "\n" }).prefix(300)) })
        #expect(owned.contains(#"<li><a href="../../company/#O1-KR1">Small &lt;Co&gt; · O1/KR1</a> Revenue <span class="progress band-fair"><progress max="100" value="40"></progress> 40%</span></li></ul>"#), "\(owned)")
        #expect(!owned.contains("Old goal") && !owned.contains(" K "), "a key result of another cycle is on that cycle's page")
        // Bo wrote no OKRs, but owned a key result in 2026-Q3 too: he has a page of that cycle.
        let past = try folder.read("public/people/bo/2026-Q3/index.html")
        #expect(past.contains(#"<a href="../../../teams/sales/2026-Q3/#O1-KR1">Sales · O1/KR1</a> K "#), "\(past)")
        #expect(bo.contains(#"<a href="../../people/bo/2026-Q3/">2026-Q3</a>"#), "his switcher leads there")
        #expect(try folder.read("public/zh/people/bo/index.html").contains("在他人 OKR 中负责的关键结果"))
        let ana = try folder.read("public/people/ana/index.html")
        #expect(ana.contains(#"<a href="../../company/#O1-KR2">Small &lt;Co&gt; · O1/KR2</a> Margin"#))
        #expect(!ana.contains("O1/KR1</a> Deals"), "her own key result is on her OKRs already")
        // Bo has no OKRs of his own: the team's members and the directory say what he owns.
        #expect(try folder.read("public/teams/sales/index.html").contains(#"<span class="no-okrs">No OKRs yet · owns 1 key result</span>"#))
        #expect(try folder.read("public/zh/people/index.html").contains("尚未制定 OKR · 负责 1 个关键结果"))
        #expect(try folder.read("public/dashboard/index.html").contains(#">Bo</a> <span class="member-note">owns 1 key result</span>"#))
    }

    /// One message per mistake: an alignment that does not read leaves its objective
    /// unaligned without the warning for it, and a misspelt `key_results` does not also make
    /// the objective short of key results or of confidence; the file's other objectives keep
    /// their hints.
    @Test func aMistakeIsReportedOnceNotAlsoByItsConsequences() async throws {
        let folder = try TemporaryFolder()
        var site = smallSite
        site["content/okrs/2026-Q4/people/ana.md"] = """
        ---
        objectives:
          - title: Help grow
            aligns: [team/sales/O1]
            key_result:
              - {title: Deals from 1 to 9, start: 1, target: 9}
          - title: Open the northern region
            aligns: [company/O1]
            confidence: 7
            key_results:
              - {title: Northern partner contract signed, done: true}
        ---
        """
        try folder.write(site)
        let report = await Site.check(options(folder))
        let ana = report.diagnostics.filter { $0.location.path.hasSuffix("people/ana.md") }.map { "\($0.location.line) \($0.rule.rawValue)" }
        // The second objective, written without an error, still hears that one key result is few.
        #expect(ana == ["4 invalid-reference", "5 unknown-key", "7 too-few-key-results"], "\(report.diagnostics)")
        // A misspelt `objectives` is one error, not also "0 objectives".
        site["content/okrs/2026-Q4/people/ana.md"] = "---\nobjective:\n  - title: Help grow\n---\n"
        try folder.write(site)
        let misspelt = await Site.check(options(folder)).diagnostics.filter { $0.location.path.hasSuffix("people/ana.md") }.map(\.rule.rawValue)
        #expect(misspelt == ["unknown-key"], "\(misspelt)")
    }

    /// A hostile file naming thousands of nobodies gets a bounded number of findings.
    @Test func mentionsInNotesAreBoundedPerFile() async throws {
        let folder = try TemporaryFolder()
        var site = smallSite
        site["content/okrs/2026-Q4/people/ana.md"] = "---\nobjectives:\n  - title: Help grow\n    aligns: [company/O1]\n    key_results:\n      - {title: Deals from 1 to 9, start: 1, target: 9}\n---\n"
            + (0..<5_000).map { "*@zz\($0)*" }.joined(separator: " ") + "\n"
        try folder.write(site)
        let report = await Site.check(options(folder))
        #expect(report.diagnostics.count { $0.rule.rawValue == "unknown-mention" } == 200)
    }

    /// Mustache looks up a nil field in the enclosing contexts; a key result without its own
    /// confidence or owner must not show the objective's confidence or the page's owner, and a
    /// team without OKRs must not show its parent team's progress.
    @Test func absentValuesDoNotLeakFromEnclosingContexts() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging([
            "content/okrs/2026-Q4/teams/sales.md": "---\nobjectives:\n  - title: Sell\n    confidence: 7\n    key_results:\n      - {title: Plain, target: 5}\n---\n",
        ]) { $1 })
        #expect(await Site.build(options(folder)).succeeded)
        let page = try folder.read("public/teams/sales/index.html")
        let keyResult = try #require(page.firstRange(of: "<li id=\"O1-KR1\"").map { String(page[$0.lowerBound...].prefix(while: { $0 != "\u{0}" }).split(separator: "</li>")[0]) })
        #expect(!keyResult.contains("confidence"))
        #expect(!keyResult.contains("kr-owner"))
        #expect(page.contains("Confidence 7/10"), "the objective itself shows its confidence")
        let tree = try folder.read("public/teams/index.html")
        let emea = try #require(tree.firstRange(of: ">EMEA</a>").map { String(tree[$0.upperBound...].prefix(80)) })
        #expect(!emea.contains("<progress"), "EMEA has no OKRs this cycle: \(emea)")
        #expect(!(try folder.read("public/people/bo/index.html")).contains("okr-notes"), "no empty notes section")
    }

    /// An owner's "## Retrospective" sits under the page's "Notes and retrospective" and the
    /// company's "## Markets" under "Strategy", not beside them as peers.
    @Test func bodyHeadingsSitUnderThePagesOwn() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging([
            "content/company.md": "---\nname: Small Co\n---\n## Markets\nSpain first.\n### Later\nPortugal.\n",
        ]) { $1 })
        #expect(await Site.build(options(folder)).succeeded)
        #expect(try folder.read("public/teams/sales/2026-Q3/index.html").contains("<h2>Notes and retrospective</h2><h3>Retrospective</h3>"))
        #expect(try folder.read("public/company/index.html").contains("<h2>Strategy</h2><h3>Markets</h3>\n<p>Spain first.</p>\n<h4>Later</h4>"))
    }

    @Test func reportsStepsAndPageProgress() async throws {
        final class Events: Sendable {
            let list = Mutex<[BuildEvent]>([])
        }
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        let events = Events()
        var withProgress = options(folder)
        withProgress.progress = { event in events.list.withLock { $0.append(event) } }
        let report = await Site.build(withProgress)
        let seen = events.list.withLock { $0 }
        let steps = seen.compactMap { event -> String? in if case .step(let name, _) = event { return name } else { return nil } }
        #expect(steps == ["theme", "load 2 people, 2 teams, 3 OKR files", "alignment", "hints",
                          "  pages", "  export, feeds, search index, assets", "render and write"])
        #expect(seen.contains(.pages(written: report.pages, total: report.pages)))
    }

    /// The team directory says direct members and the count with sub-teams apart, as the
    /// dashboard counts sub-teams in.
    @Test func teamCountsSayWhatTheyCount() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        #expect(await Site.build(options(folder)).succeeded)
        let teams = try folder.read("public/teams/index.html")
        #expect(teams.contains("2 with sub-teams, 1 directly"))
        #expect(teams.contains(#"<span class="member-count">1 member</span>"#))
        #expect(try folder.read("public/zh/teams/index.html").contains("直属 1 人，含下级团队 2 人"))
    }

    @Test func outputIsDeterministic() async throws {
        let first = try TemporaryFolder(), second = try TemporaryFolder()
        try first.write(smallSite)
        try second.write(smallSite)
        _ = await Site.build(options(first))
        _ = await Site.build(options(second))
        let files = try allFiles(in: first.url.appendingPathComponent("public"))
        #expect(files == (try allFiles(in: second.url.appendingPathComponent("public"))))
        #expect(files.count > 20)
    }

    @Test func failedBuildLeavesThePreviousSiteIntact() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        #expect(await Site.build(options(folder)).succeeded)
        let before = try allFiles(in: folder.url.appendingPathComponent("public"))
        try folder.write(["content/okrs/2026-Q4/people/bo.md": "---\nobjectives:\n  - title: [broken\n---\n"])
        let report = await Site.build(options(folder))
        #expect(!report.succeeded)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.rule) == [.yamlSyntax])
        #expect(try allFiles(in: folder.url.appendingPathComponent("public")) == before)
    }

    @Test func rebuildReplacesTheSiteWhole() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        #expect(await Site.build(options(folder)).succeeded)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("content/okrs/2026-Q3"))
        #expect(await Site.build(options(folder)).succeeded)
        #expect(!folder.exists("public/teams/sales/2026-Q3/index.html"), "pages of removed sources disappear")
        // The old site stays beside, hidden, for the next rebuild to stage into; nothing else.
        let beside = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".public.") }.sorted()
        #expect(beside == [".public.okr-portal-manifest", ".public.okr-portal-staging"])
        #expect(folder.exists(".public.okr-portal-staging/teams/sales/2026-Q3/index.html"), "it is the site before")
    }

    @Test func unchangedRebuildWritesNothing() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        let first = await Site.build(options(folder))
        #expect(first.succeeded && first.filesWritten == first.files)
        let public_ = folder.url.appendingPathComponent("public")
        let modified = try modificationTimes(in: public_)
        let inodeBefore = try FileManager.default.attributesOfItem(atPath: public_.appendingPathComponent("company/2026-Q3/index.html").path)[.systemFileNumber] as? Int
        try await Task.sleep(for: .milliseconds(20))

        let again = await Site.build(options(folder))
        #expect(again.succeeded)
        #expect(again.filesWritten == 0 && again.filesRemoved == 0)
        #expect(try modificationTimes(in: public_) == modified, "no file was touched")

        // One owner's edit rewrites that owner's pages and what shows them, not the whole site.
        let ana = "content/okrs/2026-Q4/people/ana.md"
        try folder.write([ana: try folder.read(ana).replacingOccurrences(of: "Help grow", with: "Help grow faster")])
        let edited = await Site.build(options(folder))
        #expect(edited.succeeded)
        #expect(edited.filesWritten > 0 && edited.filesWritten < edited.files / 2, "\(edited.filesWritten) of \(edited.files)")
        #expect(try folder.read("public/people/ana/index.html").contains("Help grow faster"))
        #expect(try modificationTimes(in: public_)["company/2026-Q3/index.html"] == modified["company/2026-Q3/index.html"])
        // The new site was staged and swapped in; its unchanged files are the old files, linked.
        let unchanged = public_.appendingPathComponent("company/2026-Q3/index.html").path
        #expect(try FileManager.default.attributesOfItem(atPath: unchanged)[.systemFileNumber] as? Int == inodeBefore)
        // A third build stages into the folder the second one left, and says the same.
        try folder.write([ana: try folder.read(ana).replacingOccurrences(of: "Help grow faster", with: "Help grow fastest")])
        let third = await Site.build(options(folder))
        #expect(third.succeeded && third.filesWritten > 0 && third.filesWritten < third.files / 2)
        #expect(try folder.read("public/people/ana/index.html").contains("Help grow fastest"))
        #expect(try FileManager.default.attributesOfItem(atPath: unchanged)[.systemFileNumber] as? Int == inodeBefore, "still the first build's file")
        let rebuilt = try allFiles(in: public_)
        #expect(rebuilt == (try allFiles(in: await fresh(folder))), "the same site as a build into an empty folder")
    }

    /// Where nothing can be swapped (a mount point), the changed files are copied into the
    /// live folder one by one, found by content; unchanged files are left alone.
    @Test func aMountPointIsUpdatedInPlaceByContent() throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "live/a.html": "same", "live/b.html": "old", "live/c.html": "gone",
            "staged/a.html": "same", "staged/b.html": "new", "staged/sub/d.html": "added",
        ])
        let live = folder.url.appendingPathComponent("live")
        let before = try FileManager.default.attributesOfItem(atPath: live.appendingPathComponent("a.html").path)[.systemFileNumber] as? Int
        try SiteWriter(output: live).updateInPlace(live, from: folder.url.appendingPathComponent("staged"), keeping: ["a.html", "b.html", "sub/d.html"])
        #expect(try folder.read("live/b.html") == "new" && folder.read("live/sub/d.html") == "added")
        #expect(!folder.exists("live/c.html"))
        #expect(try FileManager.default.attributesOfItem(atPath: live.appendingPathComponent("a.html").path)[.systemFileNumber] as? Int == before, "unchanged file untouched")
        #expect(try FileManager.default.contentsOfDirectory(atPath: live.path).sorted() == ["a.html", "b.html", "sub"], "no temporary file")
    }

    /// A streamed file (the export) is written a buffer at a time into the staged site and
    /// compared with the old site's file: unchanged, it becomes a hard link to the old file
    /// (same inode, same modification time); a producer that fails leaves no file behind.
    @Test func streamedFilesAreLinkedWhenTheirBytesAreUnchanged() throws {
        let folder = try TemporaryFolder()
        let old = folder.url.appendingPathComponent("old").path, new = folder.url.appendingPathComponent("new").path
        try FileManager.default.createDirectory(atPath: old, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: new, withIntermediateDirectories: true)
        let big = String(repeating: "0123456789abcdef", count: 200_000)  // several buffers
        let onDiskWhenProduced = Mutex<Int?>(nil)
        func streamed(_ text: String, into root: String, failing: Bool = false) -> OutputFile {
            OutputFile(path: "okrs.json") { sink in
                try sendInPieces(text, to: sink)
                let size = try? FileManager.default.attributesOfItem(atPath: root + "/okrs.json")[.size] as? Int
                onDiskWhenProduced.withLock { $0 = size }
                if failing { throw ProducerFailed() }
            }
        }
        func inode(_ path: String) throws -> Int? { try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int }
        #expect(try FileWriter(root: old, previous: nil).write(streamed(big, into: old)), "a new file is written")
        #expect(onDiskWhenProduced.withLock { $0 } == big.utf8.count, "the bytes went to disk as they were made, not collected first")
        let written = try FileManager.default.attributesOfItem(atPath: old + "/okrs.json")[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.02)

        let writer = FileWriter(root: new, previous: old)
        #expect(try !writer.write(streamed(big, into: new)), "the same bytes are not new")
        #expect(try inode(new + "/okrs.json") == inode(old + "/okrs.json"), "the old file itself, linked")
        #expect(try FileManager.default.attributesOfItem(atPath: new + "/okrs.json")[.modificationDate] as? Date == written)
        try FileManager.default.removeItem(atPath: new + "/okrs.json")

        #expect(throws: ProducerFailed.self) { try writer.write(streamed("partial", into: new, failing: true)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: new).isEmpty, "a failed producer leaves nothing")

        let changed = String(big.dropLast()) + "!"
        #expect(try writer.write(streamed(changed, into: new)), "one changed byte at the end makes a new file")
        #expect(try folder.read("new/okrs.json") == changed && folder.read("old/okrs.json") == big)
        #expect(try inode(new + "/okrs.json") != inode(old + "/okrs.json"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: new) == ["okrs.json"], "no temporary file is left")
    }

    /// Files one pass makes together (the exports) are written by one run of their producer,
    /// each to its own file; each file alone is still the same bytes; unchanged, they are
    /// links to the old site's files like any streamed file.
    @Test func aGroupOfStreamedFilesIsMadeInOnePass() throws {
        let folder = try TemporaryFolder()
        let old = folder.url.appendingPathComponent("old").path, new = folder.url.appendingPathComponent("new").path
        for root in [old, new, old + "/okrs"] { try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true) }
        try FileManager.default.createDirectory(atPath: new + "/okrs", withIntermediateDirectories: true)
        let runs = Mutex(0)
        let paths = ["okrs.json", "okrs/a.json", "okrs/b.json"]
        let files = OutputFile.grouped(paths) { sinks in
            runs.withLock { $0 += 1 }
            for (index, sink) in sinks.enumerated() {
                try sink.map { try sendInPieces(String(repeating: "file \(index) ", count: 100_000), to: $0) }
            }
        }
        let group = try #require(files[0].group)
        #expect(try FileWriter(root: old, previous: nil).write(group) == [true, true, true])
        #expect(runs.withLock { $0 } == 1, "one pass for the three files")
        for (index, path) in paths.enumerated() {
            #expect(try folder.read("old/" + path) == String(repeating: "file \(index) ", count: 100_000))
            #expect(files[index].contents == String(repeating: "file \(index) ", count: 100_000), "alone, the same bytes")
        }
        #expect(try FileWriter(root: new, previous: old).write(group) == [false, false, false], "the same bytes are not new")
        func inode(_ path: String) throws -> Int? { try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int }
        #expect(try inode(new + "/okrs/b.json") == inode(old + "/okrs/b.json"), "the old file itself, linked")
    }

    /// The manifest keeps each problem on one line and gives it back whole: its mend, its
    /// exemption from --strict, and text with tabs, line breaks and backslashes.
    @Test func recordedProblemsComeBackWhole() throws {
        var mended = Diagnostic.warning("unknown-key", "unknown key \"titel\"\tthen\na new line, a \\ and \\n", at: SourceLocation(path: "content/a\tb.md", line: 3, column: 5))
        mended.fix = TextFix(original: "titel", replacement: "title", line: nil, column: 7)
        var exempt = Diagnostic.warning("stale-key-result", "quiet", at: SourceLocation(path: "content/x.md", line: 1, column: 1))
        exempt.exemptFromStrict = true
        let plain = Diagnostic.error("yaml-syntax", "", at: SourceLocation(path: "content/y.md", line: 2, column: 9))
        for diagnostic in [mended, exempt, plain] {
            let line = OutputManifest.Recorded.line(diagnostic)
            #expect(!line.contains("\n"))
            let back = try #require(OutputManifest.Recorded.diagnostic(line))
            #expect(back == diagnostic && back.fix == diagnostic.fix)
        }

        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("public")
        let manifest = OutputManifest(fingerprint: "f1", pages: 2, objectives: 3, languages: 2, diagnostics: [mended, exempt], files: [.init(path: "a b.html", size: 4, modified: "1.2")])
        try manifest.save(for: output)
        #expect(OutputManifest.load(for: output, fingerprint: "f1") == manifest)
        #expect(OutputManifest.load(for: output, fingerprint: "f2") == nil, "another build's record is not read")
    }

    /// The build says how many bytes the site is (every file, as on disk), and a site that
    /// passes what GitHub Pages or GitLab.com's Pages publish gets a note saying which limit
    /// and what makes it smaller, from the build and from an unchanged rebuild alike.
    @Test func buildReportsTheSiteSizeAndHostLimits() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        let report = await Site.build(options(folder))
        #expect(report.succeeded)
        let public_ = folder.url.appendingPathComponent("public")
        var onDisk = 0
        let files = try #require(FileManager.default.enumerator(at: public_, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey]))
        for case let file as URL in files where try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            onDisk += try file.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0
        }
        #expect(report.bytes == onDisk && onDisk > 100_000)
        #expect(report.notes.isEmpty, "a small site is within every host's limits")

        #expect(SiteSize.described(746_149_872) == "746.1 MB" && SiteSize.described(1_465_400_000) == "1,465.4 MB")
        #expect(SiteSize.described(2_949_999) == "2.9 MB" && SiteSize.described(411_600) == "412 KB")
        #expect(SiteSize.hostingNotes(bytes: SiteSize.hostBytes, files: SiteSize.hostFiles, languages: 2).isEmpty, "the limits themselves are allowed")
        let twenty = SiteSize.hostingNotes(bytes: 1_465_400_000, files: 101_542, languages: 2)
        #expect(twenty == ["the site is 1,465.4 MB, over the 1 GB that GitHub Pages and GitLab.com's Pages publish; each of its 2 languages (`languages:` in portal.yaml) is a full copy of the pages, so publishing fewer makes it smaller, or publish to a host without these limits"])
        let fifty = try #require(SiteSize.hostingNotes(bytes: 900_000_000, files: 254_417, languages: 1).first)
        #expect(fifty.hasPrefix("the site is 254,417 files, over the 200,000 that GitLab.com's Pages takes; publish to a host without these limits"))
        let both = try #require(SiteSize.hostingNotes(bytes: 3_655_100_000, files: 254_417, languages: 2).first)
        #expect(both.hasPrefix("the site is 3,655.1 MB, over the 1 GB that GitHub Pages and GitLab.com's Pages publish and 254,417 files, over the 200,000"))
    }

    /// The last build's fingerprint and file list let a rebuild with the same inputs skip
    /// rendering; any change to the sources, the date or the output folder renders again.
    @Test func unchangedRebuildRendersNothing() async throws {
        final class Steps: Sendable {
            let list = Mutex<[String]>([])
        }
        func build(_ options: BuildOptions) async -> (BuildReport, [String]) {
            let steps = Steps()
            var options = options
            options.progress = { event in if case .step(let name, _) = event { steps.list.withLock { $0.append(name) } } }
            let report = await Site.build(options)
            return (report, steps.list.withLock { $0 })
        }
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        let (first, firstSteps) = await build(options(folder))
        #expect(first.succeeded && firstSteps.contains("render and write"))
        #expect(folder.exists(".public.okr-portal-manifest"))

        let (again, againSteps) = await build(options(folder))
        #expect(again.succeeded && again.filesWritten == 0 && again.files == first.files && again.pages == first.pages)
        #expect(again.bytes == first.bytes && again.notes == first.notes, "the same size, from the manifest")
        #expect(!againSteps.contains("render and write") && againSteps.contains("output already up to date, nothing rendered"))
        // Nothing was parsed either: the problems and counts are the ones the manifest kept.
        #expect(!againSteps.contains("hints") && !againSteps.contains("theme"))
        #expect(!first.diagnostics.isEmpty, "the small site has writing hints to keep")
        #expect(again.diagnostics == first.diagnostics && again.objectives == first.objectives)
        // The kept warnings still fail a strict build.
        let (strict, _) = await build(options(folder, strict: true))
        #expect(!strict.succeeded && strict.diagnostics == first.diagnostics)

        // A new file in the content folder is an input too (here a stray file the loader warns about).
        try folder.write(["content/okrs/2026-Q4/notes.md": "x"])
        let (added, addedSteps) = await build(options(folder))
        #expect(addedSteps.contains("hints") && added.diagnostics.count > first.diagnostics.count)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("content/okrs/2026-Q4/notes.md"))
        #expect(await build(options(folder)).1.contains("hints"))

        // A file changed in the output folder: render again, and put it back.
        let home = folder.url.appendingPathComponent("public/index.html")
        let original = try Data(contentsOf: home)
        try Data("tampered".utf8).write(to: home)
        let (repaired, repairedSteps) = await build(options(folder))
        #expect(repairedSteps.contains("render and write") && repaired.filesWritten == 1)
        #expect(try Data(contentsOf: home) == original)

        // A file added to the output folder: render again, which removes it.
        try folder.write(["public/stray.html": "x"])
        let (_, straySteps) = await build(options(folder))
        #expect(straySteps.contains("render and write") && !folder.exists("public/stray.html"))

        // Another day: the pages show the build date, so everything is rendered.
        var tomorrow = options(folder)
        tomorrow.buildDate = Day(year: 2026, month: 11, day: 23)!
        #expect(await build(tomorrow).1.contains("render and write"))

        // An edited source renders again.
        try folder.write(["content/org/people.yaml": try folder.read("content/org/people.yaml").replacingOccurrences(of: "name: Bo", with: "name: Bob")])
        let (edited, editedSteps) = await build(tomorrow)
        #expect(editedSteps.contains("render and write") && edited.filesWritten > 0)
        #expect(try folder.read("public/people/bo/index.html").contains("Bob"))
    }

    /// An owner's landing page shows its current cycle's page, so a run renders it once and
    /// fills in each page's own paths: every page must come out exactly as when rendered alone,
    /// with the landing page's links one level shallower than the cycle page's.
    @Test func landingPagesAreTheCurrentCyclePageWithTheirOwnPaths() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        let loaded = await Site.load(options(folder))
        let theme = try #require(loaded.theme)
        let index = SiteIndex(content: loaded.content, graph: loaded.graph, findings: loaded.findings, buildDate: demoDate)
        let renderer = SiteRenderer(index: index, theme: theme)

        #expect(renderer.shownSubject(.person("ana", cycle: nil)) == .person("ana", cycle: "2026-Q4"))
        #expect(renderer.shownSubject(.company(cycle: nil)) == .company(cycle: "2026-Q4"))
        // Bo has no OKRs and Sales none this cycle: their landing pages show themselves.
        #expect(renderer.shownSubject(.person("bo", cycle: nil)) == .person("bo", cycle: nil))
        #expect(renderer.shownSubject(.team("sales", cycle: nil)) == .team("sales", cycle: nil))

        for language in ["en", "zh"] {
            let run = renderer.jobs().filter { $0.owner == .person("ana") && $0.language == language }
            #expect(run.count == 2)
            var together: [OutputFile] = []
            renderer.render(run) { together.append($0) }
            #expect(together == run.map { renderer.render($0) })
            #expect(!together.contains { $0.contents.utf8.contains { $0 == 1 || $0 == 2 } })
        }
        let zh = renderer.jobs().filter { $0.language == "zh" }
        let landing = try renderer.render(#require(zh.first { $0.subject == .person("ana", cycle: nil) })).contents
        let cycle = try renderer.render(#require(zh.first { $0.subject == .person("ana", cycle: "2026-Q4") })).contents
        #expect(landing.contains("href=\"../../../assets/style.css\"") && cycle.contains("src=\"../../../../assets/redirect.js\""))
        #expect(landing.contains("href=\"../../../people/ana/\" hreflang=\"en\""))
        #expect(renderer.redirectTarget(of: .person("ana", cycle: "2026-Q4")) == .person("ana", cycle: nil))
        #expect(renderer.redirectTarget(of: .team("sales", cycle: "2026-Q3")) == nil)
    }

    func modificationTimes(in root: URL) throws -> [String: Date] {
        var times: [String: Date] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            times[relative] = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(relative).path)[.modificationDate] as? Date
        }
        return times
    }

    @Test func strictFailsOnWarnings() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging(["content/okrs/2026-Q4/notes.md": "stray"]) { $1 })
        #expect(await Site.build(options(folder)).succeeded)
        #expect(!(await Site.build(options(folder, strict: true)).succeeded))
    }

    @Test func hintsAppearOnTheHintsPageAndBesideTheObjective() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging([
            "content/okrs/2026-Q4/people/bo.md": "---\nobjectives:\n  - title: 团队建设\n    aligns: company/O1\n    key_results:\n      - {title: 提升用户满意度, progress: 0.2}\n---\n",
            "content/org/people.yaml": smallSite["content/org/people.yaml"]! + "- {id: cy, name: Cy}\n",
            "content/okrs/2026-Q4/people/cy.md": "---\nobjectives:\n  - title: Win the Nordic market\n    aligns: company/O1\n    key_results:\n      - {title: Improve customer satisfaction, progress: 0.2}\n      - {title: Ten resellers signed, start: 0, target: 10}\n---\n",
        ]) { $1 })
        let report = await Site.build(options(folder))
        #expect(report.succeeded)
        #expect(report.diagnostics.contains { $0.rule.rawValue == "bare-phrase-objective" && $0.location.path == "content/okrs/2026-Q4/people/bo.md" && $0.location.line == 3 })
        // The summary counts; Bo's team's page lists the finding, once, and Sales' page (the
        // team above) names EMEA's page instead of repeating it.
        let hints = try folder.read("public/hints/index.html")
        #expect(hints.contains("id=\"bare-phrase-objective\""), "the guide explains each rule")
        #expect(hints.contains(#"<th scope="row" class="depth-0"><a href="../hints/teams/sales/">Sales</a></th><td>"#))
        #expect(!hints.contains("“团队建设” names an area"), "findings are on the teams' pages")
        // Cy is in no team: the summary lists Cy's finding itself, under a heading that says so.
        let noTeam = try #require(hints.range(of: "<h3>On the company&#39;s OKRs and those of people in no team</h3>")).upperBound
        let byTeam = try #require(hints.range(of: "<h3>By team</h3>")).lowerBound
        #expect(hints[noTeam..<byTeam].contains(#"<a href="../people/cy/#O1-KR1">Cy · 2026-Q4 · O1/KR1 Improve customer satisfaction</a>"#))
        // What is wrong now comes first, the guide after it; each rule's count shows once,
        // and only for rules with findings.
        let findingsAt = try #require(hints.range(of: "id=\"findings-title\"")).lowerBound
        let guideAt = try #require(hints.range(of: "id=\"guide-title\"")).lowerBound
        #expect(findingsAt < guideAt)
        #expect(hints.contains(##"<li><a href="#bare-phrase-objective">Objective is a bare phrase</a> <span class="count">"##))
        #expect(!hints.contains(##"<li><a href="#too-few-objectives">"##), "a rule with no findings is not counted")
        #expect(hints.components(separatedBy: #"<span class="count">"#).count - 1 == hints.components(separatedBy: "<li><a href=\"#").count - 1)
        let sales = try folder.read("public/hints/teams/sales/index.html")
        #expect(sales.contains("href=\"../../../people/bo/#O1\""), "findings link to the objective")
        #expect(sales.components(separatedBy: "<strong>Objective is a bare phrase</strong>: “团队建设” names an area").count == 2, "listed once")
        #expect(try folder.read("public/zh/hints/teams/sales/index.html").contains("<strong>目标只是一个短语</strong>：“团队建设”只是一个领域"), "the finding follows its rule's title after a full-width colon")
        let bo = try folder.read("public/people/bo/index.html")
        #expect(bo.contains("names an area, not where you want to get to"))
        #expect(bo.contains("href=\"../../hints/#bare-phrase-objective\""))
        #expect(try folder.read("public/zh/people/bo/index.html").contains("只是一个领域"))
    }

    /// A chart's figure is the progress printed beside it: the chart draws the line only, and
    /// the owner map's boxes carry no per-part classes (both were bytes on every owner page).
    @Test func ownerPagesDrawChartsAndBoxesWithoutRepeatingThemselves() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging([
            "content/okrs/2026-Q4/people/bo.md": okrs("""
              - title: Win the Nordics
                aligns: company/O1
                key_results:
                  - title: Ten Nordic resellers signed
                    start: 0
                    target: 10
                    checkins:
                      - {date: 2026-10-12, value: 2}
                      - {date: 2026-11-09, value: 6, confidence: 7}
                  - {title: Nordic price list live, done: false}
            """),
        ]) { $1 })
        #expect(await Site.build(options(folder)).succeeded)
        let bo = try folder.read("public/people/bo/index.html")
        let chart = try #require(bo.firstRange(of: #"<svg class="trend""#)).lowerBound
        let chartEnd = try #require(bo[chart...].firstRange(of: "</svg>")).upperBound
        #expect(!bo[chart..<chartEnd].contains("<text"), "the figure is beside the chart, not in it")
        #expect(bo.contains(#"<symbol id="trend-frame" viewBox="0 0 124 32">"#))
        #expect(bo[chart..<chartEnd].contains(#"<path d="M"#), "the line as relative steps")
        // The key result's tag says "Confidence 7/10"; its check-in table gives the figure alone.
        #expect(bo.contains("<tr><td>2026-11-09<td>6<td>7<tr>"))
        #expect(bo.contains(#"class="map-node status-"#) && !bo.contains("node-title"))
        // A key result's parts are told apart by position, not by classes on each.
        #expect(bo.contains(#"<li id="O1-KR1">"# + "\n" + #"<div><svg class="trend""#))
        #expect(bo.contains("<b>KR1</b> Ten Nordic resellers signed"))
        #expect(!bo.contains("kr-figures") && !bo.contains("class=\"key-result\""))
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging(["public/precious.txt": "keep me"]) { $1 })
        let report = await Site.build(options(folder))
        #expect(!report.succeeded)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.rule) == [.outputFailed])
        #expect(try folder.read("public/precious.txt") == "keep me")
    }

    /// The system's reason in words, not Foundation's error dump.
    @Test func anOutputThatCannotBeMadeIsSaidPlainly() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging(["a-file": "x"]) { $1 })
        var blocked = options(folder)
        blocked.outputDirectory = folder.url.appendingPathComponent("a-file/public")
        let report = await Site.build(blocked)
        let message = try #require(report.diagnostics.first { $0.rule == .outputFailed }?.message)
        #expect(message.hasPrefix("cannot write \(folder.url.path)/a-file"), "\(message)")
        #expect(message == "cannot write \(folder.url.path)/a-file: a file is in the way")
    }

    @Test func refusesAnOutputFolderHoldingTheSources() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        var unsafe = options(folder)
        unsafe.outputDirectory = folder.url
        let report = await Site.build(unsafe)
        #expect(!report.succeeded)
        #expect(folder.exists("content/portal.yaml"))
    }

    @Test func themeOverridesReplaceSingleFiles() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging([
            "Templates/partials/objective.mustache": "<p class=\"custom\" id=\"{{id}}\">{{title}}</p>",
            "Templates/assets/extra.css": "body{}",
        ]) { $1 })
        var withTheme = options(folder)
        withTheme.templatesDirectory = folder.url.appendingPathComponent("Templates")
        #expect(await Site.build(withTheme).succeeded)
        let company = try folder.read("public/company/index.html")
        #expect(company.contains("<p class=\"custom\" id=\"O1\">Grow</p>"))
        #expect(company.contains("<nav class=\"site-nav\""), "the rest of the built-in theme is still used")
        #expect(folder.exists("public/assets/extra.css"))
    }

    /// One objective, one member: the noun agrees with the number.
    @Test func countsAgreeWithTheirNouns() async throws {
        var site = smallSite
        site["content/org/people.yaml"]! += "- {id: cy, name: Cy, team: sales}\n"
        let folder = try TemporaryFolder()
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        #expect(try folder.read("public/people/ana/index.html").contains("<span class=\"count\">1 objective</span>"))
        #expect(try folder.read("public/zh/people/ana/index.html").contains("<span class=\"count\">1 个目标</span>"))
        let teams = try folder.read("public/teams/index.html")
        #expect(teams.contains("<span class=\"member-count\">3 with sub-teams, 2 directly</span>") && teams.contains("<span class=\"member-count\">1 member</span>"))
        site["content/org/people.yaml"]! += "- {id: dee, name: Dee, team: emea}\n"
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        #expect(try folder.read("public/teams/index.html").contains("<span class=\"member-count\">2 members</span>"))
    }

    /// The overview draws 400 objectives; a level that would pass them is left out whole (with
    /// the levels below it), and the note names each level and counts one objective as
    /// "1 objective", not "1 objectives".
    @Test func theMapsNoteOnLeftOutObjectivesNamesTheLevelAndAgreesWithItsNumber() async throws {
        var site = smallSite
        func goals(_ count: Int) -> String {
            "---\nobjectives:\n" + (0..<count).map { "  - title: Goal \($0)\n    key_results:\n      - {title: K, progress: 0.5}\n" }.joined() + "---\n"
        }
        site["content/okrs/2026-Q4/company.md"] = goals(50)
        for team in 0..<8 {
            site["content/org/teams.yaml"]! += "- {id: t\(team), name: T\(team)}\n"
            site["content/okrs/2026-Q4/teams/t\(team).md"] = goals(44)
        }
        site["content/okrs/2026-Q4/teams/sales.md"] = "---\nobjectives:\n  - title: Sell\n    aligns: [company/O1]\n    key_results:\n      - {title: K, progress: 0.5}\n---\n"
        let folder = try TemporaryFolder()
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let english = try folder.read("public/map/index.html")
        #expect(english.contains("<p class=\"map-omitted\">Not drawn, to keep the map readable: 353 objectives of teams at level 1, 1 objective of people. The alignment tree below lists them"))
        // The tree still lists it, under the objective it serves.
        #expect(english.contains(##/<li data-team="sales"><a href="[^"]*teams/sales/[^"]*#O1">O1 Sell</a>/##))
        let chinese = try folder.read("public/zh/map/index.html")
        #expect(chinese.contains("<p class=\"map-omitted\">为保持清晰，图中未画出：第 1 层团队的 353 个目标、个人的 1 个目标。"))
    }

    /// An owner's page draws the alignment once for the whole cycle, with a box per objective
    /// that `#O1-map` still reaches, and says per objective what it serves and who contributes.
    @Test func anOwnerPageHasOneDrawingAndOneLinePerDirection() async throws {
        var site = smallSite
        site["content/okrs/2026-Q4/teams/sales.md"] = "---\nobjectives:\n  - {title: Sell, aligns: [company/O1], key_results: [{title: K, progress: 0.5}]}\n  - {title: Hire, aligns: [company/O1], key_results: [{title: K, progress: 0.5}]}\n---\n"
        site["content/okrs/2026-Q4/teams/emea.md"] = "---\nobjectives:\n  - {title: Open Spain, aligns: [teams/sales/O1], key_results: [{title: K, progress: 0.5}]}\n---\n"
        site["content/okrs/2026-Q4/people/ana.md"] = "---\nobjectives:\n  - {title: Help grow, aligns: [teams/emea/O1, teams/sales/O2], key_results: [{title: Deals, done: true}]}\n---\n"
        let folder = try TemporaryFolder()
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let ana = try folder.read("public/people/ana/index.html")
        #expect(ana.components(separatedBy: "<svg").count == 2, "one drawing")
        #expect(ana.contains(#"id="O1-map""#))
        // The way up, step by step (the shortest way to the company), and the other objective
        // it serves beside it; only the first step names its objective in a tooltip (the
        // drawing shows the rest).
        #expect(ana.contains(##/<p class="serves"><span class="line-label">Serves</span> → <a href="[^"]*teams/sales/[^"]*#O2" title="O2 Hire">Sales · O2</a> → <a href="[^"]*company/[^"]*#O1">Small &lt;Co&gt; · O1</a> <span class="also">\(also <a href="[^"]*teams/emea/[^"]*#O1" title="O1 Open Spain">EMEA · O1</a>\)</span></p>/##))
        #expect(!ana.contains("Path to the company") && !ana.contains("Aligns to"))
        let sales = try folder.read("public/teams/sales/index.html")
        #expect(sales.components(separatedBy: "<svg").count == 2)
        #expect(sales.contains(##/<div class="contributors"><span class="line-label">Contributors \(1\)</span> <a href="[^"]*teams/emea/[^"]*#O1" title="O1 Open Spain">EMEA · O1</a></div>/##))
        #expect(!sales.contains("Who aligns to this team"))
        // Every objective of the cycle shows on the overview, and its tree nests who serves what.
        let map = try folder.read("public/map/index.html")
        let tree = try #require(map.firstMatch(of: #/<section class="alignment-tree".*?</section>/#.dotMatchesNewlines())).output
        let company = try #require(tree.range(of: ">O1 Grow</a>"))
        let sell = try #require(tree.range(of: ">O1 Sell</a>"))
        let spain = try #require(tree.range(of: ">O1 Open Spain</a>"))
        let hire = try #require(tree.range(of: ">O2 Hire</a>"))
        let help = try #require(tree.ranges(of: ">O1 Help grow</a>").last)
        #expect(company.lowerBound < sell.lowerBound && sell.lowerBound < spain.lowerBound && spain.lowerBound < hire.lowerBound && hire.lowerBound < help.lowerBound)
        // Listed in full under Hire (its way to the company), again without a branch under Open Spain.
        #expect(tree.contains(##/<li data-team="emea" class="tree-ref"><a href="[^"]*people/ana/[^"]*#O1">O1 Help grow</a>/##))
        #expect(tree.contains(#"<datalist id="tree-teams"><option value="EMEA" data-team="emea" data-parent="sales"></option><option value="Sales" data-team="sales" data-parent=""></option></datalist>"#))
    }

    /// Each cycle has its own export beside the whole one, with the same schema and only
    /// its objectives, listed in the whole export's cycles.
    @Test func eachCycleHasItsOwnExport() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        #expect(await Site.build(options(folder)).succeeded)
        let whole = try JSONSerialization.jsonObject(with: Data(folder.read("public/okrs.json").utf8)) as! [String: Any]
        let cycles = whole["cycles"] as! [[String: Any]]
        #expect(cycles.map { $0["export"] as! String } == ["okrs/2026-Q3.json", "okrs/2026-Q4.json"])
        for cycle in ["2026-Q3", "2026-Q4"] {
            let part = try JSONSerialization.jsonObject(with: Data(folder.read("public/okrs/\(cycle).json").utf8)) as! [String: Any]
            let objectives = part["objectives"] as! [[String: Any]]
            #expect(!objectives.isEmpty && objectives.allSatisfy { $0["cycle"] as! String == cycle })
            #expect((part["people"] as! [Any]).count == (whole["people"] as! [Any]).count)
        }
    }

    /// Pages that grow with the company stop at whole levels or whole teams, say so, and
    /// leave the rest to the team pages and the spreadsheets: 2,001 people in 2,001 teams
    /// under one department, one of them with OKRs.
    @Test func directoriesAndListsStayBoundedInALargeCompany() async throws {
        var site = smallSite
        site["content/org/teams.yaml"] = "- {id: all, name: All}\n" + (0..<2_001).map { "- {id: t\($0), name: T\($0), parent: all}\n" }.joined()
        site["content/org/people.yaml"] = (0..<2_001).map { "- {id: p\($0), name: P\($0), team: t\($0)}\n" }.joined()
        site["content/okrs/2026-Q4/people/ana.md"] = nil
        site["content/okrs/2026-Q4/people/p0.md"] = "---\nobjectives:\n  - {title: Help grow, aligns: [company/O1], key_results: [{title: Deals, done: true}]}\n---\n"
        site["content/okrs/2026-Q3/teams/sales.md"] = nil
        let folder = try TemporaryFolder()
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let people = try folder.read("public/people/index.html")
        #expect(!people.contains("people-table") && people.contains("(2,001 people)") && people.contains(#"<a href="../teams/all/">All</a>"#))
        let teams = try folder.read("public/teams/index.html")
        #expect(!teams.contains("teams/t7/") && teams.contains("each team&#39;s page lists all of its sub-teams"))
        #expect(try folder.read("public/teams/all/index.html").contains("teams/t2000/"), "a team's page lists its sub-teams")
        let dashboard = try folder.read("public/dashboard/index.html")
        #expect(dashboard.contains("the list stops here: 1,000 people more are in the follow-up spreadsheet"))
        #expect(dashboard.contains("2,001 deeper teams are counted in their parents&#39; rows"))
        for page in ["people/index.html", "teams/index.html", "dashboard/index.html", "zh/people/index.html"] {
            #expect(try folder.read("public/" + page).utf8.count < 400_000, "\(page)")
        }
    }

    /// Alignments can chain sideways through any number of people; every page of the chain
    /// would list all the rest, and the export repeat them for each objective. A page shows the
    /// first six steps, how many more, and the top; the export lists 100 steps at most.
    @Test func aLongWayUpIsShownShortened() async throws {
        var site = smallSite
        let count = 120
        site["content/org/people.yaml"]! += (0..<count).map { "- {id: c\($0), name: C\($0), team: sales}\n" }.joined()
        for index in 0..<count {
            let target = index == 0 ? "company/O1" : "people/c\(index - 1)/O1"
            site["content/okrs/2026-Q4/people/c\(index).md"] = "---\nobjectives:\n  - {title: Step \(index), aligns: [\(target)], key_results: [{title: Deals, done: true}]}\n---\n"
        }
        let folder = try TemporaryFolder()
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let page = try folder.read("public/people/c9/index.html")
        let serves = try #require(page.firstMatch(of: #/<p class="serves">.*?</p>/#)).output
        #expect(serves.components(separatedBy: "<a ").count - 1 == 7, "six steps and the top")
        #expect(serves.contains(#"people/c3/#O1"#) && !serves.contains(#"people/c2/#O1"#))
        #expect(serves.contains(#"<span class="serves-gap">… 3 more</span> → <a href="../../company/#O1">"#), "c2, c1, c0 left out")
        #expect(try folder.read("public/zh/people/c9/index.html").contains("… 另有 3 级"))
        let short = try folder.read("public/people/c6/index.html")
        #expect(!short.contains("serves-gap") && short.contains(#"people/c0/#O1"#), "seven steps are shown whole")
        let export = try JSONSerialization.jsonObject(with: Data(try folder.read("public/okrs.json").utf8)) as! [String: Any]
        let chains = (export["objectives"] as! [[String: Any]]).map { ($0["chain"] as! [String]).count }
        #expect(chains.max() == 100)
    }

    /// An HR export that gives everyone one manager would list the company on that person's
    /// page: 200 reports are named, then how many more, linking to the people directory.
    @Test func aLongListOfReportsIsCut() async throws {
        var site = smallSite
        site["content/org/people.yaml"]! += (0..<250).map { "- {id: r\($0), name: R\($0), team: sales, manager: bo}\n" }.joined()
        let folder = try TemporaryFolder()
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let page = try folder.read("public/people/bo/index.html")
        let reports = try #require(page.firstMatch(of: #/(?s)<section class="reports".*?</section>/#)).output
        #expect(reports.components(separatedBy: "<li>").count - 1 == 201)
        #expect(reports.contains(#"<li><a href="../../people/">… 50 more in the people directory</a></li>"#))
        #expect(try folder.read("public/zh/people/bo/index.html").contains("……另有 50 人，见人员目录"))
    }

    /// A company that keeps everyone in one team: the team's page lists 1,000 members and its
    /// week 1,000 check-ins and 1,000 quiet members, each with how many more and where they are.
    @Test func aTeamOfThousandsKeepsItsPagesBounded() async throws {
        var site = smallSite
        let quiet = 1_005
        site["content/org/people.yaml"]! += (0..<quiet).map { "- {id: q\($0), name: Q\($0), team: emea}\n" }.joined()
            + "- {id: e0, name: E0, team: emea}\n- {id: e1, name: E1, team: emea}\n"
        for index in 0..<quiet {
            site["content/okrs/2026-Q4/people/q\(index).md"] = "---\nobjectives:\n  - {title: Grow, aligns: [company/O1], key_results: [{title: Deals to 5, target: 5}]}\n---\n"
        }
        let days = (14...20).map { "{date: 2026-11-\($0), value: \($0 - 13)}" }.joined(separator: ", ")
        for person in ["e0", "e1"] {
            site["content/okrs/2026-Q4/people/\(person).md"] = "---\nobjectives:\n  - title: Grow\n    aligns: [company/O1]\n    key_results:\n"
                + (0..<100).map { "      - {title: Deals \($0) to 9, target: 9, checkins: [\(days)]}\n" }.joined() + "---\n"
        }
        let folder = try TemporaryFolder()
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let team = try folder.read("public/teams/emea/index.html")
        #expect(team.components(separatedBy: "<tr><td><a href=").count - 1 == 1_000)
        #expect(team.contains(#"<p class="list-more">… 8 more members; the search box finds anyone</p>"#))
        let week = try folder.read("public/updates/2026-Q4/teams/emea/index.html")
        #expect(week.contains(#"<p class="list-more">… 400 more check-ins this week, on their owners&#39; pages</p>"#))
        #expect(week.contains(#"… 6 more in the follow-up spreadsheet</a></li>"#), "Ana is quiet too")
        #expect(week.utf8.count < 1_000_000 && team.utf8.count < 1_000_000)
        // The home page writes counts of thousands as the dashboard does, the share apart.
        let home = try folder.read("public/index.html")
        #expect(home.contains(#/<dd><a href="\./dashboard/">1,0[0-9]{2} / 1,0[0-9]{2}</a> <span class="figure-share">[0-9]+%</span></dd>/#))
    }

    /// Every objective of a team of thousands may have a finding: its page of findings lists
    /// 2,000 and says how many more `check` prints.
    @Test func aTeamsFindingsPageIsBounded() async throws {
        var site = smallSite
        site["content/org/people.yaml"]! += (0..<1_001).map { "- {id: u\($0), name: U\($0), team: emea}\n" }.joined()
        for index in 0..<1_001 {
            site["content/okrs/2026-Q4/people/u\(index).md"] = "---\nobjectives:\n  - {title: Grow deals, key_results: [{title: Deals to 5, target: 5}, {title: Calls to 9, target: 9}]}\n  - {title: Win renewals, key_results: [{title: Renewals to 5, target: 5}, {title: Churn to 1, start: 3, target: 1}]}\n---\n"
        }
        let folder = try TemporaryFolder()
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let page = try folder.read("public/hints/teams/emea/index.html")
        let list = try #require(page.firstMatch(of: #/<ul class="findings-list">(.*?)</ul>/#)).output.1
        #expect(list.components(separatedBy: "<li>").count - 1 == 2_000)
        #expect(page.contains(#/<p class="list-more">… [0-9,]+ more; okr-portal check lists every one</p>/#))
    }

    /// A key result past its due date and not reached says so beside the date while its cycle
    /// runs; one reached, or due later, shows the date alone.
    @Test func aKeyResultPastItsDueDateIsMarkedOverdue() async throws {
        var site = smallSite
        site["content/okrs/2026-Q4/company.md"] = "---\nobjectives:\n  - title: Grow\n    key_results:\n"
            + "      - {title: Revenue to 10, start: 0, target: 10, current: 4, due: 2026-11-01}\n"
            + "      - {title: Deals to 5, start: 0, target: 5, current: 5, due: 2026-11-01}\n"
            + "      - {title: Calls to 9, start: 0, target: 9, current: 1, due: 2026-12-20}\n---\n"
        let folder = try TemporaryFolder()
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let page = try folder.read("public/company/index.html")
        #expect(page.components(separatedBy: "<span class=\"due overdue\">Due 2026-11-01 · overdue</span>").count - 1 == 1)
        #expect(page.contains("<span class=\"due\">Due 2026-11-01</span>") && page.contains("<span class=\"due\">Due 2026-12-20</span>"))
        #expect(try folder.read("public/zh/company/index.html").contains("截止 2026-11-01 · 已逾期</span>"))
    }

    /// A person without OKRs in a running cycle finds on their page what they could align to:
    /// their team's objectives, else the nearest team's above, else the company's; not in a
    /// cycle that is over.
    @Test func aPersonWithoutOKRsSeesWhatToAlignTo() async throws {
        var site = smallSite
        site["content/org/people.yaml"]! += "- {id: cy, name: Cy, team: emea}\n"
        let folder = try TemporaryFolder()
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let bo = try folder.read("public/people/bo/index.html")
        #expect(bo.contains("<p>Objectives of Small &lt;Co&gt; this cycle, which new OKRs can align to:</p>\n<ul class=\"align-targets\"><li><a href=\"../../company/#O1\">O1 Grow</a></li></ul>"))
        // And how to start: the command for the current cycle, with --cycle for another.
        #expect(bo.contains(#"<p class="start-hint">To start yours, run this in the OKR repository: <code>okr-portal new people/bo</code></p>"#))
        #expect(!(try folder.read("public/people/ana/index.html")).contains("align-targets"), "Ana has OKRs")
        var later = options(folder)
        later.buildDate = Day(iso: "2027-01-15")!
        #expect(await Site.build(later).succeeded)
        #expect(!(try folder.read("public/people/bo/index.html")).contains("align-targets"), "2026-Q4 is over")
        #expect(await Site.build(options(folder)).succeeded)

        site["content/okrs/2026-Q4/teams/sales.md"] = "---\nobjectives:\n  - {title: Win EMEA deals, key_results: [{title: Deals to 5, target: 5}]}\n---\n"
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        // Cy's team (EMEA) has none this cycle; its parent, Sales, has.
        let cy = try folder.read("public/zh/people/cy/index.html")
        #expect(cy.contains("<p>Sales本周期的目标，新写的 OKR 可以对齐到这里：</p>\n<ul class=\"align-targets\"><li><a href=\"../../teams/sales/#O1\">O1 Win EMEA deals</a></li></ul>"))
        #expect(cy.contains("<code>okr-portal new people/cy</code>"))
    }

    /// The directory's rows carry a location and an employment for the filters only when a
    /// person has them: empty attributes were an eighth of a 2,000-person directory.
    @Test func directoryRowsCarryOnlyTheFiltersTheyHave() async throws {
        var site = smallSite
        site["content/org/people.yaml"] = "- {id: ana, name: Ana, team: emea, location: Madrid}\n- {id: bo, name: Bo, team: sales, employment: intern}\n"
        let folder = try TemporaryFolder()
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let page = try folder.read("public/people/index.html")
        #expect(page.contains(#"<tr data-team="emea" data-location="Madrid"><td>"#))
        #expect(page.contains(#"<tr data-team="sales" data-employment="intern"><td>"#))
    }

    /// A cycle with nothing to draw says so, instead of an empty drawing area with zoom buttons.
    @Test func aCycleWithoutObjectivesHasAnEmptyMapMessage() async throws {
        let folder = try TemporaryFolder()
        var site = smallSite
        site["content/okrs/2026-Q3/teams/sales.md"] = nil
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let empty = try folder.read("public/map/2026-Q3/index.html")
        #expect(empty.contains("<p class=\"empty\">No objectives in this cycle yet.</p>"))
        #expect(!empty.contains("class=\"map-viewport\""))
        let drawn = try folder.read("public/map/index.html")
        #expect(drawn.contains("class=\"map-viewport\"") && !drawn.contains("<p class=\"empty\">"))
    }

    /// A company objective in a large organisation is aligned to by thousands: the first ten
    /// are listed, the rest wait behind a "More (n)" toggle, for objectives and key results.
    @Test func longAlignedByListsAreCollapsed() async throws {
        var site = smallSite
        site["content/okrs/2026-Q4/company.md"] = "---\nobjectives:\n  - title: Grow\n    key_results:\n      - {title: Revenue, start: 0, target: 10, current: 4}\n      - {title: Margin, start: 0, target: 10, current: 4}\n---\n"
        for index in 0..<12 {
            let id = String(format: "p%02d", index)
            site["content/org/people.yaml"]! += "- {id: \(id), name: P\(index), team: sales}\n"
            site["content/okrs/2026-Q4/people/\(id).md"] = "---\nobjectives:\n  - title: Help \(index)\n    aligns: [company/O1, company/O1/KR2]\n    key_results:\n      - {title: Deals, done: true}\n---\n"
        }
        let folder = try TemporaryFolder()
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let page = try folder.read("public/company/index.html")
        func count(_ needle: String, in text: Substring) -> Int { text.components(separatedBy: needle).count - 1 }
        let list = try #require(page.firstMatch(of: #/<div class="contributors"><span class="line-label">Contributors \(12\)</span> (.*?)<details class="more"><summary>More \(2\)</summary>(.*?)</details></div>/#))
        #expect(count("<a ", in: list.output.1) == 10)
        #expect(list.output.1.hasSuffix("</a>"), "no comma before the toggle")
        #expect(count("<a ", in: list.output.2) == 2)
        let kr = try #require(page.firstMatch(of: #/<div class="aligned-by-kr"><span class="line-label">Contributors</span> (.*?)<details class="more"><summary>More \(2\)</summary>(.*?)</details></div>/#))
        #expect(count("<a ", in: kr.output.1) == 10)
        #expect(count("<a ", in: kr.output.2) == 2)
        // KR1 has only Ana's objective: no toggle, and none borrowed from the objective around it.
        #expect(page.contains(#/<div class="aligned-by-kr"><span class="line-label">Contributors</span> <a href="[^"]*" title="O1 Help grow">Ana &lt;script&gt; · O1</a></div>/#))
    }

    /// Many long lists on one page share a budget of folded contributors: 40 key results
    /// served by 61 objectives each name 10 + 50 apiece (2,000 in all), then "1 more".
    @Test func manyLongContributorListsShareThePagesBudget() async throws {
        var site = smallSite
        site["content/okrs/2026-Q4/company.md"] = "---\nobjectives:\n"
            + (0..<20).map { "  - {title: Goal \($0), key_results: [{title: A, progress: 0.5}, {title: B, progress: 0.5}]}\n" }.joined() + "---\n"
        site["content/okrs/2026-Q4/people/ana.md"] = nil
        let targets = (1...20).flatMap { objective in (1...2).map { "company/O\(objective)/KR\($0)" } }
        let aligned = targets.flatMap { target in Array(repeating: target, count: 61) }
        for (file, chunk) in stride(from: 0, to: aligned.count, by: 50).enumerated() {
            let id = "m\(file)"
            site["content/org/people.yaml"]! += "- {id: \(id), name: M\(file), team: sales}\n"
            site["content/okrs/2026-Q4/people/\(id).md"] = "---\nobjectives:\n"
                + aligned[chunk..<min(chunk + 50, aligned.count)].map { "  - {title: Help, aligns: [\($0)], key_results: [{title: K, progress: 0.5}]}\n" }.joined() + "---\n"
        }
        let folder = try TemporaryFolder()
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let page = try folder.read("public/company/index.html")
        let folded = page.matches(of: #/<details class="more"><summary>More \(51\)</summary>(.*?)</details>/#)
        #expect(folded.count == 40)
        #expect(folded.allSatisfy { $0.output.1.components(separatedBy: "<a ").count - 1 == 51 && $0.output.1.contains("… 1 more in the alignment tree") })
    }

    /// Ids name folders; a file the site writes beside such folders must be a reserved name,
    /// or an id equal to it would need a folder where the file is.
    @Test func filesBesideIdFoldersHaveReservedNames() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        #expect(await Site.build(options(folder)).succeeded)
        let root = folder.url.appendingPathComponent("public")
        let manager = FileManager.default
        var checked = 0
        for case let relative as String in manager.enumerator(atPath: root.path)! {
            let parts = relative.split(separator: "/")
            let section = parts.first == "zh" ? parts.dropFirst().first : parts.first
            guard let section, ["people", "teams", "company", "map", "dashboard"].contains(section) else { continue }
            let url = root.appendingPathComponent(relative)
            guard (try url.resourceValues(forKeys: [.isDirectoryKey])).isDirectory == true else { continue }
            let entries = try manager.contentsOfDirectory(at: url, includingPropertiesForKeys: [.isDirectoryKey])
            // The small site's people, teams and cycles.
            let ids: Set = ["ana", "bo", "sales", "emea", "2026-Q3", "2026-Q4"]
            guard entries.contains(where: { ids.contains($0.lastPathComponent) }) else { continue }
            for entry in entries where try entry.resourceValues(forKeys: [.isDirectoryKey]).isDirectory != true {
                #expect(Identifier.reservedNames.contains(entry.lastPathComponent), "\(relative)/\(entry.lastPathComponent)")
                checked += 1
            }
        }
        #expect(checked > 10)
    }

    /// A file saved in another encoding is pointed at the line and column of its first byte
    /// that is not UTF-8, in content and theme alike.
    @Test func bytesThatAreNotUTF8ArePointedAt() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        let latin1 = Data("---\nobjectives:\n  - title: \"Caf".utf8) + Data([0xE9]) + Data("\"\n---\n".utf8)
        try latin1.write(to: folder.url.appendingPathComponent("content/okrs/2026-Q4/people/bo.md"))
        let theme = folder.url.appendingPathComponent("Templates/partials")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        try (Data("<p>ü ".utf8) + Data([0xFC, 0x0A])).write(to: theme.appendingPathComponent("extra.mustache"))
        var withTheme = options(folder)
        withTheme.templatesDirectory = folder.url.appendingPathComponent("Templates")
        let report = await Site.build(withTheme)
        #expect(!report.succeeded)
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.location.path):\($0.location.line):\($0.location.column)" } == [
            "Templates/partials/extra.mustache:1:6", "content/okrs/2026-Q4/people/bo.md:3:16",
        ])
        #expect(errors.last?.message == "cannot read this file: not UTF-8 text: byte 0xE9 is not part of a UTF-8 character; save the file as UTF-8")
    }

    @Test func brokenOverrideTemplateIsReported() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging(["Templates/layout.mustache": "{{#unclosed}}"]) { $1 })
        var withTheme = options(folder)
        withTheme.templatesDirectory = folder.url.appendingPathComponent("Templates")
        let report = await Site.build(withTheme)
        #expect(!report.succeeded)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.location.path) == ["Templates/layout.mustache"])
    }
}
