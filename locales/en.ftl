# CxO Review — English — the source every other language is translated from.
# Add a message here first; docs/translating.md says how, and the catalogue check (tests/catalogue.rs) names what every other file then lacks.

## The shell

app-name = CxO Review
language-label = Language

## Words every screen uses

common-save = Save
common-cancel = Cancel
common-delete = Delete
common-edit = Edit
common-close = Close
common-add = Add
common-undo = Undo
common-retry = Try again
common-loading = Loading…
common-saving = Saving…
common-saved = Saved
common-yes = Yes
common-no = No
common-none = None
common-search = Search
common-previous = Previous
common-next = Next

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
