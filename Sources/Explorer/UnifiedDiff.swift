/// Line diffs in unified format, for `kx test`.
public enum UnifiedDiff {
    /// A unified diff of two texts, or "" when they are equal; linear in space (see `LineDiff`).
    public static func diff(expected: [String], actual: [String], expectedLabel: String, actualLabel: String) -> String {
        guard expected != actual else { return "" }
        let n = expected.count, m = actual.count
        // An empty side starts at line 0, as in `diff -u`.
        var lines = ["--- \(expectedLabel)", "+++ \(actualLabel)", "@@ -\(n == 0 ? 0 : 1),\(n) +\(m == 0 ? 0 : 1),\(m) @@"]
        // Removed lines come before the lines that replace them, as in `diff -u`.
        var added: [String] = []
        for edit in LineDiff(expected: expected, actual: actual).edits() {
            switch edit {
            case .keep(let line, _):
                lines += added + [" " + expected[line]]
                added = []
            case .remove(let line):
                lines.append("-" + expected[line])
            case .add(let line):
                added.append("+" + actual[line])
            }
        }
        lines += added
        return lines.joined(separator: "\n") + "\n"
    }
}
