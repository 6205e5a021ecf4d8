import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The preview's HTTP server: GET and HEAD over HTTP/1.1, one request per connection, with
/// every size and time bounded, since any program on the machine (or the network, with
/// `--host 0.0.0.0`) can connect.
///
/// - the request line may be 8 KB (longer: 414) and the header lines 16 KB in all (431), and
///   the bytes are scanned once, as they arrive;
/// - a client has 10 s to send its request and to take the answer (then it is dropped);
/// - at most 64 connections are served at once; more are answered 503 and closed.
///
/// Each connection gets a thread of its own, so a slow client holds only its own thread and
/// never the Swift concurrency pool the rebuilds run on.
final class HTTPListener: Sendable {
    struct Request: Sendable {
        var method: String
        /// The path of the target, percent-encoded as sent, without the query.
        var path: String
    }

    struct Response: Sendable {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: Data

        init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    static let maximumRequestLine = 8 * 1024
    static let maximumHeaders = 16 * 1024
    static let timeoutSeconds = 10
    static let maximumConnections = 64

    private let socket: Int32
    let port: UInt16
    private let active = Atomic<Int>(0)

    enum BindError: Error {
        case notAnAddress
        case failed(errno: Int32, message: String)
    }

    /// Listens on `host` (an IPv4 address) and `port` (0: a free one).
    init(host: String, port: UInt16) throws(BindError) {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { throw .notAnAddress }
        let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .failed(errno: errno, message: String(cString: strerror(errno))) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 128) == 0 else {
            let error = errno
            close(descriptor)
            throw .failed(errno: error, message: String(cString: strerror(error)))
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        socket = descriptor
        self.port = UInt16(bigEndian: actual.sin_port)
    }

    /// Accepts connections until the task is cancelled, answering each with `handler`.
    func serve(_ handler: @escaping @Sendable (Request) -> Response) async {
        let socket = self.socket
        await withTaskCancellationHandler {
            await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                let thread = Thread { [self] in
                    acceptLoop(handler)
                    done.resume()
                }
                thread.start()
            }
        } onCancel: {
            // Makes the blocked accept() return.
            shutdown(socket, Int32(SHUT_RDWR))
        }
        close(socket)
    }

    private func acceptLoop(_ handler: @escaping @Sendable (Request) -> Response) {
        while true {
            let connection = accept(socket, nil, nil)
            if connection < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                // Out of descriptors: wait for connections to end rather than spin.
                if errno == EMFILE || errno == ENFILE { usleep(20_000); continue }
                return
            }
            _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
            guard active.add(1, ordering: .relaxed).newValue <= Self.maximumConnections else {
                Self.setTimeouts(connection)
                Self.send(Response(status: 503, body: Data("Too many connections\n".utf8)), to: connection, withBody: true)
                close(connection)
                active.subtract(1, ordering: .relaxed)
                continue
            }
            Thread { [self] in
                Self.answer(connection, handler)
                close(connection)
                active.subtract(1, ordering: .relaxed)
            }.start()
        }
    }

    private static func setTimeouts(_ connection: Int32) {
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Reads one request head and sends one answer.
    private static func answer(_ connection: Int32, _ handler: (Request) -> Response) {
        setTimeouts(connection)
        switch readHead(connection) {
        case .head(let head):
            guard let request = parse(head) else {
                send(Response(status: 400, body: Data("Bad request\n".utf8)), to: connection, withBody: true)
                return
            }
            guard request.method == "GET" || request.method == "HEAD" else {
                send(Response(status: 405, headers: [("Allow", "GET, HEAD")]), to: connection, withBody: true)
                return
            }
            send(handler(request), to: connection, withBody: request.method == "GET")
        case .refused(let status):
            send(Response(status: status), to: connection, withBody: true)
        case .gone:
            return
        }
    }

    enum Head: Equatable {
        case head([UInt8])
        /// A status to answer with: the request line or the headers were too long.
        case refused(Int)
        /// The client went away or took too long.
        case gone
    }

    /// The bytes up to the blank line that ends the head, read a block at a time; each byte
    /// is looked at once.
    static func readHead(_ connection: Int32) -> Head {
        var bytes: [UInt8] = []
        var lineEnd: Int?
        var scanned = 0
        var block = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = block.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return .gone }
            bytes += block[..<count]
            while scanned < bytes.count {
                if bytes[scanned] == UInt8(ascii: "\n"), scanned > 0, bytes[scanned - 1] == UInt8(ascii: "\r") {
                    if let end = lineEnd {
                        if scanned - end > maximumHeaders { return .refused(431) }
                        if bytes[scanned - 2] == UInt8(ascii: "\n"), bytes[scanned - 3] == UInt8(ascii: "\r") {
                            return .head(Array(bytes[..<(scanned - 3)]))
                        }
                    } else {
                        if scanned > maximumRequestLine { return .refused(414) }
                        lineEnd = scanned
                    }
                }
                scanned += 1
            }
            guard let lineEnd else {
                if bytes.count > maximumRequestLine { return .refused(414) }
                continue
            }
            if lineEnd > maximumRequestLine { return .refused(414) }
            if bytes.count - lineEnd > maximumHeaders { return .refused(431) }
        }
    }

    /// The method and path of a request head: `GET /people/?q=x HTTP/1.1` and its headers.
    static func parse(_ head: [UInt8]) -> Request? {
        let line = head.split(separator: UInt8(ascii: "\r"), maxSplits: 1, omittingEmptySubsequences: false).first ?? []
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
        guard parts.count == 3, parts[2].starts(with: Array("HTTP/1.".utf8)) else { return nil }
        guard let method = String(validating: parts[0], as: UTF8.self),
              var target = String(validating: parts[1], as: UTF8.self) else { return nil }
        // An absolute target (`http://host/path`, which proxies send) names the path after the host.
        if let scheme = target.range(of: "://"), !target.hasPrefix("/") {
            target = String(target[scheme.upperBound...].drop { $0 != "/" })
        }
        guard target.hasPrefix("/") else { return nil }
        let path = target.prefix { $0 != "?" && $0 != "#" }
        return Request(method: method, path: String(path))
    }

    static let reasons = [
        200: "OK", 301: "Moved Permanently", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
        414: "URI Too Long", 431: "Request Header Fields Too Large", 503: "Service Unavailable",
    ]

    /// Sends the status line, the headers with the body's length, and the body unless HEAD.
    static func send(_ response: Response, to connection: Int32, withBody: Bool) {
        var head = "HTTP/1.1 \(response.status) \(reasons[response.status] ?? "Status")\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        var bytes = Array(head.utf8)
        if withBody { bytes += response.body }
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(connection, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else { return }
            offset += sent
        }
    }
}
