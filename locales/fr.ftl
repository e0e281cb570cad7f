# CxO Review — French.
# Status: machine-quality draft. NEEDS REVIEW by a native speaker before a release (docs/translating.md).

## The shell

app-name = CxO Review
language-label = Langue
shell-unavailable = la base de données est indisponible après une défaillance ; redémarrez CxO Review
shell-stopped = l’opération s’est arrêtée de façon inattendue : { $reason }
shell-no-database = aucune base de données n’est ouverte
shell-team-backup = une base de données d’équipe se sauvegarde sur son serveur, avec pg_dump (docs/team.md)
shell-no-package = aucun dossier d’examen n’est ouvert

## Words every screen uses

common-save = Enregistrer
common-cancel = Annuler
common-delete = Supprimer
common-edit = Modifier
common-close = Fermer
common-add = Ajouter
common-undo = Annuler l’action
common-loading = Chargement…
common-saving = Enregistrement…
common-saved = Enregistré
common-search = Rechercher

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

## Erreurs signalées par le cœur

error-invalid = { $problems }
error-import = { $file } : { $count ->
    [one] { $count } ligne erronée, rien n’a été importé
   *[other] { $count } lignes erronées, rien n’a été importé
}
error-import-more = … et { $count } autres lignes erronées non listées
error-not-found = { $entity } { $key } introuvable
error-frozen = le cycle d’examen « { $cycle } » est approuvé ; ses notes, éléments probants et propositions ne peuvent plus changer
error-wrong-file = { $name } : { $reason }
error-newer-schema = { $path } a été écrit par une version plus récente de CxO Review (version de schéma { $found } ; cette version connaît jusqu’à { $supported }). Ouvrez-le avec une version plus récente, ou restaurez une sauvegarde.
error-io = { $path } : { $reason }
error-migration = { $path } : la mise à niveau vers { $migration } a échoué, rien n’a été modifié : { $reason }
error-render = impossible d’écrire { $what } : { $reason }
error-no-database = il n’y a pas de base de données à l’emplacement { $path } ; créez-en une avec `cxo-review --db { $path } init`, ou vérifiez le chemin
error-read-only = { $path } est en lecture seule : il peut être lu, mais rien ne peut y être enregistré (vérifiez les droits du fichier, ou copiez-le dans un dossier accessible en écriture)
error-busy = { $path } est occupé : { $holder } l’a verrouillé plus de { $waited } s ; rien n’a été enregistré, réessayez quand il aura terminé
error-connection = connexion impossible à { $address } : { $reason }
error-conflict = cet élément ({ $entity }) a été modifié par { $by } à { $at }, après son ouverture ; vos modifications n’ont pas été enregistrées. Rechargez-le pour voir les siennes, puis refaites les vôtres
error-password-needed = { $address } demande un mot de passe
error-denied = la base de données d’équipe a refusé cette opération à l’utilisateur « { $user } » : { $reason }
error-tampered = le cycle d’examen « { $cycle } » a été approuvé sous l’empreinte { $recorded }, mais { $now } : il a été modifié hors de CxO Review après son approbation. Restaurez une sauvegarde antérieure à la modification (`cxo-review backups list`), ou interrogez la personne qui a modifié le fichier
error-damaged = { $path } a été trouvé endommagé le { $since } ({ $reason }). Restaurez une bonne sauvegarde (dans l’application : Paramètres ▸ Sauvegardes ; en ligne de commande : `cxo-review backups restore`), ou lancez `cxo-review check` pour examiner le fichier
error-damaged-with-backup = { $path } a été trouvé endommagé le { $since } ({ $reason }). Restaurez une bonne sauvegarde (dans l’application : Paramètres ▸ Sauvegardes ; en ligne de commande : `cxo-review backups restore` (la plus récente : { $backup })), ou lancez `cxo-review check` pour examiner le fichier
error-unsafe-output = { $path } : { $reason } ; choisissez un autre nom de fichier
error-database = erreur de base de données pendant l’opération « { $operation } » : { $reason }
error-json = erreur interne (JSON) : { $reason }
error-internal = erreur interne : { $reason }

## Problèmes d’un champ, affichés à côté

check-required = est obligatoire
check-too-long = dépasse { $max } caractères
check-control-character = contient le caractère de contrôle { $character } au caractère { $at }
check-control-character-one-line = contient le caractère de contrôle { $character } au caractère { $at } ; c’est une seule ligne de texte
check-negative = ne peut pas être négatif
check-implausibly-large = est invraisemblablement grand (plus de { $max })
check-sources-empty = indiquez au moins une organisation source
check-one-or-more = doit être supérieur ou égal à 1
check-telephone = « { $value } » n’est pas un numéro de téléphone (chiffres, +, espaces, -, ., /, parenthèses)
check-email = « { $value } » n’est pas une adresse électronique
check-key-spaces = ne doit pas contenir d’espaces (par exemple CTO-2024-01)
check-before-start-date = est antérieure à la date de début
check-before-meeting-started = est antérieure au début de la réunion
check-not-started-planned = une réunion qui n’a pas encore commencé ne peut être que prévue
check-exceeds-participants = dépasse le nombre de participants
check-closed-date-required = est obligatoire quand le statut est { $status }
check-closed-date-empty = doit rester vide tant que le statut est { $status }
check-country-required = est obligatoire (code ISO 3166-1 tel que CH), sauf pour le secrétariat de l’UIT
check-country-code = « { $value } » n’est pas un code ISO 3166-1 alpha-2 tel que CH ou US
check-unknown-metric = indicateur inconnu « { $metric } » ; indicateurs connus : { $known }
check-metric-twice = l’indicateur « { $metric } » figure deux fois
check-target-number = la cible doit être un nombre
check-rubric-levels = les niveaux doivent être numérotés 0, 1, 2, … sans trou (au moins deux niveaux)
check-rubric-too-many = a plus de 11 niveaux
check-rubric-label = le niveau { $level } n’a pas de libellé
check-action-plan-code = « { $value } » doit s’écrire comme AP1.1 ou AP5
check-before-period-start = est antérieure au début de la période
check-quorum = doit être compris entre 1 et 100
check-signed-off-at = est renseigné exactement quand le cycle est approuvé
check-level-range = doit être un niveau de la grille entre 0 et 10
check-evidence-empty = la référence ({ $kind }) est vide
check-invitation = doit commencer par « TSAG is invited to … » (texte du document, en anglais)

## Dates

dates-format-error = Saisissez la date sous la forme AAAA-MM-JJ, par ex. 2024-10-14, ou { $order }
dates-no-such-day = Ce jour n’existe pas dans le calendrier
dates-hint = { $iso } ou { $order }

## La barre de menus

menu-file = Fichier
menu-file-new = Nouvelle base de données…
menu-file-open = Ouvrir une base de données…
menu-file-recent = Ouvrir un fichier récent
menu-file-demo = Ouvrir la base de démonstration
menu-file-connect = Se connecter à une base d’équipe…
menu-file-package = Ouvrir un dossier d’examen…
menu-file-backup = Sauvegarder maintenant
menu-file-import = Importer…
menu-file-export = Exporter la base de données…
menu-file-quit = Quitter
menu-edit = Édition
menu-edit-undo = Annuler
menu-edit-redo = Rétablir
menu-edit-cut = Couper
menu-edit-copy = Copier
menu-edit-paste = Coller
menu-edit-select-all = Tout sélectionner
menu-view = Affichage
menu-view-reload = Recharger
menu-help = Aide
menu-about = À propos de CxO Review
menu-about-comments = Suivez les consultations de dirigeants, les contributions au titre de la Résolution 68 et les examens du processus CTO/CxO de l’UIT-T, et faites rapport au GCNT.
menu-recent-none = Aucune base de données ouverte pour l’instant
menu-recent-clear = Effacer la liste

## Examen : notation, vue du rapporteur, dossiers d’examen et mode examinateur ; objectifs et leurs barèmes ; examinateurs et cycles d’examen ; historique d’un enregistrement et écran Activité

review-title = Examen
review-subtitle = Notez dans quelle mesure chaque objectif du processus CTO/CxO est atteint, avec une justification et des éléments probants.
review-cycle = Cycle
review-new-cycle = Nouveau cycle…
review-open-package = Ouvrir un dossier d’examen…
review-open-package-hint = Noter un dossier d’examen hors ligne (mode examinateur)
review-scoring-as = Noter en tant que
review-scoring-as-bound = L’examinateur au nom duquel votre identifiant d’équipe note
review-choose-who = Indiquez qui vous êtes…
review-signed-off = Ce cycle est approuvé : ses notes sont figées.
review-bound-not-reviewer = Votre identifiant d’équipe note au nom de { $reviewer }, qui n’est pas examinateur de ce cycle : vous ne pouvez pas le noter.
review-choose-reviewer = Indiquez qui vous êtes sous « Noter en tant que » avant de noter : vos notes sont enregistrées au nom de cet examinateur.
review-new-cycle-title = Nouveau cycle d’examen
review-cycle-name-example = Examen 2026 du processus CTO/CxO
review-quorum = Quorum (nombre minimal de notes par objectif)
review-create-cycle = Créer le cycle
review-tab-scores = Mes notes
review-tab-rapporteur = Vue du rapporteur
review-level-for = Niveau pour { $code }
review-rationale = Justification
review-evidence = Éléments probants
review-remove-evidence = Retirer { $item }
review-evidence-placeholder = Ajouter une clé de réunion, une cote de contribution ou un indicateur
review-evidence-unknown = « { $typed } » n’est ni une réunion, ni une contribution, ni un indicateur de la période de ce cycle
review-evidence-indicator = { $label } ({ $value })
review-save-score = Enregistrer la note
review-saved = enregistrée
review-alpha-ordinal = Alpha de Krippendorff (ordinal) :
review-agreement-more = · intervalle { $interval } · nominal { $nominal } · quorum { $quorum }
review-objective = Objectif
review-median = Médiane
review-spread = Écart
review-status = Statut
review-returned-at = Noté hors ligne et renvoyé le { $date }
review-scored-offline-hidden = (noté hors ligne)
review-disagree = Les examinateurs sont en désaccord
review-disagree-hidden = (les examinateurs sont en désaccord)
review-status-met = atteint
review-status-partly-met = partiellement atteint
review-status-not-met = non atteint
review-status-insufficient-evidence = éléments probants insuffisants
review-scored-offline = Notes hors ligne
review-marked-in-table = signalées par ↩ dans le tableau
review-provenance = { $reviewer } : renvoyée le { $date } dans le dossier { $package }, signée par la clé { $key }
review-offline-title = Examen hors ligne
review-offline-intro = Remettez à chaque examinateur un dossier d’examen à noter sur son propre ordinateur ; fusionnez les retours signés qu’il renvoie.
review-no-cycle = Aucun cycle d’examen pour l’instant : créez-en un en important un fichier de cycles (Paramètres).

score-level-0 = Non atteint
score-level-1 = Légèrement atteint
score-level-2 = Partiellement atteint
score-level-3 = Largement atteint
score-level-4 = Pleinement atteint
score-not-available = s.o.

draft-kept-hint = Conservé sur cet ordinateur jusqu’à ce que vous l’enregistriez
draft-not-saved = Brouillon, pas encore enregistré
draft-discard = Abandonner le brouillon

package-folder-title = Dossier où enregistrer les dossiers d’examen
package-return-file = Retour CxO Review
package-package-file = Dossier CxO Review
package-deadline = Retours acceptés jusqu’au
package-issue = Émettre les dossiers…
package-accept-late = Accepter les retours tardifs
package-merge = Fusionner les retours…
package-issued = Dossiers émis (retours acceptés jusqu’au { $date })
package-merged = Retours fusionnés
package-refused = refusé
package-nothing-written = Rien n’en a été enregistré.
package-merged-from = — { $reviewer }, renvoyé le { $date }, clé { $key }
package-unchanged = inchangés : { $objectives }
package-conflict = CONFLIT
package-nothing-changed = aucun changement
package-no-data = pas de données
package-status-choose-level = Choisissez un niveau pour enregistrer cet objectif
package-status-not-saved = Non enregistré
package-status-editing = Modification en cours…
package-status-in-package = Enregistré dans le dossier
package-status-not-scored = Pas encore noté
package-indicators = Indicateurs
package-header = Dossier d’examen { $id } · { $file }
package-reviewer = Examinateur
package-period = Période
package-return-by = À renvoyer avant le
package-scored = Notés
package-progress = { $count ->
        [one] { $scored } sur { $count } objectif
       *[other] { $scored } sur { $count } objectifs
    }
package-indicators-of = Indicateurs de { $code }
package-value = Valeur
package-result = Résultat
package-rationale-for = Justification pour { $code }
package-evidence-for = Éléments probants pour { $code }
package-remove-evidence = Retirer { $item } de { $code }
package-add-evidence = Ajouter des éléments probants pour { $code }
package-add-evidence-choose = Ajouter une réunion, une contribution ou un indicateur…
package-return-title = Renvoyer mes notes
package-return-intro = { $count ->
        [one] Le retour contient { $count } note de votre part, signée par une clé conservée sur cet ordinateur. Envoyez le fichier au rapporteur.
       *[other] Le retour contient { $count } notes de votre part, signées par une clé conservée sur cet ordinateur. Envoyez le fichier au rapporteur.
    }
package-return-choose = Renvoyer mes notes…
package-return-beside = Renvoyer dans { $file }, à côté du dossier
package-returned = { $count ->
        [one] Retour de { $count } note écrit dans { $path }.
       *[other] Retour de { $count } notes écrit dans { $path }.
    }
package-signed-by = Signé par la clé d’examinateur de cet ordinateur { $key }.
package-tell-fingerprint = Communiquez cette empreinte au rapporteur (par téléphone, ou par tout autre moyen que le courriel qui transmet le retour).

objective-saved = Objectif { $code } enregistré
objective-deleted = Objectif { $code } supprimé
objective-rubric-saved = Barème de { $code } enregistré
objective-unsaved-rubric = le barème
objective-subtitle = Ce que le processus CTO/CxO doit accomplir, comment il est mesuré ({ $period }) et comment les examinateurs le notent.
objective-period = du { $from } au { $to }
objective-new = Nouvel objectif
objective-edit = Modifier l’objectif
objective-what-new = le nouvel objectif
objective-what = l’objectif
objective-save = Enregistrer l’objectif
objective-code = Code
objective-source = Source
objective-source-example = Résolution 68
objective-action-plan-items = Éléments du plan d’action (séparés par ;)
objective-title = Titre
objective-description = Description
objective-indicators-field = Indicateurs, par exemple participants_per_meeting >= 15; regions_represented >= 5 (mesures dans docs/metrics.md)
objective-rubric-default = Le barème commence à 0 Non atteint … 4 Pleinement atteint ; modifiez-le ensuite.
objective-edit-named = Modifier l’objectif { $code }
objective-delete-named = Supprimer l’objectif { $code }
objective-source-line = Source : { $source }
objective-indicator = Indicateur
objective-current = Valeur actuelle
objective-target = Cible
objective-met = atteint
objective-missed = non atteint
objective-rubric = Barème
objective-level-label = Libellé du niveau { $level }
objective-level-label-hidden = (libellé du niveau { $level })
objective-add-level = Ajouter un niveau
objective-remove-level = Retirer le dernier
objective-save-rubric = Enregistrer le barème
objective-edit-rubric = Modifier le barème
objective-action-plan-line = Plan d’action : { $items }

reviewer-what = l’examinateur { $name }
reviewer-name = Nom
reviewer-affiliation = Affiliation
reviewer-email = Courriel (donnée personnelle)
reviewer-edit = Modifier l’examinateur { $name }
reviewer-delete = Supprimer l’examinateur { $name }

cycle-saved = { $name } enregistré
cycle-intro = Les nouveaux cycles s’ouvrent depuis l’écran Examen. Un cycle approuvé est figé et ne peut plus être modifié.
cycle-what = le cycle { $name }
cycle-edit-title = Modifier { $name }
cycle-name = Nom
cycle-period-from = Période du
cycle-period-to = Période au
cycle-quorum = Quorum (nombre minimal d’examinateurs par objectif)
cycle-status = Statut
cycle-option-open = Ouvert
cycle-option-closed = Clos
cycle-objectives-in-scope = Objectifs couverts
cycle-period-quorum = { $from } – { $to } · quorum { $quorum }
cycle-status-open = ouvert
cycle-status-closed = clos
cycle-status-signed-off = approuvé
cycle-edit = Modifier le cycle { $name }
cycle-scope = Objectifs : { $objectives } · Examinateurs : { $reviewers }
cycle-none = aucun
cycle-empty = Aucun cycle d’examen pour l’instant.

signoff-below-quorum = { $quorum ->
        [one] { $objective } a { $scores } note sur la { $quorum } que requiert son quorum (éléments probants insuffisants)
       *[other] { $objective } a { $scores } note(s) sur les { $quorum } que requiert son quorum (éléments probants insuffisants)
    }
signoff-not-scored = { $reviewer } n’a pas noté { $objectives }

history-title = Historique
history-empty = Aucune modification enregistrée.
history-no-value = aucune valeur
history-restored = { $field } rétabli à { $value } ; le rétablissement est enregistré comme une modification à part entière
history-by = par { $who }
history-joined = { $count ->
        [one] { $count } entrée, une par élément
       *[other] { $count } entrées, une par élément
    }
history-restore = Rétablir
history-restore-named = Rétablir { $field } à { $value }
history-value-yes = oui
history-value-no = non
history-operation-insert = Création
history-operation-update = Modification
history-operation-delete = Suppression
history-what-insert = Création : { $kind } { $key }
history-what-update = Modification : { $kind } { $key }
history-what-delete = Suppression : { $kind } { $key }
history-batch-kind = { $kind } : { $count }
history-batch-what = { $count ->
        [one] { $count } entrée : { $kinds }
       *[other] { $count } entrées : { $kinds }
    }
history-cause-detail = { $cause } ({ $detail })
history-cause-form = formulaire
history-cause-capture = saisie
history-cause-import = importation
history-cause-merge = fusion
history-cause-restore = rétablissement
history-cause-copy = copie
history-cause-migration = migration
history-cause-command-line = ligne de commande
history-cause-outside = extérieur
history-kind-organizations = organisations
history-kind-people = personnes
history-kind-meetings = réunions
history-kind-attendance = participation
history-kind-counts = effectifs
history-kind-priorities = priorités
history-kind-decisions = décisions
history-kind-actions = actions
history-kind-contributions = contributions
history-kind-action-plan = plan d’action
history-kind-objectives = objectifs
history-kind-proposals = propositions
history-kind-reviewers = examinateurs
history-kind-cycles = cycles
history-kind-scores = notes
history-kind-improvements = améliorations

activity-title = Activité
activity-intro = Chaque modification d’un enregistrement, telle que la base de données l’a consignée : qui, quand et pourquoi. Une importation apparaît sur une seule ligne.
activity-by = Par
activity-any-login = tout identifiant
activity-kind = Type
activity-cause = Cause
activity-any = tous
activity-from = Du
activity-to = Au
activity-show = Afficher
activity-empty = Aucune modification ne correspond.
activity-batch = Lot { $batch }
activity-batch-newest = Lot { $batch } — les { $shown } entrées les plus récentes sur { $count }
activity-record = Enregistrement
activity-change = Modification
activity-more = Afficher { $count } de plus

## Personnes et organisations, contributions, propositions et export, actions, plan d'action, formulaires et listes

directory-title = Personnes et organisations
directory-subtitle = Qui peut être inscrit sur la liste des participants d'une réunion, et l'organisation et le pays au titre desquels chacun est compté.
directory-duplicates = Doublons…
directory-list = Liste
directory-tab-people = Personnes ({ $count })
directory-tab-organizations = Organisations ({ $count })
directory-saved = { $name } : enregistré
directory-deleted = { $name } : supprimé
directory-edit-title = Modifier { $name }
directory-delete-label = Supprimer { $name }
person-new = Nouvelle personne
person-what-new = la nouvelle personne
person-search-placeholder = Nom, rôle, organisation…
person-column-name = Nom
person-column-role = Rôle
person-column-title = Fonction
person-column-organization = Organisation
person-field-name = Nom
person-field-role = Rôle
person-field-title = Fonction
person-field-organization = Organisation
person-field-email = Courriel
person-field-phone = Téléphone
person-personal-data = Le courriel et le téléphone sont des données personnelles : ils sont exclus des exports destinés au GCNT, sauf demande expresse.
person-role-delegate = délégué
person-role-expert = expert
person-role-staff = personnel
organization-new = Nouvelle organisation
organization-what-new = la nouvelle organisation
organization-search-placeholder = Nom, catégorie, pays…
organization-column-name = Nom
organization-column-category = Catégorie
organization-column-country = Pays
organization-field-name = Nom
organization-field-category = Catégorie
organization-field-country = Pays (aucun seulement pour le secrétariat de l'UIT)
organization-category-member-state = État Membre
organization-category-sector-member = Membre de Secteur
organization-category-associate = Associé
organization-category-academia = Établissement universitaire
organization-category-non-member = Non-membre
organization-category-secretariat = Secrétariat de l'UIT
contribution-subtitle = Contributions au titre de la Résolution 68, leurs propositions et la suite qui leur a été donnée, reliées aux objectifs du processus.
contribution-new = Nouvelle contribution
contribution-what-new = la nouvelle contribution
contribution-what = la contribution { $symbol }
contribution-edit-title = Modifier { $symbol }
contribution-edit = Modifier la contribution
contribution-saved = { $symbol } : enregistrée
contribution-deleted = { $symbol } : supprimée
contribution-delete-label = Supprimer la contribution { $symbol }
contribution-column-symbol = Cote
contribution-column-date = Date
contribution-column-title = Titre
contribution-column-sources = Sources
contribution-column-agreed = Approuvées
contribution-title-base = Document de base : { $title }
contribution-search-placeholder = Cote, titre, source…
contribution-show = Afficher
contribution-show-all = Toutes les contributions
contribution-show-pending = Avec des propositions en attente
contribution-show-base = Document de base
contribution-field-symbol = Cote
contribution-field-date = Date
contribution-field-considered-at = Examinée à
contribution-considered-at-example = GCNT, 26–30 janvier 2026
contribution-field-title = Titre
contribution-field-sources = Organisations sources (séparées par ;)
contribution-field-reproduced-in = Reproduite dans (document où son texte est reproduit, par exemple TSAG-TD267)
contribution-field-base-document = Document de base sur lequel des contributions sont sollicitées
contribution-proposal-what-new = la nouvelle proposition
contribution-proposal-what = la proposition { $seq } de { $symbol }
contribution-proposal-field-number = Numéro
contribution-proposal-field-text = Proposition
contribution-proposal-field-objectives = Objectifs (séparés par ;)
contribution-proposal-disposition = Suite donnée
contribution-proposal-pending = En attente
contribution-proposal-agreed = Approuvée
contribution-proposal-noted = Prise en note
contribution-proposal-not-agreed = Non approuvée
contribution-proposal-edit-label = Modifier la proposition { $seq }
contribution-proposal-delete-label = Supprimer la proposition { $seq }
contribution-proposal-deleted = Proposition { $seq } supprimée
contribution-proposal-none = Aucune proposition enregistrée.
contribution-proposal-new = Nouvelle proposition
contribution-proposal-add = Ajouter la proposition
proposal-title = Propositions et export
proposal-subtitle = Propositions d'amélioration pour les objectifs non atteints, validation et résumé destiné au GCNT.
proposal-cycle = Cycle
proposal-cycle-option = { $name } ({ $status })
proposal-cycle-open = ouvert
proposal-cycle-closed = clos
proposal-cycle-signed-off = validé
proposal-draft = Rédiger les propositions
proposal-sign-off = Valider…
proposal-signed-off-at = Validé le { $date }
proposal-digest = empreinte
proposal-drafted-report = Rédigées : { $draftedCount ->
        [0] aucune
       *[other] { $drafted }
    }. Rédigées à nouveau : { $redraftedCount ->
        [0] aucune
       *[other] { $redrafted }
    }. Conservées telles que modifiées : { $keptCount ->
        [0] aucune
       *[other] { $kept }
    }.
proposal-sign-off-confirm = Valider « { $name } » ? Ses notes, éléments justificatifs et propositions seront figés et ne pourront plus être modifiés.
proposal-sign-off-incomplete = Il n'est pas complet :
proposal-sign-off-complete = Chaque évaluateur a noté chaque objectif.
proposal-signed-off = Validé. Empreinte { $digest }
proposal-saved = Proposition enregistrée ; la rédaction automatique ne la réécrira plus.
proposal-field-title = Titre
proposal-field-text = Texte
proposal-field-invitation = Le GCNT est invité à …
proposal-field-status = Statut
proposal-status-draft = Projet
proposal-status-agreed = Approuvée
proposal-status-submitted = Soumise
proposal-status-rejected = Rejetée
proposal-tag-draft = projet
proposal-tag-agreed = approuvée
proposal-tag-submitted = soumise
proposal-tag-rejected = rejetée
proposal-origin-drafted = générée
proposal-origin-edited = modifiée
proposal-origin-manual = manuelle
proposal-action-number = Action { $number } :
proposal-none = Aucune proposition pour l'instant. « Rédiger les propositions » en rédige une pour chaque objectif que l'examen juge non atteint.
export-title = Export
export-document-language = Langue du document
export-document-language-help = L’anglais est la langue de travail du GCNT pour ses documents temporaires ; les autres langues donnent le texte fixe du résumé dans cette langue (les données restent telles qu’elles ont été saisies).
export-include-confidential = Inclure les coordonnées personnelles et les notes relevant de la règle de Chatham House
export-word = Word (.docx)
export-markdown = Markdown
export-json = JSON
export-workbook = Classeur (.xlsx)
export-summary-filter = Résumé ({ $format })
export-saved = Enregistré : { $path }
export-saved-rows = { $count ->
        [one] { $count } ligne enregistrée dans { $path }
       *[other] { $count } lignes enregistrées dans { $path }
    }
export-one-table = Une table au format CSV
export-table = Table
export-this-cycle = Ce cycle
export-database = Base de données
export-table-results = résultats
export-table-scores = notes
export-table-indicators = indicateurs
export-table-metrics = mesures
export-table-improvements = améliorations
export-table-objectives = objectifs
export-table-organizations = organisations
export-table-people = personnes
export-table-meetings = réunions
export-table-attendance = participation
export-table-counts = effectifs
export-table-actions = actions
export-table-contributions = contributions
export-table-proposals = propositions
export-table-statistics = statistiques
export-save-csv = Enregistrer en CSV…
document-header-note = L'en-tête du TD, mémorisé pour ce cycle.
document-header-note-signed-off = L'en-tête du TD, mémorisé pour ce cycle (il peut encore changer après la validation).
document-field-td-number = Numéro du TD (attribué par le TSB)
document-field-place-and-date = Lieu et date de la réunion du GCNT
document-place-and-date-example = Genève, 26–30 janvier 2026
document-field-source = Source
document-contact = Contact
document-field-contact-name = Nom
document-field-contact-organization = Organisation ou fonction
document-field-contact-country = Pays
document-field-contact-tel = Tél.
document-field-contact-email = Courriel
document-options-save = Enregistrer les options
document-options-saved = Options du document enregistrées pour ce cycle.
actions-subtitle = Actions de suivi de toutes les réunions. Une action ouverte est reportée à chaque réunion ultérieure jusqu'à sa clôture.
actions-search-placeholder = Texte, responsable, réunion…
actions-show = Afficher
actions-filter-open = Ouvertes
actions-filter-overdue = En retard
actions-filter-all = Toutes
actions-column-due = Échéance
actions-column-action = Action
actions-column-owner = Responsable
actions-column-meeting = Réunion
actions-column-status = Statut
actions-status-open = ouverte
actions-status-open-overdue = ouverte (en retard)
actions-status-in-progress = en cours
actions-status-in-progress-overdue = en cours (en retard)
actions-status-done = terminée
actions-status-dropped = abandonnée
actions-saved = Action enregistrée
actions-deleted = Action supprimée
actions-edit-title = Modifier l'action
actions-meeting-owner = { $meeting } · responsable { $owner }
actions-meeting-owner-due = { $meeting } · responsable { $owner } · échéance { $date }
actions-overdue = en retard
actions-status = Statut
actions-status-option-open = Ouverte
actions-status-option-in-progress = En cours
actions-status-option-done = Terminée
actions-status-option-dropped = Abandonnée
actions-closed-on = Close le { $date }
actions-delete-label = Supprimer l'action : { $text }
plan-new = Nouvel élément
plan-code = Code
plan-pillar = Pilier
plan-title = Titre
plan-status = Statut
plan-edit-or-delete = Modifier ou supprimer
plan-pillar-raising-awareness = Sensibilisation
plan-pillar-adding-value = Création de valeur
plan-pillar-attracting-members = Attirer de nouveaux Membres de Secteur potentiels
plan-pillar-strategic-mapping = Mise en correspondance avec le plan stratégique de l'UIT et ses indicateurs
plan-status-planned = Prévu
plan-status-in-progress = En cours
plan-status-done = Terminé
plan-saved = { $code } : enregistré
plan-deleted = { $code } : supprimé
plan-what-new = le nouvel élément du plan d'action
plan-what = l'élément du plan d'action
plan-edit-label = Modifier { $code }
plan-delete-label = Supprimer { $code }
plan-none = Aucun élément du plan d'action enregistré.
record-correct-fields = Veuillez corriger les champs signalés ci-dessous.
record-field-message = { $field } : { $message }
record-load-theirs = Charger leur version
record-unsaved = Modifications non enregistrées
record-history = Historique
table-count = { $shown } sur { $total }
table-sort-by = Trier par { $column }
table-no-match = Aucune ligne ne correspond à la recherche.
table-empty = Rien à afficher pour l'instant.
indicator-meetings_held = Réunions de dirigeants tenues
indicator-participants_per_meeting = Participants par réunion
indicator-executives_per_meeting = Dirigeants par réunion
indicator-regions_represented = Régions représentées
indicator-developing_region_share = Part de l'Afrique, des États arabes et de l'Asie-Pacifique
indicator-tsb_share = Part du TSB parmi les participants
indicator-distinct_organizations = Organisations distinctes
indicator-first_time_organizations = Organisations participant pour la première fois
indicator-priorities_per_meeting = Priorités par communiqué
indicator-actions_done_share = Achèvement des actions de suivi
indicator-median_days_to_close = Nombre médian de jours pour clore une action
indicator-overdue_actions = Actions en retard
indicator-communique_latency_days = Délai de publication du communiqué (jours)
indicator-contributions_received = Contributions au titre de la Résolution 68
indicator-contribution_source_categories = Catégories d'origine des contributions
indicator-contribution_source_regions = Régions d'origine des contributions
indicator-proposals_agreed_share = Part des propositions approuvées

## Paramètres et ses panneaux : base de données, sauvegardes, corbeille, connexion d’équipe, identité de l’examinateur, langue ; import de tableur et doublons probables

settings-title = Paramètres
settings-intro = La base de données, qui attribue les notes sur cet ordinateur, et la langue.
settings-language-help = La fenêtre change de langue immédiatement ; le choix est conservé pour le prochain démarrage. Les synthèses d’examen ont leur propre langue, choisie lors de l’exportation.
settings-language-draft = Les traductions autres que l’anglais attendent la relecture de locuteurs natifs.
settings-database = Base de données
settings-team-database = Une base de données d’équipe sur un serveur PostgreSQL, partagée avec l’équipe.
settings-team-user = Vous êtes connecté en tant que { $login } ({ $role }).
settings-team-user-scoring = Vous êtes connecté en tant que { $login } ({ $role }) et notez sous le nom de { $reviewer }.
settings-team-outsider = Vous êtes connecté en tant que { $login } (hors de l’équipe : droits propres au serveur).
settings-team-outsider-scoring = Vous êtes connecté en tant que { $login } (hors de l’équipe : droits propres au serveur) et notez sous le nom de { $reviewer }.
settings-role-staff = personnel
settings-role-reviewer = examinateur
settings-role-rapporteur = rapporteur
settings-team-rights = Le serveur détermine ce que chaque identifiant peut faire, et la base de données y est sauvegardée (docs/team.md).
settings-file-database = Un seul fichier SQLite contient tout. Il renferme des coordonnées personnelles et des notes soumises à la règle de Chatham House : conservez-le là où le TSB conserve ce type de données.
settings-open = Ouvrir…
settings-new = Nouvelle…
settings-connect = Se connecter à une base de données d’équipe…
settings-back-up = Sauvegarder…
settings-backup-file-kind = Sauvegarde
settings-export = Tout exporter en JSON…
settings-open-demo = Ouvrir la base de démonstration
settings-backups = Sauvegardes
settings-trash = Corbeille
settings-import-title = Importer un fichier
settings-import-help = CSV ou JSON, comme décrit dans docs/formats.md. Un fichier comportant une ligne erronée est rejeté en entier, et chaque ligne erronée est indiquée.
settings-import-kind = Le fichier contient
settings-import-all = export de toute la base
settings-import = Importer…
settings-import-file-kind = CSV ou JSON
settings-imported =
    { $count ->
        [one] { $count } enregistrement importé depuis { $path }
       *[other] { $count } enregistrements importés depuis { $path }
    }
settings-import-row = ligne { $line } : { $message }
settings-import-row-column = ligne { $line }, { $column } : { $message }
settings-reviewer-identity = Identité de l’examinateur
settings-reviewer-help = Les notes que vous saisissez dans l’écran Examen sont enregistrées sous ce nom.
settings-scoring-as = Noter en tant que
settings-choose = — choisir —
settings-bound-reviewer = Votre identifiant d’équipe note sous le nom de { $name } ; le serveur n’accepte aucun autre nom de sa part.
settings-add-reviewer-title = Ajouter un examinateur
settings-reviewer-name = Nom
settings-reviewer-affiliation = Affiliation
settings-reviewer-email = Courriel (donnée personnelle)
settings-add-reviewer = Ajouter l’examinateur
settings-reviewer-added = Examinateur { $name } ajouté
settings-about = À propos
settings-about-text = CxO Review { $version }. Clavier : Alt+1 … Alt+9 (ou Ctrl+1 … Ctrl+9) pour changer d’écran ; les touches fléchées et Entrée pour parcourir les listes.
database-file-kind = Base de données CxO Review
database-created = Base créée : { $path }
database-opened = Base ouverte : { $path }
database-demo-opened = Base de démonstration ouverte ({ $path }), recréée à neuf
database-exported = Base de données entière exportée vers { $path }
backup-done = Sauvegardé dans { $path }
backup-none = Aucune sauvegarde pour l’instant. Une sauvegarde est faite chaque jour lorsque l’application est inactive, et avant chaque mise à niveau.
backup-caption = Conservées dans le dossier « backups » à côté de la base de données ; les cinq plus récentes de chaque type.
backup-made = Date
backup-why = Motif
backup-size = Taille
backup-action = Action
backup-reason-daily = quotidienne
backup-reason-manual = faite sur demande
backup-reason-before-upgrade = avant une mise à niveau
backup-reason-before-restore = avant une restauration
backup-restore = Restaurer…
backup-restore-label = Restaurer la sauvegarde du { $made }
backup-restore-question = Remplacer la base de données par la sauvegarde du { $made } ? Son contenu actuel est conservé dans une sauvegarde « avant une restauration ».
backup-restored = Sauvegarde du { $made } restaurée
backup-now = Sauvegarder maintenant
connect-title = Se connecter à une base de données d’équipe
connect-help = Une base de données sur un serveur PostgreSQL, utilisée par plusieurs personnes à la fois (docs/team.md). Le serveur détermine ce que votre identifiant peut faire. Le mot de passe ne sert qu’à cette connexion : il n’est jamais enregistré.
connect-url = URL du serveur
connect-password = Mot de passe
connect-submit = Se connecter
connect-connecting = Connexion…
trash-none = La corbeille est vide. Tout ce que vous supprimez est conservé ici, avec ce qui a été supprimé en même temps, jusqu’à ce que la corbeille soit vidée.
trash-caption = Ce qui a été supprimé, avec ce qui l’a été en même temps ; Restaurer le remet tel qu’il était.
trash-deleted = Supprimé le
trash-what = Quoi
trash-action = Action
trash-deleted-by = par { $name }
trash-contents = avec { $contents }
trash-restore = Restaurer
trash-restore-label = Restaurer : { $label }
trash-restored = Restauré : { $label }
trash-empty-ask = Vider la corbeille…
trash-empty-question = Vider la corbeille ?
trash-empty-warning = Ce qui est supprimé définitivement ne pourra plus être restauré.
trash-delete-for-good = Supprimer définitivement
trash-every-entry = toutes les entrées ({ $count })
trash-older-than =
    les entrées supprimées il y a plus de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ({ $count })
trash-empty = Vider la corbeille
trash-deleted-for-good =
    { $count ->
        [one] { $count } entrée supprimée définitivement
       *[other] { $count } entrées supprimées définitivement
    }
sheet-title = Importer une liste de participants
sheet-help = Un tableur (.xlsx, .xls, .ods, .csv) avec ses propres colonnes, en anglais, en français ou en espagnol : une liste de participants, ou des effectifs par région (une colonne de régions, une de participants). Rien n’est enregistré avant que vous cliquiez sur Importer ; l’importation peut ensuite être annulée.
sheet-choose = Choisir un tableur…
sheet-file-kind = Tableur
sheet-source-workbook = feuille « { $sheet } », { $format }
sheet-source-text = { $encoding }, séparateur « { $delimiter } »
sheet-header-row = en-têtes à la ligne { $row }
sheet-rows =
    { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }
sheet-step-columns = 1. Colonnes
sheet-mapping = Correspondance
sheet-mapping-recognised = reconnue d’après les en-têtes
sheet-mapping-name = Nom de la correspondance
sheet-mapping-name-example = Nom, p. ex. Inscription UIT (français)
sheet-mapping-save = Enregistrer la correspondance
sheet-mapping-saved = Correspondance « { $name } » enregistrée : la prochaine feuille de même présentation pourra être lue avec elle.
sheet-date-order = Dates écrites uniquement en chiffres (03/04/2025)
sheet-date-order-ask = me demander quand l’ordre ne peut être déterminé
sheet-date-order-day-first = jour d’abord (3 avril)
sheet-date-order-month-first = mois d’abord (4 mars)
sheet-column = Colonne
sheet-read-as = Lue comme
sheet-row-number = Ligne { $row }
sheet-read-column-as = Lire la colonne { $column } comme
sheet-not-read = non lue
sheet-field-full-name = nom complet
sheet-field-last-name = nom de famille
sheet-field-first-name = prénom
sheet-field-organization = organisation
sheet-field-country = pays
sheet-field-title = fonction
sheet-field-role = rôle (CEO, CTO…)
sheet-field-email = courriel
sheet-field-phone = téléphone
sheet-field-participation = participation
sheet-field-region = région (effectifs)
sheet-field-participants = participants (effectifs)
sheet-field-executives = dirigeants (effectifs)
sheet-field-meeting-key = clé de réunion (registre)
sheet-field-meeting-title = titre de réunion (registre)
sheet-field-meeting-kind = type de réunion (registre)
sheet-field-start-date = premier jour (registre)
sheet-field-end-date = dernier jour (registre)
sheet-field-venue = lieu (registre)
sheet-field-host = hôte (registre)
sheet-field-documents = documents (registre)
sheet-field-attendance-mode = mode de suivi de la participation (registre)
sheet-field-outcomes = résultats (registre)
sheet-step-matches = 2. Noms rapprochés de l’annuaire
sheet-row = Ligne
sheet-in-sheet = Dans la feuille
sheet-found = Trouvé
sheet-taken-as = Pris comme
sheet-band-auto = rapproché
sheet-band-review = à vérifier
sheet-band-new = nouveau
sheet-take-as = Prendre { $name } comme
sheet-new-record = un nouvel enregistrement
sheet-step-import = 3. Importation
sheet-summary = Crée { $created } ; modifie { $changed }.
sheet-summary-roster = Crée { $created } ; modifie { $changed } dans la liste des participants de { $meeting }.
sheet-count-organizations =
    { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
sheet-count-people =
    { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }
sheet-count-attendance =
    { $count ->
        [one] { $count } participation
       *[other] { $count } participations
    }
sheet-count-counts =
    { $count ->
        [one] { $count } effectif par région
       *[other] { $count } effectifs par région
    }
sheet-count-meetings =
    { $count ->
        [one] { $count } réunion
       *[other] { $count } réunions
    }
sheet-count-decisions =
    { $count ->
        [one] { $count } décision
       *[other] { $count } décisions
    }
sheet-count-actions =
    { $count ->
        [one] { $count } action
       *[other] { $count } actions
    }
sheet-count-priorities =
    { $count ->
        [one] { $count } priorité
       *[other] { $count } priorités
    }
sheet-list-separator = { ", " }
sheet-nothing = rien
sheet-problem-row = ligne { $row }
sheet-import = Importer
sheet-imported = Importation terminée. Éléments créés : { $created }. Tout ce qu’elle a écrit porte le lot { $batch }.
sheet-undone =
    Importation annulée : { $deleted ->
        [one] { $deleted } enregistrement supprimé
       *[other] { $deleted } enregistrements supprimés
    }, { $restored ->
        [one] { $restored } rétabli tel qu’il était
       *[other] { $restored } rétablis tels qu’ils étaient
    }.
sheet-undo = Annuler cette importation
duplicate-title = Doublons probables
duplicate-looking = Recherche…
duplicate-none-organizations = Aucune organisation ne ressemble à une autre.
duplicate-none-people = Aucune personne ne ressemble à une autre.
duplicate-score = Score
duplicate-one = L’un
duplicate-other = L’autre
duplicate-merge = Fusionner
duplicate-keep = Garder « { $name } »
duplicate-merged =
    « { $absorbed } » fusionné avec « { $kept } » : { $count ->
        [one] { $count } référence déplacée
       *[other] { $count } références déplacées
    }.
duplicate-undone =
    Fusion annulée : { $count ->
        [one] { $count } enregistrement rétabli tel qu’il était
       *[other] { $count } enregistrements rétablis tels qu’ils étaient
    }.

## The window's shell, the dashboard, the meetings and their forms, and the dialogs and notices every screen shares

screen-dashboard = Tableau de bord
screen-meetings = Réunions
screen-directory = Personnes et organisations
screen-actions = Actions
screen-contributions = Contributions
screen-objectives = Objectifs
screen-review = Examen
screen-proposals = Propositions et exportation
screen-settings = Paramètres
screen-activity = Activité

app-tagline = Processus CTO/CxO de l’UIT-T
app-nav-screens = Écrans
app-nav-package = Dossier d’examen
app-screen-error = Impossible de charger l’écran : { $message }
app-package-file-type = Dossier d’examen CxO Review
app-reviewer-mode = Mode examinateur
app-reviewer-mode-intro = Notation d’un dossier d’examen hors ligne : aucune base de données n’est nécessaire. Chaque modification est enregistrée dans le fichier du dossier.
app-open-package = Ouvrir un dossier d’examen…
app-back-to-database = Revenir à la base de données
app-package-error-title = Impossible d’ouvrir le dossier d’examen
app-open-another-package = Ouvrir un autre dossier d’examen…
app-dismiss = Fermer
app-backed-up = Sauvegarde effectuée : { $path }
app-opened = Ouvert : { $path }
app-demo-mark = Base de démonstration
app-scores-as = Note en tant que { $reviewer }
app-demo-banner = Vous êtes dans la { $demo } : des réunions et des examens fictifs pour essayer CxO Review. Vos propres données vont dans une base de données qui vous appartient.
app-demo-banner-database = base de démonstration
app-create-own = Créer votre propre base de données…
app-open-database = Ouvrir une base de données…
app-recovery-title = Impossible d’ouvrir la base de données
app-connect-team = Se connecter à une base de données d’équipe…
app-restore-backup = Restaurer une sauvegarde
app-open-other = Ou en ouvrir une autre
app-create-new = Créer une nouvelle base de données…
app-open-demo = Ouvrir la base de démonstration
app-read-only = Cette base de données est en lecture seule : vous pouvez tout consulter, mais rien ne peut être enregistré.
app-others-saved = Quelqu’un d’autre a enregistré des modifications.
app-reload = Recharger

title-package = { $package } — Mode examinateur — CxO Review
title-database = { $database } — CxO Review
title-team-login = { $database } ({ $login }) — CxO Review
title-team-database = { $database } sur { $host }
title-user-line = { $login } · { $role }
title-role-staff = personnel
title-role-reviewer = examinateur
title-role-rapporteur = rapporteur
title-not-in-team = hors de l’équipe

dashboard-title = Tableau de bord
dashboard-intro = L’engagement des dirigeants en un coup d’œil : participation par région dans le temps, suivi, contributions et examen en cours.
dashboard-meetings-held =
    { $count ->
        [one] réunion tenue
       *[other] réunions tenues
    }
dashboard-planned =
    { $count ->
        [one] { $count } prévue
       *[other] { $count } prévues
    }
dashboard-open-actions =
    { $count ->
        [one] action ouverte
       *[other] actions ouvertes
    }
dashboard-overdue = { $count } en retard
dashboard-contributions =
    { $count ->
        [one] contribution au titre de la Résolution 68
       *[other] contributions au titre de la Résolution 68
    }
dashboard-proposals-pending =
    { $count ->
        [one] { $count } proposition en attente
       *[other] { $count } propositions en attente
    }
dashboard-scored = noté dans l’examen en cours
dashboard-no-cycle = aucun cycle d’examen pour l’instant
dashboard-participation = Participation par région
dashboard-axis = Participants
dashboard-chart-label = Participants par année et par région ; les chiffres suivent sous forme de tableau
dashboard-show-figures = Afficher les chiffres sous forme de tableau
dashboard-figures-caption = Participants par année et par région
dashboard-year = Année
dashboard-executives-title = Dirigeants et nouvelles organisations
dashboard-meetings = Réunions
dashboard-executives = Dirigeants
dashboard-first-time = Organisations participant pour la première fois
dashboard-overdue-title = Actions les plus en retard
dashboard-no-overdue = Aucune action n’est en retard.
dashboard-due = Échéance
dashboard-action = Action
dashboard-owner = Responsable
dashboard-meeting = Réunion

meeting-list-title = Réunions
meeting-list-intro = Réunions des CTO, tables rondes des CxO, consultations bilatérales, réunions du RG-IEM et ateliers.
meeting-new = Nouvelle réunion
meeting-list-label = Réunions
meeting-search-placeholder = Clé, titre, lieu…
meeting-kind-filter = Type
meeting-all-kinds = Tous les types
meeting-kind-cto = Réunion des CTO
meeting-kind-roundtable = Table ronde des CxO
meeting-kind-bilateral = Bilatérale
meeting-kind-bilateral-consultation = Consultation bilatérale
meeting-kind-rg-iem = Réunion du RG-IEM
meeting-kind-workshop = Atelier
meeting-column-key = Clé
meeting-column-date = Date
meeting-column-kind = Type
meeting-column-title = Titre
meeting-column-venue = Lieu
meeting-column-participants = Participants
meeting-column-open-actions = Actions ouvertes
meeting-column-status = Statut
meeting-status-planned = prévue
meeting-status-held = tenue
meeting-status-reported = rapport publié

meeting-form-new-title = Nouvelle réunion
meeting-form-edit-title = Modifier la réunion
meeting-form-error = Veuillez corriger les champs signalés ci-dessous.
meeting-what-new = la nouvelle réunion
meeting-what-existing = la réunion { $key }
meeting-field-key = Clé
meeting-field-kind = Type
meeting-field-status = Statut
meeting-form-status-planned = Prévue
meeting-form-status-held = Tenue
meeting-form-status-reported = Rapport publié
meeting-field-title = Titre
meeting-field-start = Début
meeting-field-end = Fin
meeting-field-venue = Lieu (ou « electronic »)
meeting-field-host = Hôte
meeting-field-attendance = Présence
meeting-mode-roster = Liste nominative
meeting-mode-counts = Effectifs par région
meeting-field-documents = Nombre de documents
meeting-field-report = Référence du rapport
meeting-field-report-date = Date du rapport
meeting-field-communique-date = Communiqué publié le
meeting-field-communique = Communiqué
meeting-field-notes = Notes (règle de Chatham House — exclues des exportations vers le GCNT)
meeting-save = Enregistrer la réunion

meeting-back = Réunions
meeting-history = Historique
meeting-import-participants = Importer la liste des participants…
meeting-import-counts = Importer les effectifs par région…
meeting-delete-confirm = Supprimer { $key } avec ses présences et ses résultats ? La réunion ira dans la corbeille (Paramètres), d’où elle pourra être restaurée.
meeting-unsaved-entries = les nouvelles entrées de la réunion
meeting-row-error = ligne { $line } : { $message }
meeting-added-to-roster = { $name } a été ajouté(e) à la liste des participants
meeting-counts-saved = Effectifs enregistrés
meeting-region-error = { $region } : { $message }
meeting-entry-saved = { $name } : enregistré
meeting-moved-up = { $topic } remonté
meeting-moved-down = { $topic } descendu
meeting-capture-saved = Enregistré : { $decisions } décision(s), { $actions } action(s), { $priorities } priorité(s)
meeting-statistics = Statistiques
meeting-communique = Communiqué
meeting-communique-published = Communiqué (publié le { $date })
meeting-roster = Liste des participants
meeting-attended-count =
    { $count ->
        [one] ({ $count } présent)
       *[other] ({ $count } présents)
    }
meeting-person = Personne
meeting-person-placeholder = Nom
meeting-status = Statut
meeting-attendance-attended = présent
meeting-attendance-registered = inscrit
meeting-attendance-invited = invité
meeting-executive = dirigeant
meeting-new-to-directory = Nouveau dans l’annuaire :
meeting-role = Rôle
meeting-role-delegate = délégué
meeting-role-expert = expert
meeting-role-staff = personnel
meeting-organization = Organisation
meeting-name = Nom
meeting-region = Région
meeting-executive-column = Dirigeant
meeting-remove = Retirer
meeting-status-of = Statut de { $name }
meeting-is-executive = { $name } est un dirigeant
meeting-remove-from-roster = Retirer { $name } de la liste des participants
meeting-participants-per-region = Participants par région
meeting-participants = Participants
meeting-of-whom-executives = Dont dirigeants
meeting-executives-from = Dirigeants de la région { $region }
meeting-save-counts = Enregistrer les effectifs
meeting-outcomes = Résultats
meeting-priorities = Priorités
meeting-priority-what = la priorité « { $topic } »
meeting-topic = Sujet
meeting-move-up = Remonter { $topic }
meeting-move-down = Descendre { $topic }
meeting-edit-priority = Modifier la priorité { $topic }
meeting-delete-priority = Supprimer la priorité { $topic }
meeting-new-priority = Nouvelle priorité
meeting-decisions = Décisions
meeting-decision-what = la décision
meeting-decision = Décision
meeting-edit-decision = Modifier la décision : { $text }
meeting-delete-decision = Supprimer la décision : { $text }
meeting-new-decision = Nouvelle décision
meeting-follow-up = Actions de suivi
meeting-action = Action
meeting-owner = Responsable
meeting-due = Échéance
meeting-edit-or-delete = Modifier ou supprimer
meeting-action-status-open = ouverte
meeting-action-status-in-progress = en cours
meeting-action-status-done = terminée
meeting-action-status-dropped = abandonnée
meeting-edit-action = Modifier l’action : { $text }
meeting-delete-action = Supprimer l’action : { $text }
meeting-new-action = Nouvelle action
meeting-carried = Reportées de réunions antérieures
meeting-carried-due = , échéance { $date }
meeting-quick-capture = Saisie rapide
meeting-capture-help = Un résultat par ligne :
meeting-capture-action-example = ACTION: responsable | texte | due 2026-03-01
meeting-preview = Aperçu
meeting-save-outcomes = Enregistrer les résultats
meeting-line = Ligne
meeting-becomes = Devient
meeting-text = Texte
meeting-not-saved = — (non enregistrée)
meeting-capture-decision = décision
meeting-capture-action = action
meeting-capture-priority = priorité

action-what = l’action
action-field-text = Action
action-field-owner = Responsable
action-field-due = Échéance
action-field-status = Statut
action-status-open = Ouverte
action-status-in-progress = En cours
action-status-done = Terminée
action-status-dropped = Abandonnée
action-field-closed = Clôturée le

stats-participants = Nombre de participants
stats-documents = Nombre de documents
stats-report = Rapport de la réunion
stats-column = Réunion { $number } ({ $month })

date-format = AAAA-MM-JJ

unsaved-title = Modifications non enregistrées
unsaved-text = Des modifications ne sont pas encore enregistrées : { $what }.
unsaved-keep = Continuer la modification
unsaved-discard = Abandonner les modifications
unsaved-two = { $first } et { $second }
unsaved-many =
    { $count ->
        [one] { $first }, { $second } et { $count } autre
       *[other] { $first }, { $second } et { $count } autres
    }

toast-deleted = Supprimé : { $label }
toast-deleted-with = Supprimé : { $label }, avec { $contents }
toast-restored = Restauré : { $label }
toast-dismiss = Fermer

## The review summary to TSAG

summary-union = UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS
summary-sector = SECTEUR DE LA NORMALISATION DES TÉLÉCOMMUNICATIONS
summary-study-period = PÉRIODE D’ÉTUDES { $period }
summary-tsag = GCNT
summary-original = Original : français
summary-questions = Question(s) :
summary-questions-none = s.o.
summary-no-td-number = Numéro de TD non encore attribué
summary-running-td = TD du GCNT
summary-label-source = Source :
summary-label-title = Titre :
summary-label-purpose = Objet :
summary-label-contact = Contact :
summary-label-keywords = Mots clés :
summary-label-abstract = Résumé :
summary-contact-tel = Tél. : { $number }
summary-contact-email = Courriel : { $address }
summary-title = Examen du processus CTO/CxO : { $cycle }
summary-draft = PROJET — le cycle d’examen « { $cycle } » n’est pas approuvé ; ses chiffres peuvent encore changer
summary-purpose-information = Information
summary-purpose-proposal = Proposition
summary-keywords = Résolution 68 ; processus CTO/CxO ; participation du secteur privé ; examen
summary-date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }
summary-month = { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }
summary-period = { $from } – { $to }
summary-list-comma = { $head }, { $next }
summary-list-and = { $head } et { $last }
summary-abstract-review = Le présent document rend compte de l’examen du processus CTO/CxO sur la période { $period }, effectué par { $reviewers ->
        [one] { $reviewers } examinateur
       *[other] { $reviewers } examinateurs
    }.
summary-abstract-objectives = Sur { $objectives ->
        [one] { $objectives } objectif
       *[other] { $objectives } objectifs
    }, { $statuses }.
summary-abstract-first-met = { $count ->
        [one] { $count } est atteint
       *[other] { $count } sont atteints
    }
summary-abstract-first-partly-met = { $count ->
        [one] { $count } est partiellement atteint
       *[other] { $count } sont partiellement atteints
    }
summary-abstract-first-not-met = { $count ->
        [one] { $count } n’est pas atteint
       *[other] { $count } ne sont pas atteints
    }
summary-abstract-first-insufficient = { $count ->
        [one] { $count } manque d’éléments probants suffisants
       *[other] { $count } manquent d’éléments probants suffisants
    }
summary-abstract-met = { $count ->
        [one] { $count } atteint
       *[other] { $count } atteints
    }
summary-abstract-partly-met = { $count ->
        [one] { $count } partiellement atteint
       *[other] { $count } partiellement atteints
    }
summary-abstract-not-met = { $count ->
        [one] { $count } non atteint
       *[other] { $count } non atteints
    }
summary-abstract-insufficient = { $count } sans éléments probants suffisants
summary-abstract-no-draft = Aucune amélioration n’a encore été rédigée pour les objectifs non atteints.
summary-abstract-no-proposal = Il ne propose aucune amélioration.
summary-abstract-proposals = Il soumet { $count ->
        [one] { $count } amélioration
       *[other] { $count } améliorations
    } à l’examen du GCNT.
summary-heading-introduction = Introduction
summary-intro-request = Le GCNT a été invité à examiner le processus CTO/CxO actuel afin de déterminer si ses objectifs sont atteints et si des améliorations pourraient y être apportées pour renforcer encore la participation des cadres dirigeants aux mécanismes de consultation avec le TSB.
summary-intro-base = En ce qui concerne la Résolution 68, le document { $symbol } est le document de base sur lequel des contributions ont été sollicitées.
summary-intro-base-reproduced = En ce qui concerne la Résolution 68, le document { $symbol } (reproduit dans le document { $reproduced }) est le document de base sur lequel des contributions ont été sollicitées.
summary-intro-period = Le présent examen couvre la période { $period }.
summary-intro-reviewers = { $reviewers ->
        [one] { $reviewers } examinateur a noté
       *[other] { $reviewers } examinateurs ont noté
    } chaque objectif du processus selon son barème, avec une justification et des éléments probants ; les objectifs, leurs indicateurs et leurs barèmes figurent dans l’Annexe A.
summary-intro-meetings = { $meetings ->
        [one] { $meetings } réunion tenue pendant la période est récapitulée dans l’Annexe B.
       *[other] { $meetings } réunions tenues pendant la période sont récapitulées dans l’Annexe B.
    }
summary-heading-results = Résultats
summary-results-rule = Un objectif est atteint lorsque la note médiane atteint les trois quarts de son barème, partiellement atteint à partir de la moitié, et non atteint en deçà ; avec moins de { $quorum ->
        [one] { $quorum } note
       *[other] { $quorum } notes
    }, les éléments probants sont insuffisants.
summary-results-agreement = L’accord entre examinateurs sur le cycle (alpha de Krippendorff, ordinal) est de { $alpha } sur { $objectives ->
        [one] { $objectives } objectif noté
       *[other] { $objectives } objectifs notés
    } par au moins deux examinateurs.
summary-alpha-none = non calculable
summary-results-disagreement = Les examinateurs divergent nettement (un écart d’au moins la moitié du barème) sur { $objectives }.
summary-table-results = Tableau 1 – Objectifs du processus CTO/CxO
summary-table-indicators = Tableau 2 – Indicateurs par rapport à leurs cibles
summary-column-objective = Objectif
summary-column-status = Statut
summary-column-median = Médiane
summary-column-spread = Écart
summary-column-reviewers = Examinateurs
summary-column-agreement = Accord
summary-column-indicator = Indicateur
summary-column-value = Valeur
summary-column-target = Cible
summary-column-met = Atteint
summary-status-met = Atteint
summary-status-partly-met = Partiellement atteint
summary-status-not-met = Non atteint
summary-status-insufficient = Éléments probants insuffisants
summary-agreement-divided = Divergent
summary-agreement-consistent = Concordant
summary-yes = Oui
summary-no = Non
summary-not-applicable = s.o.
summary-heading-proposals = Améliorations proposées
summary-action = Action { $number } :
summary-no-proposal = L’examen ne propose aucune amélioration : chaque objectif est atteint ou partiellement atteint, ou manque d’éléments probants.
summary-no-proposal-unmet = Aucune amélioration n’a encore été rédigée pour { $count ->
        [one] l’objectif non atteint
       *[other] les objectifs non atteints
    } ({ $objectives }).
summary-no-proposal-draft = Rédigez les propositions avant de soumettre le présent document.
summary-annex-objectives = Annexe A : Objectifs et barème
summary-annex-source = Source :
summary-annex-rubric = Barème :
summary-annex-indicators = Indicateurs :
summary-annex-statistics = Annexe B : { $statistics }, consultations de dirigeants et Groupe du Rapporteur du GCNT sur la participation du secteur privé et les mesures (RG-IEM)
summary-statistics-title = Statistiques des réunions, { $from } – { $to }
summary-no-meeting = Aucune réunion ne s’est tenue pendant la période.
summary-digest = Empreinte du contenu : { $digest }

## Refus formulés par le cœur : problème d’un champ, ce que l’état de la base de données ne permet pas, données enregistrées à corriger, constats d’une vérification ; et problèmes des lignes d’une saisie rapide, des cellules d’une feuille et de l’en-tête d’un fichier

invalid-duplicates-kind = les doublons sont recherchés parmi les organisations et les personnes, pas parmi « { $kind } »
invalid-merge-into-itself = un enregistrement ne peut pas être fusionné avec lui-même
invalid-no-record-named = aucun enregistrement de « { $kind } » ne s’appelle « { $name } »
invalid-merge-kind = seules les organisations et les personnes peuvent être fusionnées, pas « { $kind } »
invalid-sheet-empty = { $file } : le fichier est vide
invalid-sheet-protected = { $file } : le classeur est protégé par un mot de passe ; enregistrez-en une copie non protégée et utilisez celle-ci
invalid-sheet-damaged = { $file } : le classeur ne peut pas être lu ({ $reason }) ; il est peut-être endommagé, ou ce n’est pas un tableur
invalid-sheet-no-such-sheet = { $file } : le classeur n’a pas de feuille nommée « { $sheet } » ; ses feuilles : { $sheets }
invalid-sheet-no-sheet = { $file } : le classeur n’a aucune feuille
invalid-sheet-unreadable = { $file } : { $reason }
invalid-no-meeting-key = aucune réunion n’a la clé « { $key } »
invalid-unknown-batch = aucune importation n’a le numéro de lot « { $batch } » (`cxo-review history --activity` les énumère)
invalid-batch-not-import = le lot « { $batch } » contient une entrée « { $cause } », et non une entrée d’importation ou de fusion
invalid-mapping-name = donnez un nom à la correspondance pour pouvoir la retrouver
invalid-file-exists = { $path } existe déjà ; choisissez un nouveau nom de fichier
invalid-not-a-field = n’est pas un champ de « { $kind } » ; ses champs : { $fields }
invalid-not-a-number = « { $value } » n’est pas un nombre
invalid-not-true-or-false = « { $value } » n’est ni true (vrai) ni false (faux)
invalid-no-record-key = aucun enregistrement de « { $kind } » n’a la clé « { $key } »
invalid-key-ambiguous = { $count } enregistrements de « { $kind } » ont la clé « { $key } »
invalid-no-backups = { $path } n’a aucune sauvegarde à restaurer
invalid-not-cycle-reviewer = « { $name } » n’est pas examinateur du cycle d’examen « { $cycle } » ; ses examinateurs : { $reviewers }
invalid-no-keys-folder = impossible de trouver un dossier personnel pour la clé de l’examinateur ; définissez CXO_REVIEW_KEYS
invalid-return-over-package = { $path } est le dossier d’examen lui-même : écrivez le retour dans un fichier distinct (.cxoreturn)
invalid-cycle-table = « { $table } » est un tableau d’un cycle d’examen : indiquez le cycle avec --cycle
invalid-unknown-table = tableau inconnu « { $table } » ; tableaux : { $tables }
invalid-unknown-cycle-table = tableau inconnu « { $table } » ; tableaux d’un cycle : { $tables }
invalid-version = la version est un nombre entier
invalid-proposal-number-taken = { $contribution } a déjà une proposition numéro { $number }
invalid-symbol-taken = une contribution de cote « { $symbol } » est déjà enregistrée
invalid-objective-named-by-proposals = { $count ->
        [one] la proposition { $names } mentionne cet objectif : retirez-le d’abord de cette proposition, afin que sa suppression puisse être annulée
       *[other] les propositions { $names } mentionnent cet objectif : retirez-le d’abord de ces propositions, afin que sa suppression puisse être annulée
    }
invalid-action-plan-item-named-by-objectives = { $count ->
        [one] l’objectif { $names } mentionne cet élément du plan d’action : retirez-le d’abord de cet objectif, afin que sa suppression puisse être annulée
       *[other] les objectifs { $names } mentionnent cet élément du plan d’action : retirez-le d’abord de ces objectifs, afin que sa suppression puisse être annulée
    }
invalid-team-name-too-long = le nom de la base de données « { $name } » est trop long pour une équipe : ses rôles de groupe (tels que « { $role } ») ne peuvent dépasser { $longest } octets, de sorte que le nom ne peut dépasser { $most } octets
invalid-login-length = un nom de connexion compte de 1 à 63 caractères
invalid-unknown-reviewer-add = examinateur inconnu « { $name } » ; ajoutez d’abord l’examinateur
invalid-new-login-password = « { $login } » est un nouveau nom de connexion : il lui faut un mot de passe
invalid-postgres-url = { $url } n’est pas une URL PostgreSQL : { $reason }
invalid-memory-no-backups = une base de données en mémoire n’a pas de sauvegardes
invalid-unknown-action-plan-item = élément du plan d’action inconnu « { $key } »
invalid-unknown-contribution = contribution inconnue « { $key } »
invalid-unknown-country-code = code de pays inconnu « { $key } »
invalid-unknown-meeting = réunion inconnue « { $key } »
invalid-unknown-objective = objectif inconnu « { $key } »
invalid-unknown-organization = organisation inconnue « { $key } »
invalid-unknown-person = personne inconnue « { $key } »
invalid-unknown-cycle = cycle d’examen inconnu « { $key } »
invalid-unknown-reviewer = examinateur inconnu « { $key } »
invalid-unknown-record = « { $key } » inconnu ({ $entity })
invalid-no-home-folder = impossible de trouver un dossier personnel pour la base de données ; indiquez --db CHEMIN
invalid-meeting-key-taken = une réunion de clé « { $key } » existe déjà
invalid-organization-taken = une organisation nommée « { $name } » existe déjà
invalid-person-taken = une personne nommée « { $name } » est déjà enregistrée ; ajoutez au nom un détail qui la distingue
invalid-objective-code-taken = un objectif de code « { $code } » existe déjà
invalid-action-plan-code-taken = l’élément du plan d’action { $code } existe déjà
invalid-rubric-scored-level = des examinateurs ont noté cet objectif au niveau { $level } ; conservez la grille jusqu’à ce niveau
invalid-reviewer-taken = un examinateur nommé « { $name } » existe déjà
invalid-cycle-taken = un cycle d’examen nommé « { $name } » existe déjà
invalid-meeting-keeps-counts = la réunion « { $key } » enregistre la participation en effectifs par région ; passez d’abord son mode de présence en liste nominative
invalid-meeting-keeps-roster = la réunion « { $key } » enregistre la participation en liste nominative ; passez d’abord son mode de présence en effectifs par région
invalid-mode-has-counts = elle a des effectifs par région ; supprimez-les avant de passer à une liste nominative
invalid-mode-has-roster = elle a une liste nominative ; supprimez-la avant de passer aux effectifs par région
invalid-already-on-roster = { $person } figure déjà sur la liste des participants de { $meeting }
invalid-count-taken = { $meeting } a déjà un effectif pour la région { $region }
invalid-rank-taken = { $meeting } a déjà une priorité au rang { $rank }
invalid-decision-twice = { $meeting } enregistre déjà cette décision
invalid-action-twice = { $meeting } enregistre déjà cette action
invalid-outcome-twice = { $meeting } enregistre déjà cet élément ({ $table })
invalid-no-cycle-named = aucun cycle d’examen ne s’appelle « { $cycle } »
invalid-document-options-taken = le cycle d’examen « { $cycle } » a déjà ses options de document
invalid-still-referred = cet élément ({ $entity }) est encore mentionné par d’autres enregistrements ; supprimez-les d’abord
invalid-objective-scored = l’objectif { $code } a des notes dans ce cycle et doit y rester
invalid-reviewer-scored = { $name } a noté dans ce cycle et doit y rester
invalid-new-cycle-signed-off = un nouveau cycle ne peut pas commencer approuvé ; approuvez-le une fois noté
invalid-sign-off-by-command = approuvez le cycle avec la commande d’approbation (sign-off), qui enregistre son empreinte
invalid-not-reviewer-of = { $reviewer } n’est pas examinateur de { $cycle }
invalid-objective-out-of-scope = l’objectif { $objective } n’entre pas dans le champ de { $cycle }
invalid-not-rubric-level = { $level } n’est pas un niveau de la grille de { $objective } ({ $levels })
invalid-already-scored = { $reviewer } a déjà noté { $objective } dans { $cycle }
invalid-unknown-indicator = indicateur inconnu « { $key } »
invalid-proposal-title-taken = une proposition portant ce titre existe déjà pour cet objectif
invalid-objective-not-in-package = « { $objective } » ne figure pas dans ce dossier d’examen ; ses objectifs : { $objectives }
invalid-not-package-level = { $level } n’est pas un niveau de la grille de { $objective } : { $levels }
invalid-evidence-not-in-package = { $evidence } ne figure pas parmi les éléments probants de ce dossier d’examen
invalid-import-extension = { $path } : indiquez un fichier .csv ou .json
invalid-demo-scale = « { $scale } » doit être un nombre d’années tel que 10y (de 1y à 50y)
invalid-period-end = { $to } est antérieure au début de la période ({ $from })
precondition-batch-undone = le lot { $batch } a déjà été annulé, par { $who } le { $at }
precondition-batch-built-on = le lot { $batch } ne peut pas être annulé : { $changed } a changé depuis ; annulez ou supprimez d’abord ce changement, puis annulez le lot
precondition-batch-record-changed = { $kind } { $key } n’est plus tel que le lot l’a laissé
precondition-copy-target-not-empty = { $target } contient déjà des enregistrements : copiez dans une nouvelle base de données vide
precondition-package-no-scores = { $path } ne contient encore aucune note ; notez d’abord un objectif
precondition-swap-meetings = les priorités de deux réunions différentes ({ $first } et { $second }) ne peuvent pas échanger leurs rangs
precondition-server-empty = { $address } est une base de données vide : configurez-la d’abord avec `cxo-review --db { $address } team init`
precondition-no-team = { $address } n’a pas encore d’équipe : configurez-la d’abord avec `cxo-review --db { $address } team init`
precondition-server-test-schema = { $address } a la version de schéma { $version }, issue d’une version d’essai de CxO Review antérieure à la première version des bases de données d’équipe ; copiez plutôt ses données dans une nouvelle base de données (`cxo-review copy`)
precondition-not-team = cette base de données est un fichier : une équipe travaille sur une base de données hébergée sur un serveur PostgreSQL (docs/team.md)
precondition-restore-open = { $path } est ouvert dans { $holder } ; fermez-le là, puis relancez la restauration (rien n’a été modifié)
precondition-team-backup = une base de données d’équipe est sauvegardée sur son serveur, avec pg_dump (docs/team.md, « Backups »)
precondition-sign-off-no-scores = « { $cycle } » n’a encore aucune note ; il n’y a rien à approuver
precondition-return-late = { $file } a été renvoyé le { $returned }, après la date limite ({ $deadline }) ; fusionnez-le avec --accept-late pour l’accepter
precondition-return-older = { $file } a été renvoyé le { $returned }, avant le retour déjà fusionné ({ $last }) : il annulerait des notes plus récentes
precondition-generate-not-empty = la base de données contient déjà des données ; générez dans une nouvelle base de données (--db NOUVEAU-FICHIER)
precondition-demo-not-empty = la base de données contient déjà des données ; chargez la démonstration dans une nouvelle base de données (--db NOUVEAU-FICHIER)
precondition-team-backups-command = une base de données d’équipe est sauvegardée sur son serveur, avec pg_dump (docs/team.md) ; `backups` fonctionne sur des fichiers de base de données
inconsistent-unknown-kind = valeur inconnue « { $kind } » ; valeurs attendues : { $expected }
inconsistent-history-record = { $kind } { $key } : { $reason }
inconsistent-history-fields = { $kind } { $key } : ses champs enregistrés ne forment pas un enregistrement
inconsistent-wrong-values = { $count ->
        [one] { $count } valeur de la base de données n’est pas du type de sa colonne
       *[other] { $count } valeurs de la base de données ne sont pas du type de leur colonne
    }, de sorte que ses enregistrements ne peuvent pas tous être lus : { $values } ; `cxo-review check --repair` les met de côté (en les conservant), après quoi l’export fonctionne ; rien n’a été écrit
inconsistent-copy-differs = la copie dans { $copy } diffère de { $source } une fois exportée ; ne l’utilisez pas
inconsistent-trash-unreadable = l’élément supprimé { $label } n’est pas un document lisible : { $reason }
inconsistent-trash-foreign-section = l’élément supprimé { $label } contient { $section }, que la suppression de « { $kind } » ne conserve jamais : il n’a pas été placé dans la corbeille par CxO Review, et rien n’a été restauré
inconsistent-trash-document-options = l’élément supprimé { $label } contient les options de document d’un cycle : rien n’a été restauré
inconsistent-trash-other-score = l’élément supprimé { $label } a été placé dans la corbeille par le compte de { $reviewer }, mais contient une note de { $other } : rien n’a été restauré
inconsistent-trash-score-of-nobody = l’élément supprimé { $label } a été placé dans la corbeille par le compte de { $reviewer }, mais contient une note sans examinateur : rien n’a été restauré
inconsistent-trash-kind = l’entrée de corbeille nº { $entry } contient des enregistrements d’un type inconnu « { $kind } »
inconsistent-counts-beyond-bounds = les effectifs enregistrés ({ $counts }) dépassent ce qui peut être compté (aucun effectif ne peut dépasser { $most } ; ils ont été écrits hors de CxO Review) ; corrigez-les dans la réunion
inconsistent-meeting-uncountable = réunion { $meeting } : le total des effectifs enregistrés dépasse ce qui peut être compté ; corrigez la participation enregistrée pour cette réunion
inconsistent-year-uncountable = réunions de { $year } : le total des effectifs enregistrés dépasse ce qui peut être compté ; corrigez la participation enregistrée pour ces réunions
inconsistent-meetings-year = des réunions sont comptées sous l’année { $year }
inconsistent-meeting-date = une réunion commence le « { $date } », qui n’est pas une date
inconsistent-signing-key = la clé de signature de la base de données est endommagée
inconsistent-package-scores = dossier d’examen { $package } : ses notes émises sont illisibles ({ $reason })
inconsistent-participants-overflow = réunion { $meeting } : le total de ses participants par région ({ $counts }) dépasse ce qui peut être compté ; corrigez la participation enregistrée pour cette réunion
inconsistent-package-issue-time = le dossier d’examen { $package } a une date d’émission qui n’est pas une date
discrepancies-check-problems = { $count ->
        [one] { $count } problème trouvé
       *[other] { $count } problèmes trouvés
    }
discrepancies-summary-differences = { $count ->
        [one] { $count } différence entre { $file } et la base de données
       *[other] { $count } différences entre { $file } et la base de données
    }
discrepancies-returns-refused = { $count ->
        [one] { $refused } retour sur { $count } refusé
       *[other] retours refusés : { $refused } sur { $count }
    }
capture-not-a-date = « { $date } » n’est pas une date valide ; écrivez les dates sous la forme AAAA-MM-JJ
capture-action-form = écrivez les actions ainsi : ACTION: responsable | texte | due AAAA-MM-JJ
capture-no-owner = l’action n’a pas de responsable
capture-no-text = la ligne n’a pas de texte après son préfixe
sheet-problem-ambiguous-date = « { $date } » peut se lire jour d’abord ou mois d’abord : précisez lequel (--day-first ou --month-first ; dans l’application, l’ordre des dates)
sheet-problem-not-a-date = « { $date } » n’est pas une date : écrivez-la sous la forme 2025-03-14, 14/03/2025 ou 14 mars 2025
sheet-problem-no-header = la feuille n’a pas de ligne d’en-têtes : elle est vide
sheet-problem-no-name-nor-organization-column = aucune colonne ne contient de nom (nom complet, ou nom et prénom) ni d’organisation ; les en-têtes sont { $headers } : désignez-les dans une correspondance (--mapping), ou renommez-les
sheet-problem-no-name-column = aucune colonne ne contient de nom (nom complet, ou nom et prénom) ; les en-têtes sont { $headers } : désignez-les dans une correspondance (--mapping), ou renommez-les
sheet-problem-no-organization-column = aucune colonne ne contient d’organisation ; les en-têtes sont { $headers } : désignez-les dans une correspondance (--mapping), ou renommez-les
sheet-problem-no-name = aucun nom sur cette ligne
sheet-problem-no-organization = { $name } n’a pas d’organisation
sheet-problem-unknown-country = « { $country } » n’est pas un pays que ce produit connaît : écrivez son code ISO, ou son nom dans l’une des six langues officielles de l’ONU, ou indiquez-le dans les valeurs de la correspondance
sheet-problem-participation = « { $participation } » n’indique pas si la personne a participé : écrivez attended, registered ou invited (ou present, remote, inscrit, asistió…), ou indiquez-le dans les valeurs de la correspondance
sheet-problem-unknown-role = valeur inconnue « { $role } » ; valeurs attendues : { $expected }
sheet-problem-chosen-organization = « { $chosen } », choisi pour « { $name } », n’est pas une organisation de l’annuaire
sheet-problem-new-organization = « { $name } » serait une nouvelle organisation, mais « { $existing } » figure dans l’annuaire : acceptez la correspondance (--accept-review)
sheet-problem-chosen-person = « { $chosen } », choisi pour « { $name } », n’est pas une personne de l’annuaire
sheet-problem-new-person = { $name } serait une nouvelle personne, mais « { $existing } » ({ $organization }) figure dans l’annuaire : acceptez la correspondance (--accept-review)
sheet-problem-meeting-keeps-counts = la réunion { $meeting } enregistre sa participation en effectifs par région, et non en liste nominative ; passez d’abord son mode de présence en liste nominative
sheet-problem-counts-need-meeting = une feuille d’effectifs par région remplit les effectifs d’une réunion : indiquez la réunion (--meeting CLÉ)
sheet-problem-meeting-keeps-roster = la réunion { $meeting } enregistre une liste nominative, et non des effectifs par région ; passez d’abord son mode de présence en effectifs par région
sheet-problem-no-participants-column = aucune colonne ne contient le nombre de participants
sheet-problem-unknown-region = « { $region } » n’est pas une région de l’UIT : écrivez AFR, AMS, ARB, ASP, CIS, EUR ou TSB, ou le nom de la région
sheet-problem-region-twice = la région { $region } est déjà comptée à la ligne { $row }
sheet-problem-not-a-count = « { $value } » n’est pas un effectif : écrivez un nombre entier, 0 ou plus
sheet-problem-no-key-column = un registre des réunions doit avoir une colonne de clés de réunion (key, code, référence, clave)
sheet-problem-no-key = aucune clé de réunion sur cette ligne
sheet-problem-key-twice = { $key } figure déjà à la ligne { $row }
sheet-problem-no-first-day = { $key } n’a pas de premier jour
sheet-problem-meeting-kind = « { $kind } » n’est pas un type de réunion : écrivez CTO meeting, CxO roundtable, bilateral, RG-IEM ou workshop
sheet-problem-attendance-mode = « { $mode } » n’indique pas comment la présence est enregistrée : écrivez roster ou counts
sheet-problem-documents = « { $value } » n’est pas un nombre de documents
import-looks-like-json = ressemble à du JSON, pas à du CSV : donnez au fichier l’extension .json
import-column-repeated = figure { $count } fois dans l’en-tête
import-no-header = la première ligne doit nommer les colonnes ; colonne(s) inconnue(s) { $unknown } ; colonnes attendues : { $expected } (* obligatoire)
import-unknown-columns = colonne(s) inconnue(s) { $unknown } ; colonnes attendues : { $expected } (* obligatoire)
import-missing-column = champ manquant { $column } : l’en-tête n’a pas cette colonne obligatoire
import-missing-columns = champs manquants { $columns } : l’en-tête n’a pas ces colonnes obligatoires
