import Foundation
import KnowledgeGraph

extension ProgressFile {
    /// Reads a progress file's bytes; `file` names it in messages.
    /// - Throws: `KnowledgeError` with the problems at their line and column: not UTF-8, not JSON,
    ///   not a progress file, another version, a missing or mistyped key, a step out of range.
    public static func read(_ bytes: [UInt8], file: String) throws -> ProgressFile {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw KnowledgeError(Diagnostic(location: SourceLocation(file: file, line: 1, column: 1), message: "the progress file is not UTF-8 text"))
        }
        let reader = YAMLReader(file: file, text: text)
        guard let root = try reader.parse(text) else {
            throw KnowledgeError(reader.diagnostic(nil, "the progress file is empty"))
        }
        // The format and version are checked first: a file of another kind or version is not read further.
        let pairs = try reader.pairs(root, what: "a progress file")
        let formatNode = pairs.first { $0.key == "format" }?.value
        let format = try formatNode.map { try reader.scalar($0, what: "the format") }
        guard format == Self.format else {
            throw KnowledgeError(reader.diagnostic(formatNode ?? root, format.map { "this is not a kx lesson progress file (its format is '\($0)')" }
                                                   ?? "this is not a kx lesson progress file (it has no 'format')"))
        }
        let version = try integer(pairs.first { $0.key == "version" }?.value, "the version", reader)
        guard version == Self.version else {
            throw KnowledgeError(reader.diagnostic(pairs.first { $0.key == "version" }?.value, "the progress file is of version \(version); this kx reads version \(Self.version)",
                                                   notes: [version > Self.version ? "it was written by a newer kx" : "it was written by an older kx"]))
        }
        let keys = try reader.mapping(root, what: "a progress file",
                                      allowed: ["format", "version", "lesson", "steps", "step", "reached", "finished", "exercises"],
                                      required: ["format", "version", "lesson", "steps", "step", "reached", "finished", "exercises"])
        let lesson = try reader.text(keys["lesson"] ?? root, what: "the lesson's name")
        let stepsNode = keys["steps"] ?? root
        let steps = try reader.sequence(stepsNode, what: "the steps").map { try reader.scalar($0, what: "a step's title") }
        guard !steps.isEmpty else { throw KnowledgeError(reader.diagnostic(stepsNode, "a lesson has at least one step")) }
        let step = try index(keys["step"], "the current step", steps.count, reader)
        let reached = try index(keys["reached"], "the furthest step reached", steps.count, reader)
        let finished = try flag(keys["finished"], "'finished'", reader)
        var exercises: [Exercise] = []
        for node in try reader.sequence(keys["exercises"] ?? root, what: "the exercises") {
            let exercise = try self.exercise(node, steps: steps, reader)
            if exercises.contains(where: { $0.step == exercise.step }) {
                throw KnowledgeError(reader.diagnostic(node, "step \(exercise.step) has a second exercise record"))
            }
            exercises.append(exercise)
        }
        return ProgressFile(lesson: lesson, steps: steps, step: step, reached: max(step, reached), finished: finished, exercises: exercises)
    }

    private static func exercise(_ node: YAMLNode, steps: [String], _ reader: YAMLReader) throws -> Exercise {
        let keys = try reader.mapping(node, what: "an exercise record", allowed: ["step", "title", "outcome", "hints", "attempts", "changed"],
                                      required: ["step", "title", "outcome", "hints", "attempts"])
        let step = try index(keys["step"], "the exercise's step", steps.count, reader)
        let title = try reader.scalar(keys["title"] ?? node, what: "the step's title")
        guard steps[step] == title else {
            throw KnowledgeError(reader.diagnostic(keys["title"], "step \(step) is titled '\(steps[step])' in 'steps', not '\(title)'"))
        }
        let outcome = try reader.scalar(keys["outcome"] ?? node, what: "the outcome")
        guard outcomes.contains(outcome) else {
            throw KnowledgeError(reader.diagnostic(keys["outcome"], "unknown outcome '\(outcome)'",
                                                   notes: reader.suggestionNote(outcome, outcomes) + ["outcomes: \(outcomes.joined(separator: ", "))"]))
        }
        let hints = try integer(keys["hints"], "the hints shown", reader, within: 0...LessonLoader.maximumHints)
        let attempts = try integer(keys["attempts"], "the attempts", reader, within: 0...Int(Int32.max))
        var changed: Date?
        if let node = keys["changed"] {
            let written = try reader.scalar(node, what: "the time it changed")
            guard let date = try? Date(written, strategy: .iso8601) else {
                throw KnowledgeError(reader.diagnostic(node, "'\(written)' is not a time such as 2025-03-01T09:30:00Z"))
            }
            changed = date
        }
        return Exercise(step: step, title: title, outcome: outcome, hints: hints, attempts: attempts, changed: changed)
    }

    private static func integer(_ node: YAMLNode?, _ what: String, _ reader: YAMLReader, within range: ClosedRange<Int> = 0...Int(Int32.max)) throws -> Int {
        guard let node else { throw KnowledgeError(reader.diagnostic(nil, "\(what) is missing")) }
        let written = try reader.scalar(node, what: what)
        guard let value = Int(written), range.contains(value) else {
            throw KnowledgeError(reader.diagnostic(node, "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(written)'"))
        }
        return value
    }

    private static func index(_ node: YAMLNode?, _ what: String, _ count: Int, _ reader: YAMLReader) throws -> Int {
        try integer(node, what, reader, within: 0...(count - 1))
    }

    private static func flag(_ node: YAMLNode?, _ what: String, _ reader: YAMLReader) throws -> Bool {
        guard let node else { throw KnowledgeError(reader.diagnostic(nil, "\(what) is missing")) }
        switch try reader.scalar(node, what: what) {
        case "true": return true
        case "false": return false
        case let written: throw KnowledgeError(reader.diagnostic(node, "\(what) must be true or false, not '\(written)'"))
        }
    }
}
