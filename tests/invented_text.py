"""Long invented news text: varied sentences about invented people in real, well-known places.

Used by the tests that check the work grows linearly with the article, and by ``make bench``'s
long-article case. Seeded, so the same call always gives the same text; no corpus text.
"""
from __future__ import annotations

import random

GIVEN = ["Ana", "Tom", "Li", "Kofi", "Maria", "Jonas", "Amara", "Pavel", "Ines", "Rafael", "Nadia", "Oskar",
         "Leila", "Marco", "Sofia", "Erik", "Yusuf", "Hanna", "Diego", "Mira"]
FAMILY = ["Ruiz", "Berg", "Wei", "Mensah", "Lindqvist", "Okafor", "Novak", "Duarte", "Halvorsen", "Castell",
          "Brandt", "Moreau", "Varga", "Keller", "Santos", "Aalto", "Demir", "Fischer", "Ortega", "Petrov"]
TITLES = ["Foreign Minister", "Prime Minister", "President", "Defence Minister", "Ambassador", "Senator",
          "Finance Minister", "Secretary-General"]
CITIES = ["Lisbon", "Oslo", "Geneva", "Vienna", "Brussels", "Warsaw", "Nairobi", "Ottawa", "Madrid", "Helsinki",
          "Prague", "Dublin", "Lima", "Hanoi", "Accra", "Tbilisi"]
COUNTRIES = ["Norway", "Portugal", "Kenya", "Canada", "Finland", "Ghana", "Peru", "Poland", "Ireland", "Chile"]
ORGS = ["the United Nations", "NATO", "the European Union", "the World Bank", "the African Union"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["trade", "energy prices", "the border dispute", "water rights", "fishing quotas", "grain exports",
          "a ceasefire", "debt relief", "rail links", "refugee aid"]
QUOTES = ["We made real progress today and we will meet again soon",
          "Nobody here wants this dispute to go on for another winter",
          "The proposal on {topic} is a good start but it is not enough",
          "I told my counterpart that our door remains open",
          "These talks were frank, long and, in the end, useful",
          "We expect an answer on {topic} before the end of the month"]
SENTENCES = [
    "{title} {name} met {title2} {name2} in {city} on {day}.",
    '"{quote}," {name} said.',
    "{surname} said on {day} that talks on {topic} with {country} would resume in {city}.",
    "{pronoun} added that {n} delegates had attended the summit in {city}.",
    "{org} said in a statement that it would send envoys to {city} on {day}.",
    '{name}, the {title_lower} of {country}, told reporters in {city}: "{quote}."',
    "The two sides will hold talks in {city} on {day}, a spokesman for {org} said.",
    "{name} spoke by phone with {name2} on {day} about {topic}.",
    "Officials in {city} declined to comment on the report about {topic}.",
    "{surname} and {surname2} are expected to sign an agreement on {topic} in {city} next week.",
]


def _person(rng: random.Random) -> tuple[str, str]:
    """An invented full name and its surname."""
    family = rng.choice(FAMILY)
    return f"{rng.choice(GIVEN)} {family}", family


def sentence(rng: random.Random) -> str:
    """One invented news sentence."""
    (name, surname), (name2, surname2) = _person(rng), _person(rng)
    title = rng.choice(TITLES)
    topic = rng.choice(TOPICS)
    return rng.choice(SENTENCES).format(
        title=title, title2=rng.choice(TITLES), title_lower=title.lower(), name=name, name2=name2,
        surname=surname, surname2=surname2, city=rng.choice(CITIES), country=rng.choice(COUNTRIES),
        org=rng.choice(ORGS), day=rng.choice(DAYS), topic=topic, n=rng.randint(12, 400),
        pronoun=rng.choice(["He", "She"]), quote=rng.choice(QUOTES).format(topic=topic))


def paragraphs(count: int, seed: int = 7) -> list[str]:
    """``count`` invented paragraphs of two to four sentences each."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        text = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
        out.append(text[:1].upper() + text[1:])
    return out
