"""Every skill the extractor knows, one record each (docs/extraction.md, "How to add").

To add a skill, add one ``Rule`` here: schemas.vocab.SKILLS (the ids of the public contract and
their labels), matcher's patterns and trigger words are all built from this list. Triggers left
out are derived from the literal words of the patterns. tests/matcher/test_rules.py checks that
every pattern matches one of the examples and no near miss matches.
"""

from __future__ import annotations

from typing import Final

from schemas._rule import Rule

SKILL_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "icd10",
        (r"\bICD[- ]?10\b", r"\bICD[- ]?10[- ](?:CM|PCS)\b", r"\bICD-?CM\b"),
        examples=("Code with ICD-10.", "Knowledge of ICD10-PCS.", "ICD-CM coding"),
        near_misses=("ICD-9 only",),
        triggers=("icd",),
        label="ICD-10-CM/PCS coding",
    ),
    Rule(
        "cpt",
        (r"\bCPT\b",),
        examples=("CPT and modifiers",),
        near_misses=("cpt lowercase is not the code set",),
        triggers=("cpt",),
        label="CPT coding",
        flags=0,
    ),
    Rule(
        "hcpcs",
        (r"\bHCPCS\b",),
        examples=("HCPCS Level II",),
        near_misses=("HCPC",),
        triggers=("hcpcs",),
        label="HCPCS coding",
    ),
    Rule(
        "hipaa",
        (r"\bHIPAA\b",),
        examples=("Follow HIPAA rules.",),
        near_misses=("privacy rules",),
        triggers=("hipaa",),
        label="HIPAA and records privacy",
    ),
    Rule(
        "medical_terminology",
        (
            r"\bmedical terminology\b",
            # the abbreviations of a terse ad or a course name: "Know Med terminology", "Med.
            # terminology", "Med Term", "knowledge of medical terms"
            r"\bmed\.? term(?:inology)?\b",
            r"\bmedical terms\b",
        ),
        examples=(
            "Medical terminology required.",
            "Know Med terminology.",
            "Med. terminology course",
            "Completed Med Term and A&P.",
            "Knowledge of medical terms.",
        ),
        near_misses=("medical billing terms", "med terms of employment", "a medium-term plan"),
        triggers=("terminology", "term", "terms"),
        label="medical terminology",
    ),
    Rule(
        "release_of_information",
        (
            r"\breleas(?:e|es|ing)[- ]of[- ](?:patient |health |medical )?information\b",
            r"\bROI\b",
            r"\breleas(?:e|es|ing) (?:\w+ ){0,2}(?:information|records|copies)\b",
            # the records named first, then released: "requests for copies of resident records
            # and release them", "pull the charts requested and release them securely"; the
            # records' requester between ("scan records requested by our insurance clients, and
            # release them to the client's portal")
            r"\b(?:records|charts|copies)\b[^.;]{0,64}?\breleas(?:e|es|ing) (?:them|it)\b",
        ),
        examples=(
            "Handle release of information requests.",
            "ROI specialist",
            "Releases medical records to patients.",
            "Process requests for copies of records and release them per policy.",
            "Copy or scan records requested by our insurance clients, and release them to the "
            "client's secure portal.",
            "Pull the charts that attorneys and insurers ask us for, then release them.",
        ),
        near_misses=(
            "press release",
            "Release the hold on the account.",
            "Scan the forms and release them to the nurses' station.",
            "File the records in the chart room. Release the hold on the account.",
            "Check records of every shipment against the invoices the vendor sends and release "
            "payment.",
        ),
        triggers=("releas", "roi"),
        label="release of information",
    ),
    Rule(
        "scanning_indexing",
        # the verbs, not "master patient index"
        (
            r"\bscan(?:s|ned|ning|ner|ners)?\b",
            r"(?<!patient )\bindex(?:es|ed|ing)?\b(?! (?:card|number|score|case))",
        ),
        examples=("Scan documents.", "Index records into the chart."),
        near_misses=("Maintain the master patient index.", "body mass index number"),
        triggers=("scan", "index"),
        label="scanning and indexing",
    ),
    Rule(
        "epic",
        (r"\bEpic\b", r"\bEPIC\b"),
        examples=("Epic experience", "EPIC HIM modules"),
        near_misses=("an epic journey",),
        triggers=("epic",),
        label="Epic",
        flags=0,
    ),
    Rule(
        "cerner",
        (r"\bCerner\b", r"\bOracle Health\b"),
        examples=("Cerner users", "Oracle Health EHR"),
        near_misses=("Oracle database",),
        triggers=("cerner", "oracle"),
        label="Oracle Health / Cerner",
    ),
    Rule(
        "meditech",
        (r"\bMeditech\b",),
        examples=("Meditech Expanse",),
        near_misses=("medical tech",),
        triggers=("meditech",),
        label="Meditech",
    ),
    Rule(
        "athenahealth",
        (r"\bathena(?:health|One|Clinicals)?\b",),
        examples=("athenaOne or athenahealth",),
        near_misses=("Athenaeum",),
        triggers=("athena",),
        label="athenahealth",
    ),
    Rule(
        "eclinicalworks",
        (r"\beClinicalWorks\b", r"\beCW\b"),
        examples=("eClinicalWorks (eCW)",),
        near_misses=("clinical works",),
        triggers=("eclinical", "ecw"),
        label="eClinicalWorks",
    ),
    Rule(
        "nextgen",
        (r"\bNextGen\b",),
        examples=("NextGen EHR",),
        near_misses=("next generation",),
        triggers=("nextgen",),
        label="NextGen",
    ),
    Rule(
        "allscripts",
        (r"\bAllscripts\b", r"\bVeradigm\b"),
        examples=("Allscripts or Veradigm",),
        near_misses=("all scripts",),
        triggers=("allscripts", "veradigm"),
        label="Allscripts / Veradigm",
    ),
    Rule(
        "typing",
        (
            r"\btyping\b",
            r"\b\d{2,3} ?(?:wpm|words per minute)\b",
            r"\bkeyboarding\b",
            # the duty said with its verb: "Type letters", "types correspondence and memos"
            r"\btyp(?:e|es|ed) (?:up )?(?:\w+ )?(?:letters|correspondence|memos?|reports|"
            r"documents|envelopes|labels|minutes)\b",
        ),
        examples=(
            "Typing 45 wpm.",
            "40 words per minute",
            "keyboarding skills",
            "Type letters and enter data",
            "type correspondence for the HIM director",
            "Types memos and release letters.",
        ),
        near_misses=(
            "type of work",
            "blood type",
            "document type codes",
            "type 2 diabetes registry",
            "type the patient's name in the search box",
        ),
        triggers=("typing", "wpm", "words per", "keyboard", "type"),
        label="typing speed",
    ),
    Rule(
        "ten_key",
        (r"\b(?:10|ten)[- ]key\b",),
        examples=("10-key by touch", "ten key"),
        near_misses=("key card access",),
        triggers=("key",),
        label="10-key data entry",
    ),
    Rule(
        "microsoft_office",
        (
            r"\bMicrosoft Office\b",
            r"\bMS Office\b",
            r"\bExcel\b",
            r"\bMicrosoft Word\b",
            r"\bOffice 365\b",
            r"\bMicrosoft 365\b",
            r"\bMS Word\b",
            r"\bOutlook\b",
        ),
        examples=(
            "Microsoft Office, MS Office or Excel",
            "Microsoft Word and Office 365",
            "Microsoft 365, MS Word, Outlook",
        ),
        near_misses=("excel at customer care", "the office outlook"),
        triggers=("office", "excel", "word", "365", "outlook"),
        label="Microsoft Office",
        flags=0,
    ),
    Rule(
        "anatomy_physiology",
        (r"\banatomy\b",),
        examples=("Anatomy and physiology course",),
        near_misses=("anatomical",),
        triggers=("anatomy",),
        label="anatomy and physiology",
    ),
    Rule(
        "customer_service",
        (r"\bcustomer[- ]service\b",),
        examples=("Excellent customer-service skills",),
        near_misses=("customer support",),
        triggers=("customer",),
        label="customer service",
    ),
    Rule(
        "billing",
        # billing work, not a billing team named in passing ("help the billing team find a chart")
        # nor a billing firm named as where experience was gained ("a year in a hospital or
        # billing company")
        (
            r"\bbilling\b(?! (?:and|&) coding specialist| (?:team|office|department|staff|"
            r"compan(?:y|ies)|firms?|vendors?|agenc(?:y|ies)|services? (?:company|firm)))",
            r"\b(?:enter|post|posting|entering) charges\b",
            r"\bcharge entry\b",
            r"\b(?:work|working|resolve|resolving) (?:claim |insurance )?denials\b",
        ),
        examples=(
            "Medical billing experience",
            "Post charges daily.",
            "charge entry",
            "Resolve insurance denials.",
        ),
        near_misses=(
            "Help the billing team find a chart.",
            "At least 1 year in a physician practice, hospital or billing company",
            "Experience with a third-party billing firm or vendor",
        ),
        triggers=("billing", "charge", "denial"),
        label="medical billing",
    ),
    Rule(
        "abstracting",
        (
            # the work, or the job ("Abstractor", "as an abstractor"); "abstractors" are most
            # often other staff ("the records for our quality abstractors"), unless hired
            r"\babstract(?:ing|ion|or)\b",
            r"\b(?:hiring|seeks|seeking|wanted|join us as) (?:\w+ ){0,2}abstractors\b",
            r"\babstractors (?:needed|wanted)\b",
            # (two lists joined: "abstracts core measure and registry data")
            r"\babstract(?:s|ed)? (?:[\w-]+ ){0,2}(?:(?:and|&|or) (?:[\w-]+ ){0,2})?(?:data|"
            r"information|records?|codes|documentation|charts?|cases)\b",
            # the verb with what a registrar or quality abstractor lifts from the chart:
            # "abstracts diagnosis, stage and treatment details", "abstracts core measures"
            r"\babstract(?:s|ed)? (?:the |all )?(?:[\w-]+ )?(?:diagnos[ie]s|stag(?:e|ing)|"
            r"treatments?|demographics|(?:core |quality )?measures|data elements|fields|"
            r"variables)\b",
            # or with the chart it lifts from: "abstracts required items from the medical record"
            r"\babstract(?:s|ed)? [^.;]{0,40}?\bfrom (?:the |each |patient |medical |health )*"
            r"(?:records?|charts?|EHR|EMR)\b",
        ),
        examples=(
            "Cancer abstracting",
            "Abstracts data from charts.",
            "abstracts diagnosis, stage and treatment details",
            "Abstracts core measures for the quality team.",
            "Abstracts core measure and registry data for the quality office.",
            "abstracts required items from the medical record",
            "Now hiring clinical data abstractors",
            "Abstractors needed for a remote registry team",
            "Quality Abstractor",
        ),
        near_misses=(
            "abstract art",
            "submit an abstract of your poster",
            "abstracts from the conference",
            "scan the records for our quality abstractors",
        ),
        triggers=("abstract",),
        label="abstracting",
    ),
    Rule(
        "chart_analysis",
        # reading records for completeness, not auditing them ("chart audits" is not this skill)
        (
            r"\b(?:chart|record) (?:analysis|completion)\b",
            r"\bdeficienc(?:y|ies)\b",
            # (not a coder's review for risk adjustment: "HCC chart review", "risk adjustment
            # chart reviews" read charts for codes)
            r"(?<!\bhcc )(?<!\badjustment )chart review\b",
            # records analyzed, or one record analyzed for what it lacks (blind30): "analyzes
            # each record for missing reports", "analyze the chart for incomplete documentation"
            # (a review or check "for completeness" is the clerk's assembly, not this skill:
            # labelled sets)
            r"\banaly[sz](?:e|es|ed|ing)\b (?:\w+ ){0,3}(?:(?:records|charts)\b|(?:record|chart) "
            r"for (?:any |all )?(?:missing|incomplete|unsigned|completeness|deficien))",
        ),
        examples=(
            "Chart analysis",
            "Track deficiencies.",
            "chart review",
            "Analyzes discharged patient records.",
            "analyzes each record for missing reports",
            "Analyze the inpatient chart for incomplete documentation.",
            "analyzing every record for unsigned orders",
            "analyzes the closed record for completeness",
        ),
        near_misses=(
            "Perform chart audits.",
            "HCC chart review for Medicare Advantage plans",
            "Complete risk adjustment chart reviews remotely.",
            "analyze record request volumes for missing days",
            "Check each record for completeness.",
            "analyze the record for coding accuracy",
        ),
        triggers=("chart", "deficien", "record comp", "analy"),
        label="chart analysis and deficiency tracking",
    ),
)
