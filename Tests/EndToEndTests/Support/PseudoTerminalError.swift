import Foundation

/// Why a `PseudoTerminal` operation failed; descriptions include the output received.
enum PseudoTerminalError: Error, CustomStringConvertible {
    case system(call: String, code: Int32)
    case timeout(expected: String, received: String)
    case endOfOutput(expected: String, received: String)

    var description: String {
        switch self {
        case let .system(call, code):
            return "\(call) failed: \(String(cString: strerror(code)))"
        case let .timeout(expected, received):
            return "timed out waiting for \(PseudoTerminal.escape(expected)); received:\n\(received)"
        case let .endOfOutput(expected, received):
            return "program ended before printing \(PseudoTerminal.escape(expected)); received:\n\(received)"
        }
    }
}
