import Dispatch
import Foundation
import Synchronization

/// Maps `items` across the machine's cores and keeps their order. Used for per-file parsing
/// and per-page rendering, where each item is independent.
///
/// Each worker takes the next item not yet taken, rather than a fixed share of them: items
/// differ a lot in cost (the page listing every person against one person's page), and with
/// fixed shares a core sat idle while the other finished the share that held the big ones.
public func concurrentMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], transform: @escaping @Sendable (Item) -> Result
) async -> [Result] {
    let workers = max(1, min(items.count, ProcessInfo.processInfo.activeProcessorCount))
    guard workers > 1 else { return items.map(transform) }
    let next = SharedCounter()
    return await withTaskGroup(of: [(Int, Result)].self) { group in
        for _ in 0..<workers {
            group.addTask {
                var done: [(Int, Result)] = []
                while case let index = next.take(), index < items.count {
                    done.append((index, transform(items[index])))
                }
                return done
            }
        }
        var results = [Result?](repeating: nil, count: items.count)
        for await done in group {
            for (index, result) in done { results[index] = result }
        }
        return results.map { $0! }
    }
}

/// The synchronous twin of `concurrentMap`, for pure stages called from synchronous code
/// (the hint rules). Each item's result goes to its own slot, so no locking is needed.
public func parallelMap<Item: Sendable, Result: Sendable>(_ items: [Item], transform: @Sendable (Item) -> Result) -> [Result] {
    let workers = max(1, min(items.count, ProcessInfo.processInfo.activeProcessorCount))
    guard workers > 1 else { return items.map(transform) }
    let next = Atomic<Int>(0)
    return [Result](unsafeUninitializedCapacity: items.count) { buffer, initialized in
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while case let index = next.wrappingAdd(1, ordering: .relaxed).oldValue, index < items.count {
                (slots.baseAddress! + index).initialize(to: transform(items[index]))
            }
        }
        initialized = items.count
    }
}

/// Hands out 0, 1, 2, … to whichever worker asks next.
final class SharedCounter: Sendable {
    private let value = Atomic<Int>(0)

    func take() -> Int { value.wrappingAdd(1, ordering: .relaxed).oldValue }
}
