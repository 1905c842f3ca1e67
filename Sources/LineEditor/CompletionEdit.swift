/// The edit a TAB press makes to the line, computed without touching the terminal
/// so the readline/bash-like rules can be unit tested.
///
/// Rules: one candidate replaces the partial word and gets a trailing space unless
/// it ends in `=`, `.` or `/`; several candidates are replaced by their longest
/// common prefix when that adds something, otherwise they are listed; none beeps.
public struct CompletionEdit: Equatable {
    /// Number of `Character`s immediately before the cursor to delete (the partial word).
    public var deleteCount: Int
    /// Text to insert at the cursor after deleting.
    public var insert: String
    /// Candidates to show below the line because nothing could be inserted.
    public var listing: [String]

    /// Creates an edit; the defaults describe "do nothing" (a beep).
    public init(deleteCount: Int = 0, insert: String = "", listing: [String] = []) {
        self.deleteCount = deleteCount
        self.insert = insert
        self.listing = listing
    }

    /// True when the edit neither changes the line nor lists anything, so the editor should beep.
    public var isNoOp: Bool {
        deleteCount == 0 && insert.isEmpty && listing.isEmpty
    }

    /// Characters after which a single completion gets no trailing space,
    /// because the user is expected to keep typing (`key=`, `node.`, `path/`).
    static let continuationSuffixes: Set<Character> = ["=", ".", "/"]

    /// Computes the edit for `completion` on `line` with the cursor at `cursor` (both in `Character`s).
    public static func apply(line: String, cursor: Int, completion: Completion) -> CompletionEdit {
        let characters = Array(line)
        let end = min(max(cursor, 0), characters.count)
        let start = min(max(completion.replaceFrom, 0), end)
        let partial = String(characters[start..<end])
        let candidates = unique(completion.candidates)

        guard let first = candidates.first else {
            return CompletionEdit()
        }
        if candidates.count == 1 {
            let keepsTyping = first.last.map { continuationSuffixes.contains($0) } ?? false
            let suffix = keepsTyping ? "" : " "
            return CompletionEdit(deleteCount: end - start, insert: first + suffix)
        }
        let prefix = longestCommonPrefix(candidates)
        if prefix.count > partial.count {
            return CompletionEdit(deleteCount: end - start, insert: prefix)
        }
        return CompletionEdit(listing: candidates)
    }

    /// The longest string (compared by `Character`) that every element starts with.
    public static func longestCommonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map(Array.init) else {
            return ""
        }
        for string in strings.dropFirst() {
            prefix.removeSubrange(commonLength(prefix, Array(string))...)
        }
        return String(prefix)
    }

    private static func commonLength(_ a: [Character], _ b: [Character]) -> Int {
        var length = 0
        while length < a.count, length < b.count, a[length] == b[length] {
            length += 1
        }
        return length
    }

    private static func unique(_ strings: [String]) -> [String] {
        var seen = Set<String>()
        return strings.filter { seen.insert($0).inserted }
    }
}
