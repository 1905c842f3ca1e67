extension Array where Element: Hashable {
    /// The elements without repeats, each where it first occurs, in O(n).
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
