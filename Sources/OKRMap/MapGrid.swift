/// Where a laid-out map's boxes go and how its arrows run between them.
///
/// Boxes sit on one column grid shared by every row, so the gaps between columns line up
/// from top to bottom and form corridors; the spaces between rows are channels. A row wider
/// than `columns` boxes wraps onto further rows of the same level. An arrow between two
/// neighbouring rows is a curve inside the channel between them; any other arrow leaves its
/// box into the channel next to it, runs along the channel to a corridor, through the
/// corridor to the channel next to its target, and along that channel into the target.
/// Channels and corridors hold no boxes, so no arrow crosses a box it does not connect.
public struct MapGrid: Sendable {
    public static let nodeWidth = 200
    public static let nodeHeight = 74
    /// Corridor width: wide enough for three lanes of arrows.
    public static let columnGap = 24
    /// Channel height: room for the curves and five lanes of arrows.
    public static let rowGap = 56
    /// Room outside the outer corridors.
    public static let margin = 24
    /// The widest row before it wraps: five boxes fill a desktop page at full size.
    public static let defaultColumns = 5

    /// Columns of the grid (at most the limit, fewer when every row is narrower).
    public let columns: Int
    /// Per node: the top-left corner of its box.
    public let x: [Int]
    public let y: [Int]
    /// Per node: its row on screen (a wrapped level takes several).
    public let screenRow: [Int]
    public let width: Int
    public let height: Int

    public init(_ layout: LayeredLayout, columns limit: Int = defaultColumns) {
        let widest = layout.order.map(\.count).max() ?? 0
        let columns = max(1, min(limit, widest))
        var x = Array(repeating: 0, count: layout.rows.count)
        var y = x
        var screenRow = x
        var row = 0
        for level in layout.order {
            var start = 0
            while start < level.count {
                let piece = level[start..<min(start + columns, level.count)]
                // Centred on whole columns, so the corridors stay straight.
                let offset = (columns - piece.count) / 2
                for (place, node) in piece.enumerated() {
                    x[node] = Self.margin + (offset + place) * (Self.nodeWidth + Self.columnGap)
                    y[node] = Self.margin + row * (Self.nodeHeight + Self.rowGap)
                    screenRow[node] = row
                }
                row += 1
                start += columns
            }
        }
        self.columns = columns
        self.x = x
        self.y = y
        self.screenRow = screenRow
        width = columns * (Self.nodeWidth + Self.columnGap) - Self.columnGap + 2 * Self.margin
        height = max(row, 1) * (Self.nodeHeight + Self.rowGap) - Self.rowGap + 2 * Self.margin
    }

    /// One step of an arrow's path.
    public enum Step: Hashable, Sendable {
        case move(Int, Int)
        case vertical(Int)
        case horizontal(Int)
        /// A cubic curve: two control points, then the end.
        case curve(Int, Int, Int, Int, Int, Int)
    }

    /// The path of an arrow from `from` (the contributor) to `to`. Arrows of one `lane` into
    /// one target take the same corridor, the one beside the target on their side, and the
    /// same heights in the channels, so arrows from many boxes merge into one trunk before
    /// they reach it; other lanes run beside them, apart.
    public func route(from: Int, to: Int, lane: Int) -> [Step] {
        let (w, h) = (Self.nodeWidth, Self.nodeHeight)
        let (sx, tx) = (x[from] + w / 2, x[to] + w / 2)
        let (rowA, rowB) = (screenRow[from], screenRow[to])
        if rowA == rowB {
            // Peers in one row: a loop in the channel under it, deeper for farther partners.
            let y0 = y[from] + h
            let dip = min(20 + abs(sx - tx) / 24, Self.rowGap - 8)
            return [.move(sx, y0), .curve(sx, y0 + dip, tx, y0 + dip, tx, y0)]
        }
        let upward = rowB < rowA
        let sy = upward ? y[from] : y[from] + h
        let ty = upward ? y[to] + h : y[to]
        if abs(rowA - rowB) == 1 {
            // Straight down a column needs no curve.
            if sx == tx { return [.move(sx, sy), .vertical(ty)] }
            let middle = (sy + ty) / 2
            return [.move(sx, sy), .curve(sx, middle, tx, middle, tx, ty)]
        }
        // The channels next to each end, on the side facing the other end.
        let laneOffset = (lane % 5 - 2) * 6
        let leave = upward ? sy - Self.rowGap / 2 + laneOffset : sy + Self.rowGap / 2 + laneOffset
        let arrive = upward ? ty + Self.rowGap / 2 + laneOffset : ty - Self.rowGap / 2 + laneOffset
        // The corridor beside the target on the arrow's side; for an arrow from the target's
        // own column, the one towards the middle of the drawing, away from its edge.
        let pitch = w + Self.columnGap
        let column = (x[to] - Self.margin) / pitch
        let right = sx > tx || sx == tx && 2 * column + 1 < columns
        // In a corridor between two targets, the left one's trunk keeps to the left half and
        // the right one's to the right, so the two never cross on their way up.
        let side = (2 + lane % 2 * 4) * (right ? -1 : 1)
        let cx = Self.margin + (column + (right ? 1 : 0)) * pitch - Self.columnGap / 2 + side
        return [.move(sx, sy), .vertical(leave), .horizontal(cx), .vertical(arrive), .horizontal(tx), .vertical(ty)]
    }
}
