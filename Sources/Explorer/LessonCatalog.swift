import KnowledgeGraph

/// The lessons found in the knowledge: those that loaded, and the problems of those that did not.
public struct LessonCatalog: Sendable {
    /// Lessons in folder order, then by name.
    public var lessons: [Lesson]
    /// Each refused lesson file's name and problems, in the same order (a course's index's problems under the course's name).
    public var problems: [(lesson: String, diagnostics: [Diagnostic])]
    /// The courses, by folder name; their lessons follow the other lessons in `lessons`, in course order.
    public var courses: [LessonCourse] = []

    /// Every problem, in order.
    public var diagnostics: [Diagnostic] {
        problems.flatMap(\.diagnostics)
    }

    /// The lesson called `name`; a lesson of a course may be named without its course when no other lesson has its name.
    public func lesson(named name: String) -> Lesson? {
        if let lesson = lessons.first(where: { $0.name == name }) ?? lessons.first(where: { $0.name.lowercased() == name.lowercased() }) {
            return lesson
        }
        let short = lessons.filter { $0.shortName.lowercased() == name.lowercased() }
        return short.count == 1 ? short.first : nil
    }

    /// The course called `name`.
    public func course(named name: String) -> LessonCourse? {
        courses.first { $0.name == name } ?? courses.first { $0.name.lowercased() == name.lowercased() }
    }
}
