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
