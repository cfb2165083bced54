"""The blind rounds (tests/detectors/fixtures/blind9 to blind25: page extracts and pages; blindhtml: whole pages of other site
generators), written before the rules were read.

Their labels follow ../shared/realpages/README.md and they are counted the way bench/realpages_eval.py counts
the real pages (each round's MEASURED.md has the figures before and after the round's rules). Every miss and
false alarm left is listed here with the reason it is left; the test fails on an error that is not listed (a
regression) and on a listed one that no longer occurs (strict: the entry must go), so a set only shrinks on purpose.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from bench.realpages_eval import evaluate

FIXTURES = Path(__file__).parent / "fixtures"

# (slug, component, "miss" | "false alarm") -> why the phrase families cannot decide it
Gaps = dict[tuple[str, str, str], str]

KNOWN_GAPS_BLIND9: Gaps = {
    ("gemeinde-haselau-stoerung-onlinedienste", "appointment_booking", "false alarm"):
        "an outage told before a list ('nicht erreichbar. Betroffen sind: – die Online-Terminvergabe …'): "
        "a look-ahead from the offer's noun cannot see it",
    ("gemeinde-haselau-stoerung-onlinedienste", "epayment", "false alarm"):
        "an outage told before a list ('Betroffen sind: … – die Online-Bezahlung von Gebühren')",
    ("gemeinde-haselau-stoerung-onlinedienste", "form_server", "false alarm"):
        "an outage told before a list ('Betroffen sind: … – die elektronische Einreichung … über unser Serviceportal')",
    ("gemeinde-lindhorst-digitalstrategie", "epayment", "false alarm"):
        "a goal carried over from the previous sentence ('Dazu gehört auch die Möglichkeit, Gebühren online zu bezahlen')",
    ("stadt-roedertal-sn-barrierefreiheit", "form_server", "false alarm"):
        "another body's online application referred to by 'dort' ('einen Antrag können Sie dort online stellen'); "
        "'dort' as often points to the site's own portal",
}

KNOWN_GAPS_BLIND10: Gaps = {
    ("doerpumsiel-online-rathaus-platt", "form_server", "miss"):
        "Low German ('stellt Se över dat Antragsportal vun de Gemeen'): the portal families read High German prepositions",
    ("doerpumsiel-online-rathaus-platt", "service_account", "miss"):
        "Low German ('Anmellen doot Se sik mit dat Servicekonto Neddersassen'): 'mit dat' and 'anmellen' are not the "
        "families' words, and a bare account name stays a hint",
    ("hemmerfeld-schulanmeldung-sek1", "form_server", "miss"):
        "a product name (SchülerOnline) with a verb no family has ('erfassen Sie die Daten … selbst online'); "
        "'Daten online erfassen' is as often the office's own work",
    ("pirnitz-hochwasserschutz", "form_server", "miss"):
        "an online defect report under its own name ('Über „Pirnitz meldet“ können Sie … schicken – mit Foto und "
        "Standort'): found as issue_reporting; form_server's defect-report family needs the word 'Mängelmelder'",
    ("lindenau-gv-niederschrift-top7-ris", "council_info", "false alarm"):
        "a procurement told with a coordinated compound ('Beschaffung eines Sitzungsmanagement- und "
        "Ratsinformationssystems'); 'Bürger- und Ratsinformationssystem' is an offer's usual name",
    ("bremerhaven-nord-seniorenbeirat", "eid", "false alarm"):
        "volunteers help to set up the function ('helfen beim Einrichten von Smartphone, Messenger, BundID und "
        "Online-Ausweisfunktion'): the account and the eID word in one sentence are the offer's co-occurrence family",
    ("merzingen-buergerstiftung", "epayment", "false alarm"):
        "a foundation's donation form ('online per Lastschrift, Kreditkarte oder PayPal'): the brand hints add up "
        "without knowing whose form it is",
    ("doerpumsiel-online-rathaus-platt", "geoportal", "false alarm"):
        "a Landkreis's geoportal named on a town page ('Geoportal vun'n Landkreis'); on the Landkreis's own site "
        "'Geoportal des Landkreises' is its offer (the phrase-family test keeps that offer)",
    ("amt-eiderland-schulverband-einschulung", "geoportal", "false alarm"):
        "the Kreis's portal named with a possessive ('stellt der Kreis in seinem Geoportal dar'); 'die Gemeinde … in "
        "ihrem Geoportal' is the site's own offer, and on the Kreis's site so is this sentence",
    ("kreuzfelde-sondernutzung-2011", "geoportal", "false alarm"):
        "the Kreis's portal on a town page ('im Geodatenportal des Kreises'): as above, the text cannot say whose site",
    ("wiesenthal-mark-glossar-digitales-rathaus", "geoportal", "false alarm"):
        "a glossary entry headed with the name ('Geoportal – Karten und Luftbilder … stellt die Landesvermessung … bereit')",
}

KNOWN_GAPS_BLIND11: Gaps = {
    ("sn-gemeinde-wiesental-leichte-sprache", "appointment_booking", "miss"):
        "Leichte Sprache splits the offer over short sentences ('einen Termin. Das geht im Internet.'): "
        "no family joins 'Termin' and 'im Internet' across a full stop",
    ("st-stadt-elsterburg-bekanntmachung-bplan", "geoportal", "miss"):
        "a development plan published online in a § 3 BauGB notice ('im Internet veröffentlicht unter …/bauleitplanung/…') "
        "without the words map, portal or viewer",
    ("by-gemeinde-hopfenried-gemeinderat-beschluss", "geoportal", "false alarm"):
        "the Land's portal recommended in a council paper ('empfiehlt, stattdessen weiterhin den BayernAtlas zu nutzen'); "
        "the plan before it is vetoed, but 'den BayernAtlas nutzen' is the family of a portal the reader uses",
    ("ni-sg-moorwiesen-bauleitplanung", "form_server", "false alarm"):
        "another body's service, unlinked ('Der Landkreis bietet … den digitalen Bauantrag an')",
}

KNOWN_GAPS_BLINDHTML: Gaps = {  # 30 whole HTML pages of other site generators
    ("weinstetten-aktuelles", "easy_language", "false alarm"):
        "a VHS course headline 'Gebärdensprachkurs und Leichte Sprache' is a link text and a heading naming Leichte "
        "Sprache as a topic; telling a topic from the site's own Leichte-Sprache link needs the course word before "
        "it, which a fixed-width lookbehind cannot span",
    ("moselblick-startseite", "mobile_app", "false alarm"):
        "another municipality's app (Ortsgemeinde Kesten) in a news teaser with its Google Play link: the page does "
        "not say whose app it is in a way a pattern can tell from the site's own",
}

KNOWN_GAPS_BLIND12: Gaps = {  # written before the rules were read, measured on 4b1dfab: 88/12/10; 96/2/2 after rules17
    ("ba-spreeufer-buergeramt-termine", "chatbot", "miss"):
        "a chatbot named in prose ('der Chatbot 115 auf service.berlin.de'): the component is a widget or script, and a "
        "name in text is as often news of another body's bot (the label itself is doubtful: the Land portal's bot)",
    ("gemeinde-rosswein-tal-geburtsurkunde", "service_account", "miss"):
        "an optional account told by its benefit ('Ein Amt24-Servicekonto ist nicht zwingend, erleichtert aber spätere "
        "Anträge'): no use verb, and an account with its benefit is also a general explanation page's wording",
    ("gemeinde-bliesweiler-fuehrungszeugnis", "eid", "false alarm"):
        "another body's service told as the page's own steps ('über das Online-Portal des Bundesamts für Justiz … Dafür "
        "benötigen Sie einen Personalausweis mit aktivierter Online-Ausweisfunktion') and disowned only in a later "
        "sentence ('Für diesen Weg ist die Gemeinde nicht zuständig'): a veto reads one sentence",
    ("gemeinde-bliesweiler-fuehrungszeugnis", "epayment", "false alarm"):
        "the same steps ('die Gebühr wird dort online bezahlt'): 'dort' as often points to the site's own portal "
        "(blind9 rödertal), and the disowning sentence comes after",
}

KNOWN_GAPS_BLIND13: Gaps = {  # written before the rules were read, measured on 4b1dfab: 109/18/13
    ("lk-osterwede-kfz-zulassung-online", "eid", "miss"):
        "the eID as an item of a requirement list for the Land's i-Kfz service ('Was brauchen Sie? • einen "
        "Personalausweis mit Online-Ausweisfunktion'): a list item carries no use verb",
    ("amt-trenntal-umfrage-dorfentwicklung", "geoportal", "miss"):
        "a Land viewer named by its product ('auf dem Digitalen Atlas Nord einsehbar'): the Land viewers' product names "
        "are not a family yet, and 'im Internet einsehbar' alone is a § 3 BauGB publication",
    ("gemeinde-hahnweiler-dorffunk", "appointment_booking", "false alarm"):
        "the Verbandsgemeinde's booking named with its host ('Deren … Online-Terminvereinbarung finden Sie auf "
        "vg-kirner-hoehe.de'): the VG runs the Ortsgemeinde's administration, so 'another body' is doubtful (MEASURED.md)",
    ("lk-friesmarsch-buergerservice", "open_data", "false alarm"):
        "a vacancy's link text ('Stellenangebot Open Data und Geoinformation' -> /karriere/stellen/…): the job-advert "
        "genre needs the advert's own page; a link to it names the field, not a dataset",
}

# round -> (documents, its known gaps)
KNOWN_GAPS_BLIND14: Gaps = {  # session 11's final held-out round: 83/5/8 on 4b1dfab, 83/3/8 on its final rules; read in session 12
    ("stadt-altmarkhagen-stellenanzeige-it", "form_server", "miss"):
        "a job application portal in a job advert ('ausschließlich über unser Online-Bewerbungsportal'): decided in "
        "session 12 not to count a recruiting portal as form_server (components.md: online applications of the "
        "administration's services; 'Online-Bewerbung' is left out of the Online-Antrag family on purpose, and every site "
        "that advertises a job has one); the label stays as the writer's reading",
    ("gemeinde-bergfelden-amtsblatt", "mobile_app", "miss"):
        "a publisher's Amtsblatt app recommended by the Gemeinde without a store link ('App „Lokalmatador“ … Gemeinde "
        "auswählen'): an app not of the site's own (the label itself is doubtful)",
    ("gemeinde-heidkirchen-sperrmuell", "social_media", "false alarm"):
        "another body's channel in a Gemeinde's sidebar ('Kreis Recklingsau bei YouTube'): a profile link cannot tell "
        "whose it is (on the Kreis's own site it is its offer)",
}

KNOWN_GAPS_BLIND15: Gaps = {  # session 12 (text): 75/4/14 on 8742b1f, 77/4/12 on its final rules, 84/2/5 after rules16,
    # 87/2/2 after rules17, 88/2/1 with an online form of ours, 89/2/0 with an app told by its use
    ("dassowmark-klarschiff", "form_server", "false alarm"):
        "a Klarschiff link 'Meldung abgeben' to /meldung/neu and 'unser Online-Portal für Hinweise': a defect report "
        "filled in and sent online is form_server where it is the portal's own form (selm's real label, blind11, "
        "blind13); the writer labelled it 0 without a trap",
}

KNOWN_GAPS_BLIND16: Gaps = {  # session 12 (pages): 152/7/6 on 8742b1f, 153/7/5 on its final rules, 155/5/3 after rules16,
    # 156/5/2 after rules17, 157/5/1 with the account told through its mailbox, 157/4/1 with the ticket vendors
    ("amt-treenemarsch-startseite", "council_info", "miss"):
        "a tile whose data-href leads to '/ratsinfo/' on another host of the Amt, naming no system: council_info "
        "wants a system's name or a council-system path; found before only by the job advert's 'ALLRIS', which the "
        "session's job-task veto rightly silenced",
    ("obermainbach-buecherei", "easy_language", "false alarm"):
        "a reading group that reads books in Leichter Sprache: bare 'Leichte Sprache' counts (a chrome component whose "
        "tightening would cost real hits)",
    ("fliesswiesen-maerker-buergerhaushalt", "form_server", "false alarm"):
        "a 'Mängel melden' link read as an online form: the Mängelmelder convention question (see blind15)",
    ("wupperfeld-maengelmelder-news", "form_server", "false alarm"):
        "a 'Zum Mängelmelder' link read as an online form: the same convention question",
    ("lk-schwarzatal-wohngeld", "sign_language", "false alarm"):
        "an embedded DGS video credited to a federal ministry: whose video it is sits in a credit line the rules do not "
        "read (the writer's label; an embedded video in DGS may count for the page)",
}


KNOWN_GAPS_BLIND17: Gaps = {  # session 12's last held-out round (40 pages of cities): 108/3/9 on b1c8e44 and on the session's final rules;
    # 116/2/1 after rules17 (session 13), 116/1/1 with the status word of a link
    ("schwimmbad-tickets-stadt-sulzbach-hoehe", "form_server", "miss"):
        "a swimming-course registration 'ausschließlich online über das Kursbuchungssystem': course bookings are not "
        "read as an administration's online form (the writer doubts the label)",
    ("stadtgemeinde-weserhaven-mitmachen", "form_server", "false alarm"):
        "a link to the city's Mängelmelder read as an online form: the convention question of blind15 and blind16",
}

KNOWN_GAPS_BLIND18: Gaps = {  # session 13 (40 pages of Landkreise, Ämter, VG, small Gemeinden): 98/7/13 on ca3fba2;
    # released to rules18, 110/0/1 after it
    ("kreis-lennewald-bauaufsicht", "eid", "miss"):
        "the eID told as the account's trust level in an aside ('Servicekonto.NRW (Vertrauensniveau „substantiell“ oder "
        "„hoch“, d. h. mit Online-Ausweis)'): no use verb within reach of the card, and 'substantiell' is also reached "
        "with an ELSTER certificate",
}

KNOWN_GAPS_BLIND19: Gaps = {  # session 13, held out from rules17/18, then released to rules19 (40 pages of small towns):
    # 116/15/6 on ca3fba2, 117/14/5 on the session's final rules, 117/13/5 after rules19 (22fa139), 118/13/4 with its apps;
    # 121/10/4 after three labels were corrected to the README's "offers or links" (session 14, MEASURED.md)
    ("berlin-bezirksamt-spreeufer-buergeramt", "eid", "miss"):
        "'online mit dem Service-Konto Berlin und Ihrem Online-Ausweis': the card coordinated with the account after 'mit', "
        "no use verb of its own",
    ("stadt-neu-brenkow-stadtwerke", "appointment_booking", "false alarm"):
        "the Stadtwerke GmbH's online booking told as 'unseren' on its page: a municipal company is read as the "
        "municipality (the writer doubts this label)",
    ("stadt-bad-erlenborn-freibad", "epayment", "false alarm"):
        "the Bädergesellschaft mbH's ticket shop paid by PayPal: a municipal company is read as the municipality",
    ("gemeinde-hohenfelde-bauantrag", "form_server", "false alarm"):
        "the Land's 'Digitaler Bauantrag' portal told as where the reader uploads the application: another body's service",
    ("gemeinde-schoenwalde-heide-maerker", "form_server", "false alarm"):
        "'mit dem Maerker können Sie der Gemeindeverwaltung solche Hinweise … online übermitteln': a report sent online "
        "reads as a form; the writer counts Maerker as issue_reporting only",
    ("stadt-neu-brenkow-stadtwerke", "form_server", "false alarm"):
        "the Stadtwerke's customer portal ('Viele Anliegen erledigen Sie … online in unserem Kundenportal'): a municipal "
        "company is read as the municipality",
    ("og-weinolsheim-berg-tourismus", "geoportal", "false alarm"):
        "'Eine interaktive Karte mit GPS-Tracks bietet die Rheinhessen-Touristik in ihrer App': a tourism body's map",
    ("stadt-neu-brenkow-stadtwerke", "mobile_app", "false alarm"):
        "the Stadtwerke GmbH's app in the stores: a municipal company is read as the municipality",
    ("gemeinde-talheim-am-kocher-digitalisierungsstrategie", "participation", "false alarm"):
        "a plan as a list item ('- Eine Online-Beteiligungsplattform soll ab 2028 Bürgerbeteiligung ergänzen'): the "
        "plan vetoes read the modal with a set-up verb, 'ergänzen' is not one",
    ("stadt-bad-erlenborn-freibad", "social_media", "false alarm"):
        "the pool company's Instagram: a municipal company is read as the municipality",
    ("stadt-neu-brenkow-stadtwerke", "social_media", "false alarm"):
        "the Stadtwerke GmbH's Instagram: a municipal company is read as the municipality",
}

KNOWN_GAPS_BLIND20: Gaps = {  # session 13, held out from rules17/18, then released to rules19 (towns and Märkte, NRW, HE, BY, BW, SL,
    # SN: 30 text, 10 text+links): 73/13/11 on c2da4fa, 73/13/11 on the session's final rules before 395fba9, 73/12/11 with it,
    # 75/10/9 after rules19 (22fa139), 76/10/8 with its apps, 78/10/6 with its newsletter sender,
    # 79/10/5 with its loss report, 80/10/4 with 'Karte der …',
    # 81/10/3 with a payment 'integriert', 81/9/3 with an agency after the verb,
    # 81/8/3 with a transit app
    ("gemeinde-rotenfeld-pass-termin", "eid", "miss"):
        "'ausweisen … bei unseren Online-Diensten im Serviceportal der Gemeinde': the identifying verb far from the card",
    ("markt-oberthalba-gewerbeanmeldung", "appointment_booking", "false alarm"):
        "'Termine vereinbaren Sie dort über die Online-Terminvergabe des Landratsamts': another body's booking, "
        "addressed to the reader",
    ("gemeinde-hochstaedten-elterngeld", "eid", "false alarm"):
        "the Online-Ausweis for the L-Bank's online application ('dort … mit dem Online-Ausweis'): a Land bank is not "
        "among the other agencies",
    ("gemeinde-kirchheim-saar-ueber-uns", "form_server", "false alarm"):
        "'nutzen Sie bitte das Postfach in Ihrem Nutzerkonto im Serviceportal Saarland' for signed documents: the "
        "service account's mailbox read as an online form (the writer labelled no trap)",
    ("gemeinde-steinbach-forst-seniorennachmittag", "form_server", "false alarm"):
        "'Viele Behördengänge könnten heute schon online erledigt werden' in a speech: Konjunktiv II is not read as "
        "reported speech",
    ("markt-eichenbrunn-ehrenamtskarte", "form_server", "false alarm"):
        "'Das Landratsamt bietet dafür ein Online-Formular an': the Landratsamt is not among the other agencies "
        "(it is the site's own body on a Landkreis site)",
    ("gemeinde-aschau-im-tal-baumschutz", "geoportal", "false alarm"):
        "'zeigt der Ortsplan im BayernAtlas; die Gemeinde selbst betreibt kein eigenes Geoportal': the Land's portal "
        "used for the municipality's plan",
    ("gemeinde-hessenau-friedhof", "geoportal", "false alarm"):
        "'ist für 2025 in Vorbereitung; dann sollen Grabfelder auch im Geoportal des Landkreises sichtbar werden': the "
        "plan in the sentence before, the district's portal after 'dann sollen'",
    ("gemeinde-weilach-im-gaeu-sondernutzung", "geoportal", "false alarm"):
        "'sehen Sie im Geoportal Baden-Württemberg': the Land's portal used for the municipality's question",
}

KNOWN_GAPS_BLIND21: Gaps = {  # session 13's last round, held out from rules19 (40 pages like the real web's mix: 32 text,
    # 8 text+links): 83/4/5 on 7ef6ac3 and on the session's final rules
}

KNOWN_GAPS_BLIND22: Gaps = {  # session 14, held out from rules20 and siteqa (40 pages like the real web's mix: 32 text,
    # 8 text+links): 111/6/3 on 6c4aeed, 112/6/2 after rules20/siteqa, 112/1/2 after rules21 (released to it)
    ("lk-recknitz-trebel-online-dienste", "eid", "miss"):
        "'mit dem Online-Ausweis' in a clause apart from the i-Kfz verb earlier in the sentence",
    ("lindigtal-fundbuero", "form_server", "miss"):
        "'im Online-Fundbüro … direkt eine Verlustanzeige aufgeben': the lost-property office's name and 'aufgeben' are "
        "not among the application families",
    ("kreis-ruhrhoehen-barrierefreiheit", "issue_reporting", "false alarm"):
        "the accessibility statement's 'Barriere melden' form read as a defect reporter",
}
KNOWN_GAPS_BLIND23: Gaps = {  # session 14, held out from rules20 and siteqa (10 html pages of ten CMS, 12 text+links,
    # 18 text): 154/4/6 on 6c4aeed and after rules20/siteqa, 156/0/4 after rules21 (released to it)
    ("sg-geestrand-kita-anmeldung", "form_server", "miss"):
        "'Online-Anmeldung über das Kita-Portal … Nach dem Absenden': the portal named by its sector, the sending in the "
        "next sentence",
    ("gemeinde-moosach-au-mitteilungsblatt", "newsletter", "miss"):
        "the gazette sent by e-mail ('für den Versand eintragen') without the word Newsletter",
    ("kirchbliesen-stelle-digitalisierung", "open_data", "miss"):
        "a chrome link 'Offene Daten' to a 'daten.' host: the bare link name is not read as the portal",
    ("amt-koogland-neue-internetseite", "site_search", "miss"):
        "'Eine Suche über alle Inhalte' told in a news item about the new site",
}
KNOWN_GAPS_BLIND24: Gaps = {  # session 14, held out from most of rules20 and siteqa (larger administrations: 30 text,
    # 10 text+links): 121/3/7 on 98d2d47 and after rules20/siteqa, 126/0/2 after rules21 (released to it)
    ("bezirksamt-tegelsee-bauaufsicht", "form_server", "miss"):
        "Berlin's portal for the electronic building permit (eBG) told in prose, not among the application portals",
    ("kreis-hellweg-jobcenter-weiterbewilligung", "service_account", "miss"):
        "the Kreis's portal account called a 'Kundenkonto'",
}

KNOWN_GAPS_BLIND25: Gaps = {  # session 14's last round, written after rules20 and siteqa and held out from all rules
    # (mostly small Gemeinden: 30 text, 10 text+links): 81/9/5 on 574d53c and on the session's final rules
    ("landkreis-saalbach-chatbot-pressemitteilung", "chatbot", "miss"):
        "a press release telling of the Landkreis's chatbot by its quoted name and where it sits on the site",
    ("bezirksamt-elbmarschen-wohngeld", "eid", "miss"):
        "'mit der Online-Ausweisfunktion … ist der Antrag sofort rechtsverbindlich': the card's effect, no use verb",
    ("gemeinde-steinfurth-fundbuero", "form_server", "miss"):
        "an online lost-property office's loss report sent through the portal (as blind22 lindigtal)",
    ("gemeinde-tiefenbach-moor-kita-news", "form_server", "miss"):
        "'Little Bird' with 'Kind vormerken' in a news item: the Kita portal named by its product, the verb apart",
    ("vg-moselhang-wohnsitz-anmelden", "service_account", "miss"):
        "'… und die BundID' as the second thing needed after the ID card",
    ("gemeinde-wiesental-glossar", "council_info", "false alarm"):
        "a glossary's definition of a council system on a page saying the municipality has none",
    ("gemeinde-wiesental-glossar", "form_server", "false alarm"):
        "the glossary's BundID definition ('bei Online-Diensten vieler Behörden anmelden')",
    ("gemeinde-wiesental-glossar", "geoportal", "false alarm"):
        "the glossary's definition of a geoportal ('betreibt kein eigenes Geoportal' in a later sentence)",
    ("gemeinde-wiesental-glossar", "issue_reporting", "false alarm"):
        "the glossary's definition of a Mängelmelder",
    ("gemeinde-wiesental-glossar", "service_account", "false alarm"):
        "the glossary's BundID definition ('noch nicht an die BundID angebunden' in a later sentence)",
    ("samtgemeinde-geestrand-bauen", "form_server", "false alarm"):
        "'Seit dem 1. Juli kann dort der Bauantrag auch digital gestellt werden': 'dort' is the Landkreis, told without "
        "a link",
    ("stadt-hohenwarte-kontakt", "form_server", "false alarm"):
        "a 'Mängelmelder' link: the project counts an online defect report as a form where the portal is the "
        "municipality's (realpages selm, rotenburg-wuemme); the writer labels it issue_reporting only",
    ("stadt-wendelstein-saale-maengelmelder", "form_server", "false alarm"):
        "a 'zum Mängelmelder' link (see stadt-hohenwarte-kontakt)",
    ("stadt-grimmenau-impressum", "geoportal", "false alarm"):
        "an image credit 'Luftbild: Geoportal Sachsen' in the Impressum read as a map on offer",
}

ROUNDS: dict[str, tuple[int, Gaps]] = {"blind9": (45, KNOWN_GAPS_BLIND9), "blind10": (40, KNOWN_GAPS_BLIND10),
                                       "blind11": (40, KNOWN_GAPS_BLIND11), "blindhtml": (30, KNOWN_GAPS_BLINDHTML),
                                       "blind12": (40, KNOWN_GAPS_BLIND12), "blind13": (40, KNOWN_GAPS_BLIND13),
                                       "blind14": (40, KNOWN_GAPS_BLIND14), "blind15": (40, KNOWN_GAPS_BLIND15),
                                       "blind16": (40, KNOWN_GAPS_BLIND16), "blind17": (40, KNOWN_GAPS_BLIND17),
                                       "blind18": (40, KNOWN_GAPS_BLIND18), "blind19": (40, KNOWN_GAPS_BLIND19),
                                       "blind20": (40, KNOWN_GAPS_BLIND20), "blind21": (40, KNOWN_GAPS_BLIND21),
                                       "blind22": (40, KNOWN_GAPS_BLIND22), "blind23": (40, KNOWN_GAPS_BLIND23),
                                       "blind24": (40, KNOWN_GAPS_BLIND24),
                                       "blind25": (40, KNOWN_GAPS_BLIND25)}


@pytest.mark.parametrize("round_name", sorted(ROUNDS))
def test_every_error_of_the_blind_round_is_a_known_gap(round_name: str) -> None:
    documents, known = ROUNDS[round_name]
    result = evaluate(FIXTURES / round_name)
    assert result.documents == documents
    errors = {(e.slug, e.component, e.kind) for e in result.errors}
    assert sorted(errors - known.keys()) == [], "errors not listed in the round's known gaps (a regression?)"
    assert sorted(known.keys() - errors) == [], "listed gaps that no longer occur: remove them"
