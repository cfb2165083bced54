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
        "Zum Sitzungsportal des Kreistags",
    ], [
        "Der Gemeinderat tagt am 12. März im Rathaussaal. Die Tagesordnung hängt im Schaukasten aus.",
        "Die Niederschrift der Sitzung vom 3. Mai (PDF, 230 KB)",
        "Der Ortschaftsrat besteht aus acht Mitgliedern.",
        "Die Vorlagen liegen in der Sitzung aus; Bürgerinfo: Die Sitzung ist öffentlich.",
        "Das Risiko von Hochwasser wird im Ortschaftsrat beraten.",
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
    ], [
        "Die Planunterlagen liegen vom 2. bis 30. Mai im Rathaus öffentlich aus. "
        "Stellungnahmen können schriftlich oder zur Niederschrift abgegeben werden.",
        "Zur Bürgerversammlung am 5. Mai sind alle Einwohnerinnen und Einwohner eingeladen.",
        "Der Bürgerhaushalt wurde 2019 eingestellt.",
        "Vorschläge können Sie schriftlich im Rathaus einreichen.",
        "Beteiligung der Träger öffentlicher Belange nach § 4 BauGB",
        "Die Umfrage ist beendet. Vielen Dank für Ihre Teilnahme an der Bürgerversammlung.",
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
    ], [
        "Open Data ist ein wichtiges Thema der Bundesregierung.",
        "Foto: Max Mustermann, CC BY-SA 4.0",
        "Die Daten des Zensus werden vom Statistischen Landesamt veröffentlicht.",
        "Datenschutz: Ihre Daten werden nicht an Dritte weitergegeben.",
        "Hintergrundkarte: © GeoBasis-DE / BKG 2024, Daten verändert, dl-de/by-2-0",
        "Die Zahlen finden Sie im Datenportal des Statistischen Landesamtes.",
        "Weitere Datensätze bietet das Open-Data-Portal des Landes.",
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
    ], [
        "<p>Der Bauhof leert die Papierkörbe wöchentlich.</p>",
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

# cases the phrase families cannot decide yet, and why: strict, so fixing one fails the test until it moves up
KNOWN_GAPS = {
    "Ab 2026 sollen Bürgerinnen und Bürger ihren Wohnsitz online ummelden können.":
        "a plan told in the future tense ('sollen … können'): a look-ahead cannot see the modal verb before 'online'",
    "In der Nachbargemeinde Beispielhausen können Hunde jetzt online angemeldet werden.":
        "another town's offer: nothing in the phrase says whose it is",
    "Die Digitalstrategie ist noch nicht beschlossen.":
        "strategy.json's 'die Digitalstrategie' (30) and the bare name (20) sum to 50 without reading the negation",
}

PARAMS = [pytest.param(component, offer, case, id=f"{component}-{'offer' if offer else 'trap'}-{i}",
                       marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[case])] if case in KNOWN_GAPS else [])
          for component, (offers, traps) in CASES.items()
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
