/// Thrown by `Cancellation.check()` when the work was asked to stop (Ctrl-C).
public struct Interrupted: Error, Equatable, CustomStringConvertible {
    public init() {}

    public var description: String { "interrupted" }
}
