import KnowledgeGraph
import KnowledgeQuery
import Rendering

/// Turns a `QueryResult` into text in one output format.
///
/// Tables of any kind go through `TableRenderer`; cards, paths and quotes have their own
/// layouts in the `table` format and documented JSON shapes (see docs/formats.md); the picture formats
/// draw graphs in DOT (`DOTPicture`). Text that comes from the knowledge is escaped before it
/// reaches a terminal.
public struct ResultRenderer: Sendable {
    public var format: OutputFormat
    /// Terminal width for the `table` format, or nil for no limit.
    public var width: Int?
    public var style: Styler
    /// Whether the text goes to a terminal, where no format may carry a raw control character.
    public var terminal: Bool
    /// Whether `csv` cells that look like spreadsheet formulas are neutralised (see `TableRenderer`).
    public var neutralisesFormulas: Bool
    /// Checked between rows; once cancelled (Ctrl-C) the text is cut short, for the caller to discard.
    public var cancellation: Cancellation?
    /// `--links`: JSON entity lists give every entity its relation statements, both ways.
    public var links = false

    public init(format: OutputFormat, width: Int? = nil, style: Styler = .plain, terminal: Bool = false, neutralisesFormulas: Bool = true) {
        self.format = format
        self.width = width
        self.style = style
        self.terminal = terminal
        self.neutralisesFormulas = neutralisesFormulas
    }

    /// How much of its entities an entity list must carry for this format: only JSON shows where
    /// statements come from.
    public var detail: Detail { format == .json ? .provenance : .values }

    /// The table renderer for the same destination.
    var tableRenderer: TableRenderer {
        let cancellation = cancellation
        return TableRenderer(terminal: terminal, neutralisesFormulas: neutralisesFormulas) { cancellation?.isCancelled ?? false }
    }

    /// The result as text, ending with a newline. `context` holds what `request(for:)` asked for.
    /// A picture format draws graphs; a result that is not one (which the session refuses first) is
    /// written as the `table` format writes it.
    public func render(_ result: QueryResult, context: ResultContext = ResultContext()) -> String {
        if format.isPicture {
            if let picture = picture(of: result, context) { return picture.text }
            var table = self
            table.format = .table
            return table.render(result, context: context)
        }
        switch result {
        case .entities(let list): return render(list, context: context)
        case .rows(let rows): return render(rows)
        case .card(let card): return render(card)
        case .paths(let paths): return render(paths)
        case .quotes(let quotes): return render(quotes)
        case .count(let count, let noun): return renderCount(count, noun: noun)
        case .explanation(let explanation): return render(explanation)
        }
    }

    /// A generic table with a `(N nouns)` footer in the `table` format.
    func render(_ table: Table, noun: Noun, note: String? = nil) -> String {
        var table = table
        if format == .table {
            table.footer = "(\(noun.counted(table.rows.count))\(note.map { ": \($0)" } ?? ""))"
        }
        return tableRenderer.render(table, as: format.tableFormat, width: width, style: style)
    }

    /// Whether rendering should stop early (Ctrl-C).
    var isCancelled: Bool {
        cancellation?.isCancelled ?? false
    }

    private func renderCount(_ count: Int, noun: Noun) -> String {
        switch format.tableFormat {
        case .table: return "\(noun.counted(count, grouped: false))\n"
        case .plain: return "\(count)\n"
        case .json: return JSONValue.object([("count", .number(Double(count))), ("of", .string(noun.plural))]).rendered() + "\n"
        case .csv, .markdown:
            return tableRenderer.render(Table(columns: [Table.Column(name: "count", alignment: .right)], rows: [[.number(Double(count))]]), as: format.tableFormat)
        }
    }

    /// Text from the knowledge, made safe where it goes: control characters and bidirectional
    /// overrides visible in `table`, in pictures and on a terminal, Markdown-escaped in `markdown`,
    /// exact otherwise.
    func safe(_ text: String) -> String {
        switch format {
        case .markdown: return MarkdownText.escaped(text, startsLine: false)
        case .table, .dot, .svg: return TerminalText.escapeControlCharacters(text)
        case .plain, .csv, .json: return terminal ? TerminalText.escapeControlCharacters(text) : text
        }
    }

    /// Wraps `text` to the width (100 columns when there is none), starting the first line with
    /// `first` (or the indent) and indenting the others by `indent` spaces; `decorate` styles each
    /// line's text, so a style never spans a line break or counts towards the width.
    func wrapped(_ text: String, indent: Int, first: String = "", decorate: (String) -> String = { $0 }) -> [String] {
        let lead = max(indent, TerminalText.displayWidth(of: first))
        let available = max(20, (width ?? 100) - lead)
        let lines = TerminalText.wrap(text, width: available)
        let pad = String(repeating: " ", count: indent)
        return lines.enumerated().map { index, line in (index == 0 && !first.isEmpty ? first : pad) + decorate(line) }
    }
}
