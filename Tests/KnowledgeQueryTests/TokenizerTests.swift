import XCTest
@testable import KnowledgeQuery

final class TokenizerTests: XCTestCase {
    /// Each token as `kind text` (without the final `.end`).
    private func lex(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let tokens = try Tokenizer(text).tokens()
        XCTAssertEqual(tokens.last?.kind, .end, file: file, line: line)
        XCTAssertEqual(tokens.last?.span, text.count..<text.count, file: file, line: line)
        return tokens.dropLast().map { "\($0.kind) \($0.text)" }
    }

    private func lexError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> QueryError? {
        do {
            _ = try Tokenizer(text).tokens()
            XCTFail("expected '\(text)' not to tokenize", file: file, line: line)
        } catch let error as QueryError {
            return error
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
        }
        return nil
    }

    func testWordsTakeLettersDigitsAndPunctuation() throws {
        XCTAssertEqual(try lex("no-zorvamab a_b v1.2 doi:10.5555/jit 2011-09"),
                       ["word no-zorvamab", "word a_b", "word v1.2", "word doi:10.5555/jit", "word 2011-09"])
        XCTAssertEqual(try lex("FeverLog über"), ["word FeverLog", "word über"])
    }

    func testSpansAreCharacterOffsets() throws {
        let tokens = try Tokenizer("é  trials ->x").tokens()
        XCTAssertEqual(tokens.map(\.span), [0..<1, 3..<9, 10..<12, 12..<13, 13..<13])
    }

    func testArrowsSplitWords() throws {
        XCTAssertEqual(try lex("registries->addresses"), ["word registries", "arrowOut ->", "word addresses"])
        XCTAssertEqual(try lex("zorvamab<-concerns->addressed_by"),
                       ["word zorvamab", "arrowIn <-", "word concerns", "arrowOut ->", "word addressed_by"])
        XCTAssertEqual(try lex("a-->b"), ["word a-", "arrowOut ->", "word b"])
        XCTAssertEqual(try lex("-x -"), ["word -x", "word -"])
    }

    func testOperators() throws {
        XCTAssertEqual(try lex("= == != <> ~ < <= > >= ( ) ,"), [
            "equal =", "equal ==", "notEqual !=", "notEqual <>", "contains ~", "less <", "lessOrEqual <=",
            "greater >", "greaterOrEqual >=", "leftParen (", "rightParen )", "comma ,",
        ])
        XCTAssertEqual(try lex("a<=b>=c<>d"), ["word a", "lessOrEqual <=", "word b", "greaterOrEqual >=", "word c", "notEqual <>", "word d"])
        XCTAssertEqual(try lex("x=-1"), ["word x", "equal =", "word -1"])
    }

    func testStrings() throws {
        XCTAssertEqual(try lex(#""FeverLog" 'central patient registry'"#), ["string FeverLog", "string central patient registry"])
        XCTAssertEqual(try lex(#""it's" 'say "hi"'"#), [#"string it's"#, #"string say "hi""#])
        XCTAssertEqual(try lex(#""a\"b\\c\nd\te" 'x\'y'"#), ["string a\"b\\c\nd\te", "string x'y"])
        XCTAssertEqual(try lex(#""""#), ["string "])
        let tokens = try Tokenizer(#"show "a b""#).tokens()
        XCTAssertEqual(tokens[1].span, 5..<10)
        XCTAssertEqual(tokens[1].display, #""a b""#)
    }

    func testUnterminatedString() {
        let error = lexError(#"show "FeverLog"#)
        XCTAssertEqual(error?.message, "unterminated string")
        XCTAssertEqual(error?.span, 5..<6)
        XCTAssertEqual(error?.notes, [#"close it with ""#])
        XCTAssertEqual(lexError(#"show 'abc\"#)?.span, 5..<6)
        XCTAssertEqual(lexError(#"'abc\'"#)?.message, "unterminated string")
    }

    func testUnknownEscape() {
        let error = lexError(#"show "a\qb""#)
        XCTAssertEqual(error?.message, #"unknown escape '\q' in a string"#)
        XCTAssertEqual(error?.span, 7..<9)
        XCTAssertEqual(error?.notes, [#"use \\ for a backslash, \n, \t, \", \' or \u{HEX} for a character by its code"#])
    }

    func testACharacterByItsCodeReadsBackWhatKxShows() throws {
        XCTAssertEqual(try lex(#""a\u{1B}[31m\u{202E}b" '\u{1F600}\u{0}'"#), ["string a\u{1B}[31m\u{202E}b", "string \u{1F600}\u{0}"])
        for (text, message, span) in [(#""\u1B""#, "expected '{' after '\\u'", 1..<3), (#""\u{}""#, "expected 1 to 6 hexadecimal digits of a character's code, then '}'", 1..<5),
                                      (#""\u{110000}""#, "expected 1 to 6 hexadecimal digits of a character's code, then '}'", 1..<11),
                                      (#""\u{1234567}""#, "expected 1 to 6 hexadecimal digits of a character's code, then '}'", 1..<11),
                                      (#""\u{D800}""#, "expected 1 to 6 hexadecimal digits of a character's code, then '}'", 1..<9), (#""\u"#, "expected '{' after '\\u'", 1..<3)] {
            let error = lexError(text)
            XCTAssertEqual(error?.message, message, text)
            XCTAssertEqual(error?.span, span, text)
        }
    }

    func testStrayExclamationMark() {
        let error = lexError("trials where status !planned")
        XCTAssertEqual(error?.message, "unexpected '!'")
        XCTAssertEqual(error?.span, 20..<21)
        XCTAssertEqual(error?.notes, ["did you mean '!='?"])
        XCTAssertEqual(lexError("!")?.span, 0..<1)
        XCTAssertEqual(lexError("trials where !has status")?.notes, ["did you mean 'not'?"])
        XCTAssertEqual(lexError("trials where (x=1 or !has status)")?.notes, ["did you mean 'not'?"])
    }

    /// C and SQL habits: `&&`, `&`, `||` and `|` point to `and` and `or`.
    func testAmpersandsAndBarsSuggestAndAndOr() {
        let and = lexError("trials where status=planned && phase=2")
        XCTAssertEqual(and?.message, "unexpected '&&'")
        XCTAssertEqual(and?.span, 28..<30)
        XCTAssertEqual(and?.notes, ["did you mean 'and'?"])
        XCTAssertEqual(lexError("trials where a=1 & b=2")?.notes, ["did you mean 'and'?"])
        let or = lexError("trials where a=1 || b=2")
        XCTAssertEqual(or?.message, "unexpected '||'")
        XCTAssertEqual(or?.notes, ["did you mean 'or'?"])
        XCTAssertEqual(lexError("trials where a=1 | b=2")?.span, 17..<18)
    }

    func testUnexpectedCharacters() {
        XCTAssertEqual(lexError("trials where x=€")?.message, "unexpected character '€' (U+20AC)")
        XCTAssertEqual(lexError("trials where x=€")?.span, 15..<16)
        XCTAssertEqual(lexError("a\u{1B}[31m")?.message, "unexpected character U+001B")
        XCTAssertEqual(lexError("a;b")?.message, "unexpected character ';'")
        let backslash = lexError(#"trials \ where"#)
        XCTAssertEqual(backslash?.message, #"unexpected character '\'"#)
        XCTAssertEqual(backslash?.notes, [#"a '\' continues the statement on the next line only at the end of a line"#])
    }

    func testCommentsRunToTheEndOfTheLine() throws {
        XCTAssertEqual(try lex("trials # where status=planned"), ["word trials"])
        XCTAssertEqual(try lex("trials # comment\nwhere # another"), ["word trials", "word where"])
        XCTAssertEqual(try lex("# only a comment"), [])
        XCTAssertEqual(try lex(#""a # b""#), ["string a # b"])
    }

    func testBackslashContinuesALine() throws {
        XCTAssertEqual(try lex("trials \\\nwhere status=planned"), ["word trials", "word where", "word status", "equal =", "word planned"])
        XCTAssertEqual(try lex("trials \\\r\nlimit 1"), ["word trials", "word limit", "word 1"])
        XCTAssertEqual(try lex("trials \\"), ["word trials"])
    }

    func testWhitespaceAndEmptyInput() throws {
        XCTAssertEqual(try lex(""), [])
        XCTAssertEqual(try lex(" \t\n "), [])
        XCTAssertEqual(try lex("\u{00A0}trials\u{2003}"), ["word trials"])
    }

    func testKeywordMatchingIgnoresCase() throws {
        let tokens = try Tokenizer(#"WHERE "where""#).tokens()
        XCTAssertTrue(tokens[0].isKeyword("where"))
        XCTAssertFalse(tokens[1].isKeyword("where"))
        XCTAssertEqual(tokens[2].display, "the end of the statement")
        XCTAssertEqual(tokens[0].display, "'WHERE'")
    }
}
