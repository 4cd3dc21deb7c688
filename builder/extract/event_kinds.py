"""The kinds of happening the event stage knows, the words that trigger each, and their labels."""
from __future__ import annotations

# Trigger lemma -> event kind. Nouns and verbs.
TRIGGERS = {
    "talk": "talks", "negotiation": "talks", "consultation": "talks", "dialogue": None,
    "meeting": "meeting", "meet": "meeting", "session": "meeting", "council": None,
    "summit": "summit",
    "call": "call", "phone": "call", "telephone": "call", "videoconference": "call",
    "interview": "interview",
    "conference": "conference", "briefing": "conference", "forum": "conference",
    "visit": "visit", "trip": "visit", "travel": "visit",
    "release": "announcement", "publish": "announcement", "announce": "announcement", "unveil": "announcement",
    "put": "announcement",
    "hand": "announcement", "submit": "announcement", "present": "announcement", "deliver": "announcement",
    "sign": "signing", "agreement": None,
    "vote": "vote", "election": "election", "speech": "speech", "address": None,
    "invade": "attack", "invasion": None, "attack": None, "strike": None, "annex": "annexation", "annexation": "annexation",
    "sanction": None, "impose": "sanctions",
    # Diplomatic phrasing for a call or a meeting: "spoke today with President X", "hosted X at the
    # White House", "welcomed X to Paris", "received X in the Kremlin", "a conversation with X".
    "speak": "call", "conversation": "call", "host": "meeting", "welcome": "meeting", "receive": "meeting",
    "sit": "talks", "gather": "meeting", "convene": "meeting",
    # "launched an invasion", "recognised the independence of X".
    "launch": "attack", "recognize": "recognition", "recognise": "recognition",
    # Sanctions imposed or announced, and military exercises ("joint drills", "naval exercises").
    "slap": "sanctions", "drill": "exercise", "exercise": "exercise", "manoeuvre": "exercise", "maneuver": "exercise",
}


KIND_FAMILY = {"talks": "talks", "meeting": "talks", "summit": "talks", "conference": "talks", "consultation": "talks",
               "call": "call", "interview": "interview", "announcement": "announcement", "visit": "visit",
               "signing": "signing", "vote": "vote", "election": "election", "speech": "speech", "attack": "attack",
               "annexation": "annexation", "recognition": "recognition", "sanctions": "sanctions",
               "exercise": "exercise"}


KIND_LABEL = {"talks": "Talks", "meeting": "Meeting", "summit": "Summit", "call": "Phone call",
              "interview": "Interview", "conference": "News conference", "announcement": "Announcement",
              "visit": "Visit", "signing": "Signing", "vote": "Vote", "election": "Election",
              "speech": "Speech", "attack": "Attack", "annexation": "Annexation",
              "recognition": "Recognition", "sanctions": "Sanctions", "exercise": "Military exercise"}
