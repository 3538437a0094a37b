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
