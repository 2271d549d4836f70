#!/usr/bin/env python3
"""Writes the sample survey exports of the Nordlys sample site.

    python3 bench/sample-feedback.py            # writes content/feedback/*.csv and content/topics.yaml
    python3 bench/sample-feedback.py OUT_DIR    # the same under OUT_DIR (OUT_DIR/content/...)

The exports cover July to October 2026. For every month, segment (household, business) and
channel (phone, chat, email, web) they hold exactly as many promoters (9-10), passives (7-8) and
detractors (0-6) as the snapshots in content/metrics/ held before their `nps:` blocks were replaced
by these exports; the counts are kept in COUNTS below, so the data can be regenerated without them.
Extra rows that must NOT count are added on purpose: ~3 % unfinished Qualtrics responses (no
score).

Three export formats, routed by channel:
  phone, email -> content/feedback/qualtrics-support-2026.csv  (Qualtrics: 3 header rows, local times)
  chat         -> content/feedback/delighted-chat-2026.csv     (Delighted: UTC instants ending in Z)
  web          -> content/feedback/webbenkat-2026.csv          (Excel, Windows-1252, CRLF, ';')

Comments are short sample texts in the answer's language (sv ~65 %, nb ~30 %, en ~5 %), chosen by
topic with weights that follow the story in content/reports/: billing complaints high in July and
August and tapering off, chat praised, e-mail lagging. A handful are planted on purpose: personal
data the site must redact, markup it must escape, and four October detractor comments about
critical topics (suspected fraud, threats to cancel). Every identifier in them is made up; e-mail
addresses use example.com / example.org / nordlys.example, the Swedish phone number is in the range
PTS reserves for fiction, and the personnummer, card numbers, IBANs and fødselsnummer are invented
with valid check digits so that the redactor's checksum tests see them as real.

Deterministic: a fixed seed and Python's `random.Random` (stable across Python 3 versions for the
calls used here: random(), choice(), choices(), shuffle(), randint()). No dependencies beyond the
standard library (zoneinfo needs the system's tz database, as on Debian).
"""

import csv
import io
import os
import random
import sys
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

SEED = 20261031
STOCKHOLM = ZoneInfo("Europe/Stockholm")
MONTHS = ["2026-07", "2026-08", "2026-09", "2026-10"]
SEGMENTS = ["household", "business"]
CHANNELS = ["phone", "chat", "email", "web"]

# month -> segment -> channel -> (promoters, passives, detractors), from the snapshots' byChannel.
COUNTS = {
    "2026-07": {
        "household": {"phone": (51, 38, 25), "chat": (56, 25, 10), "email": (25, 18, 18), "web": (47, 22, 15)},
        "business": {"phone": (11, 11, 7), "chat": (11, 8, 3), "email": (5, 6, 6), "web": (10, 6, 4)},
    },
    "2026-08": {
        "household": {"phone": (52, 37, 21), "chat": (54, 30, 10), "email": (22, 21, 17), "web": (51, 24, 14)},
        "business": {"phone": (12, 10, 6), "chat": (11, 6, 3), "email": (5, 5, 5), "web": (11, 6, 4)},
    },
    "2026-09": {
        "household": {"phone": (49, 32, 23), "chat": (52, 22, 10), "email": (21, 17, 18), "web": (43, 18, 14)},
        "business": {"phone": (11, 10, 6), "chat": (11, 9, 2), "email": (4, 5, 4), "web": (9, 7, 3)},
    },
    "2026-10": {
        "household": {"phone": (50, 25, 24), "chat": (52, 21, 10), "email": (22, 13, 19), "web": (50, 18, 15)},
        "business": {"phone": (12, 9, 6), "chat": (11, 7, 2), "email": (5, 5, 4), "web": (10, 6, 4)},
    },
}

# --------------------------------------------------------------------------------------------
# Topics (written to content/topics.yaml). Keywords are lower-case; '*' at the end = word starts
# with; several words = those words in a row. The site matches ignoring case and diacritics, so
# short stems are avoided where folding would widen them (sv "kö*" would fold to "ko*" and catch
# "kontakt"; hence exact "kö" and "kön").
# --------------------------------------------------------------------------------------------
TOPICS = [
    ("billing", False, ("Bills and prices", "Fakturor och priser", "Fakturaer og priser"), {
        "en": ["bill*", "invoice*", "price*", "pricing", "expensive", "charge*"],
        "sv": ["faktur*", "räkning*", "pris*", "elpris*", "dyr*", "avgift*", "påslag*"],
        "nb": ["faktura*", "regning*", "pris*", "strømpris*", "dyr*", "gebyr*"],
    }),
    ("waiting", False, ("Waiting and response times", "Väntetider och svarstider", "Ventetid og svartid"), {
        "en": ["wait*", "queue*", "on hold"],
        "sv": ["vänta*", "väntetid*", "kö", "kön", "telefonkö*", "svarstid*"],
        "nb": ["vente*", "ventet", "ventetid*", "kø", "køen", "telefonkø*", "svartid*"],
    }),
    ("chat", False, ("Chat", "Chatt", "Chat"), {
        "en": ["chat*"],
        "sv": ["chatt*", "chat"],
        "nb": ["chat*"],
    }),
    ("broadband", False, ("Broadband speed", "Bredbandets hastighet", "Hastighet på bredbånd"), {
        "en": ["broadband", "speed*", "router*", "wifi", "wi-fi", "mbps", "fibre", "fiber"],
        "sv": ["bredband*", "hastighet*", "uppkoppling*", "router*", "wifi", "mbit*", "fiber*"],
        "nb": ["bredbånd*", "hastighet*", "ruter*", "wifi", "mbit*", "fiber*"],
    }),
    ("login", False, ("Login, BankID and My pages", "Inloggning, BankID och Mina sidor",
                      "Innlogging, BankID og Min side"), {
        "en": ["bankid", "login", "log in", "sign in", "password*", "my pages", "app"],
        "sv": ["bankid", "inlogg*", "logga in", "mina sidor", "lösenord*", "appen"],
        "nb": ["bankid", "innlogg*", "logge inn", "logget inn", "min side", "passord*", "appen"],
    }),
    ("outages", False, ("Outages", "Avbrott", "Strømbrudd og avbrudd"), {
        "en": ["outage*", "power cut*", "blackout*", "without power"],
        "sv": ["avbrott*", "strömavbrott*", "elavbrott*", "störning*", "utan ström"],
        "nb": ["strømbrudd*", "avbrudd*", "uten strøm", "driftsforstyrrelse*"],
    }),
    ("moving", False, ("Moving house", "Flytt", "Flytting"), {
        "en": ["moving", "moved", "move house", "new address"],
        "sv": ["flytt*", "ny adress", "nya adressen"],
        "nb": ["flytt*", "ny adresse"],
    }),
    ("staff", False, ("Friendly, helpful staff", "Bemötande och personal", "Kundebehandlere og service"), {
        "en": ["friendly", "helpful", "polite", "rude", "staff"],
        "sv": ["trevlig*", "otrevlig*", "vänlig*", "hjälpsam*", "personal*", "bemötande*", "kunnig*"],
        "nb": ["hyggelig*", "vennlig*", "hjelpsom*", "uhøflig*", "ansatte", "kundebehandler*", "flink*"],
    }),
    ("fraud", True, ("Suspected fraud", "Misstänkt bedrägeri", "Mistanke om svindel"), {
        "en": ["fraud*", "scam*", "in my name", "identity theft"],
        "sv": ["bedrägeri*", "bedragare*", "i mitt namn", "id-kapning*", "kapat*"],
        "nb": ["svindel*", "svindl*", "bedrageri*", "i mitt navn", "id-tyveri*", "identitetstyveri*"],
    }),
    ("cancellation", True, ("Threats to cancel", "Hot om uppsägning", "Truer med å si opp"), {
        "en": ["cancel*", "switch supplier*", "switching supplier*", "terminate*"],
        "sv": ["säga upp", "säger upp", "uppsägning*", "byta leverantör", "byter leverantör", "byta elbolag"],
        "nb": ["si opp", "sier opp", "oppsigelse*", "bytte leverandør", "bytter leverandør"],
    }),
]

# --------------------------------------------------------------------------------------------
# Comment bank: topic -> polarity (pos for promoters, mid for passives, neg for detractors) ->
# language -> sentences. {min}, {short}, {days}, {mbit}, {kr}, {name} are filled in per comment.
# "general" sentences belong to no topic. The two critical topics are not in the bank: their
# comments are planted (see PLANTED) or added as a rare cancellation remark before October.
# --------------------------------------------------------------------------------------------
BANK = {
    "billing": {
        "neg": {
            "sv": [
                "Fakturan blev nästan dubbelt så hög efter sommaren och ingen kunde förklara varför.",
                "Ert elpris är för dyrt jämfört med andra bolag, och påslaget syns inte ens på räkningen.",
                "Fick en räkning på {kr} kronor för en sommarstuga som knappt har använts. Orimligt.",
                "Ni höjde priset igen utan att säga något i förväg. Det känns inte schysst mot gamla kunder.",
                "Avgiften för pappersfaktura är ett skämt när man är pensionär utan dator.",
                "Jag förstår inte fakturan, för många rader och avgifter som ingen förklarar.",
                "Fakturan kom för sent och nu har jag fått en påminnelseavgift på köpet.",
            ],
            "nb": [
                "Fakturaen var mye høyere enn forventet, og ingen kunne forklare hvorfor.",
                "Strømprisen deres er for dyr. Naboen betaler mindre hos et annet selskap.",
                "Gebyret for papirfaktura er helt urimelig for oss som ikke bruker nettbank.",
                "Fikk en regning på {kr} kroner for hytta som nesten ikke er brukt.",
                "Prisen gikk opp igjen uten varsel. Det er ikke greit.",
            ],
            "en": [
                "The bill went up again and nobody could explain the extra charges.",
                "Far too expensive compared with other suppliers, and the price change came without warning.",
                "Still confused by my invoice, there are too many lines I do not understand.",
            ],
        },
        "mid": {
            "sv": [
                "Bra service men priserna är fortfarande lite för höga för min smak.",
                "Fakturan är tydligare nu än i vintras, men det är fortfarande dyrt.",
                "Helt okej, men jag skulle vilja kunna välja fast pris direkt på webben.",
                "Räkningen stämde den här gången, men förra vinterns fakturor sitter kvar i minnet.",
            ],
            "nb": [
                "Grei kundeservice, men prisene er fortsatt litt høye.",
                "Fakturaen er enklere å lese nå, men strømmen er dyr.",
                "Regningen stemte denne gangen, men det var rot i vinter.",
            ],
            "en": [
                "Decent service, but prices are still on the high side.",
                "The new invoice is clearer, though I still think you are expensive.",
            ],
        },
        "pos": {
            "sv": [
                "Nya fakturan är lätt att förstå och priset är rimligt.",
                "Bra att sidan som förklarar räkningen finns, nu förstår jag varje rad.",
                "Fast pris ger lugn i plånboken, och fakturorna stämmer varje månad.",
                "Prisvärt och inga överraskningar på fakturan sedan i våras.",
            ],
            "nb": [
                "Oversiktlig faktura og en pris jeg kan leve med.",
                "Fast pris gir trygghet, og regningen stemmer hver måned.",
                "Fin side som forklarer fakturaen, nå skjønner jeg alt.",
            ],
            "en": [
                "Clear invoice and a fair price. Nothing to complain about.",
                "The bill explanation page helped me understand every line.",
            ],
        },
    },
    "waiting": {
        "neg": {
            "sv": [
                "Satt i telefonkö i {min} minuter innan någon svarade.",
                "Ringde tre gånger och fick vänta länge varje gång. Kön är för lång på måndagar.",
                "Väntetiden i telefon var över en halvtimme, det är inte okej.",
            ],
            "nb": [
                "Ventet i telefonkø i {min} minutter før noen svarte.",
                "Lang ventetid hver gang jeg ringer. Det er ikke godt nok.",
            ],
            "en": [
                "I waited {min} minutes in the phone queue before anyone answered.",
                "Put on hold three times and then the call dropped.",
            ],
        },
        "mid": {
            "sv": [
                "Kön var kortare än i vintras, men jag fick ändå vänta {short2} minuter.",
                "Fick hjälp till slut, men väntetiden kunde ha varit kortare.",
            ],
            "nb": [
                "Køen var kortere enn i vinter, men jeg måtte fortsatt vente en stund.",
                "Fikk hjelp til slutt, men ventetiden kunne vært kortere.",
            ],
            "en": ["The queue was shorter than last winter, but I still had to wait a while."],
        },
        "pos": {
            "sv": [
                "Kom fram efter bara {short} minuter i kön, stor skillnad mot förra vintern.",
                "Nästan ingen väntetid alls när jag ringde. Snabbt och smidigt.",
            ],
            "nb": [
                "Nesten ingen ventetid da jeg ringte, og saken ble løst med en gang.",
                "Kom gjennom etter {short} minutter i køen. Mye bedre enn i vinter.",
            ],
            "en": ["Hardly any wait on the phone this time, much better than last winter."],
        },
    },
    "waiting-email": {
        "neg": {
            "sv": [
                "Mejlade för {days} dagar sedan och väntar fortfarande på svar.",
                "Svarstiden på mejl är alldeles för lång. Jag fick vänta nästan en vecka.",
                "Skickade två mejl om samma sak och väntar fortfarande. Ingen läser dem, verkar det som.",
            ],
            "nb": [
                "Sendte e-post for {days} dager siden og venter fortsatt på svar.",
                "Altfor lang svartid på e-post, jeg ventet nesten en uke.",
            ],
            "en": ["Emailed {days} days ago and I am still waiting for a reply."],
        },
        "mid": {
            "sv": ["Fick svar på mejlet till slut, men jag väntade i {days2} dagar."],
            "nb": ["Svaret på e-posten kom, men jeg ventet i {days2} dager."],
            "en": ["The answer to my email was good, but I had to wait {days2} days for it."],
        },
        "pos": {
            "sv": ["Fick svar på mitt mejl samma dag, det hade jag inte väntat mig."],
            "nb": ["Fikk svar på e-posten samme dag, jeg trengte ikke å vente."],
            "en": ["Got a reply to my email within a few hours, no waiting around."],
        },
    },
    "chat": {
        "neg": {
            "sv": [
                "Chatten hänvisade mig bara till kundtjänst i telefon. Varför finns den då?",
                "Chattboten förstod inte min fråga och jag kom aldrig fram till en människa.",
            ],
            "nb": ["Chatroboten forsto ikke hva jeg spurte om, og jeg fikk aldri snakke med et menneske."],
            "en": ["The chat bot could not answer a simple question about my contract."],
        },
        "mid": {
            "sv": [
                "Chatten var snabb, men jag fick upprepa mitt ärende två gånger.",
                "Bra chatt, men den stänger för tidigt på helgerna.",
            ],
            "nb": ["Chatten fungerte, men jeg måtte forklare saken to ganger."],
            "en": ["Chat was fine but I had to repeat my question twice."],
        },
        "pos": {
            "sv": [
                "Chatten är suverän. Fick svar på under en minut och ärendet löstes direkt.",
                "Smidigt att chatta på kvällen, passar mig som jobbar dagtid.",
                "Bästa kontakten jag haft med ett elbolag, chatten var snabb och tydlig.",
                "Chattade en söndagskväll och fick hjälp på fem minuter. Toppen!",
            ],
            "nb": [
                "Chatten er kjempebra, raskt svar og saken løst med en gang.",
                "Veldig greit å chatte på kvelden etter jobb.",
            ],
            "en": [
                "The chat was quick and solved my problem in a few minutes.",
                "Love the evening chat, perfect when I get home from work.",
            ],
        },
    },
    "broadband": {
        "neg": {
            "sv": [
                "Bredbandet levererar bara {mbit} Mbit/s fast jag betalar för 500.",
                "Uppkopplingen tappar varje kväll, omöjligt att jobba hemifrån.",
                "Routern ni skickade är för svag, wifi når inte ens till sovrummet.",
            ],
            "nb": [
                "Bredbåndet gir bare {mbit} Mbit/s selv om jeg betaler for 500.",
                "Ruteren mister forbindelsen flere ganger om dagen.",
            ],
            "en": ["Broadband speed is nowhere near what I pay for, about {mbit} Mbps in the evening."],
        },
        "mid": {
            "sv": ["Bredbandet fungerar oftast bra, men hastigheten sjunker på kvällarna."],
            "nb": ["Bredbåndet er stort sett greit, men hastigheten faller om kvelden."],
            "en": ["The broadband is mostly fine, but speed drops in the evening."],
        },
        "pos": {
            "sv": [
                "Snabbt och stabilt bredband, fibern fungerar perfekt.",
                "Fick en ny router och nu är hastigheten den utlovade.",
            ],
            "nb": ["Raskt og stabilt bredbånd, ingen problemer med fiberen."],
            "en": ["Fast and stable fibre connection, no complaints at all."],
        },
    },
    "login": {
        "neg": {
            "sv": [
                "Kan inte logga in med BankID i appen sedan senaste uppdateringen.",
                "Inloggningen på Mina sidor hänger sig hela tiden, jag ger upp.",
            ],
            "nb": ["Får ikke logget inn med BankID, appen bare henger."],
            "en": ["Could not log in for three days, BankID kept failing on your site."],
        },
        "mid": {
            "sv": ["Mina sidor är bra när inloggningen fungerar, men det gör den inte alltid."],
            "nb": ["Min side er oversiktlig, men innloggingen tar lang tid."],
            "en": ["My pages is useful once you get in, but the login is fiddly."],
        },
        "pos": {
            "sv": [
                "Enkelt att logga in med BankID och se förbrukningen direkt.",
                "Appen är lätt att använda och inloggningen går på sekunder.",
            ],
            "nb": ["Lett å logge inn med BankID og se forbruket."],
            "en": ["Logging in with BankID is quick and My pages is easy to use."],
        },
    },
    "outages": {
        "neg": {
            "sv": [
                "Strömavbrott i tre timmar och ingen information på webben om när det skulle vara åtgärdat.",
                "Andra avbrottet den här månaden. Vi bor på landet men förväntar oss ändå el.",
            ],
            "nb": [
                "Strømbrudd i fire timer og ingen informasjon fra dere.",
                "Nok et avbrudd denne uken, det er ikke akseptabelt.",
            ],
            "en": ["Power cut for four hours and no updates on the website."],
        },
        "mid": {
            "sv": ["Det blev ett kort avbrott, men sms-aviseringen om det var bra."],
            "nb": ["Kort avbrudd, men god informasjon på SMS underveis."],
            "en": ["There was a short outage, but the text message about it was helpful."],
        },
        "pos": {
            "sv": ["Bra att ni skickade sms direkt vid strömavbrottet och sa när det skulle vara klart."],
            "nb": ["Fikk SMS med en gang strømbruddet startet, veldig bra."],
            "en": ["Quick text message during the outage, really appreciated."],
        },
    },
    "moving": {
        "neg": {
            "sv": [
                "Flyttanmälan på webben fungerade inte och nu får jag räkningar för två adresser.",
                "Vi flyttade i augusti men elavtalet följde inte med till nya adressen.",
            ],
            "nb": ["Flyttingen ble rot, strømmen ble ikke overført til ny adresse."],
            "en": ["We moved last month and the contract still has not followed us to the new address."],
        },
        "mid": {
            "sv": ["Flytten gick okej, men det tog tid innan allt var klart på nya adressen."],
            "nb": ["Flyttingen gikk greit, men det tok litt tid å få bekreftelse."],
            "en": ["Moving was fine overall, but the confirmation took a week."],
        },
        "pos": {
            "sv": ["Superenkelt att flytta avtalet till ny adress via webben."],
            "nb": ["Enkelt å flytte avtalen da vi flyttet til Bergen."],
            "en": ["Moving house was easy, the contract was transferred in a day."],
        },
    },
    "staff": {
        "neg": {
            "sv": ["Otrevligt bemötande när jag ringde, det kändes som att jag störde."],
            "nb": ["Uhøflig kundebehandler som ikke lyttet til hva jeg sa."],
            "en": ["The agent was rude and did not listen to what I said."],
        },
        "mid": {
            "sv": ["Trevlig personal, men de kunde inte lösa mitt problem direkt."],
            "nb": ["Hyggelige ansatte, men saken tok for lang tid."],
            "en": ["Staff were polite, but the issue took a while to fix."],
        },
        "pos": {
            "sv": [
                "Mycket trevlig och kunnig personal som tog sig tid.",
                "Vänligt bemötande och snabb hjälp, tack till {name} i kundtjänst!",
                "Hjälpsam handläggare som löste allt på en gång.",
            ],
            "nb": [
                "Veldig hyggelig og hjelpsom kundebehandler.",
                "Vennlig og flink person på telefonen, takk til {nbname}!",
            ],
            "en": ["Friendly and helpful staff, sorted everything in one call."],
        },
    },
    "general": {
        "neg": {
            "sv": ["Det här fungerar inte alls som det borde.", "Förväntade mig mer av ett så stort bolag."],
            "nb": ["Dette burde vært mye bedre for et så stort selskap."],
            "en": ["Not what I expected from a big company."],
        },
        "mid": {
            "sv": ["Helt okej, inget speciellt att klaga på.", "Det mesta fungerar, men inget som sticker ut."],
            "nb": ["Helt greit, ikke noe spesielt å si."],
            "en": ["It is fine, nothing special to report."],
        },
        "pos": {
            "sv": [
                "Allt fungerar som det ska.",
                "Inga problem alls, rekommenderar gärna Nordlys.",
                "Nöjd kund sedan många år, inget att klaga på.",
            ],
            "nb": ["Alt fungerer som det skal, fornøyd kunde.", "Ingen problemer, anbefaler gjerne Nordlys."],
            "en": ["Everything just works, happy to recommend Nordlys."],
        },
    },
}

# A cancellation remark some billing detractors add before October (a critical topic).
THREAT = {
    "sv": ["Funderar på att byta leverantör.", "Om det fortsätter så här kommer jag att säga upp avtalet."],
    "nb": ["Vurderer å bytte leverandør.", "Fortsetter det slik, kommer jeg til å si opp avtalen."],
    "en": ["Thinking about switching supplier."],
}

SV_NAMES = ["Elin", "Jonas", "Sara", "Ahmed", "Ingrid", "Mikael"]
NB_NAMES = ["Kari", "Sindre", "Marte", "Ola", "Nora"]


def topic_weights(group, channel, month_index):
    """Weights of the main topic of a comment; mirrors the story of the sample reports."""
    def by_channel(phone, chat, email, web):
        return {"phone": phone, "chat": chat, "email": email, "web": web}[channel]
    if group == "D":
        return {
            "billing": [0.48, 0.38, 0.22, 0.12][month_index],
            "waiting": by_channel(0.24, 0.03, 0.42, 0.03),
            "chat": by_channel(0, 0.25, 0, 0),
            "broadband": by_channel(0.10, 0.10, 0.08, 0.18),
            "login": by_channel(0.04, 0.05, 0.03, 0.18),
            "outages": 0.08,
            "moving": by_channel(0.04, 0.04, 0.04, 0.10),
            "staff": by_channel(0.06, 0.04, 0.02, 0),
            "general": 0.06,
        }
    if group == "N":
        return {
            "billing": [0.26, 0.20, 0.14, 0.11][month_index],
            "waiting": by_channel(0.18, 0.02, 0.30, 0.02),
            "chat": by_channel(0, 0.30, 0, 0),
            "broadband": 0.12,
            "login": by_channel(0.04, 0.04, 0.04, 0.15),
            "outages": 0.04,
            "moving": by_channel(0.03, 0.03, 0.03, 0.08),
            "staff": by_channel(0.15, 0.10, 0.08, 0.01),
            "general": 0.15,
        }
    return {
        "billing": [0.06, 0.08, 0.10, 0.12][month_index],
        "waiting": by_channel(0.12, 0, 0.08, 0),
        "chat": by_channel(0, 0.45, 0, 0),
        "broadband": 0.10,
        "login": by_channel(0.04, 0.03, 0.03, 0.20),
        "outages": 0.03,
        "moving": by_channel(0.03, 0.03, 0.03, 0.10),
        "staff": by_channel(0.35, 0.18, 0.15, 0.02),
        "general": 0.20,
    }


POLARITY = {"P": "pos", "N": "mid", "D": "neg"}
COMMENT_RATE = {"P": 0.55, "N": 0.50, "D": 0.78}


def weighted(rng, weights):
    keys = [k for k in weights if weights[k] > 0]
    return rng.choices(keys, [weights[k] for k in keys])[0]


def fill(rng, text):
    return text.format(
        min=rng.randint(22, 55), short=rng.randint(1, 3), short2=rng.randint(8, 15),
        days=rng.randint(4, 9), days2=rng.randint(2, 4), mbit=rng.choice([40, 60, 80, 95, 110, 120]),
        kr="{} {:03d}".format(rng.randint(1, 4), rng.randint(0, 99) * 10),
        name=rng.choice(SV_NAMES), nbname=rng.choice(NB_NAMES))


def sentence(rng, topic, group, channel, language):
    key = "waiting-email" if topic == "waiting" and channel == "email" else topic
    return fill(rng, rng.choice(BANK[key][POLARITY[group]][language]))


def make_comment(rng, group, channel, month_index, language):
    weights = topic_weights(group, channel, month_index)
    main = weighted(rng, weights)
    parts = [sentence(rng, main, group, channel, language)]
    if rng.random() < 0.3:
        rest = dict(weights)
        rest.pop(main)
        parts.append(sentence(rng, weighted(rng, rest), group, channel, language))
    if group == "D" and main == "billing" and month_index < 3 and rng.random() < 0.12:
        parts.append(rng.choice(THREAT[language]))
    separator = "\n" if len(parts) > 1 and rng.random() < 0.06 else " "
    return separator.join(parts)


def score_for(rng, group):
    if group == "P":
        return rng.choices([9, 10], [45, 55])[0]
    if group == "N":
        return rng.choices([7, 8], [45, 55])[0]
    return rng.choices([0, 1, 2, 3, 4, 5, 6], [5, 3, 4, 6, 9, 14, 17])[0]


def language_for(rng, segment):
    weights = [65, 31, 4] if segment == "household" else [64, 30, 6]
    return rng.choices(["sv", "nb", "en"], weights)[0]


def local_time(rng, month):
    """A local Stockholm date-time in the month: weekdays and business hours mostly."""
    year, mon = int(month[:4]), int(month[5:])
    first = date(year, mon, 1)
    days = [first + timedelta(days=i) for i in range(31) if (first + timedelta(days=i)).month == mon]
    day = rng.choices(days, [{5: 0.45, 6: 0.35}.get(d.weekday(), 1.0) for d in days])[0]
    r = rng.random()
    if r < 0.78:
        hour = rng.randint(8, 17)
    elif r < 0.955:
        hour = rng.randint(18, 22)
    else:
        hour = rng.choice([23, 0, 0, 1])  # late evening: 00:xx and 01:xx local are 22:xx-23:xx UTC the day before
    return datetime(year, mon, day.day, hour, rng.randint(0, 59), rng.randint(0, 59))


class Response:
    def __init__(self, month, segment, channel, group, score, language, when, comment):
        self.month, self.segment, self.channel, self.group = month, segment, channel, group
        self.score, self.language, self.when, self.comment = score, language, when, comment
        self.note = None  # why it was planted, for the summary


def generate_responses(rng):
    responses = []
    for mi, month in enumerate(MONTHS):
        for segment in SEGMENTS:
            for channel in CHANNELS:
                p, n, d = COUNTS[month][segment][channel]
                groups = ["P"] * p + ["N"] * n + ["D"] * d
                rng.shuffle(groups)
                for group in groups:
                    language = language_for(rng, segment)
                    comment = ""
                    if rng.random() < COMMENT_RATE[group]:
                        comment = make_comment(rng, group, channel, mi, language)
                    responses.append(Response(month, segment, channel, group, score_for(rng, group), language,
                                              local_time(rng, month), comment))
    return responses


# --------------------------------------------------------------------------------------------
# Planted comments: (month, channel, segment, group, language, day or None, note, text).
# They replace the comment (and language) of one generated response of that cell, so the counts
# do not change. All identifiers are invented; the checksums are valid on purpose.
# --------------------------------------------------------------------------------------------
PLANTED = [
    # personal data the site must redact
    ("2026-07", "email", "household", "D", "sv", None, "PII e-mail address",
     "Ni har fortfarande inte svarat på mitt mejl om fakturan. Skriv till karin.lindqvist@example.com, "
     "jag har väntat i två veckor."),
    ("2026-08", "phone", "household", "N", "sv", None, "PII Swedish phone number",
     "Ring mig gärna på 070-174 06 52 om räkningen, jag orkar inte sitta i telefonkö en gång till."),
    ("2026-07", "phone", "household", "D", "sv", None, "PII Swedish personnummer (Luhn-valid)",
     "Jag har uppgett mitt personnummer 780214-4829 tre gånger och fakturan har fortfarande fel namn."),
    ("2026-09", "phone", "household", "D", "nb", None, "PII Norwegian phone number",
     "Ring meg på +47 412 34 567. Jeg har ventet en uke på svar om regningen."),
    ("2026-09", "email", "household", "N", "nb", None, "PII Norwegian fødselsnummer (mod-11-valid)",
     "Fødselsnummeret mitt er 120388 49466, kan dere sjekke hvorfor fakturaen har feil navn?"),
    ("2026-08", "chat", "household", "D", "sv", None, "PII card number (Luhn-valid)",
     "Kortet 4539 5770 2123 4561 drogs två gånger för samma faktura. Chatten lovade återbetalning men inget har hänt."),
    ("2026-10", "chat", "household", "P", "en", None, "PII e-mail address",
     "Great chat today! Please send the receipt to j.smith@example.org as the agent promised."),
    ("2026-08", "web", "household", "D", "sv", None, "PII IBAN (mod-97-valid)",
     "Återbetalningen av fakturan ska till SE45 5000 0000 0583 9825 7466, inte till mitt gamla konto."),
    ("2026-09", "web", "household", "N", "nb", None, "PII Norwegian IBAN (mod-97-valid) and e-mail",
     "Tilbakebetaling av regningen til NO93 8601 1117 947, takk. Kvittering til ola.nordmann@nordlys.example."),
    ("2026-08", "phone", "household", "D", "en", None, "fraud before October (not listed as critical)",
     "Someone opened a broadband contract in my name. Could be fraud, and nobody on the phone knew what to do."),
    # hostile markup the site must escape and never render
    ("2026-07", "chat", "household", "P", "sv", None, "hostile <script>",
     "Bra chatt, snabbt svar och trevlig personal! <script>alert(1)</script>"),
    ("2026-09", "web", "household", "D", "sv", None, "hostile <img onerror>",
     "Mina sidor visar bara en trasig bild <img src=x onerror=alert(1)> när jag ska logga in."),
    ("2026-10", "web", "business", "N", "sv", None, "hostile Markdown javascript: link",
     "Se fakturan här: [öppna fakturan](javascript:alert(document.cookie)) - länken i mejlet fungerar inte."),
    # Excel CSV edge cases: ';', quotes, line breaks inside one quoted field
    ("2026-07", "web", "household", "N", "sv", None, "quoted ; and \"\"",
     "Priset är okej; men fakturan kom sent. Kundtjänst sa \"vi återkommer\" och det gjorde de inte."),
    ("2026-08", "web", "business", "D", "nb", None, "quoted line break and ;",
     "Fakturaen mangler ordrenummer;\nregnskapet vårt får ikke bokført den. Ring \"økonomi\" hos oss."),
    ("2026-10", "web", "household", "P", "sv", None, "quoted line break",
     "Flyttanmälan på webben tog två minuter.\nTack, \"bästa\" elbolaget hittills!"),
    # critical: the October detractors the team must act on
    ("2026-10", "phone", "household", "D", "sv", 12, "CRITICAL fraud",
     "Någon har tecknat ett elavtal i mitt namn på en adress där jag aldrig har bott. "
     "Det är bedrägeri och ni fortsätter skicka fakturor till mig!"),
    ("2026-10", "chat", "household", "D", "nb", 19, "CRITICAL fraud",
     "Noen har opprettet et bredbåndsabonnement i mitt navn. Dette er svindel, og chatten sier bare at jeg må sende "
     "e-post."),
    ("2026-10", "web", "business", "D", "sv", 22, "CRITICAL cancellation",
     "Tredje felaktiga fakturan i rad till vårt företag. Rättas det inte den här veckan kommer vi att säga upp "
     "alla våra avtal."),
    ("2026-10", "email", "business", "D", "en", 27, "CRITICAL cancellation",
     "Two weeks without a reply to my email. If nobody calls me this week I will cancel the contract and switch "
     "supplier."),
]

CRITICAL_WORDS = ("bedräg", "svindel", "in my name", "i mitt namn", "i mitt navn", "säga upp", "säger upp",
                  "si opp", "sier opp", "cancel", "byta leverantör", "bytte leverandør", "switch supplier",
                  "switching supplier", "fraud", "scam")


def plant(rng, responses):
    taken = set()
    for month, channel, segment, group, language, day, note, text in PLANTED:
        cell = [i for i, r in enumerate(responses) if (r.month, r.channel, r.segment, r.group) ==
                (month, channel, segment, group) and i not in taken]
        i = rng.choice(cell)
        taken.add(i)
        r = responses[i]
        r.language, r.comment, r.note = language, text, note
        if day is not None:
            r.when = r.when.replace(day=day, hour=rng.randint(9, 16))
    # Only the planted comments may speak of critical matters in October.
    for i, r in enumerate(responses):
        if r.month == "2026-10" and i not in taken:
            assert not any(w in r.comment.lower() for w in CRITICAL_WORDS), r.comment


def month_edges(rng, responses):
    """Chat answers just after local midnight on the 1st: their UTC instant is still in the month before."""
    for month in MONTHS:
        chats = [r for r in responses if r.month == month and r.channel == "chat" and r.note is None]
        first, last = chats[0], chats[1]
        first.when = first.when.replace(day=1, hour=0, minute=rng.randint(5, 50))
        last_day = (first.when.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        last.when = last.when.replace(day=last_day.day, hour=23, minute=rng.randint(5, 55))


def utc(local):
    return local.replace(tzinfo=STOCKHOLM).astimezone(timezone.utc)


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
class LineCounter:
    """Tracks the physical line each CSV row starts on, for the summary."""
    def __init__(self):
        self.buffer = io.StringIO()

    def line(self):
        return self.buffer.getvalue().count("\n") + 1


QUALTRICS_COLUMNS = [
    ("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"Europe/Stockholm"}'),
    ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"Europe/Stockholm"}'),
    ("Status", "Response Type", '{"ImportId":"status"}'),
    ("Progress", "Progress", '{"ImportId":"progress"}'),
    ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
    ("Finished", "Finished", '{"ImportId":"finished"}'),
    ("RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"Europe/Stockholm"}'),
    ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
    ("UserLanguage", "User Language", '{"ImportId":"userLanguage"}'),
    ("Q_NPS", "How likely are you to recommend Nordlys to a friend or colleague?", '{"ImportId":"QID1"}'),
    ("Q_NPS_NPS_GROUP", "How likely are you to recommend Nordlys to a friend or colleague? - Group",
     '{"ImportId":"QID1_NPS_GROUP"}'),
    ("Q_Comment", "What is the main reason for your score?", '{"ImportId":"QID2_TEXT"}'),
    ("Channel", "Channel", '{"ImportId":"Channel"}'),
    ("Segment", "Segment", '{"ImportId":"Segment"}'),
]
QUALTRICS_LANGUAGE = {"sv": "SV", "nb": "NO", "en": "EN"}
NPS_GROUP = {"P": "Promoter", "N": "Passive", "D": "Detractor"}


def response_id(rng):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "R_" + "".join(rng.choice(alphabet) for _ in range(15))


def write_qualtrics(rng, responses, path, planted_lines):
    rows = [r for r in responses if r.channel in ("phone", "email")]
    # ~3 % unfinished responses: extra rows without a score, which must not count.
    unfinished = []
    for _ in range(round(len(rows) * 0.03)):
        month = rng.choice(MONTHS)
        u = Response(month, rng.choice(SEGMENTS), rng.choice(["phone", "email"]), None, None,
                     language_for(rng, "household"), local_time(rng, month), "")
        unfinished.append(u)
    out = LineCounter()
    writer = csv.writer(out.buffer, quoting=csv.QUOTE_ALL, lineterminator="\n")
    for header in range(3):
        writer.writerow([c[header] for c in QUALTRICS_COLUMNS])
    for r in sorted(rows + unfinished, key=lambda x: x.when):
        end = r.when
        start = max(end - timedelta(seconds=rng.randint(35, 540)), end.replace(hour=0, minute=0, second=0))
        finished = r.score is not None
        if r.note:
            planted_lines.append((path, out.line(), r))
        writer.writerow([
            start.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S"), "IP Address",
            100 if finished else rng.randint(10, 60), int((end - start).total_seconds()), 1 if finished else 0,
            end.strftime("%Y-%m-%d %H:%M:%S"), response_id(rng), QUALTRICS_LANGUAGE[r.language],
            r.score if finished else "", NPS_GROUP[r.group] if finished else "", r.comment, r.channel, r.segment,
        ])
    return "\ufeff" + out.buffer.getvalue(), len(rows), len(unfinished)


def write_delighted(rng, responses, path, planted_lines):
    rows = sorted((r for r in responses if r.channel == "chat"), key=lambda x: utc(x.when))
    out = LineCounter()
    out.buffer.write('"Response ID","Person ID","Email","Score","Comment","Permalink","Created At","Updated At",'
                     '"Channel","Segment","Language"\n')
    writer = csv.writer(out.buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    next_id = 58213007
    for r in rows:
        next_id += rng.randint(3, 40)
        person = rng.randint(10_000_000, 99_999_999)
        email = f"kund{person}@example.com" if r.segment == "household" else f"foretag{person}@nordlys.example"
        created = utc(r.when)
        updated = created + timedelta(seconds=rng.randint(0, 90)) if r.comment else created
        if r.note:
            planted_lines.append((path, out.line(), r))
        writer.writerow([next_id, person, email, r.score, r.comment, f"https://delighted.nordlys.example/r/{next_id}",
                         created.strftime("%Y-%m-%dT%H:%M:%SZ"), updated.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         r.channel, r.segment, r.language])
    return out.buffer.getvalue(), len(rows)


WEB_LANGUAGE = {"sv": "sv", "nb": "no", "en": "en"}
# Rows that cannot be used: (index in the sorted rows before which to insert, row). None in the
# sample, whose build must stay free of warnings; the tests' fixtures under
# src/test/resources/feedback/ carry bad rows instead.
BAD_WEB_ROWS = []


def write_web(rng, responses, path, planted_lines, bad_lines):
    rows = sorted((r for r in responses if r.channel == "web"), key=lambda x: x.when)
    out = LineCounter()
    writer = csv.writer(out.buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(["Datum", "Betyg", "Kommentar", "Kanal", "Kundsegment", "Språk"])
    bad = dict(BAD_WEB_ROWS)
    for i, r in enumerate(rows):
        if i in bad:
            bad_lines.append((path, out.line(), bad[i]))
            writer.writerow(bad[i])
        if r.note:
            planted_lines.append((path, out.line(), r))
        writer.writerow([r.when.strftime("%d.%m.%Y %H:%M"), r.score, r.comment, r.channel, r.segment,
                         WEB_LANGUAGE[r.language]])
    return out.buffer.getvalue(), len(rows)


def topics_yaml():
    def quote(word):
        return f'"{word}"' if " " in word else word
    lines = ["# Feedback topics for the exports in content/feedback/ (generated by bench/sample-feedback.py).",
             "# Keywords per language: lower-case, a trailing * matches every word that starts with it,",
             "# several words match in a row. Matching ignores case and diacritics.",
             "topics:"]
    for topic_id, critical, (en, sv, nb), keywords in TOPICS:
        lines.append(f"  - id: {topic_id}")
        if critical:
            lines.append("    critical: true")
        lines.append(f'    label: {{en: "{en}", sv: "{sv}", nb: "{nb}"}}')
        lines.append("    keywords:")
        for language in ("en", "sv", "nb"):
            lines.append(f"      {language}: [{', '.join(quote(w) for w in keywords[language])}]")
    return "\n".join(lines) + "\n"


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    feedback = os.path.join(root, "content", "feedback")
    os.makedirs(feedback, exist_ok=True)
    rng = random.Random(SEED)
    responses = generate_responses(rng)
    plant(rng, responses)
    month_edges(rng, responses)

    planted_lines, bad_lines = [], []
    files = {}
    rel = "content/feedback/"
    text, n_q, n_unfinished = write_qualtrics(rng, responses, rel + "qualtrics-support-2026.csv", planted_lines)
    files["qualtrics-support-2026.csv"] = text.encode("utf-8")
    text, n_d = write_delighted(rng, responses, rel + "delighted-chat-2026.csv", planted_lines)
    files["delighted-chat-2026.csv"] = text.encode("utf-8")
    text, n_w = write_web(rng, responses, rel + "webbenkat-2026.csv", planted_lines, bad_lines)
    files["webbenkat-2026.csv"] = text.encode("cp1252")  # strict: fails on a character Excel could not save
    for name, data in files.items():
        with open(os.path.join(feedback, name), "wb") as f:
            f.write(data)
    with open(os.path.join(root, "content", "topics.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(topics_yaml())

    commented = sum(1 for r in responses if r.comment)
    print(f"{len(responses)} responses ({commented} with a comment): qualtrics {n_q} + {n_unfinished} unfinished, "
          f"delighted {n_d}, web {n_w} + {len(bad_lines)} bad rows")
    for path, line, r in planted_lines:
        print(f"planted  {path}:{line}  {r.month} {r.channel}/{r.segment} score {r.score}  {r.note}")
    for path, line, row in bad_lines:
        print(f"bad row  {path}:{line}  {row[0]!r} score {row[1]!r}")


if __name__ == "__main__":
    main()
