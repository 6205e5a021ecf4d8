/// Maps `items` across the machine's cores in contiguous chunks and keeps their order.
/// Used for per-file parsing and per-page rendering, where each item is independent.
public func concurrentMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], transform: @escaping @Sendable (Item) -> Result
) async -> [Result] {
    let workers = max(1, min(items.count, SystemInfo.activeProcessorCount * 2))
    guard workers > 1 else { return items.map(transform) }
    let chunkSize = (items.count + workers - 1) / workers
    return await withTaskGroup(of: (Int, [Result]).self) { group in
        for start in stride(from: 0, to: items.count, by: chunkSize) {
            let chunk = Array(items[start..<min(start + chunkSize, items.count)])
            group.addTask { (start, chunk.map(transform)) }
        }
        var pieces: [(Int, [Result])] = []
        for await piece in group { pieces.append(piece) }
        return pieces.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }
}

public enum SystemInfo {
    public static var activeProcessorCount: Int {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#endif

import Dispatch

/// The synchronous twin of `concurrentMap`, for pure stages called from synchronous code
/// (the hint rules). Each worker fills its own slots of the result, so no locking is needed.
public func parallelMap<Item: Sendable, Result: Sendable>(_ items: [Item], transform: @Sendable (Item) -> Result) -> [Result] {
    let workers = max(1, min(items.count, SystemInfo.activeProcessorCount * 2))
    guard workers > 1 else { return items.map(transform) }
    let chunkSize = (items.count + workers - 1) / workers
    let chunks = (items.count + chunkSize - 1) / chunkSize
    return [Result](unsafeUninitializedCapacity: items.count) { buffer, initialized in
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in (chunk * chunkSize)..<min((chunk + 1) * chunkSize, items.count) {
                (slots.baseAddress! + index).initialize(to: transform(items[index]))
            }
        }
        initialized = items.count
    }
}
