import CEditLine
import Explorer
import Foundation

/// Writes results to standard output and errors to standard error, keeping them in order.
final class StandardSink: OutputSink {
    /// Why standard output first failed to take what was written, as an `errno` value.
    nonisolated(unsafe) private static var failure: Int32 = 0

    func write(_ text: String) {
        if fputs(text, kx_standard_output()) == EOF, Self.failure == 0 { Self.failure = errno }
    }

    func writeError(_ text: String) {
        fflush(kx_standard_output())
        fputs(text, kx_standard_error())
    }

    /// Flushes standard output before kx exits with `status`. Output that could not be written (a full
    /// disk, `> /dev/full`) is reported, and the exit status is then at least 1.
    static func finish(status: Int32) -> Int32 {
        if fflush(kx_standard_output()) != 0, failure == 0 { failure = errno }
        guard failure != 0 || ferror(kx_standard_output()) != 0 else { return status }
        let reason = failure == 0 ? "the output was cut short" : String(cString: strerror(failure))
        fputs("kx: cannot write standard output: \(reason); the results are incomplete\n", kx_standard_error())
        return status == 0 ? 1 : status
    }
}
