/// A layered drawing in the manner of Sugiyama: nodes sit in rows by level (company on top,
/// people at the bottom), and the order inside each row is chosen to reduce edge crossings.
///
/// Objectives of one owner stay side by side (the reader looks for "the sales team's
/// objectives" as one block), so the ordering moves whole owner groups: each group goes to
/// the mean position of its neighbours in the rows already placed (the barycentre
/// heuristic), sweeping down and up a few times and keeping the order with fewest crossings.
/// Edges that skip rows are not split into dummy nodes; they pull on both rows they touch.
/// Every sweep is linear in nodes plus edges (after sorting), so a view's cost is its size.
public struct LayeredLayout: Sendable, Equatable {
    public struct Input: Sendable {
        /// Per node: its level (any integers; empty levels are closed up).
        public var levels: [Int]
        /// Per node: its owner group; nodes of one group in one row stay together.
        public var groups: [Int]
        /// Node index pairs, either direction.
        public var edges: [(Int, Int)]

        public init(levels: [Int], groups: [Int], edges: [(Int, Int)]) {
            self.levels = levels
            self.groups = groups
            self.edges = edges
        }
    }

    /// Per node: its row and its place in the row.
    public var rows: [Int]
    public var columns: [Int]
    /// Node indices row by row, left to right.
    public var order: [[Int]]

    public static let sweeps = 6

    /// Lays out the nodes; nodes arrive in their preferred starting order.
    public init(_ input: Input, reduceCrossings: Bool = true) {
        let levels = Array(Set(input.levels)).sorted()
        let rowOfLevel = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0) })
        rows = input.levels.map { rowOfLevel[$0]! }
        // Starting order: as given, but with each owner's objectives gathered where the
        // owner first appears.
        var order = Array(repeating: [Int](), count: levels.count)
        var firstOfGroup: [Int: Int] = [:]
        for node in rows.indices where firstOfGroup[input.groups[node]] == nil { firstOfGroup[input.groups[node]] = node }
        for node in rows.indices.sorted(by: { (firstOfGroup[input.groups[$0]]!, $0) < (firstOfGroup[input.groups[$1]]!, $1) }) {
            order[rows[node]].append(node)
        }
        var neighbours = Array(repeating: [Int](), count: rows.count)
        for (a, b) in input.edges where a != b {
            neighbours[a].append(b)
            neighbours[b].append(a)
        }
        columns = Array(repeating: 0, count: rows.count)
        self.order = order
        place()
        guard reduceCrossings, order.count > 1 else { return }

        var best = (crossings: Self.crossings(rows: rows, columns: columns, edges: input.edges), order: self.order)
        // Only a strictly better order replaces the best, so once none cross (most small
        // maps start that way) the remaining sweeps cannot change the result.
        for sweep in 0..<Self.sweeps where best.crossings > 0 {
            let downward = sweep % 2 == 0
            let sequence = downward ? Array(1..<order.count) : Array((0..<order.count - 1).reversed())
            for row in sequence {
                reorder(row: row, groups: input.groups, neighbours: neighbours, towards: downward ? { $0 < row } : { $0 > row })
            }
            let count = Self.crossings(rows: rows, columns: columns, edges: input.edges)
            if count < best.crossings { best = (count, self.order) }
        }
        self.order = best.order
        place()
    }

    private mutating func place() {
        for row in order {
            for (column, node) in row.enumerated() { columns[node] = column }
        }
    }

    /// Moves the groups of one row to the barycentre of their neighbours in the rows that
    /// `towards` accepts; a group without such neighbours keeps its place.
    private mutating func reorder(row: Int, groups: [Int], neighbours: [[Int]], towards accepts: (Int) -> Bool) {
        var blocks: [(group: Int, nodes: [Int], key: Double)] = []
        var blockOfGroup: [Int: Int] = [:]
        for node in order[row] {
            if let block = blockOfGroup[groups[node]] {
                blocks[block].nodes.append(node)
            } else {
                blockOfGroup[groups[node]] = blocks.count
                blocks.append((groups[node], [node], 0))
            }
        }
        for index in blocks.indices {
            var sum = 0.0
            var count = 0
            for node in blocks[index].nodes {
                for other in neighbours[node] where accepts(rows[other]) {
                    // Normalised by row width so that rows of different sizes pull evenly.
                    sum += (Double(columns[other]) + 0.5) / Double(order[rows[other]].count)
                    count += 1
                }
            }
            let current = (Double(columns[blocks[index].nodes[0]]) + 0.5) / Double(order[row].count)
            blocks[index].key = count == 0 ? current : sum / Double(count)
        }
        let sorted = blocks.enumerated().sorted { a, b in
            a.element.key != b.element.key ? a.element.key < b.element.key : a.offset < b.offset
        }
        order[row] = sorted.flatMap(\.element.nodes)
        for (column, node) in order[row].enumerated() { columns[node] = column }
    }

    /// Pairs of edges that cross, counting edges between the same two rows (where a crossing
    /// is a matter of order alone). A sort by the upper end and a count of inversions of the
    /// lower end make it O(E log E) per pair of rows.
    public static func crossings(rows: [Int], columns: [Int], edges: [(Int, Int)]) -> Int {
        var byRows: [Int64: [(Int, Int)]] = [:]
        for (a, b) in edges where rows[a] != rows[b] {
            let (upper, lower) = rows[a] < rows[b] ? (a, b) : (b, a)
            byRows[Int64(rows[upper]) << 32 | Int64(rows[lower]), default: []].append((columns[upper], columns[lower]))
        }
        var total = 0
        for pairs in byRows.values {
            let lowers = pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.1)
            total += inversions(lowers)
        }
        return total
    }

    /// Pairs i < j with values[i] > values[j], by merge sort.
    static func inversions(_ values: [Int]) -> Int {
        guard values.count > 1 else { return 0 }
        var items = values
        var buffer = values
        var count = 0
        var width = 1
        while width < items.count {
            var start = 0
            while start < items.count {
                let middle = min(start + width, items.count)
                let end = min(start + 2 * width, items.count)
                var (left, right, out) = (start, middle, start)
                while left < middle && right < end {
                    if items[left] <= items[right] {
                        buffer[out] = items[left]; left += 1
                    } else {
                        buffer[out] = items[right]; right += 1
                        count += middle - left
                    }
                    out += 1
                }
                while left < middle { buffer[out] = items[left]; left += 1; out += 1 }
                while right < end { buffer[out] = items[right]; right += 1; out += 1 }
                start = end
            }
            swap(&items, &buffer)
            width *= 2
        }
        return count
    }

    public static func == (a: LayeredLayout, b: LayeredLayout) -> Bool { a.order == b.order }
}
