import Foundation
import OKRGraph
import OKRMap
import OKRModel
import OKRSupport

// The alignment map: the cycle overview with its alignment tree, each team's focused view,
// the one drawing on each owner's page, and the graph exports.

extension SiteRenderer {
    /// Limits that keep each drawing readable; see `MapSelection`.
    static let teamFocusLimit = 100
    static let teamFocusDepth = 2
    /// An owner page's drawing: the owner's objectives, all they serve, one level of contributors.
    static let ownerMapLimit = 40
    /// The most objectives the overview's tree lists (whole levels, from the top): enough for
    /// a company of a few hundred people, and a page well under a megabyte.
    static let treeLimit = 2_000
    /// Up to this many objectives, every branch of the tree starts expanded.
    static let treeOpenLimit = 200

    /// See `teamMapsOnTeamPages`: a team's focused view draws its objectives two levels
    /// down (at most `teamFocusLimit`), its page one level (at most `ownerMapLimit`); when
    /// their contributors have no contributors of their own, the two drawings are the same.
    static func teamMapsOnTeamPages(_ index: SiteIndex) -> Set<SiteIndex.SetKey> {
        // Two selections per team and cycle, before any page: spread over the cores.
        let keys = index.content.teams.flatMap { team in
            (index.cyclesByOwner[.team(team.id)] ?? []).map { SiteIndex.SetKey(cycle: $0.id, owner: .team(team.id)) }
        }
        let shared = parallelMap(keys) { key -> Bool in
            guard let set = index.set(key.cycle, key.owner) else { return false }
            let seeds = set.objectives.map { set.key(of: $0) }
            guard let onPage = ownerMapSelection(seeds, index: index) else { return false }
            let focused = teamFocusSelection(seeds, index: index)
            return focused.objectives == onPage.objectives && focused.edges.count == onPage.edges.count && focused.omitted == 0 && onPage.omitted == 0
        }
        return Set(zip(keys, shared).filter(\.1).map(\.0))
    }

    /// What an owner's page draws for a set's objectives: all they serve up to the company and
    /// one level of contributors, at most `ownerMapLimit`. Nil when that is the objectives
    /// alone with no line between them: they align to nothing and nothing aligns to them.
    static func ownerMapSelection(_ seeds: [ObjectiveKey], index: SiteIndex) -> MapSelection? {
        let selection = MapSelection.focus(on: seeds, graph: index.graph, order: index.ownerOrder, depth: 1, limit: ownerMapLimit)
        return selection.objectives.count > seeds.count || !selection.edges.isEmpty ? selection : nil
    }

    /// What a team's focused view draws: two levels of contributors, at most `teamFocusLimit`.
    static func teamFocusSelection(_ seeds: [ObjectiveKey], index: SiteIndex) -> MapSelection {
        MapSelection.focus(on: seeds.sorted(), graph: index.graph, order: index.ownerOrder, depth: teamFocusDepth, limit: teamFocusLimit)
    }

    /// Whether a team's focused view for a cycle is the drawing on the team's page.
    func teamMapIsOnTeamPage(_ id: String, cycle: String) -> Bool {
        teamMapsOnTeamPages.contains(SiteIndex.SetKey(cycle: cycle, owner: .team(id)))
    }

    /// Where a team's focused view for a cycle is read: its own page, or the drawing on the
    /// team's page when that is the same drawing.
    func teamMapURL(_ id: String, cycle: String, views: ViewBuilder) -> String {
        teamMapIsOnTeamPage(id, cycle: cycle)
            ? views.url(index.pagePath(.team(id), cycle: cycle)) + "#alignment"
            : views.url(SiteIndex.teamMapPath(id, cycle: cycle))
    }

    func mapPage(cycleID: String?, team teamID: String?, views: ViewBuilder) -> (String, MapPage) {
        let cycle = cycleID.flatMap { index.cyclesByID[$0] } ?? index.currentCycle
        let cycleLinks: [CycleLink]
        let selection: MapSelection
        var trail = [NamedLink(url: views.url(cycle.map { index.mapPath(cycle: $0.id) } ?? "map/"), name: views.t("map_overview"))]
        var focusTeam: NamedLink?
        var focusLinks: [NamedLink] = []
        var seeds: Set<ObjectiveKey> = []
        var tree: AlignmentTree?
        if let cycle, let teamID, let team = index.teamsByID[teamID] {
            let owner = Owner.team(teamID)
            seeds = Set(index.set(cycle.id, owner).map { set in set.objectives.map { set.key(of: $0) } } ?? [])
            selection = Self.teamFocusSelection(Array(seeds), index: index)
            cycleLinks = (index.cyclesByOwner[owner] ?? []).map {
                CycleLink(url: teamMapURL(teamID, cycle: $0.id, views: views), name: $0.name, current: $0.id == cycle.id)
            }
            trail += ancestors(of: team).filter { index.set(cycle.id, .team($0.id)) != nil }
                .map { NamedLink(url: teamMapURL($0.id, cycle: cycle.id, views: views), name: $0.name) }
            focusTeam = NamedLink(url: views.url(index.pagePath(owner, cycle: cycle.id)), name: team.name)
            focusLinks = (index.childTeams[teamID] ?? []).filter { index.set(cycle.id, .team($0.id)) != nil }
                .map { NamedLink(url: teamMapURL($0.id, cycle: cycle.id, views: views), name: $0.name) }
        } else if let cycle {
            selection = MapSelection.overview(cycle: cycle.id, graph: index.graph, content: index.content, order: index.ownerOrder)
            cycleLinks = index.content.config.cycles.map {
                CycleLink(url: views.url(index.mapPath(cycle: $0.id)), name: $0.name, current: $0.id == cycle.id)
            }
            var listed: Set<String> = []
            for key in selection.objectives where key.cycle == cycle.id {
                if case .team(let id) = key.owner, listed.insert(id).inserted, let team = index.teamsByID[id] {
                    focusLinks.append(NamedLink(url: teamMapURL(id, cycle: cycle.id, views: views), name: team.name))
                }
            }
            tree = alignmentTree(cycle: cycle.id, views: views)
        } else {
            selection = MapSelection(objectives: [], edges: [])
            cycleLinks = []
        }
        let svg = selection.objectives.isEmpty ? nil : views.drawMap(selection, label: views.t("map"), focus: seeds, cycle: cycle?.id)
        let exports = siteRoot(views) + (cycle.map { "map/\($0.id)/" } ?? "map/")
        let omittedNote = selection.omittedByLevel.isEmpty
            ? views.t("map_omitted_focus").replacing("{count}", with: views.count(selection.omitted, "objectives_count"))
            : views.t("map_omitted").replacing("{levels}", with: levelList(selection.omittedByLevel, views: views))
        let page = MapPage(
            cycle: cycle.map(views.cycleView), cycleLinks: cycleLinks, hasCycleLinks: cycleLinks.count > 1,
            focusTeam: focusTeam, mapTrail: focusTeam == nil ? [] : trail, mapSVG: svg,
            objectiveCount: selection.objectives.count, omittedCount: selection.omitted, hasOmitted: selection.omitted > 0,
            omittedNote: omittedNote,
            focusLinks: focusLinks, hasFocusLinks: !focusLinks.isEmpty,
            tree: tree?.roots ?? [], hasTree: !(tree?.roots.isEmpty ?? true),
            unaligned: tree?.unaligned ?? [], hasUnaligned: !(tree?.unaligned.isEmpty ?? true),
            treeOmittedNote: tree.flatMap { $0.omitted.isEmpty ? nil : views.t("tree_omitted").replacing("{levels}", with: levelList($0.omitted, views: views)) },
            filterTeams: tree.map { filterTeams(for: $0) } ?? [],
            jsonURL: exports + "alignment.json", dotURL: exports + "alignment.dot")
        let title = [views.t("map"), focusTeam?.name, cycle?.name].compactMap { $0 }.joined(separator: " · ")
        return (title, page)
    }

    /// The teams the tree's filter offers: those whose objectives or people are in the tree,
    /// with the teams above them (a department selects its sub-teams).
    func filterTeams(for tree: AlignmentTree) -> [FilterTeam] {
        var wanted: Set<String> = []
        func visit(_ items: [TreeItem]) {
            for item in items {
                var team: String? = item.team.isEmpty ? nil : item.team
                while let id = team, wanted.insert(id).inserted { team = index.teamsByID[id]?.parent }
                visit(item.children)
            }
        }
        visit(tree.roots)
        visit(tree.unaligned)
        return index.content.teams.filter { wanted.contains($0.id) }.map { FilterTeam(id: $0.id, name: $0.name, parent: $0.parent ?? "") }
    }

    /// "1,204 objectives of people, 310 of teams at level 3": what a limit left out, by level.
    func levelList(_ levels: [(level: Int, count: Int)], views: ViewBuilder) -> String {
        let personLevel = index.graph.level(of: .person(""))
        return levels.map { level, count in
            let key = level == personLevel ? "omitted_people" : "omitted_team_level"
            return views.t(key).replacing("{count}", with: views.count(count, "objectives_count")).replacing("{level}", with: String(level))
        }.joined(separator: views.t("list_separator"))
    }

    struct AlignmentTree {
        var roots: [TreeItem]
        var unaligned: [TreeItem]
        var omitted: [(level: Int, count: Int)]
    }

    /// The cycle's objectives as a tree: each under the objective it serves on its way to the
    /// company (the one that gets there in fewest steps), listed again, without its branch,
    /// under any other objective it serves. Objectives of an enclosing cycle that the cycle
    /// serves (the year's goals) are roots beside the company's; objectives that serve nothing
    /// shown form a group of their own.
    func alignmentTree(cycle: String, views: ViewBuilder) -> AlignmentTree {
        let graph = index.graph
        let (included, omitted) = MapSelection.wholeLevels(
            MapSelection.objectivesByLevel(cycle: cycle, graph: graph, content: index.content), limit: Self.treeLimit)
        let inTree = Set(included)
        func shown(_ key: ObjectiveKey) -> Bool { inTree.contains(key) || key.cycle != cycle }
        var children: [ObjectiveKey: [(key: ObjectiveKey, reference: Bool)]] = [:]
        var roots: [ObjectiveKey] = []
        var seenRoots: Set<ObjectiveKey> = []
        var unaligned: [ObjectiveKey] = []
        for key in included {
            let targets = (graph.outgoing[key] ?? []).map(\.target).filter(shown)
            let chain = graph.chain(of: key)
            guard let parent = chain.count > 1 && shown(chain[1]) ? chain[1] : targets.first else {
                if key.owner == .company { roots.append(key) } else { unaligned.append(key) }
                continue
            }
            children[parent, default: []].append((key, false))
            var others: Set<ObjectiveKey> = [parent]
            for target in targets where others.insert(target).inserted { children[target, default: []].append((key, true)) }
            if parent.cycle != cycle, seenRoots.insert(parent).inserted { roots.append(parent) }
            for target in targets where target.cycle != cycle && seenRoots.insert(target).inserted { roots.append(target) }
        }
        // The drawing's order: by level, then owner, then objective.
        func sorted(_ keys: [ObjectiveKey]) -> [ObjectiveKey] {
            let ranked: [(level: Int, position: Int, key: ObjectiveKey)] = keys.map {
                (graph.level(of: $0.owner), index.ownerOrder.position(of: $0.owner), $0)
            }
            return ranked.sorted { a, b in
                if a.level != b.level { return a.level < b.level }
                if a.position != b.position { return a.position < b.position }
                return a.key < b.key
            }.map(\.key)
        }
        let openAll = included.count <= Self.treeOpenLimit
        // The graph has no loops (the loader rejects them); the depth bound only guards rendering.
        func item(_ key: ObjectiveKey, reference: Bool, depth: Int) -> TreeItem {
            let below = reference || depth > 64 ? [] : children[key] ?? []
            let byKey = Dictionary(below.map { ($0.key, $0.reference) }, uniquingKeysWith: { $0 && $1 })
            let nested = sorted(Array(byKey.keys)).map { item($0, reference: byKey[$0]!, depth: depth + 1) }
            let link = views.link(to: key)
            let objective = index.objective(key)
            let progress = objective?.progress ?? 0
            let status = objective == nil ? Status.onTrack : index.status(progress: progress, in: key.cycle)
            let team = index.teamID(of: key.owner)
            return TreeItem(
                url: link.url, label: link.label, ownerName: link.ownerName, progress: views.progress(progress),
                status: status.rawValue, statusLabel: views.t("status_" + status.rawValue), team: team,
                isReference: reference, children: nested, hasChildren: !nested.isEmpty, childCount: nested.count, open: openAll || depth == 0)
        }
        return AlignmentTree(
            roots: sorted(roots).map { item($0, reference: false, depth: 0) },
            unaligned: sorted(unaligned).map { item($0, reference: false, depth: 0) },
            omitted: omitted)
    }

    // MARK: Exports

    /// The objectives of a cycle and the objectives of other cycles they align to.
    func exportedObjectives(of cycle: String) -> (objectives: [ObjectiveKey], edges: [AlignmentEdge]) {
        var keys: [ObjectiveKey] = []
        for set in index.content.okrSets where set.cycle == cycle {
            keys += set.objectives.map { set.key(of: $0) }
        }
        let edges = keys.flatMap { index.graph.outgoing[$0] ?? [] }
        var seen = Set(keys)
        for edge in edges where seen.insert(edge.target).inserted { keys.append(edge.target) }
        return (keys.sorted(), edges)
    }

    /// `map/<cycle>/alignment.json`: the cycle's objectives as nodes and alignments as edges.
    func writeAlignmentJSON(cycle: String, to sink: @escaping ByteSink) throws {
        let (keys, edges) = exportedObjectives(of: cycle)
        let language = index.content.config.defaultLanguage
        // Tens of megabytes for a large company: streamed as written.
        try JSONWriter.stream(to: sink) { json in
            json.object { document in
                document.field("alignments", writing: { alignments in
                    alignments.array { writer in
                        for edge in edges {
                            writer.element(AlignmentEdgeRecord(
                                source: edge.source.description, target: edge.target.description,
                                key_result: Nullable(edge.targetKeyResult), direction: edge.direction.rawValue))
                        }
                    }
                })
                document.field("build_date", index.buildDate.description)
                document.field("cycle", cycle)
                document.field("objectives", writing: { objectives in
                    objectives.array { writer in
                        for key in keys {
                            guard let objective = index.objective(key) else { continue }
                            writer.element(AlignmentNodeRecord(
                                ref: key.description, cycle: key.cycle, owner: key.owner.path, owner_name: index.ownerName(key.owner),
                                level: index.graph.level(of: key.owner), title: objective.title.text(for: language, fallback: language),
                                progress: Self.tidy(objective.progress), status: index.status(of: objective, in: key.cycle).rawValue,
                                url: index.objectiveURL(key)))
                        }
                    }
                })
            }
        }
    }

    /// A Graphviz label's text: backslashes and quotes escaped, line breaks made spaces. Byte
    /// by byte, in one pass, and not at all for the labels (nearly all) that need nothing.
    static func dotEscaped(_ text: String) -> String {
        let backslash = UInt8(ascii: "\\"), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
        guard text.utf8.contains(where: { $0 == backslash || $0 == quote || $0 == newline }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case backslash, quote: bytes += [backslash, byte]
            case newline: bytes.append(UInt8(ascii: " "))
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `map/<cycle>/alignment.dot`: the same graph for Graphviz (`dot -Tsvg`), one rank per
    /// level, arrows from contributor to what it serves.
    func writeAlignmentDOT(cycle: String, to sink: @escaping ByteSink) throws {
        let (keys, edges) = exportedObjectives(of: cycle)
        let language = index.content.config.defaultLanguage
        func quoted(_ parts: String...) -> String { "\"" + parts.map(Self.dotEscaped).joined(separator: "\\n") + "\"" }
        var dot = StreamWriter(sink: sink)
        dot.write("digraph alignment {\n  graph [rankdir=BT, label=\(quoted(index.content.config.title + " · " + cycle))];\n  node [shape=box, style=rounded];\n")
        var byLevel: [Int: [ObjectiveKey]] = [:]
        for key in keys { byLevel[index.graph.level(of: key.owner), default: []].append(key) }
        for level in byLevel.keys.sorted() {
            dot.write("  { rank=same;\n")
            for key in byLevel[level]! {
                guard let objective = index.objective(key) else { continue }
                let label = quoted("\(index.ownerName(key.owner)) \(key.objective)", objective.title.text(for: language, fallback: language), Format.percent(objective.progress))
                dot.write("    \(quoted(key.description)) [label=\(label), URL=\(quoted(index.objectiveURL(key)))];\n")
            }
            dot.write("  }\n")
        }
        for edge in edges {
            var attributes: [String] = []
            if let kr = edge.targetKeyResult { attributes.append("label=\(quoted(kr))") }
            if edge.direction == .sideways { attributes.append("style=dashed, constraint=false") }
            dot.write("  \(quoted(edge.source.description)) -> \(quoted(edge.target.description))")
            dot.write(attributes.isEmpty ? ";\n" : " [\(attributes.joined(separator: ", "))];\n")
        }
        dot.write("}\n")
        try dot.finish()
    }

    func mapExports() -> [OutputFile] {
        index.content.config.cycles.flatMap { cycle in
            [
                OutputFile(path: "map/\(cycle.id)/alignment.json") { try writeAlignmentJSON(cycle: cycle.id, to: $0) },
                OutputFile(path: "map/\(cycle.id)/alignment.dot") { try writeAlignmentDOT(cycle: cycle.id, to: $0) },
            ]
        }
    }
}

extension ViewBuilder {
    /// Draws a selection: labels in this page's language, links relative to this page.
    func drawMap(_ selection: MapSelection, label: String, focus: Set<ObjectiveKey>, cycle: String?) -> [UInt8] {
        draw(MapGeometry(selection, index: index, cycle: cycle), label: label, focus: focus)
    }

    /// Draws laid-out objectives: labels in this page's language, links relative to this page.
    /// `anchored` boxes get the id "<objective>-map", so a link can point at them.
    func draw(_ geometry: MapGeometry, label: String, focus: Set<ObjectiveKey>, anchored: Bool = false) -> [UInt8] {
        let nodes = zip(geometry.keys, geometry.facts).map { key, facts -> MapNode in
            MapNode(
                title: facts.title.map(text) ?? key.description, caption: facts.ownerName, captionTail: facts.captionTail,
                progress: facts.progress, progressLabel: facts.progressLabel,
                status: facts.status.rawValue, statusLabel: t("status_" + facts.status.rawValue),
                href: url(facts.path), isFocus: focus.contains(key),
                anchor: anchored && focus.contains(key) ? "\(key.objective)-map" : nil)
        }
        return MapSVG.draw(nodes: nodes, lines: geometry.lines, layout: geometry.layout, label: label, keyResultLabel: t("map_key_result"))
    }

    /// The one drawing on an owner's page for a cycle: all the owner's objectives, what they
    /// serve up to the company, and who contributes to them one level down, each box once.
    /// Nil when the owner's objectives align to nothing and nothing aligns to them.
    func ownerMap(_ owner: Owner, cycle: String) -> OwnerMap? {
        let setKey = SiteIndex.SetKey(cycle: cycle, owner: owner)
        let made = mapGeometry?.owners[setKey] ?? {
            guard let set = index.set(cycle, owner) else { return nil }
            let seeds = set.objectives.map { set.key(of: $0) }
            let geometry = SiteRenderer.ownerMapSelection(seeds, index: index).map {
                (MapGeometry($0, index: index, cycle: cycle), Set(seeds), $0.omitted)
            }
            mapGeometry?.owners[setKey] = .some(geometry)
            return geometry
        }()
        guard let (geometry, seeds, omitted) = made else { return nil }
        let svg = draw(geometry, label: t("owner_map"), focus: seeds, anchored: true)
        return OwnerMap(svg: svg, omittedNote: omitted > 0 ? t("owner_map_omitted").replacing("{count}", with: count(omitted, "objectives_count")) : nil)
    }
}

/// An owner page's drawing and the note on what a limit left out of it.
struct OwnerMap {
    var svg: [UInt8]
    var omittedNote: String?
}

/// What a map shows and where, the same in every language: the objectives in drawing
/// order with what their nodes say apart from words, the lines between them, their layout.
struct MapGeometry {
    /// A node's content that does not depend on the page's language or place.
    struct Facts {
        /// nil when the objective is not in the content (its key is shown instead).
        var title: LocalizedText?
        /// The owner's name, which begins the caption.
        var ownerName: String
        /// The rest of the caption: " · O2", with the cycle's name when it is not the map's own.
        var captionTail: String
        var progress: Double
        var progressLabel: String
        var status: Status
        /// Relative to a language root.
        var path: String
    }

    var keys: [ObjectiveKey]
    var facts: [Facts]
    var lines: [MapLine]
    var layout: LayeredLayout

    init(_ selection: MapSelection, index: SiteIndex, cycle: String?) {
        let keys = selection.objectives
        self.keys = keys
        facts = keys.map { key in
            let objective = index.objective(key)
            let progress = objective?.progress ?? 0
            var tail = " · \(key.objective)"
            if key.cycle != cycle, let other = index.cyclesByID[key.cycle] { tail += " · \(other.name)" }
            return Facts(
                title: objective?.title, ownerName: index.ownerName(key.owner), captionTail: tail, progress: progress, progressLabel: Format.percent(progress),
                status: objective == nil ? .onTrack : index.status(progress: progress, in: key.cycle), path: index.objectiveURL(key))
        }
        let position = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let lines = selection.edges.compactMap { edge -> MapLine? in
            guard let from = position[edge.source], let to = position[edge.target] else { return nil }
            return MapLine(from: from, to: to, keyResult: edge.targetKeyResult, direction: edge.direction.rawValue)
        }
        self.lines = lines
        // Objectives of a cycle that encloses the drawing's own (the year around a quarter)
        // sit a row above their owner's level, so a quarter's objective serving the year's
        // points up to it instead of sideways along one crowded row. Empty rows close up.
        let drawn = cycle.flatMap { index.cyclesByID[$0] }
        layout = LayeredLayout(.init(
            levels: keys.map { key in
                let enclosing = drawn.map { index.cyclesByID[key.cycle]?.encloses($0) == true } ?? false
                return 2 * index.graph.level(of: key.owner) + (enclosing ? 0 : 1)
            },
            groups: keys.map { index.ownerOrder.position(of: $0.owner) },
            edges: lines.map { ($0.from, $0.to) }))
    }
}

/// Owner maps laid out for one run of an owner's pages (every language of them), so the
/// second language draws without selecting and laying out again. One task uses it.
final class MapGeometryCache {
    /// Per cycle and owner: the layout, the owner's objectives (drawn emphasised) and how many
    /// objectives the limit left out; nil inside when the owner's objectives stand alone.
    var owners: [SiteIndex.SetKey: (MapGeometry, Set<ObjectiveKey>, Int)?] = [:]
}

/// An objective in `map/<cycle>/alignment.json`.
struct AlignmentNodeRecord: JSONValue {
    var ref: String, cycle: String, owner: String, owner_name: String, level: Int
    var title: String, progress: Double, status: String, url: String

    func write(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("cycle", cycle)
            fields.field("level", level)
            fields.field("owner", owner)
            fields.field("owner_name", owner_name)
            fields.field("progress", progress)
            fields.field("ref", ref)
            fields.field("status", status)
            fields.field("title", title)
            fields.field("url", url)
        }
    }
}

/// An alignment in `map/<cycle>/alignment.json`.
struct AlignmentEdgeRecord: JSONValue {
    var source: String, target: String, key_result: Nullable<String>, direction: String

    func write(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("direction", direction)
            fields.field("key_result", key_result)
            fields.field("source", source)
            fields.field("target", target)
        }
    }
}
