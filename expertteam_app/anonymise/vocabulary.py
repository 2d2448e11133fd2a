"""Youth-care words that must survive scrubbing: a learning table cannot learn from a text in
which "wachtlijst" or "Veilig Thuis" became a label. A span whose whole text is one of these
is never replaced, whichever layer found it."""

from __future__ import annotations

import re

_WORDS = """
aanbieder aanbieders aanmelding adhd add afwijzing afgewezen ambulant ambulante
autisme autismespectrumstoornis ass angststoornis angst agressie alcohol
bedplaatsing begeleiding begeleid beschermd bewind bewindvoering bewindvoerder
bindend advies budget buurtteam casus casusregie casuscoördinator centrum cce cjg
consultatiebureau crisis crisisdienst crisisopvang crisisplaatsing crisismaatregel
dagbesteding dagbehandeling depressie diagnostiek dossier drugs ehbo
expertteam regionaal expertteam gemeente gemeenten gezinshuis gezinshuizen gezinscoach
gezinsbehandeling gezinsvoogd gezinsvoogdij ggz jeugd-ggz jggz ggd gi gecertificeerde instelling
gesloten jeugdzorg gedragsproblemen gedragsstoornis hechtingsproblematiek hulpverlening
hulpverlener hulpvraag huisarts huisartsen huisvesting indicatie instelling internaat
jeugdarts jeugdbescherming jeugdreclassering jeugdhulp jeugdhulpaanbieder jeugdzorg
jeugdzorgplus jeugdzorg plus jeugdwet jeugdregio jgz kinderbescherming
raad voor de kinderbescherming kinderrechter kinder- en jeugdpsychiatrie
kinderpsychiater kinderpsychiatrie kinderarts kliniek klinisch klinische leerplicht
leerplichtambtenaar leerplichtig lvb licht verstandelijke beperking mentor mst fft iag
ondertoezichtstelling ots uithuisplaatsing uhp voogdij onderwijs onderwijszorgconsulent
opvang pgb pleeggezin pleegouders pleegouder pleegzorg politie psychiater psycholoog
psychiatrie psychose regio residentieel residentiële respijtzorg school schoolverzuim
schooluitval schuldhulpverlening schuldhulp schulden sociaal wijkteam sociale kaart
speciaal onderwijs so vso samenwerkingsverband thuiszitter thuiszitters trauma
verslaving verslavingszorg verwijzer verwijzing veilig thuis vt wachtlijst wachtlijsten
wachttijd wijkteam wijkteams wlz wmo woonplaatsbeginsel zorg zorgaanbieder
zorgaanbieders zorgcoördinator zvw beschermd wonen begeleid wonen kamertraining
jongerenwerk jongerenwerker maatschappelijk werk schoolmaatschappelijk werk
ib'er intern begeleider zorgcoördinator zorgplicht passend onderwijs
plaatsingstafel jeugdhulpregio regiovisie landelijke steunstructuur ovk ots-maatregel
machtiging gesloten machtiging spoedmachtiging jeugdzorgaanbieder behandelaar
behandeling therapie emdr systeemtherapie gezinstherapie opname
ouders moeder vader broer zus stiefvader stiefmoeder oma opa pleegmoeder pleegvader
jeugdige jongere kind kinderen gezin zoon dochter oom tante neef nicht partner ex-partner
vriend vriendin buurman buurvrouw docent leerkracht leerling grootouders broertje zusje
halfbroer halfzus vriendje vriendinnetje gezinsvoogd jeugdconsulent consulent casemanager
bsn vt-nummer parketnummer dossiernummer zaaknummer
"""

_PHRASES = [line.strip() for line in _WORDS.split("\n")]
VOCABULARY: frozenset[str] = frozenset(
    word for line in _PHRASES for word in line.split() if word
) | frozenset(
    # Multi-word terms, kept whole as well.
    (
        "veilig thuis",
        "raad voor de kinderbescherming",
        "regionaal expertteam",
        "gecertificeerde instelling",
        "sociaal wijkteam",
        "jeugdzorg plus",
        "licht verstandelijke beperking",
        "beschermd wonen",
        "begeleid wonen",
        "maatschappelijk werk",
        "bindend advies",
        "landelijke steunstructuur",
        "speciaal onderwijs",
        "passend onderwijs",
        "intern begeleider",
        "sociale kaart",
        "gesloten jeugdzorg",
        "kinder- en jeugdpsychiatrie",
    )
)

# Capitalised words that name no one: languages, nationalities, holidays, laws, apps. Kept
# when they stand alone (a learning table may need "spreekt Arabisch").
_COMMON = """
nederland nederlands nederlandse engels engelse arabisch arabische turks turkse marokkaans
marokkaanse syrisch syrische syrië eritrees eritrese eritrea pools poolse surinaams
surinaamse antilliaans antilliaanse somalisch somalische afghaans afghaanse koerdisch
koerdische duits duitse frans franse spaans spaanse belgisch belgische europees europese
islamitisch islamitische christelijk christelijke joods joodse hindoestaans hindoestaanse
kerst kerstmis pasen pinksteren ramadan suikerfeest offerfeest sinterklaas oud nieuw
jeugdwet wmo wlz zvw participatiewet covid corona whatsapp instagram snapchat tiktok
facebook youtube google teams zoom ikea
fam tel mob dhr mw mevr dr drs ir mr ing prof nr zn ca
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april
mei juni juli augustus september oktober november december
"""
COMMON_PROPER_WORDS: frozenset[str] = frozenset(_COMMON.split())

# Words that name the kind of an institution, not which one it is.
_GENERIC = """
    obs cbs pcbs rkbs rk pc ibs sbo so vso bso kdv kinderdagverblijf peuterspeelzaal
    basisschool school scholen scholengemeenschap college lyceum gymnasium atheneum
    mavo havo vwo vmbo praktijkonderwijs mbo hbo roc isk stichting praktijk
    huisartsenpraktijk kinderpraktijk centrum centre zorg jeugdzorg jeugdhulp ggz jeugd-ggz
    kliniek ziekenhuis instelling vereniging groep team wijkteam buurtteam gemeente
    jeugdteam gezinsteam ouder-kindteam jongerenteam
    kinderopvang logeerhuis zorgboerderij woongroep leefgroep gezinshuis jeugdbescherming
    jeugdreclassering huisartsenpost apotheek woningcorporatie woonstichting opvang
    de het 't van voor en in op der den
"""
GENERIC_INSTITUTION_WORDS = frozenset(_GENERIC.split())

_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def is_domain_term(text: str) -> bool:
    """True when the whole text (ignoring case, spacing and edge punctuation) is a domain
    word or phrase."""
    key = " ".join(_EDGE.sub("", text).split()).casefold()
    return bool(key) and key in VOCABULARY
