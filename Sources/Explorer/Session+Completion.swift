import Foundation
import KnowledgeQuery
import Rendering

extension Session {
    /// Completion candidates for the line being typed: dot-commands and their arguments,
    /// file names after `.read`/`.output`/`.once`/`.load`/`.report`, else the query completer's.
    public func completions(_ line: String, cursor: Int) -> (replaceFrom: Int, candidates: [String]) {
        let before = String(line.prefix(cursor))
        let trimmed = before.drop { $0 == " " }
        guard trimmed.hasPrefix(".") else {
            let completion = Completer(executor: executor).complete(line, cursor: cursor)
            return (completion.replaceFrom, completion.candidates.compactMap(Self.typeable))
        }
        let leading = before.count - trimmed.count
        let words = Self.words(String(trimmed))
        let endsInSpace = trimmed.last == " "
        if words.count <= 1, !endsInSpace {
            let names = DotCommand.all.map(\.name) + extraCommands.keys.sorted()
            return (leading, names.filter { $0.hasPrefix(trimmed) }.sorted())
        }
        guard let command = words.first?.text else { return (cursor, []) }
        let partial = endsInSpace ? "" : words.last?.text ?? ""
        let start = cursor - partial.count
        if [".read", ".output", ".once", ".load", ".step", ".record", ".report"].contains(command) {
            return (start, Self.paths(matching: partial, foldersOnly: command == ".load"))
        }
        let first = words.count - (endsInSpace ? 1 : 2) == 0
        let choices = DotCommand.named(command)?.choices ?? (first ? extraChoices[command]?(self) : extraLaterChoices[command]) ?? []
        return (start, choices.filter { $0.hasPrefix(partial) })
    }

    /// A candidate as it can be typed: inside a quote a control character or bidirectional override
    /// is written `\u{1B}` (which the query language reads back), so completion never puts a raw
    /// one into the line or the history; outside a quote such a word cannot be typed and is left out.
    static func typeable(_ candidate: String) -> String? {
        guard candidate.unicodeScalars.contains(where: TerminalText.isControlOrOverride) else { return candidate }
        guard let last = candidate.last, last == "\"" || last == "'" else { return nil }
        return TerminalText.escapeControlCharacters(candidate)
    }

    /// Files and folders whose path starts with `partial` (`~/` is the home folder); folders end with `/`.
    static func paths(matching partial: String, foldersOnly: Bool) -> [String] {
        // `~` alone is the home folder, completed as a folder so the next TAB lists it.
        if partial == "~" { return ["~/"] }
        let directory = partial.contains("/") ? String(partial[...(partial.lastIndex(of: "/") ?? partial.startIndex)]) : ""
        let listed = Self.expandingHome(directory)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: listed.isEmpty ? "." : listed) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.compactMap { name -> String? in
            let path = directory + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: Self.expandingHome(path), isDirectory: &isDirectory) else { return nil }
            if foldersOnly && !isDirectory.boolValue { return nil }
            return isDirectory.boolValue ? path + "/" : path
        }.filter { $0.hasPrefix(partial) }.sorted()
    }
}
