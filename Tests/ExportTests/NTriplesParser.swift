import XCTest

/// A small N-Triples reader for the tests: splits lines into terms and decodes string literals
/// (ECHAR and UCHAR), so what the exporter escaped can be compared with the original text.
enum NTriplesParser {
    struct Triple: Equatable {
        var subject: String, predicate: String, object: String
        /// The object's text when it is a literal, decoded.
        var literal: String?
    }

    static func parse(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [Triple] {
        text.split(separator: "\n").compactMap { row in
            let scalars = Array(row.unicodeScalars)
            var index = 0
            func term() -> (text: String, literal: String?)? {
                while index < scalars.count, scalars[index] == " " { index += 1 }
                guard index < scalars.count else { return nil }
                let start = index
                if scalars[index] == "\"" {
                    var value = String.UnicodeScalarView()
                    index += 1
                    while index < scalars.count, scalars[index] != "\"" {
                        if scalars[index] == "\\", index + 1 < scalars.count {
                            index += 1
                            switch scalars[index] {
                            case "n": value.append("\n")
                            case "r": value.append("\r")
                            case "t": value.append("\t")
                            case "b": value.append("\u{08}")
                            case "f": value.append("\u{0C}")
                            case "u", "U":
                                let width = scalars[index] == "u" ? 4 : 8
                                let digits = String(String.UnicodeScalarView(scalars[(index + 1)...(index + width)]))
                                value.append(Unicode.Scalar(UInt32(digits, radix: 16) ?? 0) ?? "?")
                                index += width
                            default: value.append(scalars[index])
                            }
                        } else {
                            value.append(scalars[index])
                        }
                        index += 1
                    }
                    index += 1
                    while index < scalars.count, scalars[index] != " " { index += 1 }
                    return (String(String.UnicodeScalarView(scalars[start..<index])), String(value))
                }
                while index < scalars.count, scalars[index] != " " { index += 1 }
                return (String(String.UnicodeScalarView(scalars[start..<index])), nil)
            }
            guard let subject = term(), let predicate = term(), let object = term() else {
                XCTFail("not a triple: \(row)", file: file, line: line)
                return nil
            }
            XCTAssertEqual(term()?.text, ".", String(row), file: file, line: line)
            return Triple(subject: subject.text, predicate: predicate.text, object: object.text, literal: object.literal)
        }
    }
}
