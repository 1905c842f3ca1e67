extension TerminalText {
    /// Replaces terminal control characters with visible `\u{XX}` escapes.
    ///
    /// Escapes C0 controls (U+0000–U+001F), DEL (U+007F) and C1 controls (U+0080–U+009F),
    /// so text from data can never move the cursor, clear the screen or start an ESC
    /// sequence; for example ESC becomes the six characters `\u{1B}`. Newline and tab are
    /// escaped too unless `keepNewlines` is true, in which case both are left as they are.
    public static func escapeControlCharacters(_ text: String, keepNewlines: Bool = false) -> String {
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
            if keepNewlines, scalar == "\n" || scalar == "\t" {
                return false
            }
            return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        }
        guard text.unicodeScalars.contains(where: needsEscape) else {
            return text
        }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let padded = hex.count < 2 ? "0" + hex : hex
                output.append(contentsOf: "\\u{\(padded)}".unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }
}
