import KnowledgeGraph

extension Array {
    /// The elements in order of `key` (ascending, or descending), stably, with those without a key last.
    /// O(n log n); `order by` on entities and on statements both use it.
    public func sorted(byValue key: (Element) -> Value?, descending: Bool) -> [Element] {
        let keyed = map { (element: $0, key: key($0)) }
        return keyed.enumerated().sorted { lhs, rhs in
            switch (lhs.element.key, rhs.element.key) {
            case (nil, nil): return lhs.offset < rhs.offset
            case (nil, _): return false
            case (_, nil): return true
            case let (a?, b?):
                let order = Value.compare(a, b)
                if order == .orderedSame { return lhs.offset < rhs.offset }
                return descending ? order == .orderedDescending : order == .orderedAscending
            }
        }.map(\.element.element)
    }
}
