/// The XML Schema datatypes an export's literals use.
enum XSD {
    static let namespace = "http://www.w3.org/2001/XMLSchema#"
    static let string = namespace + "string"
    static let decimal = namespace + "decimal"
    static let double = namespace + "double"
    static let integer = namespace + "integer"
    static let boolean = namespace + "boolean"
    static let gYear = namespace + "gYear"
    static let gYearMonth = namespace + "gYearMonth"
    static let date = namespace + "date"
    static let anyURI = namespace + "anyURI"
}
