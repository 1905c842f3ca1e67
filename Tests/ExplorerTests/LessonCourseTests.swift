import Explorer
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import XCTest

/// Courses: `lessons/COURSE/course.yaml` orders the lessons of its folder; `.lessons` shows them,
/// `.lesson COURSE` starts the next unfinished one, and progress is kept per course.
final class LessonCourseTests: XCTestCase {
    func testACourseListsItsLessonsInOrderAndStartsTheNextUnfinishedOne() throws {
        let store = try TemporaryFolder()
        defer { store.remove() }
        let (session, sink) = try TeachingPack.session(progress: store.path)
        session.execute(".lessons")
        XCTAssertEqual(sink.output, """
            name\tcourse\ttitle\tsteps\texercises\tduration\tprogress
            finding\t\tFinding, not naming\t5\t5\t10 minutes\t—
            grey-fever-basics\t\tGrey fever basics\t4\t3\t5 minutes\t—
            handout\t\tZorvamab after relapse, from one fictional abstract\t5\t5\t20 minutes\t—
            question-types\t\tEvery kind of question\t5\t5\t5 minutes\t—
            fever-course/first-look\tGrey fever from the start\tA first look\t1\t1\t2 minutes\t—
            fever-course/counting\tGrey fever from the start\tCounting\t1\t1\t2 minutes\t—

            """)
        sink.reset()
        session.execute(".lesson fever-course")
        XCTAssertTrue(sink.output.hasPrefix("A first look\n"), sink.output)
        session.execute("trials")
        session.execute(".next")
        XCTAssertTrue(FileManager.default.fileExists(atPath: try TeachingPack.progressFolder(in: store.path) + "/fever-course/first-look.json"))
        sink.reset()
        session.execute(".lesson fever-course")
        XCTAssertTrue(sink.output.hasPrefix("Counting\n"), "the first lesson is finished: \(sink.output)")
        sink.reset()
        session.execute(".lesson counting")
        XCTAssertTrue(sink.output.hasPrefix("Counting\n"), "a course's lesson by its own name: \(sink.output)")
        XCTAssertEqual(session.promptPrefix?(), "fever-course/counting 1/1 ")
        sink.reset()
        session.execute(".lessons")
        XCTAssertTrue(sink.output.contains("fever-course/first-look\tGrey fever from the start\tA first look\t1\t1\t2 minutes\tdone · 1 of 1 solved"), sink.output)
        XCTAssertEqual(session.completions(".lesson fever", cursor: 13).candidates, ["fever-course/first-look", "fever-course/counting", "fever-course"])
    }

    /// The problems of a knowledge folder holding `files` (path to text) and the seed's pack.
    private func problems(_ files: [String: String]) throws -> (catalog: LessonCatalog, text: String) {
        guard let graph = Seed.graph else { throw TestFailure("the seed knowledge does not load") }
        var knowledge = Seed.knowledge
        for (path, text) in files { knowledge.files[path] = Array(text.utf8) }
        let catalog = LessonLoader.load([knowledge], executor: GraphExecutor(graph: graph))
        return (catalog, catalog.diagnostics.map { $0.rendered() }.joined(separator: "\n"))
    }

    func testAnIndexThatNamesAnUnknownLessonOrOneTwiceIsReportedWhereItSaysSo() throws {
        let (catalog, text) = try problems([
            "lessons/intro/course.yaml": "title: Intro\nlessons: [tiny, tinny, tiny]\n",
            "lessons/intro/tiny.yaml": LessonFixture.tiny,
            "lessons/intro/extra.yaml": LessonFixture.tiny,
        ])
        XCTAssertEqual(text, """
            Knowledge/lessons/intro/extra.yaml:1:1: error: the lesson 'extra' is in the folder of the course 'intro' but not in its index 'Knowledge/lessons/intro/course.yaml'
              = add it to the index's lessons, in the order it is taken
            Knowledge/lessons/intro/course.yaml:2:17: error: the course lists 'tinny', but there is no lesson file 'lessons/intro/tinny.yaml'
             2 | lessons: [tiny, tinny, tiny]
               |                 ^~~~~
               = did you mean 'tiny'?
               = lessons in the folder: extra, tiny
            Knowledge/lessons/intro/course.yaml:2:24: error: the course lists 'tiny' twice; it is taken once, at its first place
             2 | lessons: [tiny, tinny, tiny]
               |                        ^~~~
            """)
        XCTAssertEqual(catalog.courses.map(\.lessons), [["intro/tiny"]])
        XCTAssertEqual(catalog.lessons.map(\.name), ["abstract-as-evidence", "beyond-progression", "registry-minute", "intro/tiny"])
    }

    func testACourseFolderWithoutAnIndexOrWithABrokenOneOffersNone() throws {
        let missing = try problems(["lessons/intro/tiny.yaml": LessonFixture.tiny])
        XCTAssertEqual(missing.text, """
            Knowledge/lessons/intro/tiny.yaml:1:1: error: the lesson is in the folder of a course, 'lessons/intro/', which has no index 'Knowledge/lessons/intro/course.yaml' giving its lessons' order
              = an index is YAML: title: …, lessons: [tiny, …]
            """)
        let broken = try problems(["lessons/intro/course.yaml": "title: Intro\nlesons: [tiny]\n", "lessons/intro/tiny.yaml": LessonFixture.tiny])
        XCTAssertTrue(broken.text.hasPrefix("""
            Knowledge/lessons/intro/course.yaml:2:1: error: unknown key 'lesons' in a course
             2 | lesons: [tiny]
               | ^~~~~~
               = did you mean 'lessons'?
            """), broken.text)
        XCTAssertTrue(broken.text.contains("Knowledge/lessons/intro/tiny.yaml:1:1: error: the lesson is in the course 'intro', whose index 'Knowledge/lessons/intro/course.yaml' has errors"), broken.text)
        XCTAssertFalse(broken.catalog.lessons.contains { $0.course != nil })
    }
}
