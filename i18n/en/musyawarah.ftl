# Musyawarah's interface in English: the fallback for every other catalogue.
# Terms: see docs/glossary.md.

language-name = English

## The frame of every page
site-name = Musyawarah
skip-to-content = Skip to content
menu = Menu
menu-hidden = of the site's pages and your account
nav-main = Main
nav-consultations = Consultations
nav-organisations = Organisations
nav-commitments = Commitments
nav-dashboard = Dashboard
nav-findings = Findings
nav-search = Search
nav-assessments = Self-assessments
nav-my-notes = My notes
nav-returned-hidden = returned to you
nav-review = Review queue
nav-waiting-hidden = waiting
nav-people = People
nav-users = Users
nav-audit = Audit log
nav-help = Help
your-account-hidden = Your account:
sign-in = Sign in
sign-out = Sign out
notice-done = Done
language-switch = Language
footer-about-public = Musyawarah tracks the multi-stakeholder consultations on the ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers. You are seeing public data only.
footer-about-members = Musyawarah tracks the multi-stakeholder consultations on the ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers. You are seeing public and members' data.
footer-about-all = Musyawarah tracks the multi-stakeholder consultations on the ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers. You are seeing all data, including staff-only records.

## Member States' names (the English ones are those stored; shown where a page has the code)
state-BN = Brunei Darussalam
state-KH = Cambodia
state-ID = Indonesia
state-LA = Lao PDR
state-MY = Malaysia
state-MM = Myanmar
state-PH = Philippines
state-SG = Singapore
state-TH = Thailand
state-TL = Timor-Leste
state-VN = Viet Nam
state-formal-BN = Brunei Darussalam
state-formal-KH = Kingdom of Cambodia
state-formal-ID = Republic of Indonesia
state-formal-LA = Lao People's Democratic Republic
state-formal-MY = Malaysia
state-formal-MM = Republic of the Union of Myanmar
state-formal-PH = Republic of the Philippines
state-formal-SG = Republic of Singapore
state-formal-TH = Kingdom of Thailand
state-formal-TL = Democratic Republic of Timor-Leste
state-formal-VN = Socialist Republic of Viet Nam
data-scope-public = public data only
data-scope-members = public and members' data
data-scope-all = all data, including staff-only records

## The API's page (the JSON and the OpenAPI document stay in English: they are a contract)
api-title = The API
api-lead = Everything you can read on Musyawarah is also available as JSON, for spreadsheets, scripts and partner websites. The API only reads; it shows exactly what the pages show you, and nothing more.
api-document = The document
api-document-text = The API is described by an OpenAPI 3.1 document, generated from the code that serves it:
api-document-tools = Any OpenAPI tool can read it.
api-what = What you can read
api-addresses-caption = The addresses of the API
api-col-address = Address
api-col-gives = What it gives
api-gives-series = Series of consultations, with counts by stage; one series with its consultations.
api-gives-consultations = Consultations, newest first; filters <code>state</code>, <code>stage</code>, <code>series</code>, <code>from</code>, <code>to</code>.
api-gives-consultation = One consultation: its sessions and speakers, the organisations that took part with people counted by sex, and its published notes.
api-gives-notes = The published notes of a consultation.
api-gives-organisations = The directory (filters <code>kind</code>, <code>state</code>, <code>name</code>); one organisation with the consultations it took part in.
api-gives-commitments = Every provision of the frameworks, by chapter.
api-gives-findings = The findings tracker, with its filters (<code>state</code>, <code>kind</code>, <code>status</code>, <code>commitment</code>, <code>chapter</code>, <code>theme</code>, <code>consultation</code>, <code>series</code>, <code>from</code>, <code>to</code>, <code>overdue</code>, <code>sort</code>).
api-gives-finding = One finding; for a recommendation, its addressee, status, due date and follow-up.
api-gives-assessments = The average ratings of each Member State's latest self-assessments, by side and chapter.
api-gives-dashboard = The dashboard's figures for each Member State.
api-examples = Examples
api-example-open = The open recommendations on Viet Nam, ten at a time:
api-cursor = A list gives a <code>next</code> cursor (and the next page's address in <code>next_url</code> and in a <code>Link: &lt;...&gt;; rel="next"</code> header). Send it back as <code>cursor</code>, with the same filters, until <code>next</code> is null: every record comes once.
api-sample = A sample answer:
api-etag = Ask again only when something changed: every answer has an <code>ETag</code>; send it back and a 304 with no body says nothing did.
api-page-tokens = Reading as yourself: tokens
api-page-tokens-text = Without a token the API gives public data. Signed in, you can make a personal token on <a href="/account#api-tokens">your account page</a>: it reads what you may read (members' records for partners and officials; staff-only records for HRWG staff), and never more. A token is shown once, is stored only as a hash, and can be revoked at any time; the account page says when each was last used and how often.
api-limits = A token may make a limited number of requests a minute; beyond it the answer is 429 with a <code>Retry-After</code> header. Answers to a token are never kept by caches (<code>Cache-Control: private, no-store</code>); public answers may be kept for a minute.
api-errors = Errors
api-errors-text = Errors come as <code>application/problem+json</code>, never as a page:
api-statuses = 400: a parameter is not valid (the detail says which). 401: the token is not valid or was revoked. 404: no such record, or not one you may see. 429: too many requests with this token. Under the Chatham House rule no note names its author, in the API as on the pages.

## The printable reports and their PDFs (the country brief, a consultation's report)
report-made = Made on { $on } at visibility { $level } ({ $scope })
report-page = Page { $n } of { $total }
report-chapter = Chapter { $n }. { $title }
report-no-provision = Not tied to a provision
report-all = All
report-col-consultation = Consultation
report-col-dates = Dates
report-col-place = Place
report-col-status = Status
report-col-chapter = Chapter
report-col-recommendation = Recommendation
report-col-provisions = Provisions
report-col-addressee = Addressee
report-col-due = Due
report-col-latest = Latest update
report-col-provision = Provision
report-col-government = Government
report-col-civil-society = Civil society
report-col-gap = Gap
report-overdue = Overdue
report-overdue-mark = overdue
report-divergent = Divergent
report-recommendations-caption = Recommendations, due soonest first, with their latest update
brief-page-title = Brief: { $name }
brief-title = { $name }: country brief
brief-membership = Membership
brief-member-since = Member of ASEAN since { $date }
brief-member-since-observer = Member of ASEAN since { $date } (observer from { $observer })
brief-framework = Framework
brief-bound-from-to = Bound from { $from } to { $until }
brief-bound-since = Bound since { $from }
brief-not-bound = Not bound: not a signatory
brief-consultations = Consultations
brief-held = Held
brief-planned = Planned
brief-none-held = No consultation covering { $name } has been held.
brief-none-planned = No consultation covering { $name } is planned.
brief-held-caption = Consultations held, the latest first
brief-planned-caption = Consultations planned or scheduled
brief-more-consultations = and { $n } more in the list of consultations
brief-findings = Findings by kind and chapter
brief-no-findings = No findings on { $name } have been recorded.
brief-findings-caption = Findings on { $name } by chapter of the commitments (a finding tied to two chapters counts under each)
brief-all-findings = All findings
brief-counted-once = A finding tied to provisions of two chapters counts under each; the last line counts it once.
brief-in-tracker = The findings on { $name } in the tracker
brief-recommendations = Recommendations and their follow-up
brief-recommendations-line = { $total } recommendations, of which { $overdue } overdue.
brief-more-than = more than { $n }
brief-overdue = Overdue
brief-overdue-first = Overdue, the longest overdue first
brief-no-overdue = No recommendation is overdue.
brief-upcoming = Due from today, or without a due date
brief-none = None.
brief-no-update = No update yet
brief-more-in-tracker = More are in the findings tracker.
brief-n-more-in-tracker = And { $n } more in the findings tracker.
brief-assessments = Self-assessments
brief-sides = { $framework }. Government: { $government }. Civil society: { $civil }.
brief-none-submitted = none submitted that you may read
brief-cycle = cycle { $cycle }
brief-divergences = Divergences
brief-no-divergences = The two sides differ by less than two points on every provision both rated.
brief-divergences-caption = Provisions where the two sides differ by two points or more
brief-averages = Government average { $government }, civil-society average { $civil }
brief-no-assessment = No submitted self-assessment of { $name } is shared with you.
report-page-title = Report: { $title }
report-of-consultation = Report of the consultation
report-series-number = { $series }, consultation no. { $n }
report-member-states = Member States
report-organisers = Organisers
report-funder = Funder
report-chatham-house = Held under the Chatham House rule: what was said may be reported, but not who said it. Neither speakers nor authors are named in this report.
report-no-organisations = No organisation is recorded as having taken part.
report-people-by-kind = People by kind of stakeholder and by sex
report-people-by-kind-sexes = People by kind of stakeholder and by sex (women, men, other or not stated)
report-table-below = The table below gives the figures.
report-participants-caption = Participants by kind of stakeholder and by sex
report-col-kind-of-stakeholder = Kind of stakeholder
report-col-organisations = Organisations
report-col-people = People
report-organisations-count = { $count ->
        [one] 1 organisation
       *[other] { $count } organisations
    }
report-not-counted = Head counts by sex were not recorded for this consultation.
report-demo-counts = The head counts by sex are demo figures, not from the consultation's own records.
report-organisations-caption = Organisations that took part
report-findings = Findings
report-no-findings = No findings have been recorded for this consultation.
report-provisions-label = Provisions:
report-member-states-label = Member States:
report-recommendations = Recommendations
report-no-recommendations = No recommendations have been recorded for this consultation.
report-recommendations-due-caption = Recommendations, with their addressee, status and due date
report-more-findings = More findings are in the findings tracker.
report-n-more-findings = { $n } more findings are in the findings tracker.
report-notes = Notes from the sessions
report-no-notes = No notes on the sessions have been published.

## Downloads' column headings and sheet names, and the export's README (file names stay English)
csv-when-utc = when (UTC)
csv-what-happened = what happened
csv-who = who
csv-action = action
csv-kind-of-record = kind of record
csv-record = record
csv-number-in-series = number in series
csv-title = title
csv-city = city
csv-host = host
csv-starts = starts
csv-ends = ends
csv-planned-period = planned period
csv-status = status
csv-participants-reported = participants reported
csv-page = page
csv-series = series
csv-venue = venue
csv-member-states = member states
csv-chatham-house-rule = Chatham House rule
csv-objectives = objectives
csv-summary = summary
csv-languages = languages
csv-source = source
csv-position = position
csv-day = day
csv-kind = kind
csv-description = description
csv-speakers = speakers
csv-themes = themes
csv-organisation = organisation
csv-acronym = acronym
csv-member-state = member state
csv-roles = roles
csv-women = women
csv-men = men
csv-other-or-not-stated = other or not stated
csv-total = total
csv-session = session
csv-note-by = note by
csv-published = published
csv-section = section
csv-statement = statement
csv-id = id
csv-recommendation = recommendation
csv-addressee = addressee
csv-due = due
csv-overdue = overdue
csv-latest-update = latest update
csv-latest-update-text = latest update text
csv-recommendation-id = recommendation id
csv-reported-on = reported on
csv-status-from = status from
csv-status-to = status to
csv-update = update
csv-evidence = evidence
csv-consultation = consultation
csv-reviewer-s-comment = reviewer's comment
csv-visibility = visibility
csv-written = written
csv-last-changed = last changed
csv-submitted = submitted
csv-side = side
csv-chapter = chapter
csv-chapter-title = chapter title
csv-provision = provision
csv-provision-title = provision title
csv-answer = answer
csv-rating = rating
csv-evidence-links = evidence links
csv-government = government
csv-civil-society = civil society
csv-gap = gap
csv-divergent = divergent
csv-name = name
csv-consultations = consultations
csv-sessions-spoken-at = sessions spoken at
csv-honorific = honorific
csv-current-roles = current roles
csv-spoke-at = spoke at
csv-consultation-date = consultation date
csv-commitments = commitments
csv-dash-member-state = Member State
csv-dash-code = Code
csv-dash-membership = Membership
csv-dash-consultations-held = Consultations held
csv-dash-consultations-planned = Consultations planned
csv-dash-postponed-or-cancelled = Postponed or cancelled
csv-dash-last-held = Last held
csv-dash-participants-women = Participants (women)
csv-dash-participants-men = Participants (men)
csv-dash-participants-other-or-not-stated = Participants (other or not stated)
csv-dash-recommendations-implemented = Recommendations implemented
csv-dash-recommendations = Recommendations
csv-dash-overdue-follow-ups = Overdue follow-ups
csv-dash-government-self-assessment-average = Government self-assessment average
csv-dash-government-self-assessment-cycle = Government self-assessment cycle
csv-dash-civil-society-assessment-average = Civil-society assessment average
csv-dash-civil-society-assessment-cycle = Civil-society assessment cycle
csv-dash-participants-of = Participants: { $group }
csv-dash-findings-of = Findings: { $kind }
sheet-consultations = Consultations
sheet-audit-log = Audit log
sheet-consultation = Consultation
sheet-agenda = Agenda
sheet-participation = Participation
sheet-published-notes = Published notes
sheet-findings = Findings
sheet-recommendations = Recommendations
sheet-follow-up = Follow-up
sheet-my-notes = My notes
sheet-ratings = Ratings
sheet-comparison = Comparison
sheet-organisations = Organisations
sheet-history = History
sheet-member-states = Member States
sheet-people = People
readme-exported = Exported on { $date } from Musyawarah.
readme-visibility = Visibility: made for a viewer who may see { $scope } (levels: { $levels }). Records at other levels are not in these files; under the Chatham House rule no author or speaker is named.
readme-files = Files:
readme-consultation = the consultation: title, dates, place, organisers' facts, objectives
readme-agenda = the agenda: one row a session, with its speakers and themes
readme-participation = participation: one row an organisation, with head counts by sex
readme-notes = published notes: one row a statement, bylined as readers see them
readme-findings = findings: every finding of the consultation
readme-recommendations = recommendations: with their status, due date and latest update
readme-follow-up = follow-up: every progress update on the recommendations
readme-json = all of the above as one JSON document
readme-this-file = this file
readme-csv = The CSV files are UTF-8 with a byte-order mark; a cell that begins with =, +, - or @ starts with an apostrophe, so that a spreadsheet shows it as text.

## The filters of the list of consultations, in words
list-stage = { $stage ->
        [held] held
        [planned] planned
        [postponed] postponed
        [cancelled] cancelled
       *[other] { $stage }
    }
list-covering = covering { $state }
list-in-series = in the series { $series }
list-from = from { $date }
list-until = until { $date }

## Error pages
error-code = Error { $code }
error-not-found-title = Page not found
error-not-found = There is nothing at this address. It may have been moved, or the link may be mistyped.
error-bad-request-title = This request could not be understood
error-unprocessable-title = This could not be saved
error-request-timeout-title = The request was not received in full
error-request-timeout = Your browser stopped sending before the request ended, so nothing was saved. Check your connection and send the form again.
error-unavailable-title = Temporarily unavailable
error-unavailable = The service cannot reach its database right now. Nothing you saved is lost; please try again in a minute.
error-internal-title = Something went wrong
error-internal = An unexpected error stopped this page. It has been logged; please try again, and tell the HRWG team if it keeps happening.
error-method-title = Not allowed here
error-method = This address does not accept that kind of request.
error-cross-site-title = This form came from another site
error-cross-site = For your safety, changes can only be made from Musyawarah's own pages. Go back to the page, reload it, and try again.
error-too-many-title = Too many attempts
error-too-many = There have been too many failed sign-in attempts. To protect this account, signing in is paused; try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
error-refers-to-nothing = This refers to a record that does not exist (it may have been removed). Go back, reload the form, and choose again.
error-too-long = A value is too long to be stored. Shorten it and send again.
error-out-of-range = A number or date is out of the range that can be stored (dates run from 1900 to 2100). Correct it and send again.
error-wrong-kind = A value is not of the kind expected here. Correct it and send again.
error-signed-in-as = You are signed in as { $name } ({ $role }).
error-your-account = Your account
error-not-signed-in = You are not signed in.
error-sign-in-for-more = to see members' material.
error-home = Go to the home page
back-consultation = Back to the consultation
back-consultations = Back to all consultations
back-organisation = Back to the organisation
back-organisations = Back to the organisations
back-finding = Back to the finding
back-findings = Back to the findings tracker
back-commitments = Back to the commitments
back-note = Back to the note
back-my-notes = Back to my notes
back-assessments = Back to the self-assessments
back-person = Back to the person
back-people = Back to the people
back-users = Back to the users
back-account = Back to your account
back-help = Back to the help

## The language a record is written in, and its translations
written-in-label = Written in
written-in-hint = The language of the text you write here, so that pages and screen readers treat it right.
translations-title = Translations
translation-written-in = Written in { $language }.
translation-add = Translate into:
translation-shown = { $status } from { $original }.
translation-stale = The original has changed since it was translated.
translation-stale-short = the original has changed since
translation-show-original = Show the original
translation-read-in = Read it in { $language } ({ $status })
translation-of-finding = { $kind }: ‘{ $statement }’
translation-of-note = The note on ‘{ $session }’
translation-part-statement = Statement
translation-part-summary = Summary
translation-part-numbered = Statement { $n }
translation-form-title = Translation into { $language }
translation-form-hint = Write the text in { $language } as it says in { $original }. A reader whose interface is in { $language } reads your translation, marked as one, with the original a link away.
translation-original = The original:
translation-into = In { $language }
translation-made-how = How it was made
translation-save = Save the translation
translation-conflict-title = Someone saved this translation while you were writing it
translation-conflict = What you wrote is still in the form and not saved. Save again to replace theirs.
translation-review-title = Review
translation-stored-status = Its status now: { $status }.
translation-mark-reviewed = Mark as reviewed
translation-review-by-another = A translation is reviewed by someone other than the person who wrote it.
translation-choose-status = Say how the translation was made.
translation-empty = Write the translation.
translation-too-long = A translation has at most { $max } characters.
choose-language = Choose the language from the list.
translation-statement-optional = Leave a statement empty to show it in the original.

## Dates
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $day } { $month } { $year }
date-day-month = { $day } { $month }
# Two dates of one month: "25-26 July 2019" ($from is the first day, $to the last date).
period-days = { $from }-{ $to }
# Two dates of different months or years: "30 July - 2 August 2019".
period = { $from } - { $to }
date-not-set = date not set

## Notices after a write
notice-at = { $done } at { $time }
notice-notes-returned = { $count ->
        [one] 1 note was returned to you
       *[other] { $count } notes were returned to you
    }
notice-list-checked = Participant list checked: { $count ->
        [one] 1 row
       *[other] { $count } rows
    } ready to import

## Shared parts of pages
col-number = No.
col-consultation = Consultation
col-when = When
col-where = Where
col-status = Status
col-participants-reported = Participants reported
errors-to-fix = { $count ->
        [one] One thing needs fixing
       *[other] { $count } things need fixing
    }
pager = Pages
pager-previous = Previous page
pager-next = Next page

## Sign-in
sign-in-resume = Your sign-in ended before what you sent was saved. Nothing you sent is lost: sign in again, and you can send it again.
field-email = Email address
field-password = Password
sign-in-help = Accounts are made by invitation from the HRWG team. If you have lost your password, ask them for a new invitation link.

## Home page
home-title = Consultations on migrant workers' rights in ASEAN
new-consultation = New consultation
new-series = New series
home-lead = How the ASEAN Member States implement the 2017 ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers, as discussed in national consultations between governments, ASEAN bodies and civil society.
organised-by = Organised by
funded-by = funded by
held-planned = { $held } held, { $planned } planned.
series-consultations-caption = Consultations of this series
series-all-consultations = All { $count } consultations of this series
with-filters = , with filters.
no-consultations-yet = No consultations have been published yet.
member-states = Member States
states-caption = The eleven ASEAN Member States and their consultations
col-member-state = Member State
col-member-since = Member of ASEAN since
col-consultations-held = Consultations held
col-planned = Planned
col-last-held = Last held

## A consultation's page
breadcrumb = Breadcrumb
edit-consultation = Edit consultation
add-session = Add a session
import-participants = Import a participant list
chatham-house-note = Held under the Chatham House rule: what was said may be reported, but not who said it.
in-series = In the series
consultation-number = Consultation no. { $n }
venue = Venue
states-covered = Member States covered
regional = Regional
not-stated = not stated
languages = Languages
participants = Participants
objectives = Objectives
summary = Summary
agenda = Agenda
no-agenda = No agenda has been published for this consultation.
themes-label = Themes:
read-note = Read the note
on-session = on { $title }
write-note = Write a note
edit = Edit
move-up = Move up
move-down = Move down
remove-from-agenda = Remove from the agenda
organisations-taking-part = Organisations taking part
no-participants = No participating organisation has been recorded.
demo = Demo
demo-head-counts = The head counts by sex are demo figures, not from the report.
demo-head-counts-reported = The head counts by sex are demo figures, not from the report, which gives { $reported }.
organisations-roles-caption = Organisations and their roles
col-organisation = Organisation
col-kind = Kind
col-based-in = Based in
col-role = Role
col-people-counted = People counted
stakeholder-mix = Stakeholder mix
mix-caption = Organisations by kind of stakeholder
mix-caption-people = Organisations and people by kind of stakeholder
col-women = Women
col-men = Men
col-other-sex = Other or not stated
participants-by-sex = Participants by sex
no-head-counts = Head counts by sex have not been recorded.
no-head-counts-reported = Head counts by sex have not been recorded; the report gives { $reported }.
head-counts = Head counts by sex
head-counts-demo = Head counts by sex (demo figures)
col-total = Total
participation-records = Participation records
add-organisation = Add an organisation
records-caption = Organisation-level records (staff)
people-who-took-part = People who took part
personal-data-notice = Personal data: visible to HRWG staff only.
people-count = { $count ->
        [one] 1 person
       *[other] { $count } people
    }
col-name = Name
col-sex = Sex
findings-of-consultation = Findings from this consultation
source = Source: { $source }
col-female = Female
col-male = Male

## Who may see a record (staff are told on its page)
audience-public = everyone (public)
audience-members = signed-in members
audience-staff = staff only
visible-to = Visible to: { $audience }
visible-to-set-on = Visible to: { $audience } ({ $parent })
set-on-session = set on the session
set-on-consultation = set on the consultation
set-on-series = set on the series
participants-reported = { $count } participants (as reported)
participants-reported-note = { $note } participants (as reported)

## The note form
note-edit-title = Edit note: { $session }
note-new-title = New note: { $session }
note-correct-heading = Correct the published note
note-edit-heading = Edit your note
note-on-session = On the session: { $session }
note-chatham-house = This consultation is held under the Chatham House rule: once published, the note will not say who wrote it, and statements you mark as not attributed will show only the speaker's sector.
reviewer-asked = What the reviewer asked you to change
reviewer-asked-hint = Change the note below, then submit it again.
note-conflict = This note was saved elsewhere since you opened it
note-conflict-hint = Your text is still below and not saved. Save again to keep yours.
statement-n = Statement { $n }
not-attributed-check = Not attributed (Chatham House)
speaker-sector = Speaker's sector
not-given = Not given
propose-visibility = Who should be able to read it (you propose; HRWG decides)
attribution-legend = How the published note names you
attribution-hint = Your choice. HRWG may publish it with less attribution, never more.
attribution-hint-chatham = Under the Chatham House rule this consultation's published notes name nobody, whatever you choose.
correction-reason = Reason for the correction
correction-reason-hint = Shown in the note's history
save-correction = Save the correction
save-draft-hint = Saving keeps a draft that only you can see; more statement boxes appear each time you save.
save-draft = Save draft
save-and-submit = Save and submit for review
submit-hint = Before it goes to the reviewers you will see again how it names you and who may read it.

## Hints beside fields (also on the help page)
hint-public = Public
hint-public-text = anyone, without signing in.
hint-members = Members
hint-members-text = anyone signed in (partners, officials, HRWG staff).
hint-staff = Staff only
hint-staff-text = HRWG staff and administrators.
hint-never-wider = A record is never shown more widely than what it belongs to: a public note under a staff-only session is staff-only.
hint-levels = The rating levels, for each provision:
level-0 = 0 Not started
level-0-text = nothing done yet.
level-1 = 1 Initial
level-1-text = first steps (a study, a plan, a draft), nothing yet in force.
level-2 = 2 Partial
level-2-text = in force for some workers or some of the provision.
level-3 = 3 Substantial
level-3-text = in force and applied for most migrant workers, with gaps.
level-4 = 4 Full
level-4-text = in force, applied and monitored for all migrant workers.
hint-left-out = "Not applicable" and "No information" are left out of averages.
hint-not-attributed = Not attributed
hint-not-attributed-text = the published note gives the statement without its speaker, saying only "not attributed" and the speaker's sector if you choose one (such as "a speaker from government"). Use it for what was said under the Chatham House rule, or where naming someone could put them at risk. Your draft and HRWG's reviewers still see what you wrote.

## How a note names its author and speakers
not-attributed = Not attributed
not-attributed-from = Not attributed: a speaker from { $sector }
speaker-sector-is = Speaker's sector: { $sector }
note-by = Note by { $who }
note-by-partner = Note by a civil-society partner
written-by = Written by { $who }. The author chose: { $chosen }.
written-by-published-with = Written by { $who }. The author chose: { $chosen }; published with: { $published }.
attribution-name-explained = Readers see your name and your organisation's name.
attribution-organisation-explained = Readers see your organisation's name, not yours.
attribution-none-explained = Readers see only “a civil-society partner”: neither your name nor your organisation.

## A note's page
note-title = Note: { $session }
note-heading = Note on: { $session }
readers-see-no-name = Under the Chatham House rule readers see no name.
reviewer-comment = The reviewer's comment:
finding-from-statement = Create a finding from this statement
what-became-of-it = What became of it
note-history = History of this note
submit-for-review = Submit for review
withdraw = Withdraw
restore-draft = Restore as a draft
correct = Correct
review = Review
comment-for-author = Comment for the author
return-to-author = Return to the author
publish-for = Publish for
attribution-for-staff = Attribution (the author chose: { $chosen }; you may choose less, never more)
publish = Publish

## Checking a note before submitting it
confirm-note-title = Check and submit your note: { $session }
the-note = The note
check-before-submit = Check before you submit
confirm-note-lead = Your note on “{ $session }” is saved as a draft. Check how it will name you and who you propose may read it; then submit it to the HRWG reviewers.
confirm-chatham-house = This consultation is held under the Chatham House rule, so the published note will not name you or your organisation, whatever you choose.
readers-will-see = Readers will see:
who-you-propose = Who you propose may read it
hrwg-decides = HRWG decides when publishing, and may publish with less attribution than you chose, never more.
change-note = Change the note

## My notes and the review queue
review-empty = No notes are waiting for review.
review-empty-hint = When a partner submits a note on a session, it appears here, and the count beside "Review queue" in the navigation says how many wait.
my-notes-empty = You have not written a note yet.
my-notes-first = To write your first note:
my-notes-step-1-before = Open a consultation your organisation took part in, from the
my-notes-step-1-link = list of consultations
my-notes-step-2 = On its agenda, choose the session you attended and press "Write a note".
my-notes-step-3 = Save a draft as often as you like (only you can see it), then submit it for review by HRWG.
my-notes-no-session = If no session offers "Write a note", your organisation is not yet recorded as taking part in that consultation: ask HRWG staff to add it.
col-session = Session
col-author = Author
col-dates = Dates
col-reviewer-comment = Reviewer's comment
outcomes-heading = What became of your notes
outcomes-none = None of your notes is published yet. Once HRWG publishes one, the findings drawn from it and their follow-up are listed here.
outcomes-no-finding = No finding has been drawn from this note yet.
status-is = Status: { $status }
no-progress-yet = No progress reported yet.
latest-update = Latest update, { $update }
notes-count = { $count ->
        [one] 1 note
       *[other] { $count } notes
    }
date-written = Written
date-submitted = Submitted
date-returned = Returned
date-published = Published
my-notes-intro = The notes you have written, the most recently changed first: where each stands, what the reviewers said, and what became of the published ones.
review-heading = Notes to review
review-intro = Submitted notes, the most recently changed first. Return a note with a comment, or publish it at a visibility you decide.
error-pdf-unavailable-title = PDF reports are unavailable
error-pdf-unavailable = PDF reports need the { $family } fonts, which are not installed on this server. Its administrator can install them with the Debian package { $package } (apt-get install { $package }). Meanwhile, the report's page (the same address without .pdf) prints from the browser.

## The regional dashboard
dashboard-title = Regional progress dashboard
dashboard-lead = Where each ASEAN Member State stands on the Consensus on migrant workers' rights, as of { $today }. Every figure links to the records behind it.
scope-public = You are seeing public data only.
scope-members = You are seeing public and members' data.
scope-all = You are seeing all data, including staff-only records.
members-see-more = Signed-in members see more.
dashboard-demo = These figures include demo records ({ $kinds }): examples loaded with the demo data, not real figures.
overview-heading = Where each Member State stands
overview-caption = One line per Member State: consultations held, what became of the recommendations made to it, and its latest self-assessments; the details are on the pages linked below
col-standing = Where it stands
col-recommendations = Recommendations
col-latest-assessment = Latest self-assessment (0 to 4)
yours = Yours
n-held = { $n } held
n-planned = { $n } planned
last-held = last
none-yet = None yet
n-open = { $n } open
n-in-progress = { $n } in progress
n-implemented = { $n } implemented
of-total = of
n-overdue = { $n } overdue
latest-assessment = Latest self-assessment
not-a-member = Not a member
side-government = Government
none-yet-lower = none yet
side-civil-society = civil society
overview-note = "Implementing": some recommendations are in progress or implemented and none is overdue. "Follow-up overdue": a recommendation is past its due date and not implemented. Open, in progress and implemented do not add up to all when some were accepted but not yet begun, or not accepted.
filter-dashboard = Filter the dashboard
series = Series
all-series = All series
from = From
to = To
theme-narrows = Theme (narrows findings)
all-themes = All themes
show = Show
clear = Clear
details = The details
consultations-participation = Consultations and participation
states-table-caption = Consultations covering each Member State, and who took part (heads counted, by sex and by stakeholder group)
col-membership = Membership
col-held = Held
new-member = New member
findings-follow-up = Findings and follow-up
findings-chart-caption = Findings by kind; the table gives the same figures.
findings-table-caption = Findings on each Member State by kind, and what became of the recommendations
col-implemented = Implemented
col-overdue = Overdue follow-ups
assessments-table-caption = Average rating (0 to 4) of each side's latest submitted self-assessment; "not applicable" and "no information" are left out of the average
col-civil-society = Civil society
no-assessment-yet = No assessment yet
timeline-heading = Timeline of the consultations
timeline-chart-caption = Consultations by year, planned against held, postponed and cancelled.
timeline-table-caption = Consultations by year and stage
table-link = The table: { $caption }
col-year = Year
theme-heat-heading = Findings by theme
theme-heat-caption = Darker is more findings. Columns T1 to T{ $n } are the themes of the table below.
theme-table-caption = Findings by Member State and theme
chapter-heat-heading = Findings and ratings by chapter of the Consensus
chapter-heat-caption = Findings on each chapter; darker is more.
government-heat-caption = Government self-assessment by chapter; darker is a higher rating.
civil-society-heat-caption = Civil-society assessment by chapter; darker is a higher rating.
chapter-table-caption = Findings, and each side's average rating, by Member State and chapter (findings / government / civil society)

## Downloads of the dashboard
download-csv = Download CSV
download-xlsx = Download Excel (.xlsx)
of-state-table = of the Member State table
the-state-table = the Member State table

## Where a Member State stands (the dashboard's overview)
progress-not-member = Not yet a member
progress-planned = Consultation planned
progress-not-consulted = Not consulted yet
progress-no-recommendations = Consulted; no recommendations yet
progress-overdue = Follow-up overdue
progress-all-implemented = All recommendations implemented
progress-implementing = Implementing
progress-open = Recommendations open
progress-held = { $count ->
        [one] 1 consultation held
       *[other] { $count } consultations held
    }
progress-implemented = { $implemented } of { $all } recommendations implemented
progress-implemented-overdue = { $implemented } of { $all } recommendations implemented, { $overdue } overdue
member-since = Member since { $date }
observer-since = Observer since { $date }; not yet a member
not-dated-yet = Not dated yet

## A Member State's page
brief-to-print = Country brief to print
brief-pdf = Brief (PDF)
state-note = Note
state-no-consultations = No consultation covering { $state } has been published.
state-consultations-caption = Consultations covering this Member State
state-all-consultations = All the consultations covering { $state }
of-state-consultations = of the consultations covering { $state }
state-consultations-hint = all the consultations covering { $state }
of-state-findings = of the findings on { $state }
state-findings-hint = the findings and recommendations on { $state }, with their latest update
state-organisations = Organisations based in { $state }
state-no-organisations = No organisation is recorded for { $state }.
state-all-organisations = All the organisations based in { $state }

## Search
search-words = Words to find
search-kind = Kind of record
search-any = Any
search-no-results = No results
search-results = Results { $first } to { $last } of { $total }
search-results-more = Results { $first } to { $last } of more than { $total }
search-in = in consultations, organisations, commitments, sessions, findings and published notes, best matches first (accents, case and spaces in names do not matter).
search-in-with-people = in consultations, organisations, people, commitments, sessions, findings and published notes, best matches first (accents, case and spaces in names do not matter).
search-narrow = Narrow the search
remove = remove
search-capped = Counts are of the best { $cap } matches of each kind; add words to narrow the search.
search-try = Nothing found: what to try
search-fewer-words = Fewer words:
search-another-spelling = Another spelling:
search-spelling-hint = Another spelling, or a shorter part of a word (a name is found from any part of it).
search-remove-filter = Remove a filter: search
search-other-filters = These lists have filters of their own:
findings-tracker = the findings tracker
search-pages = Pages of results
previous = Previous
next = Next

## The account page
acting-for = Acting for
two-factor = Two-factor sign-in
on = On
off = Off
change-password = Change your password
turn-on-two-factor = Turn on two-factor sign-in
api-tokens = API tokens
api-tokens-intro = A token lets a program read the API as you: it sees what you see, and nothing more. It can only read. Each token is shown once, when you make it; revoke one you no longer use.
the-api = the API
your-tokens = Your tokens
col-made = Made
col-last-used = Last used
col-uses = Uses
col-state = State
never = Never
revoked-on = Revoked { $date }
revoke-token = Revoke { $name }
new-token-name = Name of a new token
new-token-hint = What will use it, such as a partner website or a spreadsheet.
make-token = Make a token

## The help page
help-lead = What you can do on Musyawarah, by role, and what the words on its forms mean.
help-contents = Contents
help-you = You
help-everyone = Reading Musyawarah
help-everyone-1 = Anyone may read, without signing in, what is public: the series of consultations, each held consultation with its agenda and the organisations that took part, the Member States' pages, the commitments of the ASEAN Consensus, public findings and the regional dashboard.
help-everyone-2 = <strong>Consultations</strong> (the home page): each series and its consultations; open one for its agenda, speakers and participants.
help-everyone-3 = <strong>Dashboard</strong>: where each Member State stands, then the details; every figure links to the records behind it. It prints on A4.
help-everyone-4 = <strong>Findings</strong>: challenges, opportunities, good practices and recommendations, with what became of each recommendation.
help-everyone-5 = <strong>Search</strong>: consultations, sessions, published notes, findings and organisations.
help-everyone-6 = Accounts are made by invitation from HRWG. If you have one, sign in to see members' material.
help-partners = For civil-society partners
help-partners-1 = Write a note on a session your organisation attended: open the consultation and choose "Write a note" under the session. A draft is kept as you type; it is yours until you submit it.
help-partners-2 = Submit the note when it is ready; HRWG reviews it, may return it to you with a comment, and publishes it for the readers it chooses (never more widely than you proposed).
help-partners-3 = Mark a statement <strong>not attributed</strong> where naming the speaker could harm them (see <a href="#words">the words below</a>).
help-partners-4 = <strong>My notes</strong> lists your notes, where each stands, and what became of the recommendations taken from them.
help-partners-5 = <strong>Self-assessments</strong>: rate how far your Member State implements each provision, from civil society's side.
help-officials = For ACMW and government officials
help-officials-1 = The <strong>Dashboard</strong> marks your Member State; its first table says where each state stands, and the figures below link to the findings and consultations behind them.
help-officials-2 = <strong>Self-assessments</strong>: fill in the government's self-assessment, chapter by chapter, and submit it; the comparison shows where government and civil society rate a provision differently.
help-officials-3 = Findings addressed to your Member State are in the <strong>Findings</strong> tracker (filter by state).
help-staff = For HRWG staff
help-staff-1 = Record series, consultations and their agenda (sessions), the organisations and people who took part, and head counts; import a participant list from CSV (each row is checked before anything is written).
help-staff-2 = The <strong>Review queue</strong> holds submitted notes: return one with a comment, or publish it and choose who may read it.
help-staff-3 = Turn a published statement into a finding, address it to a Member State or organisation, and record its follow-up.
help-staff-4 = People's personal data (names, contacts, positions) is for staff only.
help-admins = For administrators
help-admins-1 = <strong>Users</strong>: invite someone (you are shown a one-time link to send them), change a role or scope, disable an account, send a new invitation.
help-admins-2 = <strong>Audit log</strong>: every sign-in, invitation, role change and write, with who did it and when.
help-admins-3 = Staff and administrators sign in with a second factor (an authenticator app).
help-words = What the words on the forms mean
help-who-may-see = Who may see it
help-rating-levels = Rating levels (self-assessments)
help-not-attributed = Not attributed (notes)

## The findings tracker
tracker-lead = Challenges, opportunities, good practices and recommendations from the consultations, tied to the commitments of the Consensus.
add-finding = Add a finding
commitment-code = Commitment code
chapter = Chapter
theme = Theme
consultation-slug = Consultation (the name in its address)
series-slug = Series (the name in its address)
sort = Sort
overdue-only = Overdue only
filter = Filter
more-than-findings = More than { $count } findings
col-finding = Finding
overdue = overdue
no-finding-matches = No finding matches these filters.

## Downloads
download-of = of { $what }

## A consultation's reports and downloads
report-to-print = Report to print
report-pdf = Report (PDF)
download-zip = Download everything of this consultation (.zip)
zip-hint-public = CSV files and a JSON document of what you may see: public data only
zip-hint-members = CSV files and a JSON document of what you may see: public and members' data
zip-hint-all = CSV files and a JSON document of what you may see: all data, including staff-only records

## The list of consultations
consultations-word = { $count ->
        [one] consultation
       *[other] consultations
    }
no-consultation-matches = No consultation matches.
consultations-newest-first = Consultations, newest first

## The organisations
organisations-lead = Governments, ASEAN bodies, civil society, international organisations and donors that take part in the consultations.
name-contains = Name contains
all-kinds = All kinds
anywhere = Anywhere
regional-or-international = Regional or international
organisations-count = { $count ->
        [one] 1 organisation
       *[other] { $count } organisations
    }
organisations-matching = { $count ->
        [one] 1 organisation matching the filters
       *[other] { $count } organisations matching the filters
    }
range = { $first } to { $last }
no-organisation-matches = No organisation matches these filters.

## An organisation's page
edit-or-merge = Edit or merge
also-known-as = Also known as
website = Website
organisation-no-history = No participation or speaking in a published consultation is recorded.
organisation-history-caption = Consultations { $name } took part or spoke in
col-spoke-in = Spoke in
speaker-only = Speaker only
this-list-of-consultations = this list of consultations

## A finding's page
where-it-came-from = Where it came from
drawn-from-note = The note it was drawn from
drawn-from-hidden-note = Drawn from a note that is not published for you
none-given = none given
themes = Themes
visible-to-label = Visible to
follow-up = Follow-up
addressed-to = Addressed to
due = Due
no-progress-recorded = No progress has been recorded yet.
status-lower = status:
add-progress = Add progress
date = Date
what-happened = What happened
evidence-links = Evidence links, one per line
new-status = New status
unchanged = Unchanged
record-progress = Record progress

## Self-assessments
assessments-lead = Governments assess their own implementation of the Consensus; civil society makes a shadow assessment; where they disagree is where the dialogue should go.
regional-view = The regional view
no-round-yet = No self-assessment round is open for you yet.
no-round-yet-hint = HRWG staff open a round for a Member State and a cycle; the state's officials then fill in the government assessment, and partners from that state the civil-society one.
ask-for-round = To ask for a round, write to your HRWG contact with the Member State and the cycle you have in mind.
rounds = Rounds
cycle = Cycle
comparison = Comparison
round = Round
government-assessment-of = government assessment, { $state } { $cycle }
civil-society-assessment-of = civil-society assessment, { $state } { $cycle }
compare = Compare
nothing-to-compare = Nothing submitted to compare yet
shared-with = Shared with
save = Save
open-round = Open a round
choose = Choose…
open-the-round = Open the round

## The note form's status lines (its script)
draft-saving = Saving...
draft-login-warning = Your sign-in will end in about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } without activity. Save your draft to stay signed in; what you type is kept in this browser.
draft-login-ended = Your sign-in has probably ended. What you typed is kept in this browser; press Save draft to sign in again and save it.
draft-not-saved-ended = Not saved: your sign-in has ended. What you typed is kept in this browser; press Save draft to sign in again and save it.
draft-not-saved-conflict = Not saved: this note was changed elsewhere, or can no longer be changed here. Press Save draft to see both versions.
draft-not-saved-invalid = Not saved: something in the form needs correcting. Press Save draft to see what.
draft-not-saved-error = Not saved: the server could not save it just now (error { $status }). What you typed is kept in this browser; it will be tried again.
draft-saved-at = Draft saved at { $time }.
draft-offline = Not saved: there is no connection. What you typed is kept in this browser; it will be tried again.

## An assessment
assessment-title = { $side } self-assessment: { $state }, { $cycle }
and-locked = and locked.
compare-other-side = Compare with the other side
these-ratings = these ratings, a row a provision
one-form = All chapters are one form: each "Save answers" button saves every answer on the page.
chapter-average = Average { $average } ({ $rated } rated, { $na } not applicable, { $none } without information
to-answer = , { $n } to answer
rating-for = Rating for { $code }
not-answered-yet = Not answered yet
evidence-for = Evidence for { $code }
evidence-links-for = Evidence links for { $code }, one per line
supporting-findings = Findings that support the rating of { $code }
answer-label = Answer:
not-answered = not answered
supported-by = Supported by:
save-answers = Save answers
save-answers-hidden = (all chapters; from chapter { $n })
submit-assessment = Submit the assessment…
correct-answer = Correct a submitted answer
provision = Provision
corrected-answer = Corrected answer
evidence = Evidence

## A round compared
comparison-title = Comparison: { $state } { $cycle }
comparison-heading = Government and civil society: { $state }, { $cycle }
comparison-lead = Differences of two points or more are marked: that is where the dialogue should go.
government-not-shared = The government assessment is not submitted or not shared with you yet.
civil-society-not-shared = The civil-society assessment is not submitted or not shared with you yet.
what-ratings-mean = What the ratings 0 to 4 mean
this-comparison = this comparison, a row a provision
chapter-averages = Chapter { $n }: government average { $government }, civil society average { $civil_society }
difference = Difference
differ-by = differ by { $gap }
government-evidence-for = government evidence for { $code }
civil-society-evidence-for = civil-society evidence for { $code }
over-time = Over time
trend-caption = Chapter averages in each round (government / civil society)

## A series' page
edit-series = Edit series
organiser = Organiser
funder = Funder
period-label = Period
framework = Framework
planned-in = Planned in
progress = Progress
aim = Aim
all-series-consultations = all the consultations of this series

## The commitments
frameworks-lead = The instruments the consultations follow up, with their chapters and provisions.
framework-counts = { $provisions } provisions recorded; { $states } Member States bound.
not-binding = Not legally binding.
no-framework = No framework has been recorded yet.

## A framework's page
states-bound = { $states } Member States bound.
provisional-codes = Codes such as C3.2 are this project's provisional codes; the official paragraph numbers are filled in once verified against the published text.
no-provision = No provision of this chapter has been recorded yet.
provisions-of-chapter = Provisions of chapter { $n }
code = Code
official-reference = Official reference
duty-bearer = Duty-bearer
not-verified = not verified

## A provision's page
not-verified-yet = not verified yet
findings-on-provision = Findings on this provision
no-finding-on-provision = No finding has been published on this provision yet.
first-findings-region = The first { $count } findings across the region, by consultation date
findings-region = { $count ->
        [one] 1 finding across the region
       *[other] { $count } findings across the region
    }
all-findings-on = All findings on { $code } in the tracker

## Two-factor sign-in
enter-code = Enter your sign-in code
enter-code-hint = Open your authenticator app and enter the 6-digit code it shows for Musyawarah. If you have lost your phone, enter one of your recovery codes instead.
continue = Continue

## Changing a password
change-password-hint = Changing it signs you out everywhere else.
current-password = Current password
new-password = New password
password-hint = At least 12 characters. A few unrelated words make a good password.
new-password-again = New password again
change-password-button = Change password

## Accepting an invitation, or a reset link
choose-new-password = Choose a new password
choose-your-password = Choose your password
choose-new-password-name = Choose a new password, { $name }
reset-explained = An administrator has issued this link so that you can set a new password for { $email }. Once you set it, the old one stops working and any other sign-in of your account ends.
welcome = Welcome, { $name }
invited-explained = You have been invited to Musyawarah as { $email }. Choose a password to finish setting up your account.
password-again = Password again
set-new-password = Set the new password
set-password = Set password

## Setting up two-factor sign-in
enrol-title = Set up two-factor sign-in
enrol-why = A second factor protects this account, and the people whose records it can reach, even if the password is stolen.
enrol-step-1 = Install an authenticator app on your phone (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).
enrol-step-2 = In the app, add an account by scanning this code:
enrol-qr-alt = QR code to add Musyawarah to an authenticator app
enrol-or-key = or by typing this key:
enrol-step-3 = Enter the 6-digit code the app now shows.
code-from-app = Code from the app

## Recovery codes
recovery-title = Your recovery codes
two-factor-on = Two-factor sign-in is on
recovery-keep = Keep these recovery codes somewhere safe, apart from your phone. Each one lets you sign in once if you lose your phone. They are shown only now.
signed-out-before-save = You were signed out before something was saved
recovery-then-save = Once you have kept the codes, press Save to send it again.
kept-continue = I have kept them; continue

## Sending again after signing in
send-again = Send it again
signed-out-before-this = You were signed out before this was saved
resume-notice = Your text is below; press Save to send it again. Nothing has been saved yet.
resume-both-versions = If the page was changed meanwhile by someone else, you will be shown both versions before anything is replaced.

## A note's history
history-title = History of a note: { $session }
history-heading = History of the note on: { $session }
history-complete = Every saved version, drafts and review included. Readers of the published note see only its published versions and corrections.
history-published = The note as published, and any corrections HRWG made since, with their reasons.
revision-n = Revision { $n }: { $status }
correction-n = Correction { $n }
by-whom = by { $who }
diff-added = Added:
diff-removed = Removed:

## What a note's forms say about a field
note-too-long = This note has { $chars } characters; at most 50,000 are accepted. Shorten it, or write a second note for the rest. Your text is still below.
note-empty = Write a summary or at least one statement.
note-choose-visibility = Choose who you propose may read it.
note-choose-attribution = Choose how the published note names you.
note-choose-sector = Choose a speaker's sector from the list.
note-say-why-corrected = Say why the published note is corrected.
note-choose-readers = Choose who may read the published note.
note-less-attribution = A note may be published with less attribution than its author chose, never more.
note-say-what-to-change = Say what the author should change.
refused-author-only = Only the note's author may do this.
refused-staff-only = Only HRWG staff review notes.
refused-published = This note is published and locked; staff may correct it, giving a reason.
refused-withdrawn = This note was withdrawn; its author may restore it as a draft.
refused-restore = Only a withdrawn note can be restored.
refused-review = Only a submitted note can be reviewed.
refused-with-reviewers = This note is with the reviewers; withdraw it to change it, or wait for it to come back.
refused-now = This cannot be done to the note now.

## Asking first
confirm-no-go-back = No, go back
withdraw-title = Withdraw this note?
withdraw-question = Withdraw your note on “{ $session }”?
withdraw-explained = It will leave the review queue and will not be published. You can restore it as a draft later from the note's page.
withdraw-yes = Yes, withdraw the note
withdraw-no = No, keep it
submit-assessment-title = Submit this assessment?
submit-assessment-question = Submit the { $side } self-assessment of { $state } for { $cycle }?
submit-assessment-explained = Once submitted, the assessment is locked: you can no longer change its answers, and the other side and staff can read it. Only HRWG staff can correct a submitted answer, giving a reason. Answers you typed and did not save are not submitted.
submit-assessment-yes = Yes, submit it

## The dashboard's headings and charts
dash-challenges = Challenges
dash-opportunities = Opportunities
dash-good-practices = Good practices
dash-asean-bodies = ASEAN bodies
dash-international = International organisations
dash-others = Others
timeline-chart-title = Consultations by year: held, planned, postponed and cancelled
findings-chart-title = Findings by Member State and kind
chapter-short = Ch. { $n }
chapter-chart-title = Findings by Member State and chapter of the Consensus
government-chart-title = Government self-assessment: average rating by chapter (0 to 4)
civil-society-chart-title = Civil-society assessment: average rating by chapter (0 to 4)

## The kinds of demo records the dashboard counts
demo-consultations = consultations
demo-kind-head-counts = head counts by sex
demo-findings = findings
demo-assessments = self-assessments
list-and = { $init } and { $last }

## What staff forms say about a field
form-enter-title = Enter a title.
form-title-too-long = A title has at most 300 characters.
form-choose-state = Choose a Member State from the list.
form-tick-states = Tick Member States from the list.
form-choose-organisation = Choose the organisation from the list.
form-choose-visibility = Choose who may see it.
form-choose-from-list = Choose from the list.
form-too-long = This is too long: at most { $max } characters.
form-missing-reference = This refers to a record that does not exist (it may have been removed); choose again.
date-shape = Enter a date like 2019-12-18.
date-range = Enter a date between { $first } and { $last }, like 2019-12-18.
conflict-still-in-form = Your changes are still in the form and not saved. Save again to replace theirs.
conflict-still-in-form-or-open = Your changes are still in the form and not saved. Save again to replace their version, or open the page again to see theirs.
field-title = Title
field-who-may-see = Who may see it
field-description = Description
field-telephone = Telephone
field-staff-notes = Staff notes

## The audit log
audit-who = Who
audit-anyone = Anyone
audit-actor-containing = Name or address containing “{ $text }”
audit-only-code = Only entries whose code starts with “{ $code }”.
audit-show-every = Show every entry
audit-newest-first = What happened, newest first
audit-download-what = every entry these filters select
audit-nothing-matches = Nothing matches these filters.
audit-was = was:
audit-now = now:
audit-recorded = What was recorded
audit-older = Older entries
audit-when = { $date } at { $time } UTC

## Invitation and reset links
invited-title = Invitation link
invited-reset-title = Password-reset link
invited-reset-heading = Password-reset link for { $name }
invited-reset-send = Send this link to { $email } by a channel you trust. It works once, for { $valid_for }, and is shown only now. Setting a new password with it ends every other sign-in of the account; until then the old password still works.
invited-heading = Invitation for { $name }
invited-send = Send this link to { $email } by a channel you trust. It works once, for { $valid_for }, and is shown only now.
invited-copy = Copy the link
invited-copied = Copied.
invited-copy-failed = Could not copy: select the link and copy it by hand.
invited-relative = The link is relative to this site's address: add it after the address you use to reach Musyawarah.
valid-days = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
valid-hours = { $n ->
        [one] { $n } hour
       *[other] { $n } hours
    }

## The accounts
user-edit-title = Edit account
user-invite = Invite someone
user-conflict = Someone else changed this account while you were editing it
user-conflict-theirs = Your changes have not been saved. Their version is now:
user-conflict-yours = Your changes are still in the form below; save again to replace theirs.
user-organisation = Organisation (partners)
user-member-state = Member State (officials)
option-none = None
user-the-region-option = The region (ASEAN-wide)
user-invite-button = Invite
user-invitation = Invitation
user-new-invitation-explained = A new invitation link lets { $name } choose a new password; earlier links stop working.
user-new-invitation = Make a new invitation link
user-password-reset = Password reset
user-password-reset-explained = A password-reset link lets { $name } choose a new password, once, within 24 hours; setting it ends their other sign-ins. Earlier links stop working.
user-issue-reset = Issue a password-reset link
users-count = { $count ->
        [one] { $count } account
       *[other] { $count } accounts
    }
users-two-factor = Two-factor
users-actions = Actions
users-the-region = the region
users-disabled = Disabled
users-active = Active
users-invited = Invited
users-enable = Enable
users-disable = Disable

## What the account form says about a field
user-enter-email = Enter the person's email address.
user-email-shape = Enter an email address like name@example.org.
user-email-too-long = An email address has at most 254 characters.
user-enter-name = Enter the person's name.
name-too-long-200 = A name has at most 200 characters here.
user-choose-role = Choose a role.
user-choose-organisation = Choose the organisation this partner acts for.
user-choose-state = Choose the Member State this official acts for, or the region.
user-email-taken = There is already an account with this email address.
user-own-admin-role = You cannot take away your own administrator role.
user-reset-disabled = This account is disabled: enable it before issuing a password-reset link.
user-disable-own = You cannot disable your own account; ask another administrator.

## The audit log's sentences
audit-kind-accounts = Accounts
audit-kind-assessments = Assessments
audit-kind-assessment-rounds = Assessment rounds
audit-kind-commitments = Commitments
audit-kind-consultations = Consultations
audit-kind-database = Database
audit-kind-findings = Findings
audit-kind-notes = Notes
audit-kind-organisations = Organisations
audit-kind-participation = Participation
audit-kind-people = People
audit-kind-positions = Positions
audit-kind-series = Series
audit-kind-sessions = Sessions
audit-noun-account = account
audit-noun-api-token = api token
audit-noun-assessment = assessment
audit-noun-assessment-round = assessment round
audit-noun-commitment = commitment
audit-noun-consultation = consultation
audit-noun-database = database
audit-noun-finding = finding
audit-noun-note = note
audit-noun-organisation = organisation
audit-noun-participation = participation record
audit-noun-person = person
audit-noun-position = position
audit-noun-series = series
audit-noun-session = session
audit-none = none
audit-yes = yes
audit-no = no
audit-who-system = The system
audit-who-someone = Someone
audit-who-command-line = The command line
audit-record = the { $noun }{ $named }
audit-record-note = the note on{ $named }
audit-gone-account = an account that no longer exists
audit-signed-in = { $who } signed in
audit-sign-in-failed = A sign-in as { $name } failed
audit-sign-in-failed-unknown = A sign-in failed for an unknown account
audit-signed-out = { $who } signed out
audit-invited = { $who } invited { $person }
audit-accepted = { $who } accepted the invitation and chose a password
audit-user-added = { $who } added the account of { $person }
audit-password-changed = { $who } changed their password
audit-reset-issued = { $who } issued a password-reset link for { $person }
audit-password-reset = { $who } set a new password with a reset link
audit-two-factor-on = { $who } turned on two-factor sign-in
audit-two-factor-failed = { $who } entered a wrong second-factor code
audit-demo-loaded = { $who } loaded the demo data
audit-participants-imported = { $who } imported a participant list of { $count ->
        [one] { $count } person
       *[other] { $count } people
    } into { $record }
audit-status-changed = { $who } changed the status of { $record } from { $before } to { $after }
audit-progress-reported = { $who } reported progress on { $record }
audit-added = { $who } added { $record }
audit-saved-unchanged = { $who } saved { $record } (nothing changed)
audit-field-changed = { $who } changed the { $field } of { $record } from { $before } to { $after }
audit-fields-changed = { $who } changed the { $fields } of { $record }
audit-removed = { $who } removed { $record }
audit-restored = { $who } restored { $record }
audit-deleted = { $who } deleted { $record }
audit-moved = { $who } moved { $record } on the agenda
audit-merged = { $who } merged the { $noun }{ $named } into { $into }
audit-merged-another = another
audit-submitted = { $who } submitted { $record }
audit-saved = { $who } saved { $record }
audit-corrected = { $who } corrected { $record }
audit-published = { $who } published { $record }
audit-returned = { $who } returned { $record }
audit-withdrew = { $who } withdrew { $record }
audit-other = { $who }: { $action } on { $record }

## The names of the audit log's fields
audit-field-title = title
audit-field-status = status
audit-field-visibility = visibility
audit-field-name = name
audit-field-email = email
audit-field-display_name = display name
audit-field-role = role
audit-field-organisation_id = organisation
audit-field-member_state_code = member state
audit-field-summary = summary
audit-field-kind = kind
audit-field-description = description
audit-field-city = city
audit-field-venue = venue
audit-field-starts_on = starts on
audit-field-ends_on = ends on
audit-field-objectives = objectives
audit-field-statement = statement
audit-field-themes = themes
audit-field-states = states
audit-field-commitments = commitments
audit-field-due_on = due on
audit-field-acronym = acronym
audit-field-website = website
audit-field-aliases = aliases
audit-field-full_name = full name
audit-field-sex = sex
audit-field-phone = phone
audit-field-staff_notes = staff notes
audit-field-female = female
audit-field-male = male
audit-field-other_or_unstated = other or unstated
audit-field-note = note
audit-field-aim = aim
audit-field-people = people

## Shared words of the staff forms
edit-named = Edit { $name }
conflict-caption = Their version and yours
conflict-field = Field
conflict-theirs = Their version (saved)
conflict-yours = Yours (not saved)
confirm-yes-remove = Yes, remove it

## The consultation form
consultation-conflict = Someone else saved this consultation while you were editing it
consultation-conflict-differ = Your changes are not saved yet; they are still in the form below. Where the two versions differ:
consultation-conflict-save-again = Save again to replace their version with yours, or open the page again to start from theirs.
consultation-title-hint = For example: National consultation in Viet Nam
consultation-no-series = Not part of a series
consultation-number-in-series = Number in the series
consultation-number-hint = Leave empty when not known
consultation-held-in = Held in
consultation-host-state = Host Member State
consultation-regional-or-undecided = Regional, or not decided
consultation-city = City
consultation-first-day = First day
consultation-last-day = Last day
consultation-last-day-hint = Leave empty for a one-day consultation
consultation-planned-period = Planned period
consultation-planned-period-hint = When there is no date yet, for example: early 2020
consultation-reason = Reason (for a postponed or cancelled consultation)
consultation-reason-short = Reason
consultation-chatham-house = Held under the Chatham House rule
consultation-chatham-house-rule = Chatham House rule
consultation-participants-hint = The figure a report gives, when there is no participant list
consultation-create = Create consultation
consultation-choose-series = Choose a series from the list.
consultation-number-shape = Enter a whole number from 1, or leave it empty.
consultation-number-needs-series = A number in the series needs a series.
consultation-number-taken = Another consultation of this series has this number.
consultation-first-day-too = Enter the first day too, or leave both empty.
consultation-last-before-first = The last day cannot be before the first.
consultation-choose-status = Choose a status.
consultation-held-needs-date = A consultation that was held needs its date.
consultation-held-in-future = A consultation cannot have been held on a date still to come; choose planned or scheduled.
consultation-say-why = Say why it was postponed or cancelled.
consultation-participants-negative = A number of participants cannot be negative.
consultation-whole-number = Enter a whole number, or leave it empty.
consultation-text-too-long = This text is too long (at most 50,000 characters).

## A consultation's participation records
participation-title = Participation: { $consultation }
participation-edit = Edit participation
participation-add = Add an organisation that took part
participation-conflict = Someone else saved this record while you were editing it
participation-conflict-hint = Your figures are still in the form and not saved. Save again to replace theirs.
participation-head-counts = Head counts
participation-note = Note
participation-remove-link = Remove this record…
participation-choose-role = Choose the role it had.
participation-negative = A head count cannot be negative.
participation-whole-number = Enter a whole number of people.
participation-duplicate = This organisation is already recorded in this role; edit that record instead.
participation-remove-title = Remove this participation record?
participation-remove-question = Remove the record of { $organisation } ({ $role }) at { $consultation }?
participation-remove-explained = Its head counts leave the consultation's figures and the dashboard. This cannot be undone: to count them again, add the record again.

## The finding form
finding-edit = Edit finding
finding-new = New finding
finding-conflict = Someone else saved this finding while you were editing it
finding-session = Session (if any)
finding-commitments = Commitments of the Consensus
finding-for-recommendation = For a recommendation
finding-choose-kind = Choose what kind of finding it is.
finding-write = Write the finding.
finding-too-long = A finding has at most 10,000 characters.
finding-choose-consultation = Choose the consultation it comes from.
finding-choose-session = Choose a session of that consultation, or none.
finding-tick-commitments = Tick the commitment (or commitments) of the Consensus it concerns.
finding-tick-themes = Tick themes from the list.
finding-choose-addressee = Choose to whom the recommendation is addressed.
finding-only-recommendations = Only recommendations are followed up.
finding-progress-date = Enter the date of the progress.
finding-say-what-happened = Say what happened.
finding-links-https = Each evidence link starts with https://.
finding-choose-status = Choose a status from the list.

## The provision form
provision-edit = Edit provision { $code }
provision-code-hint = The code { $code } is this project's provisional code and stays as it is, so that links and findings keep pointing here; fill in the official paragraph reference once verified.
provision-conflict = Someone else saved this provision while you were editing it
provision-text = Text
provision-ref-hint = The paragraph of the published text, for example: para. 14
provision-enter-title = Enter the provision's title.
provision-ref-too-long = An official reference has at most 40 characters (for example: para. 14).
provision-choose-bearer = Choose whose duty it is.

## The organisation form
organisation-new = New organisation
organisation-edit = Edit organisation
organisation-conflict = Someone else saved this organisation while you were editing it
organisation-then-list = Once saved, you go back to the participant list to check it again.
organisation-name = Name
organisation-acronym = Acronym
organisation-country = Country, if outside ASEAN
organisation-other-names = Other names
organisation-other-names-hint = One per line: the names reports and participant lists use for it, in any language.
organisation-add = Add organisation
organisation-merge-heading = Merge into another organisation
organisation-merge-explained = When this record and another are the same organisation, merge them: its participation, speakers, people and accounts move to the other, and its names become the other's aliases.
organisation-merge-into = Merge into
organisation-merge-confirm = I have checked that these are the same organisation
organisation-merge = Merge
organisation-enter-name = Enter the organisation's name.
organisation-name-too-long = A name has at most 300 characters.
organisation-acronym-too-long = An acronym has at most 40 characters.
organisation-choose-kind = Choose what kind of organisation it is.
organisation-choose-state = Choose a Member State from the list, or regional.
organisation-website-https = Enter a web address starting with https://.
organisation-alias-too-long = Each other name has at most 300 characters.
organisation-name-taken = Another organisation has this name; merge the two instead.
organisation-alias-taken = One of these other names already belongs to another organisation.
organisation-choose-into = Choose the organisation to merge this one into.
organisation-tick-confirm = Tick the box to confirm the merge.

## The series form
series-conflict = Someone else saved this series while you were editing it
series-funding-note = Funding note
series-starts = Starts
series-ends = Ends
series-end-before-start = The series cannot end before it starts.

## The session form
session-edit-title = Edit session: { $consultation }
session-new-title = New session: { $consultation }
session-edit = Edit session
session-add = Add a session to the agenda
session-conflict = Someone else saved this session while you were editing it
session-removed-heading = Removed from this agenda
session-removed-explained = These sessions were taken off the agenda and can be put back, with their notes:
session-restore-link = Restore…
session-day = Day
session-starts-at = Starts at
session-ends-at = Ends at
session-speakers = Speaking organisations
session-speakers-hint = Tick each organisation that speaks in this session. To find one, type part of its name and choose Show matching: what you have typed and ticked stays.
session-find-organisation = Find an organisation
session-show-matching = Show matching
session-speakers-hidden = { $count ->
        [one] { $count } organisation not matching “{ $filter }” is hidden.
       *[other] { $count } organisations not matching “{ $filter }” are hidden.
    } Empty the box and choose Show matching to see them all.
session-no-organisation-matches = No organisation matches “{ $filter }”.
session-add-button = Add to the agenda
session-time-shape = Enter a time like 09:30.
session-choose-kind = Choose what kind of session it is.
session-day-outside = The day must be one of the consultation's days.
session-end-before-start = It cannot end before it starts.
session-remove-title = Remove this session from the agenda?
session-remove-question = Remove “{ $session }” from the agenda of { $consultation }?
session-off-agenda = This session is off the agenda
session-restore-explained = Restoring puts it back in its place on the agenda, with its notes.
session-restore-button = Restore it to the agenda

## People
person-new = New person
person-edit = Edit person
person-conflict = Someone else saved this person while you were editing
person-full-name = Full name, as the person writes it
person-honorific = Honorific
person-honorific-hint = For example: Ms., Mr., Dr.
person-add = Add a person
people-current-positions = Current positions
people-spoke-at = Spoke at
people-download-what = all { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
person-positions-heading = Positions over time
person-no-position = No position is recorded.
person-positions-caption = Positions held, earliest first
person-position = Position
person-source = Source
person-current = current
person-add-position = Add a position
person-position-hint = For example: Vice Chair
person-until = Until
person-until-hint = Leave empty while it is held
person-source-hint = Where this is known from
person-add-position-button = Add position
person-no-participation = No participation is recorded.
person-took-part-caption = Where { $name } took part or spoke
person-took-part-as = Took part as
person-summary = Took part in or spoke at { $count ->
        [one] { $count } consultation
       *[other] { $count } consultations
    }; spoke at { $spoke ->
        [one] { $spoke } consultation
       *[other] { $spoke } consultations
    }.
person-period = { $from } to { $to }
person-since = since { $date }
person-until-date = until { $date }
person-no-dates = dates not recorded
person-enter-name = Enter the person's name as they write it.
person-choose-sex = Choose one; "not stated" is a valid answer.
person-email-shape = Enter an email address like name@example.org, or leave it empty.
person-enter-position = Enter the position, for example: Vice Chair.
person-position-end-before-start = A position cannot end before it starts.

## Removing a session from the agenda
session-remove-explained = It leaves the agenda and every page that shows it. It is kept, with its notes, and staff can restore it to its place.
session-restore-question = “{ $session }” was removed from the agenda of { $consultation }. Restore it?

## Importing a participant list
list-import-title = Import a participant list: { $consultation }
list-names-personal = Names are personal data: they are visible to HRWG staff only.
list-cannot-import = This file cannot be imported
list-upload-explained = Upload the attendance sheet as a CSV file (in Excel: File › Save As › "CSV UTF-8"). The first line names the columns:
list-column-name = <strong>name</strong>: the person's name as they write it, in any script;
list-column-sex = <strong>sex</strong>: female, male, other or not stated;
list-column-organisation = <strong>organisation</strong>: its name, acronym or any of its other names;
list-columns-optional = and if you have them: <strong>role</strong> (participant, speaker, observer, organiser, co-organiser, funder; participant if empty), <strong>title</strong> (their position) and <strong>email</strong>.
list-download-template = Download a template (CSV)
list-template-explained = with these columns and one example row: replace the example with your participants.
list-nothing-written-yet = Nothing is written yet: you will see every row's problems first, and the list is recorded only when all rows are right. Up to 10,000 rows and 5 MB.
list-file-label = Participant list (CSV)
list-check = Check the list
list-check-again-title = Check the participant list again: { $consultation }
list-problems-title = Problems in the participant list: { $consultation }
list-all-right-heading = Every row of the list is right now
list-all-right = { $file }: { $rows } rows read, all ready. Nothing has been written yet.
list-needs-fixing-heading = The list needs fixing before it can be imported
list-needs-fixing = { $file }: { $rows } rows read, { $good } ready, { $bad } with problems. Nothing has been written. Fix what is named below, then check the same file again; or fix the rows in your spreadsheet and upload it again.
list-blank-lines = Blank lines skipped:
list-unknown-organisations = Organisations not yet recorded
list-unknown-organisations-explained = Each of these names is no organisation's name, acronym or other name. Add the organisation, or add the name to the organisation it means; you come back here afterwards.
list-add-new-organisation = add it as a new organisation
list-named = named { $name }
list-or = , or
list-add-as-alias = add it as another name of { $organisation }
list-or-add-under-other-names = , or add it under “Other names” on the form of the organisation it means (from <a href="/organisations">Organisations</a>)
list-rows-with-problems = Rows with problems
list-line = Line
list-problems = Problems
list-no-rows = The file has no rows to import.
list-kept = The file is kept for { $hours } hours, for staff only, so that it can be checked again without uploading it.
list-check-again = Check the same file again
list-upload-corrected = Upload a corrected file instead
list-title = Participant list: { $name }
list-every-row-right = Every row is right. Nothing has been written yet.
list-record = Record these { $count } participants
list-first-rows = The first rows
list-first-rows-of = The first rows (50 of { $total })
list-recording = Recording { $total } participants: { $done } done.
list-recording-label = Recording the participant list
list-refreshes = This page refreshes itself.
list-refresh-now = Refresh now
list-recorded = Recorded: { $count } participants.
list-not-recorded = The list was not recorded
list-upload-again = Upload it again

## What the participant list importer finds
list-not-utf8 = This file is not in UTF-8, so names in Vietnamese, Thai, Khmer or Burmese would be garbled. In Excel, choose File › Save As › "CSV UTF-8 (Comma delimited)" and upload that file.
list-empty = The file is empty.
list-missing-columns = The first line must name the columns; these are missing: { $columns }.
list-too-many-rows = The file has { $rows } rows; at most 10,000 can be imported at once. Split it in two.
list-null-character = Line { $line } holds a null character (U+0000), which cannot be stored; the file may not be a CSV export. Save it again as "CSV UTF-8" and upload that file.
list-malformed = The file could not be read as CSV: { $why }
list-upload-unreadable = The upload could not be read ({ $why }). Files may be up to 5 MB.
list-choose-file = Choose a CSV file to upload.
list-name-too-long = The name is too long: at most { $max } characters.
list-organisation-too-long = The organisation is too long: at most { $max } characters.
list-title-too-long = The title is too long: at most { $max } characters.
list-email-too-long = The email is too long: at most { $max } characters.
list-name-missing = The name is missing.
list-organisation-missing = The organisation is missing.
list-sex-missing = The sex is missing (write female, male, other or not stated).
list-sex-unknown = The sex { $sex } is not one of female, male, other, not stated.
list-role-unknown = The role { $role } is not one of participant, speaker, observer, organiser, co-organiser, funder.
list-not-email = { $email } is not an email address.
list-duplicate = The same person is already on line { $line }.
list-no-organisation-close = No organisation is called { $name }. Did you mean { $close }? Add the name as one of its other names, or add the organisation first.
list-no-organisation = No organisation is called { $name }. Add it (or this name as another name of an existing one) first.
list-already-recorded = This person is already recorded for this consultation.

## Self-assessments across the region
regional-title = Self-assessments across the region
regional-each-cell = Each cell: government average / civil-society average, from submitted assessments you may read.
regional-caption = Member States by chapter
regional-caption-cycle = Member States by chapter, cycle { $cycle }

## A new API token
token-new-title = Your new API token
token-copy-now = Copy it now: it is shown only this once, and cannot be shown again.
token-name = Name
token = Token
token-send-it = Send it with every request to the API:
token-reads = It reads what you may read, and stops working when you revoke it or your account is disabled.
token-how-to = How to use the API

## The reference page (for measuring speed)
reference-title = Reference page
reference-lead = A fixed page for measuring speed: the first { $count } themes, read with one query.
reference-caption = Themes by short name
reference-short-name = Short name

## Requests a page cannot answer (400)
bad-page-marker-number = The page marker is not a number.
bad-form-without-version = This form lacks its version; open the page again.
bad-page-number = A page is a number from 1.
bad-search-kind = There is no such kind of record to search.
bad-no-such-theme = There is no such theme.
bad-round-readers = Choose who may read the round.
bad-finding-kind = There is no such kind of finding.
bad-no-such-status = There is no such status.
bad-chapter-number = A chapter is a number.
bad-date-shape-from = The from date must look like 2019-12-18.
bad-date-shape-to = The to date must look like 2019-12-18.
bad-date-range-from = The from date must be between { $first } and { $last }, like 2019-12-18.
bad-date-range-to = The to date must be between { $first } and { $last }, like 2019-12-18.
bad-null-character = A value holds the character U+0000 (a null), which cannot be stored; remove it and send again.
bad-sort = Sort by newest, oldest or due.
bad-page-marker = The page marker is damaged.
bad-which-statement = Say which statement of the note.
bad-list-upload = Send the list as a file upload from the import page.
bad-no-such-series = There is no such series.

## What a list's downloads hold
download-what-consultations = { $count ->
        [1] this consultation
       *[other] these { $count } consultations
    }
download-what-findings = { $count ->
        [1] this finding
       *[other] these { $count } findings
    }
download-what-findings-more = these findings (more than { $count })
download-what-organisations = { $count ->
        [1] this organisation
       *[other] all { $count } organisations
    }
download-what-organisations-filtered = { $count ->
        [1] this organisation
       *[other] these { $count } organisations (every page)
    }
download-what-my-notes = { $count ->
        [one] your { $count } note
       *[other] your { $count } notes
    }
download-what-participation = { $count ->
        [one] the { $count } organisation taking part, with head counts by sex
       *[other] the { $count } organisations taking part, with head counts by sex
    }
findings-total = { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    }
standing-not-member = Not a member of ASEAN then
standing-not-bound = Not bound by this framework then

## Why a participant list was not recorded
list-failed-stalled = The writing of this list stopped before it finished, so nothing was recorded. Upload it again.
list-failed-write = The list could not be written, so nothing was changed. Upload it again; if it fails again, tell the HRWG administrator.
list-failed-recorded-meanwhile = Nothing was recorded: { $count } of these people were recorded for this consultation after the list was checked (another list was imported meanwhile). Upload the list again to see which rows.
list-not-kept = This participant list is no longer kept (lists with problems are kept for { $hours } hours, and a list is forgotten once it checks clean). Upload it again.
audit-field-rows_before = rows before
audit-field-rows_after = rows after
audit-field-examples = examples

organisations-offered-first = The first { $count } organisations are listed. To find another, type part of its name or acronym and choose Show matching.
organisations-offered-first-matching = More than { $count } organisations match “{ $filter }”; the first { $count } are listed. Type more of the name or acronym and choose Show matching.
organisation-filter-label = Find an organisation
organisation-filter-button = Show matching
organisation-filter-none = No organisation matches “{ $filter }”. Empty the box and choose Show matching to list them again.
consultations-offered-first = The latest { $count } consultations are listed. To find another, type part of its title or city and choose Show matching.
consultations-offered-first-matching = More than { $count } consultations match “{ $filter }”; the latest { $count } are listed. Type more of the title or city and choose Show matching.
consultation-filter-label = Find a consultation
consultation-filter-none = No consultation matches “{ $filter }”. Empty the box and choose Show matching to list them again.
citable-newest = The { $count } newest findings are listed.
citable-all = All findings on { $code } in this Member State
users-name-or-email-contains = Name or e-mail contains
