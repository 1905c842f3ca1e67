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
    /// A course's name gives its first lesson that `isFinished` does not say is finished (or its first).
    public func lookUp(_ name: String, purpose: String, isFinished: (Lesson) -> Bool = { _ in false }) -> Result<Lesson, LookUpProblem> {
        if let lesson = lesson(named: name) { return .success(lesson) }
        if let broken = problems.first(where: { $0.lesson == name }) {
            let what = course(named: name) != nil || broken.diagnostics.contains { $0.location?.file.hasSuffix("/course.yaml") == true }
                ? "the course '\(name)' has errors" : "lesson '\(name)' has errors, so it cannot be \(purpose)"
            return .failure(LookUpProblem(message: what, notes: [], diagnostics: broken.diagnostics))
        }
        if let course = course(named: name) {
            let lessons = course.lessons.compactMap { lesson(named: $0) }
            if let lesson = lessons.first(where: { !isFinished($0) }) ?? lessons.first { return .success(lesson) }
            return .failure(LookUpProblem(message: "the course '\(name)' has no lesson that loads", notes: []))
        }
        let names = lessons.map(\.name) + courses.map(\.name)
        let shorts = lessons.filter { $0.shortName.lowercased() == name.lowercased() }.map(\.name)
        let notes = shorts.count > 1 ? ["more than one course has a lesson '\(name)': \(shorts.joined(separator: ", "))"]
            : QueryError.suggestion(name, names) + (names.isEmpty ? ["there are no lessons"] : ["lessons: \(names.joined(separator: ", "))"])
        return .failure(LookUpProblem(message: "no lesson named '\(name)'", notes: notes))
    }
}
