/// A calendar date known to the year, the month or the day, as sources state them ("2006 Mar").
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        // Digits only: `Int` alone would also take a sign ("+123", "-1").
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        self.year = year
        if parts.count > 1 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
            if parts.count > 2 {
                guard parts[2].count == 2, let day = Int(parts[2]), (1...PartialDate.days(inMonth: month, of: year)).contains(day) else { return nil }
                self.day = day
            }
        }
    }

    /// How many days a month has in the Gregorian calendar.
    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        var text = String(year)
        text = String(repeating: "0", count: max(0, 4 - text.count)) + text
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
        return text
    }

    /// Earlier precision sorts first when the known parts are equal ("2006" < "2006-03").
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}
