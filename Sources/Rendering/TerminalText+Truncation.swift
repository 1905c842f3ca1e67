extension TerminalText {
    /// Shortens `text` to at most `width` display columns, ending with `…` when cut.
    ///
    /// Text that already fits is returned unchanged. Grapheme clusters are never split, so
    /// the result can be one column narrower than `width` when a wide character would not
    /// fit. A width of zero or less yields an empty string.
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        guard displayWidth(of: text) > width else { return text }
        let budget = width - 1
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = displayWidth(of: character)
            if used + characterWidth > budget { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }
}
