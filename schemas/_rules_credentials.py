"""Every credential the extractor knows, one record each (docs/extraction.md, "How to add").

To add a credential, add one ``Credential`` here: schemas.vocab.CERTIFICATIONS (the codes of the
public contract), matcher's code regex, its trigger prefixes and the spelled-out names are all
built from this list. tests/matcher/test_rules.py checks that ``"<code> required."`` and ``"<name>
required."`` extract the code, and each ``examples`` / ``near_misses`` sentence.
"""

from __future__ import annotations

from typing import Final

from schemas._rule import Credential

C = Credential

CREDENTIALS: Final[tuple[Credential, ...]] = (
    C(
        "RHIT",
        "Registered Health Information Technician",
        "AHIMA",
        names=("registered health information technologist",),
        examples=("R.H.I.T. strongly preferred.",),
        near_misses=("RHITS required.", "XRHIT required.", "RHIT eligible."),
    ),
    C("RHIA", "Registered Health Information Administrator", "AHIMA"),
    C("CCA", "Certified Coding Associate", "AHIMA"),
    C("CCS", "Certified Coding Specialist", "AHIMA", near_misses=("CCSX required.",)),
    C(
        "CCS-P",
        "Certified Coding Specialist - Physician-based",
        "AHIMA",
        names=(
            "certified coding specialist physician",
            "certified coding specialist physician based",
        ),
        code_variants=(r"CCS[- ]?Physician",),
        examples=("CCS-Physician required.",),
    ),
    C("CHDA", "Certified Health Data Analyst", "AHIMA"),
    C("CDIP", "Certified Documentation Integrity Practitioner", "AHIMA"),
    C("CHTS", "Certified Healthcare Technology Specialist", "AHIMA"),
    C("CPC", "Certified Professional Coder", "AAPC", near_misses=("CPCS required.",)),
    C(
        "CPC-A",
        "Certified Professional Coder - Apprentice",
        "AAPC",
        names=("certified professional coder apprentice",),
        code_variants=(r"CPC[- ]Apprentice",),
        examples=("CPC-Apprentice required.",),
    ),
    C("COC", "Certified Outpatient Coder", "AAPC"),
    C("CRC", "Certified Risk Adjustment Coder", "AAPC"),
    C("CIC", "Certified Inpatient Coder", "AAPC"),
    C("CPB", "Certified Professional Biller", "AAPC"),
    C(
        "CBCS",
        "Certified Billing and Coding Specialist",
        "NHA",
        names=(
            "certified billing coding specialist",
            "certified medical billing and coding specialist",
        ),
    ),
    C(
        "CMAA",
        "Certified Medical Administrative Assistant",
        "NHA",
        names=("certified medical administrative assistant",),
    ),
    C(
        "CEHRS",
        "Certified Electronic Health Records Specialist",
        "NHA",
        names=(
            "certified electronic health record specialist",
            "certified ehr specialist",
        ),
    ),
    C("CCMA", "Certified Clinical Medical Assistant", "NHA"),
    C("CMRS", "Certified Medical Reimbursement Specialist", "AMBA"),
    C("CTR", "Certified Tumor Registrar", "NCRA"),
    C("CRCR", "Certified Revenue Cycle Representative", "HFMA"),
    C("CHAA", "Certified Healthcare Access Associate", "NAHAM"),
    C("CPAR", "Certified Patient Account Representative", "AAHAM"),
    C(
        "CMA",
        "Certified Medical Assistant",
        "AAMA",
        near_misses=("CMA (certified medication aide) required.",),
    ),
    C("RMA", "Registered Medical Assistant", "AMT"),
)
