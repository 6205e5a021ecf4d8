import OKRTestSupport
import Testing
@testable import OKRMap

@Suite struct LayeredLayoutTests {
    /// Three parents on top, three children below, each child under the "wrong" parent.
    let crossed = LayeredLayout.Input(levels: [0, 0, 0, 1, 1, 1], groups: [0, 1, 2, 3, 4, 5], edges: [(3, 2), (4, 1), (5, 0)])

    @Test func startingOrderHasCrossings() {
        let layout = LayeredLayout(crossed, reduceCrossings: false)
        #expect(LayeredLayout.crossings(rows: layout.rows, columns: layout.columns, edges: crossed.edges) == 3)
    }

    @Test func barycentreSweepsRemoveThem() {
        let layout = LayeredLayout(crossed)
        #expect(LayeredLayout.crossings(rows: layout.rows, columns: layout.columns, edges: crossed.edges) == 0)
        #expect(layout.order[0] == [0, 1, 2])
        #expect(layout.order[1] == [5, 4, 3])
    }

    @Test func anOwnersObjectivesStayTogether() {
        // Group 7 has nodes 3 and 5; their parents are far apart, yet they stay adjacent.
        let input = LayeredLayout.Input(levels: [0, 0, 0, 1, 1, 1], groups: [0, 1, 2, 7, 8, 7], edges: [(3, 0), (4, 1), (5, 2)])
        let layout = LayeredLayout(input)
        let row = layout.order[1]
        let positions = [row.firstIndex(of: 3)!, row.firstIndex(of: 5)!].sorted()
        #expect(positions[1] - positions[0] == 1)
    }

    @Test func emptyLevelsCloseUp() {
        let layout = LayeredLayout(.init(levels: [0, 5, 9], groups: [0, 1, 2], edges: []))
        #expect(layout.rows == [0, 1, 2])
    }

    @Test func inversionsMatchACountOfPairs() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let values = (0..<Int.random(in: 0...30, using: &generator)).map { _ in Int.random(in: 0...8, using: &generator) }
            var pairs = 0
            for i in values.indices { for j in values.indices where i < j && values[i] > values[j] { pairs += 1 } }
            #expect(LayeredLayout.inversions(values) == pairs, "\(values)")
        }
    }

    @Test func sharedEndpointsAreNotCrossings() {
        // Two edges from one parent to two children never cross.
        #expect(LayeredLayout.crossings(rows: [0, 1, 1], columns: [0, 0, 1], edges: [(0, 1), (0, 2)]) == 0)
        #expect(LayeredLayout.crossings(rows: [0, 0, 1, 1], columns: [0, 1, 0, 1], edges: [(0, 3), (1, 2)]) == 1)
    }
}

@Suite struct MapSVGTests {
    let nodes = [
        MapNode(title: "Grow <revenue> & margin", caption: "Company · O1", progress: 0.5, progressLabel: "50%", status: "on-track", statusLabel: "On track", href: "company/#O1", isFocus: true),
        MapNode(title: "把跨境物流的平均时效从十二天缩短到七天以内并且在旺季也保持稳定的服务质量", caption: "物流 · O2", progress: 1.4, progressLabel: "100%", status: "done", statusLabel: "Done", href: "teams/logistics/#O2"),
    ]

    @Test func drawsLinkedNodesAndEdges() {
        let layout = LayeredLayout(.init(levels: [0, 1], groups: [0, 1], edges: [(1, 0)]))
        let svg = String(decoding: MapSVG.draw(nodes: nodes, lines: [MapLine(from: 1, to: 0, keyResult: "KR2", direction: "up")], layout: layout, label: "Map"), as: UTF8.self)
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.contains(#"href="company/#O1""#))
        #expect(svg.contains(#"href="teams/logistics/#O2""#))
        #expect(svg.contains("Grow &lt;revenue&gt; &amp; margin"))
        #expect(svg.contains(#"class="map-node status-on-track focus""#))
        #expect(svg.contains(#"<path class="edge-kr" data-from="1" data-to="0""#))
        // The arrowhead comes from the theme's CSS, and a straight arrow is one line.
        #expect(!svg.contains("marker-end"))
        #expect(svg.contains(#"<marker id="map-arrow""#))
        #expect(svg.contains(#"d="M124,154V98"><title>KR KR2</title></path>"#))
        #expect(svg.contains(#"data-node="1" data-row="1" transform="translate(24,154)""#))
        // The box's shapes are drawn once and reused.
        #expect(svg.contains(#"<g id="map-box"><rect class="node-box" width="200" height="74" rx="6"/>"#))
        #expect(svg.components(separatedBy: ##"<use href="#map-box"/>"##).count == 3)
        // Texts carry no coordinates or classes (the CSS places them by position): title, caption.
        #expect(!svg.contains("<text x=") && !svg.contains(" y=\""))
        #expect(svg.contains(##"<use href="#map-box"/><text>Grow &lt;revenue&gt; &amp; margin</text><text>"##))
        #expect(svg.contains("<title>Grow &lt;revenue&gt; &amp; margin · On track</title>"))
        // Progress beyond 100% does not draw past the track.
        #expect(svg.contains(#"<path d="M17,63h124"/><text>100%</text></a>"#))
    }

    /// A box's number is its place in reading order, so the script finds box n as the n-th
    /// box, and arrows name their ends by these numbers.
    @Test func boxesAreNumberedInTheOrderTheyAreWritten() {
        // Node 0 sits below node 1, so node 1 is written first.
        let layout = LayeredLayout(.init(levels: [1, 0], groups: [0, 1], edges: [(0, 1)]))
        let svg = String(decoding: MapSVG.draw(nodes: nodes, lines: [MapLine(from: 0, to: 1, keyResult: nil, direction: "up")], layout: layout, label: "Map"), as: UTF8.self)
        #expect(svg.contains(##"href="teams/logistics/#O2" data-node="0""##) && svg.contains(##"href="company/#O1" data-node="1""##))
        #expect(svg.contains(#"<path data-from="1" data-to="0""#))
        let first = svg.range(of: #"href="teams/logistics/#O2""#)!.lowerBound
        #expect(first < svg.range(of: #"href="company/#O1""#)!.lowerBound)
    }

    @Test func aSecondTitleLineIsASpanOfTheFirst() {
        var long = nodes
        long[0].title = "Open the Brazilian market through partners"
        let layout = LayeredLayout(.init(levels: [0, 1], groups: [0, 1], edges: []))
        let svg = String(decoding: MapSVG.draw(nodes: long, lines: [], layout: layout, label: "Map"), as: UTF8.self)
        #expect(svg.contains(#"<text>Open the Brazilian<tspan x="0" dy="16">market through partners</tspan></text><text>"#))
    }

    @Test func anAnchoredBoxCarriesItsID() {
        var anchored = nodes
        anchored[0].anchor = "O1-map"
        let layout = LayeredLayout(.init(levels: [0, 1], groups: [0, 1], edges: []))
        let svg = String(decoding: MapSVG.draw(nodes: anchored, lines: [], layout: layout, label: "Map"), as: UTF8.self)
        #expect(svg.contains(##"href="company/#O1" id="O1-map" data-node="0" data-row="0""##))
        #expect(!svg.contains(#"id="O2-map""#))
    }

    @Test func longTitlesWrapToTwoLinesAndEndInAnEllipsis() {
        let cjk = MapSVG.wrap(nodes[1].title, units: 28, lines: 2)
        #expect(cjk.count == 2)
        #expect(cjk[0].count == 14)
        #expect(cjk[1].hasSuffix("…"))
        let english = MapSVG.wrap("Make every seller's first shipment arrive within a week, even in the holiday peak", units: 28, lines: 2)
        #expect(english[0] == "Make every seller's first")
        #expect(english[1].hasSuffix("…"))
        #expect(MapSVG.wrap("Short", units: 32, lines: 2) == ["Short"])
    }

    /// A long owner name is cut before the objective's id and cycle, which tell two boxes of
    /// one owner apart (a quarter's and a year's company objectives side by side).
    @Test func aCutCaptionKeepsTheObjectiveAndCycle() {
        #expect(MapSVG.captionLine("Meridian Trade 子午贸易", tail: " · O2 · FY2026", units: 27).text == "Meridian Tra… · O2 · FY2026")
        #expect(MapSVG.captionLine("物流", tail: " · O2", units: 27).text == "物流 · O2")
        #expect(MapSVG.captionLine("跨境电商物流与履约事业部华南分部", tail: " · O3", units: 27).text == "跨境电商物流与履约事… · O3")
        // A tail that leaves the owner almost no room is cut with the rest.
        #expect(MapSVG.captionLine("Sales", tail: " · O1 · A cycle with a very long name", units: 27).text.hasPrefix("Sales · O1 · A cycle"))
        let node = MapNode(title: "Win", caption: "Meridian Trade 子午贸易", captionTail: " · O1 · FY2026", progress: 0.5, progressLabel: "50%", status: "on-track", statusLabel: "On track", href: "company/#O1")
        let layout = LayeredLayout(.init(levels: [0], groups: [0], edges: []))
        let svg = String(decoding: MapSVG.draw(nodes: [node], lines: [], layout: layout, label: "Map"), as: UTF8.self)
        #expect(svg.contains("<text>Meridian Tra… · O1 · FY2026</text>"))
        #expect(svg.contains("<title>Win · On track · Meridian Trade 子午贸易 · O1 · FY2026</title>"), "the cut caption is whole in the box's title")
        let short = MapNode(title: "Win", caption: "Sales", captionTail: " · O1", progress: 0.5, progressLabel: "50%", status: "on-track", statusLabel: "On track", href: "teams/sales/#O1")
        let plain = String(decoding: MapSVG.draw(nodes: [short], lines: [], layout: layout, label: "Map"), as: UTF8.self)
        #expect(plain.contains("<title>Win · On track</title>"), "a caption shown whole is not repeated")
    }

    @Test func theASCIIShortcutWrapsExactlyAsTheGeneralLoop() {
        // A fixed xorshift sequence: the same strings every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(bound))
        }
        let alphabet = Array("ab c  d-e'f.g ")
        for _ in 0..<3000 {
            let text = String((0..<next(90)).map { _ in alphabet[next(alphabet.count)] })
            let (units, lines) = (1 + next(32), 1 + next(3))
            let shortcut = MapSVG.wrapPrintableASCII(text, units: units, lines: lines)
            #expect(shortcut == MapSVG.wrapCharacters(text, units: units, lines: lines), "\(text.debugDescription) \(units) \(lines)")
            // `wrap` itself, with its shortcut for text that fits on one line.
            #expect(MapSVG.wrap(text, units: units, lines: lines) == MapSVG.wrapCharacters(text, units: units, lines: lines), "\(text.debugDescription)")
        }
        // Chinese and mixed titles take the scalar shortcut; it must agree with the general loop.
        let mixed = Array("提升用户满意度到 4.5 分（NPS）。—“Café”·a b") + ["\u{3000}", " ", " "]
        for _ in 0..<3000 {
            let text = String((0..<next(60)).map { _ in mixed[next(mixed.count)] })
            let (units, lines) = (1 + next(32), 1 + next(3))
            let shortcut = MapSVG.wrapSingleScalarCharacters(text, units: units, lines: lines)
            #expect(shortcut == MapSVG.wrapCharacters(text, units: units, lines: lines), "\(text.debugDescription) \(units) \(lines)")
            // `wrap` itself, with its shortcut for text that fits on one line.
            #expect(MapSVG.wrap(text, units: units, lines: lines) == MapSVG.wrapCharacters(text, units: units, lines: lines), "\(text.debugDescription)")
        }
        #expect(MapSVG.wrapSingleScalarCharacters("e\u{301}tude", units: 8, lines: 2) == nil)
        #expect(MapSVG.wrapSingleScalarCharacters("한국어", units: 8, lines: 2) == nil)
        #expect(MapSVG.wrapPrintableASCII("Café opening", units: 8, lines: 2) == nil)
        #expect(MapSVG.wrapPrintableASCII("tab\there", units: 8, lines: 2) == nil)
        #expect(MapSVG.wrap("Café opening in every city", units: 8, lines: 2) == ["Café ope", "ning in…"])
    }
}

/// Maps are written as bytes; numbers are spelled out in place.
@Suite struct SVGBytesTests {
    @Test func numbersAreWrittenAsDecimalDigits() {
        for number in [0, 7, 9, 10, 99, 100, 120, 999, 1000, 12_345, -5, -100, Int.max, Int.min] + (0..<2000).map({ $0 * 7 }) {
            var svg = SVGBytes()
            svg += "x="
            svg += number
            #expect(String(decoding: svg.bytes, as: UTF8.self) == "x=\(number)")
        }
    }
}

@Suite struct MapGridTests {
    /// Points along a route, every few pixels (curves sampled by their parameter).
    func samples(_ steps: [MapGrid.Step]) -> [(Double, Double)] {
        var points: [(Double, Double)] = []
        var (x, y) = (0.0, 0.0)
        func line(to end: (Double, Double)) {
            let length = max(abs(end.0 - x), abs(end.1 - y))
            let count = max(Int(length / 2), 1)
            for i in 1...count {
                let t = Double(i) / Double(count)
                points.append((x + (end.0 - x) * t, y + (end.1 - y) * t))
            }
            (x, y) = end
        }
        for step in steps {
            switch step {
            case .move(let a, let b): (x, y) = (Double(a), Double(b)); points.append((x, y))
            case .vertical(let b): line(to: (x, Double(b)))
            case .horizontal(let a): line(to: (Double(a), y))
            case .curve(let x1, let y1, let x2, let y2, let x3, let y3):
                for i in 1...200 {
                    let t = Double(i) / 200, u = 1 - t
                    points.append((
                        u * u * u * x + 3 * u * u * t * Double(x1) + 3 * u * t * t * Double(x2) + t * t * t * Double(x3),
                        u * u * u * y + 3 * u * u * t * Double(y1) + 3 * u * t * t * Double(y2) + t * t * t * Double(y3)))
                }
                (x, y) = (Double(x3), Double(y3))
            }
        }
        return points
    }

    /// Random layered graphs, wrapped at a few widths: no arrow passes through a box it
    /// does not connect (rows that skip levels, wrapped rows and peers included).
    @Test(arguments: 0..<6)
    func arrowsNeverCrossABoxTheyDoNotConnect(seed: UInt64) {
        var generator = SplitMix64(state: seed)
        for _ in 0..<12 {
            let count = Int.random(in: 2...36, using: &generator)
            let levels = (0..<count).map { _ in Int.random(in: 0...4, using: &generator) }
            var edges: [(Int, Int)] = []
            for node in 0..<count {
                for _ in 0..<Int.random(in: 0...2, using: &generator) {
                    let target = Int.random(in: 0..<count, using: &generator)
                    if target != node && levels[target] <= levels[node] { edges.append((node, target)) }
                }
            }
            let layout = LayeredLayout(.init(levels: levels, groups: Array(0..<count), edges: edges))
            let grid = MapGrid(layout, columns: Int.random(in: 1...6, using: &generator))
            for (lane, (from, to)) in edges.enumerated() {
                for (px, py) in samples(grid.route(from: from, to: to, lane: lane)) {
                    for node in 0..<count where node != from && node != to {
                        let inside = px > Double(grid.x[node]) + 0.5 && px < Double(grid.x[node] + MapGrid.nodeWidth) - 0.5
                            && py > Double(grid.y[node]) + 0.5 && py < Double(grid.y[node] + MapGrid.nodeHeight) - 0.5
                        #expect(!inside, "seed \(seed): edge \(from)→\(to) enters box \(node) at \(px),\(py)")
                        if inside { return }
                    }
                }
            }
        }
    }

    /// Two targets and twelve contributors wrapped onto three rows under them: every arrow
    /// that climbs more than one row into a target runs up one corridor per side of it, so
    /// the arrows from many boxes merge into at most two trunks a target.
    @Test(arguments: [[0, 1], [1, 0]])
    func arrowsIntoOneTargetShareATrunkPerSide(lanes: [Int]) {
        let levels = [0, 0] + Array(repeating: 1, count: 12)
        let edges = (2..<14).map { ($0, $0 % 2) }
        // In the order given, each target has contributors on both sides below it.
        let layout = LayeredLayout(.init(levels: levels, groups: Array(0..<14), edges: edges), reduceCrossings: false)
        let grid = MapGrid(layout, columns: 5)
        // Per target and side, the routes from the corridor on.
        var trunks: [Int: [Bool: Set<[MapGrid.Step]>]] = [:]
        for (from, to) in edges where grid.screenRow[from] > grid.screenRow[to] + 1 {
            // move, up into the channel, along it to the corridor, up the corridor, …
            let steps = grid.route(from: from, to: to, lane: lanes[to])
            guard case .horizontal(let corridor) = steps[2] else { Issue.record("no corridor for \(from)→\(to)"); continue }
            // The side of the target its corridor is on.
            trunks[to, default: [:]][corridor > grid.x[to], default: []].insert(Array(steps[2...]))
        }
        for target in 0..<2 {
            // One trunk a side: from the corridor on, every arrow on that side runs the same way.
            #expect(trunks[target]?.values.allSatisfy { $0.count == 1 } == true, "target \(target): \(String(describing: trunks[target]))")
        }
        // The corridor between the two targets holds the left one's right trunk and the right
        // one's left trunk, side by side in that order, so they do not cross.
        let (left, right) = grid.x[0] < grid.x[1] ? (0, 1) : (1, 0)
        guard case .horizontal(let leftTrunk)? = trunks[left]?[true]?.first?.first,
              case .horizontal(let rightTrunk)? = trunks[right]?[false]?.first?.first else {
            Issue.record("both targets have a trunk on the side facing the other: \(trunks)")
            return
        }
        #expect(abs(leftTrunk - rightTrunk) < MapGrid.columnGap && leftTrunk < rightTrunk)
    }

    /// The drawing gives every arrow into one box and of one kind the same lane, and so
    /// one trunk: arrows to a key result of it (dotted) get their own.
    @Test func aDrawingGivesArrowsIntoOneBoxOneLane() {
        let levels = [0] + Array(repeating: 1, count: 12)
        let layout = LayeredLayout(.init(levels: levels, groups: Array(0..<13), edges: (1..<13).map { ($0, 0) }))
        let node = MapNode(title: "Win", caption: "Sales", progress: 0.5, progressLabel: "50%", status: "on-track", statusLabel: "On track", href: "x/")
        let lines = (1..<13).map { MapLine(from: $0, to: 0, keyResult: $0 > 10 ? "KR1" : nil, direction: "up") }
        let svg = String(decoding: MapSVG.draw(nodes: Array(repeating: node, count: 13), lines: lines, layout: layout, label: "Map"), as: UTF8.self)
        // Each path's corridor: the x of its first "H" step.
        var corridors: [Bool: Set<Substring>] = [:]
        for path in svg.split(separator: "<path").dropFirst() where path.contains("data-to=\"0\"") {
            guard let d = path.firstRange(of: " d=\"").map({ path[$0.upperBound...].prefix { $0 != "\"" } }),
                  let h = d.firstRange(of: "H") else { continue }
            corridors[path.contains("edge-kr"), default: []].insert(d[h.upperBound...].prefix { $0.isNumber })
        }
        // Solid arrows from both sides of the target, dotted ones from one.
        #expect(corridors[false]?.count == 2, "\(corridors)")
        #expect(corridors[true]?.count == 1, "\(corridors)")
        #expect(corridors[false]!.isDisjoint(with: corridors[true]!), "a lane of its own for arrows to a key result")
    }

    @Test func wideRowsWrapOntoTheSameColumns() {
        let layout = LayeredLayout(.init(levels: [0] + Array(repeating: 1, count: 7), groups: Array(0..<8), edges: []))
        let grid = MapGrid(layout, columns: 5)
        #expect(grid.columns == 5)
        #expect(Set(grid.screenRow) == [0, 1, 2])
        // Every box starts on a column of the grid.
        for x in grid.x { #expect((x - MapGrid.margin) % (MapGrid.nodeWidth + MapGrid.columnGap) == 0) }
        #expect(grid.width == 5 * (MapGrid.nodeWidth + MapGrid.columnGap) - MapGrid.columnGap + 2 * MapGrid.margin)
    }
}
