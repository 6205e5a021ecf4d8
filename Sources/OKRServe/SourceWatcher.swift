import Foundation
import OKRLoader
#if canImport(Glibc)
import Glibc
import OKRSupport
#endif

/// Tells `serve` when something under the content and theme folders changed.
///
/// Looking at every file's size and modification time is simple, but a content folder of a
/// large company holds tens of thousands of files: at 10,000 people one look took about a
/// quarter of a second, so looking three times a second kept a core busy while nothing
/// happened. On Linux the kernel reports changes instead (inotify), and a look is one
/// read that usually finds nothing. Elsewhere, or when the kernel refuses (the per-user
/// watch limit), the watcher falls back to looking, and waits longer between looks the longer
/// a look takes, so it never spends more than about a tenth of a core.
final class SourceWatcher: @unchecked Sendable {
    enum Method: Equatable { case kernelEvents, scanning }

    private let folders: [URL]
    private(set) var method: Method
    /// The last scan's fingerprint (scanning only).
    private var fingerprint = 0
    /// How long to wait before the next look.
    private(set) var interval: Duration
    static let shortestInterval: Duration = .milliseconds(300)
    #if canImport(Glibc)
    private var descriptor: Int32 = -1
    /// Which of `folders` existed at the last look.
    private var watchedRoots: [Bool] = []
    #endif

    init(folders: [URL], allowKernelEvents: Bool = true) {
        self.folders = folders
        method = .scanning
        interval = Self.shortestInterval
        #if canImport(Glibc)
        if allowKernelEvents {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            watchedRoots = existingRoots()
            if descriptor >= 0, watchEveryFolder() {
                method = .kernelEvents
                return
            }
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
        }
        #endif
        fingerprint = scan()
    }

    deinit {
        #if canImport(Glibc)
        if descriptor >= 0 { close(descriptor) }
        #endif
    }

    /// Whether anything changed since the last call (or since the watcher was made).
    func changed() -> Bool {
        switch method {
        case .kernelEvents:
            #if canImport(Glibc)
            // A watched folder that comes into being (a first `Templates/` override) has no
            // watch to report it; its parent is not watched, so look for it.
            let roots = existingRoots()
            let rootsChanged = roots != watchedRoots
            guard drainEvents() || rootsChanged else { return false }
            watchedRoots = roots
            // A folder made since the last look needs a watch of its own; if the kernel
            // refuses one now, go on by scanning.
            if !watchEveryFolder() {
                close(descriptor)
                descriptor = -1
                method = .scanning
                fingerprint = scan()
            }
            return true
            #else
            return false
            #endif
        case .scanning:
            let started = ContinuousClock.now
            let now = scan()
            interval = max(Self.shortestInterval, (ContinuousClock.now - started) * 10)
            guard now != fingerprint else { return false }
            fingerprint = now
            return true
        }
    }

    private func existingRoots() -> [Bool] {
        folders.map { folder in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// Every folder below the watched ones, hidden ones (`.git`) left out, as `serve` reads them.
    private func everyFolder() -> [String] {
        var result: [String] = []
        for (folder, exists) in zip(folders, existingRoots()) where exists {
            result.append(folder.path)
            for entry in FolderWalk.entries(below: folder.path, skippingHidden: true) where entry.kind == .folder {
                result.append(folder.appendingPathComponent(entry.path).path)
            }
        }
        return result
    }

    #if canImport(Glibc)
    /// Adds a watch on every folder (the kernel ignores a second watch on the same folder).
    private func watchEveryFolder() -> Bool {
        let events = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
        for path in everyFolder() where inotify_add_watch(descriptor, path, events) < 0 {
            return false
        }
        return true
    }

    /// Reads every pending event; true when one concerns a file or folder that is not hidden
    /// (an editor's swap file is not a change to the sources).
    private func drainEvents() -> Bool {
        var relevant = false
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, size)
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                let name = event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 || !name.hasPrefix(".") { relevant = true }
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
        }
        return relevant
    }
    #endif

    /// Paths, sizes and modification times of every file below the folders.
    private func scan() -> Int {
        var hasher = Hasher()
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey, .isDirectoryKey], options: [.skipsHiddenFiles]) else { continue }
            var entries: [String] = []
            for case let url as URL in enumerator {
                let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey, .isDirectoryKey])
                // A folder's own time changes when a hidden file (an editor's swap file) comes
                // or goes; its visible files are entries of their own.
                if values?.isDirectory == true {
                    entries.append(url.path + "/")
                } else {
                    entries.append("\(url.path)|\(values?.fileSize ?? -1)|\(values?.contentModificationDate?.timeIntervalSince1970 ?? 0)")
                }
            }
            for entry in entries.sorted() { hasher.combine(entry) }
        }
        return hasher.finalize()
    }
}
