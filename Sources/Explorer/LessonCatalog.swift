import KnowledgeGraph

/// The lessons found in the knowledge: those that loaded, and the problems of those that did not.
public struct LessonCatalog: Sendable {
    /// Lessons in folder order, then by name.
    public var lessons: [Lesson]
    /// Each refused lesson file's name and problems, in the same order.
    public var problems: [(lesson: String, diagnostics: [Diagnostic])]

    /// Every problem, in order.
    public var diagnostics: [Diagnostic] {
        problems.flatMap(\.diagnostics)
    }

    /// The lesson called `name`.
    public func lesson(named name: String) -> Lesson? {
        lessons.first { $0.name == name } ?? lessons.first { $0.name.lowercased() == name.lowercased() }
    }
}
