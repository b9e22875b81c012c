"""What a change is about: the everyday behaviours people change, the change's own words, the
markers of less of a behaviour, and which way a mention of a behaviour points.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from change_journal.change_talk.patterns import (
    _AMOUNT_WORD,
    _DAY_NAME,
    _ONE_TO_TEN,
    _alt,
    _amount,
    _words,
)

# Everyday behaviours people change: the words naming doing it, the usual direction of the
# change (-1: do less of it, +1: do more of it), words for the other side ("sober", "the sofa"),
# and hints that map a stated change to the behaviour.
_FAMILIES: dict[str, tuple[str, int, str, str]] = {
    # Drinking water is the other side, not the habit ("drank loads of water today").
    "alcohol": (r"(?:drink\w*|drank|drunk)(?! (?:\w+ ){0,2}?(?:water|squash|juice|milk|soft drinks?"
                r"|lime and soda|mocktails?|alcohol free|zero))|alcohol|booze|beers?"
                r"|wine|wines|liquor|vodkas?|whiske?ys?|gins?|ciders?|lagers?|tequila|prosecco"
                r"|proseccos|champagne|spirits|pints?|pubs?|glass(?:es)?"
                r"|bottles?|binge\w*", -1,
                r"sober\w*|dry (?:days?|nights?|weeks?|weekdays?|weekends?|month|january|spells?)"
                # "Dry all week", "dry since Monday", "dry on Tuesday" (not "dry skin").
                rf"|dry(?= (?:all|every|most|the whole|since|for|till|until|this|last|on|\d"
                rf"|{_DAY_NAME})\b)"
                r"|(?:kept|keep\w*|stay\w*|been|went|gone|go|going) (?:\w+ ){0,4}?dry"
                r"|(?:fizzy |sparkling )?water"
                r"|soft drinks?|lime and soda|mocktails?|alcohol free(?: \w+)?|non alcoholic(?: \w+)?"
                r"|low alcohol(?: \w+)?|(?:ginger|root) (?:beers?|ales?)|zero (?:beers?|wine)",
                r"(?<!energy )(?<!fizzy )(?<!soft )drink|alcohol|beer|wine|booze|sober|\bdry\b"),
    "smoking": (r"smok\w*|cigarettes?|cigs?|cigars?|tobacco|vap\w*|nicotine(?! (?:gum|patch\w*"
                r"|lozenges?|sprays?|replacement|free))|fags?|roll ups?|rollies|packs?",
                -1, r"patch\w*|nicotine (?:gum|patch\w*|lozenges?|sprays?|replacement)"
                r"|nicotine free(?: \w+)?|nrt|lozenges?",
                r"smok|cig|fag|rollie|tobacco|vap|nicotine|snus|\bdip\b|pouch"),
    "drugs": (r"drugs?|weed|marijuana|cannabis|cocaine|heroin|meth|stoned", -1,
              r"clean", r"drug|weed|cannabis|marijuana|cocaine|heroin|meth|opioid"),
    "caffeine": (r"coffees?|caffeine|espressos?|lattes?|cappuccinos?|americanos?|flat whites?",
                 -1, r"decaf\w*", r"coffee|caffeine|espresso|latte|cappuccino|decaf"),
    "energy drinks": (r"energy drinks?|monsters?|red ?bulls?|relentless|rockstars?", -1, r"",
                      r"energy drink|monster|red ?bull|relentless|rockstar"),
    "gambling": (r"gambl\w*|bet|bets|betting|casino|slots?|poker|lottery|punts?|punting|flutters?"
                 r"|stak(?:e|es|ed|ing)|fruit machines?", -1, r"",
                 r"gambl|betting|casino|poker|\bbets?\b|fruit machine"),
    "eating": (r"junk(?: food)?|takeaways?|take outs?|fast food|snack\w*|sweets|sugar\w*"
               r"|chocolate|crisps|biscuits|cookies|cakes?|desserts?|overeat\w*"
               r"|deliver(?:y|ies)|order\w* in|deliveroo|uber ?eats|just eat|chippy|kebabs?"
               r"|pizzas?|pastr(?:y|ies)", -1,
               r"vegetables|veg|fruit|salads?|healthy (?:food|meals?|eating)|home cooked"
               r"|cook\w*|(?:proper|actual|real|regular|decent|square) (?:meals?|dinners?"
               r"|lunch(?:es)?|breakfasts?)",
               r"eat|food|diet|weight|sugar|snack|meal|cook|junk"),
    "screen": (r"phones?|screens?|scroll\w*|social media|instagram|tiktok|youtube|netflix|tv"
               r"|telly|gaming|games|gamed|online", -1, r"read\w*|books?|offline",
               r"phone|screen|scroll|social media|gaming|tv|online|news"),
    "sleep": (r"sleep(?!y|iness)\w*|slept|asleep|bedtime|lights out|bed (?:earlier|by|at|before)"
              r"|early nights?", 1,
              r"(?:stay\w*|up) (?:up )?late|late nights?|up till \w+",
              r"sleep|bed (?:by|at|before|earlier)|early nights?|rest\b|stay\w* up|up (?:till|until)"
              r"|late nights?"),
    "exercise": (r"exercis\w*|gym|work(?:ing)? out|workouts?|walk\w*"
                 r"|(?:run|runs|running|ran)(?! (?:out|over|late|into|low|short|errands?)\b)"
                 r"|jog\w*|swim\w*|active|fit|fitter|fitness|sports?|bikes?|cycl\w*|rides|training"
                 r"|yoga|classes|steps|mov(?:e|ing)", 1, r"sofa|the couch|sitting around",
                 r"exercis|activ|gym|walk|run|fit|sport|moving|move|yoga|swim|cycl|train|strength"
                 r"|weights|lift|bike|biking|pilates|hik(?:e|ing)|rowing|boulder|climb"),
    "medication": (r"medic\w*|meds|pills?|tablets?|inhaler|insulin|treatment|appointments?"
                   r"|check ups?", 1, r"", r"medic|inhaler|insulin|treatment|tablet|pill"),
    "study": (r"study|studying|studies|homework|assignments?|coursework|revis(?:e|ing|ion)"
              r"|degree|course|thesis|dissertation", 1,
              r"", r"stud|school|college|degree|course|learn|exam"),
}
# Read only in a change that names them: coffee is what many people have instead of a drink or
# an energy drink ("I'll have a coffee at 3 instead"), and a can of Monster is read as one only
# where the change is about them.
_NAMED_ONLY = frozenset({"caffeine", "energy drinks"})
# A state a change may be named by, against a habit ("Stay sober", "Dry weekdays").
_STATE = re.compile(r"sober\w*|dry|clean|teetotal|abstinent")
# Renouncing a habit, which ends it: "skip the brunches", "give the pokies a miss", "kick the
# habit", "knock the coke on the head" (not "don't skip my walk", "skip rope", "kick a ball").
_RENOUNCING = (r"(?<!not )(?<!n[’']t )(?<!never )(?<!no )skip\w*(?! rope)"
               r"|kick(?! (?:a|the) (?:ball|football))"
               r"|steer clear|stay away|lay off|say no to|giv\w* (?:\w+ ){1,3}a miss"
               r"|knock\w* (?:\w+ ){1,4}on the head")
# "free" after what a change is free of: "smoke free" (each a look-behind of its own width).
_FREE_OF = "|".join(f"(?<={w} )free" for w in ("smoke", "smoking", "alcohol", "booze", "drink",
                                                "sugar", "caffeine", "screen", "phone", "debt",
                                                "nicotine", "vape", "vaping", "gambling", "junk"))
_LESS_HINT = re.compile(r"^\s*(?:not|no|never|don[’']?t|do not)\b"
                        r"(?! (?:\w+ )?(?:skip|miss|forget|leav|lapse|drop"
                        r"|break|fall|slip|stop|quit|giv\w* up|cav|bail|flak)\w*)"
                        r"|\b(?:less|fewer|down to|quit\w*|stop\w*|reduc\w*|cut\w*|avoid\w*|no more"
                        r"|lower\w*|giv\w* up|without|lose|losing|loss|cessation|limit\w*"
                        # Free of a habit: "smoke free", "alcohol-free" (not "the free
                        # weights", "our free gym membership", "for free")
                        rf"|{_FREE_OF}"
                        r"|off|pack\w* in|break from|only|at most|cap|caps|capp\w*|ditch\w*"
                        rf"|{_RENOUNCING}|resist\w*"
                        r"|drop(?! (?:off|in|by|the kids|the children))|bin|ban|pass on|ease off)\b"
                        # "max" of an amount ("max 3", "two a day max"), not "max out my pension"
                        rf"|\bmax(?:imum)? (?:{_AMOUNT_WORD})\b"
                        rf"|\b(?:{_AMOUNT_WORD})\b(?: [\w/]+){{0,4}} max(?:imum)?\b", re.I)
# A change named by taking the habit away, its first word: "delete instagram", "uninstall the
# rummy app" (not "see friends instead of cancelling on them").
# A debt paid off ("pay off the card", "pay the loan off") is more paid, not less.
_PAY_OFF = re.compile(r"\bpa(?:y|ys|id|ying)\b((?: \w+){0,3}?) off\b")
_TAKEN_AWAY = re.compile(r"^\s*(?:delet|uninstall|unsubscrib|unfollow|cancel)\w*\b")
# Of a change to do less, a "more" word that is the habit itself: "stop checking my bank app".
_WATCHING = re.compile(r"(?:check|monitor|refresh|record)")
_MORE_HINT = re.compile(r"\b(?:more|start\w*|increas\w*|finish\w*|tak\w*|follow\w*|build\w*"
                        r"|(?:check|test|monitor|measur|record)(?:s|es|ed|d|ing|e)?"
                        r"|improv\w*|regular\w*|better|earlier|healthy|healthier|enough)\b",
                        re.I)


@dataclass(frozen=True)
class _Behaviours:
    """The behaviours a change is about, in tiers searched in order: the change's own words,
    its families' words, every common behaviour, general verbs. Within a tier the earliest
    mention wins; each alternative (group) has a direction (-1: do less, +1: do more)."""

    tiers: tuple[tuple[re.Pattern[str], tuple[int, ...]], ...]
    direction: int
    """Of doing the change's own behaviour: -1 when the change is to do less, +1 to do more."""
    own: int = 0
    """How many of the tiers are the stated change's own words (the rest: any behaviour)."""
    apart: bool = False
    """The stated change names no common behaviour ("Wear the hearing aids", "Save money"): a
    habit it mentions in passing is not its status quo (see :class:`_Direction`)."""
    habit_direction: int = 0
    """Of a change named by a state against a habit ("Stay sober", "Dry weekdays"): the
    direction of doing the habit (-1), which "without one" goes without; 0 for other changes."""
    limit: float | None = None
    """The most of its behaviour a change to do less allows, when it names one ("only 2 pints",
    "two coffees a day max", "cut to 5 a day"): as much or less is the change kept."""
    limit_unit: str = ""
    """What :attr:`limit` counts, as :func:`unit_of` names it ("pint", "minutes"; "" if
    unsaid)."""
    stops: bool = False
    """The change ends its habit ("quit smoking", "no keno at the pub", "Don't ..."): any of the
    habit since is a lapse, where a change to do less ("cut down on takeaways") may allow some."""


# The number a change to do less allows, and what it counts: "only 2 pints", "max one bottle",
# "cut to 5 a day", "cap gaming at two hours", "two coffees a day max" (not a length of time
# the change runs for: "30 days only", "up to 31 days"; nor any number of a change to stop).
_LIMIT = re.compile(rf"\b(?:only|max|maximum|at most|no more than|not more than|under|up to"
                    rf"|(?:cut\w*|down|limit\w*|cap\w*|keep\w*|stick\w*)(?: \w+){{0,3}}? (?:to|at))"
                    rf" (?P<n>{_AMOUNT_WORD})\b(?: (?P<n_unit>[a-z]+))?"
                    rf"|\b(?P<m>{_AMOUNT_WORD})(?: ?(?P<m_unit>[a-z]+))? (?:\w+ ){{0,4}}?"
                    r"(?:max|maximum|only|at most|tops)\b")
_SPAN_UNITS = frozenset({"day", "days", "week", "weeks", "wk", "wks", "month", "months", "year",
                         "years", "night", "nights", "time", "times"})
_STOPPING_CHANGE = re.compile(rf"\b(?:quit\w*|stop\w*|give up|giving up|pack\w* in|no more"
                              rf"|{_RENOUNCING})\b(?! than)")
# A change that ends a habit only some of the time, or above a count: "no wine on weeknights",
# "no takeaways more than once a week" (what is had on a Saturday may be kept to it).
_SOME_OF_THE_TIME = re.compile(rf"\b(?:week ?nights?|week ?days?|weekends?|school nights?"
                               rf"|work ?nights?|work ?days?|{_DAY_NAME}|after \d|before \d"
                               r"|more than|than once|a week|per (?:week|day)"
                               r"|on (?:shift|nights?|the \w+))\b")
# A change named by what it rules out: "no keno at the pub", "never on a work night", "Don't
# ..." (not "no more than 3", which names a limit).
_NAMED_AGAINST = re.compile(r"\s*(?:no|not|never|don[’']?t|do not)\b(?! (?:more|less) than)")


# Verbs too general to name a side on their own: "eat" is read only if nothing else is named
# ("eat more vegetables" is about the vegetables).
_GENERAL: dict[str, tuple[str, int]] = {"eating": (r"eat\w*|ate", -1)}


def _family(name: str) -> list[tuple[str, int]]:
    doing, direction, other_side, _ = _FAMILIES[name]
    return [(doing, direction), *([(other_side, -direction)] if other_side else [])]


def _combined(parts: list[tuple[str, int]]) -> tuple[re.Pattern[str], tuple[int, ...]]:
    """One pattern whose n-th group is the n-th part: the earliest mention wins."""
    return (re.compile(r"\b(?:" + "|".join(f"({p})" for p, _ in parts) + r")\b"),
            tuple(d for _, d in parts))


_CIRCUMSTANCE = re.compile(r"\b(?:in|at|on|by|before|after|during|with|when|from|until|till"
                          r"|every|each|per)\b")
# Words of a stated change that say nothing of what is done.
_FUNCTION_WORDS = frozenset({"the", "and", "for", "get", "got", "one", "out", "all", "day", "per",
                             "not", "any", "way", "its", "own", "our", "his", "her", "try", "use",
                             "make", "keep", "going", "less", "more", "some", "much", "stay",
                             "hours", "hour", "week", "bit", "lot", "new", "can", "job", "myself",
                             "life", "things", "thing", "habit", "habits", "better", "healthy",
                             "healthier", "change", "changes", "reduce", "reducing", "want", "don",
                             "again", "anymore", "instead", "also", "just", "only", "even", "too",
                             "still", "ever", "really", "properly", "regularly", "often", "always",
                             "usually", "soon", "now", "are", "was", "were", "has", "had",
                             "been", "did", "does", "will", "would", "could", "should",
                             "actually", "definitely", "finally", "least", "free"})
# Words of a stated change that name when or how much, not what.
_NOT_OWN = frozenset({"night", "nights", "week", "weeks", "weekend", "weekends", "weekday",
                      "weekdays", "morning", "mornings", "evening", "evenings", "during", "time",
                      "times", "every", "each", "twice", "once", "hours", "after", "before",
                      "with", "from", "into", "about", "than", "them", "that", "this", "have",
                      "back", "home", "work", "days", "daily", "month", "year",
                      *(f"{day}{s}" for day in ("monday", "tuesday", "wednesday", "thursday",
                                                "friday", "saturday", "sunday", "mon", "tue",
                                                "tues", "wed", "weds", "thu", "thur", "thurs",
                                                "fri", "sat") for s in ("", "s"))})


# Past forms of common irregular verbs, so "Leave the office by six" reads "left at 6:05".
_IRREGULAR = {"leave": "left", "go": "went|gone", "eat": "ate|eaten", "drink": "drank|drunk",
              "take": "took|taken", "sleep": "slept", "run": "ran", "swim": "swam", "get": "got",
              "buy": "bought", "keep": "kept", "write": "wrote|written", "ring": "rang|rung",
              "spend": "spent", "bite": "bit|bitten", "make": "made", "pay": "paid",
              "wake": "woke", "sit": "sat", "stand": "stood", "feel": "felt", "lose": "lost",
              "shout": "shouted", "throw": "threw|thrown", "give": "gave|given", "hit": "hit",
              "wear": "wore|worn", "bring": "brought", "drive": "drove|driven", "ride": "rode|ridden",
              "fly": "flew|flown", "swear": "swore|sworn", "forget": "forgot|forgotten",
              "sell": "sold", "send": "sent", "hold": "held", "stick": "stuck", "fight": "fought",
              "feed": "fed", "speak": "spoke|spoken", "win": "won", "hide": "hid|hidden"}


def _inflected(word: str, alone: bool = True) -> str:
    """A pattern for a change's own word in any form: "call" -> "call|calls|called|calling";
    a long one by its first letters. A verb named in its "-ing" form is read in its other forms
    too ("yelling": "yell", "yells", "yelled"; "napping": "napped"; "buying": "bought"), unless
    it is too common to name a habit ("looking", "putting"); a stem that is an everyday word
    ("text", "pick") only as a verb ("texted", "didn't text"), and only when the change names
    nothing after it (``alone``: not "picking fights", whose "picked a film" is no fight)."""
    short = len(word) < 5  # a short word with its endings, a long one by its first letters
    last = re.escape(word[-1])
    forms = [re.escape(word) + rf"(?:s|es|ed|d|ing|{last}ed|{last}ing)?" if short
             else re.escape(word[:5]) + r"\w*", _IRREGULAR.get(word, "")]
    if word.endswith("ing") and len(word) > 5:
        base = word[:-3]
        doubled = len(base) > 2 and base[-1] == base[-2] and base[-1] not in "aeioulsfz"
        base = base[:-1] if doubled else base  # "betting" -> "bet", "napping" -> "nap"
        if base not in _COMMON_VERBS and base + "e" not in _COMMON_VERBS:
            last = re.escape(base[-1])  # the stem's own last letter, doubled: "napped"
            # "yell", "yells", "yelled", "nag", "napped", "smoke(s|d)" (from "smok").
            ending = rf"(?:e|s|es|ed|d|{last}ed|{last}ing)?"
            if base not in _EVERYDAY_WORDS:
                forms.append(re.escape(base) + ending)
            elif alone:  # "texted", "didn't text": the verb, whatever else the stem names
                forms.append(re.escape(base) + rf"(?:ed|d|{last}ed)")
                forms.append(rf"(?<=not ){re.escape(base)}|(?<=never ){re.escape(base)}")
            past = _IRREGULAR.get(base) or _IRREGULAR.get(base + "e") or ""
            forms += [f for f in past.split("|") if f and f not in _EVERYDAY_WORDS]
    return "|".join(filter(None, forms))


def _names_nothing_after(word: str, what: str) -> bool:
    """Whether the words of a change after ``word`` name nothing done to ("picking fights",
    "texting my ex" name what; "the late night texting", "staying up for the games" do not)."""
    rest = what.split(word, 1)[1].split() if word in what else []
    rest = rest[:next((n for n, w in enumerate(rest) if w in _PREPOSITIONS), len(rest))]
    return not [w for w in rest if len(w) > 1 and w not in _FUNCTION_WORDS and w not in _NOT_OWN
                and w not in _PARTICLES_AND_DETERMINERS]


# Where what a verb is done to ends: "staying up for the games", "picking through service".
_PREPOSITIONS = frozenset({"for", "through", "to", "into", "at", "with", "during", "while"})
# Words after a verb that name nothing done to: its particle, a determiner, how much or when.
_PARTICLES_AND_DETERMINERS = frozenset({"up", "in", "out", "off", "down", "over", "on", "around",
                                        "about", "away", "back", "my", "me", "the", "an", "so",
                                        "much", "many", "late", "early"})
# A verb named in its "-ing" form with its particle: "staying up", "going out", "giving in".
_PHRASAL = re.compile(r"\b([a-z]{2,})ing (up|in|out|off|down|over|on|around|about|away|back)\b")


def _phrasal(what: str) -> list[str]:
    """Patterns for a change's phrasal verbs in any form, when nothing is named after them:
    "staying up" -> "stay", "stays", "stayed", "staying" with "up" (the particle makes even a
    common verb the habit's; "picking up takeaways" is about the takeaways)."""
    patterns = []
    for m in _PHRASAL.finditer(what):
        if _STOP.match(m.group()) or _LESS_HINT.search(m.group()) or _MORE_HINT.search(m.group()):
            continue  # "cutting down", "giving up": how much, not what
        if not _names_nothing_after(m.group(), what):
            continue  # "picking up takeaways": what is picked up names it, not "picked up"
        base, particle = m.groups()
        if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "aeioulsfz":
            base = base[:-1]  # "getting" -> "get", "sitting" -> "sit"
        last = re.escape(base[-1])
        past = _IRREGULAR.get(base) or _IRREGULAR.get(base + "e") or ""
        forms = "|".join(filter(None, [rf"{re.escape(base)}(?:e|s|es|ed|d|{last}ed|{last}ing)?",
                                       *past.split("|")]))
        patterns.append(rf"(?:{forms}) {particle}")
    return patterns


# Verbs too common to name a habit by their past ("looked after the kids", "put the washing on").
_COMMON_VERBS = frozenset({"look", "work", "put", "get", "go", "do", "make", "take", "have",
                           "keep", "come", "see", "use", "try", "feel", "sit", "stand", "stay",
                           "let", "say", "give", "find", "think", "know", "want", "need"})
# Stems and past forms that are everyday words too ("a bit better", "went to the shops").
_EVERYDAY_WORDS = frozenset({"bit", "left", "felt", "got", "shop", "work", "run", "bite", "pick",
                            "text", "game", "date", "cycle", "walk", "watch", "check"})


# A meal named as what the change does is eaten more: "Eat breakfast", "Have lunch away from my
# desk" (not "No eating between meals").
_MEAL = re.compile(r"^(?:\w+ )?(?:eat|eating|have|having|cook|cooking|make|making)(?: (?:a|an|my"
                   r"|proper|real|regular|decent|healthy|sit down|actual|full|square|three|3|two"
                   r"|2)){0,2} (?:breakfasts?|lunch(?:es)?|dinners?|suppers?|meals?)\b")


# What joins a bare noun to the one before it in a list ("less tea and coffee"; not "1hr/day"),
# and the amounts it shares (not a verb's: "quit smoking and meditate").
_LISTING = frozenset({",", "&", " and ", " or "})
_AMOUNT_HINT = re.compile(r"\b(?:less|fewer|more|no more|cut (?:down|back) on)\b")


# A part of a stated change after a comma that says why, a clause of its own: "..., the payments
# are killing me", "..., because mornings are hell".
_WHY_TOLD = re.compile(r"\s*(?:(?:because|cos|coz|since)\b|(?:the |my |our |it |its |they "
                       r"|this |that |he |she )?\w+(?: \w+)? (?:is|are|was|were|has been"
                       r"|have been)\b)")

# A remark in brackets in a stated change: "(WFH is turning me into a hermit)".
_BRACKETS = re.compile(r"\(([^()]*)\)")
# Money or time spent on something, which is what the change is about: "stop blowing my savings
# on concert tickets", "less money wasted on takeaways".
_SPENT_ON = re.compile(r"\b(?:spend\w*|spent|blow\w*(?! up)|blew(?! up)|wast\w*|splurg\w*"
                       r"|splash\w*)\b(?: \w+){0,3}? on (?!(?:my |the |our |his |her )?(?:kids?"
                       r"|children|partner|wife|husband|family|mum|mom|dad|friends?|girlfriend"
                       r"|boyfriend|son|daughter|grandkids|myself|me|them|him|her)\b)(?P<what>.+)")


@lru_cache(maxsize=64)
def _targets(change: str | None) -> _Behaviours:
    """The stated change's behaviours, and every common behaviour as a fallback."""
    own_words: list[tuple[str, int]] = []
    stated: list[tuple[str, int]] = []
    own_extra: list[tuple[str, int]] = []
    previous = 0  # the direction stated in the part before: "less tea and coffee"
    habit_direction = 0  # of the habit a change is named against by a state ("stay sober")
    # A remark in brackets that says why is no part of what is done: "go into the office twice a
    # week (WFH is turning me into a hermit)".
    stated_change = _BRACKETS.sub(lambda m: "" if _WHY_TOLD.match(m[1]) else m[0], change or "")
    pieces = re.split(r"([;/+]|[,&]| and | or )", stated_change.lower().replace("-", " "))
    for part, joined in zip(pieces[::2], ["", *pieces[1::2]], strict=True):
        if joined in {",", ";"} and _WHY_TOLD.match(part):
            continue  # "sell the truck, the payments are killing me": why, not what
        # Which way is told outside any remark in brackets: "close all my tabs every friday
        # (stop saving everything for later)" is to close them.
        said = _BRACKETS.sub(" ", part).strip() or part
        stated_direction = (-1 if _LESS_HINT.search(_PAY_OFF.sub(r"pay\1", said))
                            or _TAKEN_AWAY.match(said)
                            else 1 if _MORE_HINT.search(said) else 0)
        names = [n for n, (_, _, _, hint) in _FAMILIES.items() if re.search(hint, part)]
        if (not (stated_direction or names) and joined in _LISTING and len(part.split()) <= 2
                and not re.search(r"\d", part)):
            stated_direction = previous  # a bare noun shares the amount before it ("and coffee")
        previous = stated_direction if _AMOUNT_HINT.search(part) else 0
        # Content words no family names: the whole change ("finish my thesis"), or what a
        # change names against its family's usual direction ("drink more water").
        # What is done, not where or when: "Stop scrolling in bed" is about the scrolling.
        what = _CIRCUMSTANCE.split(part, maxsplit=1)[0]
        spent_on = _SPENT_ON.search(part)
        if spent_on:  # "stop blowing my savings on concert tickets": the tickets too
            what += " " + _CIRCUMSTANCE.split(spent_on["what"], maxsplit=1)[0]
        phrasal = _phrasal(what)
        taken_away = _TAKEN_AWAY.match(what)
        own = [w for w in re.findall(r"[a-z]{3,}", what[taken_away.end() if taken_away else 0:])
               if not _LESS_HINT.search(w) and w not in _NOT_OWN
               and not (_MORE_HINT.search(w) and not (stated_direction < 0 and _WATCHING.match(w)))
               and w not in _FUNCTION_WORDS
               and not any(re.fullmatch(_FAMILIES[n][0], w) for n in names)]
        if not stated_direction and own and not any(
                re.search(rf"\b(?:{_FAMILIES[n][0]})\b", part) for n in names):
            # Named by what is done instead of the habit ("Cooking at home", "Eating vegetables"):
            # the change is to do more of it.
            state = any(_STATE.fullmatch(w) for w in own)
            against = next((-_FAMILIES[n][1] for n in names if state or _FAMILIES[n][2]
                            and any(re.fullmatch(_FAMILIES[n][2], w) for w in own)), 0)
            stated_direction = 1 if _MEAL.search(part) else against
            if state and not habit_direction:  # the first part's habit: "stay sober and ..."
                habit_direction = -against
        clash = any(stated_direction and stated_direction != _FAMILIES[n][1] for n in names)
        if own or phrasal:
            # The change's own words ("Go to bed by 11": bed) name its behaviour in any topic;
            # after the families' words unless the change goes against its family.
            # A family named only where or when ("bolus every meal") gives no direction.
            named = [n for n in names if re.search(_FAMILIES[n][3], what)]
            pattern = ("|".join([*phrasal, *(_inflected(w, _names_nothing_after(w, what))
                                             for w in own)]),
                       stated_direction or (_FAMILIES[named[0]][1] if named else 1))
            (own_words if clash or not names else own_extra).append(pattern)
        for name in names:
            stated += _family(name)
    common = [p for name in _FAMILIES if name not in _NAMED_ONLY for p in _family(name)]
    tiers = [_combined(parts) for parts in (own_words, stated, own_extra, common,
                                            list(_GENERAL.values())) if parts]
    lowered = (change or "").lower()
    apart = bool(own_words) and not (stated or own_extra) and not any(
        re.search(rf"\b(?:{doing})\b", lowered) for doing, *_ in _FAMILIES.values())
    direction = (own_words or stated or common)[0][1]
    limited = (_LIMIT.search(lowered) if direction < 0 and not _STOPPING_CHANGE.search(lowered)
               else None)
    unit = unit_of((limited["n_unit"] or limited["m_unit"] or "") if limited else "")
    if limited and unit in _SPAN_UNITS:
        limited = None  # "30 days only": how long, not how much
    stops = (direction < 0 and not limited and not _SOME_OF_THE_TIME.search(lowered)
             and bool(_STOPPING_CHANGE.search(lowered) or _NAMED_AGAINST.match(lowered)))
    return _Behaviours(tuple(tiers), direction,
                       sum(bool(x) for x in (own_words, stated, own_extra)), apart,
                       habit_direction,
                       _amount(limited["n"] or limited["m"]) if limited else None,
                       unit if limited else "", stops)


_TIME_UNITS = {"min": "minutes", "mins": "minutes", "minute": "minutes", "minutes": "minutes",
               "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours", "h": "hours"}


def unit_of(word: str) -> str:
    """What an amount counts, one name per unit: "hours" for "hr"/"hrs"/"hour", "pint" for
    "pints" (a plural's "s" dropped), "" for none."""
    word = word.lower()
    if word in _TIME_UNITS:
        return _TIME_UNITS[word]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


# Markers of less of a behaviour: before it ("quit smoking", "no more than two glasses",
# "without a drink") or after it ("drink less").
_CLOCK = rf"(?:{_ONE_TO_TEN}|eleven|twelve|midnight|half|quarter)"
_STOP_VERBS = (
    r"quit\w*", r"stop\w*", r"give up", r"giving up", r"gave up", r"given up",
    r"cut\w* (?:\w+ )?(?:down|back|out|off)", r"cut\w*", r"reduc\w*", r"decreas\w*",
    r"lower\w*", r"limit\w*", r"avoid\w*", r"lay off", r"kick\w*", r"break\w* the habit",
    r"get rid of", r"got rid of", r"pour\w* (?:\w+ )?(?:out|away)", r"threw (?:\w+ )?(?:out|away)",
    r"(?:threw|thrown|chucked|put) (?:\w+ ){1,3}in(?:to)? the bin", r"bin(?:ned|ning|s)?",
    r"chuck\w* (?:\w+ )?(?:out|away)", r"ditch\w*",
    r"throw\w* (?:\w+ )?(?:out|away)", r"stay\w* away from", r"stay\w* off", r"get off",
    r"come off", r"abstain\w*", r"skip\w*", r"miss\w*", r"wean\w*", r"slow\w* down",
    r"moderat\w*", r"switch\w* (?:off|from)", r"turn\w* off", r"put\w* (?:\w+ )?(?:down|away)",
    r"delet\w*", r"swap\w*", r"replac\w*", r"less", r"fewer", r"no more", r"free (?:of|from)",
    r"go\w* down to", r"went down to", r"down to", r"at most", r"no more than", r"not more than",
    r"(?:give|gives|giving|gave|given) (?:it|them|em) up", r"give (?:that|this) up",
    r"without (?:it|them|one)", r"sa(?:y|ys|id|ying) no",
    r"turn\w* (?:it|them) down",
    r"cancel\w*", r"unsubscrib\w*", r"uninstall\w*", r"mut(?:e|ed|ing)", r"unfollow\w*",
    r"log\w* out of", r"sign\w* out of",
    # not a state or a thing named ("half full", "half term", "a half marathon")
    rf"(?:smaller|mini|half(?! past\b| {_CLOCK}\b| \d| (?:full|empty|way|time|term|hour|marathon"
    rf"|price)\b)|the little|little)(?! ones?\b)(?: \w+)?",
)
_STOP = _words(*_STOP_VERBS)
# A marker of less just before the behaviour: a few words for a verb ("stop buying the wine"),
# fewer for a negation ("not have a drink"; the "not" in "I can't say fitness" is not about it).
_LESS_BEFORE = re.compile(
    rf"\b(?:{_alt(*_STOP_VERBS)}|chang\w*|do something about|work on|deal with|tackle|address"
    r"|control|instead of|rather than|away from|count\w*|keep track of|track\w*|watch\w*"
    r"|problem with|off)(?: \w+){0,3}$"
    r"|\b(?:not|never|no|non|no longer|without|only|just|max|maximum|zero|0|nothing)(?: (?:a|an"
    r"|any|the|to|have|having|had|my|more|much|of|\d+|one|two|three|four|five|couple|few|single"
    r"|new|extra|further|sneaky))*$"
    # Kept to an amount ("kept to one bottle", "stick to 2"), not to doing it ("kept to my
    # running plan").
    rf"|\b(?:kept|keep|keeping|stuck|stick|sticking) to (?:just |only )?(?:{_AMOUNT_WORD}"
    r"|a couple|a single)(?: of)?$")
# "off" a person is "from" them ("grab the patches off the boss"), not the habit put away.
_OFF_SOMEONE = (r"(?:him|her|them|me|us|someone|somebody|(?:my|the|a|his|her|our) (?:boss|mate"
                r"|friend|bf|gf|boyfriend|girlfriend|brother|sister|mum|mom|dad|wife|husband"
                r"|partner|pharmacist|doctor|gp|nurse|chemist|colleague|flatmate|roommate"
                r"|housemate|neighbour|neighbor|cousin|uncle|aunt|son|daughter|stranger|guy|bloke"
                r"|lad|girl|coworker|workmate)s?)\b")
# After a behaviour, words that make it less of it: "smoke less", "check it less", "phone away".
_LESS_AFTER = re.compile(rf"^(?: (?:it|them|that|this|those))? (?:less|fewer|something else"
                         rf"(?: instead)?|in moderation|moderately"
                         rf"|(?:max|maximum|at most|no more than|not more than|only) (?:\d|a couple"
                         rf"|{_ONE_TO_TEN}\b)"
                         rf"|free|down|away(?! from)"
                         rf"|off(?! (?:to|for|work)\b| at (?!\d|{_CLOCK}\b)| {_OFF_SOMEONE})"
                         r"|down the (?:sink|drain|toilet)|(?:\w+ ){0,2}?(?:"
                         r"downstairs|out of (?:reach|the \w+)|in (?:the|another|a) (?:kitchen"
                         r"|hall|hallway|drawer|other room|living room|cupboard)))\b")
# After a behaviour: the change made ("eating better"), whichever way the change goes.
_BETTER_AFTER = re.compile(r"^ (?:better|healthier|properly|sensibly|more healthily|well)\b")


@dataclass(frozen=True)
class _Context:
    targets: _Behaviours
    prompt: str | None = None  # the question answered, read only when needed (see topic)
    progress: int = 0          # the question asks how it has been going (2 since a time, 1 now)
    earlier: str = ""          # the last words of the clauses before this one, for what "it" is
    told_before: str = ""      # the last clause of the sentence before, for what a bare "that"
                               # refused is ("My mum was always tired. I don't want that.")
    it_side: int = 0           # what "it" is in the answer: +1 the change ("What would be not
                               # so good about making this change?"), -1 how things are now
    barriers: bool = False     # the question asks how it went or what it would take: a
                               # state of the person or their days is a barrier
    overcome: bool = False     # the next clause says it was done anyway ("but I still walked")
    contrast: bool = False     # the clause opens on "but" ("Horrible. But none.")
    goal: bool = False         # the question asks for the change or the steps planned: "only at
                               # weekends" is the aim, not the habit played down
    looking_back: bool = False  # the question asks about a time before the habit was an issue
    condition: bool = False    # the question asks what it would take, or who could help
    gifts_unasked: bool = False  # the question asks what a value means, what it would take, or
                                 # the time before: "fun", "a treat" there say what is wanted
    read_topic: Callable[[str, _Behaviours], int] | None = None
    """How a question is read for its topic (``questions._prompt_topic``), passed in from above
    so that this module need not import the reading of questions."""

    def topic(self) -> int:
        """What the question is about, before any negation: +1 the change, -1 the status quo."""
        return self.read_topic(self.prompt, self.targets) if self.prompt and self.read_topic else 0


@dataclass(frozen=True)
class _Direction:
    value: int   # +1 toward the change, -1 toward the status quo, 0 unknown
    source: str  # outcome, status_quo, behaviour, change, stop, ellipsis, done or unknown
    end: int     # where the deciding words end in the object text
    marked: bool = False  # a behaviour marked as less of it ("skipped every run")
    passing: bool = False  # a habit named in passing by a change of no common family


def _names_other(text: str, ctx: _Context) -> bool:
    """Whether ``text`` opens with something other than the stated change's own words ("sleep"
    in "I can't sleep" when the change is the news); False when no change is stated."""
    return bool(ctx.targets.own) and not any(
        p.match(text) for p, _ in ctx.targets.tiers[: ctx.targets.own])


def _toward_change(text: str, ctx: _Context) -> bool:
    """Whether ``text`` names the change's side of its behaviour, unmarked ("the urge to go to the
    gym" of going more): an urge toward it is no urge against the change."""
    named = _behaviour(text, ctx)
    return bool(named and named.value > 0 and not named.marked)


def _names_own(text: str, ctx: _Context) -> bool:
    """Whether ``text`` names the stated change's own behaviour anywhere ("face the gym" when
    the change is to go to the gym)."""
    return any(p.search(text) for p, _ in ctx.targets.tiers[: ctx.targets.own])


def _behaviour(text: str, ctx: _Context) -> _Direction | None:
    """The first behaviour named in ``text`` (the stated change's before any other), and
    whether the words around it make it toward the change (+1) or the status quo (-1)."""
    for tier, (pattern, directions) in enumerate(ctx.targets.tiers):
        m = pattern.search(text)
        if not m:
            continue
        direction = directions[m.lastindex - 1]
        if _BETTER_AFTER.match(text[m.end():]):  # "eating better", "sleeping properly"
            return _Direction(1, "behaviour", m.end(), direction < 0)
        after = _LESS_AFTER.match(text[m.end():])
        if after and _PAY_OFF.match(m.group() + after.group()):
            after = None  # "paid it off": a debt cleared, not less paid
        less = after or _LESS_BEFORE.search(text[: m.start()].rstrip())
        end = m.end() + (after.end() if after else 0)
        passing = ctx.targets.apart and tier >= ctx.targets.own and direction < 0 and not less
        return _Direction((-1 if less else 1) * direction, "behaviour", end, bool(less), passing)
    return None


def _clause_behaviour(clause: str, ctx: _Context) -> _Direction | None:
    """:func:`_behaviour` of a whole clause, read once however many of its cues ask."""
    return _behaviour_of(clause, ctx.targets)


@lru_cache(maxsize=256)
def _behaviour_of(clause: str, targets: _Behaviours) -> _Direction | None:
    """Cached on the clause and the behaviours alone: all that :func:`_behaviour` reads."""
    return _behaviour(clause, _Context(targets))
