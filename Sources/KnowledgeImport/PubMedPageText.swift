/// The words of a PubMed abstract page that are not the record: its section headings and its chrome
/// (the government banner, the search bar, the tool buttons, link labels), as lines of the page's
/// text compared in lower case.
enum PubMedPageText {
    /// Headings of the page's sections. The page's navigation list repeats them above the record.
    static let headings: Set<String> = [
        "abstract", "title & authors", "keywords", "similar articles", "cited by", "references", "publication types", "mesh terms",
        "substances", "supplementary concepts", "personal name as subject", "associated data", "related information",
        "grants and funding", "linkout - more resources", "conflict of interest statement", "figures", "full text links",
        "comment in", "comment on", "erratum in", "erratum for", "update of", "update in", "retraction in", "retraction of",
        "expression of concern in", "expression of concern for", "republished in", "republished from", "summary for patients in",
        "original report in", "page navigation", "pubmed disclaimer", "supplementary info", "full text sources",
        "other literature sources", "research materials", "medical", "miscellaneous", "ncbi literature resources",
    ]

    /// Lines of the banner, the search bar, the tools and the footer.
    static let chrome: Set<String> = [
        "skip to main page content", "skip to main content", "an official website of the united states government",
        "here's how you know", "here’s how you know", "the .gov means it's official.", "the .gov means it’s official.",
        "federal government websites often end in .gov or .mil. before sharing sensitive information, make sure you're on a federal government site.",
        "federal government websites often end in .gov or .mil. before sharing sensitive information, make sure you’re on a federal government site.",
        "the site is secure.",
        "the https:// ensures that you are connecting to the official website and that any information you provide is encrypted and transmitted securely.",
        "u.s. flag", "nih nlm logo", "log in", "log out", "access keys", "ncbi homepage", "myncbi homepage", "main content",
        "main navigation", "pubmed logo", "search", "search:", "advanced", "user guide", "clipboard", "save", "email", "send to",
        "display options", "actions", "cite", "collections", "share", "permalink", "show details", "affiliations", "affiliations expand",
        "affiliations collapse", "expand", "collapse", "free article", "free pmc article", "item in clipboard", "copy", "format", "format:", "pubmed", "pmid",
        "download .nbib", "add to collections", "create a new collection", "add to my bibliography", "my bibliography", "twitter",
        "facebook", "follow ncbi", "connect with nlm", "national library of medicine", "web policies", "foia",
        "hhs vulnerability disclosure", "help", "accessibility", "careers", "nlm", "nih", "hhs", "usa.gov",
    ]

    /// Whether `line` (folded) is a section heading, with or without a colon.
    static func isHeading(_ line: String) -> Bool {
        let lower = line.lowercased()
        return headings.contains(lower.hasSuffix(":") ? String(lower.dropLast()) : lower)
    }

    /// Whether `line` (folded) is page chrome: banner text, a button, a link label such as
    /// `Silverchair Information Systems full text link`, or the images' names run together with them
    /// (`U.S. flagAn official website…`, `SaveEmailSend to`).
    static func isChrome(_ line: String) -> Bool {
        let lower = line.lowercased()
        if chrome.contains(lower) || lower.hasSuffix(" full text link") || lower.hasPrefix("u.s. flag") || lower.hasPrefix("nih nlm logo") { return true }
        return lower.hasPrefix("access keys") || lower == "saveemailsend to" || lower.hasSuffix("- pubmed")
    }
}
