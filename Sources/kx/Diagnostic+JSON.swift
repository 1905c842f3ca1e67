import KnowledgeGraph
import Rendering

extension Diagnostic {
    /// `{file, line, column, message, notes}`, the place `null` when there is none: for editors and CI.
    var json: JSONValue {
        .object([("file", location.map { .string($0.file) } ?? .null),
                 ("line", location.map { .number(Double($0.line)) } ?? .null),
                 ("column", location.map { .number(Double($0.column)) } ?? .null),
                 ("message", .string(message)),
                 ("notes", .array(notes.map { .string($0) }))])
    }
}
