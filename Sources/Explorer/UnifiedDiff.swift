/// Line diffs in unified format, for `kx test`.
public enum UnifiedDiff {
    /// A unified diff of two texts, or "" when they are equal. Cost: O(n·m) in lines.
    public static func diff(expected: [String], actual: [String], expectedLabel: String, actualLabel: String) -> String {
        guard expected != actual else { return "" }
        let n = expected.count, m = actual.count
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = expected[i] == actual[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        // An empty side starts at line 0, as in `diff -u`.
        var lines = ["--- \(expectedLabel)", "+++ \(actualLabel)", "@@ -\(n == 0 ? 0 : 1),\(n) +\(m == 0 ? 0 : 1),\(m) @@"]
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, expected[i] == actual[j] {
                lines.append(" " + expected[i]); i += 1; j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                // Removed lines come before the lines that replace them, as in `diff -u`.
                lines.append("-" + expected[i]); i += 1
            } else {
                lines.append("+" + actual[j]); j += 1
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
