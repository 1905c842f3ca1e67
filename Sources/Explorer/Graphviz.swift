import Foundation
import Glibc
import KnowledgeGraph

/// Graphviz's `dot` program, which draws a DOT picture as SVG for `--format svg`.
///
/// It runs as a child process, never through a shell: the program found on `PATH`, with the one
/// argument `-Tsvg`, the DOT on its standard input and the SVG read from its standard output. The
/// DOT is kx's own (every string from data quoted and escaped, no attribute that names a file), so
/// no statement can make it read or write a file. It is bounded: at most `timeLimit` seconds and
/// `outputLimit` bytes, and Ctrl-C (the cancellation) stops it.
public struct Graphviz: Sendable {
    /// The `dot` program's path, or nil when it is not installed.
    public var program: String?
    public var timeLimit: Double = 60
    public var outputLimit = 128 << 20

    public init(program: String?) {
        self.program = program
    }

    /// The first executable `dot` in the folders of `path` (by default, the `PATH` variable's).
    public static func onPath(_ path: String? = getenv("PATH").map { String(cString: $0) }) -> Graphviz {
        let folders = (path ?? "").split(separator: ":").map(String.init).filter { $0.hasPrefix("/") }
        return Graphviz(program: folders.map { ($0 as NSString).appendingPathComponent("dot") }.first { access($0, X_OK) == 0 && !isFolder($0) })
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The picture `dot` (DOT text) drawn as SVG. Throws `GraphvizError` when `dot` is missing,
    /// fails, takes too long or writes too much, and `Interrupted` when cancelled.
    public func svg(fromDOT dot: String, cancellation: Cancellation?) throws -> String {
        guard let program else { throw GraphvizError.missing }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-Tsvg"]
        // Standard input is one end of a socket pair, written with MSG_NOSIGNAL: if dot exits
        // before reading it all, kx gets an error, not a SIGPIPE that would end it.
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
            throw GraphvizError("cannot start Graphviz's dot: \(String(cString: strerror(errno)))")
        }
        let input = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
        let writer = ends[0]
        let output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            close(writer)
            throw GraphvizError("cannot run Graphviz's dot at '\(program)': \(error)", notes: ["check the installation: dot -V"])
        }
        try? input.close()
        let group = DispatchGroup()
        let svg = Collected(limit: outputLimit), messages = Collected(limit: 64 << 10)
        DispatchQueue.global().async(group: group) { Self.send(Array(dot.utf8), to: writer) }
        DispatchQueue.global().async(group: group) { svg.read(output.fileHandleForReading) { process.terminate() } }
        DispatchQueue.global().async(group: group) { messages.read(errors.fileHandleForReading) {} }
        let deadline = DispatchTime.now() + timeLimit
        var stopped: Error?
        while finished.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if cancellation?.isCancelled == true {
                stopped = Interrupted()
            } else if DispatchTime.now() >= deadline {
                stopped = GraphvizError("Graphviz's dot took more than \(String(format: "%g", timeLimit)) seconds to draw the picture, and was stopped",
                                        notes: ["draw fewer entities (neighbors with a smaller depth, a query with limit), "
                                                + "or write DOT with --format dot for a faster layout such as sfdp"])
            }
            if stopped != nil {
                process.terminate()
                finished.wait()
                break
            }
        }
        group.wait()
        if cancellation?.isCancelled == true { throw Interrupted() }
        if let stopped { throw stopped }
        if svg.overflowed {
            throw GraphvizError("Graphviz's dot wrote more than \(outputLimit >> 20) MiB of SVG, and was stopped",
                                notes: ["draw fewer entities, or write DOT with --format dot"])
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let said = String(decoding: messages.bytes, as: UTF8.self).trimmed()
            throw GraphvizError("Graphviz's dot could not draw the picture (exit status \(process.terminationStatus))",
                                notes: said.isEmpty ? [] : ["dot said: \(said)"])
        }
        return String(decoding: svg.bytes, as: UTF8.self)
    }

    /// Writes `bytes` to the socket `descriptor` and closes it; stops at the first error (dot has gone).
    private static func send(_ bytes: [UInt8], to descriptor: Int32) {
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { buffer in
                Glibc.send(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return }
            offset += sent
        }
    }

    /// Bytes read from a pipe until its end, keeping at most `limit`.
    private final class Collected: @unchecked Sendable {
        let limit: Int
        private(set) var bytes: [UInt8] = []
        private(set) var overflowed = false

        init(limit: Int) {
            self.limit = limit
        }

        /// Reads `handle` to its end; `overflow` is called once when more than `limit` bytes come.
        func read(_ handle: FileHandle, overflow: () -> Void) {
            while let chunk = try? handle.read(upToCount: 1 << 16), !chunk.isEmpty {
                guard !overflowed else { continue }
                if bytes.count + chunk.count > limit {
                    overflowed = true
                    overflow()
                    continue
                }
                bytes += chunk
            }
        }
    }
}
