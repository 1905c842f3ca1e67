/// Thrown when knowledge cannot be loaded: every problem found, in file order.
///
/// Loading is all-or-nothing, so one error carries all diagnostics of the refused pack.
public struct KnowledgeError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
