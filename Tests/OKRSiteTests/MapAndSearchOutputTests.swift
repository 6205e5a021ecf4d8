import Foundation
import OKRTestSupport
import Testing
@testable import OKRSite

/// The map pages, exports and search index of the demo, read back from the built files.
@Suite struct MapAndSearchOutputTests {
    static func buildDemo() async throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let report = await Site.build(BuildOptions(
            contentDirectory: repository.appendingPathComponent("content"), templatesDirectory: nil,
            outputDirectory: folder.url.appendingPathComponent("public"), buildDate: demoDate))
        #expect(report.succeeded, "\(report.diagnostics)")
        return folder
    }

    func export(_ folder: TemporaryFolder) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(folder.read("public/okrs.json").utf8)) as! [String: Any]
    }

    @Test func overviewDrawsEveryObjectiveOfTheCyclePeopleIncluded() async throws {
        let folder = try await Self.buildDemo()
        let objectives = try export(folder)["objectives"] as! [[String: Any]]
        let current = objectives.filter { $0["cycle"] as! String == "2026-Q4" }
        #expect(current.contains { ($0["owner"] as! String).hasPrefix("people/") })
        let map = try folder.read("public/map/index.html")
        let drawing = try #require(map.firstMatch(of: #/<svg .*?</svg>/#)).output
        for objective in current {
            // Each node links to the objective on its owner's page.
            #expect(drawing.contains("<a class=\"map-node status-") && drawing.contains("href=\"../\(objective["url"] as! String)\""), "\(objective["ref"]!)")
        }
        #expect(!map.contains("class=\"map-omitted\""), "nothing is left out of a 40-person company's map")
        #expect(try folder.read("public/zh/map/2026-Q3/index.html").contains("class=\"map-node"))
    }

    /// A team's focused view draws two levels of contributors; where the second level is
    /// empty it is the drawing on the team's page, and its address leads there instead of
    /// repeating it (the team page then has no link to it).
    @Test func everyTeamWithOKRsHasAFocusedViewLinkedFromItsPage() async throws {
        let folder = try await Self.buildDemo()
        let objectives = try export(folder)["objectives"] as! [[String: Any]]
        let owners = objectives.filter { $0["cycle"] as! String == "2026-Q4" }.map { $0["owner"] as! String }
        let teams = Set(owners.filter { $0.hasPrefix("teams/") }.map { String($0.dropFirst("teams/".count)) })
        #expect(!teams.isEmpty)
        var ownViews = 0, onTeamPages = 0
        for team in teams {
            let view = try folder.read("public/map/2026-Q4/teams/\(team)/index.html")
            let page = try folder.read("public/teams/\(team)/index.html")
            if view.contains(#"<meta http-equiv="refresh""#) {
                #expect(view.contains(#"<link rel="canonical" href="../../../../teams/\#(team)/#alignment">"#), "\(team)")
                #expect(page.contains(#"<section class="owner-map" id="alignment""#) && !page.contains("map/2026-Q4/teams/\(team)/"), "\(team)")
                onTeamPages += 1
            } else {
                #expect(view.contains("map-node status-") && view.contains(" focus\""), "\(team)")
                #expect(page.contains("href=\"../../map/2026-Q4/teams/\(team)/\""), "\(team)")
                ownViews += 1
            }
        }
        #expect(ownViews > 0 && onTeamPages > 0, "the demo has both kinds")
        // The overview's focus links go where each view is read.
        let overview = try folder.read("public/map/index.html")
        #expect(overview.contains(#"href="../teams/data/#alignment""#) && overview.contains(#"href="../map/2026-Q4/teams/sales/""#))
    }

    @Test func ownerPagesShowEachAlignedObjectivesNeighbourhood() async throws {
        let folder = try await Self.buildDemo()
        let objectives = try export(folder)["objectives"] as! [[String: Any]]
        let aligned = objectives.filter { !($0["aligns"] as! [String]).isEmpty && ($0["owner"] as! String).hasPrefix("people/") }
        #expect(!aligned.isEmpty)
        for objective in aligned.prefix(10) {
            let page = (objective["url"] as! String).split(separator: "#")
            let html = try folder.read("public/\(page[0])index.html")
            #expect(html.contains("id=\"\(page[1])-map\""), "\(objective["ref"]!)")
            #expect(html.contains("<svg"))
        }
    }

    @Test func alignmentExportsHoldEveryEdgeOfTheCycle() async throws {
        let folder = try await Self.buildDemo()
        let objectives = try export(folder)["objectives"] as! [[String: Any]]
        let edges = objectives.filter { $0["cycle"] as! String == "2026-Q4" }.reduce(0) { $0 + ($1["aligns"] as! [String]).count }
        let json = try JSONSerialization.jsonObject(with: Data(folder.read("public/map/2026-Q4/alignment.json").utf8)) as! [String: Any]
        #expect((json["alignments"] as! [Any]).count == edges)
        #expect((json["objectives"] as! [Any]).count >= objectives.filter { $0["cycle"] as! String == "2026-Q4" }.count)
        let dot = try folder.read("public/map/2026-Q4/alignment.dot")
        #expect(dot.hasPrefix("digraph alignment {"))
        #expect(dot.components(separatedBy: " -> ").count - 1 == edges)
    }

    @Test func searchIndexCoversPeopleTeamsAndObjectives() async throws {
        let folder = try await Self.buildDemo()
        let json = try export(folder)
        let meta = try JSONSerialization.jsonObject(with: Data(folder.read("public/search-index/meta.json").utf8)) as! [String: Any]
        let count = (json["people"] as! [Any]).count + (json["teams"] as! [Any]).count + (json["objectives"] as! [Any]).count
        #expect(meta["documents"] as? Int == count)
        #expect(folder.exists("public/search/index.html"))
        #expect(folder.exists("public/zh/search/index.html"))
        #expect(try folder.read("public/people/index.html").contains("data-index=\"../search-index/\""))
    }
}
