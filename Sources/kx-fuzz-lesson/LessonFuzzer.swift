import EmbeddedKnowledge
import Explorer
import Foundation
import FuzzReplay
import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore

/// A fuzz target for lessons: the lesson loader (YAML, every query checked against the graph) and
/// a lesson taught through a session: started, walked step by step forwards and back, with hints,
/// answers revealed, `.where`, and each exercise answered with its own answer.
///
/// An input is a lesson file, `lessons/fuzz.yaml` beside the built-in knowledge (embedded, so
/// nothing touches the disk). A crash, a hang or a trap is a bug; a refused lesson is the
/// expected answer to most inputs.
///
/// Built with `-DFUZZING` (see `Fuzz/run lesson`), libFuzzer's driver runs it; built plainly it
/// replays files or folders of inputs given as arguments, as the tests do with `Fuzz/corpus/lesson`.
enum LessonFuzzer {
    static let knowledge = EmbeddedKnowledge.folder()
    static let graph: Graph? = try? KnowledgeLoader.load([knowledge])

    /// Loads one input as a lesson and, when it loads, teaches it.
    static func run(_ input: [UInt8]) {
        guard let graph, let text = String(validating: input, as: UTF8.self) else { return }
        let lesson: Lesson
        do {
            lesson = try LessonLoader.load(text: text, file: "lessons/fuzz.yaml", name: "fuzz", executor: GraphExecutor(graph: graph), documents: graph)
        } catch let error as KnowledgeError {
            for diagnostic in error.diagnostics { _ = diagnostic.rendered() }
            return
        } catch {
            return
        }
        var folder = knowledge
        folder.files["lessons/fuzz.yaml"] = input
        var settings = Settings()
        settings.width = 80
        settings.keepGoing = true
        let session = Session(knowledge: [folder], graph: graph, settings: settings, sink: BufferSink())
        defer { session.finish() }
        session.execute(".lessons")
        session.execute(".lesson fuzz")
        for (index, step) in lesson.steps.prefix(64).enumerated() {
            session.execute(".where")
            if let exercise = step.exercise {
                session.execute(".hint")
                for reply in replies(to: exercise.answer) { session.execute(reply) }
                session.execute(index % 2 == 0 ? ".reveal" : ".skip")
            }
            session.execute(".next")
        }
        session.execute(".back")
        session.execute(".end")
    }
}

extension LessonFuzzer {
    /// A wrong reply, then the right one, for each kind of answer.
    static func replies(to answer: LessonAnswer) -> [String] {
        switch answer {
        case .query(let query, _): return ["trials", query.text]
        case .choice(_, let correct): return [".answer Z", ".answer \(LessonLoader.letter(correct))"]
        case .number(let value, _): return [".answer many", ".answer \(value)"]
        case .text(let accepted): return [".answer \u{202E}x", ".answer \(accepted.first ?? "")"]
        case .evidence(_, let support): return [".answer 999", ".answer \(support.first?.text ?? "")", ".answer \(support.first?.citation ?? "")"]
        }
    }
}

#if FUZZING
/// SwiftPM links an executable's `main` to this name, so it starts libFuzzer's driver itself.
@_cdecl("kx_fuzz_lesson_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzReplay.fuzz(argc, argv, LessonFuzzer.run)
}
#else
/// Replays the inputs named on the command line (see `FuzzReplay`).
@main
enum LessonFuzzerReplay {
    static func main() {
        FuzzReplay.replay(program: "kx-fuzz-lesson", ready: LessonFuzzer.graph != nil, unready: "the built-in knowledge does not load", LessonFuzzer.run)
    }
}
#endif
