import Synchronization

/// A thread-safe "stop now" flag for long-running work: the REPL sets it on Ctrl-C, and loops
/// that may run long call `check()` so the statement stops with `Interrupted`.
public final class Cancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    /// Whether `cancel()` was called since the last `reset()`.
    public var isCancelled: Bool {
        flag.load(ordering: .relaxed)
    }

    /// Asks the work to stop. Safe to call from a signal handler: it only stores to an atomic.
    public func cancel() {
        flag.store(true, ordering: .relaxed)
    }

    /// Clears the flag, before the next piece of work starts.
    public func reset() {
        flag.store(false, ordering: .relaxed)
    }

    /// Throws `Interrupted` when the work has been asked to stop.
    public func check() throws {
        if isCancelled { throw Interrupted() }
    }
}
