extension Dictionary {
    /// The pairs as a dictionary, the first value kept for a key given twice: an endpoint's answer
    /// is data, and a repeated key in it must not stop kx.
    init(firsts pairs: some Sequence<(Key, Value)>) {
        self.init(pairs, uniquingKeysWith: { first, _ in first })
    }
}
