import Foundation
import Rendering

extension ProgressFile {
    /// The file's JSON text, ending in a newline.
    public var text: String {
        let exercises = exercises.map { exercise -> JSONValue in
            var members: [(String, JSONValue)] = [("step", .number(Double(exercise.step))), ("title", .string(exercise.title)),
                                                  ("outcome", .string(exercise.outcome)), ("hints", .number(Double(exercise.hints))),
                                                  ("attempts", .number(Double(exercise.attempts)))]
            if let changed = exercise.changed { members.append(("changed", .string(Self.timestamp(changed)))) }
            return .object(members)
        }
        let value = JSONValue.object([
            ("format", .string(Self.format)), ("version", .number(Double(Self.version))), ("lesson", .string(lesson)),
            ("steps", .array(steps.map { .string($0) })), ("step", .number(Double(step))), ("reached", .number(Double(reached))),
            ("finished", .bool(finished)), ("exercises", .array(exercises)),
        ])
        return value.rendered(pretty: true) + "\n"
    }

    /// `2025-03-01T09:30:00Z`: a time as the file (and the report) writes it, in UTC to the second.
    public static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
