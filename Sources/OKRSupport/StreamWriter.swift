/// Receives a streamed file's bytes, one buffer at a time.
public typealias ByteSink = (UnsafeBufferPointer<UInt8>) throws -> Void

extension JSONWriter {
    /// A JSON document written by `body` and streamed to `sink` as it grows (see `drain`),
    /// ending with a newline. The first error the sink throws stops the streaming and is
    /// rethrown at the end.
    public static func stream(to sink: @escaping ByteSink, _ body: (inout JSONWriter) -> Void) throws {
        final class Failure { var error: (any Error)? }
        let failure = Failure()
        var json = JSONWriter(drain: { bytes in
            if failure.error == nil {
                do { try bytes.withUnsafeBufferPointer(sink) } catch { failure.error = error }
            }
            bytes.removeAll(keepingCapacity: true)
        })
        body(&json)
        json.bytes.append(UInt8(ascii: "\n"))
        json.finish()
        if let error = failure.error { throw error }
    }
}

/// Builds a large file in a buffer that goes to a sink each time it fills, so the file is
/// never whole in memory (the export of 50,000 people is over 400 MB). Writing is not
/// throwing, so builders can append from plain loops and closures; the first error the sink
/// throws stops further writing and `finish()` rethrows it.
public struct StreamWriter {
    /// Large enough that the sink (a `write(2)`) is called rarely.
    public static let bufferSize = 1 << 20

    private let sink: ByteSink
    /// What has not yet gone to the sink; builders may append to it directly, then call
    /// `flushIfFull()`.
    public var buffer: [UInt8] = []
    public private(set) var failure: (any Error)?

    public init(sink: @escaping ByteSink) {
        self.sink = sink
        buffer.reserveCapacity(Self.bufferSize + Self.bufferSize / 4)
    }

    public var failed: Bool { failure != nil }

    public mutating func write(_ text: String) {
        guard failure == nil else { return }
        buffer += text.utf8
        flushIfFull()
    }

    public mutating func flushIfFull() {
        if buffer.count >= Self.bufferSize { flush() }
    }

    /// Hands the rest to the sink; throws the first error the sink threw.
    public mutating func finish() throws {
        flush()
        if let failure { throw failure }
    }

    private mutating func flush() {
        if failure == nil, !buffer.isEmpty {
            do {
                try buffer.withUnsafeBufferPointer(sink)
            } catch {
                failure = error
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Everything a producer streams, collected: for tests and for callers that want the
    /// bytes (`OutputFile.contents`).
    public static func collect(_ produce: (@escaping ByteSink) throws -> Void) rethrows -> [UInt8] {
        final class Collected { var bytes: [UInt8] = [] }
        let collected = Collected()
        try produce { collected.bytes += $0 }
        return collected.bytes
    }
}
