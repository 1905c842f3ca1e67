import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program under a new pseudo-terminal so end-to-end tests can type at it
/// and read its screen output exactly as a person at a terminal would.
///
/// The child is started with `posix_spawn` (safe in the multithreaded XCTest
/// process, unlike `fork`) in a new session whose controlling terminal is the
/// pseudo-terminal's slave side.
///
/// Wait for the prompt (`expect`) before typing: keys that arrive while the program
/// is not reading a line get the terminal's cooked-mode handling (echo, ^D, ^R, ^U).
final class PseudoTerminal {
    /// The spawned process.
    let pid: pid_t

    /// Everything received from the program so far.
    var output: String {
        String(decoding: received, as: UTF8.self)
    }

    private let master: Int32
    private var received: [UInt8] = []
    /// Start, in `received`, of the text the next `expect` searches.
    private var searchStart = 0
    private var exitStatus: Int32?
    private var reachedEnd = false

    /// Starts `executable` with `arguments` under a `columns` x `rows` terminal.
    ///
    /// - Parameters:
    ///   - environment: The child's environment; nil inherits this process's.
    ///   - term: Value of `TERM` for the child, overriding `environment`.
    init(
        executable: String,
        arguments: [String] = [],
        environment: [String: String]? = nil,
        term: String = "xterm-256color",
        columns: UInt16 = 100,
        rows: UInt16 = 30
    ) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw PseudoTerminalError.system(call: "openpty", code: errno)
        }
        defer { close(slave) }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        var nameBuffer = [CChar](repeating: 0, count: 256)
        let nameResult = ttyname_r(slave, &nameBuffer, nameBuffer.count)
        guard nameResult == 0 else {
            close(master)
            throw PseudoTerminalError.system(call: "ttyname_r", code: nameResult)
        }
        let slaveName = String(cString: nameBuffer)

        var variables = environment ?? ProcessInfo.processInfo.environment
        variables["TERM"] = term
        let spawned = Self.spawn(
            executable: executable,
            arguments: [executable] + arguments,
            environment: variables.map { "\($0.key)=\($0.value)" },
            terminal: slaveName
        )
        guard spawned.error == 0 else {
            close(master)
            throw PseudoTerminalError.system(call: "posix_spawn \(executable)", code: spawned.error)
        }
        pid = spawned.pid
        self.master = master
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        }
        close(master)
    }

    /// Types `text` at the terminal: `"\r"` is Return, `"\t"` TAB, `"\u{03}"` Ctrl-C,
    /// `"\u{04}"` Ctrl-D, `"\u{1B}[A"` the up arrow.
    func send(_ text: String) throws {
        var bytes = Array(text.utf8)[...]
        let deadline = Date().addingTimeInterval(5)
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if written < 0, errno != EAGAIN, errno != EINTR {
                throw PseudoTerminalError.system(call: "write", code: errno)
            } else if Date() > deadline {
                throw PseudoTerminalError.timeout(expected: "to send \(Self.escape(text))", received: escapedOutput)
            } else {
                _ = readAvailable(waitingUpTo: 0.01)
            }
        }
    }

    /// Changes the terminal size; the program receives SIGWINCH, as when a window is resized.
    func resize(columns: UInt16, rows: UInt16) throws {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
            throw PseudoTerminalError.system(call: "ioctl(TIOCSWINSZ)", code: errno)
        }
    }

    /// Waits until the output received since the last successful `expect` contains
    /// `substring`, and returns that output up to and including the match.
    /// Throws, with everything received (escaped), on timeout or when the program ends first.
    @discardableResult
    func expect(_ substring: String, timeout: TimeInterval = 10) throws -> String {
        let needle = Array(substring.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let range = Self.firstRange(of: needle, in: received, from: searchStart) {
                let matched = String(decoding: received[searchStart..<range.upperBound], as: UTF8.self)
                searchStart = range.upperBound
                return matched
            }
            let remaining = deadline.timeIntervalSinceNow
            if reachedEnd {
                throw PseudoTerminalError.endOfOutput(expected: substring, received: escapedOutput)
            }
            guard remaining > 0 else {
                throw PseudoTerminalError.timeout(expected: substring, received: escapedOutput)
            }
            _ = readAvailable(waitingUpTo: min(remaining, 0.1))
        }
    }

    /// Waits for the program to exit and returns its exit status, or 128 + the
    /// signal number when a signal ended it. Output keeps being collected meanwhile.
    func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let exitStatus {
                return exitStatus
            }
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                let signal = status & 0x7F
                exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
                _ = readAvailable(waitingUpTo: 0)
                continue
            }
            if result < 0, errno != EINTR {
                throw PseudoTerminalError.system(call: "waitpid", code: errno)
            }
            guard Date() < deadline else {
                throw PseudoTerminalError.timeout(expected: "the program to exit", received: escapedOutput)
            }
            if !readAvailable(waitingUpTo: 0.05) {
                usleep(10_000)
            }
        }
    }

    /// Ends the program: SIGTERM, then SIGKILL if it is still running a second later.
    func terminate() {
        guard exitStatus == nil else {
            return
        }
        kill(pid, SIGTERM)
        if (try? waitForExit(timeout: 1)) == nil {
            kill(pid, SIGKILL)
            _ = try? waitForExit(timeout: 5)
        }
    }

    /// Everything received so far, with control characters escaped, for error messages.
    private var escapedOutput: String {
        Self.escape(output)
    }

    /// Reads whatever is available, waiting up to `timeout` seconds for the first bytes.
    /// Returns true when something was read.
    private func readAvailable(waitingUpTo timeout: TimeInterval) -> Bool {
        guard !reachedEnd else {
            return false
        }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(max(timeout, 0) * 1000))
        guard ready > 0 else {
            return false
        }
        var readSomething = false
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                received.append(contentsOf: buffer[..<count])
                readSomething = true
                continue
            }
            if count < 0, errno == EINTR {
                continue
            }
            if count == 0 || errno != EAGAIN {
                // EIO: every slave descriptor is closed, the program is gone.
                reachedEnd = true
            }
            return readSomething
        }
    }

    /// `POSIX_SPAWN_SETSID` from glibc's spawn.h, which declares it only under _GNU_SOURCE.
    private static let spawnSetSessionID: Int32 = 0x80

    /// Spawns the child in a new session with `terminal` as stdin, stdout and stderr,
    /// default signal dispositions and nothing blocked. Returns the pid, or the error number.
    private static func spawn(
        executable: String,
        arguments: [String],
        environment: [String],
        terminal: String
    ) -> (pid: pid_t, error: Int32) {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        // The session leader opening the terminal without O_NOCTTY makes it its controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var defaultSignals = sigset_t()
        sigfillset(&defaultSignals)
        sigdelset(&defaultSignals, SIGKILL)
        sigdelset(&defaultSignals, SIGSTOP)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        let flags = spawnSetSessionID | Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)
        posix_spawnattr_setflags(&attributes, Int16(flags))

        var pid: pid_t = 0
        let result = withCStrings(arguments) { argv in
            withCStrings(environment) { envp in
                posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
            }
        }
        return (pid, result)
    }

    /// Calls `body` with a NULL-terminated C array of copies of `strings`.
    private static func withCStrings<Result>(
        _ strings: [String],
        _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
    ) -> Result {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty else {
            return start..<start
        }
        guard haystack.count - start >= needle.count else {
            return nil
        }
        for index in start...(haystack.count - needle.count)
        where haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index..<(index + needle.count)
        }
        return nil
    }

    /// `text` with control characters shown as Swift escapes, for readable failures.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{1B}": result += "\\e"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += String(format: "\\u{%02X}", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
