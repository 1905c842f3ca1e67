import KnowledgeGraph
import KnowledgeQuery

extension LessonCatalog {
    /// Why no lesson could be had for a name: there is none by that name (with the likely intended
    /// one and the list), or its file has errors (`diagnostics`).
    public struct LookUpProblem: Error, Sendable {
        public var message: String
        public var notes: [String]
        public var diagnostics: [Diagnostic] = []
    }

    /// The lesson called `name`, as `.lesson NAME` and `kx lesson render NAME` find it; `purpose`
    /// says what a lesson with errors cannot be (`started`, `rendered`).
    public func lookUp(_ name: String, purpose: String) -> Result<Lesson, LookUpProblem> {
        if let lesson = lesson(named: name) { return .success(lesson) }
        if let broken = problems.first(where: { $0.lesson == name }) {
            return .failure(LookUpProblem(message: "lesson '\(name)' has errors, so it cannot be \(purpose)", notes: [], diagnostics: broken.diagnostics))
        }
        let names = lessons.map(\.name)
        let notes = QueryError.suggestion(name, names) + (names.isEmpty ? ["there are no lessons"] : ["lessons: \(names.joined(separator: ", "))"])
        return .failure(LookUpProblem(message: "no lesson named '\(name)'", notes: notes))
    }
}
