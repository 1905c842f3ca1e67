import Foundation

/// Splits script text into statements, comments and expectations.
///
/// One statement a line. A statement continues on the next line when its line ends with `\`,
/// or while a parenthesis or a quote is open, but never onto a blank line or a `#>` line, so a
/// missing `)` is reported where the statement ends instead of swallowing the rest of the file.
/// Lines starting with `#> ` (or exactly `#>`) hold the expected output of the statement above;
/// other `#` lines are comments. Dot-commands are always one line.
public enum ScriptParser {
    public static func items(_ text: String) -> [ScriptItem] {
        var items: [ScriptItem] = []
        let lines = lines(of: text)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmed(.whitespace)
            if trimmed.isEmpty {
                index += 1
                continue
            }
            if trimmed == "#>" || trimmed.hasPrefix("#> ") {
                var expected: [String] = []
                let start = index
                while index < lines.count {
                    let candidate = lines[index].trimmed(.whitespace)
                    guard candidate == "#>" || candidate.hasPrefix("#> ") else { break }
                    expected.append(candidate == "#>" ? "" : String(candidate.dropFirst(3)))
                    index += 1
                }
                items.append(ScriptItem(kind: .expectation, text: expected.joined(separator: "\n"), line: start + 1, lineCount: index - start))
                continue
            }
            if trimmed.hasPrefix("#") {
                items.append(ScriptItem(kind: .comment, text: String(trimmed.dropFirst()).trimmed(.whitespace), line: index + 1, lineCount: 1))
                index += 1
                continue
            }
            let start = index
            var statement = line
            index += 1
            if !trimmed.hasPrefix(".") {
                var scanner = ContinuationScanner()
                scanner.feed(line[...])
                while scanner.needsMore, index < lines.count, !endsStatement(lines[index]) {
                    statement += "\n" + lines[index]
                    scanner.feed(lines[index][...])
                    index += 1
                }
            }
            items.append(ScriptItem(kind: .statement, text: finished(statement), line: start + 1, lineCount: index - start))
        }
        return items
    }

    /// The lines of `text`, which may end in LF or CRLF. (In Swift "\r\n" is one `Character`, so
    /// splitting on "\n" alone would leave a CRLF file in one piece.)
    static func lines(of text: String) -> [String] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
    }

    /// Whether a statement is unfinished: it ends with `\`, or a parenthesis or quote is open.
    public static func needsContinuation(_ text: String) -> Bool {
        var scanner = ContinuationScanner()
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) { scanner.feed(line) }
        return scanner.needsMore
    }

    /// Whether `line` cannot continue a statement: it is blank or holds expected output.
    static func endsStatement(_ line: String) -> Bool {
        let trimmed = line.trimmed(.whitespace)
        return trimmed.isEmpty || trimmed == "#>" || trimmed.hasPrefix("#> ")
    }

    /// The statement with line-continuation backslashes blanked (offsets are kept).
    public static func finished(_ statement: String) -> String {
        statement.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\\") ? String($0.dropLast()) + " " : String($0) }
            .joined(separator: "\n")
    }
}
