# CxO Review — French.
# Status: machine-quality draft. NEEDS REVIEW by a native speaker before a release (docs/translating.md).

## The shell

app-name = CxO Review
language-label = Langue

## Words every screen uses

common-save = Enregistrer
common-cancel = Annuler
common-delete = Supprimer
common-edit = Modifier
common-close = Fermer
common-add = Ajouter
common-undo = Annuler l’action
common-retry = Réessayer
common-loading = Chargement…
common-saving = Enregistrement…
common-saved = Enregistré
common-yes = Oui
common-no = Non
common-none = Aucun
common-search = Rechercher
common-previous = Précédent
common-next = Suivant

## ITU regions (UNTERM names)

region-AFR = Afrique
region-AMS = Amériques
region-ARB = États arabes
region-ASP = Asie-Pacifique
region-CIS = CEI
region-EUR = Europe
region-TSB = TSB

## Kinds of record

kind-organizations = Organisations
kind-people = Personnes
kind-meetings = Réunions
kind-attendance = Participation
kind-counts = Effectifs par région
kind-priorities = Priorités
kind-decisions = Décisions
kind-actions = Actions
kind-contributions = Contributions
kind-action-plan = Plan d’action
kind-objectives = Objectifs
kind-proposals = Propositions
kind-reviewers = Examinateurs
kind-cycles = Cycles d’examen
kind-scores = Notes
kind-improvements = Améliorations
