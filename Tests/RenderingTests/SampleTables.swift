import Rendering

/// Tables shared by the renderer tests: an accented name, a wide CJK cell, a comma and
/// quotes, a pipe, a list, a non-integral number and an empty cell.
enum SampleTables {
    static let columns = [
        Table.Column(name: "name"),
        Table.Column(name: "notes"),
        Table.Column(name: "trials", alignment: .right),
    ]

    static let patients = Table(
        columns: columns,
        rows: [
            [.text("José García"), .text("aspirin, \"low\" dose"), .number(2)],
            [.text("王小明"), .text("a|b"), .number(3.5)],
            [.text("Zoë"), .list(["x", "y"]), .empty],
        ],
        footer: "(3 patients)"
    )

    static let empty = Table(columns: columns, rows: [], footer: "(0 patients)")
}
