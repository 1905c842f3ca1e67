extension TerminalText {
    /// Replaces terminal control characters and bidirectional overrides with visible `\u{XX}` escapes.
    ///
    /// Escapes C0 controls (U+0000–U+001F), DEL (U+007F), C1 controls (U+0080–U+009F) and the
    /// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), so text
    /// from data can never move the cursor, clear the screen, start an ESC sequence or reorder
    /// what the reader sees; for example ESC becomes the six characters `\u{1B}` and U+202E
    /// becomes `\u{202E}`. Newline and tab are escaped too unless `keepNewlines` is true, in
    /// which case both are left as they are. This is the one escaper for text from data on its
    /// way to a terminal.
    public static func escapeControlCharacters(_ text: String, keepNewlines: Bool = false) -> String {
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
            if keepNewlines, scalar == "\n" || scalar == "\t" {
                return false
            }
            return isControlOrOverride(scalar)
        }
        // Printable ASCII, the common case, needs no escape.
        if isPrintableASCII(text) { return text }
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

    /// Whether `scalar` is a C0 or C1 control, DEL, or a bidirectional embedding, override or isolate:
    /// the characters that must never reach a terminal raw from data.
    public static func isControlOrOverride(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
