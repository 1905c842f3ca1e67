extension String {
    /// The string without one trailing line feed (libedit returns lines with it).
    var withoutTrailingNewline: String {
        guard unicodeScalars.last == "\n" else {
            return self
        }
        var scalars = unicodeScalars
        scalars.removeLast()
        return String(scalars)
    }
}
