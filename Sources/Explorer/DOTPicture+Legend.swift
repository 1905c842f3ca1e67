import Rendering

extension DOTPicture {
    /// A table of the kinds drawn (each in its colour), the kinds of arrow drawn and the notes; nil when there is none of them.
    func legend(_ present: [(kind: String, colour: String)]) -> String? {
        var rows: [String] = []
        let perRow = 7
        for start in stride(from: 0, to: present.count, by: perRow) {
            // A swatch of fixed size, then the kind's name: a row made wider by another spreads its names, not its swatches.
            let cells = present[start..<min(start + perRow, present.count)].map { kind, colour in
                "<TD BGCOLOR=\"\(colour)\" COLOR=\"#7a7a7a\" BORDER=\"1\" WIDTH=\"18\" HEIGHT=\"14\" FIXEDSIZE=\"TRUE\"></TD>"
                    + "<TD ALIGN=\"LEFT\">\(DOTText.html(kind))   </TD>"
            }
            rows.append("<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\"><TR>"
                        + cells.joined() + "</TR></TABLE></TD></TR>")
        }
        var arrows: [String] = []
        if edges.contains(where: { $0.hedge == nil && !$0.negated }) { arrows.append("<FONT COLOR=\"\(Self.ink)\">——▶  stated</FONT>") }
        var hedges: [String] = []
        for edge in edges { if let hedge = edge.hedge, !hedges.contains(hedge) { hedges.append(hedge) } }
        if !hedges.isEmpty { arrows.append("<FONT COLOR=\"\(Self.ink)\">- - ▶  hedged [\(DOTText.html(hedges.joined(separator: ", ")))]</FONT>") }
        if edges.contains(where: \.negated) { arrows.append("<FONT COLOR=\"\(Self.denied)\">——┤  denied [not]</FONT>") }
        if !arrows.isEmpty { rows.append("<TR><TD ALIGN=\"LEFT\">\(arrows.joined(separator: "      "))</TD></TR>") }
        rows += notes.map { "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"#555555\">\(DOTText.htmlLines($0, width: 100))</FONT></TD></TR>" }
        guard !rows.isEmpty else { return nil }
        // A little space between the picture and its legend.
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\"><TR><TD HEIGHT=\"8\"></TD></TR>" + rows.joined() + "</TABLE>"
    }
}
