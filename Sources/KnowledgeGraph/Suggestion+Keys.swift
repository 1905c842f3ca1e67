extension Suggestion {
    /// Words authors write for a key under another name, such as `relation` for a relation's `type`.
    static let keySynonyms: [String: [String]] = [
        "relation": ["type"], "predicate": ["type"], "rel": ["type"], "relation-type": ["type"],
        "type": ["kind"], "class": ["kind"], "category": ["kind"],
        "from": ["subject"], "to": ["object"], "target": ["object"],
        "text": ["quote"], "evidence": ["quote"], "quotes": ["quote"],
        "label": ["name"], "title": ["name", "citation"], "alias": ["aliases"], "synonyms": ["aliases"],
        "attrs": ["attributes"], "properties": ["attributes"], "notes": ["note"], "comment": ["note"],
        "hedged": ["hedge"], "negation": ["negated"], "not": ["negated"], "asof": ["as-of"], "as_of": ["as-of"],
        "file": ["source"], "reference": ["citation"], "xref": ["xrefs"],
    ]

    /// The allowed key an unknown one most likely stands for: a close spelling, else a known synonym.
    public static func closestKey(to key: String, in allowed: [String]) -> String? {
        closest(to: key, in: allowed) ?? keySynonyms[key.lowercased()]?.first(where: allowed.contains)
    }
}
