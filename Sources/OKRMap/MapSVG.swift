import OKRModel
import OKRSupport

/// One objective as the map draws it; all text already in the page's language.
public struct MapNode: Sendable {
    public var title: String
    /// "Sales": whose objective it is.
    public var caption: String
    /// What follows the owner in the caption and tells boxes of one owner apart (" · O1",
    /// with the cycle when it is not the drawing's own): kept whole when the owner is cut.
    public var captionTail: String
    /// 0–1.
    public var progress: Double
    public var progressLabel: String
    /// A status name, used as a CSS class (`status-at-risk`).
    public var status: String
    public var statusLabel: String
    public var href: String
    /// The objective or team the view is about, drawn emphasised.
    public var isFocus: Bool
    /// An id for the box, so a link can point at it in the drawing ("O1-map").
    public var anchor: String?

    public init(title: String, caption: String, captionTail: String = "", progress: Double, progressLabel: String, status: String, statusLabel: String, href: String, isFocus: Bool = false, anchor: String? = nil) {
        self.title = title
        self.caption = caption
        self.captionTail = captionTail
        self.progress = progress
        self.progressLabel = progressLabel
        self.status = status
        self.statusLabel = statusLabel
        self.href = href
        self.isFocus = isFocus
        self.anchor = anchor
    }
}

/// An alignment drawn from `from` (the contributor) to `to`.
public struct MapLine: Sendable {
    public var from: Int
    public var to: Int
    /// "KR2" when the alignment targets a key result of `to`.
    public var keyResult: String?
    /// up, sideways or down: a CSS class (`edge-sideways`, `edge-down`; an arrow up has none).
    public var direction: String

    public init(from: Int, to: Int, keyResult: String?, direction: String) {
        self.from = from
        self.to = to
        self.keyResult = keyResult
        self.direction = direction
    }
}

/// Draws a laid-out map as inline SVG: plain shapes, links and `<title>` tooltips, styled by
/// the theme's CSS, readable and navigable without any script. The data attributes carry
/// the graph for the theme's script (chain highlighting, arrow-key moves) and for tests:
/// `data-node` on each box (its place in the order boxes are written, so box n is the n-th
/// `.map-node`) and `data-row` (its level's row, 0 for the company), `data-from` and `data-to`
/// on each arrow; the script derives each box's neighbours from the arrows.
///
/// A page holds one drawing (`id="map"`), and everything that is the same in every box or
/// arrow is said once: each box is a group moved into place, its outline, status stripe and
/// progress track are one shared shape (`<use href="#map-box">`), and the theme's CSS places
/// the texts inside it (`transform`) and puts the arrowhead (`#map-arrow`) on every arrow.
/// Only what differs is written per box: link, title, caption, bar length and percentage.
/// A box's parts carry no classes: it always holds, in order, the title text (a second line
/// as a `<tspan>`), the caption text, the bar (a box's only path, when there is progress) and
/// the percentage text, and the CSS tells them apart by position, so that a box costs only
/// what differs from the next.
public enum MapSVG {
    public static let nodeWidth = MapGrid.nodeWidth
    public static let nodeHeight = MapGrid.nodeHeight
    /// Title width in "narrow character" units; a CJK character counts as two.
    static let titleUnits = 23
    /// The progress track: from x 14 to 144 at y 60–66, drawn as a 6-wide line with round
    /// ends from 17 to 141 so a bar is one short path.
    static let trackLength = 130

    /// - Parameters:
    ///   - label: the drawing's accessible name.
    ///   - columns: the widest row before it wraps.
    public static func draw(nodes: [MapNode], lines: [MapLine], layout: LayeredLayout, label: String, keyResultLabel: String = "KR", columns: Int = MapGrid.defaultColumns) -> [UInt8] {
        let grid = MapGrid(layout, columns: columns)

        // Built as bytes and appended piece by piece: string interpolation made a temporary
        // String for every element.
        var svg = SVGBytes()
        svg.bytes.reserveCapacity(700 + nodes.count * 380 + lines.count * 70)
        svg += #"<svg xmlns="http://www.w3.org/2000/svg" class="okr-map" id="map" viewBox="0 0 "#
        svg += grid.width; svg += " "; svg += grid.height
        svg += #"" width=""#; svg += grid.width; svg += #"" height=""#; svg += grid.height; svg += #""><title>"#
        svg.escaped(label); svg += "</title>"
        svg += #"<defs><marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" class="arrow-head"/></marker>"#
        svg += #"<g id="map-box"><rect class="node-box" width=""#; svg += nodeWidth; svg += #"" height=""#; svg += nodeHeight
        svg += #"" rx="6"/><rect class="node-status" width="6" height=""#; svg += nodeHeight
        svg += #"" rx="3"/><path class="node-track" d="M17,63h124"/></g></defs>"#
        // Each box's place in reading order: its number, by which the arrows name their ends.
        var position = [Int](repeating: 0, count: nodes.count)
        for (place, index) in layout.order.joined().enumerated() { position[index] = place }
        svg += #"<g class="map-edges">"#
        // One lane per target and kind of arrow: the arrows into one box merge into a trunk,
        // solid and dotted (to a key result) ones each their own.
        func trunk(_ line: MapLine) -> Int { line.to * 2 + (line.keyResult == nil ? 0 : 1) }
        var lanes: [Int: Int] = [:]
        for line in lines where lanes[trunk(line)] == nil { lanes[trunk(line)] = lanes.count }
        for line in lines {
            // Most arrows point up: that is the plain arrow, and only the others carry a class.
            let marked = line.direction != "up"
            if marked || line.keyResult != nil {
                svg += #"<path class=""#
                if marked { svg += "edge-"; svg.plain(line.direction) }
                if line.keyResult != nil { svg += marked ? " edge-kr" : "edge-kr" }
                svg += #"" data-from=""#
            } else {
                svg += #"<path data-from=""#
            }
            svg += position[line.from]; svg += #"" data-to=""#; svg += position[line.to]; svg += #"" d=""#
            for step in grid.route(from: line.from, to: line.to, lane: lanes[trunk(line)]!) {
                switch step {
                case .move(let x, let y): svg += "M"; svg += x; svg += ","; svg += y
                case .vertical(let y): svg += "V"; svg += y
                case .horizontal(let x): svg += "H"; svg += x
                case .curve(let x1, let y1, let x2, let y2, let x, let y):
                    svg += "C"; svg += x1; svg += ","; svg += y1; svg += " "; svg += x2; svg += ","; svg += y2
                    svg += " "; svg += x; svg += ","; svg += y
                }
            }
            if let keyResult = line.keyResult {
                svg += #""><title>"#; svg.escaped(keyResultLabel); svg += " "; svg.escaped(keyResult); svg += "</title></path>"
            } else {
                svg += #""/>"#
            }
        }
        svg += "</g>"
        // Nodes in reading order, row by row, so Tab walks the map as it looks.
        svg += #"<g class="map-nodes">"#
        for row in layout.order {
            for index in row {
                let node = nodes[index]
                let progress = min(max(node.progress, 0), 1)
                svg += #"<a class="map-node status-"#; svg.plain(node.status)
                if node.isFocus { svg += " focus" }
                svg += #"" href=""#; svg.escaped(node.href)
                if let anchor = node.anchor { svg += #"" id=""#; svg.escaped(anchor) }
                svg += #"" data-node=""#; svg += position[index]; svg += #"" data-row=""#; svg += layout.rows[index]
                svg += #"" transform="translate("#; svg += grid.x[index]; svg += ","; svg += grid.y[index]; svg += #")">"#
                // The whole title (the box may cut it) and the status, which the box shows only
                // as a colour; owner and progress are in the box's own text, and the whole
                // caption is here too when the box cuts it.
                let caption = captionLine(node.caption, tail: node.captionTail, units: titleUnits + 4)
                svg += "<title>"; svg.escaped(node.title); svg += " · "; svg.escaped(node.statusLabel)
                if !caption.isWhole {
                    svg += " · "; svg.escaped(node.caption); svg.escaped(node.captionTail)
                }
                svg += "</title>"
                svg += ##"<use href="#map-box"/>"##
                // The second title line sits 16 below the first, where the title's text starts.
                for (number, text) in wrap(node.title, units: titleUnits, lines: 2).enumerated() {
                    svg += number == 0 ? "<text>" : #"<tspan x="0" dy="16">"#
                    svg.escaped(text)
                    if number > 0 { svg += "</tspan>" }
                }
                svg += "</text><text>"
                svg.escaped(caption.text); svg += "</text>"
                let bar = Int((Double(trackLength) * progress).rounded())
                if bar > 0 {
                    // Round ends add 3 on each side; a bar shorter than them is a dot.
                    svg += #"<path d="M17,63h"#; svg += max(bar - 6, 0); svg += #""/>"#
                }
                svg += "<text>"
                svg.escaped(node.progressLabel); svg += "</text>"
                svg += "</a>"
            }
        }
        svg += "</g></svg>"
        return svg.bytes
    }

    /// Display width in narrow units: East Asian wide characters count two.
    static func units(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: 2
        default: 1
        }
    }

    /// The caption on one line of `units` width: where owner and tail do not fit together, the
    /// owner is cut ("Meridian Tra… · O2 · FY2026"), since the tail is what tells two boxes
    /// of one owner apart; only a tail too wide on its own is cut with the rest. `isWhole` says
    /// whether the line is the caption uncut, so the box's title need not repeat it.
    static func captionLine(_ owner: String, tail: String, units limit: Int) -> (text: String, isWhole: Bool) {
        let whole = owner + tail
        if fitsWhole(whole, units: limit) { return (whole, true) }
        let tailWidth = tail.unicodeScalars.reduce(0) { $0 + units($1) }
        // The owner keeps at least a few units before its "…", or the line is cut as one text.
        let text = tail.isEmpty || limit - tailWidth < 4
            ? wrap(whole, units: limit, lines: 1).first ?? ""
            : (wrap(owner, units: limit - tailWidth, lines: 1).first ?? "") + tail
        return (text, text == whole)
    }

    /// Breaks `text` into at most `lines` lines of `units` width, at spaces where there are
    /// any (CJK text breaks anywhere); a cut text ends in "…".
    static func wrap(_ text: String, units limit: Int, lines maximum: Int) -> [String] {
        // Most captions and many titles fit on one line as they are: then the rule below
        // takes every piece onto the first line, and no piece needs to be made.
        if maximum > 0, !text.isEmpty, fitsWhole(text, units: limit) { return [text] }
        return wrapPrintableASCII(text, units: limit, lines: maximum)
            ?? wrapSingleScalarCharacters(text, units: limit, lines: maximum)
            ?? wrapCharacters(text, units: limit, lines: maximum)
    }

    /// Whether `text` is made of scalars that each stand alone as a Character and is at most
    /// `limit` units wide.
    static func fitsWhole(_ text: String, units limit: Int) -> Bool {
        var used = 0
        for scalar in text.unicodeScalars {
            guard isWholeCharacter(scalar) else { return false }
            used += units(scalar)
            if used > limit { return false }
        }
        return true
    }

    /// `wrap` for any text, Character by Character.
    static func wrapCharacters(_ text: String, units limit: Int, lines maximum: Int) -> [String] {
        let characters = Array(text)
        return wrapPieces(
            characters, units: limit, lines: maximum, width: { $0.unicodeScalars.first.map(units) ?? 1 },
            isSpace: { $0 == " " }, string: { String(characters[$0]) })
    }

    /// Whether `scalar` always stands alone as a Character: printable ASCII and Latin-1, common
    /// punctuation, CJK symbols and ideographs, full-width forms. None of them combines with
    /// a neighbour (no marks, joiners, controls, Hangul jamo or regional indicators).
    static func isWholeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0xFF, 0x2010...0x2027, 0x2030...0x205E,
             0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }

    /// `wrap` for text whose every Character is one scalar (most Chinese titles), scalar by
    /// scalar without grapheme breaking; nil for any other text.
    static func wrapSingleScalarCharacters(_ text: String, units limit: Int, lines maximum: Int) -> [String]? {
        var scalars: [Unicode.Scalar] = []
        // Where each scalar starts in the UTF-8, and the end: a line is made from its bytes,
        // which is much cheaper than appending its scalars to a String one by one.
        var starts: [Int] = [0]
        for scalar in text.unicodeScalars {
            guard isWholeCharacter(scalar) else { return nil }
            scalars.append(scalar)
            starts.append(starts[starts.count - 1] + UTF8.width(scalar))
        }
        var text = text
        return text.withUTF8 { bytes in
            wrapPieces(
                scalars, units: limit, lines: maximum, width: units, isSpace: { $0 == " " },
                string: { String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[$0.lowerBound]..<starts[$0.upperBound]]), as: UTF8.self) })
        }
    }

    /// `wrap` for text of printable ASCII only (most English titles), where every character
    /// is one byte one unit wide; nil for any other text.
    static func wrapPrintableASCII(_ text: String, units limit: Int, lines maximum: Int) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard !bytes.contains(where: { $0 < 0x20 || $0 > 0x7E }) else { return nil }
            return wrapPieces(
                bytes, units: limit, lines: maximum, width: { _ in 1 }, isSpace: { $0 == UInt8(ascii: " ") },
                string: { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) })
        }
    }

    /// The wrapping rule, over a text cut into pieces that are each one Character (Characters,
    /// or scalars or bytes where those are known to be whole Characters): fill a line up to
    /// `limit` units; break at its last space when that keeps more than four pieces on the
    /// line, else anywhere; on the last allowed line, cut one piece short and end in "…".
    private static func wrapPieces<Pieces: RandomAccessCollection>(
        _ pieces: Pieces, units limit: Int, lines maximum: Int, width: (Pieces.Element) -> Int,
        isSpace: (Pieces.Element) -> Bool, string: (Range<Int>) -> String
    ) -> [String] where Pieces.Index == Int {
        var result: [String] = []
        var start = pieces.startIndex
        while start < pieces.endIndex && result.count < maximum {
            var used = 0
            var end = start
            var lastSpace: Int?
            while end < pieces.endIndex {
                let w = width(pieces[end])
                if used + w > limit { break }
                if isSpace(pieces[end]) { lastSpace = end }
                used += w
                end += 1
            }
            if end == pieces.endIndex {
                result.append(string(start..<end))
                break
            }
            let last = result.count == maximum - 1
            if let space = lastSpace, !last, space - start > 4 {
                result.append(string(start..<space))
                start = space + 1
            } else if last {
                // Room for the ellipsis, without the spaces before it.
                var cut = end > start ? end - 1 : end
                while cut > start && isSpace(pieces[cut - 1]) { cut -= 1 }
                result.append(string(start..<cut) + "…")
                break
            } else {
                result.append(string(start..<end))
                start = end
            }
        }
        return result
    }

    static func escape(_ text: String) -> String {
        HTMLEscape.escape(text)
    }
}

/// The drawing's bytes so far.
struct SVGBytes {
    var bytes: [UInt8] = []

    /// Literal markup, copied from the binary without a String in between.
    static func += (svg: inout SVGBytes, markup: StaticString) {
        svg.bytes += UnsafeBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount)
    }

    /// Text that needs no escaping (ids, CSS class names).
    mutating func plain(_ text: String) { bytes += text.utf8 }

    /// A whole number in decimal digits (a map writes a few hundred).
    static func += (svg: inout SVGBytes, number: Int) { DecimalDigits.append(number, to: &svg.bytes) }

    mutating func escaped(_ text: String) { HTMLEscape.append(text, to: &bytes) }
}
