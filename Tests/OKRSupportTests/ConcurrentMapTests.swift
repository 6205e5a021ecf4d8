import Foundation
import Synchronization
import Testing
@testable import OKRSupport

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

    /// A slow first item must not hold back the items after it: while one core is busy with
    /// it, the others take every other item. Item 0 waits (at most two seconds) until all
    /// the others are done; with fixed shares per worker, those in its own share never are.
    @Test func aSlowItemDoesNotHoldBackTheOthers() async {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return }
        final class Done: Sendable { let count = Atomic<Int>(0) }
        func work(_ done: Done, _ count: Int) -> @Sendable (Int) -> Bool {
            { index in
                guard index == 0 else {
                    done.count.wrappingAdd(1, ordering: .relaxed)
                    return true
                }
                let deadline = Date().addingTimeInterval(2)
                while done.count.load(ordering: .relaxed) < count - 1, Date() < deadline { usleep(1000) }
                return done.count.load(ordering: .relaxed) == count - 1
            }
        }
        let items = Array(0..<64)
        #expect(parallelMap(items, transform: work(Done(), items.count)).allSatisfy { $0 })
        #expect(await concurrentMap(items, transform: work(Done(), items.count)).allSatisfy { $0 })
    }
}
