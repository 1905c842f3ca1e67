import Synchronization

/// A request to stop, set by Ctrl-C while a statement runs and checked by the loops that can run
/// long (the evaluator, renderers, the loader). Thread-safe, so a signal handler's thread may set it.
public final class Cancellation: Sendable {
    private let requested = Atomic<Bool>(false)

    public init() {}

    /// Asks the running work to stop.
    public func cancel() { requested.store(true, ordering: .relaxed) }

    /// Clears a request, before the next statement starts.
    public func reset() { requested.store(false, ordering: .relaxed) }

    public var isCancelled: Bool { requested.load(ordering: .relaxed) }

    /// Throws `Interrupted` when a stop was asked for.
    public func check() throws {
        if isCancelled { throw Interrupted() }
    }
}

/// The work stopped because the user pressed Ctrl-C.
public struct Interrupted: Error, Equatable, Sendable {
    public init() {}
}
