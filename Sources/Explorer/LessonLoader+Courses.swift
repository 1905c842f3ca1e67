import KnowledgeGraph
import KnowledgeQuery

/// Courses: folders `lessons/COURSE/` whose index `course.yaml` gives a title and the lessons' order.
extension LessonLoader {
    /// A course's index as read, with where each listed lesson is written.
    struct CourseIndex {
        var name: String
        var path: String
        var title = ""
        var audience = ""
        var listed: [(name: String, node: YAMLNode)] = []
        var reader: YAMLReader?
        /// Whether the index could not be read; the course's lessons are then refused.
        var broken = false
    }

    /// The course indexes of `folder`, by course; a course folder without an index has none. The
    /// problems of an index that cannot be read are added to `catalog` under the course's name.
    static func courseIndexes(in folder: KnowledgeFiles, catalog: inout LessonCatalog) -> [String: CourseIndex] {
        var indexes: [String: CourseIndex] = [:]
        for key in folder.files.keys.sorted() {
            let parts = key.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "lessons", courseIndexNames.contains(String(parts[2])), let bytes = folder.files[key] else { continue }
            let name = String(parts[1])
            let path = folder.path(key)
            let start = SourceLocation(file: path, line: 1, column: 1)
            var index = CourseIndex(name: name, path: path)
            if let other = indexes[name] ?? catalog.courses.first(where: { $0.name == name }).map({ CourseIndex(name: name, path: $0.file) }) {
                catalog.problems.append((name, [Diagnostic(location: start, message: "a course named '\(name)' is already loaded from \(other.path); this one is ignored")]))
                continue
            }
            do {
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw KnowledgeError(Diagnostic(location: start, message: "the course index is not valid UTF-8 text"))
                }
                try read(text, into: &index)
            } catch let error as KnowledgeError {
                catalog.problems.append((name, error.diagnostics))
                index.broken = true
            } catch {
                catalog.problems.append((name, [Diagnostic(location: start, message: "\(error)")]))
                index.broken = true
            }
            indexes[name] = index
        }
        return indexes
    }

    private static func read(_ text: String, into index: inout CourseIndex) throws {
        let reader = YAMLReader(file: index.path, text: text)
        index.reader = reader
        guard let root = try reader.parse(text) else {
            throw KnowledgeError(reader.diagnostic(nil, "the course index is empty", notes: ["a course has a title and its lessons in order: lessons: [NAME, …]"]))
        }
        let keys = try reader.mapping(root, what: "a course", allowed: ["title", "audience", "lessons"], required: ["title", "lessons"])
        index.title = try reader.text(keys["title"] ?? root, what: "the course's title").trimmed()
        index.audience = try keys["audience"].map { try reader.text($0, what: "the audience").trimmed() } ?? ""
        let lessons = keys["lessons"] ?? root
        index.listed = try reader.texts(lessons, what: "a lesson's name").map { ($0.text.trimmed(), $0.node) }
        if index.listed.isEmpty { throw KnowledgeError(reader.diagnostic(lessons, "a course needs at least one lesson")) }
    }

    /// Why the lesson file `source` of `course` is not loaded, or nil when its index lists it.
    static func refusal(of source: Source, in index: CourseIndex?, course: String, folder: KnowledgeFiles) -> (message: String, notes: [String])? {
        let indexPath = folder.path("lessons/\(course)/course.yaml")
        guard let index else {
            return ("the lesson is in the folder of a course, 'lessons/\(course)/', which has no index '\(indexPath)' giving its lessons' order",
                    ["an index is YAML: title: …, lessons: [\(source.shortName), …]"])
        }
        if index.broken { return ("the lesson is in the course '\(course)', whose index '\(index.path)' has errors; its lessons are offered once it is fixed", []) }
        let short = source.shortName
        guard index.listed.contains(where: { $0.name == short }) else {
            return ("the lesson '\(short)' is in the folder of the course '\(course)' but not in its index '\(index.path)'",
                    ["add it to the index's lessons, in the order it is taken"])
        }
        return nil
    }

    /// Checks each index's list against the lesson files beside it (an unknown name, a name given
    /// twice), and adds the courses with the lessons that loaded, in order, to `catalog`.
    static func finish(_ indexes: inout [String: CourseIndex], of folder: KnowledgeFiles, loaded: [Lesson], into catalog: inout LessonCatalog) {
        let files = sources(in: [folder])
        for name in indexes.keys.sorted() {
            guard let index = indexes[name], !index.broken, let reader = index.reader else { continue }
            let present = files.filter { $0.course == name }.map(\.shortName)
            var diagnostics: [Diagnostic] = []
            var order: [String] = []
            for (listed, node) in index.listed {
                if order.contains(listed) {
                    diagnostics.append(reader.diagnostic(node, "the course lists '\(listed)' twice; it is taken once, at its first place"))
                } else if !present.contains(listed) {
                    diagnostics.append(reader.diagnostic(node, "the course lists '\(listed)', but there is no lesson file 'lessons/\(name)/\(listed).yaml'",
                                                         notes: QueryError.suggestion(listed, present) + (present.isEmpty ? [] : ["lessons in the folder: \(present.joined(separator: ", "))"])))
                } else {
                    order.append(listed)
                }
            }
            if !diagnostics.isEmpty { catalog.problems.append((name, diagnostics)) }
            let lessons = order.map { "\(name)/\($0)" }.filter { full in loaded.contains { $0.name == full } }
            catalog.courses.append(LessonCourse(name: name, file: index.path, title: index.title, audience: index.audience, lessons: lessons))
        }
    }
}
