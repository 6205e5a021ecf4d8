import OKRModel
import Synchronization

/// Parsed files kept between loads of the same content folder, for `serve`: after an edit,
/// only files whose stamp (size, modification time, inode) changed are read and parsed again.
/// Parsing is most of a check, and one file's parse never depends on another's, so the rest
/// of the load runs as before on the kept results.
public final class ParseCache: Sendable {
    private struct Entry: Sendable {
        var stamp: FileStamp
        var parsed: ParsedFile
    }

    private struct State: Sendable {
        var entries: [String: Entry] = [:]
        /// What parsing depended on besides the file: the theme's languages and the hint ids.
        var settings: (languages: Set<String>, hintRules: [String])?
        /// Files parsed in the load running or last run, and whether anything was kept before it.
        var parsedNow: Set<String> = []
        var hadEntries = false
    }

    private let state = Mutex(State())

    public init() {}

    /// How many parsed files are kept (for tests).
    public var count: Int { state.withLock { $0.entries.count } }

    /// The files (relative to the content folder) that the last load parsed again because
    /// they changed, sorted; nil after a load that parsed everything (the first).
    public var changedInLastLoad: [String]? {
        state.withLock { $0.hadEntries ? $0.parsedNow.sorted() : nil }
    }

    func begin(languages: Set<String>, hintRules: [String]) {
        state.withLock { state in
            state.parsedNow = []
            if let settings = state.settings, settings.languages == languages, settings.hintRules == hintRules {
                state.hadEntries = !state.entries.isEmpty
                return
            }
            state.entries = [:]
            state.settings = (languages, hintRules)
            state.hadEntries = false
        }
    }

    func parsed(_ file: ContentFile, stamp: FileStamp) -> ParsedFile? {
        state.withLock { state in
            guard let entry = state.entries[file.path], entry.stamp == stamp, entry.parsed.file == file else { return nil }
            return entry.parsed
        }
    }

    func keep(_ parsed: ParsedFile, stamp: FileStamp) {
        state.withLock { state in
            state.entries[parsed.file.path] = Entry(stamp: stamp, parsed: parsed)
            state.parsedNow.insert(parsed.file.path)
        }
    }

    /// Forgets files that are gone.
    func keep(only paths: Set<String>) {
        state.withLock { state in state.entries = state.entries.filter { paths.contains($0.key) } }
    }
}
