import FileSafety
import Foundation
import KnowledgeQuery

/// `.record FILE`, `.record off` and `.record` (which says whether a transcript is being written).
extension Classroom {
    func record(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 0...1, usage: ".record FILE|off") else { return false }
        guard let target = arguments.first else {
            session.sink.writeError(recorder.map { "recording to \($0.path)\n" } ?? "not recording\n")
            return true
        }
        if target.lowercased() == "off" {
            guard let recorder else {
                session.sink.writeError("not recording\n")
                return true
            }
            let path = recorder.path
            finish()
            session.sink.writeError("stopped recording to \(path)\n")
            return true
        }
        let path = session.resolve(target, relativeTo: statement.file)
        if let script = session.readStack.first(where: { FileTarget.isSameFile($0.path, path) }) {
            return fail(session, statement, argument: 0, "cannot record to '\(path)': it is the script '\(script.path)' being read; nothing was written")
        }
        do {
            try startRecording(to: path)
        } catch {
            return fail(session, statement, argument: 0, "\(error)")
        }
        session.sink.writeError("recording to \(path)\n")
        return true
    }

    /// Starts writing the session to `path` as Markdown, replacing the file (`kx --record FILE`).
    /// Any transcript being written is finished first.
    /// - Throws: `FileError` when the file cannot be created, is not a regular file, or is the script being played.
    public func startRecording(to path: String) throws {
        if let playing, FileTarget.isSameFile(playing, path) {
            throw FileError("record to", "'\(path)'", "it is the script being played; nothing was written")
        }
        let recorder = try TranscriptRecorder(path: path)
        finish()
        self.recorder = recorder
    }

    /// The transcript's path while recording.
    public var recordingPath: String? {
        recorder?.path
    }
}
