<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Access log of {reference}</source>
        <translation>Access log of {reference}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>By when (DD-MM-YYYY)</source>
        <translation>By when (DD-MM-YYYY)</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY; an unreadable date is not kept.</source>
        <translation>Type the date as DD-MM-YYYY; an unreadable date is not kept.</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>Add a team member</translation>
    </message>
    <message>
        <source>The new member opens the team database with their own name and this passphrase. Tell it to them in person; they can change it afterwards.</source>
        <translation>The new member opens the team database with their own name and this passphrase. Tell it to them in person; they can change it afterwards.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>You manage the team members and the key. Choose a long passphrase: a sentence of a few words works well.</source>
        <translation>You manage the team members and the key. Choose a long passphrase: a sentence of a few words works well.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>AdviceEditor</name>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Type the date as DD-MM-YYYY.</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <source>Letter as PDF…</source>
        <translation>Letter as PDF…</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Discard draft…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>New version…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Issue advice…</source>
        <translation>Issue advice…</translation>
    </message>
    <message>
        <source>Only the chair (voorzitter) issues the advice.</source>
        <translation>Only the chair (voorzitter) issues the advice.</translation>
    </message>
    <message>
        <source>Your role may not export case data.</source>
        <translation>Your role may not export case data.</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Advised care</source>
        <translation>Advised care</translation>
    </message>
    <message>
        <source>No new care needed</source>
        <translation>No new care needed</translation>
    </message>
    <message>
        <source>Why no new care is needed</source>
        <translation>Why no new care is needed</translation>
    </message>
    <message>
        <source>Add care</source>
        <translation>Add care</translation>
    </message>
    <message>
        <source>Feasible goals</source>
        <translation>Feasible goals</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Case direction and rationale</source>
        <translation>Case direction and rationale</translation>
    </message>
    <message>
        <source>Who directs the case (regiehouder)</source>
        <translation>Who directs the case (regiehouder)</translation>
    </message>
    <message>
        <source>Why this care, by these providers, now: the team's reasoning.</source>
        <translation>Why this care, by these providers, now: the team's reasoning.</translation>
    </message>
    <message>
        <source>Case director</source>
        <translation>Case director</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Addressees of the letter</source>
        <translation>Addressees of the letter</translation>
    </message>
    <message>
        <source>Add addressee</source>
        <translation>Add addressee</translation>
    </message>
    <message>
        <source>Draft advice — version {n}</source>
        <translation>Draft advice — version {n}</translation>
    </message>
    <message>
        <source>Reason for the new version: {reason}</source>
        <translation>Reason for the new version: {reason}</translation>
    </message>
    <message>
        <source>Version {n}, issued on {date} by {name}, stays in force until this version is issued.</source>
        <translation>Version {n}, issued on {date} by {name}, stays in force until this version is issued.</translation>
    </message>
    <message>
        <source>Save the draft as you go; issue it when it is complete.</source>
        <translation>Save the draft as you go; issue it when it is complete.</translation>
    </message>
    <message>
        <source>The chair (voorzitter) issues the advice once it is complete.</source>
        <translation>The chair (voorzitter) issues the advice once it is complete.</translation>
    </message>
    <message>
        <source>Issued advice — version {n}</source>
        <translation>Issued advice — version {n}</translation>
    </message>
    <message>
        <source>Issued on {date} by {name}. Binding: it cannot be changed; a change is a new version with a reason.</source>
        <translation>Issued on {date} by {name}. Binding: it cannot be changed; a change is a new version with a reason.</translation>
    </message>
    <message>
        <source>Reason for this version: {reason}</source>
        <translation>Reason for this version: {reason}</translation>
    </message>
    <message>
        <source>No advice yet</source>
        <translation>No advice yet</translation>
    </message>
    <message>
        <source>A case that is '{status}' takes no advice.</source>
        <translation>A case that is '{status}' takes no advice.</translation>
    </message>
    <message>
        <source>Build the advice below and save it as a draft; the chair issues it.</source>
        <translation>Build the advice below and save it as a draft; the chair issues it.</translation>
    </message>
    <message>
        <source>The chair and the coordinator draft the advice.</source>
        <translation>The chair and the coordinator draft the advice.</translation>
    </message>
    <message>
        <source>Superseded: {versions}.</source>
        <translation>Superseded: {versions}.</translation>
    </message>
    <message>
        <source>version {n} of {date}</source>
        <translation>version {n} of {date}</translation>
    </message>
    <message>
        <source>Discussed in the meeting of {date}.</source>
        <translation>Discussed in the meeting of {date}.</translation>
    </message>
    <message>
        <source>You can read the advice; your role does not change it.</source>
        <translation>You can read the advice; your role does not change it.</translation>
    </message>
    <message>
        <source>Expected cost in total: {total}</source>
        <translation>Expected cost in total: {total}</translation>
    </message>
    <message>
        <source>Per municipality: {parts}</source>
        <translation>Per municipality: {parts}</translation>
    </message>
    <message>
        <source>Not done: see the marked fields.</source>
        <translation>Not done: see the marked fields.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>Draft saved at {time}.</translation>
    </message>
    <message>
        <source>Issue the binding advice</source>
        <translation>Issue the binding advice</translation>
    </message>
    <message>
        <source>Issue version {n} of the advice for {reference}?</source>
        <translation>Issue version {n} of the advice for {reference}?</translation>
    </message>
    <message>
        <source>Once issued, the advice is binding for the providers and the municipality, and it cannot be changed: a change is a new version with a reason.</source>
        <translation>Once issued, the advice is binding for the providers and the municipality, and it cannot be changed: a change is a new version with a reason.</translation>
    </message>
    <message>
        <source>Issue advice</source>
        <translation>Issue advice</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <source>The draft is saved but not issued: see the marked fields.</source>
        <translation>The draft is saved but not issued: see the marked fields.</translation>
    </message>
    <message>
        <source>Version {n} is issued. The advice is binding from now on.</source>
        <translation>Version {n} is issued. The advice is binding from now on.</translation>
    </message>
    <message>
        <source>Opening a new version…</source>
        <translation>Opening a new version…</translation>
    </message>
    <message>
        <source>Version {n} is open as a draft, starting from the version in force.</source>
        <translation>Version {n} is open as a draft, starting from the version in force.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Discard draft version {n}?</source>
        <translation>Discard draft version {n}?</translation>
    </message>
    <message>
        <source>What it holds is deleted. Issued versions stay as they are.</source>
        <translation>What it holds is deleted. Issued versions stay as they are.</translation>
    </message>
    <message>
        <source>The draft is discarded.</source>
        <translation>The draft is discarded.</translation>
    </message>
    <message>
        <source>Save the draft first: the letter shows what is saved.</source>
        <translation>Save the draft first: the letter shows what is saved.</translation>
    </message>
    <message>
        <source>The letter is saved as {path}.</source>
        <translation>The letter is saved as {path}.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Provider's answer</source>
        <translation>Provider's answer</translation>
    </message>
    <message>
        <source>Why the provider declines, or a note.</source>
        <translation>Why the provider declines, or a note.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Reason or note</translation>
    </message>
    <message>
        <source>{subject}
Now: {answer} on {date}</source>
        <translation>{subject}
Now: {answer} on {date}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Make a backup</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Team database (*.etdb)</source>
        <translation>Team database (*.etdb)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Make a backup</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Making the backup in {folder}…</source>
        <translation>Making the backup in {folder}…</translation>
    </message>
    <message>
        <source>The backup is ready. Keep these two files together: one without the other cannot be opened.</source>
        <translation>The backup is ready. Keep these two files together: one without the other cannot be opened.</translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>No backup was made.</translation>
    </message>
</context>
<context>
    <name>BottleneckRow</name>
    <message>
        <source>(choose a bottleneck)</source>
        <translation>(choose a bottleneck)</translation>
    </message>
    <message>
        <source>Where in the chain (e.g. access, funding)</source>
        <translation>Where in the chain (e.g. access, funding)</translation>
    </message>
    <message>
        <source>What happened there</source>
        <translation>What happened there</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
</context>
<context>
    <name>CareItemBox</name>
    <message>
        <source>Request funding…</source>
        <translation>Request funding…</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>No funding requested yet.</source>
        <translation>No funding requested yet.</translation>
    </message>
    <message>
        <source>Expected cost {cost}; the advice names {municipality}. Requested {requested}, committed {committed}.</source>
        <translation>Expected cost {cost}; the advice names {municipality}. Requested {requested}, committed {committed}.</translation>
    </message>
</context>
<context>
    <name>CareItemRow</name>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Choose from the sociale kaart</source>
        <translation>Choose from the sociale kaart</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>e.g. 3 hours a week for 6 months</source>
        <translation>e.g. 3 hours a week for 6 months</translation>
    </message>
    <message>
        <source>Kind of care</source>
        <translation>Kind of care</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <source>Start at the latest</source>
        <translation>Start at the latest</translation>
    </message>
    <message>
        <source>Funded by</source>
        <translation>Funded by</translation>
    </message>
    <message>
        <source>Expected cost</source>
        <translation>Expected cost</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Type an amount in euros, e.g. 1.250,00.</source>
        <translation>Type an amount in euros, e.g. 1.250,00.</translation>
    </message>
</context>
<context>
    <name>CareItemsModel</name>
    <message>
        <source>Kind of care</source>
        <translation>Kind of care</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Latest start</source>
        <translation>Latest start</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>{date} — late</source>
        <translation>{date} — late</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>no answer yet</translation>
    </message>
    <message>
        <source>{answer}, {date}</source>
        <translation>{answer}, {date}</translation>
    </message>
    <message>
        <source>Past its latest start date and not started.</source>
        <translation>Past its latest start date and not started.</translation>
    </message>
</context>
<context>
    <name>CareRow</name>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>What care</source>
        <translation>What care</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo last save…</source>
        <translation>Undo last save…</translation>
    </message>
    <message>
        <source>Put back the case as it was before the last save. Nothing is deleted.</source>
        <translation>Put back the case as it was before the last save. Nothing is deleted.</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>School / day activity</source>
        <translation>School / day activity</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Case owner</source>
        <translation>Case owner</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Parents, guardians and others in the household. Tick custody (gezag) where it applies.</source>
        <translation>Parents, guardians and others in the household. Tick custody (gezag) where it applies.</translation>
    </message>
    <message>
        <source>Add household member</source>
        <translation>Add household member</translation>
    </message>
    <message>
        <source>Referral and question</source>
        <translation>Referral and question</translation>
    </message>
    <message>
        <source>Same as the municipality of residence</source>
        <translation>Same as the municipality of residence</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>What is stuck, and what does the referrer ask of the team?</source>
        <translation>What is stuck, and what does the referrer ask of the team?</translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <source>Funding municipality</source>
        <translation>Funding municipality</translation>
    </message>
    <message>
        <source>Kind of referrer</source>
        <translation>Kind of referrer</translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation>Referring organisation</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Question to the team</source>
        <translation>Question to the team</translation>
    </message>
    <message>
        <source>Problem areas and bottlenecks</source>
        <translation>Problem areas and bottlenecks</translation>
    </message>
    <message>
        <source>Problem areas (leefgebieden)</source>
        <translation>Problem areas (leefgebieden)</translation>
    </message>
    <message>
        <source>Bottlenecks (knelpunten)</source>
        <translation>Bottlenecks (knelpunten)</translation>
    </message>
    <message>
        <source>Care history</source>
        <translation>Care history</translation>
    </message>
    <message>
        <source>Care tried so far: provider, period and how it ended.</source>
        <translation>Care tried so far: provider, period and how it ended.</translation>
    </message>
    <message>
        <source>Add care</source>
        <translation>Add care</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Add consent</source>
        <translation>Add consent</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Fill in the date of birth to see whose consent is needed.</source>
        <translation>Fill in the date of birth to see whose consent is needed.</translation>
    </message>
    <message>
        <source>Age {age}: consent is needed from {who}.</source>
        <translation>Age {age}: consent is needed from {who}.</translation>
    </message>
    <message>
        <source>Missing: {what}.</source>
        <translation>Missing: {what}.</translation>
    </message>
    <message>
        <source>Consent is complete.</source>
        <translation>Consent is complete.</translation>
    </message>
    <message>
        <source>Possible duplicate: {cases}. Check before saving.</source>
        <translation>Possible duplicate: {cases}. Check before saving.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Registered as {reference} at {time}.</source>
        <translation>Registered as {reference} at {time}.</translation>
    </message>
    <message>
        <source>Registered; consent is still missing: {what}.</source>
        <translation>Registered; consent is still missing: {what}.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Saved at {time}.</translation>
    </message>
    <message>
        <source>Not saved: check the marked fields.</source>
        <translation>Not saved: check the marked fields.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <source>Undo last save</source>
        <translation>Undo last save</translation>
    </message>
    <message>
        <source>Put back the case as it was before the save of {time} by {member}?</source>
        <translation>Put back the case as it was before the save of {time} by {member}?</translation>
    </message>
    <message>
        <source>Changed then: {fields}.
Nothing is deleted: the undo is saved as a change of its own and can be undone in turn.</source>
        <translation>Changed then: {fields}.
Nothing is deleted: the undo is saved as a change of its own and can be undone in turn.</translation>
    </message>
    <message>
        <source>The last save was undone.</source>
        <translation>The last save was undone.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>{title} has changes that are not saved.</source>
        <translation>{title} has changes that are not saved.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>registered {date}</source>
        <translation>registered {date}</translation>
    </message>
    <message>
        <source>lead time {days} days</source>
        <translation>lead time {days} days</translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation>owner {name}</translation>
    </message>
    <message>
        <source>Suspended since {date}: {reason}</source>
        <translation>Suspended since {date}: {reason}</translation>
    </message>
    <message>
        <source>The lead time is past the team's target of {weeks} weeks.</source>
        <translation>The lead time is past the team's target of {weeks} weeks.</translation>
    </message>
    <message>
        <source>Escalated to {to_whom} ({level}) since {date}</source>
        <translation>Escalated to {to_whom} ({level}) since {date}</translation>
    </message>
    <message>
        <source>Closed on {date} with the result: {result}</source>
        <translation>Closed on {date} with the result: {result}</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Closed on {date}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Suspend…</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Suspended: the lead-time clock is paused</source>
        <translation>Suspended: the lead-time clock is paused</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search by name, reference, BSN or text…</source>
        <translation>Search by name, reference, BSN or text…</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Everyone's cases</source>
        <translation>Everyone's cases</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>Registered from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Choose a case to see it here.</source>
        <translation>Choose a case to see it here.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>{n} case(s)</source>
        <translation>{n} case(s)</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Consent missing</translation>
    </message>
    <message>
        <source>Question to the team</source>
        <translation>Question to the team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <source>{days} days (target {weeks} weeks)</source>
        <translation>{days} days (target {weeks} weeks)</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Problem areas</source>
        <translation>Problem areas</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Bottlenecks</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>18-/18+</source>
        <translation>18-/18+</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Retrospective</translation>
    </message>
</context>
<context>
    <name>CasesBehindDialog</name>
    <message>
        <source>Cases behind the figure</source>
        <translation>Cases behind the figure</translation>
    </message>
    <message>
        <source>{count} cases; double-click a case to open it.</source>
        <translation>{count} cases; double-click a case to open it.</translation>
    </message>
</context>
<context>
    <name>CasesBehindModel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Change role</translation>
    </message>
    <message>
        <source>Role of {name}</source>
        <translation>Role of {name}</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>How this indicator is computed</source>
        <translation>How this indicator is computed</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the database</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Checking the database… This can take a minute.</source>
        <translation>Checking the database… This can take a minute.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Checks that found a problem: {count}. Make a backup of the files as they are and ask your IT support for help.</source>
        <translation>Checks that found a problem: {count}. Make a backup of the files as they are and ask your IT support for help.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>All checks passed.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close {reference}</source>
        <translation>Close {reference}</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>The result and the note go into the file. A closed case can be reopened later, with a reason.</source>
        <translation>The result and the note go into the file. A closed case can be reopened later, with a reason.</translation>
    </message>
    <message>
        <source>This case is escalated to {to_whom}. Closing it ends the escalation on the same date.</source>
        <translation>This case is escalated to {to_whom}. Closing it ends the escalation on the same date.</translation>
    </message>
    <message>
        <source>Choose a result</source>
        <translation>Choose a result</translation>
    </message>
    <message>
        <source>How the case ended and who carries on; goes into the file.</source>
        <translation>How the case ended and who carries on; goes into the file.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>The young person</source>
        <translation>The young person</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record decision</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>Request: {request}. Now: {decision}.</source>
        <translation>Request: {request}. Now: {decision}.</translation>
    </message>
    <message>
        <source>The municipality's reference</source>
        <translation>The municipality's reference</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Amount committed</source>
        <translation>Amount committed</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Reason or note</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Why the municipality refuses</source>
        <translation>Why the municipality refuses</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>Who decided (role)</source>
        <translation>Who decided (role)</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>What was decided</translation>
    </message>
    <message>
        <source>What followed</source>
        <translation>What followed</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Consequence</translation>
    </message>
</context>
<context>
    <name>DefinitionsDialog</name>
    <message>
        <source>How the indicators are computed</source>
        <translation>How the indicators are computed</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Open a dispute</source>
        <translation>Open a dispute</translation>
    </message>
    <message>
        <source>Request: {request}. Now: {decision}.</source>
        <translation>Request: {request}. Now: {decision}.</translation>
    </message>
    <message>
        <source>e.g. Gemeente Utrecht, Gemeente Zeist</source>
        <translation>e.g. Gemeente Utrecht, Gemeente Zeist</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>Open dispute</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>Care ended</source>
        <translation>Care ended</translation>
    </message>
    <message>
        <source>How the care ended (optional).</source>
        <translation>How the care ended (optional).</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>EndDisputeDialog</name>
    <message>
        <source>End the dispute</source>
        <translation>End the dispute</translation>
    </message>
    <message>
        <source>Dispute since {since} between {parties} about: {subject}.</source>
        <translation>Dispute since {since} between {parties} about: {subject}.</translation>
    </message>
    <message>
        <source>How the dispute ended</source>
        <translation>How the dispute ended</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Amount committed</source>
        <translation>Amount committed</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>End dispute</source>
        <translation>End dispute</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>Escalate {reference}</source>
        <translation>Escalate {reference}</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>The region cannot solve this case: it goes to a body with more reach. The case is escalated until you record its return.</source>
        <translation>The region cannot solve this case: it goes to a body with more reach. The case is escalated until you record its return.</translation>
    </message>
    <message>
        <source>The body or person, e.g. the CCE, region North</source>
        <translation>The body or person, e.g. the CCE, region North</translation>
    </message>
    <message>
        <source>Why the region cannot solve it; goes into the file.</source>
        <translation>Why the region cannot solve it; goes into the file.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>To whom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>EscalationsDialog</name>
    <message>
        <source>Escalations of {reference}</source>
        <translation>Escalations of {reference}</translation>
    </message>
    <message>
        <source>Escalated on</source>
        <translation>Escalated on</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>To whom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>still escalated</source>
        <translation>still escalated</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <source>Evaluate goal</source>
        <translation>Evaluate goal</translation>
    </message>
    <message>
        <source>Needed when the goal is not achieved or not evaluable.</source>
        <translation>Needed when the goal is not achieved or not evaluable.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export learning table</source>
        <translation>Export learning table</translation>
    </message>
    <message>
        <source>Every summary is approved. Choose where each file goes; a format without a place is not written.</source>
        <translation>Every summary is approved. Choose where each file goes; a format without a place is not written.</translation>
    </message>
    <message>
        <source>PDF (to print or show)</source>
        <translation>PDF (to print or show)</translation>
    </message>
    <message>
        <source>CSV (summaries and tables)</source>
        <translation>CSV (summaries and tables)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Written:
{files}</source>
        <translation>Written:
{files}</translation>
    </message>
</context>
<context>
    <name>FollowUpArea</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Provider's answer…</source>
        <translation>Provider's answer…</translation>
    </message>
    <message>
        <source>Care started…</source>
        <translation>Care started…</translation>
    </message>
    <message>
        <source>Care ended…</source>
        <translation>Care ended…</translation>
    </message>
    <message>
        <source>Add update…</source>
        <translation>Add update…</translation>
    </message>
    <message>
        <source>Advised care</source>
        <translation>Advised care</translation>
    </message>
    <message>
        <source>Evaluate goal…</source>
        <translation>Evaluate goal…</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Goals: {summary}</source>
        <translation>Goals: {summary}</translation>
    </message>
    <message>
        <source>This advice has no goals.</source>
        <translation>This advice has no goals.</translation>
    </message>
    <message>
        <source>There is no issued advice yet. Follow-up starts once the chair has issued the binding advice.</source>
        <translation>There is no issued advice yet. Follow-up starts once the chair has issued the binding advice.</translation>
    </message>
    <message>
        <source>Follow-up of advice version {n}, issued on {date}.</source>
        <translation>Follow-up of advice version {n}, issued on {date}.</translation>
    </message>
    <message>
        <source>{count} care item(s) past the latest start date and not started.</source>
        <translation>{count} care item(s) past the latest start date and not started.</translation>
    </message>
    <message>
        <source>{count} goal evaluation(s) due.</source>
        <translation>{count} goal evaluation(s) due.</translation>
    </message>
    <message>
        <source>You can read the follow-up; your role does not record it.</source>
        <translation>You can read the follow-up; your role does not record it.</translation>
    </message>
    <message>
        <source>This case is '{status}': reopen it to record follow-up.</source>
        <translation>This case is '{status}': reopen it to record follow-up.</translation>
    </message>
    <message>
        <source>Timeline: {kind}</source>
        <translation>Timeline: {kind}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <source>Not evaluated yet; evaluation moment {date}.</source>
        <translation>Not evaluated yet; evaluation moment {date}.</translation>
    </message>
    <message>
        <source>Declined: record first that the provider accepts after all.</source>
        <translation>Declined: record first that the provider accepts after all.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
</context>
<context>
    <name>FundingArea</name>
    <message>
        <source>Record decision…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Dispute…</translation>
    </message>
    <message>
        <source>End dispute…</source>
        <translation>End dispute…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>The selected request</source>
        <translation>The selected request</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>No binding advice yet</source>
        <translation>No binding advice yet</translation>
    </message>
    <message>
        <source>Funding is requested for the care items of an issued binding advice.</source>
        <translation>Funding is requested for the care items of an issued binding advice.</translation>
    </message>
    <message>
        <source>Funding of advice version {number}, issued on {on}</source>
        <translation>Funding of advice version {number}, issued on {on}</translation>
    </message>
    <message>
        <source>Record per care item what was asked of which municipality, the decision and any dispute. A care item may have several requests: split funding, or a new period.</source>
        <translation>Record per care item what was asked of which municipality, the decision and any dispute. A care item may have several requests: split funding, or a new period.</translation>
    </message>
    <message>
        <source>Funding as recorded by the chair and the case coordinator.</source>
        <translation>Funding as recorded by the chair and the case coordinator.</translation>
    </message>
    <message>
        <source>All care items: expected {expected}, requested {requested}, committed {committed}.</source>
        <translation>All care items: expected {expected}, requested {requested}, committed {committed}.</translation>
    </message>
    <message>
        <source>{municipality}: {amount} requested on {on}; now {decision}.</source>
        <translation>{municipality}: {amount} requested on {on}; now {decision}.</translation>
    </message>
</context>
<context>
    <name>FundingDialog</name>
    <message>
        <source>{municipality}, {amount}, requested on {on}</source>
        <translation>{municipality}, {amount}, requested on {on}</translation>
    </message>
    <message>
        <source>Type an amount in euros, such as 1.250,00.</source>
        <translation>Type an amount in euros, such as 1.250,00.</translation>
    </message>
    <message>
        <source>Fill in an amount.</source>
        <translation>Fill in an amount.</translation>
    </message>
    <message>
        <source>Type a date as DD-MM-YYYY.</source>
        <translation>Type a date as DD-MM-YYYY.</translation>
    </message>
    <message>
        <source>Fill in a date.</source>
        <translation>Fill in a date.</translation>
    </message>
</context>
<context>
    <name>FundingOverviewWindow</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the funding overview</source>
        <translation>Export the funding overview</translation>
    </message>
    <message>
        <source>Funding overview</source>
        <translation>Funding overview</translation>
    </message>
    <message>
        <source>Funding per municipality per year</source>
        <translation>Funding per municipality per year</translation>
    </message>
    <message>
        <source>Per municipality asked to fund, per calendar year of the request date. Open: requested or disputed; the open amount is what is requested and not yet committed.</source>
        <translation>Per municipality asked to fund, per calendar year of the request date. Open: requested or disputed; the open amount is what is requested and not yet committed.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Open amount</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{requests} requests: requested {requested}, committed {committed}; {refused} refused; {open} open for {open_amount}.</source>
        <translation>{requests} requests: requested {requested}, committed {committed}; {refused} refused; {open} open for {open_amount}.</translation>
    </message>
    <message>
        <source>Open requests by age (days since the request date, on {on})</source>
        <translation>Open requests by age (days since the request date, on {on})</translation>
    </message>
    <message>
        <source>funding-overview</source>
        <translation>funding-overview</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>GoalRow</name>
    <message>
        <source>What is reached, feasibly, and by whom</source>
        <translation>What is reached, feasibly, and by whom</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>How it is measured</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Measured by</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Latest outcome</source>
        <translation>Latest outcome</translation>
    </message>
    <message>
        <source>{date} — due</source>
        <translation>{date} — due</translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation>not evaluated yet</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>For the whole meeting</source>
        <translation>For the whole meeting</translation>
    </message>
</context>
<context>
    <name>HouseholdRow</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Custody</translation>
    </message>
    <message>
        <source>Lives in the household</source>
        <translation>Lives in the household</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import register</source>
        <translation>Import register</translation>
    </message>
    <message>
        <source>Import the team's register from Excel (.xlsx) or CSV, in the layout of the template (`expertteam template`). Every row is checked first; by default nothing is imported when a row is rejected.</source>
        <translation>Import the team's register from Excel (.xlsx) or CSV, in the layout of the template (`expertteam template`). Every row is checked first; by default nothing is imported when a row is rejected.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Import the valid rows and report the rest</source>
        <translation>Import the valid rows and report the rest</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose the register</source>
        <translation>Choose the register</translation>
    </message>
    <message>
        <source>Register (*.xlsx *.csv *.txt)</source>
        <translation>Register (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Checking and importing…</source>
        <translation>Checking and importing…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>{imported} case(s) imported from {file}; {rejected} row(s) rejected, {warnings} warning(s).</source>
        <translation>{imported} case(s) imported from {file}; {rejected} row(s) rejected, {warnings} warning(s).</translation>
    </message>
    <message>
        <source>Nothing was imported: {rejected} of {rows} row(s) were rejected. Correct them in the file, or tick the option above to import only the valid rows.</source>
        <translation>Nothing was imported: {rejected} of {rows} row(s) were rejected. Correct them in the file, or tick the option above to import only the valid rows.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Expertteam. “System” follows the computer: English when it is set to English, otherwise Dutch.</source>
        <translation>The new language applies the next time you start Expertteam. “System” follows the computer: English when it is set to English, otherwise Dutch.</translation>
    </message>
</context>
<context>
    <name>LearningPage</name>
    <message>
        <source>New session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>A learning table looks back at complex cases with outside experts. Choose the cases, check every anonymised summary, approve it, and export.</source>
        <translation>A learning table looks back at complex cases with outside experts. Choose the cases, check every anonymised summary, approve it, and export.</translation>
    </message>
    <message>
        <source>{n} session(s)</source>
        <translation>{n} session(s)</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Delete the learning-table session '{title}' of {date} with its summaries? Files already exported stay where they are.</source>
        <translation>Delete the learning-table session '{title}' of {date} with its summaries? Files already exported stay where they are.</translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <source>The team's lists</source>
        <translation>The team's lists</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Make inactive</source>
        <translation>Make inactive</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Make active</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Work list</source>
        <translation>Work list</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Learning tables</source>
        <translation>Learning tables</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Import register…</source>
        <translation>Import register…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>Open selected case</source>
        <translation>Open selected case</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Refresh list</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Show work list</source>
        <translation>Show work list</translation>
    </message>
    <message>
        <source>Funding overview…</source>
        <translation>Funding overview…</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>Show meetings</source>
        <translation>Show meetings</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Open the meeting room</source>
        <translation>Open the meeting room</translation>
    </message>
    <message>
        <source>&amp;Learning tables</source>
        <translation>&amp;Learning tables</translation>
    </message>
    <message>
        <source>Show learning tables</source>
        <translation>Show learning tables</translation>
    </message>
    <message>
        <source>New learning-table session…</source>
        <translation>New learning-table session…</translation>
    </message>
    <message>
        <source>M&amp;onitoring</source>
        <translation>M&amp;onitoring</translation>
    </message>
    <message>
        <source>Show monitoring</source>
        <translation>Show monitoring</translation>
    </message>
    <message>
        <source>&amp;Management</source>
        <translation>&amp;Management</translation>
    </message>
    <message>
        <source>Team members…</source>
        <translation>Team members…</translation>
    </message>
    <message>
        <source>Team settings…</source>
        <translation>Team settings…</translation>
    </message>
    <message>
        <source>Providers (sociale kaart)…</source>
        <translation>Providers (sociale kaart)…</translation>
    </message>
    <message>
        <source>Municipalities…</source>
        <translation>Municipalities…</translation>
    </message>
    <message>
        <source>The team's lists…</source>
        <translation>The team's lists…</translation>
    </message>
    <message>
        <source>Access log…</source>
        <translation>Access log…</translation>
    </message>
    <message>
        <source>Check the database…</source>
        <translation>Check the database…</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Make a backup…</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>Change my passphrase…</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>Language…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About Expertteam</source>
        <translation>About Expertteam</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Expertteam {version}
Case register, binding advice and learning tables for regional expert teams in youth care.</source>
        <translation>Expertteam {version}
Case register, binding advice and learning tables for regional expert teams in youth care.</translation>
    </message>
    <message>
        <source>Unsaved retrospective</source>
        <translation>Unsaved retrospective</translation>
    </message>
    <message>
        <source>The retrospective of {titles} has changes that are not saved. Close anyway and lose them?</source>
        <translation>The retrospective of {titles} has changes that are not saved. Close anyway and lose them?</translation>
    </message>
    <message>
        <source>Unsaved advice</source>
        <translation>Unsaved advice</translation>
    </message>
    <message>
        <source>The advice of {titles} has changes that are not saved. Close anyway and lose them?</source>
        <translation>The advice of {titles} has changes that are not saved. Close anyway and lose them?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>These cases have changes that are not saved: {titles}.
Unlock first to save them. Quit anyway and lose them?</source>
        <translation>These cases have changes that are not saved: {titles}.
Unlock first to save them. Quit anyway and lose them?</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Meeting of {date}</source>
        <translation>Meeting of {date}</translation>
    </message>
    <message>
        <source>Room and building, or 'online'</source>
        <translation>Room and building, or 'online'</translation>
    </message>
    <message>
        <source>For example: case meeting June</source>
        <translation>For example: case meeting June</translation>
    </message>
    <message>
        <source>(choose the chair)</source>
        <translation>(choose the chair)</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Find a case by reference or name…</source>
        <translation>Find a case by reference or name…</translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation>Add to the agenda</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Remove from the agenda</source>
        <translation>Remove from the agenda</translation>
    </message>
    <message>
        <source>Preparation for the chosen case</source>
        <translation>Preparation for the chosen case</translation>
    </message>
    <message>
        <source>Explanatory analysis and the question for the table</source>
        <translation>Explanatory analysis and the question for the table</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>In this order:</source>
        <translation>In this order:</translation>
    </message>
    <message>
        <source>Minutes exist for this case; it stays on the agenda</source>
        <translation>Minutes exist for this case; it stays on the agenda</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Type the date as DD-MM-YYYY.</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>With minutes</source>
        <translation>With minutes</translation>
    </message>
</context>
<context>
    <name>MeetingListPage</name>
    <message>
        <source>Show past meetings</source>
        <translation>Show past meetings</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <source>Agenda as PDF…</source>
        <translation>Agenda as PDF…</translation>
    </message>
    <message>
        <source>Minutes as PDF…</source>
        <translation>Minutes as PDF…</translation>
    </message>
    <message>
        <source>Cancel meeting…</source>
        <translation>Cancel meeting…</translation>
    </message>
    <message>
        <source>The chair's view in the room: one case at a time, with its minutes</source>
        <translation>The chair's view in the room: one case at a time, with its minutes</translation>
    </message>
    <message>
        <source>{n} meeting(s)</source>
        <translation>{n} meeting(s)</translation>
    </message>
    <message>
        <source>agenda {date}.pdf</source>
        <translation>agenda {date}.pdf</translation>
    </message>
    <message>
        <source>minutes {date}.pdf</source>
        <translation>minutes {date}.pdf</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>Cancel the meeting of {when} ({title})? Its cases go back to 'in behandeling' unless they are on another agenda.</source>
        <translation>Cancel the meeting of {when} ({title})? Its cases go back to 'in behandeling' unless they are on another agenda.</translation>
    </message>
</context>
<context>
    <name>MeetingRoom</name>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>◀ Previous case</source>
        <translation>◀ Previous case</translation>
    </message>
    <message>
        <source>Alt+Left or Ctrl+PgUp</source>
        <translation>Alt+Left or Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Next case ▶</source>
        <translation>Next case ▶</translation>
    </message>
    <message>
        <source>Alt+Right or Ctrl+PgDown</source>
        <translation>Alt+Right or Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Actions (who, what, by when)</source>
        <translation>Actions (who, what, by when)</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>Next case</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>Previous case</translation>
    </message>
    <message>
        <source>Meeting {date} — {title}</source>
        <translation>Meeting {date} — {title}</translation>
    </message>
    <message>
        <source>chair: {name}</source>
        <translation>chair: {name}</translation>
    </message>
    <message>
        <source>There are no cases on this agenda.</source>
        <translation>There are no cases on this agenda.</translation>
    </message>
    <message>
        <source>Minutes have been written for this case</source>
        <translation>Minutes have been written for this case</translation>
    </message>
    <message>
        <source>Case {n} of {count}</source>
        <translation>Case {n} of {count}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Question to the team</source>
        <translation>Question to the team</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Care so far</source>
        <translation>Care so far</translation>
    </message>
    <message>
        <source>Guests for this case</source>
        <translation>Guests for this case</translation>
    </message>
    <message>
        <source>Problem areas</source>
        <translation>Problem areas</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Bottlenecks</translation>
    </message>
    <message>
        <source>Earlier advice</source>
        <translation>Earlier advice</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <source>day {n} since registration</source>
        <translation>day {n} since registration</translation>
    </message>
    <message>
        <source>start by {date}</source>
        <translation>start by {date}</translation>
    </message>
    <message>
        <source>target {date}</source>
        <translation>target {date}</translation>
    </message>
    <message>
        <source>Version {n}, issued {date}</source>
        <translation>Version {n}, issued {date}</translation>
    </message>
    <message>
        <source>No new care: {reason}</source>
        <translation>No new care: {reason}</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Imported advice of {date}</source>
        <translation>Imported advice of {date}</translation>
    </message>
    <message>
        <source>Imported advice</source>
        <translation>Imported advice</translation>
    </message>
    <message>
        <source>No earlier advice.</source>
        <translation>No earlier advice.</translation>
    </message>
    <message>
        <source>Read only: your role does not keep minutes</source>
        <translation>Read only: your role does not keep minutes</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>a fault in the program</source>
        <translation>a fault in the program</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason} Close again to discard it.</source>
        <translation>Not saved: {reason} Close again to discard it.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>Reset passphrase…</source>
        <translation>Reset passphrase…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Forgot a passphrase? Reset it here, or the member uses the team's recovery code in the unlock window: “{button}”.</source>
        <translation>Forgot a passphrase? Reset it here, or the member uses the team's recovery code in the unlock window: “{button}”.</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (you)</translation>
    </message>
    <message>
        <source>{name} is added.</source>
        <translation>{name} is added.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} is now {role}.</translation>
    </message>
    <message>
        <source>{name} has a new passphrase.</source>
        <translation>{name} has a new passphrase.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Remove {name} from the team?

Their key is destroyed: they can no longer open the team database. What they did stays in the access log.</source>
        <translation>Remove {name} from the team?

Their key is destroyed: they can no longer open the team database. What they did stays in the access log.</translation>
    </message>
    <message>
        <source>{name} is removed.</source>
        <translation>{name} is removed.</translation>
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
        <translation>Something went wrong in the program. Your data is safe; what you were doing was not saved.</translation>
    </message>
    <message>
        <source>A report without client data was written to:
{path}</source>
        <translation>A report without client data was written to:
{path}</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Registrations per month</source>
        <translation>Registrations per month</translation>
    </message>
    <message>
        <source>Registrations per municipality</source>
        <translation>Registrations per municipality</translation>
    </message>
    <message>
        <source>Registrations per referrer type</source>
        <translation>Registrations per referrer type</translation>
    </message>
    <message>
        <source>Admissibility</source>
        <translation>Admissibility</translation>
    </message>
    <message>
        <source>Lead time registration → advice</source>
        <translation>Lead time registration → advice</translation>
    </message>
    <message>
        <source>Time advice → start of care</source>
        <translation>Time advice → start of care</translation>
    </message>
    <message>
        <source>Escalations per level</source>
        <translation>Escalations per level</translation>
    </message>
    <message>
        <source>Problem areas</source>
        <translation>Problem areas</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Bottlenecks</translation>
    </message>
    <message>
        <source>Goal outcomes</source>
        <translation>Goal outcomes</translation>
    </message>
    <message>
        <source>Case results</source>
        <translation>Case results</translation>
    </message>
    <message>
        <source>Funding per municipality</source>
        <translation>Funding per municipality</translation>
    </message>
    <message>
        <source>18-/18+ transition</source>
        <translation>18-/18+ transition</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>Definitions…</source>
        <translation>Definitions…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>registrations</source>
        <translation>registrations</translation>
    </message>
    <message>
        <source>admissible (of decided)</source>
        <translation>admissible (of decided)</translation>
    </message>
    <message>
        <source>days to advice, median</source>
        <translation>days to advice, median</translation>
    </message>
    <message>
        <source>days to advice, 90th percentile</source>
        <translation>days to advice, 90th percentile</translation>
    </message>
    <message>
        <source>advice within the target</source>
        <translation>advice within the target</translation>
    </message>
    <message>
        <source>care started on time</source>
        <translation>care started on time</translation>
    </message>
    <message>
        <source>escalations</source>
        <translation>escalations</translation>
    </message>
    <message>
        <source>18-/18+: big five arranged</source>
        <translation>18-/18+: big five arranged</translation>
    </message>
    <message>
        <source>Escalation outcomes</source>
        <translation>Escalation outcomes</translation>
    </message>
    <message>
        <source>Problem areas per quarter</source>
        <translation>Problem areas per quarter</translation>
    </message>
    <message>
        <source>Bottlenecks per quarter</source>
        <translation>Bottlenecks per quarter</translation>
    </message>
    <message>
        <source>Type both dates of the period as DD-MM-YYYY.</source>
        <translation>Type both dates of the period as DD-MM-YYYY.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Choose a municipality from the list, or all.</source>
        <translation>Choose a municipality from the list, or all.</translation>
    </message>
    <message>
        <source>Computing the indicators…</source>
        <translation>Computing the indicators…</translation>
    </message>
    <message>
        <source>{start} to {end}{where}; computed {moment}</source>
        <translation>{start} to {end}{where}; computed {moment}</translation>
    </message>
    <message>
        <source>This screen is for the team and shows every number. The report for the region hides numbers below {threshold} (small-cell rule) and shows medians only for groups of at least {threshold} cases.</source>
        <translation>This screen is for the team and shows every number. The report for the region hides numbers below {threshold} (small-cell rule) and shows medians only for groups of at least {threshold} cases.</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} of {whole}</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>{count} cases</translation>
    </message>
    <message>
        <source>{part} of {whole}, target {weeks} weeks</source>
        <translation>{part} of {whole}, target {weeks} weeks</translation>
    </message>
    <message>
        <source>{part} of {whole} care items</source>
        <translation>{part} of {whole} care items</translation>
    </message>
    <message>
        <source>young people in the 18-/18+ window</source>
        <translation>young people in the 18-/18+ window</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Not admissible</source>
        <translation>Not admissible</translation>
    </message>
    <message>
        <source>Within the target</source>
        <translation>Within the target</translation>
    </message>
    <message>
        <source>Started on time</source>
        <translation>Started on time</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>In the 18-/18+ window</source>
        <translation>In the 18-/18+ window</translation>
    </message>
    <message>
        <source>Big five arranged</source>
        <translation>Big five arranged</translation>
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
        <translation>Export the monitoring report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Report written: {files}</source>
        <translation>Report written: {files}</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesDialog</name>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>When municipalities merge, make the old one inactive: cases keep it, but it is no longer offered for new registrations.</source>
        <translation>When municipalities merge, make the old one inactive: cases keep it, but it is no longer offered for new registrations.</translation>
    </message>
    <message>
        <source>Filter by name, CBS code or province</source>
        <translation>Filter by name, CBS code or province</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CBS code</source>
        <translation>CBS code</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Youth-care region</source>
        <translation>Youth-care region</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Make inactive</source>
        <translation>Make inactive</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Municipalities shown: {count}</source>
        <translation>Municipalities shown: {count}</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Make active</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New learning-table session</source>
        <translation>New learning-table session</translation>
    </message>
    <message>
        <source>e.g. Leertafel thuiszitters</source>
        <translation>e.g. Leertafel thuiszitters</translation>
    </message>
    <message>
        <source>ET-2026-0001, ET-2026-0002</source>
        <translation>ET-2026-0001, ET-2026-0002</translation>
    </message>
    <message>
        <source>All cases (ignore the filter)</source>
        <translation>All cases (ignore the filter)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Date of the session</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>Closed from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Themes (any of)</source>
        <translation>Themes (any of)</translation>
    </message>
    <message>
        <source>Bottlenecks (any of)</source>
        <translation>Bottlenecks (any of)</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>Find cases</source>
        <translation>Find cases</translation>
    </message>
    <message>
        <source>{n} chosen</source>
        <translation>{n} chosen</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Type the date as DD-MM-YYYY.</translation>
    </message>
    <message>
        <source>{n} case(s) found</source>
        <translation>{n} case(s) found</translation>
    </message>
</context>
<context>
    <name>NewTeamWizard</name>
    <message>
        <source>New team database</source>
        <translation>New team database</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>New version of the advice</source>
        <translation>New version of the advice</translation>
    </message>
    <message>
        <source>Version {current} stays in force until version {next} is issued. Why does the advice change?</source>
        <translation>Version {current} stays in force until version {next} is issued. Why does the advice change?</translation>
    </message>
    <message>
        <source>The reason goes into the file.</source>
        <translation>The reason goes into the file.</translation>
    </message>
    <message>
        <source>Open new version</source>
        <translation>Open new version</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Change my passphrase</translation>
    </message>
    <message>
        <source>{name}, choose a new passphrase. A sentence of a few words works well. Only your key is changed; the team database stays as it is.</source>
        <translation>{name}, choose a new passphrase. A sentence of a few words works well. Only your key is changed; the team database stays as it is.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Your passphrase is changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>Where the team database is kept</source>
        <translation>Where the team database is kept</translation>
    </message>
    <message>
        <source>Two files are made: the database and its key file (.keys). Back up both; one without the other cannot be opened.</source>
        <translation>Two files are made: the database and its key file (.keys). Back up both; one without the other cannot be opened.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>New team database</source>
        <translation>New team database</translation>
    </message>
    <message>
        <source>Team database (*.etdb)</source>
        <translation>Team database (*.etdb)</translation>
    </message>
    <message>
        <source>This file already exists. Expertteam never overwrites a team database.</source>
        <translation>This file already exists. Expertteam never overwrites a team database.</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>New provider</source>
        <translation>New provider</translation>
    </message>
    <message>
        <source>Provider {name}</source>
        <translation>Provider {name}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>(national / any region)</source>
        <translation>(national / any region)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>e.g. 2 places free from March</source>
        <translation>e.g. 2 places free from March</translation>
    </message>
    <message>
        <source>Postal address, for advice letters</source>
        <translation>Postal address, for advice letters</translation>
    </message>
    <message>
        <source>Active: offered when choosing a provider</source>
        <translation>Active: offered when choosing a provider</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kinds of care</source>
        <translation>Kinds of care</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Ages (years)</source>
        <translation>Ages (years)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Current wait</source>
        <translation>Current wait</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <source>Choose a provider (sociale kaart)</source>
        <translation>Choose a provider (sociale kaart)</translation>
    </message>
    <message>
        <source>First the providers that offer {kind} (in bold) and take a young person of {age}, then by shortest wait.</source>
        <translation>First the providers that offer {kind} (in bold) and take a young person of {age}, then by shortest wait.</translation>
    </message>
    <message>
        <source>First the providers that offer {kind} (in bold), then by shortest wait.</source>
        <translation>First the providers that offer {kind} (in bold), then by shortest wait.</translation>
    </message>
    <message>
        <source>Choose the kind of care first to see the providers that offer it at the top.</source>
        <translation>Choose the kind of care first to see the providers that offer it at the top.</translation>
    </message>
    <message>
        <source>Search by name, contact, address or notes</source>
        <translation>Search by name, contact, address or notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>For this case</source>
        <translation>For this case</translation>
    </message>
    <message>
        <source>Kinds of care</source>
        <translation>Kinds of care</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Ages</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>offers it</source>
        <translation>offers it</translation>
    </message>
    <message>
        <source>does not offer it</source>
        <translation>does not offer it</translation>
    </message>
    <message>
        <source>age fits</source>
        <translation>age fits</translation>
    </message>
    <message>
        <source>age does not fit</source>
        <translation>age does not fit</translation>
    </message>
    <message>
        <source>{weeks} wk</source>
        <translation>{weeks} wk</translation>
    </message>
    <message>
        <source>{count} providers</source>
        <translation>{count} providers</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Providers (sociale kaart)</source>
        <translation>Providers (sociale kaart)</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>Show inactive providers</source>
        <translation>Show inactive providers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Ages</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Kinds of care</source>
        <translation>Kinds of care</translation>
    </message>
    <message>
        <source>Add provider…</source>
        <translation>Add provider…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>{weeks} wk</source>
        <translation>{weeks} wk</translation>
    </message>
    <message>
        <source>Providers shown: {count}</source>
        <translation>Providers shown: {count}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>The reason goes into the file.</source>
        <translation>The reason goes into the file.</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Give a reason.</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Type the date as DD-MM-YYYY.</translation>
    </message>
</context>
<context>
    <name>RecentAccessLogDialog</name>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>The most recent entries, newest first.</source>
        <translation>The most recent entries, newest first.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Recomputes every entry's link to the one before, to show that nothing was removed or changed.</source>
        <translation>Recomputes every entry's link to the one before, to show that nothing was removed or changed.</translation>
    </message>
    <message>
        <source>Verified: the chain is unbroken ({count} entries).</source>
        <translation>Verified: the chain is unbroken ({count} entries).</translation>
    </message>
    <message>
        <source>The chain is broken: {problem}</source>
        <translation>The chain is broken: {problem}</translation>
    </message>
</context>
<context>
    <name>RecipientRow</name>
    <message>
        <source>Address lines (optional)</source>
        <translation>Address lines (optional)</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Type the date as DD-MM-YYYY.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>Creating the team database…</source>
        <translation>Creating the team database…</translation>
    </message>
    <message>
        <source>With this code a new passphrase can be set when one is forgotten. It is shown only now. Write it down and keep it where the team keeps its keys, not on this computer.</source>
        <translation>With this code a new passphrase can be set when one is forgotten. It is shown only now. Write it down and keep it where the team keeps its keys, not on this computer.</translation>
    </message>
    <message>
        <source>I have written down the recovery code and stored it safely</source>
        <translation>I have written down the recovery code and stored it safely</translation>
    </message>
    <message>
        <source>The team database is ready.</source>
        <translation>The team database is ready.</translation>
    </message>
    <message>
        <source>The team database could not be created.</source>
        <translation>The team database could not be created.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover with recovery code</source>
        <translation>Recover with recovery code</translation>
    </message>
    <message>
        <source>I have written down the new recovery code and stored it safely</source>
        <translation>I have written down the new recovery code and stored it safely</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team database</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Set new passphrase</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>Checking the recovery code…</translation>
    </message>
    <message>
        <source>The new passphrase is set. The old recovery code no longer works; this is the new one, shown once:</source>
        <translation>The new passphrase is set. The old recovery code no longer works; this is the new one, shown once:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Recovery failed.</source>
        <translation>Recovery failed.</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request funding</source>
        <translation>Request funding</translation>
    </message>
    <message>
        <source>{position}. {kind} by {provider}; expected cost {cost}.</source>
        <translation>{position}. {kind} by {provider}; expected cost {cost}.</translation>
    </message>
    <message>
        <source>One document per line</source>
        <translation>One document per line</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Amount requested</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Period until</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>Record request</translation>
    </message>
    <message>
        <source>Choose a municipality.</source>
        <translation>Choose a municipality.</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>Set passphrase</source>
        <translation>Set passphrase</translation>
    </message>
    <message>
        <source>New passphrase for {name}</source>
        <translation>New passphrase for {name}</translation>
    </message>
    <message>
        <source>Give {name} a new passphrase. Tell it to them in person; they can change it afterwards with “Change my passphrase”. Their old passphrase stops working.</source>
        <translation>Give {name} a new passphrase. Tell it to them in person; they can change it afterwards with “Change my passphrase”. Their old passphrase stops working.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
</context>
<context>
    <name>RetrospectiveArea</name>
    <message>
        <source>How did the problems arise? What happened before the case came to the team?</source>
        <translation>How did the problems arise? What happened before the case came to the team?</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <source>Add bottleneck</source>
        <translation>Add bottleneck</translation>
    </message>
    <message>
        <source>With what we know now: would we make the same choices? If not, why not?</source>
        <translation>With what we know now: would we make the same choices? If not, why not?</translation>
    </message>
    <message>
        <source>What does this mean for how we work today?</source>
        <translation>What does this mean for how we work today?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>How the problems arose</source>
        <translation>How the problems arose</translation>
    </message>
    <message>
        <source>Reflections (with what we know now)</source>
        <translation>Reflections (with what we know now)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Themes for the learning table</source>
        <translation>Themes for the learning table</translation>
    </message>
    <message>
        <source>Decisions along the way (oldest first)</source>
        <translation>Decisions along the way (oldest first)</translation>
    </message>
    <message>
        <source>Per decision: the date, who decided (a role), what was decided and what followed.</source>
        <translation>Per decision: the date, who decided (a role), what was decided and what followed.</translation>
    </message>
    <message>
        <source>What went wrong where</source>
        <translation>What went wrong where</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Nothing recorded yet</translation>
    </message>
    <message>
        <source>Last saved by {name}, {when}</source>
        <translation>Last saved by {name}, {when}</translation>
    </message>
    <message>
        <source>Looking back at this case: how it arose, what was decided by whom, what went wrong where and what the team learns from it. A learning table only ever sees an anonymised summary of it.</source>
        <translation>Looking back at this case: how it arose, what was decided by whom, what went wrong where and what the team learns from it. A learning table only ever sees an anonymised summary of it.</translation>
    </message>
    <message>
        <source>Write roles (wijkteam, gemeente), not names, where you can.</source>
        <translation>Write roles (wijkteam, gemeente), not names, where you can.</translation>
    </message>
    <message>
        <source>You can read the retrospective; your role does not change it.</source>
        <translation>You can read the retrospective; your role does not change it.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <source>Not saved: see the messages at the fields.</source>
        <translation>Not saved: see the messages at the fields.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Retrospective saved.</source>
        <translation>Retrospective saved.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Returned from escalation: {reference}</source>
        <translation>Returned from escalation: {reference}</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>Record the return</translation>
    </message>
    <message>
        <source>Escalated to {to_whom} ({level}) since {date}.</source>
        <translation>Escalated to {to_whom} ({level}) since {date}.</translation>
    </message>
    <message>
        <source>The case goes back to: {status}.</source>
        <translation>The case goes back to: {status}.</translation>
    </message>
    <message>
        <source>What the escalation brought; goes into the file.</source>
        <translation>What the escalation brought; goes into the file.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>Facts (generalised)</source>
        <translation>Facts (generalised)</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>date or age</source>
        <translation>date or age</translation>
    </message>
    <message>
        <source>number or address</source>
        <translation>number or address</translation>
    </message>
    <message>
        <source>redacted by hand</source>
        <translation>redacted by hand</translation>
    </message>
    <message>
        <source>check this</source>
        <translation>check this</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Redact selection</source>
        <translation>Redact selection</translation>
    </message>
    <message>
        <source>Replace the selected words everywhere in this summary by [AFGESCHERMD]</source>
        <translation>Replace the selected words everywhere in this summary by [AFGESCHERMD]</translation>
    </message>
    <message>
        <source>Undo redaction</source>
        <translation>Undo redaction</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>Withdraw approval</translation>
    </message>
    <message>
        <source>Redacted by hand:</source>
        <translation>Redacted by hand:</translation>
    </message>
    <message>
        <source>Choose a case on the left.</source>
        <translation>Choose a case on the left.</translation>
    </message>
    <message>
        <source>Decision point {n} ({when}, {role})</source>
        <translation>Decision point {n} ({when}, {role})</translation>
    </message>
    <message>
        <source>Consequence of decision point {n}</source>
        <translation>Consequence of decision point {n}</translation>
    </message>
    <message>
        <source>{n} place(s) to check</source>
        <translation>{n} place(s) to check</translation>
    </message>
    <message>
        <source>nothing to check</source>
        <translation>nothing to check</translation>
    </message>
    <message>
        <source>Approved by {who} on {when}</source>
        <translation>Approved by {who} on {when}</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Not approved yet</translation>
    </message>
    <message>
        <source>Age at registration</source>
        <translation>Age at registration</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Lead time (weeks)</source>
        <translation>Lead time (weeks)</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Problem areas</source>
        <translation>Problem areas</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Bottlenecks</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Last export</translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation>{n} of {m}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>← Sessions</source>
        <translation>← Sessions</translation>
    </message>
    <message>
        <source>Make summaries</source>
        <translation>Make summaries</translation>
    </message>
    <message>
        <source>Anonymise every summary that is not approved yet (an approved one stays as it is)</source>
        <translation>Anonymise every summary that is not approved yet (an approved one stays as it is)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Possible once every summary is approved</source>
        <translation>Possible once every summary is approved</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>{n} of {m} approved</source>
        <translation>{n} of {m} approved</translation>
    </message>
    <message>
        <source>This session has no cases.</source>
        <translation>This session has no cases.</translation>
    </message>
    <message>
        <source>Choose a case on the left.</source>
        <translation>Choose a case on the left.</translation>
    </message>
    <message>
        <source>{label} is not anonymised yet. Press 'Make summaries' to make the summaries of this session.</source>
        <translation>{label} is not anonymised yet. Press 'Make summaries' to make the summaries of this session.</translation>
    </message>
    <message>
        <source>Anonymising again…</source>
        <translation>Anonymising again…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Anonymising</source>
        <translation>Anonymising</translation>
    </message>
    <message>
        <source>Loading the anonymiser… (the first time this can take a minute)</source>
        <translation>Loading the anonymiser… (the first time this can take a minute)</translation>
    </message>
    <message>
        <source>Making the summaries…</source>
        <translation>Making the summaries…</translation>
    </message>
</context>
<context>
    <name>SignalModel</name>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Case owner</source>
        <translation>Case owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 day late</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} days late</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>{n} days left</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Care started</source>
        <translation>Care started</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>The provider's answer is not recorded: starting accepts the care.</source>
        <translation>The provider's answer is not recorded: starting accepts the care.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>too weak</source>
        <translation>too weak</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>strong</translation>
    </message>
</context>
<context>
    <name>SummaryListModel</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>The team</source>
        <translation>The team</translation>
    </message>
    <message>
        <source>The name appears on letters and reports. The region decides the municipalities offered first.</source>
        <translation>The name appears on letters and reports. The region decides the municipalities offered first.</translation>
    </message>
    <message>
        <source>e.g. Expertteam Groningen</source>
        <translation>e.g. Expertteam Groningen</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>Youth-care region</source>
        <translation>Youth-care region</translation>
    </message>
</context>
<context>
    <name>TeamSettingsDialog</name>
    <message>
        <source>Team settings</source>
        <translation>Team settings</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Work list</source>
        <translation>Work list</translation>
    </message>
    <message>
        <source>Advice letters</source>
        <translation>Advice letters</translation>
    </message>
    <message>
        <source>Saved settings apply at once: the lock time, the target lead time and the team name in this window.</source>
        <translation>Saved settings apply at once: the lock time, the target lead time and the team name in this window.</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(no region)</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>Choose the team's logo</source>
        <translation>Choose the team's logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>The file could not be read: {error}</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>The settings are saved.</translation>
    </message>
</context>
<context>
    <name>TransitionArea</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Eighteenth birthday: {date}</source>
        <translation>Eighteenth birthday: {date}</translation>
    </message>
    <message>
        <source>Turns 18 soon: arrange what must continue after 18.</source>
        <translation>Turns 18 soon: arrange what must continue after 18.</translation>
    </message>
    <message>
        <source>From 16.5 years the team checks the big five, so that care does not stop at 18.</source>
        <translation>From 16.5 years the team checks the big five, so that care does not stop at 18.</translation>
    </message>
    <message>
        <source>The young person is not yet 16.5; the checklist starts then.</source>
        <translation>The young person is not yet 16.5; the checklist starts then.</translation>
    </message>
    <message>
        <source>You can read the checklist; your role does not change it.</source>
        <translation>You can read the checklist; your role does not change it.</translation>
    </message>
    <message>
        <source>This case is closed: reopen it to change the checklist.</source>
        <translation>This case is closed: reopen it to change the checklist.</translation>
    </message>
    <message>
        <source>{name}, {when}</source>
        <translation>{name}, {when}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Checklist saved.</source>
        <translation>Checklist saved.</translation>
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
        <translation>Locked</translation>
    </message>
    <message>
        <source>Regional expert team for youth care</source>
        <translation>Regional expert team for youth care</translation>
    </message>
    <message>
        <source>The team database is locked. Type your passphrase to go on where you were.</source>
        <translation>The team database is locked. Type your passphrase to go on where you were.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <source>Remember on this workstation</source>
        <translation>Remember on this workstation</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Unlock with this workstation</source>
        <translation>Unlock with this workstation</translation>
    </message>
    <message>
        <source>New team database…</source>
        <translation>New team database…</translation>
    </message>
    <message>
        <source>Recover with recovery code…</source>
        <translation>Recover with recovery code…</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team database</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Open team database</source>
        <translation>Open team database</translation>
    </message>
    <message>
        <source>Team database (*.etdb)</source>
        <translation>Team database (*.etdb)</translation>
    </message>
    <message>
        <source>Choose a team database, or make a new one.</source>
        <translation>Choose a team database, or make a new one.</translation>
    </message>
    <message>
        <source>DEMO database with invented cases. Every demo member's passphrase is: {passphrase}</source>
        <translation>DEMO database with invented cases. Every demo member's passphrase is: {passphrase}</translation>
    </message>
    <message>
        <source>Your operating system keeps the key under your own login.</source>
        <translation>Your operating system keeps the key under your own login.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Type your passphrase.</translation>
    </message>
    <message>
        <source>Nothing is remembered for you on this workstation. Type your passphrase.</source>
        <translation>Nothing is remembered for you on this workstation. Type your passphrase.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Expertteam — unlock</source>
        <translation>Expertteam — unlock</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Add update</source>
        <translation>Add update</translation>
    </message>
    <message>
        <source>What happened: a call, a delay, a plan.</source>
        <translation>What happened: a call, a delay, a plan.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <translation>draft</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>Versions of the advice for {reference}</source>
        <translation>Versions of the advice for {reference}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Version {number} is the first version: nothing to compare.</source>
        <translation>Version {number} is the first version: nothing to compare.</translation>
    </message>
    <message>
        <source>Version {new} is the same as version {old}.</source>
        <translation>Version {new} is the same as version {old}.</translation>
    </message>
    <message>
        <source>What changed in version {new} against version {old}:</source>
        <translation>What changed in version {new} against version {old}:</translation>
    </message>
</context>
<context>
    <name>WorkListPage</name>
    <message>
        <source>Only my cases</source>
        <translation>Only my cases</translation>
    </message>
    <message>
        <source>All signals</source>
        <translation>All signals</translation>
    </message>
    <message>
        <source>Show one kind of signal</source>
        <translation>Show one kind of signal</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Nothing needs a person for this selection.</source>
        <translation>Nothing needs a person for this selection.</translation>
    </message>
    <message>
        <source>Nothing needs a person right now.</source>
        <translation>Nothing needs a person right now.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nothing to do</translation>
    </message>
    <message>
        <source>The {shown} most urgent of {total} signals</source>
        <translation>The {shown} most urgent of {total} signals</translation>
    </message>
    <message>
        <source>1 signal</source>
        <translation>1 signal</translation>
    </message>
    <message>
        <source>{n} signals</source>
        <translation>{n} signals</translation>
    </message>
</context>
<context>
    <name>_CaseMoveDialog</name>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Type the date as DD-MM-YYYY.</translation>
    </message>
</context>
</TS>