/// The sink a session writes to: passes everything on to the sink it was given, and tells the
/// session's statement observers what was written (transcripts record it).
final class ObservedSink: OutputSink {
    let base: OutputSink
    weak var session: Session?

    init(base: OutputSink) {
        self.base = base
    }

    func write(_ text: String) {
        base.write(text)
        session?.notify(.wrote(text, isError: false))
    }

    func writeError(_ text: String) {
        base.writeError(text)
        session?.notify(.wrote(text, isError: true))
    }
}
