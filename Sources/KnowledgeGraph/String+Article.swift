extension String {
    /// The word with `a` or `an` before it, by how it starts: `a trial`, `an evidence`, `a url`.
    /// Messages about kinds and types use it, so one rule serves the loader and the query answers.
    public var withIndefiniteArticle: String {
        let word = lowercased()
        guard let first = word.first else { return self }
        // A vowel letter read as "you" or "w" takes `a`: a url, a unique…, a user, a one-off.
        let consonantSound = ["uni", "use", "usu", "uti", "url", "uri", "eu", "one", "once"].contains { word.hasPrefix($0) }
        return ("aeiou".contains(first) && !consonantSound ? "an " : "a ") + self
    }
}
