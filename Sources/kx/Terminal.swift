import Foundation

/// Everything kx asks of the platform about terminals, in one place.
enum Terminal {
    /// Whether the file descriptor is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// The width of the terminal on `descriptor`, or nil when it is not one.
    static func width(_ descriptor: Int32 = STDOUT_FILENO) -> Int? {
        var size = winsize()
        guard isTerminal(descriptor), ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Colour is used only on a terminal, and never when `NO_COLOR` is set (to anything non-empty).
    static func colorAllowed(_ descriptor: Int32 = STDOUT_FILENO) -> Bool {
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        return isTerminal(descriptor) && !noColor
    }
}
