<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Access log of {reference}</source>
        <translation>Toegangslogboek van {reference}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>By when (DD-MM-YYYY)</source>
        <translation>Wanneer (DD-MM-JJJJ)</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY; an unreadable date is not kept.</source>
        <translation>Typ de datum als DD-MM-JJJJ; een onleesbare datum wordt niet bewaard.</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>Teamlid toevoegen</translation>
    </message>
    <message>
        <source>The new member opens the team database with their own name and this passphrase. Tell it to them in person; they can change it afterwards.</source>
        <translation>Het nieuwe teamlid opent de teamdatabase met de eigen naam en dit wachtwoord. Vertel het persoonlijk; daarna kan het lid het zelf wijzigen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>De eerste beheerder</translation>
    </message>
    <message>
        <source>You manage the team members and the key. Choose a long passphrase: a sentence of a few words works well.</source>
        <translation>U beheert de teamleden en de sleutel. Kies een lang wachtwoord: een zin van een paar woorden werkt goed.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>AdviceEditor</name>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Typ de datum als DD-MM-JJJJ.</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>Versies…</translation>
    </message>
    <message>
        <source>Letter as PDF…</source>
        <translation>Brief als pdf…</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Concept weggooien…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nieuwe versie…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Concept opslaan</translation>
    </message>
    <message>
        <source>Issue advice…</source>
        <translation>Advies uitbrengen…</translation>
    </message>
    <message>
        <source>Only the chair (voorzitter) issues the advice.</source>
        <translation>Alleen de voorzitter brengt het advies uit.</translation>
    </message>
    <message>
        <source>Your role may not export case data.</source>
        <translation>Uw rol mag geen casusgegevens exporteren.</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Advised care</source>
        <translation>In te zetten hulp</translation>
    </message>
    <message>
        <source>No new care needed</source>
        <translation>Geen nieuwe hulp nodig</translation>
    </message>
    <message>
        <source>Why no new care is needed</source>
        <translation>Waarom geen nieuwe hulp nodig is</translation>
    </message>
    <message>
        <source>Add care</source>
        <translation>Hulp toevoegen</translation>
    </message>
    <message>
        <source>Feasible goals</source>
        <translation>Haalbare doelen</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>Case direction and rationale</source>
        <translation>Regie en onderbouwing</translation>
    </message>
    <message>
        <source>Who directs the case (regiehouder)</source>
        <translation>Wie de regie heeft (regiehouder)</translation>
    </message>
    <message>
        <source>Why this care, by these providers, now: the team's reasoning.</source>
        <translation>Waarom deze hulp, door deze aanbieders, nu: de afweging van het team.</translation>
    </message>
    <message>
        <source>Case director</source>
        <translation>Regiehouder</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Addressees of the letter</source>
        <translation>Geadresseerden van de brief</translation>
    </message>
    <message>
        <source>Add addressee</source>
        <translation>Geadresseerde toevoegen</translation>
    </message>
    <message>
        <source>Draft advice — version {n}</source>
        <translation>Conceptadvies — versie {n}</translation>
    </message>
    <message>
        <source>Reason for the new version: {reason}</source>
        <translation>Reden van de nieuwe versie: {reason}</translation>
    </message>
    <message>
        <source>Version {n}, issued on {date} by {name}, stays in force until this version is issued.</source>
        <translation>Versie {n}, uitgebracht op {date} door {name}, blijft van kracht tot deze versie is uitgebracht.</translation>
    </message>
    <message>
        <source>Save the draft as you go; issue it when it is complete.</source>
        <translation>Sla het concept tussentijds op; breng het uit als het compleet is.</translation>
    </message>
    <message>
        <source>The chair (voorzitter) issues the advice once it is complete.</source>
        <translation>De voorzitter brengt het advies uit als het compleet is.</translation>
    </message>
    <message>
        <source>Issued advice — version {n}</source>
        <translation>Uitgebracht advies — versie {n}</translation>
    </message>
    <message>
        <source>Issued on {date} by {name}. Binding: it cannot be changed; a change is a new version with a reason.</source>
        <translation>Uitgebracht op {date} door {name}. Bindend: het kan niet worden gewijzigd; een wijziging is een nieuwe versie met een reden.</translation>
    </message>
    <message>
        <source>Reason for this version: {reason}</source>
        <translation>Reden van deze versie: {reason}</translation>
    </message>
    <message>
        <source>No advice yet</source>
        <translation>Nog geen advies</translation>
    </message>
    <message>
        <source>A case that is '{status}' takes no advice.</source>
        <translation>Bij een casus die '{status}' is, hoort geen advies.</translation>
    </message>
    <message>
        <source>Build the advice below and save it as a draft; the chair issues it.</source>
        <translation>Stel het advies hieronder op en sla het op als concept; de voorzitter brengt het uit.</translation>
    </message>
    <message>
        <source>The chair and the coordinator draft the advice.</source>
        <translation>De voorzitter en de coördinator stellen het advies op.</translation>
    </message>
    <message>
        <source>Superseded: {versions}.</source>
        <translation>Vervangen: {versions}.</translation>
    </message>
    <message>
        <source>version {n} of {date}</source>
        <translation>versie {n} van {date}</translation>
    </message>
    <message>
        <source>Discussed in the meeting of {date}.</source>
        <translation>Besproken in het overleg van {date}.</translation>
    </message>
    <message>
        <source>You can read the advice; your role does not change it.</source>
        <translation>U kunt het advies lezen; uw rol wijzigt het niet.</translation>
    </message>
    <message>
        <source>Expected cost in total: {total}</source>
        <translation>Verwachte kosten in totaal: {total}</translation>
    </message>
    <message>
        <source>Per municipality: {parts}</source>
        <translation>Per gemeente: {parts}</translation>
    </message>
    <message>
        <source>Not done: see the marked fields.</source>
        <translation>Niet gelukt: zie de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>Concept opgeslagen om {time}.</translation>
    </message>
    <message>
        <source>Issue the binding advice</source>
        <translation>Het bindend advies uitbrengen</translation>
    </message>
    <message>
        <source>Issue version {n} of the advice for {reference}?</source>
        <translation>Versie {n} van het advies voor {reference} uitbrengen?</translation>
    </message>
    <message>
        <source>Once issued, the advice is binding for the providers and the municipality, and it cannot be changed: a change is a new version with a reason.</source>
        <translation>Eenmaal uitgebracht is het advies bindend voor de aanbieders en de gemeente, en kan het niet meer worden gewijzigd: een wijziging is een nieuwe versie met een reden.</translation>
    </message>
    <message>
        <source>Issue advice</source>
        <translation>Advies uitbrengen</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Uitbrengen…</translation>
    </message>
    <message>
        <source>The draft is saved but not issued: see the marked fields.</source>
        <translation>Het concept is opgeslagen maar niet uitgebracht: zie de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Version {n} is issued. The advice is binding from now on.</source>
        <translation>Versie {n} is uitgebracht. Het advies is vanaf nu bindend.</translation>
    </message>
    <message>
        <source>Opening a new version…</source>
        <translation>Nieuwe versie openen…</translation>
    </message>
    <message>
        <source>Version {n} is open as a draft, starting from the version in force.</source>
        <translation>Versie {n} staat open als concept, vanaf de versie die van kracht is.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Concept weggooien</translation>
    </message>
    <message>
        <source>Discard draft version {n}?</source>
        <translation>Conceptversie {n} weggooien?</translation>
    </message>
    <message>
        <source>What it holds is deleted. Issued versions stay as they are.</source>
        <translation>Wat erin staat wordt verwijderd. Uitgebrachte versies blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>The draft is discarded.</source>
        <translation>Het concept is weggegooid.</translation>
    </message>
    <message>
        <source>Save the draft first: the letter shows what is saved.</source>
        <translation>Sla eerst het concept op: de brief toont wat is opgeslagen.</translation>
    </message>
    <message>
        <source>The letter is saved as {path}.</source>
        <translation>De brief is opgeslagen als {path}.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Provider's answer</source>
        <translation>Antwoord van de aanbieder</translation>
    </message>
    <message>
        <source>Why the provider declines, or a note.</source>
        <translation>Waarom de aanbieder weigert, of een notitie.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Geantwoord op</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Reden of notitie</translation>
    </message>
    <message>
        <source>{subject}
Now: {answer} on {date}</source>
        <translation>{subject}
Nu: {answer} op {date}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Team database (*.etdb)</source>
        <translation>Teamdatabase (*.etdb)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Making the backup in {folder}…</source>
        <translation>Bezig met de back-up in {folder}…</translation>
    </message>
    <message>
        <source>The backup is ready. Keep these two files together: one without the other cannot be opened.</source>
        <translation>De back-up is klaar. Bewaar deze twee bestanden samen: het ene is zonder het andere niet te openen.</translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>Er is geen back-up gemaakt.</translation>
    </message>
</context>
<context>
    <name>BottleneckRow</name>
    <message>
        <source>(choose a bottleneck)</source>
        <translation>(kies een knelpunt)</translation>
    </message>
    <message>
        <source>Where in the chain (e.g. access, funding)</source>
        <translation>Waar in de keten (bijv. toegang, financiering)</translation>
    </message>
    <message>
        <source>What happened there</source>
        <translation>Wat daar gebeurde</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jeugdige</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
</context>
<context>
    <name>CareItemBox</name>
    <message>
        <source>Request funding…</source>
        <translation>Financiering aanvragen…</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Toegezegd</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>No funding requested yet.</source>
        <translation>Nog geen financiering aangevraagd.</translation>
    </message>
    <message>
        <source>Expected cost {cost}; the advice names {municipality}. Requested {requested}, committed {committed}.</source>
        <translation>Verwachte kosten {cost}; het advies noemt {municipality}. Aangevraagd {requested}, toegezegd {committed}.</translation>
    </message>
</context>
<context>
    <name>CareItemRow</name>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <source>Choose from the sociale kaart</source>
        <translation>Kies uit de sociale kaart</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>e.g. 3 hours a week for 6 months</source>
        <translation>bijv. 3 uur per week gedurende 6 maanden</translation>
    </message>
    <message>
        <source>Kind of care</source>
        <translation>Soort hulp</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensiteit</translation>
    </message>
    <message>
        <source>Start at the latest</source>
        <translation>Uiterlijk starten</translation>
    </message>
    <message>
        <source>Funded by</source>
        <translation>Gefinancierd door</translation>
    </message>
    <message>
        <source>Expected cost</source>
        <translation>Verwachte kosten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Type an amount in euros, e.g. 1.250,00.</source>
        <translation>Typ een bedrag in euro, bijvoorbeeld 1.250,00.</translation>
    </message>
</context>
<context>
    <name>CareItemsModel</name>
    <message>
        <source>Kind of care</source>
        <translation>Soort hulp</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Latest start</source>
        <translation>Uiterste start</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>{date} — late</source>
        <translation>{date} — te laat</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>nog geen antwoord</translation>
    </message>
    <message>
        <source>{answer}, {date}</source>
        <translation>{answer}, {date}</translation>
    </message>
    <message>
        <source>Past its latest start date and not started.</source>
        <translation>Voorbij de uiterste startdatum en niet gestart.</translation>
    </message>
</context>
<context>
    <name>CareRow</name>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>What care</source>
        <translation>Welke hulp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo last save…</source>
        <translation>Laatste opslag terugdraaien…</translation>
    </message>
    <message>
        <source>Put back the case as it was before the last save. Nothing is deleted.</source>
        <translation>Zet de casus terug zoals hij was vóór de laatste opslag. Er wordt niets verwijderd.</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jeugdige</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>School / day activity</source>
        <translation>School / dagbesteding</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Aanmelddatum</translation>
    </message>
    <message>
        <source>Case owner</source>
        <translation>Casushouder</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Parents, guardians and others in the household. Tick custody (gezag) where it applies.</source>
        <translation>Ouders, voogd en anderen in het gezin. Vink gezag aan waar dat geldt.</translation>
    </message>
    <message>
        <source>Add household member</source>
        <translation>Gezinslid toevoegen</translation>
    </message>
    <message>
        <source>Referral and question</source>
        <translation>Verwijzing en vraag</translation>
    </message>
    <message>
        <source>Same as the municipality of residence</source>
        <translation>Zelfde als de woongemeente</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <source>What is stuck, and what does the referrer ask of the team?</source>
        <translation>Wat loopt vast, en wat vraagt de verwijzer van het team?</translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation>Woongemeente</translation>
    </message>
    <message>
        <source>Funding municipality</source>
        <translation>Financierende gemeente</translation>
    </message>
    <message>
        <source>Kind of referrer</source>
        <translation>Soort verwijzer</translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation>Verwijzende organisatie</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Question to the team</source>
        <translation>Vraag aan het team</translation>
    </message>
    <message>
        <source>Problem areas and bottlenecks</source>
        <translation>Leefgebieden en knelpunten</translation>
    </message>
    <message>
        <source>Problem areas (leefgebieden)</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>Bottlenecks (knelpunten)</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <source>Care history</source>
        <translation>Hulpgeschiedenis</translation>
    </message>
    <message>
        <source>Care tried so far: provider, period and how it ended.</source>
        <translation>De hulp tot nu toe: aanbieder, periode en hoe het afliep.</translation>
    </message>
    <message>
        <source>Add care</source>
        <translation>Hulp toevoegen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Add consent</source>
        <translation>Toestemming toevoegen</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Nieuwe aanmelding</translation>
    </message>
    <message>
        <source>Fill in the date of birth to see whose consent is needed.</source>
        <translation>Vul de geboortedatum in om te zien wiens toestemming nodig is.</translation>
    </message>
    <message>
        <source>Age {age}: consent is needed from {who}.</source>
        <translation>Leeftijd {age}: toestemming nodig van {who}.</translation>
    </message>
    <message>
        <source>Missing: {what}.</source>
        <translation>Ontbreekt: {what}.</translation>
    </message>
    <message>
        <source>Consent is complete.</source>
        <translation>De toestemming is compleet.</translation>
    </message>
    <message>
        <source>Possible duplicate: {cases}. Check before saving.</source>
        <translation>Mogelijk dubbel: {cases}. Controleer dit vóór het opslaan.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Registered as {reference} at {time}.</source>
        <translation>Aangemeld als {reference} om {time}.</translation>
    </message>
    <message>
        <source>Registered; consent is still missing: {what}.</source>
        <translation>Aangemeld; de toestemming ontbreekt nog: {what}.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Opgeslagen om {time}.</translation>
    </message>
    <message>
        <source>Not saved: check the marked fields.</source>
        <translation>Niet opgeslagen: controleer de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Niet opgeslagen.</translation>
    </message>
    <message>
        <source>Undo last save</source>
        <translation>Laatste opslag terugdraaien</translation>
    </message>
    <message>
        <source>Put back the case as it was before the save of {time} by {member}?</source>
        <translation>De casus terugzetten zoals hij was vóór de opslag van {time} door {member}?</translation>
    </message>
    <message>
        <source>Changed then: {fields}.
Nothing is deleted: the undo is saved as a change of its own and can be undone in turn.</source>
        <translation>Toen gewijzigd: {fields}.
Er wordt niets verwijderd: het terugdraaien wordt zelf als wijziging opgeslagen en kan ook weer worden teruggedraaid.</translation>
    </message>
    <message>
        <source>The last save was undone.</source>
        <translation>De laatste opslag is ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>{title} has changes that are not saved.</source>
        <translation>{title} heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Access log</source>
        <translation>Toegangslogboek</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Opschalingen</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>registered {date}</source>
        <translation>aangemeld {date}</translation>
    </message>
    <message>
        <source>lead time {days} days</source>
        <translation>doorlooptijd {days} dagen</translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation>casushouder {name}</translation>
    </message>
    <message>
        <source>Suspended since {date}: {reason}</source>
        <translation>Opgeschort sinds {date}: {reason}</translation>
    </message>
    <message>
        <source>The lead time is past the team's target of {weeks} weeks.</source>
        <translation>De doorlooptijd is over de streeftermijn van het team ({weeks} weken).</translation>
    </message>
    <message>
        <source>Escalated to {to_whom} ({level}) since {date}</source>
        <translation>Opgeschaald naar {to_whom} ({level}) sinds {date}</translation>
    </message>
    <message>
        <source>Closed on {date} with the result: {result}</source>
        <translation>Afgesloten op {date} met als resultaat: {result}</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Afgesloten op {date}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Opschorten…</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Opschorten</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jeugdige</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Casushouder</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <source>Suspended: the lead-time clock is paused</source>
        <translation>Opgeschort: de doorlooptijd staat stil</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search by name, reference, BSN or text…</source>
        <translation>Zoek op naam, kenmerk, BSN of tekst…</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>Everyone's cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mijn casussen</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>Aangemeld van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Choose a case to see it here.</source>
        <translation>Kies een casus om hem hier te zien.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Casus openen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>{n} case(s)</source>
        <translation>{n} casus(sen)</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>opgeschort</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Toestemming ontbreekt</translation>
    </message>
    <message>
        <source>Question to the team</source>
        <translation>Vraag aan het team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Doorlooptijd</translation>
    </message>
    <message>
        <source>{days} days (target {weeks} weeks)</source>
        <translation>{days} dagen (streeftermijn {weeks} weken)</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jeugdige</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Verwijzer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Casushouder</translation>
    </message>
    <message>
        <source>Problem areas</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Knelpunten</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>Registration</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <source>18-/18+</source>
        <translation>18-/18+</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Terugblik</translation>
    </message>
</context>
<context>
    <name>CasesBehindDialog</name>
    <message>
        <source>Cases behind the figure</source>
        <translation>Casussen achter het cijfer</translation>
    </message>
    <message>
        <source>{count} cases; double-click a case to open it.</source>
        <translation>{count} casussen; dubbelklik op een casus om hem te openen.</translation>
    </message>
</context>
<context>
    <name>CasesBehindModel</name>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <source>Role of {name}</source>
        <translation>Rol van {name}</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>How this indicator is computed</source>
        <translation>Hoe deze indicator wordt berekend</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Niets in deze periode.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the database</source>
        <translation>Database controleren</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Checking the database… This can take a minute.</source>
        <translation>Bezig met controleren van de database… Dit kan een minuut duren.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>Checks that found a problem: {count}. Make a backup of the files as they are and ask your IT support for help.</source>
        <translation>Controles met een probleem: {count}. Maak een back-up van de bestanden zoals ze zijn en vraag uw ICT-ondersteuning om hulp.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle controles zijn in orde.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close {reference}</source>
        <translation>{reference} afsluiten</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Casus afsluiten</translation>
    </message>
    <message>
        <source>The result and the note go into the file. A closed case can be reopened later, with a reason.</source>
        <translation>Het resultaat en de notitie komen in het dossier. Een afgesloten casus kan later worden heropend, met een reden.</translation>
    </message>
    <message>
        <source>This case is escalated to {to_whom}. Closing it ends the escalation on the same date.</source>
        <translation>Deze casus is opgeschaald naar {to_whom}. Afsluiten beëindigt de opschaling op dezelfde datum.</translation>
    </message>
    <message>
        <source>Choose a result</source>
        <translation>Kies een resultaat</translation>
    </message>
    <message>
        <source>How the case ended and who carries on; goes into the file.</source>
        <translation>Hoe de casus eindigde en wie verdergaat; komt in het dossier.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Afsluitnotitie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>The young person</source>
        <translation>De jeugdige</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record decision</source>
        <translation>Besluit vastleggen</translation>
    </message>
    <message>
        <source>Request: {request}. Now: {decision}.</source>
        <translation>Aanvraag: {request}. Nu: {decision}.</translation>
    </message>
    <message>
        <source>The municipality's reference</source>
        <translation>Kenmerk van de gemeente</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Amount committed</source>
        <translation>Toegezegd bedrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Reden of notitie</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Why the municipality refuses</source>
        <translation>Waarom de gemeente weigert</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>Who decided (role)</source>
        <translation>Wie besloot (rol)</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Wat werd besloten</translation>
    </message>
    <message>
        <source>What followed</source>
        <translation>Wat volgde</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Gevolg</translation>
    </message>
</context>
<context>
    <name>DefinitionsDialog</name>
    <message>
        <source>How the indicators are computed</source>
        <translation>Hoe de indicatoren worden berekend</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Open a dispute</source>
        <translation>Geschil openen</translation>
    </message>
    <message>
        <source>Request: {request}. Now: {decision}.</source>
        <translation>Aanvraag: {request}. Nu: {decision}.</translation>
    </message>
    <message>
        <source>e.g. Gemeente Utrecht, Gemeente Zeist</source>
        <translation>bijv. Gemeente Utrecht, Gemeente Zeist</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>Geschil openen</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>De pdf wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>Care ended</source>
        <translation>Hulp beëindigd</translation>
    </message>
    <message>
        <source>How the care ended (optional).</source>
        <translation>Hoe de hulp eindigde (optioneel).</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>EndDisputeDialog</name>
    <message>
        <source>End the dispute</source>
        <translation>Geschil beëindigen</translation>
    </message>
    <message>
        <source>Dispute since {since} between {parties} about: {subject}.</source>
        <translation>Geschil sinds {since} tussen {parties} over: {subject}.</translation>
    </message>
    <message>
        <source>How the dispute ended</source>
        <translation>Hoe het geschil eindigde</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Amount committed</source>
        <translation>Toegezegd bedrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>End dispute</source>
        <translation>Geschil beëindigen</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>Escalate {reference}</source>
        <translation>{reference} opschalen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Opschalen</translation>
    </message>
    <message>
        <source>The region cannot solve this case: it goes to a body with more reach. The case is escalated until you record its return.</source>
        <translation>De regio kan deze casus niet oplossen: hij gaat naar een partij met meer doorzettingskracht. De casus blijft opgeschaald tot u de terugkeer vastlegt.</translation>
    </message>
    <message>
        <source>The body or person, e.g. the CCE, region North</source>
        <translation>De instantie of persoon, bijv. het CCE, regio Noord</translation>
    </message>
    <message>
        <source>Why the region cannot solve it; goes into the file.</source>
        <translation>Waarom de regio het niet kan oplossen; komt in het dossier.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Aan wie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>EscalationsDialog</name>
    <message>
        <source>Escalations of {reference}</source>
        <translation>Opschalingen van {reference}</translation>
    </message>
    <message>
        <source>Escalated on</source>
        <translation>Opgeschaald op</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Aan wie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Terug op</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>still escalated</source>
        <translation>nog opgeschaald</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <source>Evaluate goal</source>
        <translation>Doel evalueren</translation>
    </message>
    <message>
        <source>Needed when the goal is not achieved or not evaluable.</source>
        <translation>Nodig als het doel niet is behaald of niet te beoordelen is.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Geëvalueerd op</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export learning table</source>
        <translation>Leertafel exporteren</translation>
    </message>
    <message>
        <source>Every summary is approved. Choose where each file goes; a format without a place is not written.</source>
        <translation>Elke samenvatting is goedgekeurd. Kies waar elk bestand komt; een formaat zonder plaats wordt niet geschreven.</translation>
    </message>
    <message>
        <source>PDF (to print or show)</source>
        <translation>PDF (om af te drukken of te tonen)</translation>
    </message>
    <message>
        <source>CSV (summaries and tables)</source>
        <translation>CSV (samenvattingen en tabellen)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Written:
{files}</source>
        <translation>Geschreven:
{files}</translation>
    </message>
</context>
<context>
    <name>FollowUpArea</name>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Provider's answer…</source>
        <translation>Antwoord aanbieder…</translation>
    </message>
    <message>
        <source>Care started…</source>
        <translation>Hulp gestart…</translation>
    </message>
    <message>
        <source>Care ended…</source>
        <translation>Hulp beëindigd…</translation>
    </message>
    <message>
        <source>Add update…</source>
        <translation>Update toevoegen…</translation>
    </message>
    <message>
        <source>Advised care</source>
        <translation>In te zetten hulp</translation>
    </message>
    <message>
        <source>Evaluate goal…</source>
        <translation>Doel evalueren…</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Goals: {summary}</source>
        <translation>Doelen: {summary}</translation>
    </message>
    <message>
        <source>This advice has no goals.</source>
        <translation>Dit advies heeft geen doelen.</translation>
    </message>
    <message>
        <source>There is no issued advice yet. Follow-up starts once the chair has issued the binding advice.</source>
        <translation>Er is nog geen uitgebracht advies. De opvolging begint zodra de voorzitter het bindend advies heeft uitgebracht.</translation>
    </message>
    <message>
        <source>Follow-up of advice version {n}, issued on {date}.</source>
        <translation>Opvolging van adviesversie {n}, uitgebracht op {date}.</translation>
    </message>
    <message>
        <source>{count} care item(s) past the latest start date and not started.</source>
        <translation>{count} adviesonderdeel/-delen voorbij de uiterste startdatum en niet gestart.</translation>
    </message>
    <message>
        <source>{count} goal evaluation(s) due.</source>
        <translation>{count} doelevaluatie(s) aan de beurt.</translation>
    </message>
    <message>
        <source>You can read the follow-up; your role does not record it.</source>
        <translation>U kunt de opvolging inzien; uw rol legt die niet vast.</translation>
    </message>
    <message>
        <source>This case is '{status}': reopen it to record follow-up.</source>
        <translation>Deze casus is '{status}': heropen hem om de opvolging vast te leggen.</translation>
    </message>
    <message>
        <source>Timeline: {kind}</source>
        <translation>Tijdlijn: {kind}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>Not evaluated yet; evaluation moment {date}.</source>
        <translation>Nog niet geëvalueerd; evaluatiemoment {date}.</translation>
    </message>
    <message>
        <source>Declined: record first that the provider accepts after all.</source>
        <translation>Geweigerd: leg eerst vast dat de aanbieder alsnog accepteert.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Vastgelegd.</translation>
    </message>
</context>
<context>
    <name>FundingArea</name>
    <message>
        <source>Record decision…</source>
        <translation>Besluit vastleggen…</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Geschil…</translation>
    </message>
    <message>
        <source>End dispute…</source>
        <translation>Geschil beëindigen…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>The selected request</source>
        <translation>De gekozen aanvraag</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Geschillen</translation>
    </message>
    <message>
        <source>No binding advice yet</source>
        <translation>Nog geen bindend advies</translation>
    </message>
    <message>
        <source>Funding is requested for the care items of an issued binding advice.</source>
        <translation>Financiering wordt aangevraagd voor de adviesonderdelen van een uitgebracht bindend advies.</translation>
    </message>
    <message>
        <source>Funding of advice version {number}, issued on {on}</source>
        <translation>Financiering van adviesversie {number}, uitgebracht op {on}</translation>
    </message>
    <message>
        <source>Record per care item what was asked of which municipality, the decision and any dispute. A care item may have several requests: split funding, or a new period.</source>
        <translation>Leg per adviesonderdeel vast wat aan welke gemeente is gevraagd, het besluit en een eventueel geschil. Een onderdeel kan meer aanvragen hebben: gedeelde financiering, of een nieuwe periode.</translation>
    </message>
    <message>
        <source>Funding as recorded by the chair and the case coordinator.</source>
        <translation>Financiering zoals vastgelegd door de voorzitter en de casuscoördinator.</translation>
    </message>
    <message>
        <source>All care items: expected {expected}, requested {requested}, committed {committed}.</source>
        <translation>Alle adviesonderdelen: verwacht {expected}, aangevraagd {requested}, toegezegd {committed}.</translation>
    </message>
    <message>
        <source>{municipality}: {amount} requested on {on}; now {decision}.</source>
        <translation>{municipality}: {amount} aangevraagd op {on}; nu {decision}.</translation>
    </message>
</context>
<context>
    <name>FundingDialog</name>
    <message>
        <source>{municipality}, {amount}, requested on {on}</source>
        <translation>{municipality}, {amount}, aangevraagd op {on}</translation>
    </message>
    <message>
        <source>Type an amount in euros, such as 1.250,00.</source>
        <translation>Typ een bedrag in euro's, zoals 1.250,00.</translation>
    </message>
    <message>
        <source>Fill in an amount.</source>
        <translation>Vul een bedrag in.</translation>
    </message>
    <message>
        <source>Type a date as DD-MM-YYYY.</source>
        <translation>Typ een datum als DD-MM-JJJJ.</translation>
    </message>
    <message>
        <source>Fill in a date.</source>
        <translation>Vul een datum in.</translation>
    </message>
</context>
<context>
    <name>FundingOverviewWindow</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the funding overview</source>
        <translation>Het financieringsoverzicht exporteren</translation>
    </message>
    <message>
        <source>Funding overview</source>
        <translation>Financieringsoverzicht</translation>
    </message>
    <message>
        <source>Funding per municipality per year</source>
        <translation>Financiering per gemeente per jaar</translation>
    </message>
    <message>
        <source>Per municipality asked to fund, per calendar year of the request date. Open: requested or disputed; the open amount is what is requested and not yet committed.</source>
        <translation>Per gemeente die om financiering is gevraagd, per kalenderjaar van de aanvraagdatum. Open: aangevraagd of betwist; het open bedrag is wat is aangevraagd en nog niet toegezegd.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Toegezegd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Open bedrag</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Open aanvragen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporteren naar CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>{requests} requests: requested {requested}, committed {committed}; {refused} refused; {open} open for {open_amount}.</source>
        <translation>{requests} aanvragen: aangevraagd {requested}, toegezegd {committed}; {refused} geweigerd; {open} open voor {open_amount}.</translation>
    </message>
    <message>
        <source>Open requests by age (days since the request date, on {on})</source>
        <translation>Open aanvragen naar leeftijd (dagen sinds de aanvraagdatum, op {on})</translation>
    </message>
    <message>
        <source>funding-overview</source>
        <translation>financieringsoverzicht</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
</context>
<context>
    <name>GoalRow</name>
    <message>
        <source>What is reached, feasibly, and by whom</source>
        <translation>Wat haalbaar bereikt wordt, en door wie</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>Hoe het gemeten wordt</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Gemeten met</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Latest outcome</source>
        <translation>Laatste uitkomst</translation>
    </message>
    <message>
        <source>{date} — due</source>
        <translation>{date} — aan de beurt</translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation>nog niet geëvalueerd</translation>
    </message>
    <message>
        <source>{outcome}, {date}</source>
        <translation>{outcome}, {date}</translation>
    </message>
</context>
<context>
    <name>GuestRow</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>For the whole meeting</source>
        <translation>Voor het hele overleg</translation>
    </message>
</context>
<context>
    <name>HouseholdRow</name>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Gezag</translation>
    </message>
    <message>
        <source>Lives in the household</source>
        <translation>Woont in het gezin</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import register</source>
        <translation>Register importeren</translation>
    </message>
    <message>
        <source>Import the team's register from Excel (.xlsx) or CSV, in the layout of the template (`expertteam template`). Every row is checked first; by default nothing is imported when a row is rejected.</source>
        <translation>Importeer het register van het team uit Excel (.xlsx) of CSV, in de opzet van het sjabloon (`expertteam template`). Elke rij wordt eerst gecontroleerd; wordt er een rij afgewezen, dan wordt er standaard niets geïmporteerd.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Geen bestand gekozen.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Import the valid rows and report the rest</source>
        <translation>De goede rijen importeren en de rest rapporteren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import afbreken</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Rapport opslaan…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Choose the register</source>
        <translation>Kies het register</translation>
    </message>
    <message>
        <source>Register (*.xlsx *.csv *.txt)</source>
        <translation>Register (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Checking and importing…</source>
        <translation>Bezig met controleren en importeren…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met afbreken…</translation>
    </message>
    <message>
        <source>{imported} case(s) imported from {file}; {rejected} row(s) rejected, {warnings} warning(s).</source>
        <translation>{imported} casus(sen) geïmporteerd uit {file}; {rejected} rij(en) afgewezen, {warnings} waarschuwing(en).</translation>
    </message>
    <message>
        <source>Nothing was imported: {rejected} of {rows} row(s) were rejected. Correct them in the file, or tick the option above to import only the valid rows.</source>
        <translation>Er is niets geïmporteerd: {rejected} van {rows} rij(en) zijn afgewezen. Verbeter ze in het bestand, of vink hierboven aan dat alleen de goede rijen worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Rapport opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Expertteam. “System” follows the computer: English when it is set to English, otherwise Dutch.</source>
        <translation>De nieuwe taal geldt vanaf de volgende keer dat u Expertteam start. “Systeem” volgt de computer: Engels als die op Engels staat, anders Nederlands.</translation>
    </message>
</context>
<context>
    <name>LearningPage</name>
    <message>
        <source>New session…</source>
        <translation>Nieuwe leertafel…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>A learning table looks back at complex cases with outside experts. Choose the cases, check every anonymised summary, approve it, and export.</source>
        <translation>Een leertafel kijkt met externe deskundigen terug op complexe casussen. Kies de casussen, controleer elke geanonimiseerde samenvatting, keur hem goed en exporteer.</translation>
    </message>
    <message>
        <source>{n} session(s)</source>
        <translation>{n} leertafel(s)</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Leertafel verwijderen</translation>
    </message>
    <message>
        <source>Delete the learning-table session '{title}' of {date} with its summaries? Files already exported stay where they are.</source>
        <translation>De leertafel '{title}' van {date} met de samenvattingen verwijderen? Bestanden die al zijn geëxporteerd blijven waar ze zijn.</translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <source>The team's lists</source>
        <translation>De lijsten van het team</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>Engelse omschrijving</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Make inactive</source>
        <translation>Inactief maken</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>niet verplicht</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Aan de lijst toevoegen</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw item</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Actief maken</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Work list</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <source>Learning tables</source>
        <translation>Leertafels</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Nieuwe aanmelding</translation>
    </message>
    <message>
        <source>Import register…</source>
        <translation>Register importeren…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Casus</translation>
    </message>
    <message>
        <source>Open selected case</source>
        <translation>Gekozen casus openen</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Lijst vernieuwen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Show work list</source>
        <translation>Werklijst tonen</translation>
    </message>
    <message>
        <source>Funding overview…</source>
        <translation>Financieringsoverzicht…</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Overleggen</translation>
    </message>
    <message>
        <source>Show meetings</source>
        <translation>Overleggen tonen</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nieuw overleg…</translation>
    </message>
    <message>
        <source>Open the meeting room</source>
        <translation>De overlegzaal openen</translation>
    </message>
    <message>
        <source>&amp;Learning tables</source>
        <translation>&amp;Leertafels</translation>
    </message>
    <message>
        <source>Show learning tables</source>
        <translation>Leertafels tonen</translation>
    </message>
    <message>
        <source>New learning-table session…</source>
        <translation>Nieuwe leertafel…</translation>
    </message>
    <message>
        <source>M&amp;onitoring</source>
        <translation>M&amp;onitoring</translation>
    </message>
    <message>
        <source>Show monitoring</source>
        <translation>Monitoring tonen</translation>
    </message>
    <message>
        <source>&amp;Management</source>
        <translation>B&amp;eheer</translation>
    </message>
    <message>
        <source>Team members…</source>
        <translation>Teamleden…</translation>
    </message>
    <message>
        <source>Team settings…</source>
        <translation>Teaminstellingen…</translation>
    </message>
    <message>
        <source>Providers (sociale kaart)…</source>
        <translation>Jeugdhulpaanbieders (sociale kaart)…</translation>
    </message>
    <message>
        <source>Municipalities…</source>
        <translation>Gemeenten…</translation>
    </message>
    <message>
        <source>The team's lists…</source>
        <translation>Lijsten van het team…</translation>
    </message>
    <message>
        <source>Access log…</source>
        <translation>Toegangslogboek…</translation>
    </message>
    <message>
        <source>Check the database…</source>
        <translation>Database controleren…</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>Mijn wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>Taal…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About Expertteam</source>
        <translation>Over Expertteam</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Expertteam {version}
Case register, binding advice and learning tables for regional expert teams in youth care.</source>
        <translation>Expertteam {version}
Casusregistratie, bindend advies en leertafels voor regionale expertteams jeugd.</translation>
    </message>
    <message>
        <source>Unsaved retrospective</source>
        <translation>Terugblik niet opgeslagen</translation>
    </message>
    <message>
        <source>The retrospective of {titles} has changes that are not saved. Close anyway and lose them?</source>
        <translation>De terugblik van {titles} heeft wijzigingen die niet zijn opgeslagen. Toch sluiten en ze kwijtraken?</translation>
    </message>
    <message>
        <source>Unsaved advice</source>
        <translation>Advies niet opgeslagen</translation>
    </message>
    <message>
        <source>The advice of {titles} has changes that are not saved. Close anyway and lose them?</source>
        <translation>Het advies van {titles} heeft wijzigingen die niet zijn opgeslagen. Toch sluiten en ze kwijtraken?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>These cases have changes that are not saved: {titles}.
Unlock first to save them. Quit anyway and lose them?</source>
        <translation>Deze casussen hebben niet-opgeslagen wijzigingen: {titles}.
Ontgrendel eerst om ze op te slaan. Toch afsluiten en ze kwijtraken?</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nieuw overleg</translation>
    </message>
    <message>
        <source>Meeting of {date}</source>
        <translation>Overleg van {date}</translation>
    </message>
    <message>
        <source>Room and building, or 'online'</source>
        <translation>Zaal en gebouw, of 'online'</translation>
    </message>
    <message>
        <source>For example: case meeting June</source>
        <translation>Bijvoorbeeld: casusoverleg juni</translation>
    </message>
    <message>
        <source>(choose the chair)</source>
        <translation>(kies de voorzitter)</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Gast toevoegen</translation>
    </message>
    <message>
        <source>at</source>
        <translation>om</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gasten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Find a case by reference or name…</source>
        <translation>Zoek een casus op kenmerk of naam…</translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation>Op de agenda zetten</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Remove from the agenda</source>
        <translation>Van de agenda halen</translation>
    </message>
    <message>
        <source>Preparation for the chosen case</source>
        <translation>Voorbereiding van de gekozen casus</translation>
    </message>
    <message>
        <source>Explanatory analysis and the question for the table</source>
        <translation>Verklarende analyse en de vraag aan het overleg</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>In this order:</source>
        <translation>In deze volgorde:</translation>
    </message>
    <message>
        <source>Minutes exist for this case; it stays on the agenda</source>
        <translation>Over deze casus is verslag gemaakt; hij blijft op de agenda</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Typ de datum als DD-MM-JJJJ.</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>With minutes</source>
        <translation>Met verslag</translation>
    </message>
</context>
<context>
    <name>MeetingListPage</name>
    <message>
        <source>Show past meetings</source>
        <translation>Eerdere overleggen tonen</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nieuw overleg…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation>Overleg openen</translation>
    </message>
    <message>
        <source>Agenda as PDF…</source>
        <translation>Agenda als pdf…</translation>
    </message>
    <message>
        <source>Minutes as PDF…</source>
        <translation>Verslag als pdf…</translation>
    </message>
    <message>
        <source>Cancel meeting…</source>
        <translation>Overleg annuleren…</translation>
    </message>
    <message>
        <source>The chair's view in the room: one case at a time, with its minutes</source>
        <translation>Het beeld van de voorzitter in de zaal: één casus tegelijk, met het verslag</translation>
    </message>
    <message>
        <source>{n} meeting(s)</source>
        <translation>{n} overleg(gen)</translation>
    </message>
    <message>
        <source>agenda {date}.pdf</source>
        <translation>agenda {date}.pdf</translation>
    </message>
    <message>
        <source>minutes {date}.pdf</source>
        <translation>verslag {date}.pdf</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Overleg annuleren</translation>
    </message>
    <message>
        <source>Cancel the meeting of {when} ({title})? Its cases go back to 'in behandeling' unless they are on another agenda.</source>
        <translation>Het overleg van {when} ({title}) annuleren? De casussen gaan terug naar 'in behandeling', tenzij ze op een andere agenda staan.</translation>
    </message>
</context>
<context>
    <name>MeetingRoom</name>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>◀ Previous case</source>
        <translation>◀ Vorige casus</translation>
    </message>
    <message>
        <source>Alt+Left or Ctrl+PgUp</source>
        <translation>Alt+Links of Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Next case ▶</source>
        <translation>Volgende casus ▶</translation>
    </message>
    <message>
        <source>Alt+Right or Ctrl+PgDown</source>
        <translation>Alt+Rechts of Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Wat is besproken</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Wat is afgesproken</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Bespreking</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Actions (who, what, by when)</source>
        <translation>Acties (wie, wat, wanneer)</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>Volgende casus</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>Vorige casus</translation>
    </message>
    <message>
        <source>Meeting {date} — {title}</source>
        <translation>Overleg {date} — {title}</translation>
    </message>
    <message>
        <source>chair: {name}</source>
        <translation>voorzitter: {name}</translation>
    </message>
    <message>
        <source>There are no cases on this agenda.</source>
        <translation>Er staan geen casussen op deze agenda.</translation>
    </message>
    <message>
        <source>Minutes have been written for this case</source>
        <translation>Voor deze casus is verslag gemaakt</translation>
    </message>
    <message>
        <source>Case {n} of {count}</source>
        <translation>Casus {n} van {count}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
    <message>
        <source>Question to the team</source>
        <translation>Vraag aan het team</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Care so far</source>
        <translation>Hulp tot nu toe</translation>
    </message>
    <message>
        <source>Guests for this case</source>
        <translation>Gasten voor deze casus</translation>
    </message>
    <message>
        <source>Problem areas</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <source>Earlier advice</source>
        <translation>Eerder advies</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} jaar</translation>
    </message>
    <message>
        <source>day {n} since registration</source>
        <translation>dag {n} sinds de aanmelding</translation>
    </message>
    <message>
        <source>start by {date}</source>
        <translation>start uiterlijk {date}</translation>
    </message>
    <message>
        <source>target {date}</source>
        <translation>streefdatum {date}</translation>
    </message>
    <message>
        <source>Version {n}, issued {date}</source>
        <translation>Versie {n}, uitgebracht {date}</translation>
    </message>
    <message>
        <source>No new care: {reason}</source>
        <translation>Geen nieuwe hulp: {reason}</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Imported advice of {date}</source>
        <translation>Geïmporteerd advies van {date}</translation>
    </message>
    <message>
        <source>Imported advice</source>
        <translation>Geïmporteerd advies</translation>
    </message>
    <message>
        <source>No earlier advice.</source>
        <translation>Geen eerder advies.</translation>
    </message>
    <message>
        <source>Read only: your role does not keep minutes</source>
        <translation>Alleen lezen: uw rol maakt geen verslag</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Opgeslagen {time}</translation>
    </message>
    <message>
        <source>a fault in the program</source>
        <translation>een fout in het programma</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason} Close again to discard it.</source>
        <translation>Niet opgeslagen: {reason} Sluit nogmaals om het weg te gooien.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Team members</source>
        <translation>Teamleden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Teamlid toevoegen…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Rol wijzigen…</translation>
    </message>
    <message>
        <source>Reset passphrase…</source>
        <translation>Wachtwoord opnieuw instellen…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Forgot a passphrase? Reset it here, or the member uses the team's recovery code in the unlock window: “{button}”.</source>
        <translation>Wachtwoord vergeten? Stel het hier opnieuw in, of het teamlid gebruikt de herstelcode van het team in het ontgrendelvenster: “{button}”.</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (u)</translation>
    </message>
    <message>
        <source>{name} is added.</source>
        <translation>{name} is toegevoegd.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} is nu {role}.</translation>
    </message>
    <message>
        <source>{name} has a new passphrase.</source>
        <translation>{name} heeft een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Teamlid verwijderen</translation>
    </message>
    <message>
        <source>Remove {name} from the team?

Their key is destroyed: they can no longer open the team database. What they did stays in the access log.</source>
        <translation>{name} uit het team verwijderen?

De sleutel wordt vernietigd: {name} kan de teamdatabase niet meer openen. Wat {name} deed, blijft in het toegangslogboek.</translation>
    </message>
    <message>
        <source>{name} is removed.</source>
        <translation>{name} is verwijderd.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Expertteam</source>
        <translation>Expertteam</translation>
    </message>
    <message>
        <source>Something went wrong in the program. Your data is safe; what you were doing was not saved.</source>
        <translation>Er ging iets mis in het programma. Uw gegevens zijn veilig; waar u mee bezig was, is niet opgeslagen.</translation>
    </message>
    <message>
        <source>A report without client data was written to:
{path}</source>
        <translation>Een verslag zonder cliëntgegevens staat in:
{path}</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Registrations per month</source>
        <translation>Aanmeldingen per maand</translation>
    </message>
    <message>
        <source>Registrations per municipality</source>
        <translation>Aanmeldingen per gemeente</translation>
    </message>
    <message>
        <source>Registrations per referrer type</source>
        <translation>Aanmeldingen per soort verwijzer</translation>
    </message>
    <message>
        <source>Admissibility</source>
        <translation>Ontvankelijkheid</translation>
    </message>
    <message>
        <source>Lead time registration → advice</source>
        <translation>Doorlooptijd aanmelding → advies</translation>
    </message>
    <message>
        <source>Time advice → start of care</source>
        <translation>Tijd advies → start van de hulp</translation>
    </message>
    <message>
        <source>Escalations per level</source>
        <translation>Opschalingen per niveau</translation>
    </message>
    <message>
        <source>Problem areas</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <source>Goal outcomes</source>
        <translation>Doelresultaten</translation>
    </message>
    <message>
        <source>Case results</source>
        <translation>Resultaten bij afsluiten</translation>
    </message>
    <message>
        <source>Funding per municipality</source>
        <translation>Financiering per gemeente</translation>
    </message>
    <message>
        <source>18-/18+ transition</source>
        <translation>Overgang 18-/18+</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Vorig kwartaal</translation>
    </message>
    <message>
        <source>Definitions…</source>
        <translation>Definities…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Rapportage exporteren…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>registrations</source>
        <translation>aanmeldingen</translation>
    </message>
    <message>
        <source>admissible (of decided)</source>
        <translation>ontvankelijk (van besloten)</translation>
    </message>
    <message>
        <source>days to advice, median</source>
        <translation>dagen tot advies, mediaan</translation>
    </message>
    <message>
        <source>days to advice, 90th percentile</source>
        <translation>dagen tot advies, 90e percentiel</translation>
    </message>
    <message>
        <source>advice within the target</source>
        <translation>advies binnen de streeftermijn</translation>
    </message>
    <message>
        <source>care started on time</source>
        <translation>hulp op tijd gestart</translation>
    </message>
    <message>
        <source>escalations</source>
        <translation>opschalingen</translation>
    </message>
    <message>
        <source>18-/18+: big five arranged</source>
        <translation>18-/18+: big five geregeld</translation>
    </message>
    <message>
        <source>Escalation outcomes</source>
        <translation>Uitkomsten van opschaling</translation>
    </message>
    <message>
        <source>Problem areas per quarter</source>
        <translation>Leefgebieden per kwartaal</translation>
    </message>
    <message>
        <source>Bottlenecks per quarter</source>
        <translation>Knelpunten per kwartaal</translation>
    </message>
    <message>
        <source>Type both dates of the period as DD-MM-YYYY.</source>
        <translation>Typ beide datums van de periode als DD-MM-JJJJ.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat hij begint.</translation>
    </message>
    <message>
        <source>Choose a municipality from the list, or all.</source>
        <translation>Kies een gemeente uit de lijst, of alle.</translation>
    </message>
    <message>
        <source>Computing the indicators…</source>
        <translation>De indicatoren worden berekend…</translation>
    </message>
    <message>
        <source>{start} to {end}{where}; computed {moment}</source>
        <translation>{start} tot en met {end}{where}; berekend {moment}</translation>
    </message>
    <message>
        <source>This screen is for the team and shows every number. The report for the region hides numbers below {threshold} (small-cell rule) and shows medians only for groups of at least {threshold} cases.</source>
        <translation>Dit scherm is voor het team en toont elk aantal. De rapportage voor de regio verbergt aantallen onder {threshold} (regel voor kleine aantallen) en toont medianen alleen bij groepen van minstens {threshold} casussen.</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} van {whole}</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>{count} casussen</translation>
    </message>
    <message>
        <source>{part} of {whole}, target {weeks} weeks</source>
        <translation>{part} van {whole}, streeftermijn {weeks} weken</translation>
    </message>
    <message>
        <source>{part} of {whole} care items</source>
        <translation>{part} van {whole} hulponderdelen</translation>
    </message>
    <message>
        <source>young people in the 18-/18+ window</source>
        <translation>jongeren in de 18-/18+-periode</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Ontvankelijk</translation>
    </message>
    <message>
        <source>Not admissible</source>
        <translation>Niet ontvankelijk</translation>
    </message>
    <message>
        <source>Within the target</source>
        <translation>Binnen de streeftermijn</translation>
    </message>
    <message>
        <source>Started on time</source>
        <translation>Op tijd gestart</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Toegezegd</translation>
    </message>
    <message>
        <source>In the 18-/18+ window</source>
        <translation>In de 18-/18+-periode</translation>
    </message>
    <message>
        <source>Big five arranged</source>
        <translation>Big five geregeld</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>monitoring {start} {end}</source>
        <translation>monitoring {start} {end}</translation>
    </message>
    <message>
        <source>Export the monitoring report</source>
        <translation>De monitoringsrapportage exporteren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>De rapportage wordt geschreven…</translation>
    </message>
    <message>
        <source>Report written: {files}</source>
        <translation>Rapportage geschreven: {files}</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesDialog</name>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>When municipalities merge, make the old one inactive: cases keep it, but it is no longer offered for new registrations.</source>
        <translation>Als gemeenten samengaan, maak de oude inactief: casussen houden hem, maar bij nieuwe aanmeldingen wordt hij niet meer aangeboden.</translation>
    </message>
    <message>
        <source>Filter by name, CBS code or province</source>
        <translation>Filter op naam, CBS-code of provincie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>CBS code</source>
        <translation>CBS-code</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Youth-care region</source>
        <translation>Jeugdregio</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Make inactive</source>
        <translation>Inactief maken</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Municipalities shown: {count}</source>
        <translation>Getoonde gemeenten: {count}</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Actief maken</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New learning-table session</source>
        <translation>Nieuwe leertafel</translation>
    </message>
    <message>
        <source>e.g. Leertafel thuiszitters</source>
        <translation>bijv. Leertafel thuiszitters</translation>
    </message>
    <message>
        <source>ET-2026-0001, ET-2026-0002</source>
        <translation>ET-2026-0001, ET-2026-0002</translation>
    </message>
    <message>
        <source>All cases (ignore the filter)</source>
        <translation>Alle casussen (filter negeren)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles kiezen</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Niets kiezen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Datum van de leertafel</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>Afgesloten vanaf</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Themes (any of)</source>
        <translation>Thema's (een van)</translation>
    </message>
    <message>
        <source>Bottlenecks (any of)</source>
        <translation>Knelpunten (een van)</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Kenmerken</translation>
    </message>
    <message>
        <source>Find cases</source>
        <translation>Casussen zoeken</translation>
    </message>
    <message>
        <source>{n} chosen</source>
        <translation>{n} gekozen</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Typ de datum als DD-MM-JJJJ.</translation>
    </message>
    <message>
        <source>{n} case(s) found</source>
        <translation>{n} casus(sen) gevonden</translation>
    </message>
</context>
<context>
    <name>NewTeamWizard</name>
    <message>
        <source>New team database</source>
        <translation>Nieuwe teamdatabase</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>New version of the advice</source>
        <translation>Nieuwe versie van het advies</translation>
    </message>
    <message>
        <source>Version {current} stays in force until version {next} is issued. Why does the advice change?</source>
        <translation>Versie {current} blijft van kracht tot versie {next} is uitgebracht. Waarom verandert het advies?</translation>
    </message>
    <message>
        <source>The reason goes into the file.</source>
        <translation>De reden komt in het dossier.</translation>
    </message>
    <message>
        <source>Open new version</source>
        <translation>Nieuwe versie openen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>{name}, choose a new passphrase. A sentence of a few words works well. Only your key is changed; the team database stays as it is.</source>
        <translation>{name}, kies een nieuw wachtwoord. Een zin van een paar woorden werkt goed. Alleen uw sleutel verandert; de teamdatabase blijft zoals hij is.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Uw wachtwoord is gewijzigd. Gebruik voortaan het nieuwe.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>Where the team database is kept</source>
        <translation>Waar de teamdatabase komt te staan</translation>
    </message>
    <message>
        <source>Two files are made: the database and its key file (.keys). Back up both; one without the other cannot be opened.</source>
        <translation>Er komen twee bestanden: de database en het sleutelbestand (.keys). Maak van allebei een back-up; het ene is zonder het andere niet te openen.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>New team database</source>
        <translation>Nieuwe teamdatabase</translation>
    </message>
    <message>
        <source>Team database (*.etdb)</source>
        <translation>Teamdatabase (*.etdb)</translation>
    </message>
    <message>
        <source>This file already exists. Expertteam never overwrites a team database.</source>
        <translation>Dit bestand bestaat al. Expertteam overschrijft nooit een teamdatabase.</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>New provider</source>
        <translation>Nieuwe aanbieder</translation>
    </message>
    <message>
        <source>Provider {name}</source>
        <translation>Aanbieder {name}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>elke</translation>
    </message>
    <message>
        <source>(national / any region)</source>
        <translation>(landelijk / elke regio)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>e.g. 2 places free from March</source>
        <translation>bijv. 2 plekken vrij vanaf maart</translation>
    </message>
    <message>
        <source>Postal address, for advice letters</source>
        <translation>Postadres, voor adviesbrieven</translation>
    </message>
    <message>
        <source>Active: offered when choosing a provider</source>
        <translation>Actief: wordt aangeboden bij het kiezen van een aanbieder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kinds of care</source>
        <translation>Soorten hulp</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Ages (years)</source>
        <translation>Leeftijden (jaren)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Current wait</source>
        <translation>Huidige wachttijd</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <source>Choose a provider (sociale kaart)</source>
        <translation>Kies een aanbieder (sociale kaart)</translation>
    </message>
    <message>
        <source>First the providers that offer {kind} (in bold) and take a young person of {age}, then by shortest wait.</source>
        <translation>Eerst de aanbieders die {kind} bieden (vet) en een jeugdige van {age} opnemen, dan op kortste wachttijd.</translation>
    </message>
    <message>
        <source>First the providers that offer {kind} (in bold), then by shortest wait.</source>
        <translation>Eerst de aanbieders die {kind} bieden (vet), dan op kortste wachttijd.</translation>
    </message>
    <message>
        <source>Choose the kind of care first to see the providers that offer it at the top.</source>
        <translation>Kies eerst de soort hulp; de aanbieders die die bieden staan dan bovenaan.</translation>
    </message>
    <message>
        <source>Search by name, contact, address or notes</source>
        <translation>Zoek op naam, contactpersoon, adres of notities</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>For this case</source>
        <translation>Voor deze casus</translation>
    </message>
    <message>
        <source>Kinds of care</source>
        <translation>Soorten hulp</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Leeftijden</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <source>offers it</source>
        <translation>biedt het</translation>
    </message>
    <message>
        <source>does not offer it</source>
        <translation>biedt het niet</translation>
    </message>
    <message>
        <source>age fits</source>
        <translation>leeftijd past</translation>
    </message>
    <message>
        <source>age does not fit</source>
        <translation>leeftijd past niet</translation>
    </message>
    <message>
        <source>{weeks} wk</source>
        <translation>{weeks} wk</translation>
    </message>
    <message>
        <source>{count} providers</source>
        <translation>{count} aanbieders</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Providers (sociale kaart)</source>
        <translation>Jeugdhulpaanbieders (sociale kaart)</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Zoek op naam</translation>
    </message>
    <message>
        <source>Show inactive providers</source>
        <translation>Ook inactieve aanbieders tonen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Leeftijden</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Kinds of care</source>
        <translation>Soorten hulp</translation>
    </message>
    <message>
        <source>Add provider…</source>
        <translation>Aanbieder toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactief)</translation>
    </message>
    <message>
        <source>{weeks} wk</source>
        <translation>{weeks} wk</translation>
    </message>
    <message>
        <source>Providers shown: {count}</source>
        <translation>Getoonde aanbieders: {count}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>The reason goes into the file.</source>
        <translation>De reden komt in het dossier.</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wachten op</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Geef een reden.</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Typ de datum als DD-MM-JJJJ.</translation>
    </message>
</context>
<context>
    <name>RecentAccessLogDialog</name>
    <message>
        <source>Access log</source>
        <translation>Toegangslogboek</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>The most recent entries, newest first.</source>
        <translation>De recentste regels, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Keten controleren</translation>
    </message>
    <message>
        <source>Recomputes every entry's link to the one before, to show that nothing was removed or changed.</source>
        <translation>Rekent voor elke regel de koppeling met de vorige opnieuw uit, om te laten zien dat er niets is verwijderd of gewijzigd.</translation>
    </message>
    <message>
        <source>Verified: the chain is unbroken ({count} entries).</source>
        <translation>Gecontroleerd: de keten is ongebroken ({count} regels).</translation>
    </message>
    <message>
        <source>The chain is broken: {problem}</source>
        <translation>De keten is verbroken: {problem}</translation>
    </message>
</context>
<context>
    <name>RecipientRow</name>
    <message>
        <source>Address lines (optional)</source>
        <translation>Adresregels (niet verplicht)</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Typ de datum als DD-MM-JJJJ.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Uw herstelcode</translation>
    </message>
    <message>
        <source>Creating the team database…</source>
        <translation>Bezig met aanmaken van de teamdatabase…</translation>
    </message>
    <message>
        <source>With this code a new passphrase can be set when one is forgotten. It is shown only now. Write it down and keep it where the team keeps its keys, not on this computer.</source>
        <translation>Met deze code kan een nieuw wachtwoord worden ingesteld als er een vergeten is. Hij wordt alleen nu getoond. Schrijf hem op en bewaar hem waar het team zijn sleutels bewaart, niet op deze computer.</translation>
    </message>
    <message>
        <source>I have written down the recovery code and stored it safely</source>
        <translation>Ik heb de herstelcode opgeschreven en veilig bewaard</translation>
    </message>
    <message>
        <source>The team database is ready.</source>
        <translation>De teamdatabase is klaar.</translation>
    </message>
    <message>
        <source>The team database could not be created.</source>
        <translation>De teamdatabase kon niet worden aangemaakt.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover with recovery code</source>
        <translation>Herstellen met herstelcode</translation>
    </message>
    <message>
        <source>I have written down the new recovery code and stored it safely</source>
        <translation>Ik heb de nieuwe herstelcode opgeschreven en veilig bewaard</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nieuw wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Nieuw wachtwoord instellen</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>Bezig met controleren van de herstelcode…</translation>
    </message>
    <message>
        <source>The new passphrase is set. The old recovery code no longer works; this is the new one, shown once:</source>
        <translation>Het nieuwe wachtwoord is ingesteld. De oude herstelcode werkt niet meer; dit is de nieuwe, eenmalig getoond:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Recovery failed.</source>
        <translation>Herstellen is mislukt.</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request funding</source>
        <translation>Financiering aanvragen</translation>
    </message>
    <message>
        <source>{position}. {kind} by {provider}; expected cost {cost}.</source>
        <translation>{position}. {kind} door {provider}; verwachte kosten {cost}.</translation>
    </message>
    <message>
        <source>One document per line</source>
        <translation>Eén document per regel</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Aangevraagd bedrag</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Periode tot en met</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>Aanvraag vastleggen</translation>
    </message>
    <message>
        <source>Choose a municipality.</source>
        <translation>Kies een gemeente.</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>Set passphrase</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <source>New passphrase for {name}</source>
        <translation>Nieuw wachtwoord voor {name}</translation>
    </message>
    <message>
        <source>Give {name} a new passphrase. Tell it to them in person; they can change it afterwards with “Change my passphrase”. Their old passphrase stops working.</source>
        <translation>Geef {name} een nieuw wachtwoord. Vertel het persoonlijk; daarna kan het worden gewijzigd met “Mijn wachtwoord wijzigen”. Het oude wachtwoord werkt dan niet meer.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
</context>
<context>
    <name>RetrospectiveArea</name>
    <message>
        <source>How did the problems arise? What happened before the case came to the team?</source>
        <translation>Hoe zijn de problemen ontstaan? Wat gebeurde er voordat de casus bij het team kwam?</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Besluit toevoegen</translation>
    </message>
    <message>
        <source>Add bottleneck</source>
        <translation>Knelpunt toevoegen</translation>
    </message>
    <message>
        <source>With what we know now: would we make the same choices? If not, why not?</source>
        <translation>Met de kennis van nu: zouden we dezelfde keuzes maken? Zo nee, waarom niet?</translation>
    </message>
    <message>
        <source>What does this mean for how we work today?</source>
        <translation>Wat betekent dit voor hoe we nu werken?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>How the problems arose</source>
        <translation>Hoe de problemen ontstonden</translation>
    </message>
    <message>
        <source>Reflections (with what we know now)</source>
        <translation>Reflectie (met de kennis van nu)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <source>Themes for the learning table</source>
        <translation>Thema's voor de leertafel</translation>
    </message>
    <message>
        <source>Decisions along the way (oldest first)</source>
        <translation>Besluiten onderweg (oudste eerst)</translation>
    </message>
    <message>
        <source>Per decision: the date, who decided (a role), what was decided and what followed.</source>
        <translation>Per besluit: de datum, wie besloot (een rol), wat werd besloten en wat volgde.</translation>
    </message>
    <message>
        <source>What went wrong where</source>
        <translation>Wat ging waar mis</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Nog niets vastgelegd</translation>
    </message>
    <message>
        <source>Last saved by {name}, {when}</source>
        <translation>Laatst opgeslagen door {name}, {when}</translation>
    </message>
    <message>
        <source>Looking back at this case: how it arose, what was decided by whom, what went wrong where and what the team learns from it. A learning table only ever sees an anonymised summary of it.</source>
        <translation>Terugblik op deze casus: hoe hij ontstond, wie wat besloot, wat waar misging en wat het team ervan leert. Een leertafel ziet hiervan alleen een geanonimiseerde samenvatting.</translation>
    </message>
    <message>
        <source>Write roles (wijkteam, gemeente), not names, where you can.</source>
        <translation>Schrijf waar het kan rollen (wijkteam, gemeente), geen namen.</translation>
    </message>
    <message>
        <source>You can read the retrospective; your role does not change it.</source>
        <translation>U kunt de terugblik lezen; met uw rol wijzigt u hem niet.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved: see the messages at the fields.</source>
        <translation>Niet opgeslagen: zie de meldingen bij de velden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Retrospective saved.</source>
        <translation>Terugblik opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Returned from escalation: {reference}</source>
        <translation>Terug van opschaling: {reference}</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>Terugkeer vastleggen</translation>
    </message>
    <message>
        <source>Escalated to {to_whom} ({level}) since {date}.</source>
        <translation>Opgeschaald naar {to_whom} ({level}) sinds {date}.</translation>
    </message>
    <message>
        <source>The case goes back to: {status}.</source>
        <translation>De casus gaat terug naar: {status}.</translation>
    </message>
    <message>
        <source>What the escalation brought; goes into the file.</source>
        <translation>Wat de opschaling opleverde; komt in het dossier.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>Facts (generalised)</source>
        <translation>Gegevens (gegeneraliseerd)</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Kleuren:</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>date or age</source>
        <translation>datum of leeftijd</translation>
    </message>
    <message>
        <source>number or address</source>
        <translation>nummer of adres</translation>
    </message>
    <message>
        <source>redacted by hand</source>
        <translation>met de hand afgeschermd</translation>
    </message>
    <message>
        <source>check this</source>
        <translation>controleer dit</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Origineel</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Geanonimiseerd</translation>
    </message>
    <message>
        <source>Redact selection</source>
        <translation>Selectie afschermen</translation>
    </message>
    <message>
        <source>Replace the selected words everywhere in this summary by [AFGESCHERMD]</source>
        <translation>De gekozen woorden overal in deze samenvatting vervangen door [AFGESCHERMD]</translation>
    </message>
    <message>
        <source>Undo redaction</source>
        <translation>Afscherming ongedaan maken</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>Goedkeuring intrekken</translation>
    </message>
    <message>
        <source>Redacted by hand:</source>
        <translation>Met de hand afgeschermd:</translation>
    </message>
    <message>
        <source>Choose a case on the left.</source>
        <translation>Kies links een casus.</translation>
    </message>
    <message>
        <source>Decision point {n} ({when}, {role})</source>
        <translation>Beslismoment {n} ({when}, {role})</translation>
    </message>
    <message>
        <source>Consequence of decision point {n}</source>
        <translation>Gevolg van beslismoment {n}</translation>
    </message>
    <message>
        <source>{n} place(s) to check</source>
        <translation>{n} plek(ken) om te controleren</translation>
    </message>
    <message>
        <source>nothing to check</source>
        <translation>niets te controleren</translation>
    </message>
    <message>
        <source>Approved by {who} on {when}</source>
        <translation>Goedgekeurd door {who} op {when}</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Nog niet goedgekeurd</translation>
    </message>
    <message>
        <source>Age at registration</source>
        <translation>Leeftijd bij aanmelding</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Lead time (weeks)</source>
        <translation>Doorlooptijd (weken)</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Aangemeld door</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Problem areas</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Laatste export</translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation>{n} van {m}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>← Sessions</source>
        <translation>← Leertafels</translation>
    </message>
    <message>
        <source>Make summaries</source>
        <translation>Samenvattingen maken</translation>
    </message>
    <message>
        <source>Anonymise every summary that is not approved yet (an approved one stays as it is)</source>
        <translation>Elke nog niet goedgekeurde samenvatting anonimiseren (een goedgekeurde blijft zoals hij is)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Possible once every summary is approved</source>
        <translation>Mogelijk zodra elke samenvatting is goedgekeurd</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>{n} of {m} approved</source>
        <translation>{n} van {m} goedgekeurd</translation>
    </message>
    <message>
        <source>This session has no cases.</source>
        <translation>Deze leertafel heeft geen casussen.</translation>
    </message>
    <message>
        <source>Choose a case on the left.</source>
        <translation>Kies links een casus.</translation>
    </message>
    <message>
        <source>{label} is not anonymised yet. Press 'Make summaries' to make the summaries of this session.</source>
        <translation>{label} is nog niet geanonimiseerd. Kies 'Samenvattingen maken' om de samenvattingen van deze leertafel te maken.</translation>
    </message>
    <message>
        <source>Anonymising again…</source>
        <translation>Opnieuw anonimiseren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Anonymising</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <source>Loading the anonymiser… (the first time this can take a minute)</source>
        <translation>De anonimiseerder wordt geladen… (de eerste keer kan dit een minuut duren)</translation>
    </message>
    <message>
        <source>Making the summaries…</source>
        <translation>De samenvattingen worden gemaakt…</translation>
    </message>
</context>
<context>
    <name>SignalModel</name>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jeugdige</translation>
    </message>
    <message>
        <source>Case owner</source>
        <translation>Casushouder</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} dagen te laat</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>nog 1 dag</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>nog {n} dagen</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Care started</source>
        <translation>Hulp gestart</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Gestart op</translation>
    </message>
    <message>
        <source>The provider's answer is not recorded: starting accepts the care.</source>
        <translation>Het antwoord van de aanbieder is niet vastgelegd: met de start is de hulp geaccepteerd.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>too weak</source>
        <translation>te zwak</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
</context>
<context>
    <name>SummaryListModel</name>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>The team</source>
        <translation>Het team</translation>
    </message>
    <message>
        <source>The name appears on letters and reports. The region decides the municipalities offered first.</source>
        <translation>De naam staat op brieven en rapportages. De regio bepaalt welke gemeenten het eerst worden aangeboden.</translation>
    </message>
    <message>
        <source>e.g. Expertteam Groningen</source>
        <translation>bijv. Expertteam Groningen</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamnaam</translation>
    </message>
    <message>
        <source>Youth-care region</source>
        <translation>Jeugdregio</translation>
    </message>
</context>
<context>
    <name>TeamSettingsDialog</name>
    <message>
        <source>Team settings</source>
        <translation>Teaminstellingen</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Work list</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <source>Advice letters</source>
        <translation>Adviesbrieven</translation>
    </message>
    <message>
        <source>Saved settings apply at once: the lock time, the target lead time and the team name in this window.</source>
        <translation>Opgeslagen instellingen gelden meteen: de vergrendeltijd, de streeftermijn en de teamnaam in dit venster.</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(geen regio)</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(geen logo)</translation>
    </message>
    <message>
        <source>Choose the team's logo</source>
        <translation>Kies het logo van het team</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>Het bestand kon niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>De instellingen zijn opgeslagen.</translation>
    </message>
</context>
<context>
    <name>TransitionArea</name>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Eighteenth birthday: {date}</source>
        <translation>18e verjaardag: {date}</translation>
    </message>
    <message>
        <source>Turns 18 soon: arrange what must continue after 18.</source>
        <translation>Wordt binnenkort 18: regel wat na het 18e jaar moet doorlopen.</translation>
    </message>
    <message>
        <source>From 16.5 years the team checks the big five, so that care does not stop at 18.</source>
        <translation>Vanaf 16,5 jaar houdt het team de big five bij, zodat de hulp niet stopt bij 18.</translation>
    </message>
    <message>
        <source>The young person is not yet 16.5; the checklist starts then.</source>
        <translation>De jeugdige is nog geen 16,5; de checklist begint dan.</translation>
    </message>
    <message>
        <source>You can read the checklist; your role does not change it.</source>
        <translation>U kunt de checklist inzien; uw rol wijzigt die niet.</translation>
    </message>
    <message>
        <source>This case is closed: reopen it to change the checklist.</source>
        <translation>Deze casus is afgesloten: heropen hem om de checklist te wijzigen.</translation>
    </message>
    <message>
        <source>{name}, {when}</source>
        <translation>{name}, {when}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Checklist saved.</source>
        <translation>Checklist opgeslagen.</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Expertteam</source>
        <translation>Expertteam</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Regional expert team for youth care</source>
        <translation>Regionaal expertteam jeugd</translation>
    </message>
    <message>
        <source>The team database is locked. Type your passphrase to go on where you were.</source>
        <translation>De teamdatabase is vergrendeld. Typ uw wachtwoord om verder te gaan waar u was.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Uw wachtwoord</translation>
    </message>
    <message>
        <source>Remember on this workstation</source>
        <translation>Onthouden op deze werkplek</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Unlock with this workstation</source>
        <translation>Ontgrendelen met deze werkplek</translation>
    </message>
    <message>
        <source>New team database…</source>
        <translation>Nieuwe teamdatabase…</translation>
    </message>
    <message>
        <source>Recover with recovery code…</source>
        <translation>Herstellen met herstelcode…</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Open team database</source>
        <translation>Teamdatabase openen</translation>
    </message>
    <message>
        <source>Team database (*.etdb)</source>
        <translation>Teamdatabase (*.etdb)</translation>
    </message>
    <message>
        <source>Choose a team database, or make a new one.</source>
        <translation>Kies een teamdatabase, of maak een nieuwe.</translation>
    </message>
    <message>
        <source>DEMO database with invented cases. Every demo member's passphrase is: {passphrase}</source>
        <translation>DEMO-database met verzonnen casussen. Het wachtwoord van alle demo-leden is: {passphrase}</translation>
    </message>
    <message>
        <source>Your operating system keeps the key under your own login.</source>
        <translation>Uw besturingssysteem bewaart de sleutel onder uw eigen aanmelding.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Typ uw wachtwoord.</translation>
    </message>
    <message>
        <source>Nothing is remembered for you on this workstation. Type your passphrase.</source>
        <translation>Op deze werkplek is voor u niets onthouden. Typ uw wachtwoord.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Expertteam — unlock</source>
        <translation>Expertteam — ontgrendelen</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Add update</source>
        <translation>Update toevoegen</translation>
    </message>
    <message>
        <source>What happened: a call, a delay, a plan.</source>
        <translation>Wat er gebeurde: een telefoontje, een vertraging, een plan.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>van kracht</translation>
    </message>
    <message>
        <source>Versions of the advice for {reference}</source>
        <translation>Versies van het advies voor {reference}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Uitgebracht op</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Uitgebracht door</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reden van de wijziging</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Version {number} is the first version: nothing to compare.</source>
        <translation>Versie {number} is de eerste versie: er is niets te vergelijken.</translation>
    </message>
    <message>
        <source>Version {new} is the same as version {old}.</source>
        <translation>Versie {new} is gelijk aan versie {old}.</translation>
    </message>
    <message>
        <source>What changed in version {new} against version {old}:</source>
        <translation>Wat veranderde in versie {new} ten opzichte van versie {old}:</translation>
    </message>
</context>
<context>
    <name>WorkListPage</name>
    <message>
        <source>Only my cases</source>
        <translation>Alleen mijn casussen</translation>
    </message>
    <message>
        <source>All signals</source>
        <translation>Alle signalen</translation>
    </message>
    <message>
        <source>Show one kind of signal</source>
        <translation>Toon één soort signaal</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Nothing needs a person for this selection.</source>
        <translation>Voor deze selectie hoeft niemand iets te doen.</translation>
    </message>
    <message>
        <source>Nothing needs a person right now.</source>
        <translation>Er hoeft nu niemand iets te doen.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Niets te doen</translation>
    </message>
    <message>
        <source>The {shown} most urgent of {total} signals</source>
        <translation>De {shown} dringendste van {total} signalen</translation>
    </message>
    <message>
        <source>1 signal</source>
        <translation>1 signaal</translation>
    </message>
    <message>
        <source>{n} signals</source>
        <translation>{n} signalen</translation>
    </message>
</context>
<context>
    <name>_CaseMoveDialog</name>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Typ de datum als DD-MM-JJJJ.</translation>
    </message>
</context>
</TS>