"""Tags agenda items with topics: a protokol python stage (docs/python-stages.md).

For every keyword of TOPICS found in an item's title or section texts, adds an
entity of type "topic": text is the word as written, value the topic, item the
item's number, start/end the word's position in doc.text.
"""
import re

from protokol import Entity

# Topic -> Danish keywords. A keyword matches at the start of a word, so
# "skole" also finds "skolen" and "skoleområdet"; matching ignores case.
TOPICS = {
    "klima": ["klima", "CO2", "energi", "bæredygtig", "solceller", "varmeplan"],
    "skole": ["skole", "folkeskole", "elever", "undervisning", "SFO", "klasse"],
    "beskæftigelse": ["beskæftigelse", "ledige", "jobcenter", "flexjob", "lærling"],
    "ældre": ["ældre", "plejecenter", "hjemmepleje", "demens"],
    "trafik": ["trafik", "cykelsti", "parkering", "vejen", "busser"],
}

# One pattern per topic, compiled once when the script is loaded. \w is
# Unicode-aware on str, so æ, ø and å count as letters.
PATTERNS = {
    topic: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")\w*",
                      re.IGNORECASE)
    for topic, words in TOPICS.items()
}


def item_spans(doc, item):
    """(start, end) of the item's title and section texts inside doc.text."""
    spans = []
    title_at = doc.text.find(item.title, item.start, item.end) if item.title else -1
    if title_at >= 0:
        spans.append((title_at, title_at + len(item.title)))
    for section in item.sections:
        spans.append((section.start, section.end))
    return spans


def process(doc):
    for item in doc.items:
        seen = set()  # a section's span can contain the title again
        for start, end in item_spans(doc, item):
            for topic, pattern in PATTERNS.items():
                for match in pattern.finditer(doc.text, start, end):
                    if match.span() in seen:
                        continue
                    seen.add(match.span())
                    doc.entities.append(Entity(type="topic", text=match.group(), value=topic,
                                               item=item.number, start=match.start(),
                                               end=match.end()))
