extension String {
    /// The word with `a` or `an` before it, by its first letter: `a trial`, `an evidence`.
    /// Messages about kinds use it, so one rule serves the loader and the query answers.
    public var withIndefiniteArticle: String {
        guard let first = lowercased().first else { return self }
        return ("aeiou".contains(first) ? "an " : "a ") + self
    }
}
