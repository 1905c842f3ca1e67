import KnowledgeGraph

/// Splits a statement into tokens. Cost: O(n) in the statement's length.
///
/// Words are runs of letters, digits and `-_.:/`; a word stops before `->`. Strings are quoted with
/// `"` or `'` and understand `\"`, `\'`, `\\`, `\n` and `\t`. `#` starts a comment to the end of the line.
public struct Tokenizer {
    public let characters: [Character]

    public init(_ text: String) {
        characters = Array(text)
    }

    /// Every token, ending with `.end`; a bad character or an unclosed string is an error at its offset.
    public func tokens() throws -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace || character == "\\" && (index + 1 == characters.count || characters[index + 1].isNewline) {
                index += 1
                continue
            }
            if character == "#" {
                while index < characters.count, !characters[index].isNewline { index += 1 }
                continue
            }
            let start = index
            func symbol(_ kind: Token.Kind, _ length: Int) {
                index += length
                tokens.append(Token(kind: kind, text: String(characters[start..<index]), span: start..<index))
            }
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "(": symbol(.leftParen, 1)
            case ")": symbol(.rightParen, 1)
            case ",": symbol(.comma, 1)
            case "=": symbol(.equal, next == "=" ? 2 : 1)
            case "~": symbol(.contains, 1)
            case "!":
                guard next == "=" else {
                    // Where a condition starts (`where !has x`), `!` means `not`; after a field, `!=`.
                    let startsCondition = tokens.last.map { $0.kind == .leftParen || ["where", "and", "or", "not"].contains($0.text.lowercased()) } ?? true
                    throw QueryError(span: start..<start + 1, message: "unexpected '!'", notes: [startsCondition ? "did you mean 'not'?" : "did you mean '!='?"])
                }
                symbol(.notEqual, 2)
            case "<":
                if next == "-" { symbol(.arrowIn, 2) } else if next == "=" { symbol(.lessOrEqual, 2) } else if next == ">" { symbol(.notEqual, 2) } else { symbol(.less, 1) }
            case ">":
                if next == "=" { symbol(.greaterOrEqual, 2) } else { symbol(.greater, 1) }
            case "-" where next == ">": symbol(.arrowOut, 2)
            case "\"", "'":
                tokens.append(try string(from: &index))
            case "&", "|":
                // C and SQL habits: `&&`, `||` and `|` are written `and` and `or` here.
                let length = next == character ? 2 : 1
                let word = character == "&" ? "and" : "or"
                throw QueryError(span: start..<start + length, message: "unexpected '\(String(repeating: character, count: length))'",
                                 notes: ["did you mean '\(word)'?"])
            default:
                guard Tokenizer.isWordCharacter(character) else {
                    let notes = character == "\\" ? ["a '\\' continues the statement on the next line only at the end of a line"] : []
                    throw QueryError(span: start..<start + 1, message: "unexpected character \(Tokenizer.describe(character))", notes: notes)
                }
                while index < characters.count, Tokenizer.isWordCharacter(characters[index]),
                      !(characters[index] == "-" && index + 1 < characters.count && characters[index + 1] == ">") {
                    index += 1
                }
                tokens.append(Token(kind: .word, text: String(characters[start..<index]), span: start..<index))
            }
        }
        tokens.append(Token(kind: .end, text: "", span: characters.count..<characters.count))
        return tokens
    }

    /// Letters, digits and `-_.:/` make up bare words.
    public static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "-_.:/".contains(character)
    }

    /// How a character is named in a message: `';'`, `'€' (U+20AC)`, or just `U+001B` when it is
    /// invisible or a control character, so nothing from the input can act on a terminal.
    static func describe(_ character: Character) -> String {
        let scalars = character.unicodeScalars
        let codes = scalars.map { scalar -> String in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        let hidden: Set<Unicode.GeneralCategory> = [.control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator]
        guard !scalars.contains(where: { hidden.contains($0.properties.generalCategory) }) else { return codes.joined(separator: " ") }
        return character.isASCII ? "'\(character)'" : "'\(character)' (\(codes.joined(separator: " ")))"
    }

    private func string(from index: inout Int) throws -> Token {
        let start = index
        let quote = characters[index]
        index += 1
        var text = ""
        while index < characters.count {
            let character = characters[index]
            if character == quote {
                index += 1
                return Token(kind: .string, text: text, span: start..<index)
            }
            if character == "\\", index + 1 < characters.count {
                let escaped = characters[index + 1]
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "\\", "\"", "'": text.append(escaped)
                case "u":
                    // `\u{1B}`: a character by its code, as kx shows a control character it will not print raw.
                    let (scalar, length) = try unicodeEscape(at: index)
                    text.unicodeScalars.append(scalar)
                    index += length
                    continue
                default:
                    throw QueryError(span: index..<index + 2, message: "unknown escape '\\\(escaped)' in a string",
                                     notes: ["use \\\\ for a backslash, \\n, \\t, \\\", \\' or \\u{HEX} for a character by its code"])
                }
                index += 2
                continue
            }
            text.append(character)
            index += 1
        }
        throw QueryError(span: start..<start + 1, message: "unterminated string", notes: ["close it with \(quote)"])
    }

    /// The character written `\u{HEX}` at `index` (its backslash) and how many characters the escape takes.
    private func unicodeEscape(at index: Int) throws -> (Unicode.Scalar, Int) {
        var end = index + 2
        guard end < characters.count, characters[end] == "{" else {
            throw QueryError(span: index..<index + 2, message: "expected '{' after '\\u'", notes: ["write a character by its code as \\u{1B}"])
        }
        end += 1
        var digits = ""
        while end < characters.count, characters[end].isHexDigit, digits.count < 6 {
            digits.append(characters[end])
            end += 1
        }
        guard !digits.isEmpty, end < characters.count, characters[end] == "}",
              let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw QueryError(span: index..<min(end + 1, characters.count), message: "expected 1 to 6 hexadecimal digits of a character's code, then '}'",
                             notes: ["write a character by its code as \\u{1B}"])
        }
        return (scalar, end + 1 - index)
    }
}
