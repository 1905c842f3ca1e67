/// PubMed's publication types, as pages print them: a page shows the article's main types on a line of
/// their own above the citation line (and again in its "Publication types" section).
enum PublicationTypes {
    static let names: Set<String> = [
        "Adaptive Clinical Trial", "Address", "Autobiography", "Bibliography", "Biography", "Case Reports", "Classical Article",
        "Clinical Conference", "Clinical Study", "Clinical Trial", "Clinical Trial Protocol", "Clinical Trial, Phase I",
        "Clinical Trial, Phase II", "Clinical Trial, Phase III", "Clinical Trial, Phase IV", "Clinical Trial, Veterinary",
        "Collected Work", "Comment", "Comparative Study", "Congress", "Consensus Development Conference",
        "Consensus Development Conference, NIH", "Controlled Clinical Trial", "Corrected and Republished Article", "Dataset",
        "Dictionary", "Directory", "Duplicate Publication", "Editorial", "Electronic Supplementary Materials", "English Abstract",
        "Equivalence Trial", "Evaluation Study", "Expression of Concern", "Festschrift", "Government Publication", "Guideline",
        "Historical Article", "Interactive Tutorial", "Interview", "Introductory Journal Article", "Journal Article", "Lecture",
        "Legal Case", "Legislation", "Letter", "Meta-Analysis", "Multicenter Study", "News", "Newspaper Article",
        "Observational Study", "Observational Study, Veterinary", "Overall", "Patient Education Handout", "Periodical Index",
        "Personal Narrative", "Portrait", "Practice Guideline", "Pragmatic Clinical Trial", "Preprint", "Published Erratum",
        "Randomized Controlled Trial", "Randomized Controlled Trial, Veterinary", "Research Support, American Recovery and Reinvestment Act",
        "Research Support, N.I.H., Extramural", "Research Support, N.I.H., Intramural", "Research Support, Non-U.S. Gov't",
        "Research Support, U.S. Gov't, Non-P.H.S.", "Research Support, U.S. Gov't, P.H.S.", "Retracted Publication",
        "Retraction of Publication", "Review", "Scientific Integrity Review", "Scoping Review", "Systematic Review", "Technical Report",
        "Twin Study", "Validation Study", "Video-Audio Media", "Webcast",
    ]
}
