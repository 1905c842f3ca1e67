import Explorer
import Foundation

/// Writes results to standard output and errors to standard error, keeping them in order.
final class StandardSink: OutputSink {
    func write(_ text: String) {
        fputs(text, stdout)
    }

    func writeError(_ text: String) {
        fflush(stdout)
        fputs(text, stderr)
    }
}
