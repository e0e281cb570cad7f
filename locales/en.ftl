# CxO Review — English — the source every other language is translated from.
# Add a message here first; docs/translating.md says how, and the catalogue check (tests/catalogue.rs) names what every other file then lacks.

## The shell

app-name = CxO Review
language-label = Language
shell-unavailable = the database is unavailable after an earlier failure; restart CxO Review
shell-stopped = the operation stopped unexpectedly: { $reason }
shell-no-database = no database is open
shell-team-backup = a team database is backed up on its server, with pg_dump (docs/team.md)
shell-no-package = no review package is open

## Words every screen uses

common-save = Save
common-cancel = Cancel
common-delete = Delete
common-edit = Edit
common-close = Close
common-add = Add
common-undo = Undo
common-loading = Loading…
common-saving = Saving…
common-saved = Saved
common-search = Search

## ITU regions (UNTERM names)

region-AFR = Africa
region-AMS = The Americas
region-ARB = Arab States
region-ASP = Asia and the Pacific
region-CIS = CIS
region-EUR = Europe
region-TSB = TSB

## Kinds of record

kind-organizations = Organizations
kind-people = People
kind-meetings = Meetings
kind-attendance = Attendance
kind-counts = Counts by region
kind-priorities = Priorities
kind-decisions = Decisions
kind-actions = Actions
kind-contributions = Contributions
kind-action-plan = Action plan
kind-objectives = Objectives
kind-proposals = Proposals
kind-reviewers = Reviewers
kind-cycles = Review cycles
kind-scores = Scores
kind-improvements = Improvements

## Errors the core reports (the command line prints these English texts: keep them as they are)

error-invalid = { $problems }
error-import = { $file }: { $count } bad row(s), nothing was imported
error-import-more = … and { $count } more bad row(s) not listed
error-not-found = no { $entity } { $key }
error-frozen = review cycle "{ $cycle }" is signed off; its scores, evidence and proposals can no longer change
error-wrong-file = { $name } { $reason }
error-newer-schema = { $path } was written by a newer version of CxO Review (schema version { $found }; this version knows up to { $supported }). Open it with a newer CxO Review, or restore a backup.
error-io = { $path }: { $reason }
error-migration = { $path }: the upgrade to { $migration } failed, nothing was changed: { $reason }
error-render = could not write { $what }: { $reason }
error-no-database = there is no database at { $path }; create one with `cxo-review --db { $path } init`, or check the path
error-read-only = { $path } is read-only: it can be read, but nothing can be saved to it (check the file's permissions, or copy it somewhere writable)
error-busy = { $path } is busy: { $holder } kept it locked for more than { $waited } s; nothing was saved, try again when it has finished
error-connection = cannot connect to { $address }: { $reason }
error-conflict = this { $entity } was changed by { $by } at { $at }, after you opened it; your changes were not saved. Reload it to see theirs, then make yours again
error-password-needed = { $address } asks for a password
error-denied = the team database refused this for user "{ $user }": { $reason }
error-tampered = review cycle "{ $cycle }" was signed off under digest { $recorded }, but { $now }: it was changed outside CxO Review after sign-off. Restore a backup made before the change (`cxo-review backups list`), or ask whoever edited the file
error-damaged = { $path } was found damaged on { $since } ({ $reason }). Restore a good backup (in the app: Settings ▸ Backups; on the command line: `cxo-review backups restore`), or run `cxo-review check` to examine the file
error-damaged-with-backup = { $path } was found damaged on { $since } ({ $reason }). Restore a good backup (in the app: Settings ▸ Backups; on the command line: `cxo-review backups restore` (latest: { $backup })), or run `cxo-review check` to examine the file
error-unsafe-output = { $path }: { $reason }; choose another file name
error-database = database error while { $operation }: { $reason }
error-json = internal error (JSON): { $reason }
error-internal = internal error: { $reason }

## Problems with a field, shown beside it

check-required = is required
check-too-long = is longer than { $max } characters
check-control-character = holds the control character { $character } at character { $at }
check-control-character-one-line = holds the control character { $character } at character { $at }; it is one line of text
check-negative = cannot be negative
check-implausibly-large = is implausibly large (over { $max })
check-sources-empty = name at least one source organization
check-one-or-more = must be 1 or more
check-telephone = "{ $value }" is not a telephone number (digits, +, spaces, -, ., /, brackets)
check-email = "{ $value }" is not an e-mail address
check-key-spaces = must not contain spaces (use e.g. CTO-2024-01)
check-before-start-date = is before the start date
check-before-meeting-started = is before the meeting started
check-not-started-planned = a meeting that has not started yet can only be planned
check-exceeds-participants = exceeds the participants
check-closed-date-required = is required when the status is { $status }
check-closed-date-empty = must be empty while the status is { $status }
check-country-required = is required (ISO 3166-1 code such as CH), except for the ITU secretariat
check-country-code = "{ $value }" is not an ISO 3166-1 alpha-2 code such as CH or US
check-unknown-metric = unknown metric "{ $metric }"; known metrics: { $known }
check-metric-twice = metric "{ $metric }" appears twice
check-target-number = target must be a number
check-rubric-levels = levels must be numbered 0, 1, 2, … without gaps (at least two levels)
check-rubric-too-many = has more than 11 levels
check-rubric-label = level { $level } has no label
check-action-plan-code = "{ $value }" should read like AP1.1 or AP5
check-before-period-start = is before the start of the period
check-quorum = must be between 1 and 100
check-signed-off-at = is set exactly when the cycle is signed off
check-level-range = must be a rubric level between 0 and 10
check-evidence-empty = { $kind } reference is empty
check-invitation = must begin with "TSAG is invited to …"

## Dates

dates-format-error = Enter the date as YYYY-MM-DD, e.g. 2024-10-14, or as { $order }
dates-no-such-day = There is no such day in the calendar
dates-hint = { $iso } or { $order }

## The menu bar

menu-file = File
menu-file-new = New database…
menu-file-open = Open database…
menu-file-recent = Open Recent
menu-file-demo = Open the demo database
menu-file-connect = Connect to a team database…
menu-file-package = Open review package…
menu-file-backup = Back up now
menu-file-import = Import…
menu-file-export = Export database…
menu-file-quit = Quit
menu-edit = Edit
menu-edit-undo = Undo
menu-edit-redo = Redo
menu-edit-cut = Cut
menu-edit-copy = Copy
menu-edit-paste = Paste
menu-edit-select-all = Select All
menu-view = View
menu-view-reload = Reload
menu-help = Help
menu-about = About CxO Review
menu-about-comments = Track executive consultations, Resolution 68 contributions and reviews of the ITU-T CTO/CxO process, and report to TSAG.
menu-recent-none = No databases opened yet
menu-recent-clear = Clear the list

## Review: scoring, the rapporteur's view, review packages and reviewer mode; objectives and their rubrics; reviewers and review cycles; the history of a record and the Activity screen

review-title = Review
review-subtitle = Score whether each objective of the CTO/CxO process is met, with a rationale and evidence.
review-cycle = Cycle
review-new-cycle = New cycle…
review-open-package = Open review package…
review-open-package-hint = Score a review package offline (reviewer mode)
review-scoring-as = Scoring as
review-scoring-as-bound = The reviewer your team login scores as
review-choose-who = Choose who you are…
review-signed-off = This cycle is signed off: its scores are frozen.
review-bound-not-reviewer = Your team login scores as { $reviewer }, who is not a reviewer of this cycle: you cannot score it.
review-choose-reviewer = Choose who you are under “Scoring as” before scoring: your scores are saved under that reviewer's name.
review-new-cycle-title = New review cycle
review-cycle-name-example = 2026 review of the CTO/CxO process
review-quorum = Quorum (fewest scores per objective)
review-create-cycle = Create cycle
review-tab-scores = My scores
review-tab-rapporteur = Rapporteur view
review-level-for = Level for { $code }
review-rationale = Rationale
review-evidence = Evidence
review-remove-evidence = Remove { $item }
review-evidence-placeholder = Add a meeting key, contribution symbol or indicator
review-evidence-unknown = "{ $typed }" is not a meeting, contribution or indicator of this cycle's period
review-evidence-indicator = { $label } ({ $value })
review-save-score = Save score
review-saved = saved
review-alpha-ordinal = Krippendorff's alpha (ordinal):
review-agreement-more = · interval { $interval } · nominal { $nominal } · quorum { $quorum }
review-objective = Objective
review-median = Median
review-spread = Spread
review-status = Status
review-returned-at = Scored offline and returned { $date }
review-scored-offline-hidden = (scored offline)
review-disagree = Reviewers disagree
review-disagree-hidden = (reviewers disagree)
review-status-met = met
review-status-partly-met = partly met
review-status-not-met = not met
review-status-insufficient-evidence = insufficient evidence
review-scored-offline = Scored offline
review-marked-in-table = marked ↩ in the table
review-provenance = { $reviewer }: returned { $date } in package { $package }, signed by key { $key }
review-offline-title = Offline review
review-offline-intro = Give each reviewer a review package to score on their own computer; merge the signed returns they send back.
review-no-cycle = No review cycle yet: create one by importing a cycles file (Settings).

score-level-0 = Not met
score-level-1 = Slightly met
score-level-2 = Partially met
score-level-3 = Largely met
score-level-4 = Fully met
score-not-available = n/a

draft-kept-hint = Kept on this computer until you save it
draft-not-saved = Draft, not saved yet
draft-discard = Discard draft

package-folder-title = Folder for the review packages
package-return-file = CxO Review return
package-package-file = CxO Review package
package-deadline = Returns accepted until
package-issue = Issue packages…
package-accept-late = Accept late returns
package-merge = Merge returns…
package-issued = Packages issued (returns accepted until { $date })
package-merged = Returns merged
package-refused = refused
package-nothing-written = Nothing of it was written.
package-merged-from = — { $reviewer }, returned { $date }, key { $key }
package-unchanged = unchanged: { $objectives }
package-conflict = CONFLICT
package-nothing-changed = nothing changed
package-no-data = no data
package-status-choose-level = Choose a level to save this objective
package-status-not-saved = Not saved
package-status-editing = Editing…
package-status-in-package = Saved in the package
package-status-not-scored = Not scored yet
package-indicators = Indicators
package-header = Review package { $id } · { $file }
package-reviewer = Reviewer
package-period = Period
package-return-by = Return by
package-scored = Scored
package-progress = { $scored } of { $count } objectives
package-indicators-of = Indicators of { $code }
package-value = Value
package-result = Result
package-rationale-for = Rationale for { $code }
package-evidence-for = Evidence for { $code }
package-remove-evidence = Remove { $item } from { $code }
package-add-evidence = Add evidence for { $code }
package-add-evidence-choose = Add a meeting, contribution or indicator…
package-return-title = Return my scores
package-return-intro = The return holds your { $count } score(s), signed by a key this computer keeps. Send the file to the rapporteur.
package-return-choose = Return my scores…
package-return-beside = Return to { $file } beside the package
package-returned = Wrote the return of { $count } score(s) to { $path }.
package-signed-by = Signed by this computer's reviewer key { $key }.
package-tell-fingerprint = Tell the rapporteur this fingerprint (by phone, or any way other than the e-mail carrying the return).

objective-saved = Objective { $code } saved
objective-deleted = Objective { $code } deleted
objective-rubric-saved = Rubric of { $code } saved
objective-unsaved-rubric = the rubric
objective-subtitle = What the CTO/CxO process is meant to achieve, how it is measured ({ $period }), and how reviewers score it.
objective-period = { $from } to { $to }
objective-new = New objective
objective-edit = Edit objective
objective-what-new = the new objective
objective-what = the objective
objective-save = Save objective
objective-code = Code
objective-source = Source
objective-source-example = Resolution 68
objective-action-plan-items = Action-plan items (separated by ;)
objective-title = Title
objective-description = Description
objective-indicators-field = Indicators, e.g. participants_per_meeting >= 15; regions_represented >= 5 (metrics in docs/metrics.md)
objective-rubric-default = The rubric starts as 0 Not met … 4 Fully met; edit it afterwards.
objective-edit-named = Edit objective { $code }
objective-delete-named = Delete objective { $code }
objective-source-line = Source: { $source }
objective-indicator = Indicator
objective-current = Current
objective-target = Target
objective-met = met
objective-missed = missed
objective-rubric = Rubric
objective-level-label = Label of level { $level }
objective-level-label-hidden = (label of level { $level })
objective-add-level = Add level
objective-remove-level = Remove last
objective-save-rubric = Save rubric
objective-edit-rubric = Edit rubric
objective-action-plan-line = Action plan: { $items }

reviewer-what = reviewer { $name }
reviewer-name = Name
reviewer-affiliation = Affiliation
reviewer-email = E-mail (personal data)
reviewer-edit = Edit reviewer { $name }
reviewer-delete = Delete reviewer { $name }

cycle-saved = { $name } saved
cycle-intro = New cycles are opened on the Review screen. A signed-off cycle is frozen and can no longer be edited.
cycle-what = cycle { $name }
cycle-edit-title = Edit { $name }
cycle-name = Name
cycle-period-from = Period from
cycle-period-to = Period to
cycle-quorum = Quorum (fewest reviewers per objective)
cycle-status = Status
cycle-option-open = Open
cycle-option-closed = Closed
cycle-objectives-in-scope = Objectives in scope
cycle-period-quorum = { $from } – { $to } · quorum { $quorum }
cycle-status-open = open
cycle-status-closed = closed
cycle-status-signed-off = signed off
cycle-edit = Edit cycle { $name }
cycle-scope = Objectives: { $objectives } · Reviewers: { $reviewers }
cycle-none = none
cycle-empty = No review cycle yet.

signoff-below-quorum = { $objective } has { $scores } of the { $quorum } scores its quorum asks for (insufficient evidence)
signoff-not-scored = { $reviewer } has not scored { $objectives }

history-title = History
history-empty = No change recorded.
history-no-value = no value
history-restored = { $field } restored to { $value }; the restore is recorded as a change of its own
history-by = by { $who }
history-joined = { $count } entries, one per item
history-restore = Restore
history-restore-named = Restore { $field } to { $value }
history-value-yes = yes
history-value-no = no
history-operation-insert = Created
history-operation-update = Changed
history-operation-delete = Deleted
history-what-insert = Created { $kind } { $key }
history-what-update = Changed { $kind } { $key }
history-what-delete = Deleted { $kind } { $key }
history-batch-kind = { $count } { $kind }
history-batch-what = { $count ->
        [one] { $count } entry: { $kinds }
       *[other] { $count } entries: { $kinds }
    }
history-cause-detail = { $cause } ({ $detail })
history-cause-form = form
history-cause-capture = capture
history-cause-import = import
history-cause-merge = merge
history-cause-restore = restore
history-cause-copy = copy
history-cause-migration = migration
history-cause-command-line = command line
history-cause-outside = outside
history-kind-organizations = organizations
history-kind-people = people
history-kind-meetings = meetings
history-kind-attendance = attendance
history-kind-counts = counts
history-kind-priorities = priorities
history-kind-decisions = decisions
history-kind-actions = actions
history-kind-contributions = contributions
history-kind-action-plan = action-plan
history-kind-objectives = objectives
history-kind-proposals = proposals
history-kind-reviewers = reviewers
history-kind-cycles = cycles
history-kind-scores = scores
history-kind-improvements = improvements

activity-title = Activity
activity-intro = Every change to a record, as the database recorded it: who, when and why. An import shows as one line.
activity-by = By
activity-any-login = any login
activity-kind = Kind
activity-cause = Cause
activity-any = any
activity-from = From
activity-to = To
activity-show = Show
activity-empty = No change matches.
activity-batch = Batch { $batch }
activity-batch-newest = Batch { $batch } — the newest { $shown } of { $count } entries
activity-record = Record
activity-change = Change
activity-more = Show { $count } more

## People and organizations, contributions, proposals and export, actions, the action plan, record forms and lists

directory-title = People & organizations
directory-subtitle = Who can be put on a meeting's roster, and the organization and country each counts under.
directory-duplicates = Duplicates…
directory-list = List
directory-tab-people = People ({ $count })
directory-tab-organizations = Organizations ({ $count })
directory-saved = { $name } saved
directory-deleted = { $name } deleted
directory-edit-title = Edit { $name }
directory-delete-label = Delete { $name }
person-new = New person
person-what-new = the new person
person-search-placeholder = Name, role, organization…
person-column-name = Name
person-column-role = Role
person-column-title = Title
person-column-organization = Organization
person-field-name = Name
person-field-role = Role
person-field-title = Title
person-field-organization = Organization
person-field-email = E-mail
person-field-phone = Phone
person-personal-data = E-mail and phone are personal data: they are left out of exports to TSAG unless asked for.
person-role-delegate = delegate
person-role-expert = expert
person-role-staff = staff
organization-new = New organization
organization-what-new = the new organization
organization-search-placeholder = Name, category, country…
organization-column-name = Name
organization-column-category = Category
organization-column-country = Country
organization-field-name = Name
organization-field-category = Category
organization-field-country = Country (none only for the ITU secretariat)
organization-category-member-state = Member State
organization-category-sector-member = Sector Member
organization-category-associate = Associate
organization-category-academia = Academia
organization-category-non-member = Non-member
organization-category-secretariat = ITU secretariat
contribution-subtitle = Resolution 68 contributions, their proposals and dispositions, linked to the process objectives.
contribution-new = New contribution
contribution-what-new = the new contribution
contribution-what = contribution { $symbol }
contribution-edit-title = Edit { $symbol }
contribution-edit = Edit contribution
contribution-saved = { $symbol } saved
contribution-deleted = { $symbol } deleted
contribution-delete-label = Delete contribution { $symbol }
contribution-column-symbol = Symbol
contribution-column-date = Date
contribution-column-title = Title
contribution-column-sources = Sources
contribution-column-agreed = Agreed
contribution-title-base = Base document: { $title }
contribution-search-placeholder = Symbol, title, source…
contribution-show = Show
contribution-show-all = All contributions
contribution-show-pending = With proposals pending
contribution-show-base = Base document
contribution-field-symbol = Symbol
contribution-field-date = Date
contribution-field-considered-at = Considered at
contribution-considered-at-example = TSAG, 26–30 January 2026
contribution-field-title = Title
contribution-field-sources = Source organizations (separated by ;)
contribution-field-reproduced-in = Reproduced in (document where its text is reproduced, e.g. TSAG-TD267)
contribution-field-base-document = Base document on which contributions are invited
contribution-proposal-what-new = the new proposal
contribution-proposal-what = proposal { $seq } of { $symbol }
contribution-proposal-field-number = Number
contribution-proposal-field-text = Proposal
contribution-proposal-field-objectives = Objectives (separated by ;)
contribution-proposal-disposition = Disposition
contribution-proposal-pending = Pending
contribution-proposal-agreed = Agreed
contribution-proposal-noted = Noted
contribution-proposal-not-agreed = Not agreed
contribution-proposal-edit-label = Edit proposal { $seq }
contribution-proposal-delete-label = Delete proposal { $seq }
contribution-proposal-deleted = Proposal { $seq } deleted
contribution-proposal-none = No proposal recorded.
contribution-proposal-new = New proposal
contribution-proposal-add = Add proposal
proposal-title = Proposals & export
proposal-subtitle = Improvement proposals for the objectives not met, sign-off, and the summary to TSAG.
proposal-cycle = Cycle
proposal-cycle-option = { $name } ({ $status })
proposal-cycle-open = open
proposal-cycle-closed = closed
proposal-cycle-signed-off = signed off
proposal-draft = Draft proposals
proposal-sign-off = Sign off…
proposal-signed-off-at = Signed off { $date }
proposal-digest = digest
proposal-drafted-report = Drafted: { $draftedCount ->
        [0] none
       *[other] { $drafted }
    }. Redrafted: { $redraftedCount ->
        [0] none
       *[other] { $redrafted }
    }. Kept as edited: { $keptCount ->
        [0] none
       *[other] { $kept }
    }.
proposal-sign-off-confirm = Sign off “{ $name }”? Its scores, evidence and proposals will be frozen and can no longer change.
proposal-sign-off-incomplete = It is not complete:
proposal-sign-off-complete = Every reviewer has scored every objective.
proposal-signed-off = Signed off. Digest { $digest }
proposal-saved = Proposal saved; drafting will no longer rewrite it.
proposal-field-title = Title
proposal-field-text = Text
proposal-field-invitation = TSAG is invited to …
proposal-field-status = Status
proposal-status-draft = Draft
proposal-status-agreed = Agreed
proposal-status-submitted = Submitted
proposal-status-rejected = Rejected
proposal-tag-draft = draft
proposal-tag-agreed = agreed
proposal-tag-submitted = submitted
proposal-tag-rejected = rejected
proposal-origin-drafted = drafted
proposal-origin-edited = edited
proposal-origin-manual = manual
proposal-action-number = Action { $number }:
proposal-none = No proposal yet. “Draft proposals” writes one for each objective the review finds not met.
export-title = Export
export-document-language = Document language
export-document-language-help = English is TSAG's working language for its temporary documents; the other languages give the summary's fixed text in that language (the data stays as written).
export-include-confidential = Include personal contact data and Chatham House notes
export-word = Word (.docx)
export-markdown = Markdown
export-json = JSON
export-workbook = Workbook (.xlsx)
export-summary-filter = Summary ({ $format })
export-saved = Saved { $path }
export-saved-rows = { $count ->
        [one] Saved { $count } row to { $path }
       *[other] Saved { $count } rows to { $path }
    }
export-one-table = One table as CSV
export-table = Table
export-this-cycle = This cycle
export-database = Database
export-table-results = results
export-table-scores = scores
export-table-indicators = indicators
export-table-metrics = metrics
export-table-improvements = improvements
export-table-objectives = objectives
export-table-organizations = organizations
export-table-people = people
export-table-meetings = meetings
export-table-attendance = attendance
export-table-counts = counts
export-table-actions = actions
export-table-contributions = contributions
export-table-proposals = proposals
export-table-statistics = statistics
export-save-csv = Save CSV…
document-header-note = The TD's header, remembered for this cycle.
document-header-note-signed-off = The TD's header, remembered for this cycle (it may still change after sign-off).
document-field-td-number = TD number (assigned by TSB)
document-field-place-and-date = Place and date of the TSAG meeting
document-place-and-date-example = Geneva, 26–30 January 2026
document-field-source = Source
document-contact = Contact
document-field-contact-name = Name
document-field-contact-organization = Organization or role
document-field-contact-country = Country
document-field-contact-tel = Tel
document-field-contact-email = E-mail
document-options-save = Save options
document-options-saved = Document options saved for this cycle.
actions-subtitle = Follow-up actions of every meeting. An open action is carried forward to every later meeting until it is closed.
actions-search-placeholder = Text, owner, meeting…
actions-show = Show
actions-filter-open = Open
actions-filter-overdue = Overdue
actions-filter-all = All
actions-column-due = Due
actions-column-action = Action
actions-column-owner = Owner
actions-column-meeting = Meeting
actions-column-status = Status
actions-status-open = open
actions-status-open-overdue = open (overdue)
actions-status-in-progress = in progress
actions-status-in-progress-overdue = in progress (overdue)
actions-status-done = done
actions-status-dropped = dropped
actions-saved = Action saved
actions-deleted = Action deleted
actions-edit-title = Edit action
actions-meeting-owner = { $meeting } · owner { $owner }
actions-meeting-owner-due = { $meeting } · owner { $owner } · due { $date }
actions-overdue = overdue
actions-status = Status
actions-status-option-open = Open
actions-status-option-in-progress = In progress
actions-status-option-done = Done
actions-status-option-dropped = Dropped
actions-closed-on = Closed on { $date }
actions-delete-label = Delete action: { $text }
plan-new = New item
plan-code = Code
plan-pillar = Pillar
plan-title = Title
plan-status = Status
plan-edit-or-delete = Edit or delete
plan-pillar-raising-awareness = Raising awareness
plan-pillar-adding-value = Adding value
plan-pillar-attracting-members = Attracting potential new sector members
plan-pillar-strategic-mapping = Mapping of ITU strategic plan and indicators
plan-status-planned = Planned
plan-status-in-progress = In progress
plan-status-done = Done
plan-saved = { $code } saved
plan-deleted = { $code } deleted
plan-what-new = the new action-plan item
plan-what = the action-plan item
plan-edit-label = Edit { $code }
plan-delete-label = Delete { $code }
plan-none = No action-plan item recorded.
record-correct-fields = Please correct the fields marked below.
record-field-message = { $field }: { $message }
record-load-theirs = Load their version
record-unsaved = Unsaved changes
record-history = History
table-count = { $shown } of { $total }
table-sort-by = Sort by { $column }
table-no-match = No row matches the search.
table-empty = Nothing to show yet.
indicator-meetings_held = Executive meetings held
indicator-participants_per_meeting = Participants per meeting
indicator-executives_per_meeting = Executives per meeting
indicator-regions_represented = Regions represented
indicator-developing_region_share = Share from Africa, Arab States and Asia-Pacific
indicator-tsb_share = TSB share of participants
indicator-distinct_organizations = Distinct organizations
indicator-first_time_organizations = First-time organizations
indicator-priorities_per_meeting = Priorities per communiqué
indicator-actions_done_share = Follow-up completion
indicator-median_days_to_close = Median days to close an action
indicator-overdue_actions = Overdue actions
indicator-communique_latency_days = Communiqué latency (days)
indicator-contributions_received = Resolution 68 contributions
indicator-contribution_source_categories = Source categories of contributions
indicator-contribution_source_regions = Source regions of contributions
indicator-proposals_agreed_share = Share of proposals agreed

## Settings and its panels: the database, backups, trash, team connection, reviewer identity, language; the spreadsheet import and likely duplicates

settings-title = Settings
settings-intro = The database, who is scoring on this computer, and the language.
settings-language-help = The window switches at once; the choice is kept for the next start. Review summaries have their own language, chosen when exporting.
settings-language-draft = Translations other than English await review by native speakers.
settings-database = Database
settings-team-database = A team database on a PostgreSQL server, shared with the team.
settings-team-user = You are connected as { $login } ({ $role }).
settings-team-user-scoring = You are connected as { $login } ({ $role }), scoring as { $reviewer }.
settings-team-outsider = You are connected as { $login } (not in the team: the server's own rights).
settings-team-outsider-scoring = You are connected as { $login } (not in the team: the server's own rights), scoring as { $reviewer }.
settings-role-staff = staff
settings-role-reviewer = reviewer
settings-role-rapporteur = rapporteur
settings-team-rights = The server decides what each login may do, and the database is backed up there (docs/team.md).
settings-file-database = One SQLite file holds everything. It contains personal contact data and Chatham House notes: keep it where TSB keeps such data.
settings-open = Open…
settings-new = New…
settings-connect = Connect to a team database…
settings-back-up = Back up…
settings-backup-file-kind = Backup
settings-export = Export all as JSON…
settings-open-demo = Open the demo database
settings-backups = Backups
settings-trash = Trash
settings-import-title = Import a file
settings-import-help = CSV or JSON, as described in docs/formats.md. A file with any bad row is rejected whole, and every bad row is listed.
settings-import-kind = The file holds
settings-import-all = whole-database export
settings-import = Import…
settings-import-file-kind = CSV or JSON
settings-imported = Imported { $count } record(s) from { $path }
settings-import-row = line { $line }: { $message }
settings-import-row-column = line { $line }, { $column }: { $message }
settings-reviewer-identity = Reviewer identity
settings-reviewer-help = Scores you enter on the Review screen are recorded under this name.
settings-scoring-as = Scoring as
settings-choose = — choose —
settings-bound-reviewer = Your team login scores as { $name }; the server accepts no other name from it.
settings-add-reviewer-title = Add a reviewer
settings-reviewer-name = Name
settings-reviewer-affiliation = Affiliation
settings-reviewer-email = E-mail (personal data)
settings-add-reviewer = Add reviewer
settings-reviewer-added = Reviewer { $name } added
settings-about = About
settings-about-text = CxO Review { $version }. Keyboard: Alt+1 … Alt+9 (or Ctrl+1 … Ctrl+9) switch screens; arrow keys and Enter move through lists.
database-file-kind = CxO Review database
database-created = Created { $path }
database-opened = Opened { $path }
database-demo-opened = Opened the demo database ({ $path }), made afresh
database-exported = Exported the whole database to { $path }
backup-done = Backed up to { $path }
backup-none = No backups yet. One is made every day when the app is idle, and before every upgrade.
backup-caption = Kept in the “backups” folder beside the database; the newest five of each kind.
backup-made = Made
backup-why = Why
backup-size = Size
backup-action = Action
backup-reason-daily = daily
backup-reason-manual = made on request
backup-reason-before-upgrade = before an upgrade
backup-reason-before-restore = before a restore
backup-restore = Restore…
backup-restore-label = Restore the backup of { $made }
backup-restore-question = Replace the database with the backup of { $made }? What it holds now is kept as a backup "before a restore".
backup-restored = Restored the backup of { $made }
backup-now = Back up now
connect-title = Connect to a team database
connect-help = A database on a PostgreSQL server that several people use at once (docs/team.md). The server decides what your login may do. The password is used for this connection only: it is never written down.
connect-url = Server URL
connect-password = Password
connect-submit = Connect
connect-connecting = Connecting…
trash-none = The trash is empty. Whatever you delete is kept here, with what was deleted with it, until the trash is emptied.
trash-caption = What was deleted, with what went with it; Restore puts it back as it was.
trash-deleted = Deleted
trash-what = What
trash-action = Action
trash-deleted-by = by { $name }
trash-contents = with { $contents }
trash-restore = Restore
trash-restore-label = Restore the { $label }
trash-restored = Restored the { $label }
trash-empty-ask = Empty the trash…
trash-empty-question = Empty the trash?
trash-empty-warning = What is deleted for good cannot be restored afterwards.
trash-delete-for-good = Delete for good
trash-every-entry = every entry ({ $count })
trash-older-than = entries deleted more than { $days } days ago ({ $count })
trash-empty = Empty the trash
trash-deleted-for-good =
    { $count ->
        [one] { $count } entry deleted for good
       *[other] { $count } entries deleted for good
    }
sheet-title = Import a participant list
sheet-help = A spreadsheet (.xlsx, .xls, .ods, .csv) with its own columns, in English, French or Spanish: a list of participants, or counts per region (a column of regions, one of participants). Nothing is saved until you press Import; Undo takes it back.
sheet-choose = Choose a spreadsheet…
sheet-file-kind = Spreadsheet
sheet-source-workbook = sheet “{ $sheet }”, { $format }
sheet-source-text = { $encoding }, delimiter “{ $delimiter }”
sheet-header-row = headers on row { $row }
sheet-rows = { $count } row(s)
sheet-step-columns = 1. Columns
sheet-mapping = Mapping
sheet-mapping-recognised = recognised from the headers
sheet-mapping-name = Name of the mapping
sheet-mapping-name-example = Name, e.g. ITU registration (French)
sheet-mapping-save = Save mapping
sheet-mapping-saved = Mapping “{ $name }” saved: the next sheet of this layout can be read with it.
sheet-date-order = Dates written with numbers only (03/04/2025)
sheet-date-order-ask = ask me when the order cannot be told
sheet-date-order-day-first = day first (3 April)
sheet-date-order-month-first = month first (March 4)
sheet-column = Column
sheet-read-as = Read as
sheet-row-number = Row { $row }
sheet-read-column-as = Read column { $column } as
sheet-not-read = not read
sheet-field-full-name = full name
sheet-field-last-name = last name
sheet-field-first-name = first name
sheet-field-organization = organization
sheet-field-country = country
sheet-field-title = job title
sheet-field-role = role (CEO, CTO…)
sheet-field-email = e-mail
sheet-field-phone = phone
sheet-field-participation = participation
sheet-field-region = region (counts)
sheet-field-participants = participants (counts)
sheet-field-executives = executives (counts)
sheet-field-meeting-key = meeting key (register)
sheet-field-meeting-title = meeting title (register)
sheet-field-meeting-kind = kind of meeting (register)
sheet-field-start-date = first day (register)
sheet-field-end-date = last day (register)
sheet-field-venue = venue (register)
sheet-field-host = host (register)
sheet-field-documents = documents (register)
sheet-field-attendance-mode = attendance kept as (register)
sheet-field-outcomes = outcomes (register)
sheet-step-matches = 2. Names matched to the directory
sheet-row = Row
sheet-in-sheet = In the sheet
sheet-found = Found
sheet-taken-as = Taken as
sheet-band-auto = matched
sheet-band-review = to review
sheet-band-new = new
sheet-take-as = Take { $name } as
sheet-new-record = a new record
sheet-step-import = 3. Import
sheet-summary = Creates { $created }; changes { $changed }.
sheet-summary-roster = Creates { $created }; changes { $changed } on the roster of { $meeting }.
sheet-count-organizations = { $count } organizations
sheet-count-people = { $count } people
sheet-count-attendance = { $count } attendance
sheet-count-counts = { $count } counts
sheet-count-meetings = { $count } meetings
sheet-count-decisions = { $count } decisions
sheet-count-actions = { $count } actions
sheet-count-priorities = { $count } priorities
sheet-list-separator = { ", " }
sheet-nothing = nothing
sheet-problem-row = row { $row }
sheet-import = Import
sheet-imported = Imported: { $created } created. Everything it wrote carries the batch { $batch }.
sheet-undone = Undone: { $deleted } record(s) deleted, { $restored } put back as they were.
sheet-undo = Undo this import
duplicate-title = Likely duplicates
duplicate-looking = Looking…
duplicate-none-organizations = No two organizations look alike.
duplicate-none-people = No two people look alike.
duplicate-score = Score
duplicate-one = One
duplicate-other = The other
duplicate-merge = Merge
duplicate-keep = Keep “{ $name }”
duplicate-merged = “{ $absorbed }” merged into “{ $kept }”: { $count } reference(s) moved.
duplicate-undone = Merge undone: { $count } record(s) put back as they were.

## The window's shell, the dashboard, the meetings and their forms, and the dialogs and notices every screen shares

screen-dashboard = Dashboard
screen-meetings = Meetings
screen-directory = People & organizations
screen-actions = Actions
screen-contributions = Contributions
screen-objectives = Objectives
screen-review = Review
screen-proposals = Proposals & export
screen-settings = Settings
screen-activity = Activity

app-tagline = ITU-T CTO/CxO process
app-nav-screens = Screens
app-nav-package = Review package
app-screen-error = The screen could not be loaded: { $message }
app-package-file-type = CxO Review package
app-reviewer-mode = Reviewer mode
app-reviewer-mode-intro = Scoring a review package offline: no database is needed. Every change is saved into the package file.
app-open-package = Open review package…
app-back-to-database = Back to the database
app-package-error-title = The review package could not be opened
app-open-another-package = Open another review package…
app-dismiss = Dismiss
app-backed-up = Backed up: { $path }
app-opened = Opened { $path }
app-demo-mark = Demo database
app-scores-as = Scores as { $reviewer }
app-demo-banner = This is the { $demo }: made-up meetings and reviews to try CxO Review on. Your own data goes in a database of your own.
app-demo-banner-database = demo database
app-create-own = Create your own database…
app-open-database = Open a database…
app-recovery-title = The database could not be opened
app-connect-team = Connect to a team database…
app-restore-backup = Restore a backup
app-open-other = Or open another
app-create-new = Create a new database…
app-open-demo = Open the demo database
app-read-only = This database is read-only: you can look at everything, but nothing can be saved.
app-others-saved = Someone else saved changes.
app-reload = Reload

title-package = { $package } — Reviewer mode — CxO Review
title-database = { $database } — CxO Review
title-team-login = { $database } ({ $login }) — CxO Review
title-team-database = { $database } on { $host }
title-user-line = { $login } · { $role }
title-role-staff = staff
title-role-reviewer = reviewer
title-role-rapporteur = rapporteur
title-not-in-team = not in the team

dashboard-title = Dashboard
dashboard-intro = Executive engagement at a glance: participation by region over time, follow-up, contributions and the review in progress.
dashboard-meetings-held = { $count ->
    [one] meeting held
   *[other] meetings held
}
dashboard-planned = { $count } planned
dashboard-open-actions = { $count ->
    [one] open action
   *[other] open actions
}
dashboard-overdue = { $count } overdue
dashboard-contributions = { $count ->
    [one] Resolution 68 contribution
   *[other] Resolution 68 contributions
}
dashboard-proposals-pending = { $count } proposals pending
dashboard-scored = scored in the current review
dashboard-no-cycle = no review cycle yet
dashboard-participation = Participation by region
dashboard-axis = Participants
dashboard-chart-label = Participants per year by region; the figures follow as a table
dashboard-show-figures = Show the figures as a table
dashboard-figures-caption = Participants per year by region
dashboard-year = Year
dashboard-executives-title = Executives and new organizations
dashboard-meetings = Meetings
dashboard-executives = Executives
dashboard-first-time = First-time organizations
dashboard-overdue-title = Most overdue actions
dashboard-no-overdue = No action is overdue.
dashboard-due = Due
dashboard-action = Action
dashboard-owner = Owner
dashboard-meeting = Meeting

meeting-list-title = Meetings
meeting-list-intro = CTO meetings, CxO roundtables, bilateral consultations, RG-IEM meetings and workshops.
meeting-new = New meeting
meeting-list-label = Meetings
meeting-search-placeholder = Key, title, venue…
meeting-kind-filter = Kind
meeting-all-kinds = All kinds
meeting-kind-cto = CTO meeting
meeting-kind-roundtable = CxO roundtable
meeting-kind-bilateral = Bilateral
meeting-kind-bilateral-consultation = Bilateral consultation
meeting-kind-rg-iem = RG-IEM meeting
meeting-kind-workshop = Workshop
meeting-column-key = Key
meeting-column-date = Date
meeting-column-kind = Kind
meeting-column-title = Title
meeting-column-venue = Venue
meeting-column-participants = Participants
meeting-column-open-actions = Open actions
meeting-column-status = Status
meeting-status-planned = planned
meeting-status-held = held
meeting-status-reported = reported

meeting-form-new-title = New meeting
meeting-form-edit-title = Edit meeting
meeting-form-error = Please correct the fields marked below.
meeting-what-new = the new meeting
meeting-what-existing = meeting { $key }
meeting-field-key = Key
meeting-field-kind = Kind
meeting-field-status = Status
meeting-form-status-planned = Planned
meeting-form-status-held = Held
meeting-form-status-reported = Reported
meeting-field-title = Title
meeting-field-start = Start
meeting-field-end = End
meeting-field-venue = Venue (or “electronic”)
meeting-field-host = Host
meeting-field-attendance = Attendance
meeting-mode-roster = Named roster
meeting-mode-counts = Counts per region
meeting-field-documents = Number of documents
meeting-field-report = Report reference
meeting-field-report-date = Report date
meeting-field-communique-date = Communiqué published
meeting-field-communique = Communiqué
meeting-field-notes = Notes (Chatham House rule — left out of exports to TSAG)
meeting-save = Save meeting

meeting-back = Meetings
meeting-history = History
meeting-import-participants = Import participant list…
meeting-import-counts = Import counts per region…
meeting-delete-confirm = Delete { $key } with its attendance and outcomes? It goes to the trash (Settings), from where it can be restored.
meeting-unsaved-entries = the meeting's new entries
meeting-row-error = line { $line }: { $message }
meeting-added-to-roster = { $name } added to the roster
meeting-counts-saved = Counts saved
meeting-region-error = { $region }: { $message }
meeting-entry-saved = { $name }: saved
meeting-moved-up = { $topic } moved up
meeting-moved-down = { $topic } moved down
meeting-capture-saved = Saved { $decisions } decision(s), { $actions } action(s), { $priorities } priority(ies)
meeting-statistics = Statistics
meeting-communique = Communiqué
meeting-communique-published = Communiqué (published { $date })
meeting-roster = Roster
meeting-attended-count = ({ $count } attended)
meeting-person = Person
meeting-person-placeholder = Name
meeting-status = Status
meeting-attendance-attended = attended
meeting-attendance-registered = registered
meeting-attendance-invited = invited
meeting-executive = executive
meeting-new-to-directory = New to the directory:
meeting-role = Role
meeting-role-delegate = delegate
meeting-role-expert = expert
meeting-role-staff = staff
meeting-organization = Organization
meeting-name = Name
meeting-region = Region
meeting-executive-column = Executive
meeting-remove = Remove
meeting-status-of = Status of { $name }
meeting-is-executive = { $name } is an executive
meeting-remove-from-roster = Remove { $name } from the roster
meeting-participants-per-region = Participants per region
meeting-participants = Participants
meeting-of-whom-executives = Of whom executives
meeting-executives-from = Executives from { $region }
meeting-save-counts = Save counts
meeting-outcomes = Outcomes
meeting-priorities = Priorities
meeting-priority-what = the priority “{ $topic }”
meeting-topic = Topic
meeting-move-up = Move { $topic } up
meeting-move-down = Move { $topic } down
meeting-edit-priority = Edit priority { $topic }
meeting-delete-priority = Delete priority { $topic }
meeting-new-priority = New priority
meeting-decisions = Decisions
meeting-decision-what = the decision
meeting-decision = Decision
meeting-edit-decision = Edit decision: { $text }
meeting-delete-decision = Delete decision: { $text }
meeting-new-decision = New decision
meeting-follow-up = Follow-up actions
meeting-action = Action
meeting-owner = Owner
meeting-due = Due
meeting-edit-or-delete = Edit or delete
meeting-action-status-open = open
meeting-action-status-in-progress = in progress
meeting-action-status-done = done
meeting-action-status-dropped = dropped
meeting-edit-action = Edit action: { $text }
meeting-delete-action = Delete action: { $text }
meeting-new-action = New action
meeting-carried = Carried forward from earlier meetings
meeting-carried-due = , due { $date }
meeting-quick-capture = Quick capture
meeting-capture-help = One outcome per line:
meeting-capture-action-example = ACTION: owner | text | due 2026-03-01
meeting-preview = Preview
meeting-save-outcomes = Save outcomes
meeting-line = Line
meeting-becomes = Becomes
meeting-text = Text
meeting-not-saved = — (not saved)
meeting-capture-decision = decision
meeting-capture-action = action
meeting-capture-priority = priority

action-what = the action
action-field-text = Action
action-field-owner = Owner
action-field-due = Due
action-field-status = Status
action-status-open = Open
action-status-in-progress = In progress
action-status-done = Done
action-status-dropped = Dropped
action-field-closed = Closed on

stats-participants = Number of participants
stats-documents = Number of documents
stats-report = Meeting report
stats-column = Meeting { $number } ({ $month })

date-format = YYYY-MM-DD

unsaved-title = Unsaved changes
unsaved-text = Your changes to { $what } are not saved yet.
unsaved-keep = Keep editing
unsaved-discard = Discard changes
unsaved-two = { $first } and { $second }
unsaved-many = { $first }, { $second } and { $count } more

toast-deleted = Deleted the { $label }
toast-deleted-with = Deleted the { $label } with { $contents }
toast-restored = Restored the { $label }
toast-dismiss = Dismiss

## The review summary to TSAG
# The Word and Markdown documents in the layout of a TSAG temporary document (TD), in the language the rapporteur chooses. Use ITU's own terms (TSAG, TSB, Resolution 68, study group) as ITU's documents in the language do; titles, names and proposals are the review's own and stay as entered.

summary-union = INTERNATIONAL TELECOMMUNICATION UNION
summary-sector = TELECOMMUNICATION STANDARDIZATION SECTOR
# $period: "2025-2028".
summary-study-period = STUDY PERIOD { $period }
summary-tsag = TSAG
# The language the document is written in: this file's.
summary-original = Original: English
summary-questions = Question(s):
summary-questions-none = N/A
summary-no-td-number = TD number not assigned yet
# The running header from page 2 on, before the title, until TSB assigns the TD a number.
summary-running-td = TSAG TD
summary-label-source = Source:
summary-label-title = Title:
summary-label-purpose = Purpose:
summary-label-contact = Contact:
summary-label-keywords = Keywords:
summary-label-abstract = Abstract:
summary-contact-tel = Tel: { $number }
summary-contact-email = E-mail: { $address }
summary-title = Review of the CTO/CxO process: { $cycle }
summary-draft = DRAFT — review cycle "{ $cycle }" is not signed off; its figures may still change
summary-purpose-information = Information
summary-purpose-proposal = Proposal
summary-keywords = Resolution 68; CTO/CxO process; industry engagement; review
# "1 January 2023": $month is the month's number, 1 to 12.
summary-date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
# "January 2023".
summary-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
# $from and $to are summary-date's.
summary-period = { $from } – { $to }
# Lists: "A, B and C" is summary-list-and with $head "A, B" (summary-list-comma) and $last "C".
summary-list-comma = { $head }, { $next }
summary-list-and = { $head } and { $last }
# The abstract, a message per sentence.
summary-abstract-review = This document reports the review of the CTO/CxO process over { $period } by { $reviewers ->
        [one] { $reviewers } reviewer
       *[other] { $reviewers } reviewers
    }.
# $statuses: "3 are met, 1 partly met and 1 not met", the first count with its verb (summary-abstract-first-…), the others without (summary-abstract-met…).
summary-abstract-objectives = Of { $objectives ->
        [one] { $objectives } objective
       *[other] { $objectives } objectives
    }, { $statuses }.
summary-abstract-first-met = { $count ->
        [one] { $count } is met
       *[other] { $count } are met
    }
summary-abstract-first-partly-met = { $count ->
        [one] { $count } is partly met
       *[other] { $count } are partly met
    }
summary-abstract-first-not-met = { $count ->
        [one] { $count } is not met
       *[other] { $count } are not met
    }
summary-abstract-first-insufficient = { $count ->
        [one] { $count } is without sufficient evidence
       *[other] { $count } are without sufficient evidence
    }
summary-abstract-met = { $count } met
summary-abstract-partly-met = { $count } partly met
summary-abstract-not-met = { $count } not met
summary-abstract-insufficient = { $count } without sufficient evidence
summary-abstract-no-draft = No improvement has been drafted yet for the objectives not met.
summary-abstract-no-proposal = It proposes no improvement.
summary-abstract-proposals = It proposes { $count ->
        [one] { $count } improvement
       *[other] { $count } improvements
    } for TSAG's consideration.
# Section 1, Introduction.
summary-heading-introduction = Introduction
summary-intro-request = TSAG was invited to review the current CTO/CxO process to identify if its objectives are being fulfilled, and whether improvements could be made to further strengthen the engagement of senior executives in the consultative arrangements with the TSB.
# $symbol: the base document's symbol, "WTSA-20 C103"; $reproduced: the document it is reproduced in, "TSAG-TD267".
summary-intro-base = Concerning Resolution 68, { $symbol } is the base document on which contributions were invited.
summary-intro-base-reproduced = Concerning Resolution 68, { $symbol } (reproduced in { $reproduced }) is the base document on which contributions were invited.
summary-intro-period = This review covers { $period }.
summary-intro-reviewers = { $reviewers ->
        [one] { $reviewers } reviewer
       *[other] { $reviewers } reviewers
    } scored each objective of the process on its rubric, with a rationale and evidence; the objectives, their indicators and rubrics are in Annex A.
summary-intro-meetings = { $meetings ->
        [one] { $meetings } meeting held in the period is summarised in Annex B.
       *[other] { $meetings } meetings held in the period are summarised in Annex B.
    }
# Section 2, Results.
summary-heading-results = Results
summary-results-rule = An objective is met when the median score reaches three quarters of its rubric, partly met from half, and not met below; with fewer than { $quorum ->
        [one] { $quorum } score
       *[other] { $quorum } scores
    } it has insufficient evidence.
# $alpha: "0.52", or summary-alpha-none.
summary-results-agreement = Reviewer agreement over the cycle (Krippendorff's alpha, ordinal) is { $alpha } over { $objectives ->
        [one] { $objectives } objective
       *[other] { $objectives } objectives
    } scored by at least two reviewers.
summary-alpha-none = not computable
# $objectives: objectives' codes, "O2, O4".
summary-results-disagreement = Reviewers disagree markedly (a spread of at least half the rubric) on { $objectives }.
summary-table-results = Table 1 – Objectives of the CTO/CxO process
summary-table-indicators = Table 2 – Indicators against their targets
summary-column-objective = Objective
summary-column-status = Status
summary-column-median = Median
summary-column-spread = Spread
summary-column-reviewers = Reviewers
summary-column-agreement = Agreement
summary-column-indicator = Indicator
summary-column-value = Value
summary-column-target = Target
summary-column-met = Met
summary-status-met = Met
summary-status-partly-met = Partly met
summary-status-not-met = Not met
summary-status-insufficient = Insufficient evidence
# Whether the reviewers' scores of an objective are spread over half its rubric or more.
summary-agreement-divided = Divided
summary-agreement-consistent = Consistent
# Whether an indicator meets its target.
summary-yes = Yes
summary-no = No
summary-not-applicable = n/a
# Section 3, Proposed improvements.
summary-heading-proposals = Proposed improvements
# Before the action TSAG is invited to take on a proposal.
summary-action = Action { $number }:
summary-no-proposal = The review proposes no improvement: every objective is met or partly met, or lacks evidence.
# $objectives: "O4 and O5".
summary-no-proposal-unmet = No improvement has been drafted yet for the { $count ->
        [one] objective
       *[other] objectives
    } not met ({ $objectives }).
summary-no-proposal-draft = Draft the proposals before this document is submitted.
# The annexes.
summary-annex-objectives = Annex A: Objectives and rubric
summary-annex-source = Source:
summary-annex-rubric = Rubric:
summary-annex-indicators = Indicators:
# $statistics: summary-statistics-title.
summary-annex-statistics = Annex B: { $statistics }, executive consultations and TSAG Rapporteur Group on Industry Engagement, Metrics (RG-IEM)
# $from and $to are summary-month's.
summary-statistics-title = Meeting statistics, { $from } – { $to }
summary-no-meeting = No meeting was held in the period.
summary-digest = Content digest: { $digest }

## Refusals the core words: a field's problem, what the database's state does not allow, stored data to correct, what a check found; and the problems of a quick capture's lines, a sheet's cells and a file's header

invalid-duplicates-kind = duplicates are looked for among organizations and people, not { $kind }
invalid-merge-into-itself = a record cannot be merged into itself
invalid-no-record-named = no { $kind } is named "{ $name }"
invalid-merge-kind = organizations and people are merged, not { $kind }
invalid-sheet-empty = { $file }: the file is empty
invalid-sheet-protected = { $file }: the workbook is protected by a password; save an unprotected copy and bring that
invalid-sheet-damaged = { $file }: the workbook cannot be read ({ $reason }); it may be damaged, or not a spreadsheet
invalid-sheet-no-such-sheet = { $file }: the workbook has no sheet named "{ $sheet }"; its sheets: { $sheets }
invalid-sheet-no-sheet = { $file }: the workbook has no sheet
invalid-sheet-unreadable = { $file }: { $reason }
invalid-no-meeting-key = no meeting has the key "{ $key }"
invalid-unknown-batch = no import has the batch id "{ $batch }" (`cxo-review history --activity` lists them)
invalid-batch-not-import = batch "{ $batch }" holds a { $cause } entry, not an import's or a merge's
invalid-mapping-name = give the mapping a name to find it by
invalid-file-exists = { $path } already exists; choose a new file name
invalid-not-a-field = is not a field of { $kind }; its fields: { $fields }
invalid-not-a-number = "{ $value }" is not a number
invalid-not-true-or-false = "{ $value }" is not true or false
invalid-no-record-key = no { $kind } has the key "{ $key }"
invalid-key-ambiguous = { $count } records of { $kind } have the key "{ $key }"
invalid-no-backups = { $path } has no backups to restore
invalid-not-cycle-reviewer = "{ $name }" is not a reviewer of "{ $cycle }"; its reviewers: { $reviewers }
invalid-no-keys-folder = cannot find a home directory for the reviewer's key; set CXO_REVIEW_KEYS
invalid-return-over-package = { $path } is the package itself: write the return to a file of its own (.cxoreturn)
invalid-cycle-table = "{ $table }" is a table of a review cycle: name the cycle with --cycle
invalid-unknown-table = unknown table "{ $table }"; tables: { $tables }
invalid-unknown-cycle-table = unknown table "{ $table }"; a cycle's tables: { $tables }
invalid-version = the version is a whole number
invalid-proposal-number-taken = { $contribution } already has a proposal number { $number }
invalid-symbol-taken = a contribution with symbol "{ $symbol }" is already registered
invalid-objective-named-by-proposals = { $count ->
        [one] proposal { $names } names this objective: take it out of it first, so that deleting it can be undone
       *[other] proposals { $names } name this objective: take it out of them first, so that deleting it can be undone
    }
invalid-action-plan-item-named-by-objectives = { $count ->
        [one] objective { $names } names this action-plan item: take it out of it first, so that deleting it can be undone
       *[other] objectives { $names } name this action-plan item: take it out of them first, so that deleting it can be undone
    }
invalid-team-name-too-long = the database's name "{ $name }" is too long for a team: its group roles (such as "{ $role }") need at most { $longest } bytes, so the name may have at most { $most } bytes
invalid-login-length = a login name has 1 to 63 characters
invalid-unknown-reviewer-add = unknown reviewer "{ $name }"; add the reviewer first
invalid-new-login-password = "{ $login }" is a new login: it needs a password
invalid-postgres-url = { $url } is not a PostgreSQL URL: { $reason }
invalid-memory-no-backups = a database in memory has no backups
invalid-unknown-action-plan-item = unknown action-plan item "{ $key }"
invalid-unknown-contribution = unknown contribution "{ $key }"
invalid-unknown-country-code = unknown country code "{ $key }"
invalid-unknown-meeting = unknown meeting "{ $key }"
invalid-unknown-objective = unknown objective "{ $key }"
invalid-unknown-organization = unknown organization "{ $key }"
invalid-unknown-person = unknown person "{ $key }"
invalid-unknown-cycle = unknown review cycle "{ $key }"
invalid-unknown-reviewer = unknown reviewer "{ $key }"
invalid-unknown-record = unknown { $entity } "{ $key }"
invalid-no-home-folder = cannot find a home directory for the database; pass --db PATH
invalid-meeting-key-taken = a meeting with key "{ $key }" already exists
invalid-organization-taken = an organization named "{ $name }" already exists
invalid-person-taken = a person named "{ $name }" is already registered; add a distinguishing detail to the name
invalid-objective-code-taken = an objective with code "{ $code }" already exists
invalid-action-plan-code-taken = action-plan item { $code } already exists
invalid-rubric-scored-level = reviewers have scored this objective at level { $level }; keep the rubric up to that level
invalid-reviewer-taken = a reviewer named "{ $name }" already exists
invalid-cycle-taken = a review cycle named "{ $name }" already exists
invalid-meeting-keeps-counts = meeting "{ $key }" records attendance as counts per region; set its attendance mode to roster first
invalid-meeting-keeps-roster = meeting "{ $key }" records attendance as a roster; set its attendance mode to counts first
invalid-mode-has-counts = it has counts per region; remove them before switching to a roster
invalid-mode-has-roster = it has a roster; remove it before switching to counts
invalid-already-on-roster = { $person } is already on the roster of { $meeting }
invalid-count-taken = { $meeting } already has a count for { $region }
invalid-rank-taken = { $meeting } already has a priority ranked { $rank }
invalid-decision-twice = { $meeting } already records this decision
invalid-action-twice = { $meeting } already records this action
invalid-outcome-twice = { $meeting } already records this { $table }
invalid-no-cycle-named = no review cycle is named "{ $cycle }"
invalid-document-options-taken = review cycle "{ $cycle }" already has its document options
invalid-still-referred = this { $entity } is still referred to by other records; remove those first
invalid-objective-scored = objective { $code } has scores in this cycle and must stay
invalid-reviewer-scored = { $name } has scored in this cycle and must stay
invalid-new-cycle-signed-off = a new cycle cannot start signed off; sign it off once scored
invalid-sign-off-by-command = sign the cycle off with sign-off, which records its digest
invalid-not-reviewer-of = { $reviewer } is not a reviewer of { $cycle }
invalid-objective-out-of-scope = objective { $objective } is not in the scope of { $cycle }
invalid-not-rubric-level = { $level } is not a level of the rubric of { $objective } ({ $levels })
invalid-already-scored = { $reviewer } has already scored { $objective } in { $cycle }
invalid-unknown-indicator = unknown indicator "{ $key }"
invalid-proposal-title-taken = a proposal with this title already exists for this objective
invalid-objective-not-in-package = "{ $objective }" is not in this package; its objectives: { $objectives }
invalid-not-package-level = { $level } is not a level of { $objective }'s rubric: { $levels }
invalid-evidence-not-in-package = { $evidence } is not among this package's evidence
invalid-import-extension = { $path }: name a .csv or .json file
invalid-demo-scale = "{ $scale }" should be a number of years such as 10y (1y to 50y)
invalid-period-end = { $to } is before the start of the period ({ $from })
precondition-batch-undone = the batch { $batch } was undone already, by { $who } at { $at }
precondition-batch-built-on = the batch { $batch } cannot be undone: { $changed } has changed since; undo or delete that first, then undo the batch
precondition-batch-record-changed = { $kind } { $key } is no longer as the batch left it
precondition-copy-target-not-empty = { $target } already holds records: copy into a new, empty database
precondition-package-no-scores = { $path } holds no scores yet; score an objective first
precondition-swap-meetings = priorities of two meetings ({ $first } and { $second }) cannot swap ranks
precondition-server-empty = { $address } is an empty database: set it up first with `cxo-review --db { $address } team init`
precondition-no-team = { $address } has no team yet: set it up first with `cxo-review --db { $address } team init`
precondition-server-test-schema = { $address } has schema version { $version }, from a test version of CxO Review before the first release of team databases; copy its data to a new database (`cxo-review copy`) instead
precondition-not-team = this database is a file: a team works on a database on a PostgreSQL server (docs/team.md)
precondition-restore-open = { $path } is open in { $holder }; close it there, then restore again (nothing was changed)
precondition-team-backup = a team database is backed up on its server, with pg_dump (docs/team.md, "Backups")
precondition-sign-off-no-scores = "{ $cycle }" has no scores yet; there is nothing to sign off
precondition-return-late = { $file } was returned on { $returned }, after the deadline ({ $deadline }); merge it with --accept-late to accept it
precondition-return-older = { $file } was returned at { $returned }, before the return already merged ({ $last }): it would undo later scores
precondition-generate-not-empty = the database already holds data; generate into a new database (--db NEW-FILE)
precondition-demo-not-empty = the database already holds data; load the demo into a new database (--db NEW-FILE)
precondition-team-backups-command = a team database is backed up on its server, with pg_dump (docs/team.md); `backups` works on database files
inconsistent-unknown-kind = unknown value "{ $kind }"; expected one of: { $expected }
inconsistent-history-record = { $kind } { $key }: { $reason }
inconsistent-history-fields = { $kind } { $key }: its recorded fields do not make a record
inconsistent-wrong-values = { $count } value(s) in the database are not of their column's type, so its records cannot all be read: { $values }; `cxo-review check --repair` sets them aside (and keeps them), then the export works; nothing was written
inconsistent-copy-differs = the copy in { $copy } differs from { $source } once exported; do not use it
inconsistent-trash-unreadable = the deleted { $label } is not a readable document: { $reason }
inconsistent-trash-foreign-section = the deleted { $label } holds { $section }, which deleting { $kind } never keeps: it was not put in the trash by CxO Review, and nothing was restored
inconsistent-trash-document-options = the deleted { $label } holds a cycle's document options: nothing was restored
inconsistent-trash-other-score = the deleted { $label } was put in the trash by { $reviewer }'s login but holds a score of { $other }: nothing was restored
inconsistent-trash-score-of-nobody = the deleted { $label } was put in the trash by { $reviewer }'s login but holds a score of nobody: nothing was restored
inconsistent-trash-kind = trash entry #{ $entry } holds records of an unknown kind "{ $kind }"
inconsistent-counts-beyond-bounds = the stored counts of { $counts } add up to more than can be counted (no count may exceed { $most }; these were written outside CxO Review); correct them in the meeting
inconsistent-meeting-uncountable = meeting { $meeting }: the stored participant counts add up to more than can be counted; correct the attendance stored for it
inconsistent-year-uncountable = the meetings of { $year }: the stored participant counts add up to more than can be counted; correct the attendance stored for it
inconsistent-meetings-year = meetings counted under the year { $year }
inconsistent-meeting-date = a meeting starts on "{ $date }", which is not a date
inconsistent-signing-key = the database's signing key is damaged
inconsistent-package-scores = review package { $package }: its issued scores do not read ({ $reason })
inconsistent-participants-overflow = meeting { $meeting }: its participants per region ({ $counts }) add up to more than can be counted; correct the attendance stored for it
inconsistent-package-issue-time = review package { $package } has an issue time that is not a time
discrepancies-check-problems = { $count } problem(s) found
discrepancies-summary-differences = { $count } difference(s) between { $file } and the database
discrepancies-returns-refused = { $refused } of { $count ->
        [one] { $count } return
       *[other] { $count } returns
    } refused
capture-not-a-date = "{ $date }" is not a valid date; write dates as YYYY-MM-DD
capture-action-form = write actions as: ACTION: owner | text | due YYYY-MM-DD
capture-no-owner = the action has no owner
capture-no-text = the line has no text after its prefix
sheet-problem-ambiguous-date = "{ $date }" can be read day first or month first: say which (--day-first or --month-first; in the app, the date order)
sheet-problem-not-a-date = "{ $date }" is not a date: write it as 2025-03-14, 14/03/2025 or 14 March 2025
sheet-problem-no-header = the sheet has no header row: it is empty
sheet-problem-no-name-nor-organization-column = no column holds a name (full name, or last and first names) nor an organization; the headers are { $headers }: name them in a mapping (--mapping), or rename them
sheet-problem-no-name-column = no column holds a name (full name, or last and first names); the headers are { $headers }: name them in a mapping (--mapping), or rename them
sheet-problem-no-organization-column = no column holds an organization; the headers are { $headers }: name them in a mapping (--mapping), or rename them
sheet-problem-no-name = no name on this row
sheet-problem-no-organization = { $name } has no organization
sheet-problem-unknown-country = "{ $country }" is not a country this product knows: write its ISO code, or its name in one of the six UN languages, or map it in the mapping's values
sheet-problem-participation = "{ $participation }" does not say whether they attended: write attended, registered or invited (or present, remote, inscrit, asistió…), or map it in the mapping's values
sheet-problem-unknown-role = unknown value "{ $role }"; expected one of: { $expected }
sheet-problem-chosen-organization = "{ $chosen }", chosen for "{ $name }", is not an organization of the directory
sheet-problem-new-organization = "{ $name }" would be a new organization, but "{ $existing }" is in the directory: accept the match (--accept-review)
sheet-problem-chosen-person = "{ $chosen }", chosen for "{ $name }", is not a person of the directory
sheet-problem-new-person = { $name } would be a new person, but "{ $existing }" ({ $organization }) is in the directory: accept the match (--accept-review)
sheet-problem-meeting-keeps-counts = meeting { $meeting } records its attendance as counts per region, not as a roster; change its attendance mode to roster first
sheet-problem-counts-need-meeting = a sheet of counts per region fills one meeting's counts: name the meeting (--meeting KEY)
sheet-problem-meeting-keeps-roster = meeting { $meeting } records a roster, not counts per region; change its attendance mode to counts first
sheet-problem-no-participants-column = no column holds the number of participants
sheet-problem-unknown-region = "{ $region }" is not an ITU region: write AFR, AMS, ARB, ASP, CIS, EUR or TSB, or the region's name
sheet-problem-region-twice = { $region } is counted on row { $row } already
sheet-problem-not-a-count = "{ $value }" is not a count: write a whole number, 0 or more
sheet-problem-no-key-column = a register of meetings needs a column of meeting keys (key, code, référence, clave)
sheet-problem-no-key = no meeting key on this row
sheet-problem-key-twice = { $key } is on row { $row } already
sheet-problem-no-first-day = { $key } has no first day
sheet-problem-meeting-kind = "{ $kind }" is not a kind of meeting: write CTO meeting, CxO roundtable, bilateral, RG-IEM or workshop
sheet-problem-attendance-mode = "{ $mode }" is not how attendance is kept: write roster or counts
sheet-problem-documents = "{ $value }" is not a number of documents
import-looks-like-json = looks like JSON, not CSV: give the file a .json extension
import-column-repeated = appears { $count } times in the header
import-no-header = the first line must name the columns; unknown column(s) { $unknown }; expected columns: { $expected } (* required)
import-unknown-columns = unknown column(s) { $unknown }; expected columns: { $expected } (* required)
import-missing-column = missing field { $column }: the header lacks this required column
import-missing-columns = missing fields { $columns }: the header lacks these required columns
