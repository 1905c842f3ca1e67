#!/usr/bin/env python3
"""Synthetic knowledge packs for benchmarking kx, in kx's exact pack format.

    python3 Benchmarks/generate.py --relations 10000 --out DIR [--seed 1] [--one-document]

Writes DIR/schema.yaml (a copy of Knowledge/schema.yaml), one pack folder per document
(DIR/syn-000000/{source.txt,facts.yaml}, ...) and DIR/benchmark.json (what was generated and the
entities the benchmark queries name). Load it with `kx --knowledge DIR`.

Each document is generated prose shaped like an abstract: a header (Title, Authors, Journal, DOI,
Publication type), then sentences about about 50 entities (drugs, agent groups, treatments,
trials, registries, questions, populations, evidence, effects, practices, developments, the
publication and its authors) with about 98 relations and 280 quotes. Every entity, attribute and
relation carries a quote that occurs verbatim, as whole words, in its own document's source.txt
(the generator checks this before writing). Only kinds, attributes and relations of the schema
are used, within each relation's domain and range.

Entities shared across documents (drugs, agent groups, treatments such as `no-trastuzumab`,
`placebo` or `lapatinib-monotherapy`, and authors) use the same id, kind, name and attributes in
every pack that declares them, so kx merges them into one entity. About 5% of trials have
`no-trastuzumab` as their control arm, so `trials where control=no-trastuzumab` returns a few % of
the trials.

The total number of relations is exactly --relations; the last document is cut short to get
there. --one-document puts everything in one pack (one large source.txt; an id shared by several
generated documents is declared once). Output is a function of --seed and the options only.
Needs only the Python standard library.
"""

import argparse
import json
import math
import os
import random
import re
import shutil
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# --- shared vocabulary ------------------------------------------------------------------------

REAL_DRUGS = [
    ("trastuzumab", "HER2"), ("pertuzumab", "HER2"), ("lapatinib", "HER2 and EGFR"), ("neratinib", "HER2"),
    ("tucatinib", "HER2"), ("margetuximab", "HER2"), ("pyrotinib", "HER2 and EGFR"), ("capecitabine", "thymidylate synthase"),
    ("docetaxel", "microtubules"), ("paclitaxel", "microtubules"), ("vinorelbine", "microtubules"), ("eribulin", "microtubules"),
    ("gemcitabine", "DNA synthesis"), ("carboplatin", "DNA"), ("cisplatin", "DNA"), ("doxorubicin", "topoisomerase II"),
    ("epirubicin", "topoisomerase II"), ("cyclophosphamide", "DNA"), ("fulvestrant", "the estrogen receptor"),
    ("letrozole", "aromatase"), ("anastrozole", "aromatase"), ("exemestane", "aromatase"), ("tamoxifen", "the estrogen receptor"),
    ("bevacizumab", "VEGF"), ("everolimus", "mTOR"), ("palbociclib", "CDK4/6"), ("ribociclib", "CDK4/6"),
    ("abemaciclib", "CDK4/6"), ("olaparib", "PARP"), ("talazoparib", "PARP"), ("pembrolizumab", "PD-1"),
    ("atezolizumab", "PD-L1"), ("alpelisib", "PI3K"), ("denosumab", "RANKL"), ("ixabepilone", "microtubules"),
]
SYNTHETIC_STEMS = ["zano", "velo", "mira", "tesa", "lori", "quina", "bexa", "dora", "fena", "gali", "hiro", "ista",
                   "jora", "kelo", "luma", "nova", "oxa", "pira", "rova", "sila"]
SYNTHETIC_SUFFIXES = [("tinib", "HER2"), ("ciclib", "CDK4/6"), ("parib", "PARP"), ("lisib", "PI3K"), ("zumab", "HER2"),
                      ("limab", "PD-1"), ("mustine", "DNA"), ("taxel", "microtubules")]
DRUGS = REAL_DRUGS + [(stem + suffix, target) for stem in SYNTHETIC_STEMS for suffix, target in SYNTHETIC_SUFFIXES]

GROUPS = [("HER2-targeted agents", "HER2"), ("tyrosine kinase inhibitors", "HER2 and EGFR"), ("CDK4/6 inhibitors", "CDK4/6"),
          ("aromatase inhibitors", "aromatase"), ("anti-PD-1 antibodies", "PD-1"), ("PARP inhibitors", "PARP"),
          ("antibody-drug conjugates", "HER2"), ("PI3K inhibitors", "PI3K"), ("mTOR inhibitors", "mTOR"),
          ("antiangiogenic agents", "VEGF"), ("taxanes", "microtubules"), ("anthracyclines", "topoisomerase II")]
GENERATIONS = ["first", "second", "third"]

FIRST_NAMES = ["Maria", "Jun", "Ana", "Lajos", "Sofia", "Omar", "Grace", "Ivan", "Lena", "Tariq", "Emma", "Kenji", "Nadia",
               "Paolo", "Ruth", "Samir", "Yuki", "Chen", "Fatima", "Hugo", "Ingrid", "Jonas", "Kavya", "Lucas", "Mei",
               "Nils", "Olga", "Pedro", "Rosa", "Sven", "Talia", "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe",
               "Amir", "Bianca", "Carlos"]
LAST_NAMES = ["Keller", "Park", "Silva", "Pusztai", "Rossi", "Haddad", "Okafor", "Petrov", "Lindqvist", "Nakamura", "Moreau",
              "Fischer", "Novak", "Garcia", "Kowalski", "Tanaka", "Hansen", "Costa", "Schmidt", "Ivanova", "Murphy", "Jensen",
              "Dubois", "Yilmaz", "Bauer", "Santos", "Weber", "Horvat", "Brown", "Nguyen", "Kim", "Singh", "Lopez",
              "Meyer", "Sato", "Ahmed", "Klein", "Russo", "Wagner", "Berg", "Varga", "Larsen", "Ortiz", "Mendes",
              "Wolf", "Shah", "Ito", "Cohen", "Fuchs", "Marino"]
PEOPLE = [f"{first} {last}" for last in LAST_NAMES for first in FIRST_NAMES]   # 2,000 authors

JOURNALS = ["Cancer Invest.", "J Clin Oncol.", "Breast Cancer Res Treat.", "Ann Oncol.", "Lancet Oncol.", "Clin Breast Cancer.",
            "Oncologist.", "Eur J Cancer.", "Breast.", "Cancer Treat Rev."]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PUB_TYPES = [("Review", "review"), ("Clinical Trial", "trial-report"), ("Meta-Analysis", "meta-analysis"),
             ("Observational Study", "observational-study"), ("Journal Article", "journal-article")]
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "da", "fe", "gu", "hi", "jo", "be", "ci", "nu", "ta", "wo"]

PHASES = [("phase-1", "phase 1"), ("phase-1-2", "phase 1/2"), ("phase-2", "phase 2"), ("phase-2-3", "phase 2/3"),
          ("phase-3", "phase 3"), ("phase-4", "phase 4"), ("early-phase-1", "early phase 1")]
ALLOCATIONS = [("randomized", "randomized"), ("non-randomized", "non-randomized"), ("single-group", "single-group")]
TRIAL_STATUS = [("planned", "is currently planned"), ("recruiting", "is recruiting"),
                ("active-not-recruiting", "is active but no longer recruiting"), ("completed", "was completed"),
                ("terminated", "was terminated because of slow accrual"), ("stopped-early", "was attempted but failed to accrue patients"),
                ("withdrawn", "was withdrawn before enrolment"), ("suspended", "was suspended")]
STOP_REASONS = {"terminated": "slow accrual", "stopped-early": "failed to accrue patients"}
OUTCOMES = ["survival", "progression-free survival", "quality of life", "response rates", "time to progression"]
IMPORTANCE = [("An", "important"), ("A", "pressing"), ("A", "central"), ("A", "major")]
POP_GROUPS = ["women", "patients", "older women", "premenopausal women", "postmenopausal women", "men and women"]
CONDITIONS = ["HER2-positive metastatic breast cancer", "hormone receptor-positive breast cancer", "triple-negative breast cancer",
              "HER2-positive early breast cancer", "brain metastases from breast cancer", "locally advanced breast cancer"]
POP_SETTINGS = ["after progression on prior {d} therapy", "after relapse following adjuvant {d}", "at first diagnosis of metastatic disease",
                "after two lines of chemotherapy", "during maintenance therapy with {d}"]
DESIGNS = ["randomized clinical trials", "retrospective series", "phase 2 studies", "case reports", "registry data", "pooled analyses"]
AMOUNTS = [("none", "no"), ("little", "little"), ("some", "some"), ("substantial", "substantial")]
EFFECTS = [("toxicity", "cardiac toxicity"), ("toxicity", "hematologic toxicity"), ("side-effect", "diarrhea"),
           ("side-effect", "fatigue"), ("harm", "harm from delayed switching"), ("benefit", "survival benefit"),
           ("benefit", "benefit in response rate")]
SEVERITIES = ["minimal", "modest", "moderate", "severe"]
PREVALENCE = ["wide spread", "common", "rare", "increasingly common"]
DEV_STATUS = [("anticipated", "anticipated"), ("under-way", "ongoing"), ("happened", "recent")]
DURATIONS = ["for one year", "for six months", "until progression", "for two years"]
SCOPES = ["central", "local", "national", "international"]
REG_STATUS = [("planned", "is planned"), ("initiated", "was initiated"), ("active", "is active"), ("closed", "was closed")]


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def zipf_index(rng, n, s=1.1):
    """An index in [0, n) drawn with probability proportional to 1/(i+1)^s (low indexes common)."""
    weights = ZIPF_CACHE.get((n, s))
    if weights is None:
        cumulative, total = [], 0.0
        for i in range(n):
            total += 1.0 / (i + 1) ** s
            cumulative.append(total)
        weights = ZIPF_CACHE[(n, s)] = cumulative
    x = rng.random() * weights[-1]
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if weights[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


ZIPF_CACHE = {}


def code_for(index):
    """A pronounceable code unique to the document index ('Kalomine')."""
    if index < 160000:
        index = (index * 7919 + 12345) % 160000   # a bijection on 0..159999 that spreads neighbouring codes
    parts = []
    for _ in range(4):
        parts.append(SYLLABLES[index % len(SYLLABLES)])
        index //= len(SYLLABLES)
    while index:
        parts.append(SYLLABLES[index % len(SYLLABLES)])
        index //= len(SYLLABLES)
    return "".join(parts).capitalize()


def y(text):
    """A YAML double-quoted scalar."""
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


class Document:
    """One generated document: its prose and its facts."""

    def __init__(self, index):
        self.id = f"syn-{index:06d}"
        self.sentences = []        # body sentences
        self.header = []           # "Key: value" lines
        self.entities = {}         # id -> dict(kind, name, quotes, attributes: [(name, value, quote, extra)], aliases)
        self.relations = []        # dict(subject, type, object, quote, extra)
        self.citation = ""
        self.date = ""

    def entity(self, id, kind, name, quote, aliases=None):
        if id not in self.entities:
            self.entities[id] = {"kind": kind, "name": name, "quotes": [quote], "attributes": [], "aliases": aliases or []}
        return id

    def attribute(self, id, name, value, quote, **extra):
        self.entities[id]["attributes"].append((name, value, quote, extra))

    def relate(self, subject, type, object, quote, **extra):
        self.relations.append({"subject": subject, "type": type, "object": object, "quote": quote, "extra": extra})

    def say(self, sentence):
        self.sentences.append(sentence)
        return sentence

    def source(self):
        body = " ".join(self.sentences)
        return "\n".join(self.header) + "\n\nAbstract\n\n" + body + "\n"


def make_document(index, seed):
    rng = random.Random(f"kx-bench:{seed}:{index}")
    doc = Document(index)
    code = code_for(index)
    CODE = code.upper()

    # --- drugs, focus first; trastuzumab is the corpus's common drug --------------------------------
    focus = 0 if rng.random() < 0.35 else zipf_index(rng, len(DRUGS))
    drug_indexes = [focus]
    while len(drug_indexes) < 5:
        i = zipf_index(rng, len(DRUGS))
        if i not in drug_indexes:
            drug_indexes.append(i)
    if 0 not in drug_indexes and rng.random() < 0.5:
        drug_indexes[-1] = 0
    drugs = [DRUGS[i] for i in drug_indexes]
    drug_ids = [slug(name) for name, _ in drugs]
    focus_name = drugs[0][0]

    # --- header and publication -------------------------------------------------------------------
    authors = []
    while len(authors) < 3:
        person = PEOPLE[zipf_index(rng, len(PEOPLE), 0.8)]
        if person not in authors:
            authors.append(person)
    year = 1998 + rng.randrange(27)
    month = rng.randrange(12)
    volume = 10 + rng.randrange(90)
    issue = 1 + rng.randrange(12)
    first_page = 100 + rng.randrange(800)
    pages = f"{first_page}-{(first_page + 3 + rng.randrange(12)) % 100:02d}"
    journal = rng.choice(JOURNALS)
    type_label, type_value = rng.choice(PUB_TYPES)
    title = f"The {code} studies of {focus_name} and {drugs[1][0]} in {rng.choice(CONDITIONS)}"
    doi = f"10.5555/kx.{index}"
    author_line = f"Authors: {authors[0]}, {authors[1]} and {authors[2]}"
    doc.header = [f"Title: {title}", author_line, f"Journal: {journal} {year} {MONTHS[month]};{volume}({issue}):{pages}.",
                  f"DOI: {doi}", f"Publication type: {type_label}"]
    doc.citation = f"{authors[0].split()[-1]} {authors[0].split()[0][0]}, et al. {title}. {journal} {year} {MONTHS[month]};{volume}({issue}):{pages}. doi:{doi}"
    doc.date = f"{year}-{month + 1:02d}"
    pub = doc.entity(doc.id, "publication", title, f"Title: {title}")
    doc.attribute(pub, "title", title, f"Title: {title}")
    doc.attribute(pub, "journal", journal, f"Journal: {journal}")
    doc.attribute(pub, "date", doc.date, f"{year} {MONTHS[month]}")
    doc.attribute(pub, "volume", str(volume), f"{volume}({issue})")
    doc.attribute(pub, "issue", str(issue), f"{volume}({issue})")
    doc.attribute(pub, "pages", pages, pages)
    doc.attribute(pub, "doi", doi, f"DOI: {doi}")
    doc.attribute(pub, "type", type_value, f"Publication type: {type_label}")
    for k, person in enumerate(authors):
        pid = doc.entity(slug(person), "person", person, person)
        doc.relate(pub, "first_author" if k == 0 else "author", pid, author_line)

    # --- drugs ---------------------------------------------------------------------------------------
    for (name, target), did in zip(drugs, drug_ids):
        doc.entity(did, "drug", name, name, aliases=["Herceptin"] if did == "trastuzumab" else None)
        quote = doc.say(f"The agent {name} is directed at {target}.")
        doc.attribute(did, "target", target, f"{name} is directed at {target}")
    if "trastuzumab" in drug_ids:
        doc.say("Trastuzumab is also sold as Herceptin.")

    # --- agent groups ----------------------------------------------------------------------------------
    groups = []
    for _ in range(2):
        g = zipf_index(rng, len(GROUPS) * len(GENERATIONS), 0.7)
        base, target = GROUPS[g % len(GROUPS)]
        generation = GENERATIONS[g // len(GROUPS)]
        name = f"{generation} generation {base}"
        gid = slug(name)
        if gid in doc.entities:
            continue
        doc.entity(gid, "agent-group", name, name)
        doc.say(f"We also considered {name}, which are directed at {target}.")
        doc.attribute(gid, "generation", generation, f"{generation} generation")
        doc.attribute(gid, "target", target, f"directed at {target}")
        groups.append((gid, name))

    # --- treatments ------------------------------------------------------------------------------------
    treatments = []           # (id, name) usable as experimental arms
    monos = []
    for did, (name, _) in list(zip(drug_ids, drugs))[:3]:
        tid = doc.entity(f"{did}-monotherapy", "treatment", f"{name} monotherapy", f"{name} monotherapy")
        doc.say(f"Some patients received {name} monotherapy.")
        doc.relate(tid, "uses", did, f"received {name} monotherapy")
        monos.append((tid, f"{name} monotherapy"))
    cont_id = doc.entity(f"{doc.id}-continued-{drug_ids[0]}", "treatment", f"continued {focus_name} after progression",
                         f"continued {focus_name} after progression")
    duration = rng.choice(DURATIONS)
    doc.say(f"Another strategy is continued {focus_name} after progression on prior {focus_name} therapy, given {duration}.")
    doc.attribute(cont_id, "setting", f"after progression on prior {focus_name} therapy", f"after progression on prior {focus_name} therapy")
    doc.attribute(cont_id, "duration", duration, f"given {duration}")
    doc.relate(cont_id, "uses", drug_ids[0], f"continued {focus_name} after progression")
    combo_name = f"{drugs[1][0]} plus {drugs[2][0]}"
    combo_id = doc.entity(f"{doc.id}-{drug_ids[1]}-plus-{drug_ids[2]}", "treatment", combo_name, combo_name)
    doc.say(f"A combination of {combo_name} was given at first diagnosis of metastatic disease.")
    doc.attribute(combo_id, "setting", "at first diagnosis of metastatic disease", "at first diagnosis of metastatic disease")
    doc.relate(combo_id, "uses", drug_ids[1], f"combination of {combo_name}")
    doc.relate(combo_id, "uses", drug_ids[2], f"combination of {combo_name}")
    switch_name = f"switching to {groups[0][1]}"
    switch_id = doc.entity(f"{doc.id}-switching", "treatment", switch_name, switch_name)
    doc.say(f"Others proposed {switch_name} instead.")
    doc.relate(switch_id, "uses", groups[0][0], f"proposed {switch_name}")
    treatments = monos + [(cont_id, f"continued {focus_name} after progression"), (combo_id, combo_name), (switch_id, switch_name)]
    placebo_used = chemo_used = notrast_used = False

    # --- populations ---------------------------------------------------------------------------------
    populations = []
    for k in range(4):
        group = rng.choice(POP_GROUPS)
        condition = rng.choice(CONDITIONS)
        setting = rng.choice(POP_SETTINGS).format(d=rng.choice(drugs)[0])
        name = f"{group} with {condition}"
        pid = doc.entity(f"{doc.id}-population-{k + 1}", "population", f"{name} {setting}", name)
        doc.entities[pid]["quotes"].append(doc.say(f"The analysis included {name} {setting}."))
        doc.attribute(pid, "condition", condition, condition)
        doc.attribute(pid, "setting", setting, setting)
        populations.append((pid, name))

    # --- questions -----------------------------------------------------------------------------------
    questions = []
    for k in range(5):
        tid, tname = rng.choice(treatments)
        outcome = OUTCOMES[k % len(OUTCOMES)]
        article, importance = rng.choice(IMPORTANCE)
        status_word, status = ("unanswered", "open") if rng.random() < 0.8 else ("answered", "answered")
        pid, pname = rng.choice(populations)
        qname = f"whether {tname} improves {outcome}"
        qid = doc.entity(f"{doc.id}-question-{k + 1}", "question", qname, qname)
        sentence = doc.say(f"{article} {importance} {status_word} question is {qname} for {pname}.")
        doc.attribute(qid, "status", status, f"{status_word} question", **({"as-of": doc.date} if status == "open" else {}))
        doc.attribute(qid, "importance", importance, f"{importance} {status_word} question")
        doc.relate(qid, "concerns", tid, qname)
        doc.relate(qid, "relevant_to", pid, sentence)
        doc.entities[qid]["quotes"].append(sentence)
        if k < 3:
            doc.relate(qid, "concerns", drug_ids[0] if tid != switch_id else groups[0][0], qname, hedge="implied")
        questions.append((qid, qname))

    # --- effects -------------------------------------------------------------------------------------
    effects = []
    for k in range(5):
        etype, word = rng.choice(EFFECTS)
        if k == 0:
            of_id, of_name = drug_ids[0], focus_name
        else:
            of_id, of_name = rng.choice([(did, name) for did, (name, _) in zip(drug_ids, drugs)] + treatments[:4])
        severity = rng.choice(SEVERITIES)
        eid = f"{doc.id}-effect-{k + 1}"
        if etype == "benefit":
            proof = rng.choice(["proven", "unproven"])
            name = f"the {'possible, but unproven,' if proof == 'unproven' else 'proven'} {word} of {of_name}"
            doc.entity(eid, "effect", name, name)
            doc.entities[eid]["quotes"].append(doc.say(f"Investigators discussed {name}."))
            doc.attribute(eid, "type", etype, f"{word} of {of_name}")
            doc.attribute(eid, "proof", proof, name.split(f" {word}")[0].replace("the ", "", 1))
            doc.relate(eid, "effect_of", of_id, f"{word} of {of_name}", **({"hedge": "possible"} if proof == "unproven" else {}))
        else:
            name = f"the {severity} {word} of {of_name}"
            doc.entity(eid, "effect", name, name)
            doc.entities[eid]["quotes"].append(doc.say(f"Investigators reported {name}."))
            doc.attribute(eid, "type", etype, f"{word} of {of_name}")
            doc.attribute(eid, "severity", severity, f"{severity} {word}")
            doc.relate(eid, "effect_of", of_id, f"{word} of {of_name}")
        effects.append((eid, name))

    # --- practices -------------------------------------------------------------------------------------
    practices = []
    for k in range(2):
        did, (dname, _) = (drug_ids[0], drugs[0]) if k == 0 else (drug_ids[1], drugs[1])
        prevalence = rng.choice(PREVALENCE)
        name = f"continued administration of {dname} after progression" if k == 0 else f"routine use of {dname}"
        prid = doc.entity(f"{doc.id}-practice-{k + 1}", "practice", name, name)
        doc.say(f"We describe the {prevalence} practice of {name}.")
        doc.attribute(prid, "prevalence", prevalence, f"{prevalence} practice", **{"as-of": doc.date})
        doc.relate(prid, "uses", did, name)
        if k == 0:
            doc.relate(prid, "concerns", cont_id, name)
        eid, ename = effects[k]
        sentence = doc.say(f"In part, {ename} may account for the {prevalence} practice of {name}.")
        doc.relate(eid, "accounts_for", prid, sentence, hedge="may")
        qid, qname = questions[k + 2]
        sentence = doc.say(f"That practice raises the question {qname}.")
        doc.relate(prid, "gives_rise_to", qid, sentence, hedge="implied")
        practices.append((prid, name))
    for eid, ename in effects:
        target_id, target_name = rng.choice(practices + treatments[3:5])
        sentence = doc.say(f"Clinicians weigh {ename} when deciding on {target_name}.")
        doc.relate(eid, "bears_on", target_id, sentence)

    # --- evidence --------------------------------------------------------------------------------------
    evidence = []
    for k in range(5):
        design = DESIGNS[(k + index) % len(DESIGNS)]
        amount, amount_word = rng.choice(AMOUNTS)
        tid, tname = treatments[(k + 3) % len(treatments)]
        name = f"evidence from {design}"
        vid = doc.entity(f"{doc.id}-evidence-{k + 1}", "evidence", f"{name} on {tname}", name)
        sentence = doc.say(f"There is {amount_word} evidence from {design} to support {tname}.")
        doc.entities[vid]["quotes"].append(sentence)
        doc.attribute(vid, "amount", amount, f"{amount_word} evidence", **{"as-of": doc.date})
        doc.attribute(vid, "design", design, f"from {design}")
        if amount == "none":
            doc.relate(vid, "supports", tid, sentence, negated=True)
        elif amount == "little":
            doc.relate(vid, "supports", tid, sentence, hedge="possible")
        else:
            doc.relate(vid, "supports", tid, sentence)
        qid, qname = questions[k]
        sentence = doc.say(f"Such evidence bears on the question {qname}.")
        doc.relate(vid, "bears_on", qid, sentence, hedge="implied")
        evidence.append((vid, name))

    # --- developments --------------------------------------------------------------------------------
    for k in range(2):
        gid, gname = groups[k % len(groups)]
        status, word = rng.choice(DEV_STATUS)
        name = f"the {word} introduction of {gname} into the clinic"
        devid = doc.entity(f"{doc.id}-development-{k + 1}", "development", name, name)
        qid, qname = questions[(k + 3) % len(questions)]
        sentence = doc.say(f"We expect {name} to raise the question {qname}.")
        doc.attribute(devid, "status", status, f"{word} introduction")
        doc.relate(devid, "concerns", gid, f"introduction of {gname}")
        doc.relate(devid, "gives_rise_to", qid, sentence)

    # --- trials --------------------------------------------------------------------------------------
    for k in range(6):
        tid = f"{doc.id}-trial-{k + 1}"
        name = f"{CODE}-{k + 1} trial"
        allocation, alloc_word = ALLOCATIONS[0] if rng.random() < 0.7 else rng.choice(ALLOCATIONS)
        phase, phase_word = rng.choice(PHASES)
        status, status_phrase = rng.choice(TRIAL_STATUS)
        test_id, test_name = rng.choice(treatments)
        r = rng.random()
        if r < 0.05:
            control_id, control_text = "no-trastuzumab", "no trastuzumab in the control arm"
            notrast_used = True
        elif r < 0.45:
            control_id, control_text = "placebo", "placebo"
            placebo_used = True
        elif r < 0.70:
            control_id, control_text = "standard-chemotherapy", "standard chemotherapy"
            chemo_used = True
        else:
            control_id, control_text = rng.choice([t for t in treatments if t[0] != test_id])
        pid, pname = rng.choice(populations)
        doc.entity(tid, "trial", name, name)
        sentence = doc.say(f"The {name}, a {alloc_word} {phase_word} study, compared {test_name} with {control_text} in {pname}.")
        doc.attribute(tid, "allocation", allocation, f"a {alloc_word} {phase_word} study")
        doc.attribute(tid, "phase", phase, f"{phase_word} study")
        doc.relate(tid, "tests", test_id, f"compared {test_name}")
        doc.relate(tid, "control", control_id, f"with {control_text}")
        doc.relate(tid, "covers", pid, sentence)
        sentence = doc.say(f"The {name} {status_phrase}.")
        doc.entities[tid]["quotes"].append(sentence)
        doc.attribute(tid, "status", status, f"{name} {status_phrase}", **({"as-of": doc.date} if status in ("planned", "recruiting") else {}))
        if status in STOP_REASONS:
            doc.attribute(tid, "stop-reason", STOP_REASONS[status], STOP_REASONS[status])
        if status == "planned":
            doc.attribute(tid, "timing", "prospective", f"{name} {status_phrase}", hedge="implied")
        qid, qname = questions[k % len(questions)]
        sentence = doc.say(f"The {name} was designed to answer the question {qname}.")
        doc.relate(tid, "addresses", qid, sentence)
        if rng.random() < 0.6:
            eid, ename = effects[rng.randrange(len(effects))]
            doc.say(f"Investigators of the {name} studied {ename}.")
            doc.relate(tid, "studies", eid, f"{name} studied {ename}")
        else:
            doc.say(f"Investigators of the {name} studied {test_name} over time.")
            doc.relate(tid, "studies", test_id, f"{name} studied {test_name}")
        if k % 3 != 2:
            vid, vname = evidence[k % len(evidence)]
            sentence = doc.say(f"The {name} began in the absence of {vname}.")
            doc.relate(tid, "in_context_of", vid, sentence)
    if placebo_used:
        doc.entity("placebo", "treatment", "placebo", "with placebo")
    if chemo_used:
        doc.entity("standard-chemotherapy", "treatment", "standard chemotherapy", "with standard chemotherapy")
    if notrast_used:
        doc.entity("no-trastuzumab", "treatment", "no trastuzumab", "with no trastuzumab in the control arm")
        if "trastuzumab" not in doc.entities:
            doc.entity("trastuzumab", "drug", "trastuzumab", "trastuzumab", aliases=["Herceptin"])
            doc.say("The agent trastuzumab is directed at HER2.")
            doc.attribute("trastuzumab", "target", "HER2", "trastuzumab is directed at HER2")
        doc.relate("no-trastuzumab", "uses", "trastuzumab", "no trastuzumab in the control arm", negated=True)

    # --- registries ----------------------------------------------------------------------------------
    for k in range(2):
        rid = f"{doc.id}-registry-{k + 1}"
        name = f"{code}REG{k + 1}"
        url = f"www.{code.lower()}reg{k + 1}.org"
        scope = rng.choice(SCOPES)
        design, design_word = ("longitudinal", "longitudinally") if rng.random() < 0.8 else ("cross-sectional", "at one point in time")
        status, status_phrase = rng.choice(REG_STATUS)
        tid, tname = treatments[(k + index) % len(treatments)]
        pid, pname = populations[k]
        vid, vname = evidence[k]
        purpose = f"to learn about the long term effects of {tname}"
        doc.entity(rid, "registry", name, f"{name}, {url}")
        sentence = doc.say(f"In the absence of {vname}, a {scope} registry program that collects information {design_word} "
                           f"from {pname} {status_phrase} ({name}, {url}) {purpose}.")
        doc.attribute(rid, "url", url, f"{name}, {url}")
        doc.attribute(rid, "scope", scope, f"a {scope} registry program")
        doc.attribute(rid, "design", design, f"collects information {design_word}")
        doc.attribute(rid, "status", status, f"{status_phrase} ({name}")
        doc.attribute(rid, "purpose", purpose, purpose)
        doc.relate(rid, "in_context_of", vid, sentence)
        doc.relate(rid, "covers", pid, f"collects information {design_word} from {pname}")
        doc.relate(rid, "studies", tid, purpose)
        eid, ename = effects[k + 2]
        doc.say(f"The {name} registry also records {ename}.")
        doc.relate(rid, "studies", eid, f"{name} registry also records {ename}")
        qid, qname = questions[k + 1]
        sentence = doc.say(f"The {name} registry may help answer the question {qname}.")
        doc.relate(rid, "addresses", qid, sentence, hedge="may")
    return doc


# --- checking and writing ---------------------------------------------------------------------------

WORD = re.compile(r"\w")


def occurs(quote, source, folded_cache={}):
    """Whether quote occurs in source as whole words (white space folded, case kept)."""
    needle = " ".join(quote.split())
    start = source.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = source[start - 1] if start > 0 else " "
        after = source[end] if end < len(source) else " "
        if not (WORD.match(needle[0]) and WORD.match(before)) and not (WORD.match(needle[-1]) and WORD.match(after)):
            return True
        start = source.find(needle, start + 1)
    return False


def check(doc_id, source, entities, relations):
    folded = " ".join(source.split())
    for id, e in entities.items():
        for quote in e["quotes"]:
            assert occurs(quote, folded), f"{doc_id}: entity {id}: quote not in source: {quote!r}"
        for name, value, quote, _ in e["attributes"]:
            assert occurs(quote, folded), f"{doc_id}: {id}.{name}: quote not in source: {quote!r}"
    for r in relations:
        assert occurs(r["quote"], folded), f"{doc_id}: {r['subject']} {r['type']} {r['object']}: quote not in source: {r['quote']!r}"


def facts_yaml(doc_id, citation, date, entities, relations):
    out = [f"# Synthetic benchmark pack {doc_id}, written by Benchmarks/generate.py; every quote occurs in source.txt.",
           "document:", f"  id: {doc_id}", "  source: source.txt", f"  date: {date}", f"  citation: {y(citation)}", "", "entities:"]
    for id, e in entities.items():
        out.append(f"  - id: {id}")
        out.append(f"    kind: {e['kind']}")
        out.append(f"    name: {y(e['name'])}")
        if e["aliases"]:
            out.append(f"    aliases: [{', '.join(y(a) for a in e['aliases'])}]")
        if len(e["quotes"]) == 1:
            out.append(f"    quote: {y(e['quotes'][0])}")
        else:
            out.append(f"    quote: [{', '.join(y(q) for q in e['quotes'])}]")
        if e["attributes"]:
            out.append("    attributes:")
            by_name = {}
            for name, value, quote, extra in e["attributes"]:
                by_name.setdefault(name, []).append((value, quote, extra))
            for name, items in by_name.items():
                texts = []
                for value, quote, extra in items:
                    parts = [f"value: {y(value)}", f"quote: {y(quote)}"] + [f"{k}: {v}" for k, v in extra.items()]
                    texts.append("{" + ", ".join(parts) + "}")
                out.append(f"      {name}: " + (texts[0] if len(texts) == 1 else "[" + ", ".join(texts) + "]"))
    out.append("")
    out.append("relations:")
    for r in relations:
        extra = "".join(f", {k}: {str(v).lower() if isinstance(v, bool) else v}" for k, v in r["extra"].items())
        out.append(f"  - {{subject: {r['subject']}, type: {r['type']}, object: {r['object']}{extra}, quote: {y(r['quote'])}}}")
    return "\n".join(out) + "\n"


def write_pack(folder, doc_id, source, citation, date, entities, relations, checked=False):
    if not checked:
        check(doc_id, source, entities, relations)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "source.txt"), "w", encoding="utf-8") as f:
        f.write(source)
    with open(os.path.join(folder, "facts.yaml"), "w", encoding="utf-8") as f:
        f.write(facts_yaml(doc_id, citation, date, entities, relations))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--relations", type=int, default=10000, help="total number of relations (default 10000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="output folder (replaced if it holds an earlier output)")
    parser.add_argument("--one-document", action="store_true", help="everything in one pack with one large source.txt")
    args = parser.parse_args()
    if args.relations < 1:
        parser.error("--relations must be positive")
    started = time.time()
    out = args.out
    if os.path.exists(out):
        if os.listdir(out) and not os.path.exists(os.path.join(out, "benchmark.json")):
            sys.exit(f"generate.py: {out} exists and is not an earlier output; not replacing it")
        shutil.rmtree(out)
    os.makedirs(out)
    shutil.copy(os.path.join(REPO, "Knowledge", "schema.yaml"), os.path.join(out, "schema.yaml"))

    total = 0
    index = 0
    entity_ids = set()
    quotes = 0
    one = {"sources": [], "entities": {}, "relations": [], "citations": []}
    last_doc = None
    while total < args.relations:
        doc = make_document(index, args.seed)
        last_relations = len(doc.relations)
        doc.relations = doc.relations[: args.relations - total]
        total += len(doc.relations)
        quotes += sum(len(e["quotes"]) + len(e["attributes"]) for e in doc.entities.values()) + len(doc.relations)
        entity_ids.update(doc.entities)
        if args.one_document:
            # Checked against its own text, which the one source holds verbatim.
            check(doc.id, doc.source(), doc.entities, doc.relations)
            one["sources"].append(doc.source())
            for id, e in doc.entities.items():
                one["entities"].setdefault(id, e)
            one["relations"] += doc.relations
        else:
            write_pack(os.path.join(out, doc.id), doc.id, doc.source(), doc.citation, doc.date, doc.entities, doc.relations)
        last_doc = doc
        index += 1
    documents = index
    if args.one_document:
        source = "\n".join(one["sources"])
        write_pack(os.path.join(out, "syn-all"), "syn-all", source, f"Synthetic benchmark corpus of {documents} abstracts in one document.",
                   "2024", one["entities"], one["relations"], checked=True)
        nodes = sum(4 + 3 * len(e["aliases"]) + 6 * len(e["attributes"]) for e in one["entities"].values()) + 9 * len(one["relations"])
        if nodes > 15_000_000:
            print(f"generate.py: warning: the one facts.yaml has about {nodes:,} YAML nodes; kx refuses files over 16,000,000",
                  file=sys.stderr)
    # The shortest-path query runs between the first trial of the first and of the last complete document.
    complete = documents - 1 if len(last_doc.relations) == last_relations else documents - 2
    path = [f"syn-{0:06d}-trial-1", f"syn-{max(complete, 0):06d}-trial-1"]
    info = {
        "generator": "Benchmarks/generate.py", "seed": args.seed, "relations": total, "documents": 1 if args.one_document else documents,
        "abstracts": documents, "entities": len(entity_ids), "quotes": quotes, "one_document": args.one_document,
        "path": path, "seconds": round(time.time() - started, 2),
    }
    with open(os.path.join(out, "benchmark.json"), "w") as f:
        json.dump(info, f, indent=2)
        f.write("\n")
    print(f"generate.py: {total:,} relations, {len(entity_ids):,} entities, {quotes:,} quotes in {info['documents']:,} "
          f"document(s) under {out} ({info['seconds']} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
