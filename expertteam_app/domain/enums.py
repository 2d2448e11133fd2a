"""The closed vocabularies of the domain, each value with its Dutch and English label.

Values are stored in the database as the enum's `value`; roles and statuses use the Dutch
words the teams use (the register template and the CLI speak them too).
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a Dutch and an English label."""

    label_nl: str
    label_en: str

    def __new__(cls, value: str, label_nl: str = "", label_en: str = "") -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label_nl = label_nl or value
        obj.label_en = label_en or label_nl or value
        return obj

    def label(self, language: str = "nl") -> str:
        return self.label_en if language.startswith("en") else self.label_nl


class Role(LabelledEnum):
    BEHEERDER = ("beheerder", "Beheerder", "Administrator")
    VOORZITTER = ("voorzitter", "Voorzitter", "Chair")
    COORDINATOR = ("coordinator", "Casuscoördinator", "Case coordinator")
    LID = ("lid", "Lid expertteam", "Team member")


class CaseStatus(LabelledEnum):
    AANGEMELD = ("aangemeld", "Aangemeld", "Registered")
    IN_BEHANDELING = ("in_behandeling", "In behandeling", "In preparation")
    GEAGENDEERD = ("geagendeerd", "Geagendeerd", "On the agenda")
    ADVIES_UITGEBRACHT = ("advies_uitgebracht", "Advies uitgebracht", "Advice issued")
    IN_UITVOERING = ("in_uitvoering", "In uitvoering", "Care under way")
    AFGESLOTEN = ("afgesloten", "Afgesloten", "Closed")
    NIET_ONTVANKELIJK = ("niet_ontvankelijk", "Niet ontvankelijk", "Not admissible")
    OPGESCHAALD = ("opgeschaald", "Opgeschaald", "Escalated")


class Gender(LabelledEnum):
    MALE = ("male", "Jongen / man", "Boy / man")
    FEMALE = ("female", "Meisje / vrouw", "Girl / woman")
    OTHER = ("other", "Anders / X", "Other / X")
    UNKNOWN = ("unknown", "Onbekend", "Unknown")


class Urgency(LabelledEnum):
    REGULAR = ("regular", "Regulier", "Regular")
    URGENT = ("urgent", "Urgent", "Urgent")
    CRISIS = ("crisis", "Crisis", "Crisis")


class ReferrerType(LabelledEnum):
    LOCAL_TEAM = ("local_team", "Lokaal team / wijkteam", "Local or district team")
    CERTIFIED_INSTITUTION = (
        "certified_institution",
        "Gecertificeerde instelling (GI)",
        "Certified youth-protection institution",
    )
    GENERAL_PRACTITIONER = ("general_practitioner", "Huisarts", "General practitioner")
    YOUTH_DOCTOR = ("youth_doctor", "Jeugdarts", "Youth doctor")
    MEDICAL_SPECIALIST = ("medical_specialist", "Medisch specialist", "Medical specialist")
    PROVIDER = ("provider", "Jeugdhulpaanbieder", "Youth-care provider")
    MUNICIPALITY = ("municipality", "Gemeente", "Municipality")
    OTHER = ("other", "Anders", "Other")


class Relation(LabelledEnum):
    MOTHER = ("mother", "Moeder", "Mother")
    FATHER = ("father", "Vader", "Father")
    PARENT = ("parent", "Ouder", "Parent")
    STEP_PARENT = ("step_parent", "Stiefouder", "Step-parent")
    FOSTER_PARENT = ("foster_parent", "Pleegouder", "Foster parent")
    GUARDIAN = ("guardian", "Voogd", "Guardian")
    SIBLING = ("sibling", "Broer of zus", "Sibling")
    GRANDPARENT = ("grandparent", "Grootouder", "Grandparent")
    OTHER = ("other", "Anders", "Other")


class ConsentParty(LabelledEnum):
    YOUNG_PERSON = ("young_person", "Jeugdige", "Young person")
    CUSTODIAN = ("custodian", "Ouder of voogd met gezag", "Parent or guardian with custody")


class ConsentScope(LabelledEnum):
    REGISTRATION = (
        "registration",
        "Aanmelding en uitwisseling van gegevens",
        "Registration and exchange of information",
    )
    MEETING = ("meeting", "Bespreking in het overleg", "Discussion in the team meeting")


class SuspensionReason(LabelledEnum):
    WAITING_FOR_CONSENT = ("waiting_for_consent", "Wachten op toestemming", "Waiting for consent")
    WAITING_FOR_INFORMATION = (
        "waiting_for_information",
        "Wachten op informatie",
        "Waiting for information",
    )
    OTHER = ("other", "Anders", "Other")


class ListKind(LabelledEnum):
    """Managed lists a team can extend; each item has a stable code and a label."""

    PROBLEM_AREA = ("problem_area", "Leefgebied", "Problem area")
    BOTTLENECK = ("bottleneck", "Knelpunt", "Bottleneck")
    OFFER_CATEGORY = ("offer_category", "Aanbod (soort hulp)", "Kind of care")
    CLOSING_RESULT = ("closing_result", "Resultaat bij afsluiten", "Result at closing")
    THEME = ("theme", "Thema (leertafel)", "Theme (learning table)")


class AuditAction(LabelledEnum):
    """NEN 7513 kinds of access, plus the session events that frame them."""

    READ = ("read", "Ingezien", "Read")
    CREATE = ("create", "Aangemaakt", "Created")
    CHANGE = ("change", "Gewijzigd", "Changed")
    DELETE = ("delete", "Verwijderd", "Deleted")
    SEARCH = ("search", "Gezocht", "Searched")
    PRINT = ("print", "Afgedrukt", "Printed")
    EXPORT = ("export", "Geëxporteerd", "Exported")
    UNLOCK = ("unlock", "Ontgrendeld", "Unlocked")
    ADMIN = ("admin", "Beheer", "Administration")


class AuditOutcome(LabelledEnum):
    SUCCESS = ("success", "Gelukt", "Success")
    REFUSED = ("refused", "Geweigerd", "Refused")
    FAILED = ("failed", "Mislukt", "Failed")


class GuestRole(LabelledEnum):
    """Who joins a meeting from outside the team, for one case or the whole meeting."""

    REFERRER = ("referrer", "Verwijzer", "Referrer")
    PARENT = ("parent", "Ouder of voogd", "Parent or guardian")
    YOUNG_PERSON = ("young_person", "Jeugdige", "Young person")
    PROFESSIONAL = ("professional", "Betrokken professional", "Professional involved")
    OTHER = ("other", "Anders", "Other")


class RecipientKind(LabelledEnum):
    """The parties a binding advice goes to."""

    REFERRER = ("referrer", "Verwijzer", "Referrer")
    PROVIDER = ("provider", "Jeugdhulpaanbieder", "Youth-care provider")
    MUNICIPALITY = ("municipality", "Gemeente", "Municipality")
    PARENTS = ("parents", "Ouders of voogd", "Parents or guardian")
    YOUNG_PERSON = ("young_person", "Jeugdige", "Young person")
    OTHER = ("other", "Anders", "Other")


class CareAnswer(LabelledEnum):
    """A provider's answer to an advised care item."""

    ACCEPTED = ("accepted", "Geaccepteerd", "Accepted")
    DECLINED = ("declined", "Geweigerd", "Declined")


class CareUpdateKind(LabelledEnum):
    """An entry on a care item's timeline: a note, or a recorded fact."""

    NOTE = ("note", "Notitie", "Note")
    ANSWER = ("answer", "Antwoord aanbieder", "Provider's answer")
    START = ("start", "Start hulp", "Care started")
    END = ("end", "Einde hulp", "Care ended")


class GoalOutcome(LabelledEnum):
    ACHIEVED = ("achieved", "Behaald", "Achieved")
    PARTLY = ("partly", "Deels behaald", "Partly achieved")
    NOT_ACHIEVED = ("not_achieved", "Niet behaald", "Not achieved")
    NOT_EVALUABLE = ("not_evaluable", "Niet te beoordelen", "Not evaluable")


class FundingDecision(LabelledEnum):
    REQUESTED = ("requested", "Aangevraagd", "Requested")
    COMMITTED = ("committed", "Toegezegd", "Committed")
    REFUSED = ("refused", "Geweigerd", "Refused")
    DISPUTED = ("disputed", "Betwist", "Disputed")


class DisputeSubject(LabelledEnum):
    """What a funding dispute between parties is about."""

    RESIDENCE_PRINCIPLE = (
        "residence_principle",
        "Woonplaatsbeginsel (welke gemeente betaalt)",
        "Residence principle (which municipality pays)",
    )
    LEGAL_DOMAIN = (
        "legal_domain",
        "Wettelijk kader (Jeugdwet, Wlz, Zvw, Wmo)",
        "Legal domain (Youth Act, Wlz, Zvw, Wmo)",
    )
    AMOUNT = ("amount", "Tarief of bedrag", "Rate or amount")
    NECESSITY = ("necessity", "Noodzaak van de hulp", "Necessity of the care")
    OTHER = ("other", "Anders", "Other")


class EscalationLevel(LabelledEnum):
    REGIONAL_ENFORCEMENT = (
        "regional_enforcement",
        "Regionale doorzettingsmacht",
        "Regional enforcement (doorzettingsmacht)",
    )
    SUPRA_REGIONAL = (
        "supra_regional",
        "Bovenregionaal expertteam",
        "Supra-regional expert team",
    )
    NATIONAL = (
        "national",
        "Landelijke steunstructuur (CCE)",
        "National support structure (CCE)",
    )


class BigFiveArea(LabelledEnum):
    """The five areas tracked from 16.5 years so that care does not break at 18."""

    SUPPORT = ("support", "Ondersteuning en hulp", "Support and care")
    HOUSING = ("housing", "Wonen", "Housing")
    SCHOOL_WORK = ("school_work", "School of werk", "School or work")
    INCOME = ("income", "Inkomen", "Income")
    WELLBEING = ("wellbeing", "Welzijn en netwerk", "Wellbeing and network")


class BigFiveStatus(LabelledEnum):
    OPEN = ("open", "Nog niet geregeld", "Not arranged yet")
    IN_PROGRESS = ("in_progress", "Mee bezig", "In progress")
    ARRANGED = ("arranged", "Geregeld", "Arranged")
    NOT_NEEDED = ("not_needed", "Niet nodig", "Not needed")


class SignalKind(LabelledEnum):
    """What the work list (werklijst) can ask of a person, computed from the data."""

    LEAD_TIME = ("lead_time", "Doorlooptijd tot advies", "Lead time to advice")
    LATE_START = ("late_start", "Hulp niet op tijd gestart", "Care not started in time")
    NO_ANSWER = ("no_answer", "Aanbieder heeft niet geantwoord", "Provider has not answered")
    FUNDING_UNDECIDED = (
        "funding_undecided",
        "Financiering nog niet besloten",
        "Funding not decided",
    )
    EVALUATION_DUE = ("evaluation_due", "Doelevaluatie", "Goal evaluation due")
    TURNING_18 = ("turning_18", "Wordt 18", "Turning 18")
    NO_PREPARATION = (
        "no_preparation",
        "Geagendeerd zonder voorbereiding",
        "On the agenda without preparation",
    )
