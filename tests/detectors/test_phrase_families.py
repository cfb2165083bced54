"""Paraphrase stress test: per component, sentences as a municipality would write them.

An OFFER (the municipality offers the component: it must be found) and a TRAP (a mention, a plan, a paper or
phone channel, another body's service: it must not be found). The sentences are written for this test from
the phrase families of ../shared/reference/fingerprints_de.md §8 and §9, components.md and the labelling
conventions of ../shared/realpages/README.md, varying compounds, hyphenation, inflection, word order and the
form of address; none is taken from the real pages (which are only measured, by bench/realpages_eval.py).

Each case runs the way ``reifegrad detect`` runs a saved document: plain text as a ``text+links`` dump
(``detect_file.text_to_html``), markup as it is, one page of a site, summed per component.
"""
from __future__ import annotations

import pytest

from detectors.detect_file import looks_like_markup, text_to_html
from detectors.domains import registered_domain
from detectors.engine import aggregate
from detectors.page import PageArtifact

URL = "https://www.musterstadt.de/rathaus/buergerservice/seite"

# component -> (offers, traps); a case starting with "<" is markup, anything else a text document
CASES: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Den Antrag auf einen Bewohnerparkausweis können Sie bequem online stellen.",
        "Sie können Ihren Hund auch online anmelden.",
        "Beantragen Sie Ihr Führungszeugnis einfach online.",
        "Diese Leistung steht Ihnen als Onlinedienst zur Verfügung.",
        "Hier gelangen Sie zum Onlineantrag für das Wohngeld.",
        "Das Formular kann am Bildschirm ausgefüllt und elektronisch übermittelt werden.",
        "Füllen Sie das Formular online aus und senden Sie es direkt ab.",
        "Anträge auf Sondernutzung können rund um die Uhr digital gestellt werden.",
        "Den Antrag finden Sie auf service-bw.",
        "Die Gewerbeanmeldung erledigen Sie über Amt24.",
        "Diese Leistung können Sie über das BayernPortal beantragen.",
        "Nutzen Sie für die Anmeldung bitte unseren Online-Service.",
        "Wohnsitz ummelden: Online-Dienst starten",
        "Die Meldebescheinigung kann über das Serviceportal der Stadt beantragt werden.",
        "Ein digitaler Antrag ist über das Bürgerportal möglich.",
        "Im Online-Rathaus stehen Ihnen über 100 Verwaltungsleistungen zur Verfügung.",
        "Ihr Fahrzeug können Sie über i-Kfz online zulassen.",
        "Das Anliegen kann vollständig online erledigt werden.",
        "Onlineantrag Anwohnerparken",
        "Die Beantragung ist über den Online-Assistenten möglich.",
        '<a href="https://service.musterstadt.de/">Online-Dienste</a>',
        '<a href="https://serviceportal.musterstadt.de/">Onlinedienste</a>',
        '<a href="https://portal.musterstadt.de/">Online-Services</a>',
        '<a href="https://www.service-bw.de/zufi/leistungen/1234">Online-Rathaus</a>',
        '<a href="https://amt24.sachsen.de/">Digitales Rathaus</a>',
        '<a href="https://buergerservice.musterstadt.de/">Bürgerservice online</a>',
        "Die Ummeldung Ihres Wohnsitzes ist ab sofort auch digital möglich.",
        "Über unser Serviceportal können Sie zahlreiche Verwaltungsleistungen rund um die Uhr in Anspruch nehmen.",
        "Der Bauantrag kann seit 2024 digital eingereicht werden.",
        "Gewerbe können Sie bequem von zu Hause aus online an-, um- oder abmelden.",
        "Briefwahlunterlagen können Sie online beantragen.",
        "Antragstellung online über den OZG-Hub",
        "Sie können diese Leistung auch online in Anspruch nehmen.",
        "Diese Dienstleistung ist auch online verfügbar.",
        "Wohnsitz anmelden – jetzt auch digital",
        "Antrag online ausfüllen und absenden",
        "Sie können uns auch mit dem untenstehenden Onlinedienst Ihr Anliegen mitteilen.",
        "Schriftform erforderlich: nein. Online-Dienst vorhanden: ja.",
        "Nutzen Sie bitte unser Onlineformular, um die Sondernutzungserlaubnis zu beantragen.",
        "Die Beantragung erfolgt ausschließlich online über das Serviceportal Niedersachsen.",
        "Anträge nehmen wir auch elektronisch über unser Antragsportal entgegen.",
        "Onlinedienste der Stadtverwaltung",
        "Gewerbeanzeigen können elektronisch über das Gewerbe-Service-Portal.NRW erstattet werden.",
        "Ihren Antrag auf Wohngeld können Sie über das Internet stellen.",
        "Das Formular für die Anmeldung eines Hundes können Sie direkt am Bildschirm ausfüllen und online absenden.",
        "Die Anmeldung zur Kindertagespflege erfolgt über ein Online-Formular.",
        "Sperrmüll können Sie bequem im Internet anmelden.",
        "Zur Online-Beantragung",
        "Fundsachen können Sie über unser Online-Fundbüro melden.",
        "Den Antrag reichen Sie bitte über das Bürgerportal ein.",
        "Ein digitales Antragsverfahren steht zur Verfügung.",
        "Leistungen online: Kfz-Zulassung, Meldebescheinigung, Führungszeugnis",
        "Das Formular können Sie online ausfüllen und absenden oder ausdrucken und per Post schicken.",
    ], [
        "Das Formular steht als PDF zum Herunterladen bereit. Bitte ausdrucken, unterschreiben und per Post an uns senden.",
        "Formulare zum Ausdrucken finden Sie in der Rubrik Downloads.",
        "Die Anmeldung ist nicht online möglich; bitte kommen Sie persönlich ins Bürgerbüro.",
        "Ein Online-Antrag ist derzeit noch nicht möglich.",
        "Bitte füllen Sie das Formular aus und geben Sie es im Bürgerbüro ab.",
        "Den ausgefüllten Antrag senden Sie bitte per Post oder per Fax an das Ordnungsamt.",
        "Das Formular können Sie am PC ausfüllen, ausdrucken und unterschrieben einreichen.",
        "Die Stadtbibliothek hat neue Öffnungszeiten; der Online-Katalog ist rund um die Uhr verfügbar.",
        '<a href="https://www.musterstadt.de/rathaus/online-dienste">Online-Dienste</a>',
        '<a href="https://www.musterstadt.de/formulare/antrag.pdf">Antrag auf Wohngeld (PDF)</a>',
        "Der Antrag ist schriftlich zu stellen; ein Onlineverfahren gibt es nicht.",
        "Online-Formulare werden derzeit erarbeitet und sollen im Herbst freigeschaltet werden.",
        "Eine Online-Beantragung ist leider nicht möglich.",
        "Ab 2026 sollen Bürgerinnen und Bürger ihren Wohnsitz online ummelden können.",
        "In der Nachbargemeinde Beispielhausen können Hunde jetzt online angemeldet werden.",
        "Diese Leistung ist nicht online verfügbar.",
        "Persönliches Erscheinen nötig: ja. Onlineverfahren möglich: nein.",
        "Die Formulare können Sie online herunterladen, ausdrucken und unterschrieben per Post zurücksenden.",
        "Antragsformular (PDF) – bitte vollständig ausfüllen und im Bürgerbüro abgeben.",
        "Das Online-Portal befindet sich derzeit im Aufbau.",
        "Onlinedienste des Landes Niedersachsen",
        "Die Stadt sucht für ihr Bürgerbüro eine Sachbearbeitung (m/w/d) für Online-Anträge.",
        # filled in on screen, then printed and posted (written by the lead after round 8; 7 fired before)
        "Sie können das Formular online ausfüllen und anschließend ausdrucken.",
        "Das Formular kann digital ausgefüllt, ausgedruckt und unterschrieben eingereicht werden.",
        "Bitte füllen Sie den Antrag online aus, drucken ihn aus und senden ihn unterschrieben an das Bürgerbüro.",
        "Der Antrag kann elektronisch ausgefüllt werden; er muss jedoch ausgedruckt und unterschrieben werden.",
        # a plan: the future word inside the phrase, or the procedure still being prepared
        "Die Stadt prüft, ob Anmeldungen künftig digital erledigt werden können.",
        "Anträge können ab dem kommenden Jahr online gestellt werden.",
        "Eine Antragstellung ist derzeit nur schriftlich möglich, ein Online-Verfahren ist in Vorbereitung.",
    ]),
    "epayment": ([
        "Die Gebühr können Sie direkt online bezahlen.",
        "Bezahlen Sie bequem per PayPal oder Kreditkarte.",
        "Die Zahlung erfolgt online per Kreditkarte, giropay oder PayPal.",
        "Die Gebühren werden am Ende des Online-Antrags per ePayment beglichen.",
        "Das Verwarnungsgeld können Sie online begleichen.",
        "Onlinebezahlung mit Kreditkarte oder paydirekt ist möglich.",
        "Die Kosten sind im Online-Verfahren per Online-Bezahlung zu entrichten.",
        "Zahlen Sie die Hundesteuer einfach elektronisch über unser Bezahlsystem.",
        "Nach Abschluss des Antrags werden Sie zum Bezahlvorgang weitergeleitet und zahlen per giropay oder Kreditkarte.",
        "Gebühren können direkt im Antrag per ePayment entrichtet werden.",
        "Knöllchen online bezahlen",
        "Bezahlt werden kann per PayPal, Kreditkarte oder giropay.",
        "E-Payment: Zahlen Sie Ihre Gebühren online.",
        "Nach dem Absenden des Antrags bezahlen Sie die Gebühr direkt online mit PayPal.",
        "Die Zahlung der Gebühren erfolgt über die Bezahlplattform ePayBL.",
        "Bezahlmöglichkeiten im Onlineverfahren: Kreditkarte, giropay",
        "Die Gebühr ist im Anschluss an die Antragstellung online zu entrichten.",
        "Bezahlung per giropay oder Kreditkarte möglich",
    ], [
        "Bitte überweisen Sie die Gebühr auf folgendes Konto: IBAN DE12 3456 7890 1234 5678 90, Sparkasse Musterstadt.",
        "Im Bürgerbüro können Sie bar oder mit EC-Karte bezahlen.",
        "Sie können Ihre Rechnung per Online-Banking überweisen.",
        "Erteilen Sie uns ein SEPA-Lastschriftmandat, dann buchen wir die Steuer automatisch ab.",
        "Die Stadtkasse akzeptiert keine Kreditkarten. Zahlungen bitte bargeldlos per Überweisung.",
        "Die Gebühr ist bei Abholung im Bürgerbüro bar oder mit Girocard zu zahlen.",
        "Die Verwaltungsgebühr beträgt 25 Euro und ist bar zu entrichten.",
        "Die Kita-Gebühren werden per Lastschrift eingezogen.",
        "Zahlungen an die Stadtkasse bitte per Online-Überweisung unter Angabe des Kassenzeichens.",
        "Das Bußgeld können Sie mit dem Kassenzeichen per Online-Banking überweisen.",
        "Zahlungsarten im Bürgerbüro: Bargeld, EC-Karte",
        "Bankverbindung: Sparkasse Musterstadt; PayPal wird nicht akzeptiert.",
    ]),
    "service_account": ([
        "Melden Sie sich mit Ihrer BundID an.",
        "Für die Nutzung der Onlinedienste benötigen Sie ein Nutzerkonto (BundID).",
        "Registrieren Sie sich einmalig im Serviceportal und nutzen Sie alle Leistungen.",
        "Mit einem Servicekonto können Sie Anträge online stellen und den Bearbeitungsstand verfolgen.",
        "Die Anmeldung erfolgt über die BayernID.",
        "Loggen Sie sich mit Ihrem Servicekonto.NRW ein.",
        "Unternehmen melden sich mit Mein Unternehmenskonto an.",
        "Legen Sie ein kostenloses Bürgerkonto an, um Anträge zu speichern.",
        "Einloggen mit der DeutschlandID",
        "Sie können den Antrag mit Ihrer BayernID stellen.",
        "Ihr Nutzerkonto Bund: einmal registrieren, überall nutzen.",
        "Anmelden mit Mein Unternehmenskonto",
        "Mit dem Servicekonto.NRW erledigen Sie Behördengänge online.",
        "Für die Nutzung ist eine Registrierung im BayernPortal erforderlich.",
        "Um den Onlinedienst nutzen zu können, benötigen Sie ein Nutzerkonto (z. B. BundID oder Servicekonto Niedersachsen).",
        "Loggen Sie sich mit Ihrer BundID ein und füllen Sie den Antrag aus.",
        "Anträge stellen Sie nach Anmeldung mit Ihrem Servicekonto.",
        "Sie benötigen ein BayernID-Konto.",
    ], [
        "Mit Ihrem Bibliotheksausweis können Sie sich im Benutzerkonto der Stadtbibliothek anmelden und Medien verlängern.",
        "Zum Newsletter melden Sie sich mit Ihrer E-Mail-Adresse an.",
        "Login für Ratsmitglieder",
        "Ihren persönlichen Zugangscode für den Antrag erhalten Sie per Post.",
        "Die Sparkasse bietet ein kostenloses Girokonto für Vereine an.",
        "Die BundID wird vom Bundesministerium des Innern betrieben.",
        "Melden Sie sich mit Ihrer Lesernummer im Bibliothekskonto an.",
        "Ratsmitglieder melden sich im Ratsinformationssystem mit ihrem Benutzerkonto an.",
    ]),
    "eid": ([
        "Sie können sich mit Ihrem Online-Ausweis identifizieren.",
        "Für die Antragstellung benötigen Sie einen Personalausweis mit aktivierter Online-Ausweisfunktion.",
        "Identifizieren Sie sich mit der eID-Funktion Ihres Personalausweises.",
        "Die Anmeldung im Serviceportal erfolgt mit dem Online-Ausweis.",
        "Login mit eID",
        "Weisen Sie sich mit Ihrem elektronischen Personalausweis online aus.",
        "Diesen Onlinedienst nutzen Sie mit der Online-Ausweisfunktion und der AusweisApp.",
        "Authentifizieren Sie sich per Smart-eID mit Ihrem Smartphone.",
        "Die Identifizierung erfolgt mit dem Online-Ausweis.",
        "Diesen Antrag unterschreiben Sie elektronisch mit der Online-Ausweisfunktion Ihres Personalausweises.",
        "Um den Onlinedienst zu nutzen, benötigen Sie die AusweisApp und Ihren Personalausweis mit Online-Ausweisfunktion.",
        "Mit der eID-Funktion können Sie Ihre Anträge bei uns sicher online stellen.",
        "Zur Identifizierung nutzen Sie die Online-Ausweisfunktion Ihres Personalausweises.",
        "Mit Ihrem Online-Ausweis können Sie diesen Antrag rechtssicher und ohne Unterschrift stellen.",
        "Die Online-Ausweisfunktion ermöglicht Ihnen, diesen Antrag vollständig digital zu stellen.",
        "Anmeldung mit eID",
        "Bestätigen Sie Ihre Identität anschließend mit dem elektronischen Identitätsnachweis.",
        "Im letzten Schritt belegen Sie Ihre Identität über die Online-Ausweisfunktion.",
    ], [
        "Der Personalausweis wird mit eingeschalteter Online-Ausweisfunktion ausgegeben. Die PIN erhalten Sie per PIN-Brief.",
        "Haben Sie Ihre PIN vergessen? Den PIN-Rücksetzbrief können Sie beim Bund bestellen.",
        "Die Online-Ausweisfunktion kann im Bürgerbüro gesperrt oder entsperrt werden.",
        "Mit der Online-Ausweisfunktion können Sie sich im Internet sicher ausweisen.",
        "Für die Beantragung eines Personalausweises benötigen Sie ein biometrisches Passfoto.",
        "Bei Verlust des Personalausweises lassen Sie bitte die Online-Ausweisfunktion sperren.",
        "Die Online-Ausweisfunktion ist seit 2017 bei jedem neuen Ausweis eingeschaltet.",
        "Informationen zur Online-Ausweisfunktion finden Sie auf dem Personalausweisportal des Bundes.",
        "Mit der Online-Ausweisfunktion können Sie sich gegenüber Behörden und Unternehmen ausweisen.",
        "Die PIN für die Online-Ausweisfunktion können Sie im Bürgerbüro neu setzen lassen.",
        "Die Online-Ausweisfunktion kann auch für Bankgeschäfte genutzt werden.",
        "Mit dem elektronischen Identitätsnachweis können Bürgerinnen und Bürger ihre Identität im Internet belegen.",
    ]),
    "de_mail": ([
        "De-Mail: stadtverwaltung@musterstadt.de-mail.de",
        "Sie erreichen uns auch per De-Mail unter poststelle@musterstadt-verwaltung.de-mail.de.",
    ], [
        "De-Mail ist ein Kommunikationsmittel, das die rechtsverbindliche Kommunikation im Internet ermöglicht.",
        "Die Stadt bietet keine De-Mail-Adresse an.",
    ]),
    "secure_mailbox": ([
        "Für die rechtsverbindliche elektronische Kommunikation ist ein Zugang über die Virtuelle Poststelle eröffnet.",
        "Sie können uns verschlüsselte E-Mails senden; unseren öffentlichen S/MIME-Schlüssel finden Sie hier.",
        "Elektronische Zugangseröffnung gemäß § 3a VwVfG",
        "Bescheide stellen wir Ihnen in das Postfach Ihres Nutzerkontos zu.",
        "Unseren PGP-Schlüssel können Sie hier herunterladen. Bitte senden Sie vertrauliche Dokumente nur verschlüsselt.",
        "Dokumente mit qualifizierter elektronischer Signatur senden Sie bitte an unser elektronisches Behördenpostfach.",
        "Nutzen Sie für vertrauliche Nachrichten unser sicheres Kontaktformular.",
        "Behörden und Gerichte erreichen uns über das beBPo (EGVP).",
        "Für die Übermittlung elektronischer Dokumente ist der Zugang über das elektronische Gerichts- und "
        "Verwaltungspostfach (EGVP) eröffnet.",
        "Für elektronische Dokumente mit qualifizierter elektronischer Signatur ist der Zugang über unser Verwaltungspostfach eröffnet.",
        "Verschlüsselte Kommunikation: Unseren öffentlichen Schlüssel (S/MIME) finden Sie hier.",
    ], [
        "E-Mail: info@musterstadt.de. Bitte beachten Sie, dass E-Mails unverschlüsselt übertragen werden.",
        "Die Übertragung des Kontaktformulars erfolgt SSL-verschlüsselt (https).",
        "Schreiben Sie uns eine E-Mail an rathaus@musterstadt.de.",
        "Ihre Daten werden über eine sichere Verbindung verschlüsselt übermittelt.",
        "Die Übertragung Ihrer Anfrage erfolgt verschlüsselt über SSL.",
        "Der neue Zugang zum Stadtpark wurde am Samstag feierlich eröffnet.",
    ]),
    "appointment_booking": ([
        "Vereinbaren Sie online einen Termin im Bürgerbüro.",
        "Termine im Bürgerbüro werden ausschließlich online vergeben.",
        "Buchen Sie Ihren Wunschtermin bequem von zu Hause aus online.",
        "Online-Terminvereinbarung für die Kfz-Zulassungsstelle",
        "Termine für die Ausländerbehörde können über das Terminportal gebucht werden.",
        "Onlineterminvergabe Standesamt",
        "Über unsere Online-Terminbuchung reservieren Sie Ihren Termin.",
        "Einen Termin können Sie auch über das Internet reservieren.",
        "Terminvereinbarung: online oder telefonisch unter 01234 5678-0",
        '<a href="https://termine.musterstadt.de/">Termin online vereinbaren</a>',
        '<a href="https://www.musterstadt.de/termin">Jetzt Termin buchen</a>',
        "Vorsprachen nur mit Termin – hier geht es zur Online-Terminvereinbarung.",
        "Termine für das Standesamt können rund um die Uhr im Internet gebucht werden.",
        "Wunschtermin online reservieren",
        "Ihren Beratungstermin können Sie bequem online vereinbaren.",
        "Das Bürgerbüro arbeitet mit Terminvergabe. Buchen Sie Ihren Termin vorab.",
        "Termine können Sie auch über unsere Website buchen.",
        "Für Vorsprachen im Bürgerbüro ist eine vorherige Online-Terminbuchung erforderlich.",
        "Termine im Standesamt: bitte online buchen",
        "Reservieren Sie jetzt Ihren Termin im Online-Terminkalender.",
    ], [
        "Termine nur nach telefonischer Vereinbarung unter 01234 5678-0.",
        "Vereinbaren Sie telefonisch einen Termin mit dem Standesamt.",
        "Die Online-Terminvergabe ist derzeit leider nicht möglich. Bitte rufen Sie uns an.",
        "Termine der Gemeinderatssitzungen finden Sie im Sitzungskalender.",
        "Sprechzeiten nach Vereinbarung. Bitte melden Sie sich vorher per E-Mail.",
        "Die nächsten Termine der Sperrmüllabfuhr finden Sie im Abfallkalender.",
        "Die Termine für die Müllabfuhr finden Sie online im Abfallkalender.",
        "Eine Online-Terminvereinbarung ist für dieses Anliegen nicht erforderlich.",
        "Startseite Rathaus Leistungen A–Z Online-Dienste Formulare Terminvereinbarung Antrag online stellen Suchen Kontakt",
        "Buchen Sie Ihren Termin telefonisch unter 01234 5678-0.",
        "Terminvereinbarung bitte telefonisch oder per E-Mail.",
        "Termine für die Schadstoffsammlung: siehe Abfallkalender online",
        "Wir bitten um Verständnis, dass keine Termine online vergeben werden.",
    ]),
    "council_info": ([
        "Sitzungstermine, Tagesordnungen und Niederschriften finden Sie im Ratsinformationssystem.",
        "Im Bürgerinformationssystem können Sie alle öffentlichen Vorlagen einsehen.",
        "Zum Bürgerinfoportal des Gemeinderats",
        "Kreistagsinformationssystem",
        "Alle Sitzungsunterlagen sind im Ratsinfo online abrufbar.",
        "Die Sitzungen des Stadtrats werden über Allris veröffentlicht.",
        "Informationen zu Gremien und Sitzungen finden Sie im Rats- und Bürgerinformationsportal.",
        "Alle Sitzungen, Tagesordnungen und Beschlüsse finden Sie in unserem Ratsinfo-Portal.",
        "Recherche in Vorlagen und Beschlüssen im Gremieninformationssystem",
        "Die Tagesordnungen der Ausschüsse finden Sie im Ratsinformationssystem der Stadt.",
        "Sitzungskalender, Gremien, Vorlagen und Beschlüsse: Zum Bürgerinformationssystem",
        "Vorlagen und Niederschriften der öffentlichen Sitzungen stehen im RIS bereit.",
        "Öffentliche Sitzungsunterlagen im Bürgerinformationssystem",
    ], [
        "Der Gemeinderat tagt am 12. März im Rathaussaal. Die Tagesordnung hängt im Schaukasten aus.",
        "Die Niederschrift der Sitzung vom 3. Mai (PDF, 230 KB)",
        "Der Ortschaftsrat besteht aus acht Mitgliedern.",
        "Die Vorlagen liegen in der Sitzung aus; Bürgerinfo: Die Sitzung ist öffentlich.",
        "Das Risiko von Hochwasser wird im Ortschaftsrat beraten.",
        "Die Mitglieder des Gemeinderats melden sich mit ihrem Passwort im internen Gremienportal an.",
        "Gemeinderatssitzung: Tagesordnung online im Amtsblatt",
    ]),
    "issue_reporting": ([
        "Schlaglöcher, defekte Straßenlaternen oder wilde Müllablagerungen können Sie uns über den Mängelmelder mitteilen.",
        "Melden Sie Schäden an Straßen und Gehwegen bequem online.",
        "Sie haben ein Schlagloch entdeckt? Melden Sie es uns über unser Online-Meldeportal.",
        "Mit dem Schadensmelder können Sie Missstände im Stadtgebiet direkt an die Verwaltung melden.",
        "Über den Maerker können Sie Hinweise auf Probleme an die Gemeinde geben.",
        "Straßenschäden online melden",
        "Defekte Straßenbeleuchtung können Sie über unser Online-Formular melden.",
        '<a href="https://www.musterstadt.de/maengelmelder/">Mängel melden</a>',
        "Wilde Müllkippe entdeckt? Nutzen Sie unseren Mängelmelder.",
        "Defekte Ampeln, Schlaglöcher oder überquellende Mülleimer können rund um die Uhr online gemeldet werden.",
        "Melden Sie Schlaglöcher, defekte Straßenlaternen oder illegale Müllablagerungen direkt per App.",
        "Ist Ihnen ein Schaden an einer Straße aufgefallen? Über unseren Schadensmelder können Sie ihn direkt melden.",
        "Mängel im öffentlichen Raum können Sie bequem über den Mängelmelder der Stadt melden.",
        "Über die App Sag's doch melden Sie Schäden direkt an die Verwaltung.",
    ], [
        "Störungen der Straßenbeleuchtung melden Sie bitte telefonisch unter 01234 5678-0.",
        "Stromausfall? Störungen melden Sie bitte direkt dem Netzbetreiber.",
        "Wenn Ihnen Mängel in Bezug auf die barrierefreie Gestaltung dieser Website auffallen, schreiben Sie uns eine E-Mail.",
        "Fundsachen geben Sie bitte im Bürgerbüro ab.",
        "Schäden an Gemeindestraßen bitte dem Bauhof telefonisch melden.",
        "Barrieren melden: Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Nutzen Sie unser Kontaktformular.",
    ]),
    "participation": ([
        "Beteiligen Sie sich online an der Planung des neuen Marktplatzes.",
        "Bis zum 30. April können Sie auf der Beteiligungsplattform Ihre Ideen einbringen.",
        "Online-Umfrage zum Radverkehr: Jetzt mitmachen!",
        "Nehmen Sie an unserer Onlinebefragung zur Innenstadt teil.",
        "Bürgerhaushalt: Vorschläge können bis Ende Mai online eingereicht werden.",
        "Die Onlinebeteiligung zum Lärmaktionsplan läuft bis 15. Juni.",
        "Auf der Plattform können Sie die Entwürfe kommentieren und über Vorschläge abstimmen.",
        "E-Partizipation: Ihre Meinung zum Klimaschutzkonzept ist gefragt.",
        "Ihre Meinung ist gefragt: Bis zum 15. März können Sie sich online an der Umfrage beteiligen.",
        "Bürgerhaushalt 2025: Jetzt Vorschläge einreichen und bewerten",
        "Bis zum 30. Juni können Bürgerinnen und Bürger ihre Anregungen über das Beteiligungsportal einbringen.",
        "Beteiligen Sie sich bis zum 31. Mai an der Online-Befragung zum Radverkehr.",
        "Über die Plattform Mitreden Musterstadt können Sie Ideen einbringen und kommentieren.",
        "Stimmen Sie online über die Vorschläge zum Bürgerhaushalt ab.",
        "Die Online-Konsultation zum Nahverkehrsplan ist freigeschaltet.",
    ], [
        "Die Planunterlagen liegen vom 2. bis 30. Mai im Rathaus öffentlich aus. "
        "Stellungnahmen können schriftlich oder zur Niederschrift abgegeben werden.",
        "Zur Bürgerversammlung am 5. Mai sind alle Einwohnerinnen und Einwohner eingeladen.",
        "Der Bürgerhaushalt wurde 2019 eingestellt.",
        "Vorschläge können Sie schriftlich im Rathaus einreichen.",
        "Beteiligung der Träger öffentlicher Belange nach § 4 BauGB",
        "Die Umfrage ist beendet. Vielen Dank für Ihre Teilnahme an der Bürgerversammlung.",
        "Eine Beteiligung ist nur schriftlich möglich.",
    ]),
    "geoportal": ([
        "Im Geoportal des Landkreises finden Sie Luftbilder und Flurkarten.",
        "Die rechtskräftigen Bebauungspläne können Sie online einsehen.",
        "Alle Bebauungspläne stehen im Internet zur Einsicht bereit.",
        "Unser interaktiver Stadtplan zeigt alle öffentlichen Einrichtungen.",
        "Die Daten stehen auch als WMS-Dienst zur Verfügung.",
        "Das Bürger-GIS der Gemeinde bietet Zugriff auf Bauleitpläne.",
        "Flächennutzungsplan online",
        "Karten und Luftbilder finden Sie im GeoPortal.",
        "Die Bebauungspläne sind über das Geoinformationssystem der Stadt abrufbar.",
        "Rechtskräftige Bebauungspläne: digital einsehbar",
        "Den Online-Stadtplan finden Sie hier.",
        "Im Kartenportal finden Sie Bebauungspläne, Luftbilder und Bodenrichtwerte.",
        "Alle Bebauungspläne der Gemeinde können digital eingesehen werden.",
        "Nutzen Sie unser Geoinformationssystem, um Flurstücke zu finden.",
    ], [
        "Der Flächennutzungsplan liegt im Bauamt zur Einsicht aus.",
        "Stadtplan (PDF, 2 MB) zum Ausdrucken",
        "Karten für das Konzert gibt es im Bürgerbüro.",
        "Unsere Seite bindet den Online-Kartendienst Google Maps ein.",
        "Bebauungsplan Nr. 12 Am Bach – Satzungsbeschluss",
    ]),
    "open_data": ([
        "Auf unserem Open-Data-Portal stellen wir Datensätze unter der Datenlizenz Deutschland bereit.",
        "Die Daten stehen unter der Lizenz dl-de/by-2-0 zur freien Nutzung.",
        "Besuchen Sie unser Open-Data-Portal.",
        "Die Datensätze der Stadt werden unter CC BY 4.0 veröffentlicht.",
        "Open Data: Hier finden Sie Datensätze der Stadtverwaltung in maschinenlesbaren Formaten.",
        "Offene Daten: Haushaltsdaten, Wahlergebnisse und Verkehrszählungen zum Download als CSV",
        "Alle Datensätze stehen unter der Datenlizenz Deutschland – Namensnennung – Version 2.0.",
        "Daten für alle: Haushaltspläne, Einwohnerzahlen und Standorte öffentlicher Einrichtungen stellen wir Ihnen "
        "zum freien Herunterladen bereit, unter der Lizenz CC BY 4.0.",
        "Im Open-Data-Portal der Stadt stehen über 100 Datensätze zum Download bereit.",
        "Die Stadt veröffentlicht ihre Daten als Open Data unter einer offenen Lizenz.",
    ], [
        "Open Data ist ein wichtiges Thema der Bundesregierung.",
        "Foto: Max Mustermann, CC BY-SA 4.0",
        "Die Daten des Zensus werden vom Statistischen Landesamt veröffentlicht.",
        "Datenschutz: Ihre Daten werden nicht an Dritte weitergegeben.",
        "Hintergrundkarte: © GeoBasis-DE / BKG 2024, Daten verändert, dl-de/by-2-0",
        "Die Zahlen finden Sie im Datenportal des Statistischen Landesamtes.",
        "Weitere Datensätze bietet das Open-Data-Portal des Landes.",
        "Open Data Day 2024 in Berlin",
    ]),
    "digital_strategy": ([
        "Der Gemeinderat hat am 12. Mai die Digitalisierungsstrategie der Stadt beschlossen.",
        "Hier finden Sie unsere Digitalisierungsstrategie als PDF.",
        "Die Smart-City-Strategie der Stadt wurde im Juli verabschiedet.",
        "Unsere Digitale Agenda 2030 (PDF, 3 MB)",
        "Die Handlungsfelder unserer Digitalstrategie sind Verwaltung, Bildung und Mobilität.",
        "Die Digitalisierungsstrategie des Landkreises steht hier zum Download bereit.",
        "Unsere Smart-City-Strategie umfasst vier Handlungsfelder: Mobilität, Bildung, Verwaltung und Klima.",
        "Der Kreistag hat die Digitalisierungsstrategie des Landkreises im März verabschiedet.",
        "Die Digitale Agenda der Gemeinde wurde 2023 vom Gemeinderat beschlossen.",
    ], [
        "Die Stadt will bis Ende 2026 eine Digitalisierungsstrategie erarbeiten.",
        "Die Digitalstrategie des Bundes (PDF)",
        "Der Antrag auf Erstellung einer Digitalstrategie wurde abgelehnt.",
        "Im Herbst soll eine Digitalstrategie erarbeitet werden.",
        "Die Digitalstrategie ist noch nicht beschlossen.",
    ]),
    "accessibility_statement": ([
        "<h1>Erklärung zur Barrierefreiheit</h1><p>Diese Website ist teilweise mit der BITV 2.0 vereinbar.</p>",
        "<h1>Barrierefreiheitserklärung</h1>",
        "<h1>Barrierefreiheits-Erklärung</h1>",
        "Stand der Vereinbarkeit mit den Anforderungen: Diese Website ist teilweise barrierefrei. "
        "Nicht barrierefreie Inhalte sind unten aufgeführt.",
        '<a href="/erklaerung-zur-barrierefreiheit">Erklärung zur Barrierefreiheit</a>',
        "<p>Diese Erklärung zur Barrierefreiheit wurde am 1. März erstellt.</p>",
        "<h2>Erklärung zur Barrierefreiheit dieser Website</h2>",
    ], [
        "<p>Barrierefreie Bushaltestellen: Der Umbau beginnt im Mai.</p>",
        "<p>Das Rathaus ist barrierefrei zugänglich.</p>",
        "<p>Förderprogramm für barrierefreies Bauen</p>",
    ]),
    "easy_language": ([
        "<h1>Leichte Sprache</h1>",
        "<p>Hier finden Sie Informationen in Leichter Sprache.</p>",
        '<a href="/leichte-sprache">Leichte Sprache</a>',
        "<p>Das Rathaus in Leichter Sprache erklärt</p>",
    ], [
        "<p>Die Sprache des Vertrags ist leicht verständlich.</p>",
    ]),
    "sign_language": ([
        "<p>Informationen in Deutscher Gebärdensprache (DGS)</p>",
        '<a href="/gebaerdensprache">Gebärdensprache</a>',
        "<p>Hier sehen Sie Videos in DGS.</p>",
        "<p>Gebärdensprachvideo: Was macht das Bürgerbüro?</p>",
    ], [
        "<p>Ein Kurs in Gebärden sprachlich gestalten? Nein.</p>",
        "<p>Zum Stadtfest kommt ein Gebärdensprachdolmetscher.</p>",
    ]),
    "mobile_app": ([
        "<p>Laden Sie die Stadt-App kostenlos im App Store oder bei Google Play herunter.</p>",
        "<p>Unsere Gemeinde-App ist für iOS und Android verfügbar.</p>",
        '<a href="https://apps.apple.com/de/app/musterstadt/id123456">Musterstadt-App im App Store</a>',
        "<p>Die DorfFunk-App können Sie jetzt im Play Store herunterladen.</p>",
        "<p>Mit der Gemeinde-App erhalten Sie Push-Nachrichten zu Abfuhrterminen. Jetzt im App Store herunterladen.</p>",
        "<p>Die neue Stadt-App ist da! Kostenlos für Android und iOS.</p>",
    ], [
        "<p>Die Warn-App NINA des Bundes informiert über Gefahren.</p>",
        "<p>Mit der AusweisApp können Sie sich online ausweisen.</p>",
        "<p>Die Fahrplanauskunft gibt es in der App des Verkehrsverbunds.</p>",
    ]),
    "chatbot": ([
        "<p>Fragen Sie unseren Chatbot!</p>",
        "<p>Unser digitaler Assistent beantwortet Ihre Fragen rund um die Uhr.</p>",
        "<p>Haben Sie Fragen? Chatten Sie mit unserem virtuellen Assistenten.</p>",
        "<p>Stellen Sie Ihre Frage an unseren KI-Assistenten.</p>",
        "<p>Chatten Sie mit unserem Bürgerbot.</p>",
        "<p>Der digitale Assistent auf dieser Website beantwortet Fragen rund um Abfall.</p>",
        "<p>Unser Chatbot Lisa beantwortet Ihre Fragen rund um die Uhr.</p>",
        "<p>Haben Sie eine Frage? Unser KI-gestützter Chatbot hilft Ihnen gerne weiter.</p>",
    ], [
        "<p>Die Stadt Beispielhausen hat einen Chatbot eingeführt.</p>",
        "<p>Künstliche Intelligenz: Chancen und Risiken für die Verwaltung</p>",
    ]),
    "newsletter": ([
        "<p>Abonnieren Sie unseren Newsletter.</p>",
        "<p>Melden Sie sich für unseren Newsletter an und bleiben Sie informiert.</p>",
        '<a href="/newsletter">Newsletter</a>',
        "<p>Aktuelle Meldungen als RSS-Feed</p>",
        "<p>Mit unserem Newsletter erhalten Sie alle Neuigkeiten per E-Mail.</p>",
        "<p>Den Newsletter der Stadt können Sie hier abonnieren.</p>",
        "<p>Newsletter: Jetzt kostenlos abonnieren</p>",
    ], [
        "<p>Der Bauhof leert die Papierkörbe wöchentlich.</p>",
        "<p>Der Newsletter wurde eingestellt.</p>",
    ]),
    "site_search": ([
        '<form action="/suche"><input type="text" name="q"></form>',
        "<p>Geben Sie einen Suchbegriff ein.</p>",
        "<p>Ihre Suche nach Hundesteuer ergab 3 Treffer.</p>",
    ], [
        "<p>Im Pressearchiv finden Sie alle Meldungen.</p>",
        "<p>Die Besucherzahlen im Freibad steigen.</p>",
        "<p>Wohnungssuche: Tipps für Studierende</p>",
        '<a href="https://www.google.de/">Suchmaschine</a>',
    ]),
}

# round 6, written after the first five and measured before any rule changed: 57 of 130 offers found, 16 of 85
# traps fired (README); then English and Leichte-Sprache variants, table cells, button labels, discontinued offers
ROUND6: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Hundesteuer: Anmeldung per Online-Formular",
        "Die Anmeldung Ihres Hundes nehmen wir auch online entgegen.",
        '<a class="btn" href="https://formulare.musterstadt.de/hundesteuer">Jetzt online beantragen</a>',
        "Bewohnerparkausweis – Antrag über das Online-Verfahren",
        "Ihre Wohnsitzanmeldung können Sie seit Kurzem vollständig digital erledigen – ohne Behördengang.",
        "Online-Antragsstellung",
        "Beantragung über das Verwaltungsportal Hessen",
        "Formular elektronisch ausfüllen und versenden",
        "Sie haben die Möglichkeit, den Antrag über unser Formularcenter digital zu übermitteln.",
        "Die Abmeldung einer Nebenwohnung funktioniert auch ohne Behördengang über das Internet.",
        "You can apply for a resident parking permit online.",
        "Sie können den Antrag im Internet machen.",
        "Wohngeld digital beantragen – so geht's",
        "<table><tr><th>Online-Antrag</th><td>verfügbar</td></tr></table>",
        "Hier können Sie Ihr Gewerbe elektronisch anmelden.",
        "Für die Verlängerung des Fischereischeins steht ein Online-Dienst des Landes zur Verfügung.",
        "Antrag stellen (Onlinedienst, Anmeldung mit BundID erforderlich)",
        "Vorgänge wie die Ummeldung lassen sich über Kommune365 papierlos abwickeln.",
        "E-Antrag Sondernutzungserlaubnis",
        "Anträge im Bereich Baurecht nehmen wir über das Bauportal Mecklenburg-Vorpommern elektronisch entgegen.",
    ], [
        "Bitte laden Sie das Formular herunter, füllen es aus und schicken es unterschrieben an die "
        "Gemeindeverwaltung zurück.",
        "Die Anmeldung Ihres Hundes ist formlos per Brief oder persönlich im Rathaus möglich.",
        "Den Online-Antrag für die Briefwahl haben wir zum 31. Dezember abgeschaltet.",
        "Künftig sollen alle Anträge auch digital gestellt werden können.",
        "Das Land Brandenburg stellt ab dem nächsten Jahr ein Serviceportal für alle Kommunen bereit.",
        "Wir verwenden Cookies, um Ihnen unsere Online-Dienste bereitstellen zu können. Alle akzeptieren",
        "Wir suchen eine:n Projektleiter:in Onlinezugangsgesetz zur Digitalisierung unserer Verwaltungsleistungen.",
        "Die Stadt Beispielstadt bietet seit Montag die Ummeldung online an, berichtet die Lokalzeitung.",
        "Bei der Nutzung des Kontaktformulars werden Ihre Angaben zur Bearbeitung der Anfrage gespeichert.",
        "Telefonische Anmeldung unter 0351 1234-0; eine Online-Anmeldung bieten wir nicht an.",
        "Online-Antrag (derzeit außer Betrieb)",
        "Die PDF-Formulare können Sie am Computer ausfüllen; bitte drucken Sie sie anschließend aus und "
        "unterschreiben Sie.",
    ]),
    "epayment": ([
        "Zahlungsmöglichkeiten: PayPal, Visa, Mastercard, giropay",
        "Im letzten Schritt wählen Sie eine Zahlungsart (z. B. Kreditkarte oder PayPal) und schließen den "
        "Vorgang ab.",
        "Verwarnungsgeld online zahlen",
        "Bezahlung: online mit Kreditkarte, Apple Pay oder Google Pay",
        "Hundemarke bestellen und gleich online bezahlen",
        "Pay your fee online by credit card.",
        "Die Gebühr wird sofort fällig; Sie bezahlen sie am Ende des Antrags über pmPayment.",
        "<table><tr><td>Bezahlung</td><td>online (giropay, PayPal, Kreditkarte)</td></tr></table>",
        "Die Gebühr begleichen Sie im Anschluss an die Antragstellung per Online-Zahlung.",
    ], [
        "Die Gebühr zahlen Sie bei Abholung an der Kasse, Kartenzahlung ist möglich.",
        "Zahlungen bitte ausschließlich per Überweisung; Barzahlungen sind nicht mehr möglich.",
        "Für Zahlungen per PayPal im Webshop des Tourismusvereins gelten dessen Geschäftsbedingungen.",
        "Datenschutz: Bei Zahlung über PayPal werden Ihre Daten an PayPal (Europe) S.à r.l. et Cie, S.C.A. "
        "übermittelt.",
        "Ab Herbst wird die Online-Bezahlung im Bürgerportal eingeführt.",
        "Der Kreis sucht eine Sachbearbeitung für die Kreiskasse (E-Payment, Zahlungsverkehr).",
    ]),
    "service_account": ([
        '<a href="https://id.bund.de/de/login">Mit BundID anmelden</a>',
        "Voraussetzung: Nutzerkonto (BundID, ELSTER-Zertifikat oder Online-Ausweis)",
        "Nach dem Login im Bürgerkonto finden Sie Ihr Postfach und Ihre Anträge.",
        "Unternehmen authentifizieren sich über das Unternehmenskonto (ELSTER-Zertifikat).",
        "Die Antragstellung setzt ein BundID-Konto voraus.",
        "Sign in with BundID to submit your application.",
        "Mit dem Nutzerkonto Bund (BundID) können Sie diesen Antrag digital stellen.",
        "Bürgerinnen und Bürger können über das Service-Konto Berlin den Bearbeitungsstand einsehen.",
        "Noch kein Servicekonto? Jetzt kostenlos registrieren und Anträge online stellen.",
    ], [
        "Mitgliederbereich: Login für Vereine",
        "Das Kundenkonto im Onlineportal verwalten die Stadtwerke Musterstadt GmbH.",
        "Die BundID soll nach Plänen des Bundes zur DeutschlandID weiterentwickelt werden.",
        "Zugang zum Intranet (nur für Beschäftigte)",
        "Ratsmitglieder loggen sich mit ihrem Mandatsträger-Konto im Ratsportal ein.",
    ]),
    "eid": ([
        "Identifizierung: Online-Ausweis (Personalausweis, eID-Karte oder elektronischer Aufenthaltstitel)",
        "Zum Abschluss bestätigen Sie den Antrag mit Ihrem Personalausweis und der AusweisApp.",
        "Voraussetzungen: Personalausweis mit freigeschalteter eID-Funktion, Kartenlesegerät oder "
        "NFC-fähiges Smartphone",
        "Login per Online-Ausweis",
        "Im Antrag weisen Sie sich mit Ihrem Ausweis online aus.",
        "Die Authentifizierung erfolgt über die eID-Funktion des Personalausweises (Vertrauensniveau hoch).",
        "Identify yourself online with your German ID card (eID function).",
    ], [
        "Transport-PIN vergessen? Der Bund verschickt Ihnen einen neuen PIN-Brief.",
        "Bei Ausweisen für Kinder unter 16 Jahren ist die Online-Ausweisfunktion nicht nutzbar.",
        "Die AusweisApp steht für Android und iOS zum Herunterladen bereit.",
        "Künftig soll die Anmeldung im Bürgerportal auch mit der Smart-eID möglich sein.",
        "Elektronischer Aufenthaltstitel: Bitte vereinbaren Sie einen Termin in der Ausländerbehörde.",
    ]),
    "de_mail": ([
        "De-Mail-Adresse: poststelle@landkreis-muster.de-mail.de",
        '<a href="mailto:rathaus@gemeinde-beispiel.de-mail.de">rathaus@gemeinde-beispiel.de-mail.de</a>',
        "Per De-Mail: info@stadt-muster.de-mail.de (nur für rechtsverbindliche Nachrichten)",
    ], [
        "Unser De-Mail-Postfach wurde zum 31. August abgeschaltet.",
        "Die Telekom hat ihren De-Mail-Dienst eingestellt.",
        "Die Adresse stadt@musterstadt.de-mail.de ist seit dem 1. Januar nicht mehr erreichbar.",
    ]),
    "secure_mailbox": ([
        "Für formgebundene Anträge steht Ihnen unser elektronisches Postfach (OSCI/Governikus) zur Verfügung.",
        "Schriftformersetzende Dokumente senden Sie bitte über die Virtuelle Poststelle der Stadt.",
        "Vertrauliche Unterlagen können Sie uns über das sichere Kontaktformular zukommen lassen.",
        "Wir empfangen Ende-zu-Ende-verschlüsselte E-Mails. Unseren Schlüssel erhalten Sie hier.",
        "Rechtsanwälte und Behörden erreichen uns über das besondere elektronische Behördenpostfach (beBPo).",
        "Elektronisch signierte Dokumente (qualifizierte elektronische Signatur) senden Sie an "
        "poststelle@kreis-beispiel.de.",
        "Die Antwort erhalten Sie in Ihr BundID-Postfach.",
    ], [
        "Bitte senden Sie uns keine vertraulichen Daten per E-Mail.",
        "Die Übertragung erfolgt TLS-verschlüsselt.",
        "Das Postfach im Foyer des Rathauses wird täglich geleert.",
        "Ein Zugang für elektronische Dokumente ist nicht eröffnet.",
        "Briefkasten: Hauptstraße 1, 01234 Musterstadt",
    ]),
    "appointment_booking": ([
        '<a href="https://termine.landkreis-muster.de/fuehrerschein">Terminbuchung Führerscheinstelle</a>',
        "Termine für Ausweis und Pass vereinbaren Sie bitte über unser Online-Buchungstool.",
        "Bitte buchen Sie vorab über unseren Terminservice im Internet einen Termin.",
        "Ohne Termin keine Bedienung – Termine gibt es online unter termine.landkreis-muster.de",
        '<button type="button">Jetzt Termin online reservieren</button>',
        "Book an appointment online",
        "Online-Terminreservierung für das Einwohnermeldeamt",
        "Sie können Ihren Wunschtermin im Terminkalender auswählen und direkt buchen.",
    ], [
        "Terminabsprache ausschließlich telefonisch unter 03461 123-0",
        "Veranstaltungstermine online: Der Veranstaltungskalender zeigt alle Termine im Kreis.",
        "Die Online-Terminvergabe wurde eingestellt; bitte kommen Sie zu den Öffnungszeiten.",
        "Ab Januar wird eine Online-Terminvergabe eingeführt.",
    ]),
    "council_info": ([
        "Sitzungsvorlagen, Tagesordnungen und Protokolle: Ratsinformationssystem (SessionNet)",
        '<a href="https://www.musterstadt.de/politik/ratsinfo">Zum Ratsinfosystem</a>',
        "Der Kreistag veröffentlicht seine Beschlussvorlagen im Kreistagsinformationssystem.",
        "Bürgerinformationssystem – Gremien, Sitzungen, Vorlagen",
        "Die Einladungen zu den Sitzungen des Verbandsgemeinderats stehen im Ratsinfo zum Abruf bereit.",
        "Mandatsträger und Öffentlichkeit: Sitzungsdienst online (ALLRIS)",
        '<a href="https://sessionnet.krz.de/gemeinde-x/bi/si0040.asp">Sitzungskalender</a>',
        "Politik online: Sitzungen und Vorlagen im Rats- und Bürgerinfo-System",
    ], [
        "Die Sitzungsniederschriften liegen im Rathaus, Zimmer 12, zur Einsicht aus.",
        "Kreistagswahl 2024: Ergebnisse",
        "Die Gemeinde plant die Einführung eines Ratsinformationssystems im kommenden Jahr.",
        "Protokoll der Gemeinderatssitzung vom 14. Februar (PDF)",
    ]),
    "issue_reporting": ([
        "Defekte Laterne? Jetzt online melden!",
        "Ihr Anliegen an den Bauhof: Schäden im Gemeindegebiet per Online-Meldung",
        "Klarschiff – Hinweise und Probleme im Stadtgebiet melden",
        "Meldeplattform für Schäden an Straßen, Wegen und Plätzen",
        "Illegale Müllablagerungen können Sie über unser Meldeportal „Sauberes Musterstadt“ anzeigen.",
        "Report a problem: potholes, broken street lights, graffiti",
        "Schlagloch, Graffiti, Müll: Hier Hinweis online abgeben",
    ], [
        "Störungen der Wasserversorgung melden Sie dem Zweckverband rund um die Uhr telefonisch.",
        "Fehler auf dieser Website? Schreiben Sie dem Webmaster.",
        "Der Mängelmelder der Stadt wurde eingestellt.",
        "Gefahrenstellen bitte umgehend der Polizei melden (Notruf 110).",
        "Ihre schriftliche Beschwerde richten Sie bitte an den Bürgermeister.",
    ]),
    "participation": ([
        "Jetzt mitreden: Online-Beteiligung zum Spielplatzkonzept bis 30. September",
        "Auf beteiligung.musterstadt.de können Sie den Entwurf des Radverkehrskonzepts kommentieren.",
        "Machen Sie mit bei unserer Bürgerbefragung – online bis zum 12. Oktober.",
        "Ideenplattform: Ihre Vorschläge für den Stadtpark",
        "Stellungnahmen zum Bebauungsplan können während der Auslegungsfrist auch online über das "
        "Beteiligungsportal abgegeben werden.",
        "Wie zufrieden sind Sie mit dem Bürgerbüro? Zur Umfrage (5 Minuten)",
        "Have your say: online consultation on the mobility plan",
    ], [
        "Die Offenlage des Bebauungsplans Nr. 45 findet vom 3. bis 4. Juni im Bauamt statt.",
        "Einwohnerfragestunde vor jeder Gemeinderatssitzung",
        "Die Online-Befragung ist abgeschlossen; die Ergebnisse werden im Herbst vorgestellt.",
        "Das Land Sachsen-Anhalt startet eine Online-Umfrage zur Landesentwicklung.",
    ]),
    "geoportal": ([
        "Bauleitpläne im Internet: Alle gültigen Pläne finden Sie im GIS-Portal.",
        "Zum Geodatenviewer",
        "Interaktive Karte der Wanderwege und Sehenswürdigkeiten",
        "Hier geht's zum Ortsplan online.",
        "WebGIS der Verbandsgemeinde",
        "Bebauungsplan-Auskunft online",
        "Stadtkarte interaktiv",
    ], [
        "Anfahrt: Die Karte wird von Google Maps geladen. Mit dem Laden akzeptieren Sie die "
        "Datenschutzerklärung von Google.",
        "Der Bebauungsplan liegt ab Montag im Rathaus aus.",
        "Wanderkarten erhalten Sie in der Tourist-Information.",
        "Flurkarten beantragen Sie schriftlich beim Vermessungsamt.",
    ]),
    "open_data": ([
        "Offene Daten der Stadt: Haushalt, Bevölkerung und Wahlen als CSV-Download (Lizenz: dl-de/zero-2-0)",
        "Unsere Datensätze finden Sie auch auf GovData.",
        "Opendata-Portal der Stadt",
        "Die Daten des Baumkatasters stehen unter Creative Commons (CC BY 4.0) zum Download.",
        "Die Wahlergebnisse stellen wir als offene Daten bereit (JSON, CSV).",
    ], [
        "Personenbezogene Daten werden ausschließlich zur Bearbeitung Ihres Antrags verwendet.",
        "Karten: © OpenStreetMap-Mitwirkende, ODbL",
        "Open Data soll künftig auch in unserer Verwaltung eine Rolle spielen.",
        "Bild: Pixabay, CC0",
    ]),
    "digital_strategy": ([
        "Digitalstrategie 2030 der Stadt Musterstadt (PDF, 4 MB)",
        "Der Stadtrat hat im November einstimmig die Smart City Strategie beschlossen.",
        "Unsere Digitalisierungsstrategie: Leitbild, Handlungsfelder, Maßnahmen",
        "Strategie „Digitale Kommune“ – beschlossen vom Kreistag am 3. Juli",
    ], [
        "Die Digitalstrategie des Freistaats Sachsen wurde fortgeschrieben.",
        "Die Gemeinde beginnt im kommenden Jahr mit der Erarbeitung einer Digitalstrategie.",
        "Die Smart-City-Strategie wurde vom Stadtrat zurückgezogen.",
        "Stellenausschreibung: Referent:in für die Digitalstrategie (m/w/d)",
    ]),
    "accessibility_statement": ([
        '<a href="/barrierefreiheitserklaerung">Barrierefreiheitserklärung</a>',
        "<h1>Erklärung zur digitalen Barrierefreiheit</h1>",
        "<h1>Accessibility statement</h1><p>This website is partially compliant with the BITV 2.0.</p>",
        "<h2>Erklärung zur Barriere·freiheit</h2>",
    ], [
        "<p>Barrierefreie Wohnungen in der Altstadt zu vermieten</p>",
        "<p>Der Spielplatz wird barrierefrei umgebaut.</p>",
        "<p>Förderung: Barrierefreiheit im öffentlichen Raum</p>",
    ]),
    "easy_language": ([
        "<p>Infos in Leichter Sprache</p>",
        '<a href="/leichte-sprache">Einfach erklärt: Leichte Sprache</a>',
        "<h2>Die Gemeinde Muster in Leichter Sprache</h2>",
        "<p>Leichte-Sprache-Version dieser Seite</p>",
    ], [
        "<p>Einfache Sprache im Behördenbrief: Workshop für Beschäftigte</p>",
        "<p>Texte in Leichter Sprache sollen ab 2026 folgen.</p>",
    ]),
    "sign_language": ([
        '<a href="/dgs">Deutsche Gebärdensprache</a>',
        "<p>Die wichtigsten Informationen als Video in Gebärdensprache</p>",
        "<p>Gebärdensprache: Hier erklären wir die Website in DGS.</p>",
    ], [
        "<p>Für die Bürgerversammlung kann ein Gebärdensprachdolmetscher angefordert werden.</p>",
        "<p>Die Volkshochschule bietet einen Kurs Deutsche Gebärdensprache an.</p>",
    ]),
    "mobile_app": ([
        "<p>Unsere App „Musterstadt mobil“ gibt es kostenlos für iPhone und Android.</p>",
        '<a href="https://play.google.com/store/apps/details?id=de.musterstadt.app">Jetzt bei Google Play</a>',
        "<p>Heimat-Info: Laden Sie die App herunter und wählen Sie Ihre Gemeinde aus.</p>",
        "<p>Unsere Abfall-App erinnert Sie an Abfuhrtermine – erhältlich im App Store und bei Google Play.</p>",
        "<p>Alle Neuigkeiten aus der Verbandsgemeinde jetzt auch als App aufs Smartphone.</p>",
    ], [
        "<p>Die App der Verkehrsbetriebe zeigt alle Abfahrtszeiten.</p>",
        "<p>Eine eigene Stadt-App ist für 2026 geplant.</p>",
        "<p>Warn-App KATWARN: Jetzt herunterladen</p>",
        "<p>Die DorfFunk-App wurde zum Jahresende eingestellt.</p>",
    ]),
    "chatbot": ([
        "<p>Fragen? Unser Chatbot ist rund um die Uhr für Sie da.</p>",
        "<p>Neu: Der Chat-Assistent auf unserer Homepage beantwortet Fragen zu Müll und Meldewesen.</p>",
        "<p>Frag Lotte – unsere digitale Assistentin</p>",
        "<p>Live-Chat: Mo–Fr 8–16 Uhr mit unserem Bürgerservice</p>",
    ], [
        "<p>Chatbots in der Verwaltung: Fachtagung im Landratsamt</p>",
        "<p>Nach dem Pilotprojekt wurde der Chatbot wieder abgeschaltet.</p>",
        "<p>WhatsApp-Kanal der Stadt: Jetzt folgen</p>",
    ]),
    "newsletter": ([
        "<p>Newsletter-Anmeldung: Tragen Sie Ihre E-Mail-Adresse ein.</p>",
        "<p>Bleiben Sie auf dem Laufenden: Unser E-Mail-Newsletter erscheint monatlich.</p>",
        "<p>Amtsblatt per E-Mail abonnieren</p>",
        "<p>Jetzt für den Rathaus-Newsletter registrieren</p>",
        "<p>Subscribe to our newsletter</p>",
    ], [
        "<p>Newsletter-Archiv 2019 (der Newsletter erscheint nicht mehr)</p>",
        "<p>Das Amtsblatt erscheint vierzehntägig und wird an alle Haushalte verteilt.</p>",
        "<p>Datenschutz: Für den Versand von E-Mails nutzen wir den Dienst CleverReach.</p>",
    ]),
    "site_search": ([
        '<form role="search" action="/site/search"><input type="search" name="query"><button>Suchen</button></form>',
        "<p>Keine Treffer für Ihre Suchanfrage.</p>",
        '<label for="s">Suchbegriff</label><input id="s" name="s">',
        '<input type="search" placeholder="Website durchsuchen">',
    ], [
        "<p>Stellensuche: Aktuelle Stellenangebote</p>",
        "<p>Die Suche nach dem vermissten Hund blieb erfolglos.</p>",
        "<p>Suchen Sie einen Kita-Platz? Wenden Sie sich an das Jugendamt.</p>",
    ]),
}

# round 7, written after round 6's rules and measured before the next change: 54 of 96 offers found, 8 of 70 traps
# fired (README)
ROUND7: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Antrag auf Anwohnerparkausweis – hier digital stellen",
        "Über ThAVEL können Sie Anträge bei der Stadtverwaltung elektronisch einreichen.",
        "Das Wohngeld beantragen Sie am einfachsten im Internet über das Serviceportal Sachsen-Anhalt.",
        "Online beantragen: Führungszeugnis, Meldebescheinigung, Anwohnerparken",
        "Mit dem Online-Service der Gemeinde erledigen Sie Ihre Gewerbeanmeldung rund um die Uhr.",
        "<button>Antrag digital starten</button>",
        "Den Zuschuss für Lastenfahrräder beantragen Bürgerinnen und Bürger über ein Online-Formular auf dieser Seite.",
        "Kurzantrag Wohngeld: elektronisch beim Bürgeramt einreichen",
        "Sie müssen nicht mehr ins Rathaus: Die Meldebescheinigung gibt es jetzt auch per Online-Antrag.",
        "Antragsformular (online ausfüllbar und direkt versendbar)",
        "Onlineservices des Kreises: Kfz-Zulassung, Führerschein, Elterngeld",
        "Anmeldung Kindergarten – online über das Kita-Portal",
        "Der Antrag kann elektronisch über das Landesportal Schleswig-Holstein gestellt werden.",
        "Hier geht's zum digitalen Antrag.",
        "Online services of the city: register your address online",
    ], [
        "Formulare zum Download: Antrag auf Wohngeld (PDF, 200 KB) – bitte ausgedruckt und unterschrieben einreichen",
        "Ein Online-Antrag wird zurzeit vorbereitet.",
        "Die Online-Beantragung des Anwohnerparkausweises ist vorübergehend deaktiviert.",
        "Wir stellen ein: Sachbearbeiter (m/w/d) Bürgerservice – Schwerpunkt Online-Anträge und OZG",
        "Datenschutzerklärung: Beim Ausfüllen von Webformularen werden Ihre Daten verschlüsselt übertragen.",
        "Im Nachbarlandkreis können Bauanträge bereits digital eingereicht werden.",
        "Die Ummeldung kann leider nicht online erfolgen.",
        "Onlineanträge sind bei dieser Leistung ausgeschlossen.",
        "Cookie-Einstellungen: Notwendige Cookies ermöglichen Grundfunktionen wie Online-Formulare.",
    ]),
    "epayment": ([
        "Zahlung: per giropay, Kreditkarte oder PayPal direkt im Antrag",
        "Die Bezahlung erfolgt bargeldlos online am Ende des Bestellvorgangs.",
        "Bezahlen Sie die Hundesteuer mit dem Smartphone über unser ePayment-Portal.",
        "Zahlen Sie Ihr Verwarngeld mit paydirekt oder Kreditkarte im Bürgerportal.",
        "Online-Payment (Visa, Mastercard, PayPal)",
        "Pay online: credit card, PayPal",
    ], [
        "Die Zahlung ist bar oder per EC-Karte an der Kasse im Erdgeschoss möglich.",
        "Überweisen Sie den Betrag bitte innerhalb von 14 Tagen auf das Konto der Gemeindekasse.",
        "Die Gemeinde plant, künftig auch Zahlungen per PayPal zu ermöglichen.",
        "Onlinebanking der Sparkasse: Zahlungen an die Stadtkasse mit dem Kassenzeichen",
        "Tickets für das Stadtfest gibt es online bei einem Ticketanbieter (Zahlung per Kreditkarte).",
    ]),
    "service_account": ([
        "Für die Antragstellung ist eine Anmeldung mit der BundID oder dem Unternehmenskonto nötig.",
        "Zugang über Ihr Servicekonto Thüringen",
        "Sie haben noch keine BundID? Eine Registrierung ist in wenigen Minuten erledigt.",
        "Anträge speichern und später fortsetzen: mit Ihrem Bürgerkonto im Serviceportal",
        "Login: BundID · ELSTER · Online-Ausweis",
    ], [
        "Passwort vergessen? (Mitarbeiterportal)",
        "Die BundID ist das zentrale Konto des Bundes; Informationen finden Sie auf id.bund.de.",
        "Die Gemeinde führt im nächsten Jahr ein Bürgerkonto ein.",
        "Kundenkonto der Volkshochschule: Kurse online buchen",
    ]),
    "eid": ([
        "Sie können sich auch mit dem Online-Ausweis Ihres Personalausweises anmelden.",
        "Anmeldung wahlweise per BundID-Benutzername oder per eID",
        "Ihre Identität wird mit der Online-Ausweisfunktion geprüft.",
        "Den Antrag signieren Sie digital mit dem Personalausweis (PIN erforderlich).",
        "Für diesen Dienst benötigen Sie: Ausweis mit Online-Funktion, die AusweisApp und Ihre sechsstellige PIN.",
    ], [
        "Ihre sechsstellige PIN setzen Sie mit der Transport-PIN aus dem PIN-Brief.",
        "Seit November 2010 gibt es den Personalausweis im Scheckkartenformat mit Online-Ausweisfunktion.",
        "Das Bürgerbüro hilft bei Fragen zur Online-Ausweisfunktion.",
        "Die Smart-eID soll bald auf weiteren Smartphones verfügbar sein.",
    ]),
    "de_mail": ([
        "Unsere De-Mail: buergeramt@stadt-beispiel.de-mail.de",
        "Stadtverwaltung Musterstadt | De-Mail: stadt(at)musterstadt.de-mail.de",
    ], [
        "Die Verwaltung ist über De-Mail nicht mehr erreichbar; der Dienst wurde abgekündigt.",
        "Was ist De-Mail? Ein Dienst zum sicheren Versand elektronischer Nachrichten.",
    ]),
    "secure_mailbox": ([
        "Sichere Kommunikation: Senden Sie uns Ihre Unterlagen verschlüsselt über unser Bürgerpostfach.",
        "Verschlüsselte Nachrichten an die Verwaltung: Zertifikat (S/MIME) herunterladen",
        "Elektronischer Zugang nach § 3a Abs. 2 VwVfG: über die Virtuelle Poststelle (VPS)",
        "Für eine schriftformersetzende Übermittlung nutzen Sie bitte das besondere elektronische Behördenpostfach "
        "der Stadt.",
        "Bescheide werden Ihnen elektronisch in Ihr BayernID-Postfach zugestellt.",
    ], [
        "Unsere Website ist per HTTPS verschlüsselt.",
        "Der Zugang zum Rathaus ist barrierefrei.",
        "E-Mails an die Verwaltung werden nicht verschlüsselt; bitte keine vertraulichen Unterlagen senden.",
        "Postfach 12 34, 01234 Musterstadt",
    ]),
    "appointment_booking": ([
        "Termin buchen: Bürgerbüro, Standesamt, Fundbüro",
        "Termine im Kfz-Zulassungsbereich gibt es nur nach vorheriger Online-Reservierung.",
        "Online einen Termin beim Bürgeramt ausmachen",
        "Wählen Sie Ihr Anliegen und einen freien Termin – die Bestätigung erhalten Sie per E-Mail.",
        "Terminvereinbarung über unser Buchungssystem",
        "Terminbuchung per Internet",
    ], [
        "Termine für Trauungen im Standesamt nach Absprache",
        "Sprechstunde des Bürgermeisters: jeden ersten Montag im Monat, Anmeldung im Vorzimmer.",
        "Die Online-Terminbuchung ist bis auf Weiteres außer Betrieb; bitte rufen Sie an.",
        "Termine der Volkshochschule finden Sie im Online-Programmheft.",
    ]),
    "council_info": ([
        "Ratsinformation: Sitzungen, Vorlagen und Beschlüsse des Gemeinderats",
        "Alle öffentlichen Sitzungsvorlagen finden Sie digital im Bürgerinformationssystem (BIS).",
        "Kreistag online – Informationssystem für Sitzungen und Beschlüsse",
        "Politische Gremien: Mitglieder, Sitzungstermine und Niederschriften im Gremieninfo",
    ], [
        "Die Gemeindevertretung tagt öffentlich; die Niederschriften hängen am Schwarzen Brett aus.",
        "Ausschreibung: Einführung eines Ratsinformationssystems (Vergabe-Nr. 2025/14)",
        "Die Sitzung des Bauausschusses fällt aus.",
    ]),
    "issue_reporting": ([
        "Sie haben einen Schaden im öffentlichen Raum entdeckt? Teilen Sie ihn uns über das Formular "
        "„Schaden melden“ mit.",
        "Mängel an Spielgeräten können der Stadt ab sofort auch digital gemeldet werden.",
        "Bürger-Hinweisportal: Straßenschäden, Beleuchtung, Verunreinigungen",
        '<a href="/schadensmeldung">Schaden online melden</a>',
        "Ob Schlagloch oder defekte Lampe: über die Meldeplattform „Unser Ort“ landet Ihr Hinweis direkt beim Bauhof.",
    ], [
        "Wasserrohrbruch? Bereitschaftsdienst der Stadtwerke: 0800 123 456",
        "Schäden durch Unwetter melden Sie bitte Ihrer Versicherung.",
        "Die Gemeinde prüft die Einführung eines digitalen Mängelmelders.",
        "Barrieren auf dieser Website melden Sie bitte per E-Mail an die Webredaktion.",
    ]),
    "participation": ([
        "Digitale Bürgerbeteiligung: Bringen Sie Ihre Ideen zum neuen Stadtteilzentrum ein.",
        "Bis 15. November läuft die Befragung zum Einzelhandel – die Teilnahme ist online möglich.",
        "Ihre Ideen für den Bürgerhaushalt 2026 können Sie auf der Plattform einreichen und kommentieren.",
        "Mitmachen: Stimmen Sie bis Freitag online über die Namen der neuen Kita ab.",
        "Online-Dialog Lärmaktionsplan: Kommentare bis 30. Juni",
        "Machen Sie mit beim Bürgerdialog – digital auf mitreden.musterstadt.de",
    ], [
        "Öffentliche Auslegung des Flächennutzungsplans: Stellungnahmen schriftlich an das Bauamt",
        "Jugendbeteiligung: Treffen des Jugendbeirats am Dienstag im Jugendhaus",
        "Die Online-Umfrage wurde vorzeitig beendet.",
        "Ergebnisse der Bürgerbefragung 2022 (PDF)",
    ]),
    "geoportal": ([
        "Geodaten und Karten der Stadt: zum Geoportal",
        "Schauen Sie sich die Bebauungspläne im Bürger-GIS an.",
        "Online-Karte: Bodenrichtwerte, Schulen, Kitas",
        "Interaktiver Ortsplan mit Straßenverzeichnis",
        "Die rechtsverbindlichen Bebauungspläne sind im Internet veröffentlicht.",
        "Mapserver der Verbandsgemeinde",
    ], [
        "Kartenvorverkauf für das Theater im Bürgerbüro",
        "Die Planzeichnung liegt im Bauamt aus (Zimmer 3).",
        "Lageplan (PDF)",
        "Diese Seite verwendet OpenStreetMap-Karten; dabei wird Ihre IP-Adresse übermittelt.",
    ]),
    "open_data": ([
        "Alle Datensätze stehen im Open-Data-Portal unter der Datenlizenz Deutschland – Zero – 2.0.",
        "Die Haushaltsdaten der Gemeinde gibt es als offene Daten (CSV) zum Download.",
        "Open Government Data: Datenkatalog der Stadt",
        "Daten: dl-de/by-2-0, Stadt Musterstadt – Verkehrszählungen 2024 (CSV, JSON)",
    ], [
        "Ihre Daten werden gemäß DSGVO verarbeitet.",
        "Statistische Daten zum Landkreis bietet das Statistische Landesamt.",
        "Titelbild: Wikimedia Commons, CC BY-SA 3.0",
        "Das Land plant ein Open-Data-Gesetz.",
    ]),
    "digital_strategy": ([
        "Die Digitalisierungsstrategie der Verbandsgemeinde (Beschluss vom 12.03.2024) finden Sie hier.",
        "Smart City Musterstadt: Die Strategie zum Download (PDF)",
        "Unsere digitale Agenda: fünf Handlungsfelder für eine moderne Verwaltung",
        "Der Gemeinderat hat die Digitalstrategie „Muster 2030“ einstimmig verabschiedet.",
    ], [
        "Der Landkreis nimmt am Förderprogramm für Smart-City-Strategien des Bundes teil.",
        "Die Erarbeitung einer Digitalisierungsstrategie wurde vertagt.",
        "Digitalstrategie: Die Bundesregierung hat ihre Ziele vorgestellt.",
    ]),
    "accessibility_statement": ([
        '<a href="/barrierefreiheit/erklaerung">Erklärung zur Barrierefreiheit (BITV)</a>',
        "<h1>Erklärung zur Barrierefreiheit der Internetseite der Gemeinde</h1>",
        "<p>Barrieren melden: Ist Ihnen ein Mangel aufgefallen? Nutzen Sie unseren Feedback-Mechanismus. "
        "Schlichtungsstelle nach § 16 BGG</p>",
    ], [
        "<p>Barrierefreier Umbau des Bahnhofs beginnt</p>",
        "<p>Barrierefreiheit ist uns wichtig: Das Bürgerbüro verfügt über einen Aufzug.</p>",
    ]),
    "easy_language": ([
        '<a href="/leichte-sprache">Leichte Sprache – Informationen zur Stadt</a>',
        "<p>Diese Seite in Leichter Sprache lesen</p>",
        "<p>Leichte Sprache: Was macht die Gemeinde?</p>",
    ], [
        "<p>Einfache Sprache: Tipps für verständliche Bescheide</p>",
        "<p>Die leichte Sprache der Broschüre gefällt vielen.</p>",
    ]),
    "sign_language": ([
        '<a href="/gebaerdensprache">Informationen in Gebärdensprache</a>',
        "<p>DGS-Video: Willkommen im Rathaus</p>",
    ], [
        "<p>Gebärdensprachkurs für Anfänger in der VHS</p>",
        "<p>Dolmetscher für Gebärdensprache können beim Integrationsfachdienst beantragt werden.</p>",
    ]),
    "mobile_app": ([
        "<p>Mit der MeinOrt-App haben Sie Termine, Abfallkalender und Nachrichten immer dabei. Download im App Store "
        "und bei Google Play.</p>",
        '<a href="https://apps.apple.com/de/app/gemeinde-muster/id987654">Gemeinde-App für iPhone</a>',
        "<p>Die Kreis-App steht ab sofort kostenlos zum Herunterladen bereit.</p>",
        "<p>Crossiety: Der digitale Dorfplatz unserer Gemeinde – jetzt App installieren</p>",
    ], [
        "<p>Die App „Abfallnavi“ des Entsorgungsverbands ist nicht mehr verfügbar.</p>",
        "<p>Corona-Warn-App: Hinweise des Bundes</p>",
        "<p>Mit der App der Deutschen Bahn reisen Sie bequem.</p>",
    ]),
    "chatbot": ([
        "<p>Hallo, ich bin Ella, die virtuelle Assistentin der Stadt. Wie kann ich helfen?</p>",
        "<p>Chatbot: Stellen Sie Ihre Frage – wir antworten sofort.</p>",
        "<p>Rund um die Uhr erreichbar: unser Bürgerservice-Bot</p>",
    ], [
        "<p>Datenschutz: Beim Chatbot des Anbieters werden Ihre Eingaben gespeichert.</p>",
        "<p>Chatbot-Pilotprojekt der Landesregierung gestartet</p>",
    ]),
    "newsletter": ([
        "<p>Newsletter bestellen</p>",
        "<p>Erhalten Sie unsere Pressemitteilungen bequem per E-Mail – jetzt anmelden.</p>",
        "<p>E-Mail-Benachrichtigung bei neuen Bekanntmachungen abonnieren</p>",
        "<p>RSS-Abo: Neuigkeiten aus dem Rathaus</p>",
    ], [
        "<p>Der Newsletter wird nicht mehr versandt.</p>",
        "<p>Die Gemeindenachrichten liegen im Rathaus aus.</p>",
    ]),
    "site_search": ([
        '<form action="/volltextsuche"><input name="suchwort"></form>',
        "<p>Es wurden 12 Ergebnisse zu „Sperrmüll“ gefunden.</p>",
        '<button aria-label="Suche öffnen">🔍</button>',
        "<p>Schnellsuche: Stichwort eingeben</p>",
    ], [
        "<p>Suchhunde der Feuerwehr im Einsatz</p>",
        "<p>Grundstückssuche: Baugrundstücke der Gemeinde</p>",
        '<a href="https://www.bing.com/">Im Web suchen</a>',
    ]),
}

# round 8, written after round 7's rules, with Markdown links of text dumps, and measured before the next change:
# 37 of 60 offers found, 1 of 40 traps fired (README)
ROUND8: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "[Jetzt online beantragen](https://serviceportal.musterkreis.de/leistung/4711)",
        "Den Antrag auf Befreiung von der Hundesteuer können Sie auch online einreichen.",
        "Gewerbeummeldung – elektronisch über das Gewerbeserviceportal",
        "Wohnberechtigungsschein: Antrag online ausfüllen, Nachweise hochladen und absenden",
        "Für diese Leistung gibt es einen Onlinedienst.",
        "Ihr Anliegen können Sie auch bequem über unser Kontakt- und Antragsportal erledigen.",
        "Anmeldung zur Musikschule per Online-Formular",
        "Das Verfahren läuft vollständig digital: vom Antrag bis zum Bescheid.",
        "Antrag auf Erteilung einer Parkerleichterung – online stellen",
        "Die Beantragung des Führungszeugnisses erfolgt über das Online-Portal des Bundesamts für Justiz.",
    ], [
        "Antragsformulare erhalten Sie im Bürgerbüro oder als PDF zum Ausdrucken.",
        "Hinweis: Eine Antragstellung per E-Mail ist nicht möglich.",
        "Die Landesregierung will bis 2027 alle Verwaltungsleistungen digital anbieten.",
        "Unsere Kita-Anmeldung erfolgt ausschließlich schriftlich mit dem beiliegenden Formular.",
        "Online-Formulare – Datenschutzhinweis: Ihre Eingaben werden verschlüsselt übertragen.",
    ]),
    "epayment": ([
        "Bezahlmöglichkeiten: Giropay, PayPal oder Kreditkarte (Visa/Mastercard)",
        "Die Gebühr wird bei der Online-Antragstellung per ePayment fällig.",
        "Parkgebühren zahlen Sie auch bargeldlos über eine Handy-App der Stadt.",
        "Sie zahlen die Gebühr nach dem Absenden online – die Quittung kommt per E-Mail.",
    ], [
        "Die Zahlung per Lastschrift ist nach Erteilung eines SEPA-Mandats möglich.",
        "Zahlungsweise: Überweisung auf das Konto der Kreiskasse",
        "Girocard und Bargeld werden im Bürgerbüro akzeptiert.",
    ]),
    "service_account": ([
        "Melden Sie sich im Bürgerportal mit Ihrem Nutzerkonto an, um den Status Ihrer Anträge zu sehen.",
        "Authentifizierung: BundID (Vertrauensniveau substantiell)",
        "Registrieren Sie sich kostenlos für ein Servicekonto und stellen Sie Anträge rund um die Uhr.",
        "Unternehmen nutzen für diesen Dienst Mein Unternehmenskonto (ELSTER-basiert).",
    ], [
        "Das Nutzerkonto der Onleihe erhalten Sie mit Ihrem Bibliotheksausweis.",
        "Anmeldung zum Ferienprogramm bitte per E-Mail.",
        "Die BundID wird künftig auch von Banken akzeptiert, berichtet die Presse.",
    ]),
    "eid": ([
        "Sie weisen sich mit der Online-Ausweisfunktion Ihres Personalausweises oder eID-Karte aus.",
        "Identifikation mit dem Smartphone (AusweisApp) – für diesen Antrag erforderlich",
        "Dieser Onlinedienst setzt den elektronischen Personalausweis voraus.",
        "Den Antrag stellen Sie mit Ihrem Online-Ausweis – eine Unterschrift ist nicht mehr nötig.",
    ], [
        "Sie erhalten den PIN-Brief etwa zwei Wochen nach Antragstellung per Post.",
        "Die Online-Ausweisfunktion lässt sich jederzeit im Bürgerbüro aktivieren.",
        "Informationen zum elektronischen Aufenthaltstitel erhalten Sie bei der Ausländerbehörde.",
    ]),
    "de_mail": ([
        "Rechtsverbindliche Nachrichten per De-Mail an: poststelle@gemeinde-muster.de-mail.de",
    ], [
        "De-Mail-Adressen der Landesverwaltung finden Sie im Behördenverzeichnis.",
    ]),
    "secure_mailbox": ([
        "Zugangseröffnung: Die Stadtverwaltung ist für elektronische Dokumente mit qualifizierter Signatur erreichbar.",
        "Vertrauliche Nachrichten senden Sie uns bitte verschlüsselt; unser PGP-Key steht zum Download bereit.",
        "Über das Postfach in Ihrem Nutzerkonto erhalten Sie Nachrichten und Bescheide der Verwaltung.",
    ], [
        "Bitte beachten Sie: Ein Zugang für elektronisch signierte Dokumente ist nicht eröffnet.",
        "Unser Kontaktformular wird über eine SSL-Verbindung übertragen.",
    ]),
    "appointment_booking": ([
        "[Termin online vereinbaren](https://termine.musterstadt.de/)",
        "Für Ausweisangelegenheiten buchen Sie bitte vorher online einen Termin.",
        "Termine vergeben wir online – freie Zeiten sehen Sie im Terminkalender.",
        "Online-Terminvergabe: Kfz-Zulassung, Führerscheinstelle, Ausländerbehörde",
        "Buchen Sie jetzt Ihren Termin im Bürgerbüro – ganz ohne Wartezeit.",
    ], [
        "Termine nach telefonischer Vereinbarung (Tel. 04321 987-0)",
        "Aktuelle Termine: Stadtratssitzung am 12. Mai",
        "Ein Termin ist nicht erforderlich – kommen Sie einfach vorbei.",
    ]),
    "council_info": ([
        "[Ratsinformationssystem](https://ratsinfo.musterstadt.de/)",
        "Tagesordnungen und Beschlüsse finden Sie im Bürgerinfoportal der Verbandsgemeinde.",
        "Sitzungsunterlagen (öffentlich) im Kreistagsinfo abrufen",
    ], [
        "Die Beschlüsse des Gemeinderats werden im Amtsblatt veröffentlicht.",
        "Öffentliche Sitzung des Ortsbeirats – Einladung (PDF)",
    ]),
    "issue_reporting": ([
        "[Mängelmelder](https://www.musterstadt.de/maengelmelder)",
        "Hinweise zu Schäden an Straßen, Brücken und Beleuchtung nehmen wir über das Online-Formular entgegen.",
        "Wilder Müll? Melden Sie ihn direkt über die Schadensmelder-Funktion unserer App.",
    ], [
        "Schäden an Landesstraßen meldet bitte dem Landesbetrieb Straßenbau.",
        "Die Straßenbeleuchtung wird von den Stadtwerken gewartet.",
    ]),
    "participation": ([
        "[Zur Beteiligungsplattform](https://mitmachen.musterstadt.de/)",
        "Sagen Sie uns online Ihre Meinung zum Verkehrskonzept – bis 31. März.",
        "Die Beteiligung zum Klimaschutzkonzept läuft online auf unserer Plattform.",
    ], [
        "Die Bürgerversammlung findet am 3. April im Bürgerhaus statt.",
        "Einwendungen sind schriftlich beim Landratsamt einzureichen.",
    ]),
    "geoportal": ([
        "[Geoportal des Landkreises](https://geoportal.landkreis-muster.de/)",
        "Im Bürger-GIS sehen Sie Bebauungspläne, Flurstücke und Luftbilder.",
        "Alle Bebauungspläne können Sie im digitalen Planarchiv einsehen.",
    ], [
        "Bebauungspläne können im Bauamt zu den Öffnungszeiten eingesehen werden.",
        "Landkarte der Partnerstädte (Bild)",
    ]),
    "open_data": ([
        "Unsere offenen Daten stehen unter der Lizenz dl-de/by-2-0 im Datenportal.",
        "Open-Data-Angebot der Stadt: 45 Datensätze, maschinenlesbar (CSV, GeoJSON)",
    ], [
        "Daten zur Luftqualität veröffentlicht das Landesumweltamt.",
        "Bitte geben Sie Ihre Daten vollständig an.",
    ]),
    "digital_strategy": ([
        "Die Digitalisierungsstrategie der Stadt ist hier als PDF abrufbar.",
        "Unsere Smart-City-Strategie „Musterstadt vernetzt“: Ziele, Maßnahmen und Projekte",
    ], [
        "Die Stadt bewirbt sich um Fördermittel für eine Digitalstrategie.",
        "Die Digitalstrategie des Landes Brandenburg (Link)",
    ]),
    "accessibility_statement": ([
        '<a href="/erklaerung-barrierefreiheit">Barrierefreiheit – Erklärung</a>',
        "<h1>Erklärung zur Barrierefreiheit nach BITV 2.0</h1>",
    ], [
        "<p>Barrierefreie Toiletten finden Sie im Erdgeschoss.</p>",
    ]),
    "easy_language": ([
        "<p>Leichte Sprache: Das Rathaus erklärt</p>",
        '<a href="/leichte-sprache">In Leichter Sprache</a>',
    ], [
        "<p>Verständliche Sprache in Bescheiden: ein Projekt der Verwaltung</p>",
    ]),
    "sign_language": ([
        "<p>Video in Deutscher Gebärdensprache: So erreichen Sie uns</p>",
    ], [
        "<p>Gebärdensprachdolmetscher für Veranstaltungen gesucht</p>",
    ]),
    "mobile_app": ([
        '<a href="https://play.google.com/store/apps/details?id=de.kreis.app">Kreis-App bei Google Play</a>',
        "<p>Die Gemeinde-App gibt es für iOS und Android.</p>",
    ], [
        "<p>Die NINA-App warnt vor Unwettern.</p>",
        "<p>Der Verkehrsverbund bietet eine neue Fahrplan-App an.</p>",
    ]),
    "chatbot": ([
        "<p>Unser Chatbot beantwortet Fragen zu Abfall, Meldewesen und Steuern.</p>",
        "<p>Fragen Sie den digitalen Bürgerassistenten – rund um die Uhr.</p>",
    ], [
        "<p>Die Nachbarstadt testet einen KI-Chatbot.</p>",
    ]),
    "newsletter": ([
        "<p>Jetzt den Newsletter abonnieren und keine Neuigkeit verpassen.</p>",
        "<p>Amtliche Bekanntmachungen per E-Mail erhalten – hier anmelden</p>",
    ], [
        "<p>Das Amtsblatt erscheint monatlich in gedruckter Form.</p>",
    ]),
    "site_search": ([
        "<p>Ihre Suche ergab keine Treffer.</p>",
        '<form action="/suche/"><input type="text" name="searchterm"></form>',
    ], [
        "<p>Die Suche nach einem neuen Kämmerer läuft.</p>",
    ]),
}

# blind round 9 (tests/detectors/fixtures/blind9): paraphrases of each family its misses and false alarms showed,
# beyond the documents' own sentences, with traps next to each family
ROUND9: dict[str, tuple[list[str], list[str]]] = {
    "appointment_booking": ([
        "Termine für das Standesamt buchen Sie online.",
        "Ihren Termin für die Zulassungsstelle vereinbaren Sie bitte online.",
        "Einen Termin im Bürgerbüro buchst du ganz einfach online.",
        "Trautermine können Sie über den Online-Trauterminkalender reservieren.",
        "Nutzen Sie für den Reisepass unsere Online-Passterminvergabe.",
        "Freie Termine können Sie über das Online-Buchungsportal reservieren.",
    ], [
        "Ihre Aufgaben: Aufbau einer Online-Terminvereinbarung für das Standesamt",
        "Zu den Aufgaben gehört die Einführung einer Online-Terminvergabe im Bürgerbüro.",
        "Termine für die Trauung vereinbaren Sie bitte telefonisch, online ist das nicht möglich.",
        "Einen Termin vereinbaren Sie bitte nicht online, sondern telefonisch.",
        "Termine im Bürgerbüro können Sie nicht über das Online-Portal buchen.",
    ]),
    "form_server": ([
        "Die Gewerbeanzeige kann über das Serviceportal vollständig digital eingereicht werden.",
        "Gewerbeanzeigen können Sie auch online einreichen.",
        "Die Verlustanzeige können Sie auch online stellen.",
        "Die Anzeige einer Versammlung kann auch online übermittelt werden.",
    ], [
        "Ein Online-Formular für Einwendungen steht nicht zur Verfügung.",
        "Zu Ihren Aufgaben gehört die Einführung von Online-Anträgen im Bürgerbüro.",
        "Projektleitung für den Aufbau eines Online-Formulars zur Hundeanmeldung",
        "Bei einigen Online-Anträgen anderer Behörden ist eine Gebühr fällig.",
        "Die Bodenrichtwerte finden Sie im Landesportal BORIS.",
        "Die Planunterlagen werden zusätzlich im zentralen Landesportal veröffentlicht.",
        "Zu dieser Leistung gibt es im Serviceportal nur eine Beschreibung.",
        "Das Gesetz verpflichtet die Kommunen, ihre Leistungen auch über Verwaltungsportale anzubieten.",
        "Strafanzeigen können online bei der Polizei erstattet werden.",
        "Die Stellenanzeige wird zusätzlich online gestellt.",
        "Traueranzeigen können auch online aufgegeben und gestellt werden.",
    ]),
    "epayment": ([
        "Online bezahlen? Ja – mit PayPal, giropay oder Kreditkarte.",
        "Zahlen Sie per PayPal oder Kreditkarte – eine Barzahlung ist nicht möglich.",
        "You can pay the fee online by credit card.",
        "Sie können online mit giropay oder Kreditkarte bezahlen. Eine Zahlung per PayPal ist nicht möglich.",
        "Die Gebühr zahlen Sie online per Kreditkarte, PayPal ist nicht möglich.",
    ], [
        "Online bezahlen? Das ist bei der Stadtkasse leider nicht möglich.",
        "Eine Zahlung mit Kreditkarte oder PayPal wird an der Kasse nicht akzeptiert.",
        "Die Online-Bezahlung von Gebühren ist für 2026 geplant.",
        "Die elektronische Bezahlung soll im nächsten Jahr eingeführt werden.",
        "There is no online payment; fees are paid by card at the counter.",
    ]),
    "eid": ([
        "Was brauchen Sie? Einen Personalausweis mit aktivierter Online-Ausweisfunktion und die PIN.",
        "Sie benötigen einen Ausweis mit freigeschalteter Online-Ausweisfunktion sowie ein Smartphone.",
        "Voraussetzung ist ein elektronischer Aufenthaltstitel mit aktivierter Online-Ausweisfunktion.",
    ], [
        "Eine Anmeldung mit dem Online-Ausweis ist für diesen Antrag nicht erforderlich.",
        "Die Identifizierung mit dem Online-Ausweis soll 2026 ergänzt werden.",
        "Das Führungszeugnis können Sie mit der Online-Ausweisfunktion auch direkt beim Bundesamt für Justiz beantragen.",
        "Wer einen Personalausweis mit aktivierter Online-Ausweisfunktion hat, kann sich bei Banken ausweisen.",
    ]),
    "service_account": ([
        "Sie können Ihre BayernID für den Antrag verwenden.",
        "Du kannst dein Servicekonto.NRW nutzen, um den Antrag zu stellen.",
        "Zur Anmeldung könnt ihr eure BundID verwenden.",
    ], [
        "Eine Anmeldung mit Servicekonto oder BundID ist nicht nötig.",
        "Für die Umfrage ist eine Registrierung mit dem Bürgerkonto nicht erforderlich.",
        "Die BundID können Bürgerinnen und Bürger für Online-Dienste vieler Behörden nutzen.",
        "Für diesen Antrag können Sie die BundID noch nicht nutzen.",
    ]),
    "secure_mailbox": ([
        "Die Eingangsbestätigung erhalten Sie in Ihr Postfach im Servicekonto.",
        "Den Bescheid stellen wir Ihnen in das Postfach Ihrer BundID.",
        "Bescheide werden in das Postfach der BayernID zugestellt.",
    ], [
        "Die Gemeinde hat keinen Zugang für elektronische Dokumente eröffnet.",
        "Ein Zugang für die elektronische Kommunikation wird nicht eröffnet.",
        "Die Bestätigung erhalten Sie per E-Mail in Ihr Postfach.",
    ]),
    "mobile_app": ([
        "Den Abfallkalender gibt es auch als App.",
        "Unser Mängelmelder ist jetzt auch als App erhältlich.",
        "Mit der kostenlosen Musterstadt-App sind Sie immer informiert. Die App gibt es im App Store und bei Google Play.",
    ], [
        "Die App des Verkehrsverbunds gibt es im App Store.",
        "Der Abfallkalender ist als App in Vorbereitung.",
        "Die Fahrplanauskunft gibt es auch als App.",
        "Der Abfallkalender des Landkreises ist auch als App verfügbar.",
        "Die alte Stadt-App ist nicht mehr im App Store erhältlich.",
    ]),
    "participation": ([
        "Die Online-Umfrage läuft noch bis zum 30. Juni.",
    ], [
        "Eine Online-Umfrage ist für den Herbst geplant.",
        "Eine Beteiligungsplattform soll im kommenden Jahr aufgebaut werden.",
        "Die Online-Bürgerbeteiligung wird derzeit vorbereitet.",
    ]),
    "issue_reporting": ([
        "Der Mängelmelder ist seit Mai freigeschaltet.",
    ], [
        "Ein Mängelmelder soll im Frühjahr freigeschaltet werden.",
        "Der Schadensmelder wird derzeit aufgebaut.",
    ]),
    "geoportal": ([
        "Das Geoportal der Stadt zeigt alle Bebauungspläne.",
    ], [
        "Flurstücke finden Sie im Geoportal des Landes.",
        "Das Geoportal des Bundes bietet Luftbilder für ganz Deutschland.",
    ]),
    "digital_strategy": ([
        "Die Digitalstrategie der Stadt wurde im Mai beschlossen (PDF).",
    ], [
        "Die Digitalstrategie der Gemeinde wird derzeit erarbeitet.",
        "Unsere Digitalstrategie soll bis Jahresende erstellt werden.",
        "Die Digitalstrategie wurde bisher nicht beschlossen.",
    ]),
}

# blind round 10 (tests/detectors/fixtures/blind10): paraphrases of each family its misses and false alarms showed,
# beyond the documents' own sentences, with traps beside them
ROUND10: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Füllen Sie das Anmeldeformular vollständig aus und schicken Sie es anschließend ab.",
        "Füll einfach den Mitgliedsantrag aus und schick ihn direkt ab.",
        "Tragen Sie Ihre Angaben in das Formular ein und senden Sie es ab.",
        "Sie füllen das Formular am Computer aus. Dann schicken Sie es ab.",
        "Eltern senden die Vormerkung für den Krippenplatz elektronisch ab.",
        "Reicht euren Förderantrag digital ein.",
        "Geben Sie Ihre Verlustanzeige einfach online auf.",
        "Zum Online-Wohngeldantrag gelangen Sie über den Button unten.",
        "Das Online-Anmeldeformular für die Musikschule finden Sie unten.",
        "Online: ja (Antragsportal des Landes)",
        "You can apply online for a residents' parking permit.",
        "Das Online-Formular der Stadtkasse finden Sie unten.",
        "Residents may also apply for the permit online.",
    ], [
        "Füllen Sie das Formular aus, drucken Sie es aus und schicken Sie es per Post ab.",
        "Füllen Sie den Vordruck aus und senden Sie ihn unterschrieben an das Bürgerbüro ab.",
        "Ihre Kleinanzeige geben Sie online auf.",
        "Online: nein",
        "You cannot apply online; please visit the Bürgerbüro.",
        "64 Prozent wünschen sich, Anträge online stellen zu können.",
        "Die Förderung beantragen Sie online bei der Investitionsbank des Landes.",
        "Die Anmeldung läuft über das Online-Formular des Deutsch-Französischen Jugendwerks.",
        "Vereine senden ihren Förderantrag über das Online-Formular auf der Internetseite der Bürgerstiftung.",
        "Der Gemeinderat prüft den Anschluss an das Antragsportal des Landes.",
        "Reichen Sie den Antrag bitte nicht online ein, sondern per Post.",
        # written after the round's rules, where the fill-in-and-send family could reach too far
        "Bitte füllen Sie den Vordruck aus und senden Sie ihn an uns ab.",
        "Laden Sie das PDF herunter, füllen Sie es aus und schicken Sie es ab.",
        "Rechnungen reichen Sie bitte elektronisch ein.",
        "Schreiben Sie uns über das Online-Kontaktformular.",
        "Spenden Sie über unser Online-Spendenformular.",
        "Ihre Meinung zählt: Nutzen Sie das Online-Feedbackformular.",
    ]),
    "appointment_booking": ([
        "Den Termin können Sie im Internet machen.",
        "Einen Termin im Standesamt können Sie auch online ausmachen.",
    ], [
        "Einen Termin können Sie nicht im Internet machen.",
        "Eine Terminbuchung im Internet ist für das Standesamt leider nicht möglich.",
        "Die Verwaltung schlägt vor, eine Online-Terminvergabe einzuführen.",
        "73 Prozent wünschen sich, Termine im Bürgerbüro online buchen zu können.",
    ]),
    "council_info": ([], [
        "Der Gemeinderat beschließt die Beschaffung eines Ratsinformationssystems.",
        "Ein Ratsinformationssystem haben wir nicht.",
    ]),
    "eid": (["Für den Online-Antrag brauchen Sie einen Online-Ausweis."], [
        "Für den Online-Antrag brauchen Sie keinen Online-Ausweis.",
        "Das Onlineverfahren funktioniert auch ohne Online-Ausweis.",
    ]),
    "participation": ([
        "Die Online-Umfrage läuft noch bis zum 30. Juni; danach werten wir die Antworten aus.",
        # written after the round's rules: how long answering takes is no end of the survey
        "Die Online-Umfrage ist in etwa fünf Minuten abgeschlossen.",
        "Machen Sie mit! Die Online-Befragung ist anonym und in zehn Minuten abgeschlossen.",
    ], [
        "Die Online-Umfrage zum Jubiläumsjahr ist beendet.",
        "Die Online-Beteiligung zur Baumstrategie ist am 31. Mai zu Ende gegangen.",
        "Ein Leserbrief fordert mehr Online-Beteiligung.",
        "Eine Beteiligungsplattform hat der Seniorenbeirat gefordert.",
        "Den Bürgerhaushalt, den wir im Internet erprobt haben, haben wir nach zwei Runden eingestellt.",
        "Eine Plattform für Online-Bürgerbeteiligung sei derzeit nicht geplant, sagte der Bürgermeister.",
    ]),
    "geoportal": ([
        "Auf unserer Hochwasserkarte unter karten.musterstadt.de sehen Sie die Überschwemmungsgebiete.",
        # written after the round's rules: the possessive names the site's own body as often as another
        "Die Gemeinde zeigt in ihrem Geoportal alle Bebauungspläne.",
        "Alle Baustellen zeigt unser Kartendienst auf gis.musterstadt.de.",
    ], [
        "Haltestellen zeigt die Online-Karte des Verkehrsverbunds.",
        "Den Weg zu uns finden Sie unter maps.google.com.",
    ]),
    "issue_reporting": ([
        "Eine Straßenlaterne ist kaputt? Das können Sie im Internet melden.",
        "Ist die Ampel defekt, können Sie es online melden.",
    ], [
        "Ist etwas kaputt, melden Sie es bitte telefonisch.",
        "Defekte Laternen können Sie nicht online melden.",
        "Der Antrag regt an, Schäden künftig per App melden zu lassen.",
        "Der Kommentar hält Mängelmelder-Apps für überschätzt.",
    ]),
    "newsletter": ([
        "Unser Hochwasser-Newsletter warnt per E-Mail – melden Sie sich gleich an.",
        "Der Kultur-Newsletter erscheint monatlich. Melden Sie sich mit Ihrer E-Mail-Adresse an.",
        "Für den Versand unseres Newsletters nutzen wir einen Dienstleister.",
    ], [
        "Der Versand des Newsletters wurde 2021 eingestellt.",
        "Den Newsletter gibt es nicht mehr. Für Führungen melden Sie sich bitte telefonisch an.",
    ]),
    "digital_strategy": ([
        "Die Digitale Agenda 2030 hat der Stadtrat im März 2024 beschlossen.",
        "Unsere Digitalstrategie hat die Gemeindevertretung am 3. Mai verabschiedet.",
    ], [
        "Die Digitalstrategie hat der Gemeinderat noch nicht beschlossen.",
        "Die Digitalstrategie des Landes hat der Landtag beschlossen.",
        "Die Digitalstrategie des Landkreises soll im Herbst dem Kreistag vorgestellt werden.",
    ]),
    "mobile_app": ([
        "Mit der App DorfFunk erfahren Sie Neuigkeiten aus dem Ort.",
        "Über die App Heimat-Info bleibst du informiert.",
    ], [
        "Mit der App DorfFunk und der Plattform DorfNews stehen allen Kommunen zwei Werkzeuge zur Verfügung.",
    ]),
    "service_account": ([
        "Log in with your HessenID.",
        "Melden Sie sich mit Ihrer HessenID an.",
    ], [
        "A login with your HessenID is not required.",
    ]),
    "secure_mailbox": ([
        "Erklärungen nehmen wir über das Postfach Ihres BayernID-Kontos entgegen.",
        "Bescheide stellen wir in das Postfach Ihres BundID-Kontos zu.",
    ], [
        "Das Postfach Ihres E-Mail-Kontos sollten Sie regelmäßig leeren.",
    ]),
    "epayment": (["Kann ich Gebühren online bezahlen? Ja, mit giropay oder Kreditkarte."], [
        "Kann ich Gebühren online bezahlen? Nein, leider nicht.",
        "Kenntnisse in ePayBL sind wünschenswert.",
    ]),
    "social_media": (["Folgen Sie uns auf Instagram!", "Folge uns auf Facebook."], [
        "Die Feuerwehr ist nicht auf Instagram.",
        "Folgen Sie uns auf dem Rundweg durch die Altstadt.",
    ]),
}

# traps written after the rules of rounds 6 to 8 (not a measured round): where their families could reach too far
GUARDS: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([], [
        "Die Bauanträge werden seit 2023 im Bauamt papierlos bearbeitet.",
        "Das Register der Baudenkmäler ist online einsehbar.",
        "Rechnungen an die Stadt können elektronisch als XRechnung eingereicht werden.",
    ]),
    "geoportal": ([], ["Online-Karten für das Konzert gibt es bei der Vorverkaufsstelle."]),
    "newsletter": ([], ["Newsletter-Anmeldung: Bei der Anmeldung zum Newsletter verarbeiten wir Ihre E-Mail-Adresse."]),
    "open_data": ([], ["Open Government Data ist ein Leitbild für eine transparente Verwaltung."]),
    "mobile_app": ([], ["Unsere Parkplätze sind knapp; laden Sie die Park-Info auf Ihr Smartphone."]),
    "epayment": (["Die Online-Bezahlung erfolgt über ePayBL; eine Barzahlung ist nicht möglich."], [
        "Sie zahlen die Gebühr nicht online, sondern bar bei Abholung.",
        "Eine Online-Bezahlung ist nicht möglich.",
    ]),
    "participation": ([], ["Die Befragung erfolgt telefonisch, nicht online."]),
    # the lead's trap round after round 8 (53 traps over 20 components, 4 fired, all on older patterns too)
    "service_account": (["Mit der BayernID ein Konto anlegen und Anträge online stellen."], [
        "Der Bund stellt mit der BundID ein zentrales Konto für Bürgerinnen und Bürger bereit, wie das "
        "Bundesinnenministerium mitteilte.",
    ]),
    "appointment_booking": ([], [
        "Die Online-Terminvergabe ist wegen Wartungsarbeiten bis auf Weiteres eingestellt.",
        "Für die Terminbuchung im Bürgerbüro wird bald ein Online-System eingeführt.",
    ]),
}

# cases the phrase families cannot decide yet, and why: strict, so fixing one fails the test until it moves up
KNOWN_GAPS = {
    "Die Stadt sucht für ihr Bürgerbüro eine Sachbearbeitung (m/w/d) für Online-Anträge.":
        "a job advert names the offer as work, not as a service to the reader",
    "Fundsachen können Sie über unser Online-Fundbüro melden.":
        "online services named by their office ('Online-Fundbüro', 'Online-Wache') are not a family yet",
    "Leistungen online: Kfz-Zulassung, Meldebescheinigung, Führungszeugnis":
        "a heading over a list of services: 'Leistungen online' alone is also a nav word (realpages: unknown)",
    "Das Land Sachsen-Anhalt startet eine Online-Umfrage zur Landesentwicklung.":
        "another body's survey: nothing in the phrase says whose it is",
    "Stellenausschreibung: Referent:in für die Digitalstrategie (m/w/d)":
        "a job advert names the strategy as work; strategy.json's 'die Digitalstrategie' and the name sum to 50",
    "Wir stellen ein: Sachbearbeiter (m/w/d) Bürgerservice – Schwerpunkt Online-Anträge und OZG":
        "a job advert names the offer as work, not as a service to the reader",
    "Cookie-Einstellungen: Notwendige Cookies ermöglichen Grundfunktionen wie Online-Formulare.":
        "a cookie banner names online forms as a function of the site; 'Online-Formulare' alone is an offer",
    "<p>Die leichte Sprache der Broschüre gefällt vielen.</p>":
        "the text is case-folded: 'leichte Sprache' cannot be told from the name 'Leichte Sprache' (accessibility.json)",
    "Online-Formulare – Datenschutzhinweis: Ihre Eingaben werden verschlüsselt übertragen.":
        "a privacy note under the heading 'Online-Formulare': the heading alone is the offer's usual name",
    '<input type="search" placeholder="Website durchsuchen">':
        "a search input outside a form: its placeholder is only in the markup, and a selector over every input "
        "cost detection time on every page with one (bench/detector_speed.py); the form rules cover it in a form",
    '<button aria-label="Suche öffnen">🔍</button>':
        "a search toggle's label alone: a selector over every button cost detection time on every page "
        "(bench/detector_speed.py), and the search form is usually there too",
}

# page genres whose offer-sounding sentences are work or requirements (detectors/fingerprints/genres.json): job adverts
# and tenders as traps, news with a finished award or a job fair teaser and offers beside them as offers
GENRES: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Auf der Jobmesse stellt sich die Stadt als Arbeitgeberin vor (Auszubildende m/w/d). "
        "Anträge auf Anwohnerparken stellen Sie online über unser Serviceportal.",
        "Karriere: Sachbearbeitung Standesamt (m/w/d), zum nächstmöglichen Zeitpunkt. Ihr Profil im Servicekonto: hier "
        "ändern Sie Anschrift und Telefonnummer. Wir bieten Ihnen zahlreiche Online-Dienste, Anträge stellen Sie rund um "
        "die Uhr online.",
    ], [
        "Stellenausschreibung Sachbearbeiter (m/w/d) Bürgeramt. Ihre Aufgaben: Bearbeitung der Online-Anträge im "
        "Serviceportal. Wir bieten eine Vergütung nach Entgeltgruppe 8 TVöD. Bewerbungsfrist: 30. Juni.",
        "Vergabeverfahren 2026/04 – Gegenstand der Leistung: ein Formularserver, über den Bürger Anträge online "
        "stellen können. Angebotsfrist: 03.07.2026.",
    ]),
    "council_info": ([], [
        "Die Gemeinde sucht zum nächstmöglichen Zeitpunkt eine Assistenz der Ratsgeschäftsstelle (w/m/d). "
        "Das erwartet Sie: Betreuung des Ratsinformationssystems und Protokollführung. "
        "Besoldung nach A 9. Deine Bewerbung schickst du per Post.",
    ]),
    "epayment": ([
        "Nach öffentlicher Ausschreibung hat die Stadt den Zuschlag für die Bezahlplattform vergeben. "
        "Gebühren können Sie seit April online mit Kreditkarte, giropay oder PayPal bezahlen.",
    ], [
        "Erzieher:in (m/w/d) für die Kita Sonnenschein. Dein Profil: Kenntnisse in ePayBL sind ein Plus. "
        "Was wir dir bieten: TV-L, 30 Tage Urlaub. Bewirb dich bis zum 1. Mai.",
        "Öffentliche Ausschreibung nach VOL/A. Leistungsbeschreibung: Online-Bezahlung der Kita-Gebühren per "
        "giropay und Kreditkarte. Die Angebote sind bis 12 Uhr über die Vergabeplattform einzureichen.",
    ]),
    "appointment_booking": ([
        "Auf der Ausbildungsmesse präsentieren wir Ausbildungsberufe (m/w/d). "
        "Termine im Bürgerbüro können Sie online buchen.",
    ], [
        "Europaweite Ausschreibung: Los 2: Terminvergabesystem mit Online-Terminbuchung für die Kfz-Zulassung. "
        "Bieterfragen bis 20.06. über das Vergabeportal.",
    ]),
    "eid": ([], [
        "Auftragsbekanntmachung – Leistungsverzeichnis: Identifizierung mit der Online-Ausweisfunktion und "
        "BundID. Ablauf der Angebotsfrist: 15.09.2026.",
    ]),
}

# round 11 (after blind11's gaps): page genres and veto families written as families, none of blind11's sentences.
# Glossaries: definitions of the offers' names are traps; a glossary naming its own service with a possessive, a
# glossary's own links, a service page linking its glossary and a page with one definition keep their offers.
GLOSSARY11: dict[str, tuple[list[str], list[str]]] = {
    "council_info": ([], [
        "Glossar: Digitale Verwaltung. Hier erklären wir wichtige Begriffe. Ratsinformationssystem – ein "
        "Internetangebot, in dem Kommunen Sitzungen, Vorlagen und Beschlüsse ihrer Gremien veröffentlichen. "
        "Bürgerportal – eine Website für Online-Anträge.",
    ]),
    "epayment": ([
        "Fachbegriffe kurz erklärt: Unter ePayment versteht man das Bezahlen im Internet. Die Gebühren für Ihre "
        "Urkunde können Sie bei uns online mit giropay oder Kreditkarte bezahlen.",
    ], [
        "Verwaltungsdeutsch von A bis Z: die wichtigsten Begriffe. E-Payment – die Zahlung von Gebühren im Internet, "
        "etwa mit PayPal oder Kreditkarte. ePayBL – die Abkürzung für E-Payment Bund-Länder, eine Bezahlplattform.",
    ]),
    "service_account": ([], [
        "Kleines Verwaltungslexikon. Unter einem Servicekonto versteht man ein Nutzerkonto, mit dem Bürger sich bei "
        "Online-Diensten des Landes anmelden können. Die BundID ist ein zentrales Konto des Bundes für alle "
        "Verwaltungsleistungen.",
    ]),
    "open_data": ([], [
        "Fachbegriffe kurz erklärt. Open Data – das sind Datensätze der Verwaltung, die unter einer offenen Lizenz "
        "wie der Datenlizenz Deutschland frei genutzt werden dürfen. Als Open-Data-Portal bezeichnet man eine "
        "Website, auf der solche Daten zum Download bereitstehen.",
    ]),
    "geoportal": ([
        "Glossar: Bauen und Digitales. Geoportal – unser Geoportal zeigt alle Bebauungspläne der Gemeinde mit "
        "Luftbildern. Open Data – Daten, die jeder frei nutzen darf.",
    ], [
        "Das Digital-ABC von A bis Z. Geoportal – eine Website mit Karten, Luftbildern und Bebauungsplänen. WMS steht "
        "für Web Map Service, einen Kartendienst im Internet.",
    ]),
    "form_server": ([
        "Digitales Rathaus – Begriffe von A bis Z. Serviceportal – unser Serviceportal bündelt alle Online-Anträge "
        "der Stadt, vom Wohngeld bis zur Hundesteuer. Bürgerkonto – ein Konto für Online-Dienste von Bund und Ländern.",
        "Anträge auf Anwohnerparken können Sie online stellen. Unbekannte Begriffe? Unser Glossar erklärt sie von A "
        "bis Z.",
        "Dienstleistungen von A bis Z: Wohngeld – ein Zuschuss zur Miete, den Sie online beantragen können. "
        "Hundesteuer – eine Steuer für Hundehalter; die Anmeldung ist online möglich.",
    ], [
        "OZG-Glossar. Onlinedienst – ein Verwaltungsverfahren, das Sie vollständig online erledigen können. "
        "Antragsassistent – ein Programm, das Sie Schritt für Schritt durch den Online-Antrag führt.",
    ]),
    "appointment_booking": ([
        '<h1>Begriffe von A bis Z</h1><p>Terminvergabe – die Vereinbarung eines Termins im Internet. Bürgerkonto – '
        'ein Konto für Online-Dienste.</p><p><a href="https://termine.musterstadt.de/">Online-Termin buchen</a></p>',
    ], []),
}

# press reviews: other bodies' services retold with a newspaper and date, 'laut …zeitung', 'Meldungen aus der regionalen
# Presse' are traps; the site's own press release, a news page whose menu names the press review, a press review's own
# links and a news item citing a newspaper beside the site's own offer keep their offers
PRESS11: dict[str, tuple[list[str], list[str]]] = {
    "form_server": (["Aktuelles | Pressemitteilungen | Pressespiegel. Neu: Den Antrag auf Anwohnerparken können Sie ab "
                     "sofort online stellen."], [
        "Presseschau KW 12. Westfalen-Kurier, 14.3.: Der Nachbarkreis bietet seit Montag die Kfz-Zulassung online an; "
        "Anträge können über das Kreisportal digital gestellt werden.",
    ]),
    "appointment_booking": ([
        "Pressemitteilung vom 3. März 2026: Ab sofort online! Termine im Bürgerbüro können Sie jetzt online buchen.",
        '<h1>Pressespiegel</h1><p>Allgemeine Zeitung, 3.5.: „Stadt startet Online-Terminvergabe“</p>'
        '<p><a href="https://termine.musterstadt.de/">Termin online buchen</a></p>',
    ], [
        "Pressespiegel März. Wochenblatt, 2. März: In Beispielhausen können Bürgerinnen und Bürger Termine im "
        "Bürgerbüro jetzt online buchen.",
    ]),
    "epayment": ([
        "Wie die Allgemeine Zeitung berichtete, ist die Umstellung abgeschlossen: Die Gebühren können Sie bei uns jetzt "
        "online per PayPal oder Kreditkarte bezahlen.",
    ], [
        "Medienspiegel: Was die Presse schreibt. Laut Landeszeitung bezahlen Bürger im Nachbarkreis ihre Gebühren seit "
        "Mai online mit PayPal oder Kreditkarte.",
    ]),
    "participation": ([], [
        "Pressestimmen – Meldungen aus der regionalen Presse. Die Stadt Ringhausen startet eine Online-Beteiligung zum "
        "Radverkehrskonzept; Vorschläge können bis Ende Mai auf der Beteiligungsplattform eingetragen werden.",
    ]),
    "open_data": ([], [
        "Pressespiegel. Laut Kreiszeitung veröffentlicht die Nachbarstadt ihre Haushaltsdaten jetzt als Open Data im "
        "CSV-Format unter der Datenlizenz Deutschland auf einem Datenportal.",
    ]),
    "service_account": ([], [
        "Pressespiegel KW 9. Märkische Allgemeine, 27.2.: Bürger können sich ab sofort mit ihrem Servicekonto "
        "Brandenburg und der BundID bei den Online-Diensten des Landkreises anmelden.",
    ]),
}

# sentence and clause vetoes (detectors/fingerprints/_vetoes.json): a plan, proposal, deliberation, rejection, survey
# wish, fraud warning, ended pilot or a clause ending in its negation around the offer's words is a trap, before or
# after the noun; an instruction with 'sollen', an account 'eingerichtet', a form 'geprüft', 'Sie möchten …?', a
# negation in another clause or sentence, a past introduction and a warning beside the site's own channel are offers
VETO11: dict[str, tuple[list[str], list[str]]] = {
    "epayment": ([
        "Die Gebühr bezahlen Sie online per giropay oder Kreditkarte, eine Barzahlung ist nicht möglich.",
        "Die Zahlung ist nicht per Überweisung möglich. Bitte bezahlen Sie die Gebühr online mit PayPal oder Kreditkarte.",
        "Die Umfrage hat gezeigt, was Sie sich wünschen. Seit Mai bezahlen Sie Gebühren bei uns online mit PayPal.",
        "Gebühren, die Sie nicht bar bezahlen möchten, können Sie online per PayPal bezahlen.",
    ], [
        "Die Kämmerei schlägt vor, für Parkgebühren und Hundesteuer eine Online-Bezahlung mit giropay und PayPal "
        "einzuführen.",
        "In der Bürgerbefragung 2025 wünschten sich die meisten Befragten, Gebühren künftig online mit PayPal bezahlen "
        "zu können.",
        "Achtung: Betrüger verschicken SMS mit der Aufforderung, ausstehende Gebühren per Link online zu bezahlen.",
    ]),
    "appointment_booking": ([
        "Sie möchten einen Termin im Bürgerbüro? Buchen Sie ihn einfach online.",
        "Termine im Bürgerbüro können Sie online buchen – Wartezeiten gibt es dann keine.",
        "Die Online-Terminbuchung für das Standesamt wurde 2023 eingeführt und wird gut angenommen.",
        "Die Termine werden im Online-Kalender jeweils montags für vier Wochen freigeschaltet.",
        "Einen Termin vereinbaren Sie bequem online, ein Warten im Flur ist nicht nötig.",
        "Wer nicht warten möchte, kann Termine im Bürgerbüro online buchen.",
        "Ob Sie online buchen oder anrufen, entscheiden Sie selbst: Termine im Bürgerbüro können Sie online buchen.",
    ], [
        "Im Laufe des nächsten Jahres soll für das Standesamt eine Online-Terminvergabe eingerichtet werden.",
        "Ergebnis der Umfrage: 62 Prozent der Teilnehmenden möchten Termine im Bürgerbüro online buchen.",
        "Termine bei der Ausländerbehörde können Sie über das Online-Portal leider nicht buchen.",
    ]),
    "form_server": ([
        "Anträge sollen möglichst online gestellt werden; nutzen Sie dafür unser Serviceportal.",
        "Ihren Online-Antrag können Sie rund um die Uhr absenden; er wird anschließend von uns geprüft.",
        "Vorsicht vor gefälschten Formularseiten. Anträge stellen Sie ausschließlich online über unser Serviceportal.",
        "Ihren Online-Antrag prüft die Verwaltung innerhalb von zwei Wochen.",
        "Der Online-Antrag ersetzt die persönliche Vorsprache im Bürgerbüro nicht.",
        "Die Online-Anträge sollen Wege ersparen und können rund um die Uhr online gestellt werden.",
    ], [
        "Bis Ende 2026 sollen alle Anträge der Bauverwaltung online gestellt werden können.",
        "Der Testbetrieb der Online-Anträge für Sondernutzungen wurde im Sommer beendet.",
        "Onlineanträge der Stadt, mit denen man das erledigen könnte, gibt es bisher nicht.",
    ]),
    "participation": ([
        "Nachdem der Stadtrat den Antrag auf eine Papierbefragung abgelehnt hat, läuft die Umfrage online: Stimmen Sie "
        "auf der Beteiligungsplattform ab.",
    ], [
        "Die Fraktion beantragt, für den Haushalt 2027 eine Online-Beteiligungsplattform aufzubauen.",
        "Einen Online-Bürgerhaushalt lehnten die Stadtverordneten im Mai erneut ab.",
    ]),
    "mobile_app": ([], [
        "Zum Jahreswechsel wird eine eigene Gemeinde-App eingeführt, die über Abfalltermine informiert.",
        "Den Antrag der Fraktion auf eine eigene Stadt-App hat der Stadtrat mit großer Mehrheit abgelehnt.",
        "Eine eigene Stadt-App gibt es nicht.",
    ]),
    "geoportal": ([], ["Der Ausschuss hat beraten, ob ein kommunales Geoportal mit Bebauungsplänen aufgebaut werden sollte."]),
    "issue_reporting": ([
        "Nach dem Ende des Pilotprojekts ist der Mängelmelder jetzt dauerhaft online: Melden Sie Schäden einfach online.",
    ], ["Ob der Mängelmelder des Kreises übernommen wird, prüft die Verwaltung derzeit."]),
    "service_account": ([
        "Ihr Servicekonto wird nach der Registrierung automatisch eingerichtet; danach melden Sie sich mit der BundID "
        "bei allen Online-Diensten an.",
    ], [
        "Gefälschte E-Mails fordern dazu auf, sich mit der BundID und dem Servicekonto anzumelden und Daten zu "
        "bestätigen.",
    ]),
    "eid": ([], ["Eine Anmeldung mit dem Online-Ausweis ist für diesen Antrag derzeit nicht möglich."]),
}

# chrome and offers told in prose or by a bare host (round 11's misses): a handle after the platform's name, the site's
# own search in prose, a survey on the site's own survey host; e-mail addresses, a course about Instagram, another
# portal's search and another body's survey host are traps
PROSE11: dict[str, tuple[list[str], list[str]]] = {
    "social_media": ([
        "Neuigkeiten aus der Stadtbibliothek gibt es auf Instagram: @stadtbibliothek.musterstadt",
        "Das Jugendzentrum ist auf TikTok unter @juz_musterstadt zu finden.",
        "For news in English, follow us on Instagram (@city.musterstadt) and Facebook.",
        "Aktuelles aus dem Rathaus posten wir bei Mastodon als @rathaus@social.musterstadt.de.",
    ], [
        "Fragen zu Instagram-Konten beantwortet die Verbraucherzentrale unter info@vz-musterland.de.",
        "Der Kurs der Volkshochschule erklärt, wie man auf Instagram ein Profil anlegt und Beiträge mit @ erwähnt.",
        "Schreiben Sie uns eine E-Mail an post@musterstadt.de oder rufen Sie an.",
        "Das Netzwerk Facebook steht wegen Datenschutzfragen in der Kritik; die Stadt betreibt dort kein Profil.",
    ]),
    "site_search": ([
        "Seit dem Relaunch bietet unsere Website eine neue Suchfunktion.",
        "Sie finden ein Formular nicht? Nutzen Sie einfach die Suchfunktion oben rechts.",
        "Unsere Internetseite verfügt über eine Suchmaske, mit der Sie alle Inhalte durchsuchen können.",
        "Can't find what you need? Use the search box at the top of every page.",
    ], [
        "In der Suchfunktion des Geoportals geben Sie die Flurstücksnummer ein.",
        "Die Suchfunktion der Bundesagentur für Arbeit hilft bei der Jobsuche.",
        "Unsere Website befindet sich im Umbau; eine Suche ist derzeit nicht möglich.",
        "Die Bibliothek bietet einen Online-Katalog mit Suchfunktion für alle Medien.",
    ]),
    "service_account": ([
        "Fahrzeug online zulassen. Sie benötigen: - Ihren Personalausweis mit Online-Funktion, - ein Konto bei der BundID, "
        "- die Zulassungsbescheinigung.",
        "Was brauche ich? Einen Personalausweis und ein BundID-Konto.",
        "Voraussetzung ist ein Servicekonto, mit dem Sie sich einmalig registrieren.",
        "Für den Antrag brauchen Sie ein Nutzerkonto, zum Beispiel die BundID.",
    ], [
        "Sie benötigen kein Konto bei der BundID; der Antrag geht auch ohne Anmeldung.",
        "Für die Ummeldung gehen Sie ins Bürgerbüro. Ein Konto bei der BundID benötigen Sie dafür nicht.",
        "Sie benötigen: Personalausweis, Meldebescheinigung und ein Passfoto.",
        "Für die Ausleihe benötigen Sie einen Bibliotheksausweis.",
        "Die BundID ist ein zentrales Konto des Bundes.",
    ]),
    "participation": ([
        "Machen Sie mit bei unserer Befragung zum Radverkehr: https://umfrage.musterstadt.de/radverkehr2026",
        '<a href="https://befragung.musterstadt.de/index.php/81234">Zur Bürgerbefragung</a>',
        '<a href="https://limesurvey.musterstadt.de/index.php/123">Fragebogen Jugendbeteiligung</a>',
        '<a href="https://umfragen.musterstadt.de/senioren">Seniorenbefragung 2026</a>',
    ], [
        "Die Hochschule bittet um Teilnahme an einer Studie: https://umfrage.hs-musterland.de/mobilitaet",
        '<a href="https://umfragen.landkreis-muster.de/abfall">Abfallbefragung des Landkreises</a>',
        "Die Ergebnisse der Umfrage zum Spielplatzkonzept finden Sie hier: https://www.musterstadt.de/umfrage-ergebnisse.pdf",
        "Umfrage: 60 Prozent nutzen das Bürgerbüro am Samstag.",
    ]),
}

# vetoes for services of the past, of the neighbours and of other agencies: traps in the past tense with a time
# ('war bis März 2024 verfügbar', 'wurde Ende 2023 geschlossen'), of a 'Nachbar…' and of the Jobcenter or Finanzamt;
# an upload ('online eingestellt'), a service since a year, a shared service with the neighbours ('gemeinsam',
# 'interkommunal') and the site's own offer beside another agency's name are offers
VETO11B: dict[str, tuple[list[str], list[str]]] = {
    "appointment_booking": ([
        "Die Online-Terminbuchung ist seit 2023 möglich und wird gut angenommen.",
        "Seit der Einführung einer Online-Terminvergabe im Jahr 2022 buchen Sie Termine im Bürgerbüro online.",
        "Gemeinsam mit den Nachbargemeinden bieten wir eine Online-Terminvergabe für alle Standesämter an.",
        "Termine im interkommunalen Bürgerbüro mit der Nachbarstadt buchen Sie online.",
        "Auch Bürgerinnen und Bürger der Nachbargemeinden können unsere Online-Terminvergabe nutzen.",
    ], [
        "Die Online-Terminvergabe war bis März 2024 verfügbar.",
        "Termine im Bürgerbüro konnten Sie bis zum Softwarewechsel online buchen.",
        "Eine Online-Terminvergabe bieten wir für das Fundbüro nicht an.",
        "Termine für das Standesamt werden nicht online vergeben.",
    ]),
    "form_server": ([
        "Die Formulare sind online eingestellt und können am Bildschirm ausgefüllt und elektronisch übermittelt werden.",
        "Bis 2022 waren Anträge nur auf Papier möglich. Heute stellen Sie Anträge online über unser Serviceportal.",
        "Die Anträge stellen Sie online über unser Serviceportal. Die Nachbargemeinde nutzt dasselbe Portal.",
        "Ihren Antrag auf Wohngeld stellen Sie online bei uns; Leistungen des Jobcenters beantragen Sie dort.",
        "Das Online-Formular muss nicht unterschrieben werden, es genügt das Absenden.",
        "Den Antrag stellen Sie online; persönlich erscheinen müssen Sie nicht.",
        "Für die Gewerbeanmeldung nutzen Sie unseren Online-Antrag. Die IHK informiert Sie anschließend.",
        "Wie das Finanzamt bieten auch wir viele Leistungen als Online-Antrag an.",
    ], [
        "Anträge auf Sondernutzung konnten bis 2023 online gestellt werden.",
        "Im Nachbarlandkreis können Bauanträge bereits digital eingereicht werden.",
        "In der Nachbargemeinde Beispielhausen können Hunde jetzt online angemeldet werden.",
        "Neues aus der Region. Im Nachbarkreis können Gewerbe jetzt vollständig online angemeldet werden.",
        "Die Deutsche Rentenversicherung stellt ihre Anträge als Online-Formulare bereit.",
    ]),
    "epayment": ([
        "Seit Mai bezahlen Sie Gebühren online mit PayPal; die Barkasse wurde zum Jahresende geschlossen.",
        "Gebühren bezahlen Sie online per PayPal. Die Verbraucherzentrale berät zu sicheren Zahlungen.",
    ], [
        "Gebühren konnten bis Ende 2024 online mit giropay bezahlt werden.",
        "Die Familienkasse ermöglicht es, Anträge online zu stellen und Gebühren online zu bezahlen.",
    ]),
    "participation": ([], ["Die Online-Beteiligungsplattform wurde Ende 2023 geschlossen."]),
    "open_data": ([
        "Die Wahlergebnisse der Stadt veröffentlichen wir als offene Daten (CSV) unter der Datenlizenz Deutschland; das "
        "Landesamt erhält sie ebenfalls.",
    ], [
        "Nach der Wahl veröffentlicht das Statistische Landesamt die Ergebnisse als offene Daten im CSV-Format.",
        "Die Ergebnisse stellt der Landeswahlleiter als Open Data unter der Datenlizenz Deutschland bereit.",
    ]),
    "council_info": (["Die Sitzungsunterlagen finden Sie in unserem Ratsinformationssystem."], [
        "Tagesordnungspunkt 5: Beschaffung eines Ratsinformationssystems für Gemeinderat und Ausschüsse.",
    ]),
    "issue_reporting": ([], [
        "In der benachbarten Stadt gibt es bereits einen Mängelmelder, über den Schäden online gemeldet werden.",
    ]),
    "eid": (["Melden Sie sich mit dem Online-Ausweis an. Das Finanzamt nutzt dasselbe Verfahren."], [
        "Das Jobcenter bietet zahlreiche Online-Dienste an, bei denen man sich auch mit dem Online-Ausweis anmelden kann.",
    ]),
}

# a service portal's appointment booking (…/HamburgGateway/Terminvergabe/…, serviceportal.…/termine/…) is a booking, not
# an online application; the same portals' application paths stay forms
PORTAL11: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        '<a href="https://serviceportal.hamburg.de/HamburgGateway/Service/Entry/AFM">Wohnsitz anmelden</a>',
        '<a href="https://serviceportal.musterstadt.de/antraege/wohngeld">Online-Dienste</a>',
        '<a href="https://service.musterstadt.de/terminalgebuehren/antrag">Online-Services</a>',
        '<a href="https://service.musterstadt.de/">Online-Dienste</a>',
    ], [
        '<p>Please book an appointment online before you come.</p><p><a href="https://serviceportal.hamburg.de/'
        'HamburgGateway/Terminvergabe/bezirk-nord">Book an appointment</a></p>',
        '<a href="https://serviceportal.musterstadt.de/termine/buergerbuero">Online-Dienste</a>',
        '<a href="https://service.musterstadt.de/terminvereinbarung?amt=standesamt">Online-Services</a>',
    ]),
    "appointment_booking": ([
        '<p>Please book an appointment online before you come.</p><p><a href="https://serviceportal.hamburg.de/'
        'HamburgGateway/Terminvergabe/bezirk-nord">Book an appointment</a></p>',
    ], []),
}

# the sign language as a course or an interpreter service is no content in DGS (a sentence veto, as the other vetoes)
COURSE11: dict[str, tuple[list[str], list[str]]] = {
    "sign_language": ([
        "<p>Informationen zur Stadtverwaltung in Deutscher Gebärdensprache finden Sie in unseren Videos.</p>",
        "<p>Gebärdensprache</p><p>Hier erklären wir in Videos, wie Sie einen Termin im Bürgerbüro bekommen.</p>",
        "<p>Videos in Deutscher Gebärdensprache: Wahlen, Müllabfuhr und Bürgerbüro.</p>",
        '<a href="/dgs">Gebärdensprache</a>',
    ], [
        "<p>Die Volkshochschule startet im Herbst einen Grundkurs Deutsche Gebärdensprache.</p>",
        "<p>Für den Gebärdensprachkurs im Familienzentrum sind noch Plätze frei.</p>",
        "<p>Im Workshop lernen Kinder erste Wörter in Deutscher Gebärdensprache.</p>",
    ]),
}

# round 12 (blind12/13's errors, written as grammar): a clause whose predicate is negated ends within a few words of
# 'nicht', whatever the verb or its particle; a 'kein'/'nicht' inside the offer's noun phrase negates the offer; what is
# negated may instead be the old way (Rathaus, warten, ausdrucken), a focus ('nicht nur') or another noun
NEGATION12: dict[str, tuple[list[str], list[str]]] = {
    "epayment": ([
        "Sie brauchen keinen Termin – bezahlen Sie Ihre Gebühren einfach online mit PayPal.",
        "Ein Ausdruck ist nicht nötig: Sie zahlen die Gebühr online per Kreditkarte.",
        "Die Hundesteuer bezahlen Sie online per giropay und müssen dafür nicht zur Stadtkasse gehen.",
        "Keine Wartezeit an der Kasse dank Online-Zahlung mit PayPal.",
    ], [
        "Wir bieten für die Hundesteuer keine Zahlung per PayPal oder Kreditkarte an.",
        "Eine Online-Zahlung der Friedhofsgebühren ermöglicht unsere Kasse nicht.",
    ]),
    "appointment_booking": ([
        "Mit der Online-Terminvergabe buchen Sie Ihren Termin und müssen nicht mehr im Flur warten.",
        "Termine im Bürgerbüro können Sie nicht nur online buchen, sondern auch telefonisch vereinbaren.",
        "Öffnungszeiten spielen keine Rolle, denn Termine im Bürgerbüro buchen Sie online rund um die Uhr.",
        "Kein Warten mehr dank Online-Terminvergabe: buchen Sie Ihren Termin online.",
    ], [
        "Termine vergeben wir telefonisch und nicht über das Online-Portal.",
        "Die Online-Terminbuchung für das Bürgerbüro bieten wir nicht mehr an.",
        "Termine beim Standesamt lassen sich über das Online-Portal nicht reservieren.",
    ]),
    "form_server": ([
        "Das Formular füllen Sie online aus und müssen es nicht ausdrucken.",
        "Mit dem Online-Antrag müssen Sie nicht mehr persönlich im Bürgerbüro erscheinen.",
    ], [
        "Anträge auf Wohngeld nehmen wir über das Serviceportal nicht entgegen.",
        "Den Online-Antrag für den Bewohnerparkausweis schalten wir vorerst nicht frei.",
    ]),
    "geoportal": ([], ["Im Geoportal des Landkreises sind die Pläne der Gemeinde noch nicht veröffentlicht."]),
    "participation": ([], ["Eine Online-Beteiligung wird zu diesem Bebauungsplan nicht durchgeführt."]),
    "issue_reporting": ([], ["Über einen Mängelmelder verfügt die Stadt nicht.", "Die Gemeinde betreibt keinen eigenen Mängelmelder."]),
}

# a negated requirement ('ist nicht erforderlich', 'benötigen Sie nicht') says the account or the eID is not used; the
# service needing none ('Für das Geoportal ist keine Anmeldung nötig'), an optional one ('nicht zwingend') and a
# requirement negated in another clause stay; an account named as a compound ('BayernID-Konto') is the account
REQUIREMENT12: dict[str, tuple[list[str], list[str]]] = {
    "service_account": ([
        "Für die Online-Anträge benötigen Sie die BundID; ein Besuch im Rathaus ist nicht nötig.",
        "Melden Sie sich mit Ihrem Servicekonto an, eine erneute Registrierung ist nicht erforderlich.",
        "Sie benötigen lediglich Ihre BayernID, um den Antrag abzuschicken.",
        "Die Anmeldung erfolgt über Ihr HamburgService-Konto.",
        "Für die meisten Leistungen können Sie sich mit Ihrem BayernID-Konto anmelden.",
        "Die Registrierung läuft über ein Amt24-Servicekonto.",
    ], [
        "Ein Servicekonto.NRW ist für die Meldung nicht erforderlich.",
        "Sie müssen sich dafür nicht mit der BundID registrieren.",
        "Eine Anmeldung mit dem Servicekonto BW ist für diesen Antrag nicht erforderlich.",
        "Die BundID benötigen Sie für dieses Formular nicht.",
    ]),
    "eid": ([
        "Für den Antrag benötigen Sie den Online-Ausweis; ein Termin im Rathaus ist nicht nötig.",
        "Mit der Online-Ausweisfunktion identifizieren Sie sich, ohne dass ein Besuch erforderlich ist.",
        "Eine Unterschrift ist nicht notwendig, da Sie sich mit der eID-Funktion ausweisen.",
        "Eine Identifizierung mit der eID-Funktion ist für diese Leistung nicht zwingend erforderlich, aber möglich.",
    ], [
        "Sie müssen sich für die Abmeldung nicht mit der eID-Funktion ausweisen.",
        "Eine Identifizierung mit der eID-Funktion ist für die Abmeldung nicht notwendig.",
    ]),
    "geoportal": (["Eine Anmeldung im Geoportal ist nicht erforderlich, alle Karten sind frei zugänglich."], []),
}

# a plan told without 'soll': the present tense of a set-up verb with a time ahead ('richten wir im Laufe des Jahres
# ein', 'nach und nach anbinden'), an intention ('wollen wir freischalten'), a status ('Geplant ist', 'in Planung',
# 'wird ausgeschrieben', 'auf der Maßnahmenliste'), a condition on the service ('Sobald das Portal freigeschaltet
# ist'); a past introduction, 'ab sofort', slots 'freigeschaltet', the reader's own account and a date with an offer
# in the present ('Ab Januar können Sie …': a date alone cannot tell the page's time) are offers
PLANS12: dict[str, tuple[list[str], list[str]]] = {
    "appointment_booking": ([
        "Die Online-Terminvergabe wurde im Frühjahr eingeführt.",
        "Neue Termine im Online-Kalender werden jeweils montags freigeschaltet.",
        "Ab sofort können Sie Termine im Bürgerbüro online buchen.",
        "Wie geplant ist die Online-Terminvergabe seit Mai in Betrieb.",
    ], [
        "Ab März schalten wir die Online-Terminbuchung für das Standesamt frei.",
        "Die Online-Terminvergabe für das Standesamt wollen wir im Sommer starten.",
        "Bis die Online-Terminvergabe eingerichtet ist, vereinbaren Sie Termine bitte telefonisch.",
        "Die Online-Terminvergabe wird derzeit europaweit ausgeschrieben.",
    ]),
    "epayment": ([
        "Seit Januar ist die Online-Zahlung mit PayPal freigeschaltet.",
        "Ab Januar können Sie die Hundesteuer online per Kreditkarte bezahlen.",
    ], [
        "Die Online-Zahlung per Kreditkarte führen wir im Frühjahr ein.",
        "Online-Bezahlung mit PayPal (Start geplant im Herbst)",
    ]),
    "form_server": ([
        "Sobald Ihr Konto freigeschaltet ist, können Sie Ihren Antrag online stellen.",
        "Sobald Sie registriert sind, stellen Sie Ihre Anträge online.",
    ], [
        "Sobald das Bürgerportal freigeschaltet ist, können Sie Ihren Antrag online stellen.",
        "Die Online-Anträge des Landesportals binden wir nach und nach an.",
    ]),
    "geoportal": ([], [
        "Der Landkreis möchte im kommenden Jahr ein eigenes Geoportal aufbauen.",
        "Ein Geoportal mit allen Bebauungsplänen befindet sich in Planung.",
    ]),
    "council_info": (["Seit der Einführung des Ratsinformationssystems finden Sie alle Vorlagen online."], []),
    "mobile_app": ([], ["Geplant ist außerdem eine eigene Stadt-App."]),
    "issue_reporting": ([
        "Den Mängelmelder hat der Rat 2021 beschlossen; seitdem melden Sie Schäden online mit Foto und Standort.",
    ], [
        "Ein digitaler Mängelmelder steht für 2027 auf der Maßnahmenliste.",
        "3. Mängelmelder Die Fraktion hat beantragt, für das Stadtgebiet einen digitalen Mängelmelder einzurichten.",
    ]),
}

# a proposal, motion or commission whose object is a set-up told as a zu-infinitive after the comma, with an agenda
# item's heading run into its sentence; a past resolution, 'Angeboten werden …' and help offered are offers
COMMISSION12: dict[str, tuple[list[str], list[str]]] = {
    "council_info": ([
        "Vorlagen, Beschlüsse und Niederschriften finden Sie in unserem Ratsinformationssystem; beantragt werden kann "
        "dort auch ein Zugang für Bürger.",
    ], [
        "TOP 3: Ratsinformationssystem Der Bürgermeister schlug vor, für Gemeinderat und Ausschüsse ein "
        "Ratsinformationssystem anzuschaffen.",
    ]),
    "appointment_booking": ([
        "Auf Antrag der Fraktion wurde 2022 eine Online-Terminvergabe eingeführt, die Sie hier nutzen können.",
        "Angeboten werden Online-Termine für das Bürgerbüro; buchen Sie Ihren Termin bequem online.",
    ], [
        "Online-Terminvergabe Der Ortsbeirat regt an, für die Bürgersprechstunde eine Online-Terminvergabe einzuführen.",
    ]),
    "epayment": (["Wir empfehlen, Gebühren online zu bezahlen: Nutzen Sie PayPal oder Kreditkarte im Serviceportal."], [
        "Die Kämmerei wurde beauftragt, bis zum Herbst eine Online-Bezahlung mit PayPal und Kreditkarte umzusetzen.",
    ]),
    "form_server": ([
        "Die Verwaltung hat angeboten, Ihnen bei der Online-Antragstellung zu helfen: Anträge stellen Sie online über "
        "unser Serviceportal.",
    ], []),
    "participation": ([], [
        "Online-Beteiligung Der Jugendbeirat hat vorgeschlagen, für den Spielplatz eine Online-Beteiligung aufzubauen.",
    ]),
    "mobile_app": ([], ["Gemeinde-App Der Gemeinderat hat beschlossen, im nächsten Jahr eine eigene Gemeinde-App zu entwickeln."]),
}

# a service that was: 'der frühere/ehemalige/damalige' before the offer's noun, 'seit … außer Betrieb/abgeschaltet';
# an offer that replaced the old way ('die frühere Barzahlung entfällt'), plans 'eingestellt' (uploaded) are offers
ENDED12: dict[str, tuple[list[str], list[str]]] = {
    "issue_reporting": ([
        "Nach der Abschaltung des früheren Systems melden Sie Schäden jetzt im neuen Mängelmelder.",
    ], [
        "Der frühere Mängelmelder der Stadt ist seit Juli außer Betrieb.",
        "Ein ehemaliger Mängelmelder der Stadt ist unter maengel.musterstadt.de archiviert.",
    ]),
    "appointment_booking": (["Seit 2024 ist die Online-Terminvergabe freigeschaltet."], []),
    "geoportal": ([
        "Alle Bebauungspläne sind seit 2024 im Geoportal der Stadt eingestellt.",
    ], ["Das ehemalige Geoportal des Kreises finden Sie im Archiv."]),
    "participation": ([
        "Die Online-Umfrage zum Radverkehr läuft noch bis Ende Mai.",
    ], [
        "Die Ergebnisse der damaligen Online-Umfrage liegen im Rathaus aus.",
        "Die damalige Online-Beteiligung zum Radverkehr hatte 400 Teilnehmende.",
    ]),
    "mobile_app": (["Die neue Stadt-App ersetzt seit Mai die frühere Abfall-App."], []),
    "form_server": ([
        "Mit dem früheren Formular war das nicht möglich; heute stellen Sie den Antrag online.",
    ], ["Die früheren Online-Formulare des Bauamts finden Sie nur noch im Archiv."]),
    "epayment": (["Die frühere Barzahlung entfällt: Gebühren bezahlen Sie online per PayPal."], []),
    "de_mail": (["Sie erreichen das Bürgerbüro per De-Mail unter (buergerbuero@musterstadt.de-mail.de)."], [
        "Die frühere De-Mail-Adresse der Stadt (rathaus@musterstadt.de-mail.de) ist seit dem 1. Juli 2024 abgeschaltet.",
    ]),
}

# chrome told in prose (blind12/13's misses): an app named as the site's own ('unserer Stadt-App', 'App „…“ der Stadt')
# with the stores or platforms in the next sentence; a profile of the site's own ('auf unserer Facebook-Seite', 'YouTube-
# Kanal der Stadt', 'Instagram @handle'); a federal, another body's, a planned or a denied app or profile is a trap
CHROME12: dict[str, tuple[list[str], list[str]]] = {
    "mobile_app": ([
        "Alle Abfuhrtermine finden Sie in unserer Abfall-App „Sauber Musterstadt“. Sie ist kostenlos im App Store und "
        "bei Google Play erhältlich.",
        "Mit der App „Musterstadt erleben“ der Stadt Musterstadt entdecken Sie die Altstadt. Die App gibt es kostenlos für "
        "iOS und Android.",
        "Unsere neue Bürger-App informiert über Baustellen. Laden Sie die App im Play Store oder im Apple App Store herunter.",
        "Mit unserer App „Bad Muster mobil“ zahlen Sie Parkgebühren per Smartphone. Die App steht für Android und iOS bereit.",
        "Die Stadt-App bündelt Termine und Meldungen; Sie finden sie im App Store und bei Google Play.",
        "Termine, Nachrichten und Notrufnummern bietet die App „Mein Musterdorf“ der Gemeinde Musterdorf, kostenlos für iOS und Android.",
    ], [
        "Die Warn-App NINA des Bundes ist kostenlos im App Store und bei Google Play erhältlich.",
        "Eine eigene Gemeinde-App gibt es nicht. Die Warn-App NINA ist im App Store und bei Google Play erhältlich.",
        "Veranstaltungstipps finden Sie in der App „Küste aktuell“ des Tourismusverbandes. Die App gibt es für iOS und Android.",
        "Die Abfall-App des Landkreises ist im App Store und bei Google Play erhältlich.",
        "Die AusweisApp ist kostenlos für iOS und Android verfügbar.",
        "Die Stadt-App ist in Planung. Sie soll später im App Store und bei Google Play erscheinen.",
    ]),
    "social_media": ([
        "Aktuelles aus dem Rathaus finden Sie auch auf unserer Facebook-Seite „Stadt Musterhausen“.",
        "Die Sitzungen des Stadtrats übertragen wir live auf dem YouTube-Kanal der Stadt Musterhausen.",
        "Neuigkeiten posten wir auch auf der Seite der Gemeinde bei Instagram.",
        "Fotos aus der Bibliothek gibt es auf unserem Instagram-Kanal @bibliothek.musterhausen.",
        "Folgen Sie der Stadtbibliothek: Instagram @stadtbibliothek.musterhausen",
        "<h3>Instagram</h3><p>Unter @stadtarchiv.musterhausen zeigen wir Fundstücke aus dem Archiv.</p>",
        "Unser offizieller Mastodon-Account informiert über Baustellen und Veranstaltungen.",
    ], [
        "Der Landkreis informiert auf seiner Facebook-Seite über Impftermine.",
        "Die Polizei warnt auf ihrem Instagram-Kanal vor Trickbetrug.",
        "Der Kurs der Volkshochschule zeigt, wie man eine Facebook-Seite für den Verein anlegt.",
        "Eine eigene Facebook-Seite der Gemeinde gibt es nicht.",
        "Fragen zu Instagram-Konten beantwortet die Verbraucherzentrale unter info@vz-musterland.de.",
        "Die Stadt hat ihren Facebook-Auftritt zum Jahresende eingestellt.",
    ]),
}

# a childcare place applied for in a portal ('Vormerkung für einen Betreuungsplatz über das Elternportal', 'im
# Kita-Portal online vormerken'); a library's reservation, a phone waiting list, a school's parents' portal, a denied
# or planned portal are traps
CHILDCARE12: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Die Anmeldung für einen Krippenplatz erfolgt über das Kita-Portal der Stadt.",
        "Über das Kinderbetreuungsportal können Sie Ihr Kind für bis zu drei Einrichtungen online vormerken.",
        "Online-Vormerkung im Elternportal: Wählen Sie Ihre Wunsch-Kita und den Betreuungsbeginn.",
        "Die Platzanfrage für einen Hortplatz stellen Sie in unserem Betreuungsportal.",
        "Eine Bedarfsanmeldung für einen Tagespflegeplatz ist über das Online-Portal der Gemeinde möglich.",
        "Die Vormerkung für einen Kindergartenplatz läuft über das Elternportal „KitaPlaner“.",
    ], [
        "Bücher und DVDs können Sie im Online-Katalog der Stadtbibliothek vormerken.",
        "Die Vormerkung für einen Kitaplatz nehmen die Einrichtungen telefonisch entgegen.",
        "Die Anmeldung für einen Krippenplatz erfolgt schriftlich in der Einrichtung; ein Kita-Portal gibt es nicht.",
        "Über das Elternportal der Schule erhalten Sie Elternbriefe und Vertretungspläne.",
        "Das Land plant ein Kita-Portal, über das man Kinder künftig online vormerken kann.",
        "Im Elternportal legen Sie ein Elternkonto an und sehen die Speisepläne der Kita.",
    ]),
}

# an account noun inflected (genitive 'des Servicekontos Berlin', 'Ihres BundID-Kontos', plural 'Unternehmenskonten') is
# the account; a requirement of a named account whose subject is not 'Sie' ('Bauvorlageberechtigte benötigen ein
# Unternehmenskonto'; a bare 'Nutzerkonto' needs 'Sie', it is as often a library's or a platform's), the
# account's mailbox or credentials ('Zugangsdaten Ihres Nutzerkontos'); a bank's or a utility's account, a denied
# requirement, an account that the reader lacks beside an online offer (still an offer of forms) and news of federal
# account counts are traps
ACCOUNTS13: dict[str, tuple[list[str], list[str]]] = {
    "service_account": ([
        "Nachweise laden Sie bitte in das Postfach Ihres Servicekontos Sachsen hoch.",
        "Den Bescheid stellen wir in das Postfach Ihres HamburgService-Kontos zu.",
        "Architektinnen und Architekten benötigen für die Einreichung ein Unternehmenskonto.",
        "Für die Anmeldung brauchen Vereine ein Organisationskonto.",
        "Unternehmen und Vereine können sich mit ihren Unternehmenskonten anmelden.",
        "Den Nachweis reichen Sie über das Postfach Ihres Bürgerkontos nach.",
        "Die Anmeldung erfolgt mit den Zugangsdaten Ihres Nutzerkontos.",
        "Wer den Antrag stellt, braucht ein Servicekonto Thüringen.",
    ], [
        "Für die Überweisung benötigen Unternehmen ein Unternehmenskonto bei ihrer Bank.",
        "Firmen brauchen für den Lastschrifteinzug ein Unternehmenskonto bei einer deutschen Bank.",
        "Kunden der Stadtwerke benötigen ein Nutzerkonto für das Kundenportal der Stadtwerke.",
        "Für den Antrag benötigen Sie kein Unternehmenskonto.",
        "Die Zahl der Nutzerkonten des Bundes ist 2025 auf fünf Millionen gestiegen.",
        "Das Postfach Ihres Kundenkontos bei den Stadtwerken finden Sie im Kundenportal.",
        "Die Zugangsdaten Ihres Leserkontos erhalten Sie an der Theke der Stadtbibliothek.",
        "Für die Onleihe benötigen Sie ein Nutzerkonto der Stadtbibliothek.",
        "Für die Fernleihe brauchen Leserinnen und Leser ein Nutzerkonto in der Bibliothek.",
        "Vereine brauchen für die Hallenbuchung ein Nutzerkonto im Buchungssystem des Sportamts.",
        "Teilnehmende benötigen ein Nutzerkonto auf der Lernplattform der Volkshochschule.",
        "Die Ratsmitglieder benötigen ein Nutzerkonto für das Ratsinformationssystem.",
    ]),
    "form_server": (["Wer kein Nutzerkonto hat, kann den Antrag auch online stellen."], []),
}

# a loss or a find reported online: the procedure's noun (Verlustmeldung, Verlustanzeige, Fundsache, einen Fund) with
# 'online' and a verb of handing in or reporting (aufgeben, erstatten, melden, übermitteln), in either order and with
# either address; a classified or death notice 'aufgeben', a parcel, another body's lost property office, a denial and
# a time still ahead are traps
LOSS13: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Eine Verlustmeldung können Sie online aufgeben.",
        "Fundsachen können Sie auch online melden.",
        "Einen Fund melden Sie bequem online.",
        "Haben Sie etwas verloren? Dann können Sie online eine Verlustanzeige aufgeben.",
        "Verlustanzeigen erstatten Sie online im Fundportal der Gemeinde.",
        "Hast du etwas verloren? Deine Verlustmeldung kannst du rund um die Uhr online übermitteln.",
        "Gefundene Gegenstände meldet ihr einfach online, wir holen sie ab.",
        "Die Verlustanzeige können Sie auch über unser Online-Fundbüro erstatten.",
    ], [
        "Eine Kleinanzeige können Sie online im Amtsblatt aufgeben.",
        "Eine Traueranzeige können Sie online über den Verlag aufgeben.",
        "Pakete können Sie in der Postfiliale im Rathaus aufgeben.",
        "Eine Verlustmeldung geben Sie bitte persönlich im Bürgerbüro auf; online ist das nicht möglich.",
        "Fundsachen können Sie nicht online melden, bitte kommen Sie ins Bürgerbüro.",
        "Eine Verlustmeldung können Sie künftig auch online aufgeben.",
        "Verlorene Fahrkarten melden Sie online beim Fundbüro der Verkehrsbetriebe.",
        "Die Verlustmeldung für Ihre Bahncard erstatten Sie online bei der Deutschen Bahn.",
        "Eine Verlustmeldung für Fahrkarten können Sie online beim Verkehrsverbund aufgeben.",
    ]),
}

# childcare places allocated through a portal: a verb of allocating (vergibt, Vergabe, vermittelt) with the places and
# the Kita/Betreuungs/Eltern-Portal, 'im Kita-Portal anmelden', 'Kita-Platzvergabe online'; a portal that does not exist
# or is planned ('über ein Kita-Portal zu vergeben'), a school's parents' portal, a club's and a denied one are traps
ALLOCATION13: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Die Stadt vergibt alle Kita-Plätze zentral über das Kita-Portal.",
        "Krippenplätze vergibt die Gemeinde über ihr Elternportal; dort melden Sie Ihr Kind an.",
        "Die Kita-Platzvergabe läuft online über das Portal „Kita-Navigator“.",
        "Über das Betreuungsportal vergeben wir die Plätze in allen städtischen Kindertagesstätten.",
        "Die Vergabe der Hortplätze erfolgt über das Kita-Portal des Landkreises.",
        "Ihr Kind melden Sie im Kita-Portal an.",
        "Kinder melden Sie online über das Elternportal an.",
    ], [
        "Die Plätze vergibt jede Kita selbst; ein zentrales Kita-Portal gibt es nicht.",
        "Die Stadt plant, die Kita-Plätze künftig über ein Kita-Portal zu vergeben.",
        "Im Elternportal der Schule sehen Sie die Vergabe der AG-Plätze.",
        "Die Plätze im Ferienlager vergibt der Sportverein über sein Vereinsportal.",
        "Die Kita-Plätze vergibt die Stadt nicht über das Kita-Portal, sondern in den Einrichtungen.",
        "Die Kita-Platzvergabe online ist in Vorbereitung.",
    ]),
}

# a contrast that keeps the offer: 'nicht nur …, sondern (auch) online' and 'nicht nur online' (the negation's 'nicht nur'
# negates nothing, in the patterns' own look-aheads as in the negation veto), and a negation of another subject before
# the offer told in the third person ('Wer nicht … kann, stellt den Antrag online'); the contrast that ends in a denial,
# the paper form online 'zum Ausdrucken' and forms put online for download are traps
CONTRAST13: dict[str, tuple[list[str], list[str]]] = {
    "appointment_booking": ([
        "Termine vereinbaren Sie nicht nur telefonisch, sondern auch online.",
        "Termine können Sie nicht nur werktags buchen, sondern rund um die Uhr online.",
        "Die Online-Terminvergabe ist nicht nur werktags, sondern rund um die Uhr erreichbar.",
        "Termine für die Sperrmüllabholung gibt es nicht nur online, sondern auch telefonisch.",
        "Wer nicht lange warten möchte, bucht vorab einen Termin online.",
        "Online-Termine gibt es nicht bloß für das Bürgerbüro, sondern auch für das Standesamt.",
    ], [
        "Termine vergeben wir nicht nur telefonisch, sondern auch per E-Mail; online ist das nicht möglich.",
        "Termine vergeben wir nicht nur im Rathaus, sondern auch im Bürgerhaus; online ist keine Buchung möglich.",
        "Das Bürgerbüro vereinbart Termine online nicht.",
        "Online-Termine gibt es beim Standesamt nicht.",
        "Die Sekretärin bucht Termine für den Bürgermeister im Outlook-Kalender.",
        "Die Praxis bucht Termine online beim Gesundheitsamt.",
        "Termine gibt es nicht nur im Bürgerbüro, sondern auch bei der Online-Sprechstunde der Rentenberatung.",
    ]),
    "form_server": ([
        "Anträge können Sie nicht nur während der Öffnungszeiten, sondern rund um die Uhr online stellen.",
        "Die Gewerbeanmeldung ist nicht nur im Rathaus, sondern auch digital möglich.",
        "Den Antrag kannst du nicht bloß im Bürgerbüro, sondern bequem online einreichen.",
        "Wer nicht persönlich ins Rathaus kommen kann, stellt den Antrag einfach online.",
        "Wer umzieht, erledigt die Ummeldung online.",
        "Anträge sind nicht nur online möglich, sondern auch im Rathaus.",
    ], [
        "Anträge nehmen wir nicht nur im Rathaus, sondern auch per Post entgegen; online geht das nicht.",
        "Das Formular gibt es nicht nur im Rathaus, sondern auch online zum Ausdrucken.",
        "Die Gemeinde stellt die Anträge online zum Download bereit.",
        "Die Stadt stellt Anträge nicht online bereit.",
        "Anträge sind nicht nur im Bürgerbüro, sondern auch im Ortsamt erhältlich.",
        "Wer den Antrag nicht online stellen kann, kommt ins Rathaus; ein Online-Antrag ist nicht vorgesehen.",
        "Wer Kindergeld möchte, stellt den Antrag online bei der Familienkasse.",
    ]),
    "epayment": (["Wer nicht bar zahlen möchte, kann die Gebühr online mit PayPal bezahlen."], []),
}

# the newsletter told by its verbs: the administration sending it ('verschicken wir einen Newsletter', 'Die Stadt
# informiert per Newsletter'), the reader receiving it ('erhalten Sie per Newsletter', 'bekommst du per Newsletter',
# 'Über unseren Newsletter bleiben Sie auf dem Laufenden'); another body's newsletter, a course on sending one, a
# denied, ended or planned one are traps (newsletter now reads the vetoes too: 'Einen Newsletter wollen wir … starten')
NEWSLETTER13: dict[str, tuple[list[str], list[str]]] = {
    "newsletter": ([
        "Wir versenden regelmäßig unseren Newsletter an alle Interessierten.",
        "Termine und Bekanntmachungen erhalten Sie per Newsletter.",
        "Über unseren Newsletter bleiben Sie auf dem Laufenden.",
        "Einen Newsletter mit allen Ratsterminen verschicken wir jeden Freitag.",
        "Über Baustellen informieren wir Sie monatlich mit unserem Newsletter.",
        "Neuigkeiten aus dem Ortsamt bekommst du per Newsletter.",
        "Die Stadt Musterhausen informiert monatlich per Newsletter über Baustellen.",
        "Mit unserem Newsletter verpassen Sie keine Neuigkeiten aus der Gemeinde.",
        "Wöchentlich informiert Sie der Newsletter der Gemeinde über Veranstaltungen.",
        "Abfuhrtermine erhalten Sie per Newsletter der Gemeinde.",
    ], [
        "Wir verschicken keinen Newsletter.",
        "Der Landkreis versendet einen Newsletter zur Abfallwirtschaft.",
        "Die Volkshochschule verschickt ihr Programm per Newsletter.",
        "Wie man einen Newsletter verschickt, lernen Sie im VHS-Kurs.",
        "Einen Newsletter verschicken wir seit Januar nicht mehr.",
        "Das Programm erhalten Sie per Newsletter der Volkshochschule.",
        "Über Kurse informiert Sie der Newsletter der Volkshochschule.",
        "Abfuhrtermine erhalten Sie per Newsletter des Landkreises.",
        "Einen Newsletter wollen wir im Herbst starten.",
        "Wir verschicken einen Newsletter erst ab 2027.",
    ]),
}

# the site's own chatbot told in prose: where its window sits ('unten rechts auf jeder Seite', 'auf der Internetseite der
# Gemeinde') or the assistant of the own body answering ('der digitale Assistent der Stadt …, beantwortet rund um die
# Uhr Fragen'); another city's, the Land's or the (Land)kreis's bot (another body on a page of unknown site, as the
# apps and profiles of CHROME12), a talk about chatbots, a planned or a denied one are traps
CHATBOT13: dict[str, tuple[list[str], list[str]]] = {
    "chatbot": ([
        "Der Chatbot ist unten rechts auf jeder Seite unserer Internetpräsenz zu finden.",
        "Ab sofort beantwortet „Lotte“, der digitale Assistent der Stadt Musterhausen, rund um die Uhr Fragen zum Rathaus.",
        "Seit heute steht auf der Internetseite der Gemeinde ein Chatbot zur Verfügung.",
        "Der digitale Assistent der Gemeindeverwaltung beantwortet Fragen rund um die Uhr.",
        "Klicken Sie auf das Sprechblasen-Symbol unten rechts, um mit dem Chatbot zu chatten.",
        "Der Live-Chat ist werktags von 9 bis 15 Uhr unten rechts erreichbar.",
        "Der Chatbot der Gemeinde beantwortet Fragen rund um die Uhr.",
    ], [
        "Die Stadt Hamburg hat einen Chatbot eingeführt, der rund um die Uhr Fragen beantwortet.",
        "Der Chatbot 115 des Landes Berlin beantwortet Fragen rund um die Uhr.",
        "Ein Chatbot für unsere Website ist geplant.",
        "Einen Chatbot gibt es auf unserer Website nicht.",
        "Im Vortrag ging es um Chatbots in der Verwaltung, die rund um die Uhr Fragen beantworten.",
        "Der Chatbot der Nachbarstadt ist unten rechts auf jeder Seite zu finden.",
        "Der Chatbot 115 des Landes Berlin ist auf jeder Seite von service.berlin.de zu finden.",
        "Der Chatbot des Landkreises beantwortet Fragen rund um die Uhr.",
        "Der digitale Assistent des Kreises hilft Ihnen rund um die Uhr.",
        "Auf der Internetseite des Landkreises steht ein Chatbot zur Verfügung.",
    ]),
}

# a survey told in the past (perfect or preterite of asking, 'lief bis', 'ist abgeschlossen', participants in the perfect)
# and an Impressum's liability notice naming a portal as an example of a link; a survey running now, one started with an
# invitation and a portal linked with an offer's words are offers
PAST13: dict[str, tuple[list[str], list[str]]] = {
    "participation": ([
        "Die Online-Umfrage zum Radverkehr läuft noch bis Ende Mai.",
        "Wir haben eine Online-Umfrage gestartet: Machen Sie bis 30. Juni mit!",
        "Nehmen Sie an unserer Online-Umfrage teil – sie ist bis 30. Juni geöffnet.",
        "Beteiligen Sie sich an unserer Online-Beteiligung, die noch bis 30. Juni läuft.",
    ], [
        "Im Rahmen einer Online-Umfrage haben wir im Frühjahr Eltern nach ihren Erfahrungen gefragt.",
        "Die Online-Umfrage zum Radverkehr lief vom 1. bis 30. März.",
        "Über die Online-Beteiligung befragten wir 2024 alle Haushalte zum Spielplatzkonzept.",
        "Die Online-Umfrage zur Innenstadt ist abgeschlossen.",
        "An der Online-Umfrage haben 800 Bürgerinnen und Bürger teilgenommen.",
        "Rund 500 Personen hatten sich an der Online-Beteiligung beteiligt, die bis März lief.",
    ]),
    "form_server": ([
        "Diese Leistung können Sie über das BayernPortal beantragen.",
        "Anträge stellen Sie online im Serviceportal; Links zu Seiten Dritter finden Sie unten.",
    ], [
        "Haftung für Links Unser Angebot enthält Links zu externen Webseiten Dritter, z. B. zum BayernPortal, auf deren "
        "Inhalte wir keinen Einfluss haben.",
        "Für die Inhalte der verlinkten Seiten, etwa das Serviceportal des Landes, ist stets der Anbieter verantwortlich.",
    ]),
}

# a portal in the genitive: after 'mit Hilfe/mithilfe/mittels' or as the owner of the online services ('die
# Online-Dienste unseres Bürgerportals', 'die Anträge des Antragsportals'); the general plural of other towns' portals,
# a denied, a planned and an informational one are traps
PORTALS13: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Mit Hilfe des Serviceportals können Sie Ihren Wohnsitz ummelden.",
        "Die Online-Dienste unseres Bürgerportals stehen rund um die Uhr bereit.",
        "Die Anträge des Antragsportals können Sie am Bildschirm ausfüllen und absenden.",
        "Mithilfe des BayernPortals beantragen Sie Ihr Führungszeugnis.",
        "Mithilfe unseres Serviceportals kannst du deinen Bewohnerparkausweis beantragen.",
        "Die Online-Dienste des Serviceportals Niedersachsen stehen Ihnen rund um die Uhr zur Verfügung.",
        "Mittels des Kommunalportals reichen Sie Ihre Gewerbeanzeige ein.",
    ], [
        "In den Bürgerportalen der Städte können Sie viele Anträge stellen.",
        "Die Online-Dienste des Serviceportals sind derzeit nicht erreichbar.",
        "Die Anträge im Serviceportal werden nur als Information angezeigt.",
        "Die Formulare des Bürgerportals sind noch in Vorbereitung.",
        "Mit Hilfe des Landesportals sollen künftig alle Anträge online möglich sein.",
        "Die Online-Dienste des Bürgerportals gibt es nicht mehr.",
        "Über die Einführung eines Bürgerportals berät der Rat im Mai.",
    ]),
}

# a procedure said to run online: its noun (Anmeldung, Ummeldung, Antrag, Beantragung, with its complement) and 'erfolgt/
# läuft/geschieht (ausschließlich, auch, persönlich oder) online'; a newsletter's sign-up, another body's website or
# office, a denial, a time ahead and a library's loans are traps
PROCEDURE13: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Die Kita-Anmeldung erfolgt online.",
        "Die Ummeldung erfolgt vollständig online.",
        "Die Beantragung des Bewohnerparkausweises läuft ausschließlich digital.",
        "Anträge auf Wohngeld erfolgen jetzt auch online.",
        "Deine Anmeldung zum Ferienpass läuft komplett online.",
        "Die Anmeldung zur Schulbuchausleihe erfolgt ab sofort online.",
        "Die Anmeldung erfolgt persönlich oder online über das Bürgerportal.",
    ], [
        "Die Anmeldung erfolgt online über die Internetseite des Sportvereins.",
        "Die Anmeldung erfolgt telefonisch oder online beim Kreisjugendring.",
        "Die Newsletteranmeldung erfolgt online.",
        "Die Anmeldung zum Newsletter erfolgt online.",
        "Die Antragstellung erfolgt nicht digital.",
        "Die Ausleihe erfolgt online im Katalog.",
        "Die Anmeldung erfolgt künftig online.",
    ]),
}

# steps told as infinitives: a sign-up verb with the newsletter's address ('Anmelden können Sie sich auf
# musterstadt.de/newsletter'), a form filled in and sent off in a list of steps ('Formular ausfüllen, absenden') in a
# sentence without paper words; another address, a newsletter's archive, a PDF to download, print, sign or post are traps
STEPS13: dict[str, tuple[list[str], list[str]]] = {
    "newsletter": ([
        "Anmelden können Sie sich auf musterdorf.de/newsletter.",
        "Abonnieren können Sie ihn unter www.musterstadt.de/newsletter.",
        "Zum Abonnement geht es unter musterhausen.de/service/newsletter.",
        "Eintragen kannst du dich unter https://www.musterburg.de/aktuelles/gemeinde-newsletter.",
        "Die Anmeldung ist unter www.musterdorf.de/aktuelles/newsletter möglich.",
        "Registrieren Sie sich für Neuigkeiten unter musterau.de/newsletter.",
    ], [
        "Anmelden können Sie sich unter musterstadt.de/veranstaltungen.",
        "Der Newsletter-Versand wurde eingestellt; das Archiv finden Sie unter musterstadt.de/newsletter.",
        "Anmelden können Sie sich telefonisch im Bürgerbüro.",
        "Die Anmeldung zum Kurs erfolgt unter vhs-muster.de/anmeldung.",
        "Einen Newsletter gibt es nicht; Neuigkeiten stehen unter musterstadt.de/aktuelles.",
        "Ausgaben des Gemeindeblatts finden Sie unter musterdorf.de/gemeindeblatt.",
    ]),
    "form_server": ([
        "Reservieren können Sie über den Belegungskalender: freien Tag auswählen, Formular ausfüllen, absenden.",
        "Wählen Sie den gewünschten Termin, Formular ausfüllen und abschicken – fertig.",
        "So geht es: Leistung wählen, Formular ausfüllen und direkt absenden.",
        "Grillplatz buchen: Datum wählen, Formular ausfüllen, abschicken.",
        "Für die Sondernutzung einfach das Formular ausfüllen und online absenden.",
        "Ihr Anliegen: Kategorie wählen, Formular ausfüllen, absenden.",
    ], [
        "Formular herunterladen, ausfüllen und absenden.",
        "Bitte laden Sie das PDF herunter: Formular ausfüllen, unterschreiben und absenden.",
        "Das Formular ausfüllen und per Post absenden.",
        "Formular ausfüllen und an das Bürgerbüro absenden.",
        "Formular ausdrucken, ausfüllen und absenden.",
        "Das Formular ausfüllen, unterschreiben und per Fax absenden.",
    ]),
}

# the Land accounts by every Land's name ('Servicekonto Niedersachsen/Saarland/Rheinland-Pfalz/Mecklenburg-Vorpommern/
# Hessen/Schleswig-Holstein'), used for this administration's services; the Land explaining, debating or planning its
# account, a denied requirement, a negated sign-in and an account named 'für andere Verwaltungsleistungen' than the
# page's are traps
LANDS13: dict[str, tuple[list[str], list[str]]] = {
    "service_account": ([
        "Für unsere Online-Dienste benötigen Sie das Servicekonto Niedersachsen.",
        "Wir nutzen für alle Online-Anträge das Servicekonto Saarland.",
        "Für alle Online-Dienste der Gemeinde nutzen Sie das Servicekonto Mecklenburg-Vorpommern.",
        "Die Gemeinde nutzt für ihre Onlinedienste das Servicekonto Hessen.",
        "Du kannst dein Servicekonto Schleswig-Holstein verwenden.",
        "Bescheide erhalten Sie im Postfach Ihres Servicekontos Rheinland-Pfalz.",
        "Für diese und andere Leistungen brauchen Sie das Servicekonto Niedersachsen.",
    ], [
        "Das Servicekonto Schleswig-Holstein des Landes wird im Landtag beraten.",
        "Wie das Servicekonto Niedersachsen funktioniert, erklärt das Land auf seiner Website.",
        "Ein Servicekonto Hessen ist für diesen Antrag nicht erforderlich.",
        "Das Servicekonto Rheinland-Pfalz soll 2027 eingeführt werden.",
        "Sie müssen sich nicht mit dem Servicekonto Saarland anmelden.",
        "Das Servicekonto Saarland wird zum Jahresende abgeschaltet.",
        "Für andere Verwaltungsleistungen brauchen Sie das Servicekonto Sachsen-Anhalt.",
        "Für andere Onlinedienste melden Sie sich mit der BayernID an.",
    ]),
}

# a report or registration handed in online with the verb's particle apart ('melden Sie online an/ab/um', 'Eine Meldung
# … geben Sie online auf') or 'übermitteln Sie online'; a denied or phone registration, a death or classified notice and
# data sent to another body are traps
SEPARABLE13: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Ihre Meldung zum Sperrmüll übermitteln Sie online.",
        "Anträge übermitteln Sie bitte online.",
        "Den Sperrmüll melden Sie online an.",
        "Das Osterfeuer melden Sie online an.",
        "Deinen Hund meldest du online ab.",
        "Eine Meldung zum Straßenschaden geben Sie online auf.",
    ], [
        "Den Sperrmüll melden Sie telefonisch an, nicht online.",
        "Ihren Hund melden Sie nicht online an, sondern im Rathaus.",
        "Eine Kleinanzeige geben Sie online im Verlag auf.",
        "Eine Traueranzeige geben Sie online auf.",
        "Ihre Daten übermitteln Sie online an die Krankenkasse.",
        "Den Antrag stellen Sie online bei der Familienkasse.",
    ]),
}

# rules15: a sweep over the definitions (components.md, fingerprints_de.md §3, §6c, §8) instead of a round's errors.
# The app told in prose by the grammar of getting it (store, download, install, 'für iOS und Android'), of using it with
# an address ('Mit der Abfall-App erhalten Sie …') or of the body being on a village platform; federal, warn, transport
# and ID apps, another body's app, a plan in 'soll … verfügbar sein' and a discontinued app are traps
APPS15: dict[str, tuple[list[str], list[str]]] = {
    "mobile_app": ([
        "Die Musterhausen-App gibt es kostenlos im App Store und bei Google Play.",
        "Laden Sie sich unsere neue Rathaus-App herunter.",
        "Holt euch die DorfFunk-App und redet mit!",
        "Mit der Abfall-App erhalten Sie eine Erinnerung vor jeder Leerung.",
        "Über die Heimat-Info-App bleiben Sie immer auf dem Laufenden.",
        "Die Verbandsgemeinde ist jetzt auch bei Crossiety vertreten.",
        "Unsere Bürger-App ist für iOS und Android verfügbar.",
        "Die App „Musterau mobil“ ist kostenlos in allen App-Stores erhältlich.",
        "Laden Sie sich die Smart Village App herunter und wählen Sie Musterdorf.",
    ], [
        "Die Corona-Warn-App können Sie kostenlos herunterladen.",
        "Die Abfall-App des Landkreises ist im App Store erhältlich.",
        "Die Nachbarstadt hat ihre neue Stadt-App vorgestellt; sie ist im App Store verfügbar.",
        "Die Gemeinde-App soll 2027 in den App-Stores verfügbar sein.",
        "Die Stadt-App ist nicht mehr im App Store verfügbar.",
        "Mit der Luca-App konnten Sie sich in Restaurants registrieren.",
        "Die MVV-App erhalten Sie im App Store.",
        "Mit der Warn-App NINA erhalten Sie amtliche Warnungen.",
        "Die DB-Navigator-App können Sie im Play Store herunterladen.",
    ]),
}

# a named account in the informal address ('Melde dich mit deiner BundID an', 'Zur Anmeldung nutzt ihr das Servicekonto
# Thüringen', 'Du brauchst dafür die BundID'), a requirement with its verb and subject between ('Für diesen Antrag brauchst
# du ein Nutzerkonto') and sign-in with two accounts in coordination; the same address denied, a newsletter sign-up, a
# library account and an account to be replaced are traps
ACCOUNTS15: dict[str, tuple[list[str], list[str]]] = {
    "service_account": ([
        "Für diesen Antrag brauchst du ein Nutzerkonto im Bürgerportal der Stadt.",
        "Sie können sich mit der BayernID oder mit einem Benutzerkonto anmelden.",
        "Zur Anmeldung nutzt ihr das Servicekonto Thüringen.",
        "Du brauchst dafür die BundID.",
        "Melde dich mit deiner BundID an.",
        "Für den Online-Antrag benötigt ihr das Servicekonto Brandenburg.",
        "Logge dich mit dem Servicekonto Saarland ein.",
    ], [
        "Für diesen Antrag brauchst du kein Nutzerkonto.",
        "Das Servicekonto Thüringen soll bis 2028 durch die BundID ersetzt werden.",
        "Du brauchst keine BundID, der Antrag geht auch ohne Anmeldung.",
        "Melde dich zum Newsletter an.",
        "Für die Ausleihe brauchst du ein Leserkonto der Bibliothek.",
        "Die BundID wird vom Bund bereitgestellt; Informationen gibt es auf id.bund.de.",
    ]),
}

# the offers' verbs in the informal address, singular and plural imperative and 'du'/'ihr' ('Beantrage deinen …', 'Füllt das
# Online-Formular aus', 'Zahl deine … online', 'Buch dir einen Termin … online', 'Logg dich mit deiner BayernID ein', 'Weise
# dich … mit dem Online-Ausweis aus', 'Abonniere unseren Newsletter'); the same address for a counter, cash, the phone, a
# club, a course or the plain ID card are traps
INFORMAL15: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Beantrage deinen Bewohnerparkausweis einfach online.",
        "Melde deinen Hund online an.",
        "Stellt euren Antrag auf Sondernutzung bequem online.",
        "Reiche deinen Bauantrag digital ein.",
    ], [
        "Beantrage deinen Reisepass persönlich im Bürgerbüro; online geht das nicht.",
        "Füll das Formular aus, druck es aus und bring es ins Rathaus.",
        "Stellt euren Antrag bitte nicht online, sondern im Rathaus.",
        "Beantragt euren Ausweis im Bürgerbüro.",
    ]),
    "epayment": ([
        "Zahl deine Hundesteuer bequem online.",
        "Bezahl die Gebühr einfach online mit PayPal oder Kreditkarte.",
        "Die Parkgebühr bezahlt ihr direkt online.",
    ], [
        "Zahl die Gebühr bar an der Kasse im Rathaus.",
        "Die Zahl der Online-Zahlungen steigt.",
        "Zahlt ihr lieber bar? Das geht im Bürgerbüro.",
    ]),
    "appointment_booking": ([
        "Buch dir einen Termin für die Zulassungsstelle online.",
        "Vereinbare deinen Termin online.",
        "Reserviert euren Termin im Bürgerbüro online.",
    ], [
        "Buch dir ein Ticket für das Konzert online.",
        "Vereinbare einen Termin telefonisch unter 01234 5678.",
    ]),
    "service_account": ([
        "Melde dich mit deinem Servicekonto an.",
        "Logg dich mit deiner BayernID ein.",
        "Mit deinem Nutzerkonto kannst du den Antrag stellen.",
    ], [
        "Melde dich mit deinem Vereinskonto beim Sportverein an.",
    ]),
    "eid": ([
        "Weise dich einfach mit dem Online-Ausweis aus.",
        "Du kannst dich mit deinem Online-Ausweis identifizieren.",
        "Identifiziert euch mit der eID-Funktion eures Personalausweises.",
    ], [
        "Weise dich im Bürgerbüro mit deinem Personalausweis aus.",
        "Du kannst dich mit deinem Reisepass ausweisen.",
    ]),
    "newsletter": ([
        "Abonniere unseren Newsletter.",
        "Melde dich zum Gemeinde-Newsletter an.",
        "Tragt euch in unseren Newsletter ein.",
        "Bestell dir unseren Newsletter.",
    ], [
        "Melde dich zum Kurs der Volkshochschule an.",
        "Trag dich in die Liste für den Flohmarkt ein.",
    ]),
    "mobile_app": ([
        "Mit unserer App kannst du Schäden melden.",
    ], [
        "Mit unserer Broschüre kannst du die Stadt entdecken.",
    ]),
}

# a profile link of the site's own (a town's or a Kreis's name, an icon without words) against one whose text names a body
# that is never the municipality (police, ministry, federal or Land office, Jobcenter, chamber, savings bank, transport
# association); whose Kreis a 'Kreis … bei YouTube' is the text cannot tell (blind14 heidkirchen stays a known gap)
CHANNELS13: dict[str, tuple[list[str], list[str]]] = {
    "social_media": ([
        '<a href="https://www.youtube.com/@musterstadt">Musterstadt bei YouTube</a>',
        '<a href="https://www.facebook.com/musterstadt" aria-label="Facebook"><img alt="" src="/fb.svg"></a>',
        '<a href="https://www.instagram.com/stadt.musterstadt/">Stadt Musterstadt auf Instagram</a>',
        '<a href="https://www.youtube.com/@LandkreisMuster">Landkreis Muster bei YouTube</a>',
        '<a href="https://social.bund.de/@musterstadt">Mastodon</a>',
        '<a href="https://www.linkedin.com/company/stadtverwaltung-musterstadt">Stadtverwaltung bei LinkedIn</a>',
    ], [
        '<a href="https://www.instagram.com/polizei.muster/">Polizei Musterland auf Instagram</a>',
        '<a href="https://www.facebook.com/bmi">Bundesministerium des Innern bei Facebook</a>',
        '<a href="https://x.com/jobcenter_muster">Jobcenter Musterkreis auf X</a>',
        '<a href="https://www.youtube.com/@sparkassemuster">Sparkasse Muster bei YouTube</a>',
        '<a href="https://www.instagram.com/vvm_muster/">Verkehrsverbund Muster auf Instagram</a>',
        '<a href="https://www.linkedin.com/company/ihk-muster">IHK Muster bei LinkedIn</a>',
    ]),
}

# a strategy named in any case ('Mit unserer Digitalen Agenda verfolgen wir …', 'In unserer Digitalen Strategie stehen …') or
# with a dated adoption ('(Beschluss vom 12.03.2025)'), and a secure channel told channel first ('über das
# Verwaltungspostfach sicher Dokumente senden'), as our secure upload, or as a QES document sent to our Poststelle; the
# federal or Land's agenda, a strategy still to be drawn up or rejected, an SSL-only contact form, the Land's mailbox for
# authorities and where to get a signature are traps
CHANNELS15: dict[str, tuple[list[str], list[str]]] = {
    "digital_strategy": ([
        "Mit unserer Digitalen Agenda verfolgen wir fünf Handlungsfelder: Verwaltung, Bildung, Mobilität, Wirtschaft, Teilhabe.",
        "Digitalstrategie der Gemeinde (Beschluss vom 12.03.2025)",
        "In unserer Digitalen Strategie stehen Ziele und Maßnahmen für die nächsten fünf Jahre.",
        "Der Digitalen Agenda der Stadt hat der Stadtrat im Mai zugestimmt; sie setzt drei Schwerpunkte.",
        "Die Ziele der Digitalen Agenda: papierlose Verwaltung, offene Daten, digitale Schulen.",
        "Smart-City-Strategie (Stadtratsbeschluss vom 4. Mai 2024)",
    ], [
        "Die Digitale Agenda der Bundesregierung legt Ziele für ganz Deutschland fest.",
        "Mit der Digitalen Agenda des Landes sollen Kommunen gefördert werden.",
        "Beschluss vom 12.03.2025: Die Verwaltung soll eine Digitalstrategie erarbeiten.",
        "Eine Digitale Agenda hat die Gemeinde nicht.",
        "Die Ziele einer Digitalen Agenda werden im Herbst erarbeitet.",
        "Der Antrag auf eine Digitalstrategie wurde abgelehnt (Beschluss vom 3.5.2024).",
    ]),
    "secure_mailbox": ([
        "Sie können uns über das Verwaltungspostfach sicher Dokumente senden.",
        "Schriftformersetzende Dokumente können Sie mit qualifizierter elektronischer Signatur an die Poststelle senden.",
        "Für die Übermittlung sensibler Daten nutzen Sie bitte unseren verschlüsselten Upload.",
        "Über unser Bürgerpostfach können Sie uns Unterlagen verschlüsselt übermitteln.",
        "Dokumente mit qualifizierter Signatur senden Sie bitte an unsere virtuelle Poststelle.",
        "Schick uns deine Unterlagen über unser Postfach verschlüsselt zu.",
    ], [
        "Unser Kontaktformular ist SSL-verschlüsselt.",
        "Über das Kontaktformular können Sie uns Ihre Fragen senden.",
        "Eine verschlüsselte Kommunikation per E-Mail ist derzeit nicht möglich.",
        "Die Landesregierung plant die Einführung eines Verwaltungspostfachs.",
        "Über das Postfach des Landes können Behörden sicher Dokumente austauschen.",
        "Eine qualifizierte elektronische Signatur können Sie bei der Bundesnetzagentur beantragen.",
    ]),
}

# open data offered in prose: 'offene Daten'/'Open Data' with a verb of publishing or providing it ('veröffentlicht',
# 'stehen … zum Download bereit', 'stellt … zur Verfügung', 'frei herunterladen', 'findest du') and our subject or an
# address in the sentence; another body's (the Land's, the federal government's, a Zweckverband's, a neighbour's),
# a glossary's definition, a plan, a deliberation and a negation are traps
OPENDATA15: dict[str, tuple[list[str], list[str]]] = {
    "open_data": ([
        "Die Gemeinde veröffentlicht offene Daten auf GovData.",
        "Offene Verwaltungsdaten der Stadt kannst du frei herunterladen und weiterverwenden.",
        "Unsere Haushaltsdaten stehen als offene Daten zum Download bereit.",
        "Die Stadt stellt ihre Geodaten als Open Data kostenlos zur Verfügung.",
        "Wir veröffentlichen unsere Haushaltspläne als Open Data.",
        "Offene Daten der Stadt findest du auf unserem Datenportal.",
    ], [
        "Der Landkreis plant ein Open-Data-Portal.",
        "Die Stadt prüft, ob sie Daten künftig als Open Data bereitstellt.",
        "Das Land veröffentlicht offene Daten auf GovData.",
        "Offene Daten veröffentlicht die Gemeinde bisher nicht.",
        "Die Bundesregierung stellt offene Daten zur Verfügung.",
        "Die Nachbarstadt veröffentlicht seit Jahren offene Daten.",
        "Die Trinkwasseranalysen veröffentlicht der WAZV als offene Daten auf seiner eigenen Seite.",
        "Open Data – Daten, die jeder frei nutzen, weiterverarbeiten und weitergeben darf.",
    ]),
}

PRODUCTS14: dict[str, tuple[list[str], list[str]]] = {  # a form server named by its product with what it is (realpages kaisersesch's miss)
    "form_server": ([
        "Für die Online-Angebote der Verbandsgemeinde gilt diese Erklärung ebenso: formcycle (Formularmanagementsystem, "
        "eingebunden in unsere Website)",
        "civento – Antrags- und Prozessplattform, über die wir unsere Verwaltungsleistungen digital anbieten",
        "Unsere digitalen Angebote: Form-Solutions (Formularserver der Stadtverwaltung), eTermin (Terminbuchung)",
        "Geltungsbereich: www.musterstadt.de sowie cit intelliForm (Formularplattform des Landkreises)",
        "Unsere Formulare laufen über das Formularmanagementsystem formcycle.",
        "Die Stadt setzt als Antragsplattform civento ein.",
        "civento: Prozessplattform des Landes für kommunale Verwaltungsleistungen",
        "Mit formcycle, unserem Formular-Management-System, reichen Sie Anträge ein.",
        "formcycle (Formularmanagement-Software der XIMA MEDIA GmbH, Drittanbieter)",
    ], [
        "Ihre Aufgaben: Betreuung der Fachverfahren civento (Antragsplattform) und formcycle (Formularmanagementsystem)",
        "Gegenstand der Ausschreibung ist die Lieferung eines Formularmanagementsystems (vergleichbar formcycle).",
        "Auftragsverarbeiter: XIMA MEDIA GmbH, Anbieter von formcycle (Formularmanagementsystem)",
        "Die Einführung von civento (Antrags- und Prozessplattform des Landes) ist für das kommende Jahr geplant.",
        "Der Gemeinderat lehnte die Anschaffung von formcycle (Formularmanagementsystem) ab.",
        "Die XIMA MEDIA GmbH hat Version 8 von formcycle (Formularmanagementsystem) veröffentlicht.",
        "Im Nachbarkreis läuft bereits civento (Antragsplattform des Landes); bei uns ist das noch nicht der Fall.",
        "Wir verwenden kein Formularmanagementsystem wie formcycle; Anträge nehmen wir schriftlich entgegen.",
        "Ihre Daten werden im Auftrag durch den Betreiber von civento (Antragsplattform des Landes) verarbeitet.",
        "Erfahrung mit Formularmanagementsystemen (z. B. formcycle) ist wünschenswert.",
    ]),
}

ACTIONS14: dict[str, tuple[list[str], list[str]]] = {  # an online consultation told by the public's actions (realpages wuppertal's miss)
    "participation": ([
        "Noch bis Freitag können alle Bürgerinnen und Bürger den Entwurf kommentieren, über die Vorschläge abstimmen und "
        "eigene Ideen einbringen.",
        "Zum Radverkehrskonzept könnt ihr bis Ende Mai mitdiskutieren, Beiträge kommentieren und Vorschläge bewerten.",
        "Registrierte Teilnehmende können Vorschläge einreichen, kommentieren und bewerten; die besten gehen an den Stadtrat.",
        "Im Internet können Sie bis zum 15. März mitdiskutieren und über die eingegangenen Ideen abstimmen.",
        "Sie können die Maßnahmen des Entwurfs bewerten und kommentieren sowie eigene Vorschläge machen.",
        "Jede und jeder kann hier bis Sonntag Vorschläge machen, die Beiträge anderer kommentieren und abstimmen.",
        "Wer mag, kann sich registrieren: Alle Einwohnerinnen und Einwohner können Ideen eintragen und die Ideen anderer bewerten.",
        "Bis Monatsende können Sie online über die Vorschläge zum Spielplatz abstimmen.",
        "Wer nicht zur Bürgerversammlung kommen kann, kann online mitdiskutieren: Alle Interessierten können die Vorschläge "
        "kommentieren und bewerten.",
    ], [
        "Der Stadtrat stimmte am Dienstag über die Vorschläge aus der Bürgerversammlung ab.",
        "In der Bürgerversammlung am 12. Mai können alle mitdiskutieren, Fragen stellen und abstimmen.",
        "Bis zum 30. Juni konnten alle Interessierten den Entwurf kommentieren und über Vorschläge abstimmen.",
        "Kommentieren Sie unsere Beiträge und bewerten Sie unsere Seite auf Facebook.",
        "Vorschläge zum Haushalt können schriftlich im Rathaus eingereicht werden; in der Sitzung wird darüber abgestimmt.",
        "Die Ausschussmitglieder können die Vorlage kommentieren und in der nächsten Sitzung darüber abstimmen.",
        "Im Workshop konnten die Teilnehmenden Ideen sammeln, bewerten und gemeinsam abstimmen.",
        "Die Online-Beteiligung ist beendet: Kommentieren und Abstimmen sind nicht mehr möglich.",
        "Leserinnen und Leser können Artikel kommentieren und bewerten.",
        "Die Fraktionen können Änderungsvorschläge einreichen, über die der Rat abstimmt.",
        "Im Workshop am Samstag können die Teilnehmenden Ideen sammeln, bewerten und gemeinsam abstimmen.",
    ]),
}

# a defect reported online, told in every order: object first ('Störungen der Straßenbeleuchtung melden Sie bequem online'),
# channel first ('Über die App … meldest du Mängel', 'Mit unserem Mängelmelder können Sie Schlaglöcher … melden'), imperative
# first in the informal address ('Meldet kaputte Spielgeräte … über das Online-Formular'), a portal receiving it ('Hinweise
# auf defekte Ampeln nimmt unser Online-Meldeportal entgegen'); a bulky-waste registration, the phone, another body's
# grid or app, a plan and a negation are traps
ISSUES15: dict[str, tuple[list[str], list[str]]] = {
    "issue_reporting": ([
        "Über die App 'Sag's uns einfach' meldest du Mängel in der Stadt.",
        "Hinweise auf defekte Ampeln nimmt unser Online-Meldeportal entgegen.",
        "Meldet kaputte Spielgeräte einfach über das Online-Formular.",
        "Störungen der Straßenbeleuchtung melden Sie bequem online.",
        "Wilden Müll melden Sie einfach über unsere Müll-App.",
        "Mit unserem Mängelmelder können Sie Schlaglöcher direkt vom Handy melden.",
        "Melde defekte Laternen bitte über den Mängelmelder.",
    ], [
        "Schäden an Straßen melden Sie bitte telefonisch beim Bauhof.",
        "Störungen im Stromnetz melden Sie online bei den Stadtwerken.",
        "Schäden an der Autobahn melden Sie online bei der Autobahn GmbH.",
        "Über die App des Verkehrsverbunds können Sie Störungen melden.",
        "Meldet Schäden bitte nicht online, sondern telefonisch.",
        "So melden Sie Ihren Sperrmüll an: Füllen Sie die Sperrmüllanmeldung online aus.",
        "Ein Mängelmelder soll bald eingeführt werden.",
    ]),
}

# participation offered in prose: a vote in the informal address ('Stimme online … ab', 'Ihr stimmt online … ab'), a headline
# 'Jetzt online mitreden' / 'Online mitgestalten', a survey that 'ist online unter … erreichbar', ideas handed in online with
# a longer subject; an ended survey, the council's vote, ideas on paper, a survey no longer online and another body's
# survey are traps
PARTICIPATION15: dict[str, tuple[list[str], list[str]]] = {
    "participation": ([
        "Deine Meinung zählt: Stimme online über die Vorschläge ab.",
        "Ideen zum neuen Spielplatz können bis Ende Mai online eingereicht werden.",
        "Jetzt online mitreden: Wie soll der Marktplatz aussehen?",
        "Die Umfrage zum ÖPNV ist online unter umfrage.musterstadt.de erreichbar.",
        "Online mitgestalten: Ideen für den neuen Stadtpark",
        "Ihr stimmt online über die Spielgeräte ab.",
    ], [
        "Die Online-Umfrage ist beendet; vielen Dank für Ihre Teilnahme.",
        "Der Rat stimmt am Montag über den Haushalt ab.",
        "Ideen können schriftlich im Rathaus eingereicht werden.",
        "Die Umfrage ist nicht mehr online erreichbar.",
        "Das stimmt: online ist das nicht möglich.",
        "Die Umfrage des Landes ist online unter land.de erreichbar.",
        "Die Befragung des Landkreises läuft online bis Mai.",
    ]),
}

# a chat offered by its verb ('Chatten Sie mit uns', 'Nutze den Live-Chat', 'Starten Sie unseren Chat') or a digital
# 'Bürgerassistent' that answers, and a booking told as a link label ('Zur Terminbuchung im Einwohnermeldeamt') or 'Termine …
# gibt es online'; another body's chat, a parents' forum, a form assistant, a chatbot under review, the phone, a practice's
# or doctor's bookings are traps
SERVICE15: dict[str, tuple[list[str], list[str]]] = {
    "chatbot": ([
        "Nutze den Live-Chat, um direkt mit dem Bürgerbüro zu schreiben.",
        "Sie haben eine Frage? Chatten Sie mit uns!",
        "Der digitale Bürgerassistent beantwortet Ihre Fragen rund um die Uhr.",
        "Starten Sie unseren Chat unten rechts.",
        "Chatte mit dem Bürgerbüro – montags bis freitags von 8 bis 16 Uhr.",
        "Nutzen Sie unseren Servicebot für schnelle Antworten.",
    ], [
        "Nutzen Sie den Chat der Agentur für Arbeit.",
        "Chatten Sie mit anderen Eltern im Forum des Familienzentrums.",
        "Der digitale Antragsassistent führt Sie durch das Formular.",
        "Ein Chatbot für das Bürgerbüro wird derzeit geprüft.",
        "Der digitale Bürgerassistent der Nachbarstadt beantwortet Fragen rund um die Uhr.",
        "Nutzen Sie den Chat nicht für vertrauliche Daten; er wurde abgeschaltet.",
    ]),
    "appointment_booking": ([
        "Zur Terminbuchung im Einwohnermeldeamt",
        "Termine für das Standesamt gibt es online.",
        "Zur Online-Terminvereinbarung",
        "Einen Termin im Bürgerbüro bekommst du online.",
        "Zur Terminvergabe der Zulassungsstelle",
        "Termine erhalten Sie auch online über unser Bürgerbüro.",
    ], [
        "Zur Terminvereinbarung rufen Sie uns bitte an.",
        "Zur Terminvereinbarung erreichen Sie uns telefonisch unter 01234 5678.",
        "Termine gibt es nicht online, sondern nur telefonisch.",
        "Termine für die Impfung gibt es online beim Hausarzt.",
        "Zur Terminvergabe der Arztpraxis",
        "Termine für den Wochenmarkt finden Sie im Veranstaltungskalender.",
    ]),
}

# a map of ours told as 'interaktive Karte', 'Kartendienst', 'Kartenanwendung' (not a Land office's, a network operator's,
# a transport body's, Google's or OpenStreetMap's, not planned or denied), and a newsletter told as the e-mail or mail
# distribution list (not a club's; a press list is doubtful: realpages gummersbach labels it unknown)
MAPS15: dict[str, tuple[list[str], list[str]]] = {
    "geoportal": ([
        "Interaktive Karte: Standorte der Spielplätze",
        "Mit dem Kartendienst der Stadt kannst du Flurstücke suchen.",
        "Alle Kitas finden Sie in unserer interaktiven Karte.",
        "Im Kartendienst der Gemeinde sind die Bebauungspläne verzeichnet.",
        "Unsere Kartenanwendung zeigt alle Baugebiete.",
        "Interaktive Karte der Ladesäulen im Stadtgebiet",
    ], [
        "Die interaktive Karte des Landesamtes zeigt alle Denkmäler.",
        "Der Kartendienst von Google zeigt den Weg zum Rathaus.",
        "Anfahrt: interaktive Karte bei OpenStreetMap",
        "Die interaktive Karte des Verkehrsverbunds zeigt alle Haltestellen.",
        "Eine interaktive Karte ist in Planung.",
        "Eine interaktive Karte gibt es nicht.",
        "Wo gebaut wird, können Sie in einer interaktiven Karte des Netzbetreibers nachverfolgen.",
        "Unsere Seite bindet den Online-Kartendienst Google Maps ein (interaktive Karte zur Anfahrt).",
        "Auf unserer Website sind interaktive Karten von Drittanbietern eingebunden; dabei kann Ihre IP-Adresse übertragen werden.",
    ]),
    "newsletter": ([
        "Tragen Sie sich in unseren E-Mail-Verteiler ein und erhalten Sie alle Neuigkeiten.",
        "Trag dich in unseren Mail-Verteiler ein.",
    ], [
        "Tragen Sie sich in den E-Mail-Verteiler des Sportvereins ein.",
        "Melden Sie sich für den Kurs an.",
        "Tragen Sie sich in die Warteliste ein.",
    ]),
}

# a Land's account with the Land's abbreviation or name first, joined by a hyphen ('MV-Servicekonto', as 'Servicekonto MV'),
# and the access for written-form documents opened through a mailbox (§ 3a VwVfG): a channel, not an online form
LANDS16: dict[str, tuple[list[str], list[str]]] = {
    "service_account": ([
        "Melde dich mit deinem Brandenburg-Servicekonto an.",
        "Für unsere Online-Dienste benötigen Sie ein SH-Servicekonto.",
        "Die Anmeldung erfolgt über das NRW-Servicekonto.",
        "Sie können Ihr Thüringen-Servicekonto für alle Anträge nutzen.",
        "Wir nutzen das RLP-Servicekonto für unsere Onlinedienste.",
        "Den Bescheid erhalten Sie im Postfach Ihres BW-Nutzerkontos.",
    ], [
        "Das MV-Servicekonto ist ein Angebot des Landes.",
        "Ein MV-Servicekonto ist für diesen Antrag nicht erforderlich.",
        "Das SH-Servicekonto soll 2027 durch die BundID ersetzt werden.",
        "Sie benötigen kein NRW-Servicekonto, um den Antrag zu stellen.",
        "Informationen zum MV-Servicekonto erhalten Sie beim Land.",
        "Ein Thüringen-Servicekonto ist für die Anmeldung nicht nötig.",
    ]),
    "form_server": ([
        "Den Antrag können Sie online über das Serviceportal stellen; den Bescheid erhalten Sie in Ihr Postfach.",
        "Das Online-Formular ersetzt die Schriftform, der Bescheid kommt in das Postfach Ihres Servicekontos im Bürgerportal.",
        "Die Schriftform ist nicht erforderlich: Stellen Sie den Antrag einfach online über das Bürgerportal.",
        "Anträge, für die eine Schriftform vorgeschrieben ist, können Sie über das Serviceportal online stellen.",
        "Über das Bürgerportal können Sie den Antrag online stellen und erhalten die Antwort im Postfach.",
        "Die Gewerbeanmeldung erledigen Sie über das Serviceportal, Nachrichten landen im Postfach Ihres Servicekontos.",
    ], [
        "Schriftformbedürftige Erklärungen können Sie über das Postfach Ihres BayernID-Kontos im BayernPortal einreichen.",
        "Die Gemeinde eröffnet den Zugang für elektronische Dokumente über das Postfach im Serviceportal des Landes.",
        "Dokumente, für die die Schriftform gesetzlich angeordnet ist, senden Sie über das EGVP oder das Postfach im "
        "Bürgerportal.",
        "Wo die Schriftform verlangt wird, nutzen Sie bitte De-Mail oder das Postfach Ihres Nutzerkontos im Serviceportal.",
        "Erklärungen, die einer Schriftform bedürfen, übermitteln Sie über das Postfach im Servicekonto von service-bw.",
        "Für Anträge, für die die Schriftform verlangt wird, nutzen Sie das Postfach Ihres Kontos im Serviceportal.",
    ]),
}

# a strategy adopted or offered in the next sentence, told by 'die Strategie', 'das Konzept', 'das Strategiepapier', and a
# date's ordinal dot ('am 29. Juni 2023 beschlossen') that does not end the sentence; not a plan, a Land's, a neighbour's,
# one denied, nor another strategy named 'die Strategie für …'
STRATEGY16: dict[str, tuple[list[str], list[str]]] = {
    "digital_strategy": ([
        "Mit der Smart-City-Strategie „Musterau vernetzt“ gestalten wir die Zukunft der Stadt. Die Strategie steht als PDF "
        "zum Download bereit.",
        "Die Digitale Agenda der Gemeinde liegt vor. Diese Agenda umfasst zwölf Maßnahmen in vier Feldern.",
        "Das Digitalisierungskonzept der Stadt ist online. Das Konzept hat der Stadtrat am 3. März 2025 verabschiedet.",
        "Die Digitalstrategie „Musterau 2030“ gibt die Richtung vor. Das Strategiepapier (PDF, 2 MB) können Sie hier "
        "herunterladen.",
        "Beschlossen am 1. Juli 2024: die Smart-City-Strategie der Stadt Musterau.",
        "Grundlage ist die Smart-City-Strategie „Musterau vernetzt“, die der Stadtrat am 12. Mai 2024 verabschiedet hat.",
    ], [
        "Die Digitalstrategie des Landes gibt den Rahmen vor. Die Strategie hat fünf Handlungsfelder.",
        "Wir erarbeiten eine Digitalstrategie. Die Strategie soll 2027 beschlossen werden.",
        "Eine Digitalstrategie gibt es bisher nicht. Die Strategie für den Tourismus wurde 2023 beschlossen.",
        "Der Nachbarkreis hat eine Digitalstrategie. Die Strategie ist als PDF verfügbar.",
        "Die Smart-City-Strategie wird derzeit entwickelt. Das Konzept soll im Juni 2026 beschlossen werden.",
        "Die Digitalstrategie der Stadt wird 2026 vom Rat beraten. Die Strategie für den Tourismus wurde 2023 beschlossen.",
        "Die Digitalstrategie der Stadt wird am 12. Mai 2026 im Rat beraten. Sie soll danach beschlossen werden.",
    ]),
}

# the eID told through the card ('Ihrem Personalausweis mit Online-Ausweisfunktion melden Sie sich … an'): the separable
# log-in verb split around its object, a finite verb in a relative clause ('Wer sich mit dem Online-Ausweis …
# identifiziert'), 'mit seinem/deinem'; not another body's log-in, a plan, a negated one, the card's use on the internet
EID16: dict[str, tuple[list[str], list[str]]] = {
    "eid": ([
        "Wer sich mit seinem Online-Ausweis anmeldet, braucht kein Passwort.",
        "Mit dem Personalausweis mit Online-Ausweisfunktion melden Sie sich direkt im Antrag an.",
        "Mit deinem Online-Ausweis meldest du dich schnell an.",
        "Wer sich mit der eID-Funktion ausweist, kann den Antrag sofort absenden.",
        "Mit dem Online-Ausweis loggen Sie sich sicher ein.",
        "Wer sich mit dem Online-Ausweis identifiziert, muss nicht mehr ins Rathaus kommen.",
    ], [
        "Wer sich mit dem Online-Ausweis identifiziert, kann bald alle Anträge online stellen, sobald das Portal "
        "freigeschaltet ist.",
        "Mit dem Online-Ausweis melden Sie sich bei der Deutschen Rentenversicherung an.",
        "Wer sich mit dem Online-Ausweis im Internet identifiziert, braucht eine PIN.",
        "Mit dem Online-Ausweis melden Sie sich nicht an, sondern kommen ins Bürgerbüro.",
        "Wer sich mit dem Online-Ausweis beim Bundesamt für Justiz identifiziert, erhält das Führungszeugnis per Post.",
        "Mit dem Online-Ausweis melden Sie sich beim Kraftfahrt-Bundesamt an.",
    ]),
}

# a negated predicate before its 'zu' infinitive ('Noch nicht möglich ist es, … online zu bezahlen'), and the future of
# 'es gibt' ('wird es eine Online-Beteiligung geben'): no offer yet; 'nicht nur möglich', a negation of the old way or of
# another clause, and the present 'es gibt' stay offers
NEGATION16: dict[str, tuple[list[str], list[str]]] = {
    "epayment": ([
        "Es ist nicht nur möglich, Gebühren online zu bezahlen, sondern auch per Lastschrift.",
        "Es ist nicht mehr nötig, ins Rathaus zu kommen: Sie können die Gebühr online bezahlen.",
        "Barzahlung ist nicht möglich, bitte bezahlen Sie online per Kreditkarte.",
        "Gebühren können Sie online bezahlen, eine Barzahlung ist nicht möglich.",
        "Sie können online bezahlen; es ist nicht möglich, bar zu zahlen.",
        "Es wird eine Gebühr erhoben, die Sie online bezahlen können.",
    ], [
        "Noch nicht machbar ist es, die Hundesteuer online zu bezahlen.",
        "Nicht möglich ist es derzeit, Gebühren per PayPal zu bezahlen.",
    ]),
    "appointment_booking": ([
        "Es ist nicht nötig, vorab anzurufen, um online einen Termin zu buchen.",
        "Online-Terminvergabe: Es wird empfohlen, Termine rechtzeitig zu buchen.",
    ], [
        "Es ist leider noch nicht möglich, Termine online zu buchen.",
        "Ab Herbst wird es eine Online-Terminvergabe geben.",
    ]),
    "form_server": ([
        "Es gibt das Online-Formular für den Bauantrag im Bürgerportal.",
    ], [
        "Derzeit nicht vorgesehen ist es, Anträge über das Bürgerportal online zu stellen.",
        "Für die Müllabfuhr werden es bald auch Online-Anträge geben.",
    ]),
    "participation": ([
        "Es gibt eine Online-Beteiligung zum Umbau der Deichstraße.",
        "Die Online-Beteiligung läuft, es wird um rege Teilnahme gebeten.",
        "Bei der Online-Beteiligung wird es spannend: Geben Sie Ihre Stimme ab.",
    ], [
        "Auch 2027 wird es wieder eine Online-Umfrage zum Haushalt geben.",
        "Zur neuen Ortsmitte wird es eine Online-Befragung geben, die im Mai beginnt.",
    ]),
    "issue_reporting": ([
        "Schäden können Sie mit dem Mängelmelder per App melden.",
    ], [
        "Leider ist es bisher nicht möglich, den Mängelmelder per App zu nutzen.",
        "Es wird bald einen Mängelmelder geben.",
    ]),
}

# a document of the administration ordered online ('Urkunden können Sie online bestellen', 'Die Meldebescheinigung …
# online anfordern', 'Bestellen Sie Ihre Geburtsurkunde bequem online'); not tickets or a brochure, not denied, not
# from a court, a federal office or another registry office
ORDERS16: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Die Meldebescheinigung können Sie rund um die Uhr online anfordern.",
        "Bestellen Sie Ihre Geburtsurkunde bequem online.",
        "Auszüge aus dem Liegenschaftskataster können Sie bei uns online bestellen.",
        "Melderegisterauskünfte können elektronisch angefordert werden.",
        "Fordern Sie Ihre Abschrift aus dem Eheregister online an.",
        "Urkunde online bestellen",
    ], [
        "Karten für das Konzert können Sie online bestellen.",
        "Die Broschüre zum Stadtjubiläum können Sie online bestellen.",
        "Urkunden können Sie leider nicht online bestellen.",
        "Grundbuchauszüge können Sie beim Amtsgericht online anfordern.",
        "Urkunden können Sie beim Standesamt Ihres Geburtsorts online bestellen.",
        "Eine Urkunde online zu bestellen ist noch nicht möglich, bitte kommen Sie vorbei.",
    ]),
}

# a newsletter received after a modal, the verb last ('können Sie auch per E-Mail-Newsletter des Ortsamts erhalten');
# not a club's, a Land's or an association's, not denied
NEWSLETTER16: dict[str, tuple[list[str], list[str]]] = {
    "newsletter": ([
        "Die Sitzungstermine können Sie auch per Newsletter erhalten.",
        "Aktuelle Meldungen kannst du per E-Mail-Newsletter bekommen.",
        "Sie können unsere Pressemitteilungen auch über den Newsletter der Stadt beziehen.",
        "Neuigkeiten könnt ihr auch per Newsletter erhalten.",
        "Die Abfuhrtermine können Sie als Newsletter erhalten.",
        "Die Einladungen zu den Ausschusssitzungen können Sie per E-Mail-Newsletter des Bezirksamts erhalten.",
    ], [
        "Die Vereinsnachrichten können Sie per Newsletter des Sportvereins erhalten.",
        "Informationen zur Landesgartenschau können Sie über den Newsletter der Landesregierung erhalten.",
        "Sie können die Angebote auch per Newsletter des Tourismusverbands erhalten.",
        "Kurse können Sie nicht per Newsletter erhalten.",
        "Leider können Sie die Termine nicht mehr per Newsletter erhalten, da wir ihn eingestellt haben.",
        "Sie können den Newsletter der Verbraucherzentrale erhalten.",
    ]),
}

# a childcare registration that 'erfolgt|läuft|geschieht' through our Kita or parents' portal; not denied, planned, past,
# in person, nor a compound of the portal's name
CHILDCARE16: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Die Anmeldung Ihres Kindes erfolgt online über das Kita-Portal der Stadt.",
        "Die Vormerkung für einen Krippenplatz läuft über unser Elternportal.",
        "Die Online-Anmeldung für die Kindertagesstätten erfolgt ausschließlich über das Kita-Portal.",
        "Anmeldungen für den Hort erfolgen über das Betreuungsportal.",
        "Die Bedarfsanmeldung geschieht im Kinderbetreuungsportal der Gemeinde.",
        "Die Voranmeldung für alle Einrichtungen erfolgt zentral über unser Kita-Portal.",
    ], [
        "Die Anmeldung erfolgt nicht über das Kita-Portal, sondern schriftlich bei der Kita-Leitung.",
        "Die Anmeldung soll ab 2027 über das Kita-Portal erfolgen.",
        "Die Anmeldung für den Newsletter erfolgt über unser Kita-Portal-Team per Telefon.",
        "Die Anmeldung erfolgt künftig über das Kita-Portal, das wir im Herbst einführen.",
        "Die Anmeldung erfolgte bis 2023 über das Kita-Portal, das inzwischen abgeschaltet ist.",
        "Die Anmeldung erfolgt persönlich in der Kita; das Kita-Portal zeigt nur freie Plätze.",
    ]),
}

# a plan told by a status word with a time still ahead ('ist erst für das kommende Jahr vorgesehen', 'für Mitte 2027
# angedacht'), a set-up under passive deliberation ('Die Anbindung an ePayBL wird erst nach dem Start … geprüft'); not a
# status word without a time, an offer's own check of the application, a set-up already past ('Seit der Einführung')
PLANTIME18: dict[str, tuple[list[str], list[str]]] = {
    "epayment": ([
        "Als Zahlungsart ist im Online-Antrag PayPal oder Kreditkarte vorgesehen.",
        "Die Online-Bezahlung erfolgt erst nach dem Absenden des Antrags.",
        "Die Gebühr bezahlen Sie erst am Ende des Online-Antrags per giropay oder Kreditkarte.",
        "Seit dem vergangenen Jahr können Sie die Hundesteuer online bezahlen.",
    ], [
        "Auch die Online-Bezahlung der Gebühren ist erst für das kommende Jahr vorgesehen.",
        "Für das nächste Jahr ist die Zahlung per PayPal vorgesehen.",
        "Die Anbindung an ePayBL wird erst nach dem Start des neuen Portals geprüft.",
        "Eine Bezahlung per Kreditkarte ist frühestens ab Herbst vorgesehen.",
        "Die Einführung von ePayment wird derzeit von der Verwaltung geprüft.",
    ]),
    "appointment_booking": ([
        "Nach der Einführung der Online-Terminvergabe im Januar sind die Wartezeiten deutlich gesunken.",
        "Termine buchen Sie online; eine Vorsprache ohne Termin ist nicht vorgesehen.",
    ], [
        "Eine Online-Terminvergabe ist erst im Laufe des nächsten Jahres geplant.",
        "Die Anschaffung eines Systems zur Online-Terminbuchung wird im Hauptausschuss beraten.",
        "Die Online-Terminvergabe für das Standesamt ist für Mitte 2027 angedacht.",
    ]),
    "form_server": ([
        "Ihr Online-Antrag wird nach Eingang von uns geprüft.",
        "Nach der Einrichtung Ihres Kontos wird Ihr Online-Antrag innerhalb einer Woche geprüft.",
        "Sie stellen den Antrag online über das Serviceportal; er wird anschließend von der Verwaltung geprüft.",
    ], [
        "Der Anschluss an das Serviceportal des Landes wird derzeit geprüft.",
        "Online-Anträge für das Wohngeld sind erst ab dem kommenden Jahr vorgesehen.",
    ]),
    "service_account": ([
        "Die Anmeldung im Serviceportal erfolgt mit Ihrem Servicekonto, das Sie einmalig anlegen.",
    ], [
        "Die Anbindung der BundID wird erst nach dem Relaunch der Homepage geprüft.",
    ]),
    "issue_reporting": ([
        "Seit der Einführung des Mängelmelders melden Sie Schäden bequem online.",
    ], [
        "Die Einführung eines Mängelmelders wird derzeit geprüft.",
    ]),
}

# a proposal whose object is any zu-infinitive ending its clause ('schlägt vor, … über ein Ratsinformationssystem
# bereitzustellen', 'regte an, … zu nutzen'); not advice to the reader ('Wir empfehlen Ihnen, … online zu buchen')
PROPOSAL18: dict[str, tuple[list[str], list[str]]] = {
    "council_info": ([
        "Die Sitzungsunterlagen stellen wir seit 2023 im Ratsinformationssystem bereit.",
        "Wir schlagen vor, dass Sie die Vorlagen im Ratsinformationssystem nachlesen.",
    ], [
        "Die Verwaltung schlägt vor, die Sitzungsunterlagen künftig über ein Ratsinformationssystem bereitzustellen.",
        "Es wird vorgeschlagen, die Niederschriften in einem Ratsinformationssystem zu veröffentlichen.",
        "Die Fraktion regte an, für die Gremienarbeit ein Ratsinformationssystem zu nutzen.",
    ]),
    "appointment_booking": ([
        "Wir empfehlen Ihnen, vorab einen Termin online zu buchen.",
        "Um Wartezeiten zu vermeiden, buchen Sie bitte einen Termin über die Online-Terminvergabe.",
    ], [
        "Der Ortsbeirat regte an, den Bürgerinnen und Bürgern eine Online-Terminvergabe anzubieten.",
        "Ein Mitglied schlug vor, für das Bürgerbüro eine Online-Terminbuchung einzusetzen.",
    ]),
    "issue_reporting": ([
        "Schlaglöcher und defekte Laternen melden Sie bitte über unseren Mängelmelder.",
        "Wir bitten Sie, Schäden über den Mängelmelder zu melden.",
    ], [
        "Herr Krause schlägt vor, den Mängelmelder des Landkreises auch für die Gemeinde freizugeben.",
    ]),
}

# another body's online service told through the body in the dative ('online beim Bundesamt für Justiz beantragen',
# 'bei der Familienkasse'); not our own office ('bei der Gemeindekasse', 'beim Standesamt') nor a sentence with 'bei uns'
AGENCY18: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Die Hundesteuer können Sie online bei der Gemeindekasse anmelden.",
        "Anträge stellen Sie online beim Bürgerbüro der Gemeinde.",
        "Den Antrag auf ein Führungszeugnis können Sie bei uns online über das Serviceportal stellen.",
        "Ein Führungszeugnis beantragen Sie bei uns im Bürgerbüro oder online.",
        "Beim Standesamt können Sie Ihre Eheschließung online anmelden.",
        "Den Wohngeldantrag stellen Sie online über unser Serviceportal, die Wohngeldstelle prüft ihn dann.",
        "Eine Meldebescheinigung zur Vorlage beim Finanzamt können Sie online beantragen.",
        "Die Bescheinigung zur Vorlage bei der Arbeitsagentur beantragen Sie online.",
        "Den Antrag auf Befreiung können Sie online stellen, wenn Sie den Bescheid vom Jobcenter hochladen.",
        "Als Nachweis bei der Krankenkasse genügt die Bescheinigung, die Sie online beantragen können.",
    ], [
        "Ein Führungszeugnis können Sie übrigens auch direkt online beim Bundesamt für Justiz beantragen.",
        "Kindergeld beantragen Sie online bei der Familienkasse.",
        "Den Rentenantrag stellen Sie online bei der Deutschen Rentenversicherung.",
        "Arbeitslosengeld können Sie online bei der Agentur für Arbeit beantragen.",
        "Die Steuererklärung reichen Sie elektronisch über ELSTER beim Finanzamt ein.",
        "Eine Auskunft aus dem Gewerbezentralregister können Sie online beim Bundesamt für Justiz beantragen.",
        "Bürgergeld beantragen Sie online beim Jobcenter.",
    ]),
}

# a Land portal named as the source of a description, by its link's text or in prose ('Leistungsbeschreibung bei
# service-bw', 'Weitere Informationen bei service-bw', '… stammt aus service-bw'); not a link or sentence that names the
# online application with it
DESCRIPTION18: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        '<a href="https://www.service-bw.de/zufi/leistungen/1234">Online-Antrag bei service-bw</a>',
        '<a href="https://www.service-bw.de/zufi/leistungen/1234">Online-Rathaus</a>',
        '<a href="https://www.service-bw.de/onlineantraege/onlineantrag?processInstanceId=1">Leistungsbeschreibung und '
        'Online-Antrag</a>',
        "Den Antrag stellen Sie online bei service-bw.",
        "Zum Online-Antrag bei service-bw",
        '<p>Den Antrag finden Sie auf <a href="https://www.service-bw.de/zufi/leistungen/99">service-bw</a>.</p>',
        '<a href="https://amt24.sachsen.de/zufi/leistungen/6001">Beschreibung und Antragsformular (Amt24)</a>',
    ], [
        '<a href="https://www.service-bw.de/zufi/leistungen/371">Leistungsbeschreibung bei service-bw</a>',
        '<a href="https://www.service-bw.de/zufi/leistungen/371">Weitere Informationen bei service-bw</a>',
        '<a href="https://www.service-bw.de/zufi/leistungen/371">Ausführliche Beschreibung (service-bw)</a>',
        "Die ausführliche Leistungsbeschreibung mit Rechtsgrundlagen stammt aus service-bw.",
        "Eine Leistungsbeschreibung finden Sie bei service-bw.",
        "Informationen zu Gebühren und Rechtsgrundlagen bei service-bw",
        '<a href="https://amt24.sachsen.de/zufi/leistungen/6002">Details zur Leistung bei Amt24</a>',
    ]),
}

# another body's profile named in its link (a club, an association, a parish, a party: 'Tourismusverein Recknitztal auf
# Facebook', 'TSV Musterau 1898 e. V.'); not the municipality's own, its library's or tourist office's
THIRDPARTY18: dict[str, tuple[list[str], list[str]]] = {
    "social_media": ([
        '<a href="https://www.facebook.com/gemeinde.musterau">Gemeinde Musterau auf Facebook</a>',
        '<a href="https://www.instagram.com/musterau_rathaus">Folgen Sie uns auf Instagram</a>',
        '<a href="https://www.facebook.com/amt.recknitz">Facebook</a>',
        '<a href="https://www.facebook.com/tourismus.musterau">Tourist-Information der Gemeinde auf Facebook</a>',
        '<a href="https://www.youtube.com/@landkreismusterau">Unser YouTube-Kanal</a>',
        '<a href="https://www.instagram.com/bibliothek.musterau">Stadtbibliothek auf Instagram</a>',
        '<a href="https://www.facebook.com/vg.musterau">Verbandsgemeinde Musterau bei Facebook</a>',
    ], [
        '<a href="https://www.facebook.com/recknitztal.tourismus">Tourismusverein Recknitztal auf Facebook</a>',
        '<a href="https://www.facebook.com/tsv.musterau">TSV Musterau 1898 e. V. bei Facebook</a>',
        '<a href="https://www.instagram.com/heimatverein_musterau">Heimatverein auf Instagram</a>',
        '<a href="https://www.facebook.com/foerderverein.grundschule">Förderverein der Grundschule auf Facebook</a>',
        '<a href="https://www.instagram.com/tourismusverband.seenland">Tourismusverband Seenland</a>',
        '<a href="https://www.facebook.com/kirchengemeinde.musterau">Ev. Kirchengemeinde Musterau</a>',
        '<a href="https://www.facebook.com/cdu.musterau">CDU-Ortsverband auf Facebook</a>',
    ]),
}

# payment told with the fee between the verb and 'online' ('zahlen die Gebühr von 26 Euro direkt online'), any person and
# word order; not 'lieber … als online', not another clause's 'online', not a club's contribution, not negated
PAYMENT17: dict[str, tuple[list[str], list[str]]] = {
    "epayment": ([
        "Sie füllen den Antrag aus und zahlen die Verwaltungsgebühr von 30 Euro direkt online.",
        "Du zahlst die Gebühr für den Bewohnerparkausweis einfach online.",
        "Bitte begleichen Sie die fällige Hundesteuer für das laufende Jahr online.",
        "Anschließend bezahlt man die Kosten des Verfahrens in Höhe von 12,50 Euro sofort online.",
        "Zahle die Kurabgabe für deinen Aufenthalt gleich elektronisch.",
        "Die Antragsteller entrichten die Verwaltungsgebühren am Ende des Verfahrens elektronisch.",
        "Ihr zahlt das Nutzungsentgelt für die Sporthalle ganz bequem online.",
    ], [
        "Viele Bürger zahlen die Hundesteuer lieber per Überweisung als online.",
        "Sie zahlen die Gebühr von 26 Euro bei Abholung, Termine buchen Sie online.",
        "Bitte zahlen Sie die Gebühr nicht online, sondern bar an der Kasse.",
        "Zahlen zu den Gebühren finden Sie online im Haushaltsplan.",
        "Die Stadt zahlt die Kosten für die Online-Dienste des Landes.",
        "Die Vereinsmitglieder zahlen ihren Beitrag für den Sportverein bequem online.",
        "Sie zahlen die Gebühr im Bürgerbüro und erhalten den Bescheid online.",
    ]),
}

# the eID as a condition of a service done online ('…, wenn Sie einen Online-Ausweis besitzen', 'Haben Sie einen Online-Ausweis,
# können Sie …'); not the card explained, not 'keinen', not a wish or a plan
EID17: dict[str, tuple[list[str], list[str]]] = {
    "eid": ([
        "Die Ummeldung können Sie im Online-Rathaus digital erledigen, wenn Sie einen Online-Ausweis besitzen.",
        "Wenn Sie die Online-Ausweisfunktion nutzen, können Sie den Antrag auf Wohngeld vollständig online stellen.",
        "Sofern du einen elektronischen Personalausweis hast, kannst du deinen Wohnsitz digital ummelden.",
        "Falls Sie über eine aktivierte eID verfügen, lässt sich die Meldebescheinigung direkt online beantragen.",
        "Haben Sie einen Online-Ausweis, können Sie Ihr Gewerbe online anmelden.",
        "Ihr könnt das Führungszeugnis online beantragen, wenn ihr die Online-Ausweisfunktion aktiviert habt.",
        "Besitzt du einen Personalausweis mit aktivierter Online-Ausweisfunktion, kannst du die Briefwahl online beantragen.",
    ], [
        "Wenn Sie einen Online-Ausweis besitzen, können Sie sich im Internet sicher ausweisen.",
        "Wer einen neuen Personalausweis besitzt, hat automatisch die Online-Ausweisfunktion.",
        "Wenn Sie keinen Online-Ausweis besitzen, kommen Sie bitte persönlich ins Bürgeramt.",
        "Wenn Sie die Online-Ausweisfunktion nutzen möchten, benötigen Sie die PIN aus dem PIN-Brief.",
        "Falls Sie Ihre PIN für den Online-Ausweis vergessen haben, können Sie im Bürgerbüro eine neue setzen lassen.",
        "Wenn Sie keinen Online-Ausweis haben, können Sie den Antrag nicht online stellen.",
        "Wenn Sie einen Online-Ausweis besitzen, können Sie künftig auch die Ummeldung online erledigen.",
    ]),
}

# a subscription by e-mail without the word Newsletter ('kann per E-Mail abonniert werden'); not a transactional notice, not a
# print subscription handled by e-mail, not ended
MAIL17: dict[str, tuple[list[str], list[str]]] = {
    "newsletter": ([
        "Das Amtsblatt liegt im Rathaus aus und kann auf Wunsch per E-Mail abonniert werden.",
        "Die Abfuhrtermine können Sie auch per E-Mail abonnieren.",
        "Abonniere die Bekanntmachungen der Gemeinde einfach per Mail.",
        "Die Sitzungskalender des Rates sind per E-Mail abonnierbar.",
        "Ihr könnt die Ortsnachrichten als E-Mail abonnieren.",
        "Für die E-Mail-Benachrichtigung bei neuen Ausschreibungen können Sie sich hier anmelden.",
    ], [
        "Das Amtsblatt kann leider nicht per E-Mail abonniert werden.",
        "Sie erhalten eine E-Mail-Benachrichtigung, sobald Ihr Antrag bearbeitet ist.",
        "Das Abonnement der gedruckten Zeitung können Sie per E-Mail kündigen.",
        "Fragen zum Abonnement richten Sie bitte per E-Mail an den Verlag.",
        "Die gedruckte Ausgabe des Amtsblatts kann per E-Mail bestellt werden.",
        "Sie können uns jederzeit per E-Mail erreichen.",
        "Den E-Mail-Versand des Amtsblatts haben wir eingestellt, es kann nicht mehr per E-Mail abonniert werden.",
    ]),
}

# the mailbox of a Land's or the federal account ('Postfach Ihrer BayernID', 'Postfach bei service-bw'); not a PO box
MAILBOX17: dict[str, tuple[list[str], list[str]]] = {
    "secure_mailbox": ([
        "Sie erhalten den Bescheid direkt in das Postfach Ihrer BayernID.",
        "Die Bescheinigung stellen wir elektronisch in Ihr Postfach bei service-bw ein.",
        "Der Bescheid landet im Postfach deines Servicekontos.",
        "Die Genehmigung schicken wir in den Postkorb Ihres MV-Servicekontos.",
        "Ihre Nachricht finden Sie anschließend im Postfach auf Amt24.",
        "Die Steuerbescheide kommen in das Postfach Ihrer DeutschlandID.",
    ], [
        "Schreiben Sie uns an Postfach 1120, 12345 Musterstadt.",
        "Unsere Postanschrift lautet Postfach der Stadtverwaltung, Am Markt 1.",
        "Die BundID ist ein Konto des Bundes; Anleitungen finden Sie bei der BundID selbst.",
        "Das Postfach im Rathaus leeren wir täglich.",
        "Bitte werfen Sie den Antrag in den Briefkasten oder das Postfach der Gemeinde.",
        "Ihre BayernID richten Sie auf der Seite des Freistaats ein.",
    ]),
}

# a themed map as a compound's last part, inflected ('interaktiven Parkzonenkarte', 'Lärmkarten … online'); not cards
# (Ehrenamtskarte, Fahrkarte), not a PDF or print map, not a federal or Land office's map
MAPS17: dict[str, tuple[list[str], list[str]]] = {
    "geoportal": ([
        "Die aktuellen Bodenrichtwerte finden Sie in der digitalen Bodenrichtwertkarte.",
        "Die Lärmkarten der Stadt können Sie online einsehen.",
        "Unsere Radwegekarte zeigt alle Routen interaktiv.",
        "Die Starkregengefahrenkarten sind im Internet abrufbar.",
        "Schau in die interaktive Baustellenkarte.",
        "Die Hochwasser-Karte öffnen Sie hier.",
        "Freie Bauplätze zeigt unsere interaktive Baulückenkarte.",
    ], [
        "Die Ehrenamtskarte erhalten Sie im Bürgerbüro.",
        "Die digitale Ehrenamtskarte gibt es jetzt als App.",
        "Fahrkarten können Sie online kaufen.",
        "Die Lärmkarten des Eisenbahn-Bundesamtes finden Sie online.",
        "Die Radwegekarte gibt es als PDF zum Ausdrucken.",
        "Die Wanderkarte erhalten Sie gedruckt in der Tourist-Info.",
        "Die Hochwassergefahrenkarten des Landes sind online abrufbar.",
        "Die Parkzonenkarte hängt im Rathaus aus.",
    ]),
}

# files under an open licence told with a verb ('stehen unter der Lizenz CC BY 4.0'), data files in an open data portal, also
# the Land's ('als CSV im Open-Data-Portal des Landes'); not a photo credit, not the base map's, not a statistics office's data
OPENDATA17: dict[str, tuple[list[str], list[str]]] = {
    "open_data": ([
        "Die Scans des Stadtarchivs stehen unter der Lizenz CC BY 4.0 und dürfen frei genutzt werden.",
        "Unsere Messwerte der Luftgütestation veröffentlichen wir unter der Datenlizenz Deutschland – Zero 2.0.",
        "Alle Texte dieser Website stehen unter Creative Commons CC BY-SA 4.0, sofern nicht anders angegeben.",
        "Die Baumkatasterdaten findest du als GeoJSON in unserem Datenportal.",
        "Im Open-Data-Portal der Stadt liegen die Wahlergebnisse als CSV-Datei.",
        "Die Verkehrszähldaten stehen als CSV im Open-Data-Portal des Landes bereit.",
    ], [
        "Foto: Max Mustermann, Wikimedia Commons, CC BY-SA 4.0",
        "Das Titelbild steht unter der Lizenz CC BY-SA 3.0 (Wikimedia Commons).",
        "Kartendaten © OpenStreetMap-Mitwirkende, lizenziert unter ODbL; Luftbilder © GeoBasis-DE/BKG, dl-de/by-2-0.",
        "Die Bevölkerungsdaten des Statistischen Landesamts stehen als CSV im Open-Data-Portal des Landes bereit.",
        "Die Fotos des Archivs stehen nicht unter einer freien Lizenz; eine Nutzung ist nur mit Genehmigung erlaubt.",
        "Die Daten sind urheberrechtlich geschützt und stehen nicht unter CC BY.",
        "Die Haushaltsdaten finden Sie als PDF im Ratsinformationssystem.",
    ]),
}

# applications received online by an office of ours ('nimmt … Bauanträge ausschließlich digital entgegen'), a Land's
# application system; not the Landratsamt's or Finanzamt's, not in person, not planned
RECEIVED17: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Seit 2025 nimmt die Bauaufsicht des Bezirks Bauanträge ausschließlich digital entgegen.",
        "Gewerbeanmeldungen nimmt das Ordnungsamt auch elektronisch entgegen.",
        "Das Standesamt nimmt Anmeldungen zur Eheschließung online entgegen.",
        "Unsere Bauaufsicht nimmt Bauvorlagen ab sofort digital entgegen.",
        "Anträge stellen Sie über unser elektronisches Antragssystem.",
        "Leistungen online: Parkausweis, Hundeanmeldung, Sondernutzung – über das Antragssystem des Landes (ThAVEL)",
    ], [
        "Bauanträge nimmt das Landratsamt online entgegen.",
        "Die Stadt nimmt Anträge nicht elektronisch entgegen.",
        "Das Bürgerbüro nimmt Anträge nur persönlich entgegen.",
        "Anträge nimmt das Finanzamt elektronisch über ELSTER entgegen.",
        "Die Bauaufsicht nimmt Bauanträge ab 2027 digital entgegen.",
        "Die Stadt prüft die Einführung eines neuen Antragssystems.",
    ]),
}

# booking through a portal or a host named in prose ('Termine buchen Sie über das Service-Portal Berlin unter service.berlin.de');
# not by phone or e-mail, not another body's portal, not negated
BOOKING17: dict[str, tuple[list[str], list[str]]] = {
    "appointment_booking": ([
        "Termine buchen Sie über das Serviceportal des Landes unter service.berlin.de.",
        "Einen Termin reservierst du auf termine.musterstadt.de.",
        "Termine für die Zulassungsstelle können über das Bürgerportal gebucht werden.",
        "Euren Termin bucht ihr über unsere Serviceplattform.",
        "Einen Termin reservieren Sie unter https://www.musterstadt.de/termine.",
        "Termine im Standesamt vereinbaren Sie über das Terminportal der Stadt.",
    ], [
        "Termine vereinbaren Sie über das Bürgertelefon 115.",
        "Termine vereinbaren Sie telefonisch unter 030 12345.",
        "Termine beim Landratsamt buchen Sie über das Serviceportal des Landkreises.",
        "Termine können Sie leider nicht über das Bürgerportal buchen.",
        "Termine für die Sprechstunde vereinbaren Sie bitte per E-Mail unter buergeramt@musterstadt.de.",
        "Termine finden Sie im Veranstaltungskalender auf musterstadt.de.",
    ]),
}

# defects in public space stay issue_reporting; defects in the site's accessibility reported to its statement's contact do not
ACCESSIBILITY17: dict[str, tuple[list[str], list[str]]] = {
    "issue_reporting": ([
        "Mängel an barrierefreien Gehwegen melden Sie online über den Mängelmelder.",
        "Ein defekter Aufzug am Bahnhof? Barrieren im Stadtgebiet melden Sie online über unseren Mängelmelder.",
        "Schlaglöcher entdeckt? Melden Sie Mängel online über unseren Mängelmelder.",
        "Probleme an der Rampe zum Rathauseingang kannst du online über das Meldeportal melden.",
        "Störungen an barrierefreien Ampeln können Sie online über das Meldeportal mitteilen.",
        "Mängel an der Haltestelle melden Sie digital über den Schadensmelder.",
    ], [
        "Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann schreiben Sie uns über das Feedback-Formular.",
        "Probleme bei der Barrierefreiheit dieser Website können Sie uns online melden.",
        "Mängel auf unserer Website entdeckt? Dann nutzen Sie unser Online-Formular.",
        "Mängel in der Barrierefreiheit der Inhalte können Sie online melden.",
        "Probleme auf der Internetseite kannst du uns digital über das Formular mitteilen.",
        "Sind Ihnen Mängel bei der Barrierefreiheit der Website aufgefallen? Dann nutzen Sie unser Online-Formular.",
    ]),
}

# an account told with the reader's determiner in any case and form of address ('erfolgt über Ihre BundID', 'über deine
# BundID'), or located in a portal ('ein Nutzerkonto im Serviceportal haben', 'Mit einem Konto im Bürgerportal'); not
# a customer account in a shop, a denied or not yet possible account
ACCOUNTS18: dict[str, tuple[list[str], list[str]]] = {
    "service_account": ([
        "Die Anmeldung im Zulassungsportal erfolgt über Ihre BundID.",
        "Der Login erfolgt über deine BundID.",
        "Die Registrierung läuft über Ihre BayernID.",
        "Wenn Sie ein Nutzerkonto im Serviceportal haben, werden Ihre Daten vorausgefüllt.",
        "Mit einem Konto im Bürgerportal können Sie den Stand Ihrer Anträge verfolgen.",
        "Haben Sie schon ein Servicekonto im Serviceportal der Stadt?",
        "Ihr Benutzerkonto im Bürgerserviceportal speichert Ihre Angaben für den nächsten Antrag.",
    ], [
        "Die Anmeldung über Ihre BundID ist nicht erforderlich.",
        "Die Anmeldung über Ihre BundID wird erst im kommenden Jahr möglich sein.",
        "Ein Nutzerkonto im Serviceportal brauchen Sie dafür nicht.",
        "Ein Kundenkonto im Onlineshop der Stadtwerke hilft bei Abschlagszahlungen.",
        "Ein Konto im Bürgerportal können Sie leider noch nicht anlegen.",
        "Über Ihre Bank erfolgt die Zahlung per Lastschrift.",
        "Ein Nutzerkonto im Serviceportal des Nachbarlandkreises gilt bei uns nicht.",
    ]),
}

# a newsletter named after 'mit|über|per' with any determiner and adjective, or none, the reader's verb after it ('Mit dem
# neuen Newsletter erhalten Sie …', 'Per Newsletter bekommst du …'), also told as a notification service ('Tragen Sie sich in
# unseren Benachrichtigungsdienst ein'); not a club's, an association's or the weather service's, not one stopped or planned
NEWSLETTER18: dict[str, tuple[list[str], list[str]]] = {
    "newsletter": ([
        "Mit dem neuen Newsletter erhalten Sie die wichtigsten Meldungen aus dem Rathaus einmal pro Woche per E-Mail.",
        "Mit unserem Newsletter bleiben Sie über alle Bekanntmachungen informiert.",
        "Über den E-Mail-Newsletter der Gemeinde erfahren Sie von neuen Baugebieten zuerst.",
        "Per Newsletter bekommst du alle Termine der Ortsteile.",
        "Mit dem Newsletter des Bezirksamts verpassen Sie keine Ausschreibung mehr.",
        "Tragen Sie sich in unseren Benachrichtigungsdienst ein.",
        "Über unseren Benachrichtigungsdienst erhalten Sie neue Bekanntmachungen per E-Mail.",
    ], [
        "Mit dem Newsletter des Sportvereins erhalten Sie alle Spielergebnisse.",
        "Mit dem Newsletter der Verbraucherzentrale erfahren Sie von neuen Betrugsmaschen.",
        "Einen Newsletter erhalten Sie von uns nicht mehr.",
        "Mit dem Newsletter, der ab Januar erscheinen soll, erhalten Sie die Amtsblätter.",
        "Über den Benachrichtigungsdienst des Deutschen Wetterdienstes erhalten Sie Unwetterwarnungen.",
        "Der Benachrichtigungsdienst für Bekanntmachungen wurde eingestellt.",
    ]),
}

# the site's search told in prose by its place on the page or by what it searches ('Die Suche oben rechts durchsucht jetzt
# alle Seiten', 'Mit der Suche in der Kopfzeile finden Sie …'); not a search for something ('Die Suche nach …'), not a place
# outdoors ('Bei der Suche oben am Waldrand')
SEARCH18: dict[str, tuple[list[str], list[str]]] = {
    "site_search": ([
        "Die Suche oben rechts durchsucht jetzt alle Seiten, Meldungen und das Gemeindeblatt.",
        "Über die Suchfunktion oben rechts finden Sie jede Leistung.",
        "Unsere Volltextsuche durchsucht auch alle PDF-Dokumente.",
        "Mit der Suche in der Kopfzeile finden Sie schnell, was Sie brauchen.",
        "Die Suchfunktion auf jeder Seite findet auch Formulare und Ansprechpartner.",
        "Geben Sie einfach ein Stichwort in das Suchfeld oben ein.",
    ], [
        "Die Suche nach einem Bauplatz gestaltet sich schwierig.",
        "Die Suche nach dem vermissten Hund wurde eingestellt.",
        "Die Suche nach Fachkräften durchsucht alle Jobbörsen der Region.",
        "Über die Suche nach einem Kita-Platz informiert das Jugendamt.",
        "Die Suchfunktion der alten Homepage wurde abgeschaltet.",
        "Mit der Suche nach neuen Mitgliedern beginnt der Verein im Frühjahr.",
        "Bei der Suche oben am Waldrand half die Bergwacht.",
    ]),
}

# a link to a host named for the development plans (a Land's Bauleitplan server: 'bplan.geodaten-mv.de/Bauleitplaene/…');
# not a planning office's site, not a plan's PDF or page on the site's own host
BPLAN18: dict[str, tuple[list[str], list[str]]] = {
    "geoportal": ([
        '<a href="https://bplan.geodaten-mv.de/Bauleitplaene/Doelitz/BP7">Bau- und Planungsportal M-V (B-Plan Nr. 7)</a>',
        '<a href="https://bauleitplanung.musterland.de/bplan/123">Bebauungsplan Nr. 12</a>',
        '<a href="https://bplan.musterkreis.de/plan/7">Bebauungsplan Nr. 7 „Am Mühlenberg“</a>',
        '<a href="https://xplanung.musterland.de/viewer?plan=12">B-Plan 12 im Planportal</a>',
        '<a href="https://bauleitplaene.musterland.de/gemeinde-dorf/">Bauleitpläne der Gemeinde</a>',
        '<p>Die Planunterlagen können Sie unter <a href="https://bauleitplanung.musterland.de/gemeinde/bp3">'
        'bauleitplanung.musterland.de</a> einsehen.</p>',
    ], [
        '<a href="https://www.bplan-muster.de/">Büro für Planung</a>',
        '<a href="https://www.musterstadt.de/bauen/bplan.html">B-Plan</a>',
        '<a href="https://www.musterstadt.de/bauleitplaene/bplan-12.pdf">Bebauungsplan (PDF)</a>',
        '<a href="https://www.planungsbuero-bplan.de/referenzen">Referenzen Bauleitplanung</a>',
        '<a href="https://www.musterstadt.de/fileadmin/bauleitplaene/bplan-12.pdf">Bebauungsplan Am Bach (PDF)</a>',
        '<a href="https://www.musterstadt.de/bauen/bebauungsplaene">Bebauungspläne</a>',
    ]),
}

# reported speech (Konjunktiv I) retells what someone said in a meeting or an interview ('die Anmeldung erfolge über die
# BayernID', 'Derzeit seien 23 Leistungen … online beantragbar'): a mention, not the page's offer; not the first person
# ('stehe ich Ihnen zur Verfügung'), 'es sei denn', 'sei es', the imperative ('Seien Sie dabei', 'Sei dabei') and the
# notice's set phrase ('Es sei darauf hingewiesen, dass …')
REPORTED18: dict[str, tuple[list[str], list[str]]] = {
    "service_account": ([
        "Die Anmeldung erfolgt über die BayernID.",
        "Bei Fragen zur Anmeldung mit der BundID stehe ich Ihnen gerne zur Verfügung.",
    ], [
        "Geschäftsstellenleiter Wolf erläutert das Portal; die Anmeldung erfolge über die BayernID.",
        "Der Bürgermeister sagte, die Registrierung sei künftig mit der BundID möglich.",
    ]),
    "epayment": ([
        "Die Gebühr bezahlen Sie online, es sei denn, Sie kommen persönlich vorbei.",
        "Sei es per PayPal oder per Kreditkarte: Die Gebühr zahlen Sie bequem online.",
        "Die Zahlung erfolgt online per giropay oder Kreditkarte.",
        "Es sei darauf hingewiesen, dass Sie die Gebühr online bezahlen können.",
        "Es sei nochmals erwähnt: Die Gebühren zahlen Sie bequem online per PayPal.",
    ], [
        "Laut Kämmerer erfolge die Zahlung dann online per ePayBL.",
        "Die Verwaltung erklärte, die Gebühren könne man dann online bezahlen.",
    ]),
    "form_server": ([
        "Für Fragen zum Online-Antrag stehe ich Ihnen gern zur Verfügung.",
        "Die Beantragung ist über das Serviceportal online möglich.",
        "Sei dabei und stell deinen Antrag online über unser Serviceportal!",
    ], [
        "Das neue Portal ermögliche die Online-Beantragung von Meldebescheinigungen, so der Landrat.",
        "Derzeit seien 23 Leistungen über das Serviceportal online beantragbar.",
    ]),
    "appointment_booking": ([
        "Termine buchen Sie über unsere Online-Terminvergabe.",
        "Seien Sie schnell: Termine buchen Sie über unsere Online-Terminvergabe.",
    ], [
        "Nach Auskunft der Verwaltung gebe es im Bürgerbüro bald eine Online-Terminvergabe.",
    ]),
}

# a licence plate reserved online, any word order and form of address ('Ihr Wunschkennzeichen können Sie … über unsere
# Online-Reservierung … reservieren', 'Wunschkennzeichen reservieren Sie ebenfalls online', 'Reservier dein
# Wunschkennzeichen … online'); not denied, planned, a neighbour's, by phone, nor a table or an appointment reserved
PLATES18: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Ihr Wunschkennzeichen können Sie rund um die Uhr über unsere Online-Reservierung prüfen und verbindlich reservieren.",
        "Wunschkennzeichen reservieren Sie ebenfalls online.",
        "Reservieren Sie Ihr Wunschkennzeichen bequem online.",
        "Das gewünschte Kennzeichen kann im Internet für 90 Tage reserviert werden.",
        "Online-Reservierung Ihres Wunschkennzeichens",
        "Reservier dein Wunschkennzeichen einfach online.",
        "Wunschkennzeichen sind online reservierbar.",
    ], [
        "Wunschkennzeichen können nicht online reserviert werden.",
        "Wunschkennzeichen reservieren Sie bitte telefonisch oder vor Ort in der Zulassungsstelle.",
        "Die Online-Reservierung für Wunschkennzeichen soll 2027 starten.",
        "In der Nachbarstadt können Wunschkennzeichen online reserviert werden.",
        "Die Reservierung eines Wunschkennzeichens ist online leider nicht möglich.",
        "Tische im Ratskeller können Sie online reservieren.",
        "Das Kennzeichen wird bei der Zulassung zugeteilt; Termine reservieren Sie online.",
    ]),
}

# an offer marked ended by a status word in brackets or after a dash, in a platform's link text ('Beteiligung Sachsen
# (abgeschlossen)') or in the text ('Bürgerhaushalt 2021 (archiviert)'); a status still open, a heading naming both, an
# embedded platform, an office's '(freitags geschlossen)' stay offers
STATUS17: dict[str, tuple[list[str], list[str]]] = {
    "participation": ([
        '<a href="https://buergerbeteiligung.sachsen.de/portal/musterstadt/beteiligung/themen/1">Beteiligung Sachsen</a>',
        '<a href="https://beteiligung.musterstadt.de/radverkehr">Radverkehr (läuft bis 30. Juni)</a>',
        '<a href="https://beteiligung.musterstadt.de/">Abgeschlossene und laufende Beteiligungen</a>',
        '<a href="https://mitreden.musterstadt.de/haushalt">Bürgerhaushalt 2027 (neu)</a>',
        '<iframe src="https://beteiligung.musterstadt.de/embed/spielplatz"></iframe>',
        '<a href="https://beteiligung.nrw.de/portal/musterstadt/beteiligung/themen/7">Jetzt mitreden – Lärmaktionsplan</a>',
        "Die Online-Beteiligung zum Radverkehr läuft noch bis 30. Juni (Beteiligung offen).",
    ], [
        '<a href="https://buergerbeteiligung.sachsen.de/portal/musterstadt/beteiligung/themen/1">Beteiligung Sachsen (abgeschlossen)</a>',
        '<a href="https://beteiligung.musterstadt.de/radverkehr">Radverkehrskonzept [Beendet]</a>',
        '<a href="https://beteiligung.musterstadt.de/radverkehr">Radverkehrskonzept – abgeschlossen</a>',
        '<a href="https://mitreden.musterstadt.de/haushalt">Bürgerhaushalt 2021 (archiviert)</a>',
        '<a href="https://beteiligung.nrw.de/portal/musterstadt/beteiligung/themen/7">Lärmaktionsplan (Beteiligung geschlossen)</a>',
        '<a href="https://innenstadt.beteiligung.hamburg/">Innenstadtdialog (ausgelaufen)</a>',
        "Online-Umfrage zum Radverkehr [beendet]",
        "Bürgerhaushalt 2021 (archiviert)",
        "Online-Beteiligung Lärmaktionsplan – abgeschlossen",
    ]),
    "appointment_booking": ([
        "Termine buchen Sie online (Bürgerbüro freitags geschlossen).",
        "Die Online-Terminvergabe (neu seit März) spart Ihnen Wartezeit.",
    ], [
        "Termine buchten Sie bis 2024 über die Online-Terminvergabe (Service beendet).",
        "Online-Terminvergabe für das Standesamt (archiviert)",
    ]),
}

# other municipalities in general ('Viele Kommunen bieten bereits eine Online-Terminvergabe an', 'In vielen Landkreisen kann
# man Gebühren online bezahlen'); not where the site joins them ('Wie viele andere Städte bieten auch wir …', '… jetzt
# auch in Musterau')
OTHERTOWNS18: dict[str, tuple[list[str], list[str]]] = {
    "appointment_booking": ([
        "Wie viele andere Städte bieten auch wir eine Online-Terminvergabe an.",
        "Die Online-Terminvergabe, die schon viele Kommunen nutzen, gibt es jetzt auch in Musterau.",
        "Termine buchen Sie online; die Terminvergabe steht auch Bürgern anderer Gemeinden offen, bei uns.",
    ], [
        "Viele Kommunen bieten bereits eine Online-Terminvergabe an.",
        "In anderen Städten kann man Termine längst online buchen.",
    ]),
    "issue_reporting": ([
        "Unseren Mängelmelder nutzen inzwischen auch zahlreiche andere Gemeinden.",
    ], [
        "Andere Städte haben längst einen Mängelmelder.",
    ]),
    "epayment": ([
        "Wie in vielen Landkreisen können Sie jetzt auch hier Gebühren online bezahlen.",
    ], [
        "In vielen Landkreisen kann man Gebühren online bezahlen.",
    ]),
    "council_info": ([
        "Wir nutzen wie die meisten Gemeinden ein Ratsinformationssystem.",
    ], [
        "Immer mehr Gemeinden nutzen ein Ratsinformationssystem.",
        "Die meisten Städte veröffentlichen ihre Vorlagen im Ratsinformationssystem.",
    ]),
}

# the account told through its mailbox or log-in data, in the dative too ('Postfach im Nutzerkonto', 'im Postfach deines
# Bürgerkontos'); not a library's, school's or club's account, not a utility's customer account, not denied
ACCOUNTBOX17: dict[str, tuple[list[str], list[str]]] = {
    "service_account": ([
        "Sie erhalten die Meldebestätigung als PDF in Ihr Postfach im Nutzerkonto.",
        "Den Bescheid finden Sie im Postfach in Ihrem Servicekonto.",
        "Die Nachricht landet im Postfach deines Bürgerkontos.",
        "Den Bescheid stellen wir in das Postfach im Bürgerkonto ein.",
        "Die Genehmigung erscheint im Postkorb im Unternehmenskonto.",
        "Die Zugangsdaten deines Servicekontos gelten für alle Online-Dienste.",
    ], [
        "Ihre Zugangsdaten im Nutzerkonto der Bibliothek erhalten Sie an der Theke.",
        "Die Zugangsdaten Ihres Benutzerkontos der Stadtbücherei bekommen Sie per Post.",
        "Die Anmeldedaten deines Nutzerkontos beim Sportverein vergibt der Vorstand.",
        "Das Postfach im Kundenkonto des Stadtwerks zeigt Ihre Rechnungen.",
        "Ein Postfach im Nutzerkonto gibt es nicht.",
        "Die Zugangsdaten im Benutzerkonto der Schule erhalten die Eltern im Sekretariat.",
    ]),
}

# an online form of ours named after 'online' with a possessive or article ('online: über unser Zählerstand-Formular',
# 'digital mit unserem Sperrmüllformular'); not a contact, feedback, application-for-a-job or PDF form, not a download
FORM17: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "So melden Sie Ihren Zählerstand: online über unser Zählerstand-Formular, per Post oder telefonisch.",
        "Melden Sie Ihren Zählerstand online über unser Formular.",
        "Den Zählerstand teilen Sie uns online über das Zählerstandsformular mit.",
        "Online: über unser Anmeldeformular für den Ferienpass",
        "Ihr meldet euren Sperrmüll digital mit unserem Sperrmüllformular an.",
        "Den Wasserschaden meldest du elektronisch über ein Meldeformular.",
    ], [
        "Sie können uns online über unser Kontaktformular erreichen.",
        "Das Formular gibt es online als PDF zum Ausdrucken.",
        "Online finden Sie das Formular zum Herunterladen.",
        "Die Anmeldung ist nicht online über unser Formular möglich.",
        "Schreiben Sie uns online über das Feedback-Formular.",
        "Online über unser PDF-Formular zum Ausdrucken.",
    ]),
}

# a procedure offered online with the verb apart from its particle ('Das Gesundheitsamt bietet die Erstbelehrung auch
# online an', 'Die Ummeldung bieten wir auch online an'); not courses, counselling or media, not denied, planned, another
# agency's, other towns' or retold from the press ('…, berichtet die Lokalzeitung')
OFFERED18: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Das Gesundheitsamt bietet die Erstbelehrung auch online an.",
        "Das Standesamt bietet die Anmeldung zur Eheschließung auch online an.",
        "Wir bieten die Gewerbeanmeldung ab sofort online an.",
        "Die Ummeldung bieten wir auch online an.",
        "Das Bürgerbüro bietet zahlreiche Anträge online an.",
        "Die Beantragung eines Anwohnerparkausweises bietet die Stadt jetzt auch digital an.",
        "Ihr bietet die Verlängerung des Bewohnerparkausweises online an? Ja, über unser Serviceportal.",
    ], [
        "Die Volkshochschule bietet Sprachkurse auch online an.",
        "Wir bieten Beratungen auch online an.",
        "Leider bieten wir die Ummeldung nicht online an.",
        "Viele Kommunen bieten die Ummeldung schon online an.",
        "Das Jobcenter bietet die Antragstellung online an.",
        "Die Stadt will die Gewerbeanmeldung künftig auch online anbieten.",
        "Die Bibliothek bietet ihre Medien auch online an.",
        "Andere Landkreise bieten die Erstbelehrung bereits online an.",
    ]),
}

# a news item retold from the press is another body's ('…, berichtet die Lokalzeitung', 'Wie der NDR meldet, …'); not the
# site's own release or gazette ('teilt die Stadtverwaltung mit', 'Laut Amtsblatt …')
PRESS18: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Die Ummeldung bieten wir jetzt auch online an, teilt die Stadtverwaltung mit.",
        "Laut Amtsblatt können Sie Anträge ab sofort online stellen.",
        "Wie unser Mitteilungsblatt berichtet, nimmt das Ordnungsamt Anträge jetzt auch online entgegen.",
    ], [
        "Die Stadt Beispielstadt bietet seit Montag die Ummeldung online an, berichtet die Lokalzeitung.",
        "Wie der NDR meldet, können in Kiel Anträge jetzt online gestellt werden.",
        "Laut Kreiszeitung bietet Nachbarort Hausen die Gewerbeanmeldung online an.",
        "Anträge auf Wohngeld können in Hausen jetzt online gestellt werden, schreibt die Rundschau.",
    ]),
    "appointment_booking": ([
        "Termine im Bürgerbüro buchen Sie online, teilt die Verwaltung mit.",
    ], [
        "In Hausen können Termine jetzt online gebucht werden, meldet der Anzeiger.",
    ]),
}

# the Postfach of a service account: a hyphenated account name ('Postfach Ihres HamburgService-Kontos', 'BayernID-Kontos'),
# or 'im|ins|in Ihr Postfach' after the account's name in the same sentence ('mit dem Servicekonto Thüringen anmelden und
# Ihre Anträge jederzeit im Postfach nachverfolgen'); not a PO box, the town hall's Postfach, a mail or bank account's
MAILBOX18: dict[str, tuple[list[str], list[str]]] = {
    "secure_mailbox": ([
        "Bitte nutzen Sie für rechtsverbindliche Eingaben das Postfach Ihres HamburgService-Kontos.",
        "Den Bescheid finden Sie im Postfach Ihres BayernID-Kontos.",
        "Sie können sich mit dem Servicekonto Thüringen anmelden und Ihre Anträge jederzeit im Postfach nachverfolgen.",
        "Mit der BundID erhalten Sie den Bescheid direkt in Ihr Postfach.",
        "Nach der Anmeldung mit deinem Nutzerkonto landen alle Nachrichten in deinem Postfach.",
        "Über das Servicekonto.NRW stellen wir Ihnen Bescheide ins persönliche Postfach.",
    ], [
        "Mit dem Servicekonto melden Sie sich an; Briefe schicken Sie an unser Postfach 1120.",
        "Die BundID ist ein Konto des Bundes; Post an die Verwaltung richten Sie an Postfach 10 20.",
        "Das Servicekonto ersetzt nicht das Postfach im Rathaus.",
        "Ihre Anträge verfolgen Sie im Bürgerbüro; das Postfach der Stadt ist Postfach 1120.",
        "Bitte werfen Sie den Antrag in den Briefkasten oder das Postfach des Bürgerbüros.",
        "Das Postfach Ihres E-Mail-Kontos sollten Sie regelmäßig leeren.",
        "Das Postfach Ihres Bank-Kontos erreichen Sie im Online-Banking.",
    ]),
}

# a Land portal's host written in prose with an application or its verb ('Die Anmeldung ist über service.berlin.de
# möglich', 'Bauanträge reichen Sie über bauantrag.berlin.de ein'); not a page that only informs or explains, not
# denied, not planned
LANDHOSTS17: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Die Anmeldung ist über service.berlin.de möglich.",
        "Die Gewerbeanmeldung erledigen Sie unter service.hessen.de.",
        "Bauanträge reichen Sie über bauantrag.berlin.de ein.",
        "Über service.niedersachsen.de können Sie den Antrag auf Wohngeld stellen.",
        "Den Antrag auf einen Bewohnerparkausweis stellst du über mv-serviceportal.de.",
        "Die Ummeldung ist auch via https://amt24.sachsen.de möglich.",
    ], [
        "Informationen zum Wohngeld finden Sie auf service.berlin.de.",
        "Informationen zur Anmeldung finden Sie auf service.berlin.de.",
        "Die Anmeldung ist nicht über service.berlin.de möglich, bitte kommen Sie persönlich.",
        "Das Land plant, Anträge künftig über service.hessen.de anzubieten.",
        "Der Antrag ist im Bürgerbüro zu stellen; das Land erklärt ihn auf service.nrw.de.",
        "Was bei der Anmeldung zu beachten ist, erläutert service.brandenburg.de.",
    ]),
}

# an app of ours told by what the reader has with it ('Mit der kostenlosen App „Kleinhagen erleben“ haben Sie … immer
# dabei', 'Mit unserer App habt ihr …'); not the federal warning app, the railway's or a transport association's app
APPS17: dict[str, tuple[list[str], list[str]]] = {
    "mobile_app": ([
        "Mit der kostenlosen App „Kleinhagen erleben“ haben Sie Veranstaltungen und Wetter immer dabei.",
        "Mit der Musterstadt-App hast du alle Abfalltermine im Blick.",
        "Mit unserer App habt ihr den Veranstaltungskalender immer dabei.",
        "Mit der neuen App „Rathaus mobil“ haben Sie Ihre Anliegen jederzeit zur Hand.",
        "Mit unserer kostenlosen App hast du die Öffnungszeiten immer dabei.",
        "Mit der offiziellen Seestadt-App habt ihr alle Termine im Blick.",
    ], [
        "Mit der App „NINA“ des Bundes haben Sie Warnungen immer dabei.",
        "Mit der DB-App haben Sie Ihre Fahrkarte immer dabei.",
        "Mit der App des Verkehrsverbunds haben Sie alle Fahrpläne dabei.",
        "Mit der Luca-App hatten Sie früher Ihre Besuche dabei.",
        "In der App haben wir neue Funktionen ergänzt.",
        "Mit der Ausweis-App haben Sie Ihren Personalausweis auf dem Smartphone.",
    ]),
}

# the eID as the means of a service of ours: a completing verb ('mit Ihrem Online-Ausweis sofort rechtswirksam
# abschließen'), the log-in verb apart from its particle ('Sie melden sich mit Ihrem Online-Ausweis an'), the card required
# for the service just named ('Sie benötigen dafür den Personalausweis mit Online-Ausweisfunktion'); not denied, a card
# explained for the AusweisApp, a federal office's log-in, a plan
EIDUSE18: dict[str, tuple[list[str], list[str]]] = {
    "eid": ([
        "Viele Leistungen können Sie mit Ihrem Online-Ausweis sofort rechtswirksam abschließen.",
        "Sie melden sich mit Ihrem Online-Ausweis an.",
        "Im Serviceportal meldest du dich mit deinem Online-Ausweis an.",
        "Den Antrag unterzeichnen Sie mit Ihrem Online-Ausweis.",
        "Sie können den Antrag online über das i-Kfz-Portal stellen. Sie benötigen dafür den Personalausweis mit Online-Ausweisfunktion.",
        "Die Ummeldung erledigen Sie online. Dafür brauchen Sie Ihren Ausweis mit eID-Funktion und die PIN.",
        "Sie weisen sich im Bürgerportal mit dem Online-Ausweis aus.",
    ], [
        "Sie benötigen dafür keinen Personalausweis mit Online-Ausweisfunktion.",
        "Für die Nutzung der AusweisApp benötigen Sie einen Personalausweis mit Online-Ausweisfunktion.",
        "Bei uns melden Sie sich bisher nicht mit dem Online-Ausweis an.",
        "Mit dem Online-Ausweis melden Sie sich direkt beim Bundesamt für Justiz an.",
        "Die Online-Ausweisfunktion schalten Sie im Bürgerbüro ein.",
        "Mit dem Online-Ausweis kommt es vor allem auf die PIN an.",
        "Eine Anmeldung mit dem Online-Ausweis bieten wir erst ab 2027 an.",
    ]),
}

# 'erst|frühestens' with a time ahead or a set-up still to come is a plan whatever the verb ('bieten wir erst ab 2027 an',
# 'gibt es erst nach der Einführung des neuen Portals'); not in the past ('wurde erst im Jahr 2020 eingeführt'), not a
# step of the offer ('erst am Ende des Online-Antrags')
ERST18: dict[str, tuple[list[str], list[str]]] = {
    "eid": ([
        "Die Online-Ausweisfunktion nutzen Sie erst beim Absenden des Antrags, dann melden Sie sich mit dem Online-Ausweis an.",
    ], [
        "Eine Anmeldung mit dem Online-Ausweis bieten wir erst ab 2027 an.",
    ]),
    "appointment_booking": ([
        "Die Online-Terminvergabe wurde erst im Jahr 2020 eingeführt und wird seither gut genutzt.",
        "Termine buchen Sie online; freigeschaltet werden sie erst im Frühjahr für das ganze Jahr.",
    ], [
        "Termine können Sie erst ab 2027 online buchen.",
        "Eine Online-Terminvergabe gibt es erst nach der Einführung des neuen Portals.",
    ]),
    "epayment": ([
        "Die Gebühr zahlen Sie erst am Ende des Online-Antrags per Kreditkarte.",
    ], [
        "Online bezahlen können Sie frühestens im kommenden Jahr.",
    ]),
}

# tickets bought from a ticket vendor and paid there (eventim, Reservix, Ticketmaster …: a shop of a third party); the
# municipality's own ticket shop and its fees paid online stay offers
VENDORS17: dict[str, tuple[list[str], list[str]]] = {
    "epayment": ([
        "Eintrittskarten für das Freibad kaufen Sie im Online-Ticketshop der Stadt und bezahlen mit PayPal oder Kreditkarte.",
        "Die Gebühr bezahlen Sie online per PayPal oder Kreditkarte.",
        "Den Jahresbeitrag der Musikschule zahlst du online per Kreditkarte.",
        "Tickets für das Stadtfest gibt es in unserem Online-Shop, bezahlt wird per PayPal oder giropay.",
        "Die Kurabgabe begleichen Sie gleich online mit PayPal oder Kreditkarte.",
        "Gebühren für Parkausweise bezahlen Sie bequem online über ePayBL.",
    ], [
        "Für die Konzerte können Sie Karten im Vorverkauf über eventim kaufen und dort mit Kreditkarte oder PayPal bezahlen.",
        "Tickets gibt es bei Reservix, bezahlt wird per PayPal oder Kreditkarte.",
        "Über Ticketmaster bestellte Karten bezahlen Sie dort per Kreditkarte.",
        "Karten für das Open-Air erhaltet ihr bei ADticket und bezahlt sie online per PayPal.",
        "Eintrittskarten kaufst du über Eventbrite und zahlst dort mit Kreditkarte.",
        "Den Vorverkauf übernimmt Ticket Regional, bezahlt wird dort online mit Kreditkarte oder PayPal.",
    ]),
}

# payment in the impersonal passive or by its noun with words between ('Gezahlt wird am Ende des Antrags online',
# 'Die Bezahlung der Gebühr von 12 Euro erfolgt am Ende direkt online'); not cash or transfer, not negated, not another
# clause's 'online'
IMPERSONAL17: dict[str, tuple[list[str], list[str]]] = {
    "epayment": ([
        "Gezahlt wird am Ende des Antrags online per Kreditkarte.",
        "Die Bezahlung der Gebühr von 12 Euro erfolgt am Ende direkt online.",
        "Bezahlt wird bequem online mit PayPal oder giropay.",
        "Die Zahlung der Verwaltungsgebühr läuft komplett elektronisch.",
        "Die Gebühren werden im Anschluss online beglichen.",
        "Entrichtet wird die Gebühr am Ende online.",
    ], [
        "Gezahlt wird bar vor Ort, online ist das nicht möglich.",
        "Bezahlt wird nicht online, sondern an der Kasse.",
        "Die Zahlung erfolgt per Überweisung, den Antrag stellen Sie online.",
        "Bezahlt wird die Miete des Vereinsheims vom Verein online.",
        "Die Zahlung erfolgt per Lastschrift; die Unterlagen sehen Sie online ein.",
        "Gezahlt wird an der Kasse im Bürgerbüro.",
    ]),
}

# data published 'als Open Data' or 'als offene Daten' ('Die Ergebnisse der Wahl stehen als Open Data zum Download
# bereit'); not the Land's, a federal body's, a statistics office's or the Kreis's, not negated or planned
ASOPENDATA17: dict[str, tuple[list[str], list[str]]] = {
    "open_data": ([
        "Die Ergebnisse der Wahl stehen als Open Data zum Download bereit.",
        "Die Baumstandorte sind als offene Daten abrufbar.",
        "Den Haushalt gibt es auch als Open Data im CSV-Format zum Herunterladen.",
        "Die Verkehrszählungen findest du als offene Daten auf dieser Seite zum Download.",
        "Der Sitzungskalender wird als Open Data veröffentlicht.",
        "Die Parkhausbelegung steht als Open-Data zur Verfügung.",
    ], [
        "Das Land stellt die Wahlergebnisse als Open Data bereit.",
        "Die Daten des Statistischen Landesamts stehen als Open Data bereit.",
        "Die Wahlergebnisse stehen leider nicht als Open Data bereit.",
        "Die Haushaltsdaten sollen künftig als Open Data veröffentlicht werden.",
        "Der Landkreis stellt die Daten als offene Daten zur Verfügung.",
        "Die Geodaten des Bundes sind als Open Data verfügbar.",
    ]),
}

# the eID with the separable 'weisen Sie sich … aus' and in the informal address ('nutzt du … deinen Online-Ausweis',
# 'Nutze für den Antrag deinen Online-Ausweis'); not at other bodies, not negated, not a plan, not only explained
EIDINFORMAL17: dict[str, tuple[list[str], list[str]]] = {
    "eid": ([
        "Mit der eID-Funktion Ihres Ausweises weisen Sie sich im Portal sicher aus.",
        "Für die Anmeldung nutzt du am besten deinen Online-Ausweis.",
        "Weist du dich im Serviceportal mit deinem Online-Ausweis aus, entfällt der Gang ins Rathaus.",
        "Nutze für den Antrag deinen Online-Ausweis.",
        "Verwendet ihr eure eID, geht die Ummeldung ganz schnell.",
        "Mit dem Online-Ausweis weist ihr euch beim Antrag digital aus.",
    ], [
        "Mit dem Online-Ausweis weisen Sie sich bei Behörden und Unternehmen im Internet aus.",
        "Nutze deinen Online-Ausweis auch für die Steuererklärung beim Finanzamt.",
        "Du nutzt deinen Online-Ausweis noch nicht? Die PIN bekommst du im Bürgeramt.",
        "Wie du deinen Online-Ausweis nutzt, erklärt die AusweisApp.",
        "Weisen Sie sich im Bürgerbüro mit Ihrem Personalausweis aus.",
        "Mit dem Online-Ausweis weisen Sie sich künftig auch bei uns aus.",
    ]),
}

# booking with 'sich … sichern' and the separable 'ausmachen' ('Sichern Sie sich Ihren Termin online', 'Deinen Termin
# machst du online aus'); not a doctor's, a bank's or a course place, not by phone, not negated, not from a date ahead
SECURED17: dict[str, tuple[list[str], list[str]]] = {
    "appointment_booking": ([
        "Einen Termin kannst du dir online sichern.",
        "Sichern Sie sich Ihren Termin online.",
        "Deinen Termin im Bürgerbüro machst du online aus.",
        "Macht euch euren Termin im Standesamt einfach online aus.",
        "Den Wunschtermin für die Trauung können Sie sich online sichern.",
        "Den Termin sichern Sie sich bequem online.",
    ], [
        "Einen Termin können Sie sich leider nicht online sichern.",
        "Termine beim Hausarzt sichern Sie sich online über Doctolib.",
        "Sichern Sie sich Ihren Platz im Kurs online.",
        "Einen Termin für die Impfung macht ihr in der Praxis online aus.",
        "Sichern Sie sich Ihren Termin telefonisch unter 030 123.",
        "Den Termin sichern Sie sich ab Januar online.",
    ]),
}


# session 13 (rules19), the grammar of blind19/20's errors: 'weder … noch' negates the clause's predicate unless what
# it coordinates is the old way or a requirement ('brauchen Sie weder Drucker noch Scanner'); an addition still ahead
# told with 'hinzukommen' and a time to come; a profile named by the body's own quoted title, not a group's
WEDER19: dict[str, tuple[list[str], list[str]]] = {
    "appointment_booking": ([
        "Online-Terminvergabe: Sie müssen weder anrufen noch im Bürgerbüro warten.",
        "Mit der Online-Terminvergabe haben Sie weder Wartezeit noch Stress.",
        "Buchen Sie Ihren Termin online; weder Anruf noch Besuch sind dafür nötig.",
    ], [
        "Eine Online-Terminvergabe gibt es weder für Pässe noch für Personalausweise.",
    ]),
    "form_server": ([
        "Für den Online-Antrag brauchen Sie weder Drucker noch Scanner.",
        "Den Antrag stellen Sie online – Sie brauchen dafür weder Briefmarke noch Umschlag.",
        "Das Online-Formular kostet weder Gebühren noch Porto.",
    ], [
        "Anträge auf Wohngeld lassen sich weder online stellen noch per E-Mail einreichen.",
        "Mängel kannst du weder per App noch über ein Online-Formular melden.",
    ]),
    "epayment": ([
        "Sie können die Gebühr online bezahlen, Bargeld brauchen Sie weder im Rathaus noch unterwegs.",
    ], []),
    "secure_mailbox": ([], [
        "Für rechtsverbindliche elektronische Kommunikation bietet die Gemeinde weder De-Mail noch ein elektronisches "
        "Postfach an.",
    ]),
}

ARRIVAL19: dict[str, tuple[list[str], list[str]]] = {
    "appointment_booking": ([
        "Seit April ist die Online-Terminvergabe hinzugekommen.",
        "Neu hinzugekommen ist die Online-Terminvergabe für das Standesamt.",
        "Ab sofort kommt die Online-Terminvergabe für das Standesamt hinzu.",
        "Hinzu kommt die Möglichkeit, Termine online zu buchen.",
        "Neu hinzu kommt die Online-Terminvergabe: Buchen Sie jetzt Ihren Termin.",
    ], [
        "Neu hinzu kommen ab Juni Online-Termine für das Bürgerbüro.",
        "Ab Herbst kommt die Online-Terminvergabe hinzu.",
    ]),
    "epayment": ([
        "Seit Januar kam die Online-Bezahlung per PayPal hinzu.",
    ], []),
    "form_server": ([
        "Zu den Online-Anträgen kommt seit März auch die Ummeldung hinzu.",
    ], [
        "In den kommenden Wochen kommen Online-Anträge für das Gewerbe hinzu.",
    ]),
    "issue_reporting": ([], [
        "Zum Jahresende 2027 kommt ein Mängelmelder als App hinzu.",
    ]),
    "participation": ([], [
        "Als weiteres Angebot kommt ab Mai die Online-Beteiligung hinzu.",
    ]),
}

PROFILES19: dict[str, tuple[list[str], list[str]]] = {
    "social_media": ([
        "Wer welchen Stand hat, teilt die Gemeinde jede Woche auf ihrer Facebook-Seite „Gemeinde Musterau“ mit.",
        "Fotos vom Fest zeigt die Stadt auf ihrem Instagram-Kanal „Stadt Lindenau“.",
        "Aktuelle Meldungen finden Sie auch auf dem Facebook-Profil „Markt Eichenbrunn“.",
        'Folgen Sie dem Instagram-Account "Gemeinde Rotenfeld" für Neuigkeiten aus dem Rathaus.',
        "Den Livestream der Ratssitzung zeigt der YouTube-Kanal „Stadt Wellinghofen“.",
        "Auf der Facebook-Seite „Samtgemeinde Heideland“ informiert die Verwaltung über Baustellen.",
        '<a href="https://www.facebook.com/gemeinde.mittelbrunn">Gemeinde Mittelbrunn auf Facebook</a>',
    ], [
        "Viele Bilder gibt es in der Facebook-Gruppe „Gemeinde Ottersweiler hilft“.",
        "Termine stehen auf der Facebook-Seite „Feuerwehr Ottersweiler“.",
        "Das Programm zeigt die Facebook-Seite „Stadtfest Lindenau“.",
        "Fotos zeigt der Instagram-Kanal „Stadtwerke Lindenau“.",
        "Die Gemeinde betreibt keine Facebook-Seite „Gemeinde Rotenfeld“.",
        "Eine Facebook-Seite „Stadt Lindenau“ gibt es nicht; bitte beachten Sie gefälschte Profile.",
        '<a href="https://www.facebook.com/groups/dorfleben.musterau">Facebook-Gruppe Dorfleben Musterau</a>',
        '<a href="https://www.facebook.com/groups/123456789/">Unsere Dorfgruppe auf Facebook</a>',
    ]),
}

# an app introduced by its quoted name and an adjective, its stores in the next sentence ('Die kostenlose App „…“ …
# Sie steht im App Store und bei Google Play'), or an apposition between the app and its stores; not a warn app, a
# railway's or a transport association's, not one planned or denied
APPS19: dict[str, tuple[list[str], list[str]]] = {
    "mobile_app": ([
        "Die kostenlose App „Lindenau Abfall“ erinnert Sie an die Leerung. Sie steht im App Store und bei Google Play "
        "zum Download bereit.",
        "Die neue App „Mein Lindenau“ informiert über Termine im Ort. Sie ist im App Store und bei Google Play erhältlich.",
        "Die offizielle App „Rotenfeld erleben“ zeigt Wanderwege. Sie gibt es kostenlos im App Store und bei Google Play.",
        "Die eigene App „Markt Eichenbrunn“ zeigt Termine und Meldungen. Sie steht im App Store und bei Google Play bereit.",
        "Die Gemeinde ist jetzt im DorfFunk vertreten. Die kostenlose App, entwickelt von den Digitalen Dörfern, ist im "
        "App Store und bei Google Play erhältlich.",
        "Unsere Gemeinde ist bei Crossiety dabei. Die App, seit Mai für alle Ortsteile freigeschaltet, gibt es im App "
        "Store und bei Google Play.",
    ], [
        "Die kostenlose App „NINA“ warnt vor Unwettern. Sie steht im App Store und bei Google Play bereit.",
        "Die kostenlose App „DB Navigator“ zeigt Verbindungen. Sie gibt es im App Store und bei Google Play.",
        "Die kostenlose App „Fahrplan“ des Verkehrsverbunds zeigt Verbindungen. Sie gibt es im App Store und bei Google "
        "Play.",
        "Die kostenlose App „Mein Lindenau“ ist geplant. Sie soll im App Store und bei Google Play erscheinen.",
        "Eine eigene App „Gemeinde Rotenfeld“ gibt es nicht. Die Warn-App NINA ist im App Store und bei Google Play "
        "erhältlich.",
        "Die Gemeinde ist nicht im DorfFunk vertreten. Die App, ein Angebot des Landkreises, ist im App Store und bei "
        "Google Play erhältlich.",
    ]),
}

# the municipality or one of its offices as the newsletter's sender after the verb (the object or an adverb first,
# the reader in the dative); not a club, the Finanzamt, the Landratsamt, a travel agency, not another body's newsletter
SENDER19: dict[str, tuple[list[str], list[str]]] = {
    "newsletter": ([
        "Aktuelle Angebote für Ehrenamtliche verschickt die Gemeinde jeden Monat mit ihrem E-Mail-Newsletter.",
        "Alle Termine der Begegnungsstätten schickt Ihnen das Seniorenbüro einmal im Monat mit dem Newsletter „Aktiv "
        "im Alter“.",
        "Neuigkeiten aus dem Rathaus versendet die Stadtverwaltung wöchentlich mit einem Newsletter.",
        "Baustellenmeldungen schickt euch das Ordnungsamt per Newsletter.",
        "Die Programmhinweise verschickt das Kulturbüro regelmäßig mit seinem Newsletter.",
        "Über Veranstaltungen informiert der Markt mit seinem monatlichen Newsletter.",
    ], [
        "Aktuelle Angebote verschickt der Sportverein jeden Monat mit seinem Newsletter.",
        "Informationen zur Grundsteuer verschickt das Finanzamt mit seinem Newsletter.",
        "Termine verschickt das Landratsamt mit seinem E-Mail-Newsletter.",
        "Reiseangebote schickt Ihnen das Reisebüro mit seinem Newsletter.",
        "Einen Newsletter verschickt die Gemeinde nicht; Neuigkeiten stehen im Amtsblatt.",
        "Die Kursangebote verschickt die Stadt mit dem Newsletter der Volkshochschule.",
    ]),
}

# a loss report handed in online with 'abgeben' (the participle, the zu-infinitive, 'gebt … online ab' with the
# particle last); not a found item handed in at the counter, not denied, planned or at the police
LOSS19: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Deine Verlustanzeige kannst du jederzeit online abgeben.",
        "Die Verlustanzeige kann auch elektronisch abgegeben werden.",
        "Eine Verlustanzeige können Sie im Online-Fundbüro auch direkt online abgeben.",
        "Ihre Verlustmeldung geben Sie bequem online ab.",
        "Eure Fundmeldung gebt ihr einfach online ab.",
        "Die Verlustanzeige gibst du online ab, wir melden uns.",
    ], [
        "Fundsachen können Sie im Bürgerbüro abgeben.",
        "Eine Verlustanzeige können Sie nicht online abgeben, bitte kommen Sie ins Fundbüro.",
        "Eine Verlustanzeige geben Sie bitte persönlich im Bürgerbüro ab.",
        "Die Verlustanzeige für Ihren Ausweis müssen Sie persönlich bei der Polizei abgeben.",
        "Eine Verlustmeldung können Sie künftig auch online abgeben.",
        "Die Verlustanzeige für Ihr Fahrrad geben Sie bei der Polizei online ab.",
        "Eine Verlustanzeige können Sie bei der Polizei auch online erstatten.",
    ]),
}

# a themed map linked as 'Karte der …' (a genitive, not a compound) to a map host or a map path; not a PDF or an
# image, not a page without a map in its address, not a map of the town or its history
MAPOF19: dict[str, tuple[list[str], list[str]]] = {
    "geoportal": ([
        '<a href="https://geo.musterau.de/karten/anwohnerparken.html">Karte der Anwohnerparkzonen</a>',
        '<a href="https://www.musterau.de/karten/bodenrichtwerte">Karte der Bodenrichtwerte</a>',
        '<a href="https://www.musterau.de/freizeit/karte-spielplaetze">Karte aller Spielplätze</a>',
        '<a href="https://www.musterau.de/karten/ladesaeulen">Karte der Ladesäulen</a>',
        '<a href="https://gis.musterau.de/spielplaetze">Karte aller Spielplätze</a>',
        '<a href="https://maps.musterau.de/baustellen">Interaktive Karte der Baustellen</a>',
    ], [
        '<a href="https://www.musterau.de/files/parkzonen.pdf">Karte der Bewohnerparkzonen</a>',
        '<a href="https://www.musterau.de/files/wanderwege.jpg">Karte der Wanderwege</a>',
        '<a href="https://www.musterau.de/umwelt/ladesaeulen/">Karte der Ladesäulen</a>',
        '<a href="https://www.musterau.de/stadtinfo/">Karte der Stadt</a>',
        '<a href="https://www.musterau.de/geschichte/">Karte der Ortsteile um 1900</a>',
        '<a href="https://www.musterau.de/karten/stadtgeschichte">Karte der Stadt</a>',
    ]),
}

# a payment function or brand told as built into the online services ('ist … integriert', 'wurde … eingebunden', the
# noun first or after the verb); not one still to be built in, denied or deliberated, not 'integriert' of other things
INTEGRATED19: dict[str, tuple[list[str], list[str]]] = {
    "epayment": ([
        "Bei 30 Online-Diensten ist eine Bezahlung per ePayBL integriert.",
        "Die Bezahlfunktion ist in alle Online-Anträge eingebunden.",
        "In die Online-Dienste wurde das Bezahlmodul ePayBL eingebunden.",
        "Im Serviceportal sind inzwischen alle Bezahldienste angebunden.",
        "Seit 2024 ist die Online-Bezahlung in den Parkausweis-Antrag integriert.",
        "PayPal und giropay sind im Antragsportal als Zahlungsarten angebunden.",
    ], [
        "Die Bezahlung per ePayBL soll 2027 in die Online-Anträge integriert werden.",
        "Eine Online-Bezahlung ist noch nicht integriert.",
        "Das Bezahlmodul wird derzeit in das Serviceportal eingebunden.",
        "Der Spielplatz ist in das Wohngebiet integriert.",
        "Die Zahlung ist im Preis integriert.",
        "Ob ePayBL angebunden werden kann, prüft die Verwaltung.",
    ]),
}

# a federal agency or an association as the subject after another verb ('Termine vergibt die Verbraucherzentrale …')
# or with its own service in the possessive ('… über ihre eigene Online-Buchung'); the site's own service beside the
# agency ('unsere Online-Terminvergabe', an agency's counselling booked through the site) stays an offer
AGENCY19: dict[str, tuple[list[str], list[str]]] = {
    "appointment_booking": ([
        "Termine für das Bürgerbüro vergeben wir über unsere Online-Terminvergabe.",
        "Für die Energieberatung der Verbraucherzentrale im Rathaus buchen Sie einen Termin über unsere "
        "Online-Terminvergabe.",
        "Termine im Bürgerbüro können Sie online buchen; Termine vergibt die Verbraucherzentrale telefonisch.",
        "Wie die Verbraucherzentrale bieten auch wir eine Online-Terminvergabe an.",
        "Termine für die Sprechstunde der Verbraucherzentrale vergibt die Gemeinde über ihre Online-Terminvergabe.",
        "Auch das Jobcenter nutzt unsere Online-Terminvergabe im Bürgerhaus.",
    ], [
        "Beratungstermine vermittelt die Verbraucherzentrale über ihr Online-Terminsystem.",
        "Die Verbraucherzentrale bucht Termine über ihre eigene Online-Terminvergabe.",
        "Prüfungstermine vergibt die IHK über ihre Online-Terminbuchung.",
        "Beratungstermine vergibt die Verbraucherzentrale online.",
    ]),
    "form_server": ([], [
        "Anträge auf Kindergeld nimmt die Familienkasse über ihr Online-Portal entgegen.",
        "Anträge auf Kindergeld nimmt die Familienkasse online entgegen.",
    ]),
}

# payment in a transport association's or the railway's app (a third party's shop, as a ticket vendor's); the town's
# own app or a fee paid online beside a transit app's mention in another clause stays an offer
TRANSIT19: dict[str, tuple[list[str], list[str]]] = {
    "epayment": ([
        "In der Stadt-App zahlen Sie Parkgebühren bequem mit PayPal.",
        "Parktickets bezahlen Sie online in unserer Park-App per Kreditkarte oder PayPal.",
        "Die Gebühr für den Anwohnerparkausweis bezahlen Sie online per PayPal; Bustickets gibt es in der VRR-App.",
        "Den Eintritt ins Freibad zahlen Sie in der Bäder-App der Stadt mit PayPal.",
        "Die Hundesteuer können Sie online per Kreditkarte bezahlen.",
        "Die Gebühr bezahlen Sie online per giropay oder Kreditkarte.",
    ], [
        "In der VRR-App zahlen Sie Ihr Ticket auch mit PayPal.",
        "Fahrkarten kaufen Sie in der HVV-App und bezahlen per Kreditkarte.",
        "Im DB Navigator bezahlen Sie Tickets online per PayPal.",
        "Mit der Nahverkehrs-App zahlst du dein Ticket per Kreditkarte.",
        "Tickets für den Stadtbus gibt es in der MVV-App, bezahlt wird per PayPal.",
        "In der Verkehrsverbund-App bezahlen Sie online mit Apple Pay.",
    ]),
}

# a childcare place pre-registered in a Kita portal with the verb's own family ('vormerken', 'vorgemerkt', the separable
# 'merken … vor'), the portal before or after the verb, or the registration noun after its verb ('läuft die Anmeldung …
# über das Kita-Portal'); not a library's reservation, a portal that only shows places, a plan, a school's parents'
# portal, a negated or a past route (blind10, blind12, blind19 rottal, blind21 lindenau)
CHILDCARE20: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Seit Januar läuft die Vormerkung für alle Krippen über unser Kita-Portal.",
        "Ihr Kind können Sie über das Kita-Portal der Gemeinde für einen Platz vormerken.",
        "Im Betreuungsportal merken Sie Ihr Kind für das kommende Kindergartenjahr vor.",
        "Vormerken lassen können Sie Ihr Kind im Kinderbetreuungsportal des Landkreises.",
        "Du merkst dein Kind ganz einfach im Kita-Portal vor.",
        "Über unser Kindertagesstätten-Portal werden alle Kinder zentral vorgemerkt.",
        "Ab sofort erfolgt die Bedarfsanmeldung im Krippenportal der Stadt.",
    ], [
        "Medien können Sie im Online-Katalog der Stadtbücherei vormerken.",
        "Im Kita-Portal sehen Sie die freien Plätze; vormerken lassen können Sie Ihr Kind nur bei der Kitaleitung.",
        "Künftig sollen Eltern ihr Kind über ein Kita-Portal vormerken können.",
        "Im Elternportal der Schule merken Sie sich die Sprechtage vor.",
        "Ob Kinder künftig im Kita-Portal vorgemerkt werden, entscheidet der Gemeinderat.",
        "Die Anmeldung läuft nicht über das Kita-Portal, sondern persönlich im Rathaus.",
        "Bis 2024 erfolgte die Vormerkung über das Kita-Portal, heute wieder schriftlich.",
    ]),
}

# siteqa (session 14), from the realistic district's errors: a map on which the public puts its contributions belongs
# to a participation platform or a defect reporter, not to a GIS portal (blind18's label); a plan in 'sollen' whose
# participle provides ('bereitgestellt', 'veröffentlicht', 'angeboten', 'zur Verfügung gestellt')
MAPINPUT14: dict[str, tuple[list[str], list[str]]] = {
    "geoportal": ([
        "In der Online-Karte können Sie Flurstücke suchen und Entfernungen messen.",
        "Alle Bebauungspläne finden Sie in unserer Online-Karte.",
        "In der Online-Karte sind alle Baustellen eingetragen.",
        "In der interaktiven Karte markieren wir alle Ladesäulen im Stadtgebiet.",
        "Hinweise zur Bedienung der Online-Karte finden Sie in der Hilfe.",
        "Im Geoportal können Sie Stellungnahmen zum Bebauungsplan abgeben und Hinweise auf der Karte setzen.",
    ], [
        "Bis Ende des Monats läuft die Online-Beteiligung: Hinweise können direkt in einer Online-Karte gesetzt und "
        "kommentiert werden.",
        "In der Online-Karte können Sie Ihre Ideen für den Radverkehr eintragen.",
        "Markieren Sie in unserer interaktiven Karte Gefahrenstellen für Radfahrende und kommentieren Sie die "
        "Vorschläge anderer.",
        "Tragen Sie Ihre Vorschläge direkt in die Online-Karte ein.",
        "Auf der interaktiven Beteiligungskarte können Anregungen zum Lärmaktionsplan verortet werden.",
        "Ihre Wünsche für den neuen Spielplatz können Sie auf der Online-Karte hinterlassen.",
    ]),
}
PLANPROVIDE14: dict[str, tuple[list[str], list[str]]] = {
    "open_data": ([
        "Auf unserem Open-Data-Portal stellen wir Datensätze als CSV bereit.",
        "Die Daten unseres Ratsinformationssystems gibt es auch maschinenlesbar über OParl. Die Haushaltsdaten stehen "
        "als Open Data zum Download bereit.",
    ], [
        "Die Daten unseres Ratsinformationssystems gibt es auch maschinenlesbar über OParl. In einem nächsten Schritt "
        "sollen Verwaltungsdaten als Open Data für alle bereitgestellt werden.",
        "Die Daten unseres Ratsinformationssystems gibt es auch maschinenlesbar über OParl. Künftig sollen auch Daten "
        "der Verwaltung offen und maschinenlesbar veröffentlicht werden.",
        "Die Daten unseres Ratsinformationssystems gibt es auch maschinenlesbar über OParl. Im nächsten Jahr sollen "
        "Verwaltungsdaten als Open Data zur Verfügung gestellt werden.",
        "Die Daten unseres Ratsinformationssystems gibt es auch maschinenlesbar über OParl. Ab 2027 sollen auch die "
        "Haushaltsdaten als offene Daten angeboten werden.",
    ]),
    "appointment_booking": (["Termine im Bürgerbüro können Sie online buchen."],
                            ["Die Online-Terminvergabe soll im Herbst angeboten werden."]),
    "council_info": (["Die Sitzungsvorlagen werden im Ratsinformationssystem veröffentlicht."],
                     ["Die Sitzungsvorlagen sollen künftig im Ratsinformationssystem veröffentlicht werden."]),
}

# the lead's review of the session's families: a transport association or the railway as the subject offering its app
# ('als kostenlose App „…“' reached past the app's name check), and a titled strategy still to be adopted ('soll …
# beschlossen/verabschiedet werden' is a plan like 'soll … eingeführt werden'), a pigeonhole in a building is no mailbox
REVIEW14: dict[str, tuple[list[str], list[str]]] = {
    "mobile_app": ([
        "Die Gemeinde bietet als kostenlose App „Musterau aktuell“ für Android und iOS ihre Nachrichten an.",
        "Unsere Nachrichten gibt es als kostenlose App „Musterau mobil“ im App Store und bei Google Play.",
    ], [
        "Der Verkehrsverbund bietet als kostenlose App „VVM mobil“ für Android und iOS Fahrpläne und Tickets an.",
        "Der Verkehrsverbund Rhein-Mosel stellt als kostenlose App „RM mobil“ für iOS und Android seine Fahrpläne bereit.",
        "Die Deutsche Bahn bietet als kostenlose App „Reiseplaner“ für Android und iOS Fahrkarten an.",
    ]),
    "digital_strategy": ([
        "Der Gemeinderat hat die Strategie „Musterau digital“ im Mai beschlossen; sie steht hier als PDF bereit.",
        "Die Strategie „Musterau digital“ wurde 2025 beschlossen und soll 2027 fortgeschrieben werden.",
    ], [
        "Die Strategie „Musterau digital“ soll 2027 beschlossen werden.",
        "Die Strategie „Musterau digital 2030“ soll im Herbst vom Stadtrat verabschiedet werden.",
        "Nach den Workshops soll die Strategie „Digitales Musterau“ im Frühjahr im Gemeinderat beschlossen werden.",
        "Die Strategie „Musterau digital“ sollte im Mai beschlossen werden.",
    ]),
    # 'sollte … werden' reads the same participles as 'soll … werden' (one term, planned_participle)
    "service_account": (["Melden Sie sich mit Ihrem Servicekonto an."], [
        "Die Anmeldung mit dem Servicekonto sollte durch die BundID abgelöst werden.",
        "Das Servicekonto sollte durch die BundID ersetzt werden, sobald das Land sie anbindet.",
    ]),
    # a document delivered into the account's mailbox (182cee1), not into a pigeonhole in a building
    "secure_mailbox": ([
        "Die Bescheinigung erhalten Sie als PDF in Ihr Postfach.",
        "Die Genehmigung stellen wir Ihnen in Ihr digitales Postfach zu.",
    ], [
        "Die Bescheinigung legen wir in Ihr Postfach im Rathaus (Fach 12).",
        "Vereine erhalten die Genehmigung in ihr Postfach im Bürgerhaus.",
        "Den Bescheid legen wir den Fraktionen in ihr Postfach in der Geschäftsstelle.",
        "Die Urkunden der Jubilare liegen in ihrem Postfach im Foyer des Rathauses bereit.",
    ]),
    # rules21's 'weder … noch' judges the ID card or account only where they are among the things not needed, and a
    # postponement is no plan where the service now runs
    "eid": ([
        "Für den Online-Antrag benötigen Sie weder einen Termin noch Papierformulare – nur Ihren Online-Ausweis.",
        "Sie benötigen weder eine Unterschrift noch einen Ausdruck – Sie identifizieren sich mit dem Online-Ausweis.",
    ], [
        "Für die Online-Anmeldung benötigen Sie weder einen Online-Ausweis noch ein Nutzerkonto – die Angaben genügen.",
    ]),
    "appointment_booking": ([
        "Die Online-Terminvergabe wurde verschoben und ist seit Mai verfügbar.",
        "Der Start der Online-Terminvergabe musste verschoben werden; inzwischen buchen Sie Termine online.",
    ], [
        "Die Einführung der Online-Terminvergabe wird auf 2027 verschoben.",
    ]),
}

# an app told by its platforms or stores: a municipal platform app (DorfFunk, Heimat-Info, Crossiety) with 'für Android
# und iOS' in the same or the next sentence, an app offered 'als App „…“' with its stores or platforms; not a federal
# warn or ID app, the railway's or a transport association's app, an app planned or switched off, another body's after
# its name (blind9, blind12, blind13, blind15, blind19, blind21 hunsrückhöhe and orlagrund)
APPS20: dict[str, tuple[list[str], list[str]]] = {
    "mobile_app": ([
        "Mit der App DorfFunk tauschen sich schon zwölf Ortsteile aus. Die App gibt es kostenlos für Android und iOS.",
        "Unsere Nachrichten erscheinen auch in der Heimat-Info. Sie ist für iOS und Android erhältlich.",
        "Crossiety verbindet unsere Vereine und Ortsteile; die Plattform gibt es für iPhone und Android.",
        "Die Bürgerinformationen der Stadt gibt es auch als kostenlose App „Musterau aktuell“ im App Store und bei "
        "Google Play.",
        "Unsere Wanderwege erscheinen jetzt als App „Musterau wandern“ bei Google Play und im App Store.",
        "Das Amtsblatt erscheint zusätzlich als App „Amtsblatt mobil“, kostenlos für Android und iOS.",
        "Den Mängelmelder bieten wir auch als eigene App „Musterau meldet“ für Android und iOS an.",
    ], [
        "Die Warn-App NINA gibt es kostenlos für Android und iOS.",
        "Den Fahrplan gibt es als App „DB Navigator“ im App Store.",
        "Die Fahrplanauskunft gibt es als App „VRR“ für Android und iOS.",
        "Die Fahrpläne gibt es als kostenlose App „Takt“ des Verkehrsverbunds im App Store.",
        "Eine Stadt-App ist für Android und iOS geplant.",
        "Die Ausweisfunktion nutzen Sie mit der AusweisApp, die für Android und iOS erhältlich ist.",
        "Der DorfFunk wird nicht mehr angeboten; die App ist für Android und iOS eingestellt.",
        "Die Heimat-Info-App wird 2027 für Android und iOS eingeführt.",
    ]),
}

# a bare 'Barrierefreiheit' link in the page's chrome (a footer, a meta or service menu, a list beside Impressum,
# Datenschutz, Suche or Inhaltsverzeichnis) or to an address that names the statement ('/erklaerung-barrierefreiheit',
# '/barrierefreiheit-erklaerung.html'), the accessibility statement's usual link name; not a topic menu of barrier-free
# living, another body's statement, barrier-free building or a heading without a link (blind19 kallenbruck, the real
# pages' untergruppenbach)
CHROME20: dict[str, tuple[list[str], list[str]]] = {
    "accessibility_statement": ([
        '<footer><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li>'
        '<li><a href="/index.php?id=31">Barrierefreiheit</a></li></ul></footer>',
        '<div id="fusszeile"><a href="/seite/17">Barrierefreiheit</a> | <a href="/seite/18">Kontakt</a></div>',
        '<nav class="meta-nav"><a href="/p/9">Barrierefreiheit</a></nav>',
        '<ul><li><a href="/?id=23">Suche</a></li><li><a href="/?id=24">Inhaltsverzeichnis</a></li>'
        '<li><a href="/?id=25">Barrierefreiheit</a></li></ul>',
        '<div role="contentinfo"><a href="/node/55">Barrierefreiheit</a></div>',
        '<p><a href="/erklaerung-barrierefreiheit">Barrierefreiheit</a></p>',
        '<p><a href="/service/barrierefreiheit-erklaerung.html">Barrierefreiheit</a></p>',
        '<footer>\n  <a href="/s/3">\n    BARRIEREFREIHEIT\n  </a>\n</footer>',
        '<ul class="service"><li><a href="/kontakt">Kontakt</a></li><li><a href="/sitemap">Sitemap</a></li>'
        '<li><a href="/seite/44">Barrierefreiheit</a></li></ul>',
    ], [
        '<ul><li><a href="/soziales/senioren">Senioren</a></li><li><a href="/soziales/inklusion">Inklusion</a></li>'
        '<li><a href="/soziales/barrierefrei">Barrierefreiheit</a></li></ul>',
        '<footer><a href="https://www.landkreis-muster.de/barrierefreiheit">Barrierefreiheit</a></footer>',
        '<footer><a href="/bauen/barrierefreies-bauen">Barrierefreies Bauen</a></footer>',
        '<footer><p>Barrierefreiheit ist uns wichtig.</p><a href="/kontakt">Kontakt</a></footer>',
        '<main><h2>Barrierefreiheit</h2><p>Der Bürgersaal ist barrierefrei zugänglich.</p>'
        '<ul><li><a href="/kontakt">Kontakt</a></li></ul></main>',
        '<ul class="themen"><li><a href="/behindertenbeirat">Behindertenbeirat</a></li>'
        '<li><a href="/p/77">Barrierefreiheit</a></li></ul>',
        "Barrierefreiheit im Rathaus: Aufzug und Rampe vorhanden.",
        '<ul><li><a href="/leben/senioren">Senioren</a></li><li><a href="/leben/p/12">Barrierefreiheit</a></li></ul>'
        '<footer><a href="https://www.kreis-muster.de/erklaerung">Barrierefreiheit</a></footer>',
    ]),
}

# WordPress's search: the site root queried with 's' ('/?s=', '/?post_type=page&s=', '/index.php?s='), linked as the
# search; not another host's search, a query link without a search name, a numeric 's' of another CMS's paging or
# sorting (blind19 prims-höhe)
SEARCH20: dict[str, tuple[list[str], list[str]]] = {
    "site_search": ([
        '<a href="/?s=">Suche</a>',
        '<a href="https://www.musterstadt.de/?s=">Suchen</a>',
        '<a href="/?s=abfall">Suche</a>',
        '<a href="/?post_type=page&amp;s=">Suche</a>',
        "Suche -> https://www.musterstadt.de/?s=",
        '<a href="/index.php?s=">Volltextsuche</a>',
        '<a href="/?s=" aria-label="Suche"><svg></svg></a>',
    ], [
        '<a href="https://www.google.de/search?q=musterstadt">Suche</a>',
        '<a href="/?s=rathaus">Rathaus</a>',
        '<a href="https://www.landkreis-muster.de/?s=">Suche</a>',
        '<a href="/index.php?s=12">Suche</a>',
        '<a href="/?share=facebook&amp;s=1">Teilen</a>',
        '<a href="/veranstaltungen/?s=3">Seite 3</a>',
    ]),
}

# a strategy's measures listed as nouns after the list's head ('Zu den ersten Maßnahmen gehören …', 'Geplante Maßnahmen:
# …', 'Weitere Vorhaben sind …'), every item of the sentence a plan; not measures already carried out, offers listed
# under another head ('Zu unseren Online-Diensten zählen …'), an offer in the sentence before (blind21 erzgebirgsvorland,
# as blind12 brakelsiek and blind19 talheim)
MEASURES20: dict[str, tuple[list[str], list[str]]] = {
    "appointment_booking": ([
        "Zu den Angeboten des Bürgerbüros gehört die Online-Terminvergabe.",
        "Zu den bereits umgesetzten Maßnahmen gehört die Online-Terminvergabe im Bürgerbüro.",
        "Termine vereinbaren Sie über unsere Online-Terminvergabe; zu den geplanten Maßnahmen gehört ein Chatbot.",
        "Zu den Maßnahmen, die schon umgesetzt sind, gehört die Online-Terminvergabe: Termine buchen Sie rund um die "
        "Uhr online.",
    ], [
        "Zu den ersten Maßnahmen gehören eine Online-Terminvergabe und die Bezahlung von Gebühren per ePayment.",
        "Zu den wichtigsten Maßnahmen der Strategie zählen ein zentrales Terminbuchungssystem und ein Chatbot für das "
        "Bürgerbüro.",
        "Zu den Zielen bis 2030 gehört, dass alle Termine online gebucht werden können.",
    ]),
    "epayment": ([
        "Zu unseren Online-Diensten zählen die Terminbuchung und die Online-Bezahlung der Gebühren.",
        "Die Stadt hat mehrere Maßnahmen umgesetzt; Gebühren bezahlen Sie jetzt online per PayPal oder Kreditkarte.",
    ], [
        "Weitere Maßnahmen sind ein Chatbot und die Online-Bezahlung von Gebühren per PayPal.",
        "Geplante Maßnahmen: Online-Terminvergabe, Online-Bezahlung per PayPal, digitale Anträge über das Serviceportal.",
    ]),
    "form_server": ([
        "Zu den Leistungen im Serviceportal gehören Online-Anträge für Meldebescheinigungen und Führungszeugnisse.",
    ], [
        "Zu den geplanten Vorhaben zählen ein Bürgerportal mit Online-Anträgen und eine Online-Terminbuchung.",
        "Zu den nächsten Schritten gehören die Online-Terminvergabe und ein Serviceportal für Online-Anträge.",
        "Zu den Zielen der Digitalstrategie gehört ein Serviceportal, über das Anträge online gestellt werden können.",
    ]),
    "digital_strategy": ([
        "Zu den Zielen der Digitalstrategie gehört ein Serviceportal, über das Anträge online gestellt werden können.",
    ], []),
}

# the result of an online service delivered into the account's mailbox, named by the document ('Die Bescheinigung …
# als PDF in Ihr Postfach', 'Die Urkunde stellen wir … in Ihr Postfach', the informal 'in dein Postfach'); not an e-mail
# inbox, a PO box of the address or of the post office, a mailbox that does not exist (blind9 lohfeld, blind21 eschbrunn)
MAILBOX20: dict[str, tuple[list[str], list[str]]] = {
    "secure_mailbox": ([
        "Die Bescheinigung erhalten Sie anschließend per Post oder als PDF in Ihr Postfach.",
        "Die Meldebescheinigung wird Ihnen als PDF ins Postfach Ihres Nutzerkontos gestellt.",
        "Die Urkunde stellen wir Ihnen elektronisch in Ihr Postfach.",
        "Ihre Genehmigung finden Sie nach der Prüfung im Postfach.",
        "Den Nachweis erhältst du digital in dein Postfach.",
        "Sobald die Bescheinigungen fertig sind, liegen sie in Ihrem Postfach zum Abruf bereit.",
    ], [
        "Die Bescheinigung erhalten Sie per E-Mail in Ihr Postfach.",
        "Die Urkunde schicken wir Ihnen per Post; unsere Anschrift lautet Postfach 12 34, 12345 Musterstadt.",
        "Die Bescheinigung senden Sie bitte an unser Postfach 1120.",
        "Die Genehmigung erhalten Sie per Post in Ihr Postfach bei der Deutschen Post.",
        "Die Urkunde liegt im Bürgerbüro zur Abholung bereit; ein elektronisches Postfach gibt es nicht.",
        "Nachweise werfen Sie bitte in den Briefkasten am Rathaus.",
    ]),
}

# siteqa (session 14): the public's contributions (Vorschläge, Ideen, Anregungen, Stellungnahmen …) submitted online are
# participation, not an online application; a sentence naming an application, form, notification or documents stays one
CONTRIB14: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Anträge auf Sondernutzung können Sie online einreichen.",
        "Bauanträge können digital eingereicht werden.",
        "Anträge und Unterlagen können Sie online einreichen.",
        "Ihre Stellungnahme zum Bauantrag reichen Sie online über das Formular ein.",
        "Ideen und Wünsche zur Gewerbeanmeldung? Die Gewerbeanmeldung können Sie online einreichen.",
    ], [
        "Beim Bürgerhaushalt 2024 können Sie online Vorschläge einreichen, kommentieren und bewerten.",
        "Beim Bürgerhaushalt können Sie Ihre Vorschläge online einreichen.",
        "Ihre Ideen für den Stadtpark können Sie bis Ende Mai online einreichen.",
        "Stellungnahmen zum Lärmaktionsplan können online eingereicht werden.",
        "Anregungen und Bedenken zum Entwurf können Sie auch digital abgeben.",
        "Einwendungen können während der Auslegung auch elektronisch übermittelt werden.",
    ]),
}

# a digitalisation strategy published under its title alone ('Strategie „Musterau digital“'): linked by the title, or
# adopted or published in the sentence ('hat … die Strategie „…“ beschlossen', 'Verabschiedet hat der Kreistag die
# Strategie „…“'); not a strategy still to be written or deliberated, a Land's strategy, a project or an event with
# 'digital' in its title (blind20 hersbach)
TITLE20: dict[str, tuple[list[str], list[str]]] = {
    "digital_strategy": ([
        "Der Gemeinderat hat im März die Strategie „Musterau digital“ beschlossen.",
        "Die Strategie „Digitales Musterau 2030“ wurde vom Stadtrat einstimmig verabschiedet.",
        "Verabschiedet hat der Kreistag die Strategie „Kreis Muster digital“ im Dezember.",
        "Strategie „Musterau digital“ (PDF) -> https://www.musterau.de/fileadmin/strategie-musterau-digital.pdf",
        '<a href="/files/digital-2030.pdf">Strategie „Digitale Verwaltung 2030“ (PDF, 2 MB)</a>',
        "Der Rat veröffentlichte im Mai seine Strategie „Smart und digital in Musterau“.",
    ], [
        "Die Strategie „Musterau digital“ soll bis Ende 2027 erarbeitet werden.",
        "Der Landtag hat die Strategie „Bayern digital“ beschlossen.",
        '<a href="/files/digitales-bayern.pdf">Strategie „Digitales Bayern“ (PDF)</a>',
        "Das Projekt „Musterau digital“ wurde im Mai gestartet.",
        '<a href="/veranstaltungen/digitaltag">Veranstaltung „Digital im Alter“</a>',
        "Über eine Strategie „Musterau digital“ berät der Gemeinderat im Herbst.",
        "Die Strategie „Musterau digital“ wird derzeit erarbeitet; der Entwurf soll im Herbst beschlossen werden.",
    ]),
}

# the keyword ('Stichwort') as the site's search only where it is typed into a search field or names the search
# ('Stichwort eingeben', 'Stichwortsuche', 'ein Stichwort in das Suchfeld'); a search by keyword inside another system
# (the council information system, a library catalogue, a job board), a slogan or a motto is no site search (blind21
# geestland-nord)
KEYWORD20: dict[str, tuple[list[str], list[str]]] = {
    "site_search": ([
        "Geben Sie einfach ein Stichwort in das Suchfeld oben ein.",
        "Stichwort eingeben und Suche starten",
        "Zur Stichwortsuche",
        "Tragen Sie ein oder mehrere Stichwörter in die Suchmaske ein.",
        "Stichwort eingeben",
        "Sie können Stichworte ins Suchfeld schreiben, die Suche findet alle Seiten.",
    ], [
        "Sitzungstermine finden Sie in unserem Ratsinformationssystem. Dort können Sie nach Gremium, Datum oder Stichwort "
        "suchen.",
        "Im Online-Katalog der Stadtbücherei können Sie nach Titel, Autor oder Stichwort suchen.",
        "Stichwort Digitalisierung: Auch das Rathaus geht neue Wege.",
        "In der Stellenbörse lassen sich Angebote nach Stichwort filtern.",
        "Das Stichwort für die Sammelaktion lautet „Saubere Stadt“.",
        "Im Bürgerinformationssystem finden Sie Vorlagen per Stichwort.",
    ]),
}

# a service still tested inside the administration before its release ('testen wir gerade intern', 'verwaltungsintern
# erprobt', 'im internen Testbetrieb'), like a plan; a release after the test, a public beta and an offer also used
# inside stay offers (blind21 neckarhalde)
INTERNAL20: dict[str, tuple[list[str], list[str]]] = {
    "chatbot": ([
        "Nach internen Tests beantwortet unser Chatbot jetzt rund um die Uhr Ihre Fragen.",
        "Unser Chatbot beantwortet rund um die Uhr Ihre Fragen; intern nutzen wir ihn auch für die Schulung.",
        "Probieren Sie unseren neuen Chatbot aus: Er befindet sich noch in der öffentlichen Testphase.",
        "Unser Chatbot wurde von den Mitarbeitenden getestet und beantwortet jetzt Ihre Fragen rund um die Uhr.",
    ], [
        "Einen Chatbot für unsere Website testen wir derzeit intern.",
        "Unser digitaler Assistent ist in der internen Erprobung.",
    ]),
    "appointment_booking": ([
        "Die Online-Terminvergabe wurde intern getestet und steht seit Montag allen Bürgerinnen und Bürgern zur "
        "Verfügung.",
        "Nach erfolgreicher interner Testphase können Sie Termine ab sofort online buchen.",
    ], [
        "Die Online-Terminvergabe wird zurzeit verwaltungsintern erprobt.",
    ]),
    "form_server": ([
        "Nach dem internen Testbetrieb stehen die Online-Anträge im Bürgerportal jetzt allen offen.",
    ], [
        "Das Bürgerportal mit allen Online-Anträgen befindet sich im internen Testbetrieb.",
    ]),
    "epayment": ([
        "Die Online-Bezahlung per PayPal wurde intern erprobt und ist seit Juni für alle Gebühren freigeschaltet.",
    ], [
        "Die Online-Bezahlung per PayPal erproben die Mitarbeitenden derzeit intern.",
    ]),
    "mobile_app": ([
        "Unsere neue Stadt-App ist nach internen Tests jetzt im App Store und bei Google Play erhältlich.",
    ], [
        "Die neue Stadt-App testen wir intern mit einer kleinen Gruppe.",
    ]),
}

# rules21 (session 14): the families of blind22-24's false alarms that recur in earlier rounds: a plan in the present
# tense with a time ahead (plan-time: 'bis 2028', the administration's third person, 'die Gemeinde ihre'), an intention
# with a time ahead across dashes (plan-intent-time), 'angedacht', 'einzubinden', 'soll über … laufen', a postponed
# service (postponed), 'weder … noch' after a verb of need (requirement-negation) and a possibility negated at the
# main clause's end (negation-fronted); each with offers beside it that must stay found.
PRESENT21: dict[str, tuple[list[str], list[str]]] = {
    "open_data": ([
        "Seit 2023 stellt die Stadt ihre Haushaltsdaten im Open-Data-Portal bereit.",
        "Bis 2020 gab es nur PDF-Tabellen; heute stellt die Stadt ihre Daten im Open-Data-Portal unter CC BY bereit.",
        "Im Open-Data-Portal der Stadt finden Sie Haushaltsdaten und Verkehrszählungen zum Herunterladen.",
    ], [
        "Bis 2028 baut die Stadt ein Open-Data-Portal auf, in dem zum Beispiel Haushaltsdaten veröffentlicht werden.",
        "Bis Ende 2027 baut die Verwaltung ein eigenes Open-Data-Portal auf.",
        "Daten: Bis Mitte 2028 baut der Kreis ein Open-Data-Portal auf, in dem Verkehrsdaten erscheinen.",
    ]),
    "council_info": ([
        "Seit Januar 2024 stellt die Gemeinde ihre Einladungen und Protokolle in das Ratsinformationssystem des Amtes ein.",
        "Die Gemeinde stellt ihre Sitzungsvorlagen in das Ratsinformationssystem ein, sobald sie fertig sind.",
        "Ihre Fragen zu den Sitzungen beantwortet das Ratsinformationssystem mit allen Vorlagen und Protokollen.",
    ], [
        "Ab Januar 2026 stellt die Gemeinde ihre Einladungen und Protokolle in das Ratsinformationssystem des Amtes ein.",
        "Ab März stellt die Stadt ihre Sitzungsvorlagen in das neue Ratsinformationssystem ein.",
        "Bis 2027 führt die Verwaltung ein Ratsinformationssystem für alle Gremien ein.",
    ]),
}

INTENT21: dict[str, tuple[list[str], list[str]]] = {
    "open_data": ([
        "Wenn Sie ab Januar Daten herunterladen möchten, nutzen Sie unser Open-Data-Portal.",
        "Wer künftig Verkehrsdaten nutzen will, findet sie im Open-Data-Portal der Stadt.",
        "Die Stadt veröffentlicht seit 2022 ausgewählte Datensätze – etwa Haushaltszahlen – in ihrem Open-Data-Portal.",
    ], [
        "Die Stadt will ab 2026 ausgewählte Datensätze – etwa Parkhausbelegung und Haushaltszahlen – in einem eigenen "
        "Open-Data-Portal veröffentlichen.",
        "Offene Daten: Der Kreis möchte künftig Verkehrsdaten – Zählstellen und Baustellen – über ein Open-Data-Portal "
        "teilen.",
        "Wir wollen im kommenden Jahr unsere Haushaltsdaten in einem Open-Data-Portal zugänglich machen.",
    ]),
    "geoportal": ([
        "Sie möchten ab Januar bauen? Bebauungspläne finden Sie in unserem Geoportal.",
        "Wir wollen künftig noch übersichtlicher sein: Unser Geoportal zeigt alle Bebauungspläne.",
        "Das Geoportal zeigt Bebauungspläne und Bodenrichtwerte; wer bald bauen will, findet dort alle Pläne.",
    ], [
        "Die Gemeinde will bis 2027 ihre Bebauungspläne in einem eigenen Geoportal zeigen.",
        "Die Stadt beabsichtigt ab 2026 ein gemeinsames Geoportal mit allen Bebauungsplänen.",
        "Wir möchten in den nächsten Jahren ein Geoportal für alle Bebauungspläne anbieten.",
    ]),
}

CONSIDERED21: dict[str, tuple[list[str], list[str]]] = {
    "participation": ([
        "Wie angedacht läuft die Online-Beteiligung zum Radverkehrskonzept seit dem 2. Mai.",
        "Die Online-Beteiligung zum Spielplatz ist gestartet: Geben Sie bis 30. Juni Ihre Hinweise ab.",
        "Das Beteiligungsportal läuft über das Servicekonto des Landes; Hinweise geben Sie dort online ab.",
    ], [
        "Eine Online-Beteiligung ist für das nächste Vorhaben angedacht.",
        "Angedacht ist eine Online-Beteiligung zum neuen Radverkehrskonzept.",
        "Für den Lärmaktionsplan ist eine Online-Umfrage angedacht.",
    ]),
    "appointment_booking": ([
        "Die Online-Terminvergabe ist seit Mai in die Seite eingebunden: Buchen Sie Ihren Termin online.",
        "Über den Button binden Sie die Online-Terminvergabe in Ihren Kalender ein und buchen Termine online.",
        "Termine für das Bürgerbüro buchen Sie online über die Online-Terminvergabe.",
    ], [
        "Für das kommende Jahr ist geplant, die Online-Terminvergabe für das Bürgerbüro in die Seite einzubinden.",
        "Der Ausschuss hat vorgeschlagen, eine Online-Terminvergabe in die Homepage einzubinden.",
        "Ziel ist, die Online-Terminvergabe des Landkreises auch für unser Bürgerbüro einzubinden.",
    ]),
    "service_account": ([
        "Die Anmeldung läuft über das Servicekonto des Landes.",
        "Melden Sie sich mit Ihrem Servicekonto an; die Anmeldung läuft dann über das Land.",
        "Die Anmeldung erfolgt über das Servicekonto des Landes, die Bezahlung läuft über ePayBL.",
    ], [
        "Gebühren sollen ab 2026 online bezahlt werden können; die Anmeldung soll über das Servicekonto des Landes laufen.",
        "Die Anmeldung zu allen Online-Diensten soll künftig über die BundID laufen.",
        "Alle Anträge sollen über das Servicekonto.NRW laufen.",
    ]),
}

POSTPONED21: dict[str, tuple[list[str], list[str]]] = {
    "participation": ([
        "Die Online-Umfrage zum Radverkehr wurde um eine Woche verschoben und läuft jetzt bis zum 30. Juni.",
        "Wegen der Ferien haben wir die Online-Beteiligung verlängert: Sie läuft nun bis Ende Juli.",
        "Die Online-Umfrage zum Radverkehr startet heute; die Bürgerversammlung verschieben wir auf den Herbst.",
    ], [
        "Die für diese Woche angekündigte Online-Umfrage zum Radverkehr verschieben wir; einen neuen Starttermin geben wir "
        "bekannt.",
        "Der Start der Online-Beteiligung zum Lärmaktionsplan wird auf das Frühjahr verschoben.",
        "Die Online-Umfrage zum Freibad musste wegen einer Störung verschoben werden.",
    ]),
    "appointment_booking": ([
        "Gebuchte Termine können Sie in der Online-Terminvergabe verschieben oder absagen.",
        "Termine im Bürgerbüro buchen Sie online; einen gebuchten Termin können Sie dort auch verschieben.",
        "Über die Online-Terminvergabe buchen, verschieben und stornieren Sie Termine selbst.",
    ], []),
    "mobile_app": ([], [
        "Die Veröffentlichung der Stadt-App verschieben wir auf das Frühjahr.",
        "Der Start unserer Stadt-App verzögert sich.",
        "Die geplante Stadt-App wird wegen technischer Probleme verschoben.",
    ]),
}

WEDER21: dict[str, tuple[list[str], list[str]]] = {
    "eid": ([
        "Für den Online-Antrag brauchen Sie weder Drucker noch Briefmarke, nur Ihren Online-Ausweis und die PIN.",
        "Sie benötigen weder Papier noch Porto: Melden Sie sich mit der Online-Ausweisfunktion Ihres Personalausweises an.",
        "Sie brauchen weder einen Termin noch eine Unterschrift: Sie weisen sich mit dem Online-Ausweis aus.",
    ], [
        "Für den Online-Antrag benötigen Sie weder einen Online-Ausweis noch ein Nutzerkonto – die Angaben von der "
        "Wahlbenachrichtigung genügen.",
        "Sie brauchen dafür weder die Online-Ausweisfunktion noch eine BundID.",
        "Für die Briefwahl ist weder der Online-Ausweis noch eine Registrierung erforderlich.",
    ]),
    "service_account": ([
        "Sie brauchen weder Drucker noch Scanner: Sie melden sich mit Ihrem Servicekonto an.",
        "Sie benötigen weder Papier noch Briefmarke: Melden Sie sich mit Ihrer BundID an.",
        "Sie benötigen ein Servicekonto, weder Papier noch Porto.",
    ], [
        "Für den Online-Antrag benötigen Sie weder einen Online-Ausweis noch ein Nutzerkonto.",
        "Sie benötigen weder eine BundID noch ein Servicekonto des Landes.",
        "Für die Anmeldung zum Newsletter ist weder ein Servicekonto noch eine BundID nötig.",
    ]),
}

FRONTED21: dict[str, tuple[list[str], list[str]]] = {
    "epayment": ([
        "Die Möglichkeit, Gebühren online zu bezahlen, ersetzt den Gang zur Stadtkasse nicht.",
        "Gebühren bezahlen Sie online per PayPal; eine Möglichkeit, bar zu zahlen, haben wir nicht.",
        "Eine Möglichkeit, Gebühren online zu bezahlen, bieten wir seit Mai an.",
    ], [
        "Eine Möglichkeit, Gebühren online zu bezahlen, haben wir derzeit nicht.",
        "Die Option, Gebühren online per PayPal zu bezahlen, bieten wir noch nicht an.",
        "Die Möglichkeit, Gebühren online zu bezahlen, gibt es bei uns leider nicht.",
    ]),
    "appointment_booking": ([
        "Die Möglichkeit, Termine online zu buchen, gibt es seit Januar.",
        "Eine Möglichkeit, Termine online zu buchen, haben Sie über unser Terminportal.",
        "Die Möglichkeit, Termine online zu buchen, ersetzt die offene Sprechstunde nicht.",
    ], [
        "Eine Möglichkeit, Termine online zu buchen, haben wir derzeit nicht.",
        "Die Möglichkeit, Termine online zu vereinbaren, bieten wir nicht an.",
        "Möglichkeiten, Termine online zu buchen, gibt es bei uns keine.",
    ]),
}


# rules21 (session 14): named tools that recur (the Hessian 'Parlamentsinformationssystem', Berlin's
# 'Ordnungsamt-Online', a Solarkataster as a themed map, a Mastodon profile on any host) and a private provider's
# sign-up on its own site (provider-site), each with traps of other bodies, plans and negations.
NAMES21: dict[str, tuple[list[str], list[str]]] = {
    "council_info": ([
        "Die Beschlüsse der Stadtverordnetenversammlung finden Sie im Parlamentsinformationssystem der Stadt.",
        "Tagesordnungen und Niederschriften stehen im Parlamentsinformationssystem (PIS) bereit.",
        "Alle Vorlagen der Gemeindevertretung veröffentlichen wir im Parlamentsinformationssystem.",
        "Im Parlamentsinformationssystem des Kreistags finden Sie alle Sitzungstermine.",
        "Sitzungsunterlagen: Parlamentsinformationssystem der Gemeinde Musterau",
        "Die Niederschriften der Ausschüsse sind im Parlamentsinformationssystem abrufbar.",
    ], [
        "Die Drucksachen finden Sie im Parlamentsinformationssystem des Hessischen Landtags.",
        "Gesetzentwürfe stehen im Parlamentsinformationssystem des Landtags.",
        "Die Anfrage ist im Parlamentsinformationssystem PARLIS des Landtags Baden-Württemberg dokumentiert.",
        "Die Verwaltung prüft derzeit, ob ein Parlamentsinformationssystem eingeführt wird.",
        "Ein Parlamentsinformationssystem betreiben wir nicht.",
        "Im kommenden Jahr führt die Stadt ein Parlamentsinformationssystem ein.",
    ]),
    "issue_reporting": ([
        "Melden Sie Missstände im öffentlichen Raum über Ordnungsamt-Online, den Meldedienst der Berliner Ordnungsämter.",
        "Falschparker und wilden Müll melden Sie rund um die Uhr über Ordnungsamt-Online.",
        "Unterwegs nutzen Sie die App „Ordnungsamt-Online“ für iOS und Android.",
        "Über Ordnungsamt-Online senden Sie Ihr Anliegen direkt an das Bezirksamt.",
        "Ordnungsamt-Online: Anliegen melden und den Bearbeitungsstand verfolgen.",
        "Ihre Meldung über Ordnungsamt-Online geht direkt an das zuständige Bezirksamt.",
    ], [
        "Das Ordnungsamt ist online unter ordnungsamt@musterstadt.de erreichbar.",
        "Die Öffnungszeiten des Ordnungsamts finden Sie online.",
        "Ordnungsamt-Online ist seit Juli außer Betrieb.",
        "Ordnungsamt-Online steht in unserem Bezirk nicht zur Verfügung.",
        "Der Anschluss an Ordnungsamt-Online ist für 2027 geplant.",
        "Das Ordnungsamt online kontaktieren Sie per E-Mail.",
    ]),
    "geoportal": ([
        "Ob Ihr Dach für eine Photovoltaikanlage geeignet ist, zeigt das Solarkataster des Landkreises.",
        "Im Solarkataster der Stadt sehen Sie für jedes Gebäude die mögliche Stromausbeute.",
        "Unser Solardachkataster zeigt die Eignung Ihres Daches.",
        "Prüfen Sie im Gründachkataster, ob Ihr Dach begrünt werden kann.",
        "Solarkataster: Die Karte berechnet für jedes Gebäude das Potenzial.",
        "Das Solar-Kataster der Gemeinde zeigt die Eignung aller Dachflächen.",
    ], [
        "Das Solarkataster des Landes Hessen zeigt die Eignung Ihres Daches.",
        "Nutzen Sie das Solarkataster NRW des Landesamts.",
        "Ein Solarkataster für das Stadtgebiet ist für 2027 geplant.",
        "Das Solarkataster der Energieagentur Rheinland-Pfalz zeigt, ob Ihr Dach geeignet ist.",
        "Ein Solarkataster gibt es bei uns nicht.",
        "Das Solarkataster der Nachbarstadt zeigt die Eignung der Dächer.",
    ]),
    "social_media": ([
        '<p><a href="https://social.muldenau.de/@stadt">Stadt Muldenau auf Mastodon</a></p>',
        '<p><a href="https://toot.community/@musterstadt">Mastodon</a></p>',
        '<p><a href="https://troet.cafe/@gemeinde_musterau">Gemeinde Musterau bei Mastodon</a></p>',
        '<p><a href="https://social.musterkreis.de/@landkreis">Folgen Sie uns</a></p>',
        '<p><a href="https://mastodon.online/@stadt">Mastodon</a></p>',
        '<p><a href="https://kirchen.social/@stadtverwaltung">Stadtverwaltung</a></p>',
    ], [
        '<p><a href="https://medium.com/@musterstadt">Unser Blog</a></p>',
        '<p><a href="https://toot.community/@polizei_musterland">Polizei Musterland auf Mastodon</a></p>',
        '<p><a href="https://social.bund.de/@bmi">Bundesministerium des Innern auf Mastodon</a></p>',
        '<p><a href="https://troet.cafe/@tsv_musterau">TSV Musterau 1898 e. V. auf Mastodon</a></p>',
        '<p><a href="https://www.musterstadt.de/@home">Startseite</a></p>',
        '<p><a href="https://toot.community/@ev_kirche">Ev. Kirchengemeinde Musterau auf Mastodon</a></p>',
    ]),
}

PROVIDER21: dict[str, tuple[list[str], list[str]]] = {
    "form_server": ([
        "Den Antrag stellen Sie online; zur Bezahlung werden Sie auf die Seite des Anbieters weitergeleitet.",
        "Das Online-Formular für die Sperrmüllanmeldung wird im Auftrag der Stadt auf der Internetseite des Anbieters "
        "bereitgestellt.",
        "Den Antrag auf Wohngeld stellen Sie online über unser Serviceportal.",
        "Die Anmeldung für den Kita-Platz erfolgt online auf unserer Internetseite.",
        "Den Antrag stellen Sie online über das Portal des Landes.",
        "Füllen Sie das Online-Formular aus; wir leiten Ihren Antrag an den Anbieter weiter.",
    ], [
        "Die Anmeldung für einen Hausanschluss erfolgt online auf der Internetseite des Anbieters.",
        "Den Glasfaservertrag schließen Sie online auf der Website des Anbieters ab.",
        "Anträge auf den Sozialtarif stellen Sie online auf der Homepage Ihres Energieversorgers.",
        "Das Online-Formular für den Hausanschluss finden Sie auf der Internetseite des Netzbetreibers.",
        "Den Antrag auf einen Telefonanschluss stellen Sie online auf der Seite Ihres Providers.",
        "Die Vorvermarktung läuft; das Online-Formular steht auf der Internetseite des jeweiligen Anbieters.",
    ]),
}


# rules21 (session 14): the chrome-level easy_language judged by the plan and negation vetoes (blind22
# kreis-ruhrhoehen), and a negated accessibility or completeness that says an offer exists with a defect (negation;
# blind24 emsdorf's accessibility statement), beside a set-up not complete and a real absence.
CHROME21: dict[str, tuple[list[str], list[str]]] = {
    "easy_language": ([
        "Informationen in Leichter Sprache finden Sie auf unserer Seite „Leichte Sprache“.",
        "Die wichtigsten Informationen über die Stadt gibt es auch in Leichter Sprache.",
        "Diese Seite in Leichter Sprache: Hier erklären wir, was die Stadtverwaltung macht.",
        "Seit Mai gibt es Informationen in Leichter Sprache; weitere Texte folgen nach und nach.",
        "Informationen in Leichter Sprache wurden 2024 erstellt und stehen hier bereit.",
        "Einige Texte in Leichter Sprache sind noch nicht vollständig, die wichtigsten Informationen finden Sie aber hier.",
    ], [
        "Informationen in Leichter Sprache werden derzeit erstellt und sollen 2026 veröffentlicht werden.",
        "Informationen in Leichter Sprache sollen im kommenden Jahr folgen.",
        "Es gibt noch keine Informationen in Leichter Sprache.",
        "Informationen in Leichter Sprache bieten wir derzeit nicht an.",
        "Texte in Leichter Sprache sind für 2027 geplant.",
        "Die Stadt will ab 2026 Informationen in Leichter Sprache anbieten.",
    ]),
}

DEFECT21: dict[str, tuple[list[str], list[str]]] = {
    "appointment_booking": ([
        "Die Online-Terminvereinbarung des Bürgerbüros wird von einem externen Anbieter betrieben und ist nicht "
        "vollständig mit der Tastatur bedienbar.",
        "Termine buchen Sie online; die Online-Terminvergabe ist mit Screenreadern nicht bedienbar.",
        "Die Online-Terminvereinbarung des Standesamts wird extern betrieben und ist nicht barrierefrei.",
    ], [
        "Die Online-Terminvergabe ist noch nicht vollständig eingerichtet.",
        "Eine Online-Terminvergabe bieten wir nicht an.",
        "Die Online-Terminvergabe gibt es noch nicht.",
    ]),
    "form_server": ([
        "Das Online-Formular zur Gewerbeanmeldung ist nicht barrierefrei.",
        "Die Online-Anträge im Serviceportal sind leider nicht durchgängig barrierefrei.",
        "Der Online-Antrag ist für Screenreader nicht lesbar; wir arbeiten an einer Lösung.",
    ], [
        "Den Online-Antrag haben wir noch nicht vollständig freigeschaltet.",
        "Online-Anträge stellen Sie bei uns nicht.",
        "Ein Online-Formular für die Gewerbeanmeldung gibt es noch nicht.",
    ]),
}


# rules21 (session 14): a running Mängelmelder followed by a plan in the next sentence (blind24 hohenbruck): the
# rule's look-aheads for a plan or a switch-off stop at the sentence's end.
NEXTPLAN21: dict[str, tuple[list[str], list[str]]] = {
    "issue_reporting": ([
        "Hinweise auf Schlaglöcher nehmen wir seit 2024 über den Online-Mängelmelder entgegen. Eine Plattform für "
        "Online-Beteiligung soll im zweiten Schritt folgen.",
        "Schäden melden Sie über unseren Mängelmelder. Weitere Online-Dienste sollen folgen.",
        "Nutzen Sie den Mängelmelder der Stadt! Eine Stadt-App soll im Herbst folgen.",
        "Der Mängelmelder läuft seit Mai. Ein Bürgerportal soll 2027 eingeführt werden.",
        "Schlaglöcher melden Sie im Online-Mängelmelder. Ein Chatbot soll bald starten.",
        "Über den Mängelmelder erreichen uns täglich Hinweise; ein Beteiligungsportal soll folgen.",
    ], [
        "Ein Online-Mängelmelder soll im zweiten Schritt folgen.",
        "Der Mängelmelder soll 2027 eingeführt werden.",
        "Ein digitaler Mängelmelder für Straßenschäden soll im Rahmen der Strategie aufgebaut werden.",
        "Der Mängelmelder ist seit Juli abgeschaltet.",
        "Ein Mängelmelder ist in Vorbereitung.",
        "Ein Mängelmelder für die Ortsteile ist geplant.",
    ]),
}


# rules21 (session 14): an open data portal named by its address in prose, with or without a scheme ('unter
# opendata.friedrichsau.de', blind23), as the geoportal's 'unter karten.…' family; a Land's, the Bund's or a Kreis's
# host is another body's.
PORTALHOST21: dict[str, tuple[list[str], list[str]]] = {
    "open_data": ([
        "Unsere Haushaltsdaten veröffentlichen wir über offenedaten.musterstadt.de.",
        "Verkehrszählungen und Wahlergebnisse stehen unter https://daten.musterstadt.de bereit.",
        "Die Gemeinde veröffentlicht ihre Daten unter opendata.gemeinde-musterau.de.",
        "Friedrichsau veröffentlicht seit 2024 Daten im eigenen Portal unter opendata.friedrichsau.de.",
        "Alle Datensätze der Stadt finden Sie unter daten.musterstadt.de.",
        "Die Haushaltsdaten stehen auf opendata.musterstadt.de zum Herunterladen bereit.",
    ], [
        "Die Daten der Nachbarstadt finden Sie unter daten.nachbarstadt.de.",
        "Offene Daten des Bundes finden Sie unter daten.bund.de.",
        "Landesweite Statistiken finden Sie unter daten.rlp.de.",
        "Die Statistiken des Kreises stehen unter daten.kreis-musterland.de.",
        "Ein Open-Data-Portal unter opendata.musterstadt.de ist für 2027 geplant.",
        "Die Datensätze des Landes finden Sie unter opendata.service-bw.de.",
    ]),
}



# fifteenth session, blinddistrict1-4 (whole sites written blind): plans told in news headlines and teaser links (a link's
# label is judged by the vetoes as a sentence of its own, whether the pattern hit its label or its URL; a news
# list's dates bound its headlines), 'X plant Y für 2027', 'soll es möglich sein, … zu', a strategy still being
# made, news slugs, another body's newsletter, a club's profile told by its handle, towns of a region, a postponed
# decision, a mail domain, a search engine's search; work still going on, a plan after a heading's colon, 'die geplante …';
# blinddistrict4: 'im Aufbau', 'prüft Teilnahme', a 'Prüfauftrag', a service 'wird eingestellt', no access opened, news paths,
# NINA, a Facebook group, the Digitaler Atlas Nord
DISTRICT15: dict[str, tuple[list[str], list[str]]] = {
    "appointment_booking": ([
        '<ul><li><a href="/aktuelles/a/">Neu: Online-Termine im Bürgerbüro buchen</a></li></ul>',
        "Aktuelles 12.09.2026 Kita eingeweiht 28.08.2026 Neu: Online-Termine im Bürgerbüro buchen 10.07.2026 "
        "Ferienprogramm",
        "Planen Sie Ihren Besuch im Rathaus: Termine können Sie online buchen.",
        "Es ist möglich, Termine im Bürgerbüro online zu buchen.",
        '<p><a href="https://musterstadt.tevis.de/">Online-Terminvergabe</a></p>',
        "Online-Terminvergabe: Buchen Sie Ihren Termin hier.",
        "Wir arbeiten mit dem Online-Terminsystem TEVIS.",
        "Die wie geplant eingeführte Online-Terminvergabe wird gut angenommen.",
        "Die lange geplante Online-Terminvergabe ist seit Montag freigeschaltet.",
    ], [
        '<ul><li><a href="/aktuelles/b/">Digitales Rathaus: Online-Termine ab 2027 geplant</a></li></ul>',
        '<ul><li><a href="/aktuelles/c/">Stadt plant Online-Terminvergabe für 2027</a></li></ul>',
        "Aktuelles 14. Oktober 2026 Amt plant Online-Terminvergabe für 2027 28. September 2026 Badestelle: gute "
        "Saisonbilanz",
        "Ab dem Frühjahr 2027 soll es möglich sein, Termine im Einwohnermeldeamt online zu buchen.",
        '<p><a href="https://musterstadt.tevis.de/">Online-Terminvergabe (ab Sommer 2027 geplant)</a></p>',
        "Termine vereinbaren Sie telefonisch. An eine Online-Terminvergabe arbeiten wir.",
        "Bürgerbüro: Termine weiterhin telefonisch. Die geplante Online-Terminvergabe verzögert sich wegen der "
        "Umstellung.",
        '<p><a href="/buergerbuero/termine/">Online-Terminvergabe: in Vorbereitung</a></p>',
    ]),
    "open_data": ([
        '<p><a href="/opendata/">Offene Daten</a></p>',
        "Offene Daten: Unsere Datensätze finden Sie im Open-Data-Portal.",
        "Unser Open-Data-Portal wird laufend erweitert.",
    ], [
        '<ul><li><a href="/aktuelles/x/">Gemeinderat: Offene Daten sollen geprüft werden</a></li></ul>',
        "Offene Daten: Die Stadt plant, künftig Daten in maschinenlesbarer Form bereitzustellen.",
        "Offene Daten Ein Open-Data-Angebot des Landkreises befindet sich im Aufbau. Bis dahin stellen wir "
        "Statistiken auf Anfrage zur Verfügung.",
    ]),
    "digital_strategy": ([
        '<p><a href="/digitalstrategie/">Digitalstrategie</a></p>',
        '<p><a href="/fileadmin/digitalstrategie-musterau-2030.pdf">Strategie als PDF</a></p>',
        '<p><a href="/rathaus/digitalstrategie-2030/">Mehr erfahren</a></p>',
        '<p><a href="/rathaus/digitalisierung/digitalstrategie/">Unsere Digitalstrategie</a></p>',
    ], [
        '<ul><li><a href="/aktuelles/digitalstrategie-auftrag/">Digitalstrategie: Auftrag an Beratungsbüro '
        "vergeben</a></li></ul>",
        '<ul><li><a href="/aktuelles/auftakt/">Auf dem Weg zur Digitalstrategie: Auftakt mit '
        "Bürgerwerkstatt</a></li></ul>",
        '<ul><li><a href="/aktuelles/digitalstrategie-workshop/">Weiterlesen</a></li></ul>',
        '<ul><li><a href="/aktuelles/digitalstrategie-start/">Verwaltung beginnt Arbeit an einer '
        "Digitalstrategie</a></li></ul>",
        '<ul><li><a href="/aktuelles/2026-11-05-digitalstrategie/">Stadtverordnete beauftragen '
        "Digitalstrategie</a></li></ul>",
        '<p><a href="/2026/11/06/landkreis-digitalstrategie/">Weiterlesen</a></p>',
    ]),
    "geoportal": ([
        '<p><a href="https://geoportal.musterkreis.de/">Planen und Bauen im Geoportal</a></p>',
        "<p><a "
        'href="https://danord.gdi-sh.de/viewer/resources/apps/bauleitplanung/index.html?gemeinde=Musterau">Digitaler '
        "Atlas Nord</a></p>",
    ], [
    ]),
    "issue_reporting": ([
        "Schlagloch entdeckt? Melden Sie es über unser Mängelportal.",
        "Nutzen Sie unseren Mängelmelder.",
    ], [
        "Sind Ihnen Mängel aufgefallen? Melden Sie Barrieren an: barrierefreiheit@musterkreis-portal.de, Telefon "
        "06641 977-333.",
        "Blick über die Kreisgrenze: Städte im Münsterland testen Mängelmelder",
        "Presse 09.10.2026 Kreistag beschließt Haushalt 02.10.2026 Blick über die Kreisgrenze: Städte im Münsterland "
        "testen Mängelmelder 25.09.2026 Neuer Radweg an der K 58 freigegeben",
        "Rat vertagt Entscheidung über Mängelmelder.",
    ]),
    "site_search": ([
        "Die Suche im Seitenkopf durchsucht alle Seiten.",
    ], [
        "Die Google-Suche im Seitenkopf leitet Sie zu Google weiter; es gelten dort die Datenschutzbestimmungen von "
        "Google.",
    ]),
    "newsletter": ([
        '<p><a href="/newsletter/">Newsletter der Stadt abonnieren</a></p>',
    ], [
        '<p><a href="https://www.tourismusverein-musterland.de/newsletter">Newsletter des Tourismusvereins</a></p>',
        '<ul><li><a href="/aktuelles/newsletter-eingestellt/">Rathaus-Newsletter wird eingestellt</a></li></ul>',
    ]),
    "social_media": ([
        '<p><a href="https://www.facebook.com/stadtmusterau">Facebook</a></p>',
    ], [
        '<p>Heimatverein Musterau: <a href="https://www.facebook.com/heimatverein.musterau">Facebook-Seite</a></p>',
        '<p>TSV: <a href="https://www.instagram.com/tsv_musterau/">Instagram</a></p>',
        '<p><a href="https://www.facebook.com/dorfgemeinschaft.musterau">Facebook-Gruppe</a></p>',
    ]),
    "chatbot": ([
    ], [
        '<ul><li><a href="/aktuelles/chatbot-115/">Chatbot 115: Werne prüft Teilnahme</a></li></ul>',
    ]),
    "mobile_app": ([
        '<p>Unsere Stadt-App: <a href="https://apps.apple.com/de/app/musterstadt/id123456789">App Store</a></p>',
    ], [
        '<ul><li><a href="/aktuelles/stadt-app/">Eigene Stadt-App: Rat gibt Prüfauftrag</a></li></ul>',
        '<p>Warnungen: <a href="https://apps.apple.com/de/app/nina/id949360949">App Store</a></p>',
    ]),
    "council_info": ([
        "Die Protokolle werden im Ratsinformationssystem eingestellt.",
    ], [
    ]),
    "secure_mailbox": ([
        "Für elektronisch signierte Dokumente ist ein Zugang eröffnet (§ 3a VwVfG).",
    ], [
        "Die Stadt hat derzeit keinen Zugang für elektronisch signierte oder verschlüsselte Dokumente eröffnet (§ 3a "
        "VwVfG NRW).",
    ]),
}

# blinddistrict5's errors (sixteenth session): a strategy drawn up or deferred in a teaser, a plan told by a bare participle,
# a placeholder page's plan ('sollen bald … stehen', 'werden im Jahr 2027 veröffentlicht')
DISTRICT16: dict[str, tuple[list[str], list[str]]] = {
    "digital_strategy": ([
        "Die 2022 erarbeitete Digitalisierungsstrategie wurde beschlossen.",
        "Unsere Digitalisierungsstrategie, gemeinsam erarbeitet, liegt vor.",
        '<p><a href="/digitalisierungsstrategie/">Digitalisierungsstrategie</a></p>',
    ], [
        '<ul><li><a href="/aktuelles/a/">Gemeinderat vertagt Digitalisierungsstrategie</a></li></ul>',
        '<ul><li><a href="/aktuelles/b/">Kreis erarbeitet Digitalstrategie</a></li></ul>',
        "Der Kreistag vertagte die Digitalstrategie auf das Frühjahr.",
    ]),
    "sign_language": ([
        "Die Videos in Gebärdensprache sind online, wie angekündigt.",
        '<ul><li><a href="/aktuelles/c/">Neu: Videos in Gebärdensprache</a></li></ul>',
    ], [
        '<ul><li><a href="/aktuelles/d/">Barrierefreiheit: Videos in Gebärdensprache geplant</a></li></ul>',
        "Gebärdensprachvideos angekündigt.",
        "Videos in Gebärdensprache werden 2027 bereitgestellt.",
    ]),
    "appointment_booking": ([
        "Die Online-Terminvergabe läuft wie geplant.",
        "Haben Sie eine Feier geplant? Buchen Sie Ihren Termin online.",
    ], [
        '<ul><li><a href="/aktuelles/e/">Online-Terminvergabe geplant</a></li></ul>',
        "Online-Terminvergabe im Bürgerbüro geplant.",
    ]),
    "easy_language": ([
        "Die Texte in Leichter Sprache werden seit 2020 veröffentlicht.",
        "Unter Aktuelles stehen Texte in Leichter Sprache.",
        "Hier sollen Sie Informationen in Leichter Sprache finden.",
    ], [
        "Hier sollen bald Informationen in Leichter Sprache stehen. Wir arbeiten daran.",
        "Informationen in Leichter Sprache werden im Jahr 2027 veröffentlicht.",
    ]),
}

# blinddistrict6's errors (sixteenth session): a body checking whether to have a service, a question asked, the neighbours'
# app told with "unsere", a news item's URL slug
DISTRICT16B: dict[str, tuple[list[str], list[str]]] = {
    "open_data": ([
        '<p><a href="/opendata/">Offene Daten</a></p>',
    ], [
        '<ul><li><a href="/aktuelles/2026-11-20-open-data/">Offene Daten: Stadt prüft eigenes Portal</a></li></ul>',
    ]),
    "form_server": ([
        "Die Verwaltung prüft Ihren Online-Antrag und meldet sich.",
        "Nach dem Absenden prüft die Verwaltung den Online-Antrag.",
        "Die Verwaltung prüft den Online-Antrag innerhalb einer Woche.",
        "Das Amt prüft den Bauantrag digital im Online-Portal.",
    ], []),
    "appointment_booking": ([
        "Sie fragen, ob Sie Termine online buchen können? Ja: Termine können Sie online buchen.",
        "Wenn Sie fragen, ob Sie Termine online buchen können: Ja, im Terminportal des Bürgerbüros.",
    ], [
        '<ul><li><a href="/aktuelles/x/">Gemeinderat prüft Online-Terminvergabe</a></li></ul>',
        "Immer wieder erreichen uns Anfragen, ob Termine im Einwohnermeldeamt online gebucht werden können.",
        "Oft werden wir gefragt, ob man Termine online buchen kann.",
    ]),
    "mobile_app": ([
        '<p>Auch Bürger der Nachbargemeinden nutzen unsere Gemeinde-App: '
        '<a href="https://apps.apple.com/de/app/musterstadt/id123456">App Store</a></p>',
    ], [
        '<ul><li><a href="/aktuelles/y/">Unsere Nachbargemeinde startet Dorf-App</a></li></ul>',
        "Unsere Nachbargemeinde hat eine eigene Dorf-App eingeführt.",
    ]),
    "easy_language": ([
        '<p><a href="/leichte-sprache/">LS</a></p>',
    ], [
        '<ul><li><a href="/aktuelles/leichte-sprache/">Website wird barrierefreier</a></li></ul>',
    ]),
}


# Session 17: what a page about Leichte Sprache or Gebärdensprache says right below its heading (blinddistricts 2-5 and
# 7): work in progress, content to come "here"; the work that never ends and the offer beside it stay found.
DISTRICT17: dict[str, tuple[list[str], list[str]]] = {
    "easy_language": ([
        "Wir arbeiten ständig an unseren Texten in Leichter Sprache. Lesen Sie hier: Die Stadt in Leichter Sprache.",
        "Hier finden Sie Informationen in Leichter Sprache über das Rathaus.",
        "Informationen in Leichter Sprache finden Sie hier. Weitere Texte werden laufend ergänzt.",
    ], [
        "Diese Seite wird gerade in Leichte Sprache übersetzt.",
        "Unsere wichtigsten Texte werden zurzeit in Leichte Sprache übertragen.",
        "Bald finden Sie hier Informationen in Leichter Sprache.",
        "Demnächst lesen Sie hier Texte in Leichter Sprache.",
        "Wir arbeiten an Texten in Leichter Sprache.",
        "Die Verwaltung arbeitet an Informationen in Leichter Sprache.",
    ]),
    "sign_language": ([
        "Wir arbeiten daran, unser Angebot in Deutscher Gebärdensprache weiter auszubauen. "
        "Hier sehen Sie unsere Videos in Gebärdensprache.",
        "Hier finden Sie Videos in Deutscher Gebärdensprache (DGS) über die Arbeit des Rathauses.",
    ], [
        "Wir arbeiten daran, die wichtigsten Informationen unserer Website auch in Deutscher Gebärdensprache (DGS) anzubieten.",
        "Derzeit arbeiten wir daran, Videos in Deutscher Gebärdensprache bereitzustellen.",
        "Hier sollen bald Videos in Deutscher Gebärdensprache stehen.",
    ]),
    "appointment_booking": ([
        "Wir arbeiten daran, Ihnen noch mehr Termine online anzubieten: Termine im Bürgerbüro buchen Sie hier online.",
        "Die Stadt arbeitet kontinuierlich daran, die Online-Terminvergabe zu verbessern. Termine können Sie online buchen.",
    ], [
        "Wir arbeiten daran, eine Online-Terminvergabe für das Bürgerbüro einzurichten.",
        "Hier finden Sie künftig die Online-Terminvergabe des Bürgerbüros.",
        "Die Stadt will im kommenden Jahr eine Online-Terminvergabe einführen.",
    ]),
    "chatbot": ([
        "Wer schnell eine Antwort will, fragt unseren Chatbot Bürgerbot rund um die Uhr.",
    ], [
        "<html><head><title>Landkreis will digitalen Assistenten testen – Samtgemeinde Musterau</title></head><body>"
        "<div>Datenschutzeinstellungen Wir nutzen Cookies auf unserer Website</div><h1>Landkreis will digitalen "
        "Assistenten testen</h1><p>Die Samtgemeinde beobachtet das Projekt mit Interesse.</p></body></html>",
        "Der Landkreis wollte einen Chatbot für die Kfz-Zulassung erproben.",
    ]),
    "mobile_app": ([
        "Die Gemeinde will mit ihrer Dorf-App die Vereine stärken: Laden Sie die App im App Store.",
    ], [
        "Die Gemeinde will eine eigene Dorf-App einführen.",
    ]),
}

DISTRICT18: dict[str, tuple[list[str], list[str]]] = {
    "mobile_app": ([
        "Das Rathaus berät Sie gern zur Stadt-App. Laden Sie die App im App Store oder bei Google Play.",
        "Die Verbands-App des Gemeindeverwaltungsverbands finden Sie im App Store und bei Google Play.",
        "Unsere Abfall-App, die wir mit dem Zweckverband betreiben, finden Sie in den App-Stores.",
    ], [
        "Amtsausschuss berät über Dorf-App",
        "Die Abfall-App „EVS App“ des Entsorgungsverbands Saar finden Sie in den App-Stores.",
        "Die App des Heimatvereins gibt es kostenlos im App Store.",
        "Gemeindevertretung diskutiert erneut über eigene Gemeinde-App",
    ]),
    "appointment_booking": ([
        "Der Ausschuss berät über den Haushalt. Termine im Bürgerbüro buchen Sie online.",
        "Das Bürgerbüro berät Sie über die Online-Terminvergabe: Termine buchen Sie hier online.",
    ], [
        "Eine Arbeitsgruppe soll bis Ende 2024 Vorschläge für eine Online-Terminvergabe erarbeiten.",
        "Stadtverordnetenversammlung debattiert über Online-Terminvergabe",
        "Termine im Bürgerbüro werden ab März auch online angeboten.",
    ]),
    "open_data": ([
        "Die Verwaltung soll die Daten pflegen. Offene Daten der Stadt finden Sie im Open-Data-Portal unter einer "
        "offenen Lizenz (dl-de/by-2-0).",
    ], [
        "Die Verwaltung soll bis zum Sommer ein Konzept für ein Open-Data-Portal vorlegen.",
    ]),
    "chatbot": ([], [
        "Der Lenkungskreis soll Empfehlungen zur Einführung eines Chatbots erarbeiten.",
        "Kreistag berät über Chatbot für die Kfz-Zulassung",
    ]),
    "sign_language": ([
        "Hier finden Sie Videos in Deutscher Gebärdensprache. Weitere Videos werden nach und nach ergänzt.",
    ], [
        "Auf dieser Seite werden künftig Videos in Deutscher Gebärdensprache bereitgestellt.",
    ]),
    "service_account": ([
        "Ihr Servicekonto wird in Kürze freigeschaltet. Melden Sie sich dann mit der BundID an.",
    ], []),
    "participation": ([
        "Auf der Beteiligungsplattform sollen Bürgerinnen und Bürger Vorschläge für den Stadtpark entwickeln. "
        "Machen Sie online mit!",
        "Vorschläge für den Bürgerhaushalt können Sie bis 30. Juni online auf der Beteiligungsplattform einreichen.",
    ], []),
}

ROUNDS = {"": CASES, "r6-": ROUND6, "r7-": ROUND7, "r8-": ROUND8, "r9-": ROUND9, "r10-": ROUND10, "guard-": GUARDS, "genre-": GENRES,
          "r11-glossary-": GLOSSARY11, "r11-press-": PRESS11,
          "r11-veto-": VETO11, "r11-prose-": PROSE11, "r11-veto2-": VETO11B, "r11-portal-": PORTAL11, "r11-course-": COURSE11,
          "r12-negation-": NEGATION12, "r12-requirement-": REQUIREMENT12, "r12-plan-": PLANS12, "r12-ended-": ENDED12,
          "r12-chrome-": CHROME12, "r12-commission-": COMMISSION12,
          "r12-childcare-": CHILDCARE12, "r13-accounts-": ACCOUNTS13, "r13-loss-": LOSS13,
          "r13-allocation-": ALLOCATION13, "r13-contrast-": CONTRAST13,
          "r13-newsletter-": NEWSLETTER13, "r13-chatbot-": CHATBOT13, "r13-past-": PAST13,
          "r13-portals-": PORTALS13, "r13-procedure-": PROCEDURE13,
          "r13-steps-": STEPS13, "r13-lands-": LANDS13,
          "r13-separable-": SEPARABLE13,
          "r15-apps-": APPS15, "r15-accounts-": ACCOUNTS15, "r15-informal-": INFORMAL15,
          "r13-channels-": CHANNELS13,
          "r15-channels-": CHANNELS15, "r15-opendata-": OPENDATA15,
          "r14-products-": PRODUCTS14, "r14-actions-": ACTIONS14,
          "r15-issues-": ISSUES15, "r15-participation-": PARTICIPATION15,
          "r15-service-": SERVICE15, "r15-maps-": MAPS15,
          "r16-lands-": LANDS16, "r16-strategy-": STRATEGY16,
          "r16-eid-": EID16, "r16-negation-": NEGATION16,
          "r16-orders-": ORDERS16, "r16-newsletter-": NEWSLETTER16,
          "r16-childcare-": CHILDCARE16,
          "r18-plantime-": PLANTIME18, "r18-proposal-": PROPOSAL18, "r18-agency-": AGENCY18,
          "r18-description-": DESCRIPTION18, "r18-thirdparty-": THIRDPARTY18,
          "r17-payment-": PAYMENT17,
          "r17-eid-": EID17,
          "r17-mail-": MAIL17,
          "r17-mailbox-": MAILBOX17,
          "r17-maps-": MAPS17,
          "r17-opendata-": OPENDATA17,
          "r17-received-": RECEIVED17,
          "r17-booking-": BOOKING17,
          "r17-accessibility-": ACCESSIBILITY17,
          "r18-accounts-": ACCOUNTS18, "r18-newsletter-": NEWSLETTER18, "r18-search-": SEARCH18, "r18-bplan-": BPLAN18,
          "r18-reported-": REPORTED18, "r18-plates-": PLATES18,
          "r17-status-": STATUS17,
          "r18-othertowns-": OTHERTOWNS18,
          "r17-accountbox-": ACCOUNTBOX17,
          "r17-form-": FORM17,
          "r18-offered-": OFFERED18, "r18-press-": PRESS18,
          "r18-mailbox-": MAILBOX18,
          "r17-landhosts-": LANDHOSTS17,
          "r17-apps-": APPS17,
          "r18-eiduse-": EIDUSE18, "r18-erst-": ERST18,
          "r17-vendors-": VENDORS17,
          "r17-impersonal-": IMPERSONAL17,
          "r17-asopendata-": ASOPENDATA17,
          "r17-eidinformal-": EIDINFORMAL17,
          "r17-secured-": SECURED17,
          "r19-weder-": WEDER19, "r19-arrival-": ARRIVAL19, "r19-profiles-": PROFILES19,
          "r19-apps-": APPS19, "r19-sender-": SENDER19, "r19-loss-": LOSS19, "r19-mapof-": MAPOF19,
          "r19-integrated-": INTEGRATED19, "r19-agency-": AGENCY19, "r19-transit-": TRANSIT19,
          "r20-childcare-": CHILDCARE20, "r20-apps-": APPS20, "r20-chrome-": CHROME20, "r20-search-": SEARCH20,
          "r20-measures-": MEASURES20, "r20-mailbox-": MAILBOX20, "r20-title-": TITLE20,
          "r20-keyword-": KEYWORD20, "r20-internal-": INTERNAL20,
          "s14-mapinput-": MAPINPUT14, "s14-planprovide-": PLANPROVIDE14, "s14-contribution-": CONTRIB14,
          "d15-": DISTRICT15, "d16-": DISTRICT16, "d16b-": DISTRICT16B, "d17-": DISTRICT17, "d18-": DISTRICT18,
          "review14-": REVIEW14,
          "r21-present-": PRESENT21, "r21-intent-": INTENT21, "r21-considered-": CONSIDERED21,
          "r21-postponed-": POSTPONED21, "r21-weder-": WEDER21, "r21-fronted-": FRONTED21,
          "r21-names-": NAMES21, "r21-provider-": PROVIDER21,
          "r21-chrome-": CHROME21, "r21-defect-": DEFECT21,
          "r21-nextplan-": NEXTPLAN21, "r21-portalhost-": PORTALHOST21}

PARAMS = [pytest.param(component, offer, case, id=f"{component}-{rnd}{'offer' if offer else 'trap'}-{i}",
                       marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[case])] if case in KNOWN_GAPS else [])
          for rnd, cases_by_component in ROUNDS.items()
          for component, (offers, traps) in cases_by_component.items()
          for offer, cases in ((True, offers), (False, traps))
          for i, case in enumerate(cases)]


def found(engine, document: str) -> set[str]:
    """The components ``reifegrad detect`` reports for this document, saved from URL."""
    html = document if looks_like_markup(document) else text_to_html(document)
    matches = engine.detect(PageArtifact(URL, html), site_domain=registered_domain(URL))
    return {f.component for f in aggregate(matches, engine.threshold)}


@pytest.mark.parametrize("component, offer, document", PARAMS)
def test_phrase_family(engine, component, offer, document):
    assert (component in found(engine, document)) is offer
