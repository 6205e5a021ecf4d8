import Testing
@testable import OKRModel

@Suite struct ConcurrentMapTests {
    /// Sizes around the chunking edges: empty, one item, fewer items than workers, uneven chunks.
    static let sizes = [0, 1, 3, 4, 5, 97, 1000]

    @Test(arguments: sizes)
    func parallelMapKeepsOrder(_ count: Int) {
        let items = Array(0..<count)
        #expect(parallelMap(items) { $0 * 3 + 1 } == items.map { $0 * 3 + 1 })
    }

    @Test(arguments: sizes)
    func concurrentMapKeepsOrder(_ count: Int) async {
        let items = (0..<count).map { "item \($0)" }
        #expect(await concurrentMap(items) { $0.uppercased() } == items.map { $0.uppercased() })
    }
}
