import CEditLine
import Explorer
import Foundation
import Rendering

/// Where step-through playback reads its keys from: single key presses on a terminal, else lines.
enum KeyReader {
    /// Lines of standard input; the prompt is shown only when it is a terminal (as with `-c '.step FILE'`).
    static func standardInput(_ prompt: String) -> String? {
        if Terminal.isTerminal(STDIN_FILENO) { fputs(prompt, kx_standard_output()) }
        fflush(kx_standard_output())
        return Swift.readLine(strippingNewline: true)
    }

    /// Single key presses on the terminal on standard input, without Enter, after the prompt shown
    /// dimmed: Enter is "", a letter itself (echoed), Ctrl-C `q`, Ctrl-D nil (the end of input).
    static func singleKeys(style: Styler) -> (String) -> String? {
        { prompt in
            fputs(style.dim(prompt), kx_standard_output())
            fflush(kx_standard_output())
            let key = readKey(STDIN_FILENO)
            let echoed = key.map { $0.count == 1 && $0.first?.isLetter == true ? $0 : "" } ?? ""
            fputs(echoed + "\n", kx_standard_output())
            fflush(kx_standard_output())
            return key
        }
    }

    /// One key press (the bytes of one read, so an arrow key is one key), read with the terminal
    /// in non-canonical mode without echo or signals, and the terminal's mode restored after.
    static func readKey(_ descriptor: Int32) -> String? {
        var saved = termios()
        guard tcgetattr(descriptor, &saved) == 0 else { return Swift.readLine(strippingNewline: true) }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        tcsetattr(descriptor, TCSANOW, &raw)
        defer { tcsetattr(descriptor, TCSANOW, &saved) }
        var buffer = [UInt8](repeating: 0, count: 16)
        var count: Int
        repeat {
            count = read(descriptor, &buffer, buffer.count)
        } while count < 0 && errno == EINTR
        guard count > 0 else { return nil }
        switch buffer[0] {
        case 0x0D, 0x0A: return ""
        case 0x03: return "q"
        case 0x04: return nil
        default: return String(decoding: buffer[..<count], as: UTF8.self)
        }
    }
}
