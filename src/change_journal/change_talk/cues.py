"""The cue table: modal cues read with their object and fixed cues with a direction of their
own, in the order in which they are tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from change_journal.change_talk.patterns import _AMOUNT_WORD, _DAY_NAME, _ONE_TO_TEN, _alt
from change_journal.change_talk.results import Kind
from change_journal.change_talk.scope import (
    _DONE_MID,
    _LIKE_MID,
    _MID,
    _OTHERS_IDEA,
    _PEOPLE,
    _SUBJECT,
)


@dataclass(frozen=True)
class _Cue:
    name: str
    kind: Kind
    pattern: re.Pattern[str]
    polarity: int         # fixed direction, +1 change, -1 sustain; 0: read from the object
    weight: float = 1.0
    default: int = 1      # direction when the object says nothing (weighted down); 0: no hit
    verb_in_object: bool = False      # the cue's own verb counts ("quit" in "I quit smoking")
    toward_change_only: bool = False  # count only when it points toward the change
    negatable: bool = True            # a fixed cue flips after a "not" governing it
    anyone: bool = False              # a fixed cue that counts whoever its subject is
    needs_object: bool = False        # "hard to <x>": only when <x> is about the change
    needs_behaviour: bool = False     # only in a clause that names the behaviour
    by_object: bool = False           # direction from the behaviour named just after it
    by_subject: str = ""              # "benefit" or "harm" of the behaviour named before it
    pre: re.Pattern[str] | None = None  # what must come just before a fixed cue
    and_too: bool = False             # a subjectless modal cue may also follow "and"
    progress_only: bool = False       # only in an answer to how it has been going


def _modal(name: str, kind: Kind, cue: str, mid: str = _MID, subject: str = _SUBJECT,
           weight: float = 1.0, default: int = 1, verb_in_object: bool = False,
           toward_change_only: bool = False, and_too: bool = False) -> _Cue:
    """A cue read together with its object: "I (don't) want to ..."."""
    pattern = re.compile(rf"(?:{subject})(?P<mid>{mid})(?P<cue>{cue})\b")
    return _Cue(name, kind, pattern, 0, weight, default, verb_in_object, toward_change_only,
                and_too=and_too)


def _fixed(name: str, kind: Kind, polarity: int, *phrases: str, pre: str = "",
           weight: float = 1.0, negatable: bool = True, anyone: bool = False,
           needs_object: bool = False, needs_behaviour: bool = False,
           by_subject: str = "", by_object: bool = False, progress_only: bool = False) -> _Cue:
    """A cue with a direction of its own: "I'm worried", "it helps me relax".

    ``pre``: words that must come just before the cue ("is hard", not "tried hard"); checked
    only once the cue matched, which is much faster than scanning for them.
    """
    return _Cue(name, kind, re.compile(rf"\b(?P<cue>{_alt(*phrases)})\b"), polarity,
                weight, negatable=negatable, anyone=anyone, needs_object=needs_object,
                needs_behaviour=needs_behaviour, by_subject=by_subject, by_object=by_object,
                pre=re.compile(rf"\b(?:{pre})$") if pre else None, progress_only=progress_only)


# Words just before an evaluative adjective: "it's hard", "not that difficult", "find it easy".
_COPULA = (r"is|was|be|been|being|am|are|so|too|really|very|pretty|super|quite|bit|getting|gets"
           r"|got|i|we|still|it|not|that|as|more|feel|feels|felt|seem|seems|seemed|extremely"
           r"|incredibly|surprisingly|actually|always|just|bloody")
# Tiredness, in every cue that reads it ("too tired", "shattered after work", "I feel drained");
# _WORN_OUT, the strong words only, is feeling bad in itself ("I was tired" is not).
_WORN_OUT = r"exhausted|knackered|wrecked|shattered|drained"
_TIRED = rf"tired|{_WORN_OUT}|worn out|wiped out"
# Where being kept awake is what the day needs (a benefit, not a harm): "keeps me awake in the
# banking hall after lunch", "at 4 on nights" (not "keeps me up till 2", "awake at night").
_AWAKE_WHERE = (r"(?:\w+ ){0,4}?(?:at work|on shift|on nights|at my desk|after lunch|during (?:the )?"
                r"(?:day|shift|meetings?)|in the (?:\w+ )?(?:office|hall|afternoon|meetings?|ward)"
                r"|at \d)")
# Past tense: the common irregular verbs, and any "-ed" word that is not a feeling or a wish.
_PAST = (r"quit|cut|gave up|given up|(?:gave|given) (?:it|them|em) up|began|begun|went|gone"
         r"|threw|thrown|got rid of|bought"
         r"|ran|swam|lost|took|taken|been|kept|left|put|slept|did(?! not)|done|made|managed"
         r"|had|ate|drank|smoked|wrote(?! off)|written|sent|rang|rode|ridden|sold|paid|spoke"
         r"|wore|worn|brought|drove|driven|flew|flown|held|fought|fed|hid"
         r"|(?!(?:wanted|used|tried|liked|loved|hoped|wished|decided|planned|supposed"
         r"|meant|seemed|guessed|intended|promised|considered|expected|noticed|realized"
         r"|realised|worried|scared|concerned|interested|excited|motivated|prepared|determined"
         rf"|committed|convinced|bored|stressed|{_TIRED}|annoyed|embarrassed|ashamed|obsessed"
         r"|gutted|disappointed|frustrated|devastated|chuffed|delighted|relieved|shocked"
         r"|addicted|amazed|surprised|relaxed|pleased|called|named|based|related|asked|talked"
         r"|mixed(?:$| (?:bag|feelings?|week|results|days?|really|tbh|honestly|lol|if|but|to be))"
         r"|mentioned|told|explained|wondered|believed|owned|ended|involved|allowed|needed"
         r"|offered|showed|returned|happened|started (?:to|thinking)"
         # what befalls a person or is felt, not an act: "cried.", "panicked", "enjoyed it"
         r"|cried|panicked|sobbed|freaked|enjoyed|hated|fancied|tempted|regretted)\b)[a-z]{2,}(?<!e)ed")
_LAPSE = (r"gave in|give in|giving in|caved|slipped|relapsed|lapsed|fell off the wagon"
          # the nerve lost, said of oneself: "bottled it", "chickened out" (not "Chelsea bottled it")
          r"|(?:^|\bi )(?:(?:honestly|totally|completely|just|kind of|properly|absolutely) )*"
          r"(?:bottled (?:it|out)|chickened out|wimped out)|lost my nerve"
          r"|(?:found|finding|made|making) (?:\w+ )?excuses"
          r"|broke (?:my|the) (?:rule|streak|promise|plan)|blew it|binged"
          # Drifted back to the habit, said of the person (a clause's start, "I ..."), not of a
          # good thing come back ("my confidence crept back"), nor back to bed or to sleep.
          r"|(?:^|\bi )(?:drifted|slid|crept) back(?! (?:in)?to (?:sleep|bed)\b| (?:off|asleep)\b)"
          # Too much of it, of a change to do less (``fixed_hits``): "had a few too many".
          r"|(?:had|have|having|drank|ate|smoked) (?:a few |one |a couple |way |far |a lot |a bit )?"
          r"too (?:many|much)(?=$| (?:again|last|this|yesterday|tonight|at|in|with|after|before"
          r"|over|mon|tues|wednes|thurs|fri|satur|sun|on (?!(?:my|at|right|the go)\b)\w+)\b)"
          )
_NUMBER_WORD = rf"(?:\d+|{_ONE_TO_TEN})"
# Many times over: "three times", "twice", "more times than I can count".
_MANY_TIMES = (r"twice|(?:\d+|two|three|four|five|six|many|so many|loads of|lots of|a few"
               r"|a million|a hundred|a dozen|dozens of|countless) times"
               r"|more times than (?:i|we) can (?:count|remember)")
# Before "down to" when it is not less of the habit: "counting down to", "all down to", "going
# down to", "it was down to weekends but" (not "it's down to weekends now", "got down to"); and
# the hedges after it ("down to about a can").
_NOT_TOWARD = (r"(?<!counting )(?<!count )(?<!all )(?<!was )(?<!going )(?<!go )(?<!went )"
               r"(?<!come )(?<!comes )(?<!came )(?<!boils )(?<!put )")
_ROUGHLY = r"about|around|roughly|like|just|only|maybe|nearly|almost"
# A word after an amount that may count it ("3 pints", "one spoon"; not "two is", "10 am").
_UNIT_WORD = r"(?!(?:not|is|was|are|were|but|and|or|so|then|it|i|that|this|the|a|am|pm)\b)[a-z]+"
_QUANTITY = (r"(?:\d+|one|two|three|four|five|six|a couple|a few|once|twice|half|a single"
             r"|a small|the one)\b")
# How long a record stands: "so far", "in months", "for ages", "since I started", "since
# Christmas".
_RECORD_SPAN = (r"(?:so far|yet|ever|in (?:ages|months|years|weeks|a while|a long time|forever)"
                r"|in a (?:week|fortnight|month|year|while)"
                r"|for (?:ages|months|years|weeks|a while|a long time)"
                r"|since (?:i )?(?:started|began|starting)|since (?:christmas|new year|easter"
                r"|the (?:summer|spring|autumn|winter)|last \w+|(?:jan|febr)uary|march|april|may"
                r"|june|july|august|september|october|november|december))")
# A record: the best or longest ("Longest so far.", "Best for months."), read from the behaviour
# it names when it names one; an amount ("fewest fags in years", "most steps in months"), only
# of a behaviour named; "a new personal best" likewise (``fixed_hits``). Not "at least".
_RECORD = (rf"(?<!at )(?:the |my |a )?(?P<top>best|longest|furthest|fastest)(?: \w+){{0,3}}?"
           rf" {_RECORD_SPAN}",
           rf"(?<!at )(?:the |my |a )?(?P<amount>fewest|least|lowest|most)(?: \w+){{0,3}}?"
           rf" {_RECORD_SPAN}",
           r"(?:a |my )?(?:new |personal )(?:best|record)", r"pb")
# The worst time in a while: "worst week in months", "the worst yet" (not "the worst habit
# ever", "worst decision I ever made").
_WORST = (r"(?:the |my |a )?worst (?:\w+ )?(?:week|day|night(?!s? (?:is |s |of )?sleep)|weekend"
          r"|month|fortnight|stretch|spell|binge|session|relapse|slip|lapse|run|one|hangover)s?"
          r"(?! (?:at|for) (?:work|school|uni)\b)"
          rf"(?: \w+){{0,2}}? {_RECORD_SPAN}(?! (?:at|for) (?:work|school|uni)\b)",
          r"(?:the |my )?worst (?:yet|so far|in (?:ages|months|years|weeks|a while))")
# Money the change has kept ("£312 saved so far", "saved 60 quid", "£40 in the jar so far"; not
# "£0 saved", money put in a swear jar, nor money "had" saved and lost: ``fixed_hits``).
# A run of digits and spaces is read from its start only ("1 200 saved"), so a long one is read
# once, not from each of its digits again.
_MONEY_SAVED = (r"(?<!\d)(?<!\d )(?!0 )\d[\d ]*k? (?:quid |pounds |dollars |bucks |euros |grand )?(?:saved"
                r"|in the (?:pot|savings)|in the jar so far)",
                r"saved (?:about |over |nearly |almost |like |roughly )?(?!0\b)\d+")
# A clause that is only a count of days or weeks kept, or kept since starting again ("Day 19.",
# "day 2 again", "3 weeks and 2 days"; "Day 1 again." is only the restart).
_COUNT_KEPT = (rf"^(?:(?:ok|okay|so|and|well|right|on) )*(?:day|week|wk) (?:{_NUMBER_WORD}"
               rf"|(?!(?:1|one|0|zero)\b){_NUMBER_WORD} again)(?: (?:lol|haha|now|today))?$",
               rf"^(?!0\b|zero\b){_NUMBER_WORD} (?:days?|weeks?|months?)"
               rf"(?:,? (?:and )?{_NUMBER_WORD} (?:days?|weeks?))?"
               r"(?: (?:none|clean|now|today|lol|so far))?$")
# A clause opening with days or weeks without something: "40 days no bet", "4 weeks smoke
# free" (a tally of the habit only when ``what`` names the change's behaviour).
_DAYS_WITHOUT = re.compile(rf"^{_NUMBER_WORD} (?:days?|weeks?|months?) (?P<what>(?:no|without) \w+"
                           r"|\w+ (?:free|clean|sober|dry)\b)")
# Back at it after a lapse or a break, a clause's opening: "Back on it Wednesday.", "Back on
# the wagon after my birthday", "back to full repetitions" (not "back on them", "back to
# normal", which may be the habit's, nor "back on it tomorrow", a plan; nor "went back to it",
# read by its object; "back on it all weekend", and "back to my usual" of a change to do less,
# are the habit's: ``fixed_hits``).
_BACK_ON_TRACK = (r"^(?:(?:and|but|so|then|now|already|anyway|well) )*back (?:on (?:it|track|the"
                  r" wagon|form)(?! all (?:weekend|week|night|day))"
                  r"|on (?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?$"
                  r"|to it|into it|into the swing of"
                  r" (?:it|things)|in the saddle|to (?:full|the full|my usual|my normal) \w+)"
                  r"(?!.*\b(?:tomorrow|next|from now)\b)")
# A note that keeps a tally ("£312 saved so far.", "Days without yelling: 4. Longest so far.",
# "Day 19.") or tells of getting back on track: read as a report of how it has gone
# (``reading``).
_TALLY = re.compile(rf"\b(?:{_alt(*_RECORD, *_WORST, *_MONEY_SAVED, *_COUNT_KEPT, _BACK_ON_TRACK)})\b")
# What a tally counts: "3 nights", "both sessions", "2 parkruns".
_TALLY_UNIT = (r"(?:nights?|days?|times?|mornings?|evenings?|weeks?|runs?|sessions?|walks?|rides?"
               r"|swims?|classes|workouts?|parkruns?)")
_FREQUENCY = (r"(?:(?!0\b)\d+|one|two|three|four|five|six|seven|twice|once|every|most|all|both)"
              # not a length: "16 hour days", "12 hr shifts"
              r" (?!(?:hours?|hrs?|minutes?|mins?)\b)(?:\w+ )?"
              rf"{_TALLY_UNIT}"
              r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|this week|last night|yesterday"
              r"|since \w+")

# Not trying, the parts of a whole clause (the "went badly" cue): what may open it ("same tbh",
# "3 nights"), come before the verb ("really", "even") and close it ("this week", "that hard").
_NOT_TRYING_OPENING = (r"(?:(?:same|honestly|tbh|to be honest|but|and|so|i|we|just|\w+ (?:nights?"
                       r"|days?|times?|mornings?|evenings?|weeks?)) )*")
_NOT_TRYING_ADVERBS = r"(?:really |even |properly |actually |much |been |just )*"
_NOT_TRYING_TAIL = (r"(?: (?:that hard|very hard|hard|at all|this week|all week|atm|at the moment"
                    r"|tbh|honestly|really|much|lately|to be honest))*$")
# Words that may close a one-word verdict on how it went: "Bit better I guess.", "worse tbh".
_VERDICT_TAIL = (r"(?: (?:now|this week|tbh|honestly|i think|i guess|i suppose|actually|really"
                 r"|so far|if anything|than it was|if i am honest|to be honest|lately|overall|lol"
                 r"|haha|mate|like|mind|ngl|innit|eh|aye))*$")
# A stretch of time named as the subject of a verdict without a verb: "First week good.",
# "Week one good", "first two days very good", "Monday and Tuesday fine", "Weekend bad".
_TIME_SPAN = (r"(?:weeks?|weekends?|days?|nights?|mornings?|evenings?|months?|fortnight|" + _DAY_NAME
              + r")")
_STRETCH = (rf"^(?:(?:the|my|this|last|first|second|past|both|all|{_NUMBER_WORD}) )*{_TIME_SPAN}"
            rf"(?: (?:one|two|1|2)| (?:and|&) (?:\w+ )?{_TIME_SPAN})?")
# A bad verdict on how it went, and the words that may come before it ("a bit", "pretty").
_BAD = (r"bad|rough|terrible|awful|rubbish|shocking|horrible|disastrous|dreadful|grim|shit|crap"
        r"|a mess|a disaster|a nightmare|a shit ?show")
_DEGREE = r"pretty|really|quite|very|so|absolutely|utterly|properly|fairly|a bit of|a bit|bit of|bit|kind of"

# Nothing has changed, a whole clause: "Same as ever really.", "Still the same.", "Nothing's
# really changed." (not "nothing has changed my mind", "my reasons are still the same").
_UNCHANGED_CLAUSE = (
    r"^(?:(?:just|pretty much|much|more or less|all|things are|it is|everything is) )?"
    r"(?:the )?same (?:as (?:before|ever|usual|always|normal)|old(?: same old)?)"
    r"(?: (?:really|tbh|honestly|mate|lol|i guess|i suppose|as ever))*$",
    r"^(?:(?:but|and|honestly|tbh|so|well) )?(?:(?:things|it|everything) (?:is|are) )?"
    r"still the same(?: (?:really|tbh|honestly|as ever|lol))*$",
    r"^(?:(?:but|and|honestly|tbh|so|well) )?(?:(?:things|it|everything) (?:is|are) )?"
    r"(?:(?:about|roughly|pretty much|much|more or less|basically|kind of|sort of) )+(?:the )?same"
    r"(?: (?:really|tbh|honestly|as ever|lol|i guess|i think))*$",
    r"^(?:(?:but|and|honestly|tbh|so|well) )?(?:nothing|not much)(?: (?:has|is|really"
    r"|much|at all))* chang(?:ed|e)(?: (?:really|tbh|honestly|at all|yet|much|lol"
    r"|this week|since|either way))*$")

# Order matters: where two cues overlap, the first one listed wins.
_CUES: tuple[_Cue, ...] = (
    # A lapse: sustain talk in the taking-steps mirror, information rather than failure.
    # Asked how it has gone, a lapse denied of oneself, a whole clause: "Haven't messed up
    # once.", "Not slipped this week", "didn't cave": the urge held, a step.
    _fixed("held", "taking_steps", 1,
           r"^(?:(?:i|and|but|so|still|honestly|tbh|just) )*(?:have not|has not|had not|did not"
           r"|not|never) (?:once |even |actually |really )?(?:(?:messed|screwed|cocked|stuffed"
           r"|fucked) (?:it |things )?up|slipped(?: up)?|slip(?: up)?|caved|cave|relapsed|lapsed"
           r"|gave in|give in)(?: (?:once|at all|yet|this week|since|so far|either|all week"
           r"|tbh|honestly))*$",
           negatable=False, progress_only=True),
    # The urge met and held, said outright: "Resisted the urge to bet", "rode out the cravings"
    # (not "I didn't resist": the negation reads it the other way).
    _fixed("held", "taking_steps", 1,
           r"(?:resisted|fought off|held off|ignored|rode out|sat with|surfed|got through|beat)"
           r" (?:the |an? |every |my |that |each |all the )?(?:urges?|cravings?|temptations?)"),
    _fixed("lapse", "taking_steps", -1, _LAPSE, negatable=False),
    # The habit come back by itself: "every time it crept back" (not "my energy is creeping
    # back", "crept back to bed").
    _fixed("lapse", "taking_steps", -1,
           r"(?:it|they|the (?:old )?habits?|the urges?|the cravings?) (?:(?:has|had|is|was|always"
           r"|just|slowly|gradually|keeps|kept) )*(?:crept|creeps|creeping|sneaked|snuck"
           r"|sneaks|sneaking) back(?! (?:to|into|out|upstairs|downstairs|home)\b)",
           negatable=False, anyone=True),
    # A step undone: "reinstalled it", "downloaded TikTok again", "turned it back on", "had it
    # back on by Wednesday", "unblocked the site", of the habit named or of a change to do less
    # (whatever was put back); not an app that helps put back ("Reinstalled the blocker",
    # "Downloaded Strava again"); denied, a step ("Still haven't redownloaded it!")
    # (``fixed_hits``).
    _fixed("step undone", "taking_steps", -1,
           r"(?:re ?install\w*|re ?download\w*|unblock\w*)",
           r"(?:install\w*|download\w*|turn\w*|switch\w*|had|put|got) (?P<undone>(?:(?!off\b|out\b"
           r"|down\b|away\b)\w+ ){1,3}?)"
           r"(?:again|back on(?! (?:the|a|my|his|her|its|their|your|our|track|course|schedule"
           r"|hold|target|form|top|form|board|side)\b))"),
    # A slip told ("had a slip", "had a couple of slips"), or denied ("haven't had a slip").
    _fixed("lapse", "taking_steps", -1,
           r"had (?:a|another|one|a little|a bit of a|a big|a small|a couple of|a few|two|some|\d+)"
           r" (?:slips?|lapses?|relapses?|blips?|slip ups?|wobbles?)(?! (?:on|in) the (?:ice|snow|rain"
           r"|stairs|shower|bath)| in concentration)(?!.*\b(?:hurt|injur\w*|sprain\w*|bruis\w*"
           r"|ankle|knee|wrist|fell)\b)"),
    # Asked how it has gone, the person's verdict on the whole time since: "Not great.",
    # "Terrible week.", "It's been rough." (``reading._judged`` weighs what they did by it).
    _fixed("bad week", "taking_steps", -1,
           rf"(?<!on )(?<!on a )(?:a )?(?:{_BAD}) (?:week|day|days|few days|night|start)",
           rf"{_STRETCH} (?:(?:{_DEGREE}) )*(?:{_BAD}){_VERDICT_TAIL}",
           r"not (?:great|good|well|brilliant|much better)(?! for)",
           rf"^(?:(?:it is|it has been|things are|been|honestly|so|but) )*not (?:so|that|too|very)"
           rf" (?:great|good|well){_VERDICT_TAIL}",
           # With its reason: "Not so good this week as it was my birthday".
           r"^(?:(?:it is|it has been|things are|been|honestly|so|but) )*not (?:so|that|too|very)"
           r" (?:great|good|well)(?: this week| lately| so far)? (?:as|because|cos|since)\b",
           r"(?:a )?shocker",
           # Less good than before: "Less good.", "a bit less good this week".
           r"^(?:(?:it is|it was|it has been|things are|been|honestly|so|but|a bit|bit) )*less good"
           + _VERDICT_TAIL,
           # "It's been rough.", "its been a bit grim" (not "its been less rough").
           rf"(?:(?:it|this week) (?:is|has)|things have|its) been (?:(?:{_DEGREE}) )*(?:{_BAD}|hard|tough"
           r"|a struggle)",
           r"^(?:(?:pretty|really|quite|very|so) )?(?:bad|rough|rubbish|awful|terrible)(?= |$)"
           r"(?! (?:weather|news|cold|flu|traffic|sleep|back|knee|head|headache|shift|signal))",
           # "honestly terrible.", "Still rubbish lol", "grim tbh": the verdict alone.
           rf"^(?:(?:honestly|tbh|ngl|still|just|{_DEGREE}) )*(?:{_BAD}|badly){_VERDICT_TAIL}",
           negatable=False, progress_only=True),
    # Asked how it has gone, nothing has changed, the whole clause: "Same as ever really.",
    # "Nothing's really changed.", "Still the same." (not "nothing has changed my mind", "my
    # reasons are still the same"); read only of a change to do less (``fixed_hits``), where the
    # usual is the habit.
    _fixed("unchanged", "taking_steps", -1, *_UNCHANGED_CLAUSE, negatable=False,
           progress_only=True),
    # Asked how it has gone, how the person judges it: "a write-off", "went over twice" (not
    # "went over my plan with my sponsor").
    _fixed("went badly", "taking_steps", -1,
           r"write off", r"weak",
           r"went over(?! (?:my|our|it|this|that|everything|things|notes|the (?:plan|notes|list)))",
           r"then (?:the )?\w+ happened", r"failed",
           r"^(?:(?:it|this week|the week|things|today|yesterday|the weekend|honestly|but|and|so"
           r"|which) )*(?:did|has|have|had) not (?:really )?(?:go|gone) (?:\w+ )?(?:well|great"
           r"|to plan)(?: (?:tbh|honestly|really|at all|this week|either))*$",
           rf"^(?:(?:it is|it was|it has been|this week|but|and|so) )*not as good"
           rf"(?: as (?:last \w+|before|usual|it was|i hoped|i wanted))?{_VERDICT_TAIL}",
           # A bare verdict of hardness: "Hard going.", "Impossible.", "Honestly its difficult".
           r"^(?:(?:honestly|tbh|it is|its|it has been|been|pretty|really|very|so|quite|a bit|bit) )*"
           r"(?:hard going|difficult|impossible|a struggle|not easy)(?: (?:yaar|tbh|honestly|ngl"
           r"|mate|this week|lately|really))*$",
           # Not trying, a whole clause: "didnt really try", "Haven't even tried.", "3 nights
           # didn't bother", "Not trying that hard." (not "not trying to quit": its object; nor
           # "not tried yet", before a start; nor "not bothered", untroubled).
           rf"^{_NOT_TRYING_OPENING}(?:did not|do not|have not|had not|not|never|am not|was not)"
           rf" {_NOT_TRYING_ADVERBS}(?:try|tried|trying|bothering){_NOT_TRYING_TAIL}",
           rf"^{_NOT_TRYING_OPENING}(?:did not|never|could not be|have not|had not)"
           rf" {_NOT_TRYING_ADVERBS}(?:bother|bothered){_NOT_TRYING_TAIL}",
           r"(?:went|gone|going|goes) (?:\w+ )?(?:badly|wrong|out the window|pear shaped|to pot"
           r"|downhill)", r"no luck",
           # Going backwards, south, off track: of things, or told alone ("went backwards a
           # bit"; not "We went south for the weekend").
           r"\b(?:it|things|everything|the week|this week|that|which) (?:has |have |had |is |was )?"
           r"(?:went|gone|going|goes) (?:a bit |bit |a little |right )?(?:backwards?|south"
           r"|off the rails|off track)",
           r"^(?:went|gone|going) (?:a bit |bit |a little |right )?(?:backwards?|south|off the rails"
           r"|off track)(?: (?:a bit|again|this week|tbh|lol|honestly))*$",
           # A verdict of failure: "Day 2 fail.", "Total fail this week."
           r"^(?:(?:day|week|night) \w+ |\w+day )?(?:a |(?:a )?bit of a )?(?:(?:total|complete|epic"
           r"|massive|big) )?fail"
           rf"(?: (?:this|last) (?:week|time))?{_VERDICT_TAIL}",
           r"back to square one", r"fell apart", r"no (?:progress|change)", r"a disaster",
           # Not the person's best, told as a verdict: "not my finest", "Not my best week." (not
           # "not my best work", how well a step was done; nor "Food? Not the best.").
           r"^(?:(?:honestly|tbh|so|but|and|which was|that was|it was) )*not my (?:finest|best"
           rf"|proudest)(?: (?:hour|moment|week|day))?{_VERDICT_TAIL}",
           # Nothing done, or behind it.
           r"\bnothing done\b",
           r"(?:i am|am|im) (?:a bit |way |\d+ |one |two |a week |a month )?behind"
           r"(?= (?:on|with|again|already|now|schedule)\b|$)",
           r"back to day (?:0|zero|one|1)\b",
           r"worse (?:as|than) (?:always|ever|usual|before|last)", r"nope",
           r"nothing (?:\w+ )?(?:got|gets|was|has been) done", r"did nothing",
           r"(?:did|have|had) not (?:done|managed) (?:anything|much)",
           r"did not do (?:anything|much|any)(?: (?:at all|this week|all week|really|tbh|since"
           r"|today|yesterday|honestly))*$",
           # Of a change to do less, none of it: a step (``fixed_hits``).
           r"(?:(?:have|had) )?not done any(?: (?:at all|this week|all week|for \w+ \w+|since \w+"
           r"|tbh|honestly))*$",
           rf"^(?:(?:a|bit|little|lot|much|slightly|somewhat|way|even|getting) )*worse{_VERDICT_TAIL}",
           rf"^(?:(?:it|this|that) )?(?:could be|is no|no) better{_VERDICT_TAIL}",
           rf"^(?:(?:it|this|that|things) (?:is|are) )?not getting any better{_VERDICT_TAIL}",
           r"^(?:(?:it|this|that|the plan|things) (?:is|are) |(?:it|this) has been )?not (?:really "
           rf"|actually |quite )?working(?: out)?(?: for me)?{_VERDICT_TAIL}",
           rf"^(?:(?:it|this|that) )?does not seem to be working(?: for me)?{_VERDICT_TAIL}",
           rf"^nothing is (?:really )?working{_VERDICT_TAIL}",
           negatable=False,
           progress_only=True),
    # Nothing done over a stretch, a whole clause: "This week zero.", "nothing for 9 days": a
    # shortfall of a change to do more, a step of one to do less (``fixed_hits``).
    _fixed("nothing for a stretch", "taking_steps", -1,
           r"^(?:(?:this|last|the past) (?:week|month|fortnight) )(?:zero|nothing|none|nil)$",
           r"^(?:zero|nothing|none|nil) (?:(?:this|last) (?:week|month|fortnight)|for (?:\d+|a|two"
           r"|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?|nights?))$",
           negatable=False, progress_only=True),
    # Asked how it has gone, a lapse said outright of oneself, a whole clause: "messed up
    # again", "Screwed up on Saturday", "Stuffed it.", "Honestly slipping." (not "it messed up my sleep": what
    # the habit does; "Haven't messed up once", "The dog keeps slipping"; nor, in talk of the
    # past, "I knew I'd messed up", which is as often the problem seen).
    # Back to the old ways, told of oneself: "back to bad habits this week", "slipped back to
    # my old ways" (negated, a resolve: "Not going back to bad habits.", "I won't go back to my
    # old ways"; left: "Avoided going back to bad habits" is read as a lapse too).
    _fixed("old ways", "taking_steps", -1,
           r"(?:(?:to )?(?:go|going|gone|went|slip\w*|slid|fall\w*|fell|get\w*|got|drift\w*) )?"
           r"back to (?:the |my )?(?:old|bad) (?:ways?|habits?)(?! of\b)"),
    _fixed("messed up", "taking_steps", -1,
           r"^(?:(?:honestly|tbh|i|we|just|totally|completely|really|kind of|a bit|bit|been|am"
           r"|have been) )*(?:(?:messed|screwed|cocked|stuffed|fucked) (?:it |things )?up"
           r"|(?:stuffed|botched) it|slipping)(?: (?:again|a bit|a little|big time|badly|back"
           r"|lately|this week|last night|on \w+|at \w+|twice|royally))*$",
           negatable=False, progress_only=True),
    # Asked how it has gone, the change forgotten: "forgot all about it", "Forgot them twice."
    # (of a change to do more; ``fixed_hits``).
    _fixed("forgot", "taking_steps", -1,
           r"^(?:(?:and|but|so|just|i|honestly|totally|completely) )*forgot (?:(?:all )?about"
           r" (?:it|them|that)|it|them)(?: (?:again|twice|\w+ times|most days|a few times"
           r"|on \w+|this week|all week|tbh|honestly|lol))*$",
           negatable=False, progress_only=True),
    # Asked how it has gone, an amount told beside the one planned: "had 3 monsters, was
    # meant to be 2" (``fixed_hits`` compares them; a lapse only when the plan was missed).
    _fixed("short of the plan", "taking_steps", -1,
           rf"(?:was|were) (?:meant|supposed) to be (?:only |just |max |at most )?"
           rf"(?P<planned>{_NUMBER_WORD})\b(?! (?:hours?|minutes?|mins?)\b)",
           negatable=False, progress_only=True),
    _fixed("back to it", "taking_steps", -1, r"(?:went|go|going|was|am|got|been|slid|slipped"
           r"|fell|started) back (?:to|into|on)", negatable=False, by_object=True),
    # The habit's things kept away: "Laptop stayed home.", "the phone stays in the drawer" (of
    # what the change adds, a shortfall: "the gym bag stayed in the car"; ``by_subject``).
    _fixed("kept away", "taking_steps", -1,
           r"(?:stayed|stays|stay|staying|lived|lives|remained) (?:at home|home|behind|away|off"
           r"|downstairs|out of (?:reach|the \w+)|in (?:the|my|a) (?:drawer|car|kitchen|hall|hallway"
           r"|other room|locker|bag|cupboard|boot|glovebox|garage|shed|office|desk|safe))\b",
           by_subject="harm"),
    # Done without meaning to: "Ended up scrolling till 1 again" (the habit: a lapse), "ended
    # up walking home" (the change: a step).
    _fixed("ended up", "taking_steps", -1, r"ended up(?= \w+ing\b)", by_object=True),
    # Asked what it would take (``fixed_hits``), already at it, a whole clause: "I'm doing it.",
    # "nothing really, I'm on it" (not "still doing it": the habit; nor "just doing it").
    _fixed("doing it", "taking_steps", 1,
           r"^(?:(?:and|but|so|honestly|tbh|really|nothing) )*(?:i am (?:already )?|already )"
           r"(?:doing it|on it)(?: (?:already|now|anyway|tbh|honestly|really|lol|whatever))*$",
           negatable=False),
    # Asked what it would take, ready, a whole clause: "Nothing, ready.", "I'm ready now", "it's
    # already pretty high".
    _fixed("ready now", "activation", 1,
           r"^(?:(?:and|but|so|honestly|tbh|really) )*(?:i am (?:already |just )?)?ready"
           r"(?: (?:now|already|tbh|honestly|really))*$",
           r"^(?:(?:and|but|so|honestly|tbh|really) )*it is already (?:pretty |quite |really |very )?"
           r"(?:high|up there)(?: (?:now|already|tbh|honestly|really))*$",
           negatable=False),
    # The time not right, a whole clause: "It's not the right time.", "now isn't the time".
    _fixed("not now", "activation", -1,
           r"^(?:(?:but|and|so|honestly|just) )*(?:it is|now is|this is|this year is) not (?:the |a )?"
           r"(?:right |good |best )?time(?: (?:for me|for it|yet|right now|at the moment|now"
           r"|really|tbh|honestly))*$", negatable=False),
    # Self-control and motivation idioms, some with a modal verb (so read before the modal
    # cues): one rule, two kinds.
    _fixed("self-control idiom", "ability", -1,
           r"(?:can|could) not (?:help it|help myself|resist|say no|stop myself)",
           r"(?:no|any) (?:willpower|will power|self control)", negatable=False),
    # No way seen to do it: "I just don't see how yet", "can't see how to fit it in"
    # (not "can't see how I'd go back now", "don't see how drinking helps").
    _fixed("no way seen", "ability", -1,
           r"(?:do not|can not|could not) (?:really |quite |yet |even )?see how"
           r"(?= (?:yet|to|i (?:would|could|can|will|am going to|am meant to|am supposed to)"
           r" (?:(?:ever|really|possibly|actually) )?(?:do|manage|make|fit|find|stop|quit|cut|give"
           r"|change|cope|keep|get|afford|start))\b(?!.*\bnot to$)|$)"),
    # Asked to look back to a time before the habit was an issue, how much better the person
    # was then ("felt great", "I was fitter", "slept like a log", "Best sleep of life"): the
    # discrepancy with now, a reason to change (read only then: ``fixed_hits``).
    _fixed("better then", "reasons", 1,
           r"(?:(?:i|we) (?:was|were|felt|used to feel)|^(?:(?:and|but|so|just) )?(?:was|felt))"
           r"(?: (?:also|just|much|so|way|a lot|loads|far|a good deal|definitely|actually|really"
           r"|even|generally|always|then))*"
           r" (?:fitter|healthier|happier|calmer|brighter|slimmer|lighter|sharper|better|great"
           r"|brilliant|amazing|fantastic|unstoppable|alive|(?:like )?a (?:young|new) (?:man|woman"
           r"|person)|more (?:patient|present|energetic|relaxed|focused|confident|together)"
           r"|less (?:scattered|anxious|stressed|tired|foggy)|in (?:better|good|great) shape)",
           r"(?:(?:i|we) )?had (?:so much |way more |loads of |lots of |more )?(?:energy|money)",
           r"(?:slept|used to sleep|would sleep) (?:like a (?:log|rock|baby)|(?:so |really |very"
           r" |much )?(?:well|better|great|soundly)|straight through)", r"out like a light",
           r"best (?:sleep|days?|years?|shape|time)(?: of (?:my|the|our) (?:life|lives))?",
           negatable=False),
    # Lazy about it now: "Mostly I'm just lazy about it", "I was lazy this week", "Got lazy." (not
    # "It's not that I'm lazy", "I was lazy before, now I walk"; nor when it was done anyway:
    # ``fixed_hits``).
    _fixed("lazy", "desire", -1,
           r"(?<!not that )(?<!not because )(?:i am|i have been|i was|i get|i got|i can be|i m"
           r"|^got)(?: (?:just|so|too|really|very|a bit|bit|quite|pretty|plain|bloody|mostly"
           r"|basically|being))* lazy(?!.*\b(?:before|back then|used to|as a kid|at school"
           r"|years ago)\b)", negatable=False),
    # A helper defeated: "I just press ignore limit every time", "I keep hitting ignore", "I
    # swipe it away" (denied, a step: "Didn't hit snooze once").
    _fixed("defeated", "ability", -1,
           r"(?:press|pressed|pressing|hit|hitting|click|clicked|clicking|tap|tapped|tapping)"
           r"(?: on)? (?:ignore|dismiss|snooze|remind me later)\b",
           r"(?:swipe|swiped|swiping) (?:it|them|that) away\b",
           r"ignor(?:e|ed|ing) (?:it|them|the (?:limit|reminder|alarm|timer|notification)s?)\b"),
    # The change known and not made, after a "should", the last word: "I should stop. I just
    # don't." (not "Did I have one? I did not.": ``fixed_hits``).
    _fixed("just don't", "desire", -1,
           r"^(?:(?:but|and|yet|i mean) )*i (?:just |simply |still )?(?:do not|did not|never do)"
           r"(?: (?:it|though|tho|lol|really))*$", weight=1.3, negatable=False),
    # Not enough to give up what the habit brings: "I want to, but not enough to give up the
    # gaming nights", "not enough to actually stop"; of the change itself, "it hurts but not
    # enough to stop running", change talk (``fixed_hits``; not "enough to stop me").
    _fixed("not enough", "desire", -1,
           r"not enough to (?:actually |really |properly )?(?:give up|stop|quit|cut out|change)",
           negatable=False),
    # Noticing what it does: "I don't much like what it does to me"; what the change does ("what
    # running does to my knees") is a cost of it (``fixed_hits``).
    _fixed("what it does", "reasons", 1,
           r"(?:do not|did not) (?:much |really |particularly )?like what (?P<doer>it|they|this|that"
           r"|the \w+|\w+ing) (?:does|do|is doing|are doing|has done|did) to (?:me|my \w+|us)"),
    # What the habit gives, said by its absence: "don't know what I'd do instead when I'm
    # anxious", "idk what id do instead", "wouldn't know what to do with myself". Of a change to
    # do more, "without it" is the new habit ("Wouldn't know what to do without it now"):
    # ``fixed_hits``.
    _fixed("no replacement", "reasons", -1,
           r"(?:do not know|would not know|no idea|not sure|idk|dunno) what (?:i would |i will "
           r"|i could |i d |id |to )?do (?P<without>instead|without (?:it|them|one|\w+ing)|with"
           r" (?:myself|my hands|my evenings|the time))"),
    # Too settled to change: "I'm old and set in my ways", "too old to change".
    _fixed("set in my ways", "ability", -1, r"set in (?:my|our) ways",
           r"too old to change",
           r"old dogs? (?:and )?new tricks"),
    _fixed("self-control idiom", "desire", -1, r"(?:can|could) not be bothered",
           r"(?:do|did) not feel like it", r"not in the mood", negatable=False),
    # Stopped many times, so it came back each time: "I've 'quit' three times before" (read
    # before the past action, which would take it for a step).
    _fixed("failed before", "ability", -1,
           rf"(?:quit|stopped|given up|gave up|packed (?:it )?in)(?: \w+ing)?"
           rf"(?: (?:about|like|maybe|probably|already|at least|over))? (?:{_MANY_TIMES})",
           negatable=False),
    # Past actions take their direction from what was done: steps, or a lapse.
    _modal("past action", "taking_steps",
           rf"(?:have |had )?(?:{_PAST})|no longer"
           r"|am not (?!(?:going|looking|planning|thinking|trying|hoping|saying)\b)(?=\w+ing)"
           r"|(?:did|have|had) not(?! (?:even |really |quite )?(?:realize|know|think|understand"
           r"|expect|notice|mean|care|want|see|hear|say|like|need|get|have|feel|seem|mind)\b)",
           mid=_DONE_MID, verb_in_object=True, default=0, subject=r"\b(?P<subj>i) |^|(?<=\band )",
           and_too=True),
    _modal("commitment", "commitment",
           r"will|shall|am going to|going to|plan (?:to|on)|planning (?:to|on)|intend to|promise"
           r"|have decided to|decided to|(?:am|feel) (?:\w+ )?determined|commit to"
           r"|am committed to|swear|guarantee|(?:must |need to |have to )?remember to(?! this day)"),
    # An arrangement: "I'm registering this weekend", "I'm telling Mel tonight".
    _modal("arrangement", "commitment",
           r"am(?= (?!going\b)\w+ing (?:\w+ ){0,3}?(?:this|next|tomorrow|tonight"
           r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"),
    # Ready: activation whatever follows ("I'm ready to set a date").
    _modal("readiness", "activation",
           r"(?:am|feel|would be|be|will be) (?:\w+ )?(?:ready|willing|prepared)(?! with)"
           r"|am up for|give it a (?:\w+ )?(?:go|try|shot)|am (?:\w+ )?all in"),
    # Not ready, told without a subject, the whole clause: "Not ready for that one yet.", "still
    # not ready tbh".
    _fixed("not ready", "activation", -1,
           r"^(?:(?:but|and|so|honestly|tbh|just|still) )*not (?:quite |really |fully |totally )?"
           r"ready(?: for (?:that|this|it)(?: one| bit| part)?)?(?: yet)?(?: (?:tbh|honestly|lol"
           r"|though))*$", negatable=False),
    # Started: a step taken, or the habit grown ("I've started buying the bigger bottles").
    _modal("started", "taking_steps",
           r"(?:have )?started (?=(?!thinking|considering|wondering|looking into)\w+ing)"),
    # Thinking of it, trying: activation only when what follows names the change.
    _modal("activation", "activation",
           r"(?:am )?open to|(?:am|was|have been) thinking(?: about| of)?"
           r"|(?:have )?started (?:thinking(?: about| of)?|considering|looking into)"
           r"|(?:am )?considering|(?:would|will) (?:\w+ )?try|(?:am )?(?:trying|try) to"
           r"|(?:am|feel) (?:\w+ ){0,2}?(?:motivated|interested|excited|keen|eager|convinced)"),
    _modal("need", "need", r"need to|need|have to|has to|got to|must|should|ought to"),
    _modal("ability", "ability",
           r"(?:can |could )?(?:not )?see myself|can|could|am able to|be able to|was able to"
           r"|manage to|know how to|capable of|(?:am|feel) (?:\w+ )?confident"
           r"|am (?:\w+ )?(?:built|cut out|made) for|am (?:\w+ )?good at", weight=0.8),
    # A wish says nothing until its object does ("what I'd like to do is go down to five").
    _modal("desire", "desire",
           r"want to|wanted to|want|would (?:really |also |just |much |so )?(?:like|love|prefer)"
           r"(?: to)?|wish(?: i could)?|hope to|hoping to|would rather|long to|looking forward to"
           r"|(?:like|love) to|fancy|fancied|looking to|would not mind"),
    # What the person likes, enjoys or would miss is valued: its object decides the side;
    # "it" is the behaviour itself.
    # "I hate the gym" is not liking it (``modal_hits``).
    _modal("preference", "reasons", r"(?:like|love|enjoy|liked|loved|enjoyed|look forward to"
           r"|hate|hated|loathe|loathed|detest|detested|can not stand|could not stand)"
           r"(?! i\b| you\b| that\b| to\b| it when\b)", mid=_LIKE_MID,
           subject=r"\b(?P<subj>i) ", default=0),
    _modal("would miss", "reasons", r"would miss|will miss|miss(?= (?:being|having|feeling|the"
           r" feeling|how|when|it|them|that|\w+ing)\b)", mid=_LIKE_MID,
           subject=r"\b(?P<subj>i) ", default=0),
    # A plan written without "I": "Cut down on weekdays." "No drinking at home."
    _modal("bare plan", "commitment",
           r"(?:to )?(?:not |do not |never )?(?:quit|stop|cut|reduce|limit|avoid|start|go|walk"
           r"|run|exercise|eat|drink|smoke|use|take|get|try|stay|join|swap|replace|leave|put"
           r"|keep|switch|turn|buy|set)|(?:no|no more) \w+ing",
           subject=r"^(?P<subj>(?!))?", weight=0.6, verb_in_object=True,
           toward_change_only=True),
    # Barriers and ability. Asked how it went or what it would take, a state of the person or
    # of their days (tiredness, stress, time pressure, illness, weather) is a barrier named.
    _fixed("barrier", "ability", -1,
           _TIRED, r"run down|running on (?:\w+ ){0,3}?(?:hours|empty|fumes)|no sleep|stress\w*"
           r"|swamped|slammed|hectic|manic|chaos|chaotic|(?:so |really |crazy |mad |too )busy"
           r"|flat out|deadlines?|exams?|month end|sick(?! of)|poorly|flu(?! jab| shot)|injur\w*|acting up"
           r"|migraines?",
           # "ill" only as a state ("I was ill"): "Ill try again" is "I'll".
           r"(?:(?<=felt )|(?<=feel )|(?<=feeling )|(?<=been )|(?<=was )|(?<=were )|(?<=am )"
           r"|(?<=is )|(?<=got )|(?<=fell ))ill"
           r"|rain\w*|snow\w*|weather|storms?|freezing|boring|bored", weight=0.6, negatable=False),
    # Not the sort of person the change asks for: "I'm not a morning person", "just not a phone
    # person" (not "not a weak person": a failing denied).
    _fixed("not that person", "ability", -1,
           r"(?<=\bi am )(?:(?:really|just|honestly|def|definitely|simply) )*not (?:really )?(?:a|an)"
           r" (?!(?:weak|bad|lazy|selfish|horrible|terrible|quitter|failure)\b)\w+ (?:person|type)\b",
           negatable=False),
    _fixed("too tired or busy", "ability", -1,
           rf"too (?:\w+ )?(?:{_TIRED}|busy|stressed|lazy|expensive|cold|dark|wet)",
           rf"(?:{_TIRED}) (?:\w+ ){{0,2}}?(?:after|afterwards|by the (?:end|time)|when i get)",
           r"(?:no|not (?:enough|much)|do not have(?: the| enough| any)?) (?:time|energy|money)"
           r"(?! (?:(?:was|has been|got) )?(?:lost|wasted|spent|gone|blown|down the drain)\b)",
           r"can not afford", r"gets? in the way", r"got in the way",
           r"(?:a lot|a ton|tons|loads|so much|too much|lots) (?:\w+ ){0,2}?(?:going on|on (?:at"
           r"|with|my plate|right now|at the moment))",
           negatable=False),
    # Better than feared: "the class was not as bad as I thought" (of the habit, "drinking is
    # not as bad as I thought", it is played down: ``by_subject``).
    _fixed("better than feared", "ability", 1,
           r"not (?:as|so|that) (?:bad|hard|difficult|tough|awful|terrible|painful|scary|boring"
           r"|grim|horrible) as (?:(?:i|we) (?:had )?(?:thought|expected|feared|imagined|worried"
           r"|was expecting|was worried)|expected|feared|(?:it|they) (?:was|were|used to be)|before"
           r"|usual|last (?:week|month|time|year))", negatable=False, anyone=True,
           by_subject="benefit"),
    # (Not a thing's hardness: "the seat is hard as a rock", "tough as old boots".)
    _fixed("hard", "ability", -1, r"(?:hard|tough)(?! as (?:(?:a|an|old) )?(?:rocks?|nails|stones?"
           r"|iron|bricks?|concrete|boards?|wood|leather|boots))|difficult|impossible|a struggle"
           r"|discouraging"
           r"|daunting|overwhelming|struggl\w*", pre=_COPULA, needs_object=True),
    _fixed("craving", "desire", -1, r"crav\w*", r"urges?", r"tempt\w*"),
    _fixed("easy", "ability", 1, r"(?<!take it )easy|easier|doable|manageable|possible"
           r"|feasible|realistic|achievable", pre=_COPULA, needs_object=True, by_subject="benefit"),
    # Everything tried has failed, told as a whole clause, the answer's verdict: "So nothing
    # has really worked." (not "nothing helped except cold turkey", "nothing worked for my
    # brother").
    _fixed("nothing worked", "ability", -1,
           r"^(?:(?:so|and|but|honestly|tbh|basically|yeah) )*(?:nothing|none of (?:it|them|that))"
           r" (?:has |had |ever |really |actually |seems to |seemed to |i have tried has )*"
           r"(?:worked|works|work|helped|helps|stuck|sticks)(?: (?:really|tbh|honestly|so far|yet"
           r"|to be honest|for long|at all|lol))*$", negatable=False),
    # Nothing expected to change for now: "Don't think much is going to change while I'm on
    # nights" (a stance; "nothing will change if I keep drinking" is a worry, not read here).
    _fixed("nothing will change", "commitment", -1,
           r"do not think (?:much|anything) (?:is |will )?(?:going to )?change\b", negatable=False),
    # An attempt that failed, a stance whatever was asked: "Patches, but they didn't work", "it
    # never sticks" (not "they didn't work weekends", "it doesn't work when I'm upset").
    _fixed("did not work", "ability", -1,
           r"(?<!like )(?:it|that|this|they|those|nothing|which) (?:\w+ )?(?:never|does not|did not"
           r"|will not|would not|do not) (?:really |actually |quite )?(?:work|stick)s?(?! (?:out"
           r"|weekends?|nights?|shifts?|today|yesterday|on|at|for|from|in|there|here|with|when|if"
           r"|unless|once)\b)",
           # Its subject dropped, at a clause's start ("Patches. Didn't help.", "didnt really
           # work"; not "didn't last long", of a craving), or said to have done nothing
           # ("Melatonin did nothing."; not "did nothing useful").
           r"^(?:(?:but|and|just|so|honestly|tbh) )*(?:never|did not|does not) (?:really |actually"
           r" |quite |even )?(?:work|help|stick)s?(?! (?:out|weekends?|nights?|shifts?|today"
           r"|yesterday|on|at|for|from|in|there|here|with|when|if|unless|once|to)\b)",
           r"(?:did|does|do) (?:nothing|not do (?:much|anything))(?= except| for me|$)",
           negatable=False),
    _fixed("failed before", "ability", -1,
           r"(?:it|that|this|nothing|which) (?:\w+ )?(?:never|does not|did not|will not|would not)"
           r" lasts?",
           rf"(?:tried|said|promised) (?:\w+ ){{0,4}}?(?:before|{_MANY_TIMES})",
           r"(?:that|which|it|this) (?:is|was) not (?:going to )?happen\w*",
           r"(?:do not|can not) (?:really )?see (?:it|that|this|myself) (?:working|happening"
           r"|lasting|sticking)",
           r"tried everything", r"failed (?:before|again|every time|last time|at (?:it|this|that))",
           r"nothing works", r"no point", r"pointless(?! (?!(?:anyway|really|now|too)\b)\w)",
           negatable=False),
    # Reasons for change: concern, harm, the problem named.
    _fixed("concern", "reasons", 1,
           r"worr(?:y|ied|ies|ying)(?<!no worries)", r"concern(?:ed|s|ing)?(?<!as far as i am"
           r" concerned)", r"scar(?:e|ed|es|y|ing)", r"afraid", r"frighten\w*", r"tired of",
           r"sick of", r"fed up", r"ashamed", r"embarrass\w*", r"guilt\w*",
           r"regret\w*(?! nothing)",  # not "I regret nothing" (unrepentant)
           r"hate (?:it|that|this|how|the way|what|myself|being|feeling|having|waking|getting"
           r"|seeing|looking)", r"bothers? me",
           r"upsets? me", r"annoys? me", r"do not like (?:how|that|the way|what|myself|feeling)",
           r"(?:do|did) not feel (?:\w+ )?(?:good|great|right|proud) about"),
    _fixed("harm", "reasons", 1,
           r"(?:bad|harmful|terrible|not good) for", r"ruin\w*", r"damag\w*", r"kill\w* me",
           r"wreck(?:s|ing)", r"(?:makes?|made|making|leaves?|left) me (?:feel )?(?:\w+ )?(?:awful"
           r"|terrible|rough|sick|ill|tired|sluggish|groggy|foggy|guilty|anxious|low|bloated"
           r"|heavy|grumpy|irritable|snappy|worse)", r"affect\w* (?:my|me|the kids|our)",
           r"(?:costs?|costing) (?:me|us|a lot|a fortune|too much)",
           r"(?:waste|wasting|wasted) (?:of )?(?:money|time|my)", r"expensive", r"skint",
           rf"keeps? me (?:up|awake)(?! {_AWAKE_WHERE})",
           r"(?:can not|could not) (?:sleep|breathe|concentrate"
           r"|focus|get up)", r"out of breath", r"out of shape", r"draining", r"exhausting",
           r"mess\w* (?:\w+ )?up", r"screw\w* (?:\w+ )?up", by_subject="harm"),
    _fixed("too much", "reasons", 1, r"(?:way |far |much )?too (?:much|many|often|late)",
           needs_object=True),
    _fixed("feel bad", "reasons", 1,
           r"(?:i|i am|i feel|i felt|i have been|i was|been) (?:(?!not\b)\w+ )?(?:awful|terrible"
           r"|rough|sluggish|groggy|foggy|unfit|unhealthy|bloated|miserable|depressed|ashamed"
           rf"|disgusted|hopeless|lethargic|{_WORN_OUT}|grumpy)"
           r"(?! after| by| when)",
           r"feel (?:awful|terrible|horrible|bad|sick|guilty|rubbish|like rubbish|like crap)",
           r"tired all the time"),
    # The problem named: "it's become a problem", "I have a drinking problem"; "it's not a
    # problem" is the negation of the same cue. A bare "the problem" says nothing.
    _fixed("problem", "reasons", 1, r"problem|issue|habit",
           pre=r"(?:is|was|be|been|become|becoming|getting|turned into|are|seems? like|feels? like"
               r"|have|has|had|got) (?:\w+ ){0,3}?(?:a|an|my|any)(?: \w+)?"),
    # "It's (not that) bad": said of a thing, not "a bad day".
    _fixed("bad", "reasons", 1, r"bad(?! (?:at|day|days|night|nights|week|time|times|idea|mood"
           r"|news|thing|things|luck|way|person|people|back|knee|dream)\b)",
           pre=r"is|was|be|been|getting|gets|so|really|pretty|that|too|as"),
    # A value at odds: "it clashes with who I am", "drinking goes against it": a cost of what is
    # named (asked how the change fits a value, "it" is the change).
    _fixed("at odds", "reasons", 1, r"clash\w*", r"conflicts?(?! of)", r"conflicting", r"at odds",
           r"uneas(?:y|ily)", r"goes? against", r"(?:pulling|pulls|pull) (?:me )?(?:both|two"
           r"|different) ways", r"contradicts?", by_subject="harm"),
    # Asked how the change fits, an answer that opens on the trouble with it: "That's the
    # problem really.", "This is the awkward part." (after something else, "that" is what was
    # just said: "It fits too well, that's the problem": ``fixed_hits``).
    _fixed("trouble with it", "reasons", 1,
           r"^(?:(?:well|honestly|so|yeah|hmm|ok) )*(?:this|that) is (?:the (?:(?:awkward|tricky"
           r"|hard|difficult|sticky) (?:bit|part|one)|problem|catch)|where i get stuck)"
           r"(?: (?:really|with it|mate|for me|honestly|though))*$", by_subject="harm"),
    # What changing would bring; the change itself, or "it" in a sentence looking ahead.
    # Seeing it anew: "Put like that it's a bit grim.", "Hadn't looked at it that way.", "when
    # you put it like that": the discrepancy seen, a reason to change.
    _fixed("seen anew", "reasons", 1,
           r"(?:put|said|written|laid out) (?:like (?:that|this)|(?:that|this) way)",
           r"(?:when|if) (?:you|u) (?:put|say|lay) it (?:like (?:that|this)|(?:that|this) way)",
           r"(?:had|have|did) (?:not|never) (?:thought of|looked at|seen) (?:it|that|this)"
           r"(?: laid out)? (?:like (?:that|this)|(?:that|this) way)", negatable=False),
    _fixed("would be better", "reasons", 1,
           r"(?:would|will|could|might) (?:(?!not\b)\w+ ){0,2}?(?:be (?:\w+ )?(?:nice|good|great"
           r"|better|easier|healthier|happier|fitter|calmer|proud|lighter|richer|stronger|slimmer"
           r"|clearer|sharper|more rested)|feel (?:\w+ )?(?:better|good|great|proud|healthier"
           r"|lighter|fitter|happier|calmer|stronger|rested)|sleep (?:\w+ )?better|help"
           r"|have more|save|get (?:better|healthier|fitter)|look (?:\w+ )?better"
           r"|mean|set (?:a|an) (?:\w+ )?example|make (?:\w+ ){0,2}?(?:easier|better|happier)"
           r"|make (?:a|all the|such a) (?:\w+ )?difference)",
           r"more (?:energy|money|time with)", r"save (?:some )?money", r"be proud",
           r"the right thing", r"important", r"priority", r"matters? (?:to me|more|most)",
           r"(?:a )?(?:good|great|not a bad|not such a bad) idea",
           r"means a lot", by_subject="benefit"),
    # A bad outcome that might come: "my wife might leave me", "I could lose my licence".
    _fixed("might lose", "reasons", 1,
           r"(?:might|could|will|would|going to|gonna|may) (?:\w+ )?(?:lose|leave me|end up"
           r"|get sick|get ill|die|kill me)", anyone=True),
    # Seeing that the behaviour causes problems is a reason to change.
    _fixed("causes", "reasons", 1,
           r"(?:related|linked|connected) to", r"(?:has|had|have) (?:something|a lot|anything)"
           r" to do with", r"caus(?:es|ed|ing)", r"(?:can|could|will|would|might|may) cause",
           r"(?:get|gets|getting|got|gotten) worse", by_subject="harm"),
    _fixed("feel better now", "taking_steps", 1,
           r"(?:have|has) been doing (?:\w+ )?(?:well|good|better|great)",
           r"(?:feel|feels|feeling|felt|sleeping|slept) (?:\w+ ){0,2}?better (?:already|since|now"
           r"|for it|these days|lately|this week|than (?:before|i did))",
           r"(?:already )?(?:feeling|sleeping) (?:\w+ ){0,2}?better",
           r"proud of (?:myself|me)", r"pleased with (?:myself|it|how)", negatable=False),
    _fixed("has to change", "need", 1, r"(?:something|things|it) (?:has|have|needs?|got) to change",
           r"enough is enough", r"can not (?:go on|keep (?:going|doing this|living)|continue)"
           r"(?: like this)?", negatable=False),
    # A decision or a limit set: "from now on", "I told myself", "no more than three nights".
    _fixed("decided", "commitment", 1, r"from now on", r"(?:told|promised) myself",
           r"made (?:up )?my mind", r"starting (?:today|tomorrow|tonight|on \w+day|next \w+"
           r"|this \w+)", r"(?:my|the) plan is", r"my goal is", r"stick(?:ing)? (?:with|to) (?:it"
           r"|this|the plan)", r"(?:no|not) more than", r"at most", r"(?:a|one) max(?:imum)? of",
           negatable=False),
    # (Not "for a start", "firstly".)
    _fixed("ready", "activation", 1, r"(?:first|next|small|a|baby) steps?",
           r"(?<!for )(?:a|a good) start",
           r"(?:it is|now is) (?:about |high |finally )?(?:the )?time(?= to|$)",
           r"give (?:it|this|that) a (?:go|try|shot)", r"worth (?:a )?(?:try|trying|shot|a go)",
           r"work(?:ing)? towards?", r"no (?:more )?excuses?"),
    # Reasons for the status quo: what the behaviour gives, and the company it keeps.
    _fixed("what it gives", "reasons", -1,
           # Awake where the day needs it: "keeps me awake at 4 on nights", "after lunch".
           rf"keeps? me (?:up|awake|going|alert) {_AWAKE_WHERE}",
           r"helps? me (?:\w+ )?(?:relax|sleep|cope|calm|unwind|deal|forget|focus|concentrate"
           r"|get through|chill|switch off|wind down|de stress|destress|escape)",
           r"(?:how|way|time) (?:i|to) (?:\w+ )?(?:relax|unwind|cope|switch off|wind down"
           r"|de stress|destress|escape|reward myself|treat myself|chill)",
           r"relax(?:ing|ed|es)?", r"calms? me", r"stress relief", r"unwind\w*", r"wind down",
           r"switch off", r"takes? (?:away )?(?:the |my |a lot of my )?(?:stress\w*|edge off)",
           r"fun(?! (?:money|run|fact|size|fair|park)\b)", r"good time(?! to\b)",
           r"tastes? (?:\w+ )?(?:good|great|nice|amazing|lovely|delicious)",
           r"(?:like|love|enjoy) the taste", r"buzz", r"reward",
           r"me time", r"comforts? me", r"(?:a|my) comfort", r"gets? me through",
           r"(?:a|my|little|nice|real|the|only) (?:\w+ )?treats?",
           r"(?:it|that|this) (?:really |does |just |actually |kind of |sort of )?helps?"
           r"(?! (?:me )?(?:to )?(?:quit|stop|cut|change))",
           r"keeps? me going",
           r"makes? me (?:feel )?(?:\w+ )?(?:good|great|relaxed|calm|calmer|happy|happier|better"
           r"|confident|normal)",
           r"(?:i|we) enjoy (?:it|them)", by_subject="benefit"),
    # Someone else's idea: the change (or this journal) taken on at another's say-so ("I'm only
    # doing this because my GP gave me a leaflet", "my partner signed me up for this").
    _fixed("not my idea", "reasons", -1,
           r"(?:only|just|simply) (?:doing|do|did) (?:this|it)(?: \w+)? (?:because|cause|cos|since)",
           r"(?:making|makes|made|signed|forcing|forces|forced) me (?:up )?(?:for |(?:to )?(?:do|use"
           r"|download|install|get|try|start) )?(?:this|the app)(?: app| journal| thing)?(?= so\b|$)",
           # "she put this on my phone"; not "I put the app on my home screen".
           r"(?<!\bi )(?<!\bi just )(?:put|installed|downloaded) (?:this|the app)(?: app| journal"
           r"| thing)? on (?:my|the) \w+",
           rf"(?:{_OTHERS_IDEA},? not mine|not my idea)", anyone=True),
    _fixed("everyone does it", "reasons", -1,
           r"(?:everyone|everybody|all my friends|all of my friends|my friends|my mates"
           r"|(?:loads|lots|plenty) of people|most people"
           r"|all my mates|people at work|the others|my partner|we all|they all) (?:\w+ ){0,2}?"
           r"(?:still )?(?:(?:does|do|is doing|are doing|\w+s) (?:it|that|the same)|drink|drinks|smoke"
           r"|smokes|vape|vapes|use|go out|goes out|stay up|stays up)",
           r"what (?:we|they) do", anyone=True),
    _fixed("social", "reasons", -1, r"social\w*", anyone=True),
    _fixed("fitting in", "reasons", -1, r"fit(?:ting)? in", r"left out", r"odd one out",
           r"miss out", r"peer pressure", r"pressured", r"pressure (?:from|to)", r"conform\w*",
           r"outcast", r"ostraci[sz]ed",
           r"(?:people|they|everyone) (?:would|will|might) (?:think|ask|judge|notice)",
           r"(?:they are|he is|she is) (?:still )?my (?:friends?|mates?)", anyone=True,
           negatable=False),
    # Little of the behaviour: "I don't drink that much", "only at weekends", "still do it".
    _fixed("minimised", "reasons", -1,
           r"not (?:\w+ )?(?:that |very |so |too |really )?(?:much|often|many|heavily|a lot)",
           r"not (?:\w+ )?(?:on a (?:\w+ )?basis|regularly|every day)", r"only (?:on|at|when|once"
           r"|twice|a few|a couple|one|two|socially|weekends)", r"just (?:a few|a couple|one|two"
           r"|socially)", negatable=False, needs_behaviour=True),
    # The behaviour itself played down, a whole clause: "Its only vapour.", "it's just a drink",
    # "its only breakfast" (not "it's only a 7 because...", "it's just me").
    _fixed("only that", "reasons", -1,
           r"^(?:(?:but|and|so|honestly|tbh|dunno|i mean|come on|nothing really) )*(?:it is|its|that is"
           r"|this is) (?:only|just)(?= (?:a |an |the |some )?(?:\w+ ){0,2}?\w+(?: (?:is it not|innit"
           r"|really|tbh|lol|honestly|though|tho|after all))*$)", negatable=False,
           needs_behaviour=True),
    _fixed("still do it", "reasons", -1, r"still (?:do|doing|did) (?:it|that)",
           r"only (?:\w+ )?(?:do|did|have|use) (?:it|them|one) (?:when|at|on|if|with)",
           r"(?:i|we) still (?:\w+ )?(?:do|like|love|enjoy)", negatable=False),
    # The problem played down; the negation is part of the phrase.
    _fixed("played down", "reasons", -1,
           r"no big deal", r"(?:not|hardly) the end of the world",
           r"(?:not|hardly) (?:\w+ )?(?:be )?(?:a|the) (?:\w+ )?disaster",
           r"not (?:a |that |such a |so )?(?:big|serious|heavy)(?! for| (?:leap|step|jump|stretch"
           r"|change|shift|ask)\b)",
           r"nothing (?:that|too|so) (?:bad|serious)",
           r"(?:is|am|are|it|got|have|has|everything|all|totally|completely) under control",
           r"(?:any ?time|whenever) i (?:want|like)",
           r"not (?:an?|some) (?:\w+ )?(?:alcoholic|addict|smoker|drinker|gambler|junkie)",
           r"not hurting", r"(?:it|that|this) (?:does|did) not (?:really )?(?:affect|hurt|bother)",
           r"(?:never|does not|did not|would not|will not) (?:really )?hurt (?:anyone|anybody|me)",
           r"not (?:a |an |any |much of a |really a |really an )?(?:problem|issue)",
           r"(?:do not|never) see (?:the |a |any |much )?(?:harm|problem|issue|point|need|rush"
           r"|hurry|reason|danger)", r"(?:do not|never) see (?:it|this|that) as",
           r"(?:do|would) not (?:call|consider) (?:myself|it|my)",
           r"nothing wrong", r"(?:no ?one|nobody) cares", r"i deserve",
           r"not like (?:it is|its|they are) (?:an? )?(?:drugs?|heroin|crack|cocaine|meth)",
           r"(?:it is|that is|it is just|that is just|it is pretty|it is totally) normal(?! now\b)",
           r"(?:it is|that is) (?:my|our) (?:choice|right|business|life)",
           r"not (?:that |so |very |really )?(?:risky|dangerous|harmful|unhealthy)",
           r"(?:less|not as) (?:\w+ )?(?:harmful|bad|dangerous|risky|unhealthy) (?:than|as)",
           r"(?:is|am) (?:fine|okay|ok|alright|all right) (?:with|the way|as)",
           r"feel (?:absolutely |perfectly |totally )?fine",
           r"(?:happy|content|comfortable)(?: enough)? (?:with (?:how|the way) things are"
           r"|(?:with )?the way (?:things are|i am|it is)|as (?:i am|it is|things are|they are)"
           r"|with (?:my life|life|things) as (?:it is|they are))(?! going\b)",
           r"(?:probably|pretty much|i will be|i would be|we will be|we would be) (?:fine|ok|okay"
           r"|alright|all right)",
           r"(?:no|not have(?: any)?) plans? (?:to|of)", negatable=False),
    # The change put off for a time: "not doing it yet", "not changing anything in the middle of
    # a restructure", "not quitting till after Christmas". Not persistence ("not giving up until
    # I get there"), a rule ("not doing takeaways during the week") or a report ("haven't quit
    # yet").
    _fixed("put off", "commitment", -1,
           r"(?<!to )(?<!have )(?<!has )(?<!had )(?:not|never) (?:going to |be )?(?:do|doing|change"
           r"|changing|quit|quitting|stop|stopping|start|starting|give up|giving up"
           r"|give (?:it|them) up|giving (?:it|them) up"
           r"|cut (?:down|back)|cutting (?:down|back))(?: (?:it|this|that|anything|them|any of it))?"
           r" (?:yet|during|in the middle of|halfway through|right now|rn|before then"
           r"|(?:till|til|until) after (?:the |my )?(?:new year|christmas|easter|summer|holidays?"
           r"|exams?|wedding|move|busy season|\w+)"
           r"|(?:till|til|until) (?:the )?(?:new year|next year|christmas|easter|summer|the holidays)"
           r"|in (?:the )?(?:winter|dark|rain|cold|snow)(?! any ?more))",
           # Not all of it, of what is given up: "not giving them up completely" (not "not
           # giving up altogether", which keeps at it).
           r"(?:not|never) (?:going to )?(?:give|giving) (?:it|them|that|those) up (?:completely"
           r"|fully|entirely|altogether|for good)",
           negatable=False),
    # The behaviour done less or more now, said as a fact: "I'm smoking less", "Drinking less
    # these days.", "walking more" (the side of what is done: ``fixed_hits``).
    _fixed("less of it", "taking_steps", 1, r"less|more|better|healthier"),
    # Asked how it has gone: less of it ("only two drinks", "down to five a day", "fewer
    # takeaways") is a step when the change is to do less, and a shortfall when it is to do more
    # ("only ran once"); a replacement ("had tea instead", "swapped the wine for fizzy water").
    _fixed("fewer", "taking_steps", 1,
           rf"(?:only|just|down to|cut (?:\w+ )?(?:down |back )?to|dropped to|under)"
           rf" (?:(?!to\b)\w+ ){{0,2}}?"
           rf"{_QUANTITY}", r"fewer", r"less than (?:usual|before|normal|last week)",
           r"down from",
           # not "Not one of them noticed": nobody
           r"not (?:once|one(?! of (?:them|us|you|those|these|the \w+|my \w+|our \w+)"
           r" (?:\w+ly )?(?:noticed|said|asked|cared|knew|mentioned|commented|minded|laughed"
           r"|realised|realized|complained|judged|questioned|batted)\b)|a single)(?! \w+ing)",
           # "down to weekends", "down to about a can every 2 days": the times or the rate left
           # (not "counting down to the weekend", "all down to Fridays", "going down to a class").
           rf"{_NOT_TOWARD}down to (?:(?:{_ROUGHLY}) )?(?:the )?(?:weekends?|weekdays?|evenings?|nights?"
           r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|special occasions|every other \w+)",
           rf"{_NOT_TOWARD}down to (?:(?:{_ROUGHLY}) )?(?:a|an|one) \w+(?: \w+)? (?:a|every|per|each) \w+",
           negatable=False),
    # Asked how it has gone, an amount now beside the one before: "4 a day now was 6", "2 now
    # used to be 5", "one not four": less of it is a step when the change is to do less (``fixed_hits``).
    _fixed("now against before", "taking_steps", 1,
           r"(?<![\d.])(?P<now>\d{1,3})(?: (?:a|per|each) (?:day|night|week|shift))? now (?:it )?(?:was|used"
           r" to be|from|down from|up from) (?P<before>\d{1,3})\b",
           # An amount set against another with "not": "One not four", "twice not 5 times".
           # (A bare figure may be a time: "Home 10 not 1"; with a unit it is counted.)
           r"(?<![\w.])(?<!\bat )(?<!\bby )(?<!\btill )(?<!\buntil )"
           rf"(?P<had>(?!\d)(?:{_AMOUNT_WORD})|once|twice|\d+(?= {_UNIT_WORD} not\b))"
           rf"(?: {_UNIT_WORD})? not (?:the usual |like )?"
           rf"(?P<usual>{_AMOUNT_WORD})\b(?! (?:minutes|mins|hours|hrs|am|pm|o clock)\b)",
           negatable=False, progress_only=True),
    _fixed("replacement", "taking_steps", 1, r"instead(?: of)?|rather than|swapp\w*"
           r"|switch\w* (?:to|for|over)|replac\w*", negatable=False),
    # Asked what it would take to rate it higher, that it is already there: "its already high
    # tbh", "its gone up already", "it's more like a 7 now" (``fixed_hits``).
    _fixed("already there", "reasons", 1,
           r"already (?:there|high|up|higher|(?:pretty|quite|very|really) high)",
           r"(?:(?:it|its|it has|that has|importance has|confidence has|the number has) )(?:already )?"
           r"gone up(?: already)?",
           r"more like an? (?:[5-9]|10|five|six|seven|eight|nine|ten) now",
           negatable=False),
    # Asked how a change to do more has gone, forgetting it, told alone: "forgot.", "forgot
    # again" (of a change to do less, "Forgot all about it." is the habit forgotten:
    # ``fixed_hits``).
    _fixed("forgot", "taking_steps", -1,
           r"^(?:(?:and|but|then|so|i|just|totally|completely|honestly) )*(?:forgot|forgotten)"
           r"(?: (?:again|all about it|about it|it|them|twice|lol|tbh|honestly|\w+day))*$",
           negatable=False, progress_only=True),
    # Asked how it has gone, an offer or a request turned down by the person: "said no to the
    # carnival", "he asked again friday. i said no.", "Declined 4." (not "she said no", nor
    # "can't say no"); of a change to do more, what it turned down may be the change itself
    # (``fixed_hits``).
    _fixed("said no", "taking_steps", 1,
           r"said no(?! (?:guilt|way|problem|worries|bother|idea|more)\b)", r"declined",
           r"turned (?:(?:it|them|him|her|that|the \w+) )?down", progress_only=True),
    # Something new for the person in a report, of what they did before it: "Apologised an
    # hour later, which is new for me", "Said no to a second glass. New for me." (not "which is
    # nothing new", nor a new lapse: "Smoked at work, which is new for me": ``fixed_hits``).
    _fixed("new for me", "taking_steps", 1,
           r"(?:which|that|this) (?:is|was) (?:(?!not\b|nothing\b)\w+ ){0,2}new (?:for|to) me$",
           r"^(?:(?:which|that|this) (?:is|was) )?a first for me$", r"^new for me$", negatable=False,
           progress_only=True),
    # Back on track after a lapse (``_BACK_ON_TRACK``): before "went well", whose "on track" it
    # is, so that the lapses told before it are read as the recovery's story (``reading``).
    _fixed("back on track", "taking_steps", 1, _BACK_ON_TRACK, negatable=False, progress_only=True),
    # Something told done, in the words of a verdict: "Did it!", "nailed it", "survived".
    _fixed("did it", "taking_steps", 1,
           r"survived", r"(?:did|done|nailed|smashed|stuck to|kept to|kept up) (?:it|that)",
           progress_only=True),
    _fixed("went well", "taking_steps", 1,
           r"progress", r"halfway(?: there)?", r"so far so good",
           r"(?:a )?(?:small |big |little |real )?(?:win|victory|miracle)",
           r"first time (?:since|in)",
           r"^(?:(?:the|honestly|and|so) )*first time (?:ever|i can remember)(?: (?:lol|tbh|honestly"
           r"|really))*$",
           r"net positive", r"on track", r"not (?:too |that |so )?bad(?! enough)",
           r"(?:went|gone|going|goes) (?:\w+ )?(?:well|ok|okay|alright|all right|better|great"
           r"|fine|smoothly|good)(?! with\b)",
           # A clean stretch, the verdict alone: "Clean week.", "another clean weekend".
           r"^(?:(?:a|another|whole|full|totally|completely|fully|first) )*clean (?:week|weekend"
           r"|month|day|fortnight|run|sheet)s?" + _VERDICT_TAIL,
           r"(?:a )?(?:good|great|decent|better|solid) (?:weeks?|days?|nights?|start|few days)",
           rf"{_STRETCH} (?:(?:{_DEGREE}) )*(?:good|great|fine|decent|solid|better)"
           rf"{_VERDICT_TAIL}",
           r"easier than", r"better than (?:i |expected|last|before|usual|normal)",
           # A bare verdict: "Really well actually.", "Good.", "Pretty great so far."
           # ("well" only after a word that makes it a verdict: "Well, I had 5" is a filler.)
           r"^(?:(?:(?:really|pretty|very|so|quite|surprisingly) )+well|(?:(?:really|pretty|very"
           r"|so|quite|surprisingly|actually|mostly|largely|generally|fairly|mainly) )*"
           r"(?:good|great|brilliant|amazing|excellent|all good|sweet as|spot on))"
           r"(?: (?:actually|tbh|honestly|thanks|so far|overall|mostly|really|i think"
           r"|to be honest|lol|haha|all things considered|like|mind|ngl))*$",
           rf"^(?:(?:much|way|loads|a lot|a bit|bit|slightly|heaps) )*better{_VERDICT_TAIL}",
           rf"^(?:(?:still|so|way|much|loads|a lot|that is|which is) )*better than (?:the )?"
           rf"{_NUMBER_WORD}{_VERDICT_TAIL}",
           r"felt (?:\w+ )?(?:good|great|fine|better)", r"proud",
           # "It's working.", "The decaf swap is working, sort of.", "the nuts in the cab is
           # working" (not "the wife is working", "the builders are working next door")
           rf"(?:it|this|that|the (?!(?:{_PEOPLE}|builders?|workmen|council|shop)s?\b)(?:\w+ ){{0,3}}?\w+)"
           r" (?:is|are|has been|seems to be) (?:really |actually |definitely )?working"
           r"(?! (?:late|nights?|weekends?|from|on|at|for|away|next door|overtime)\b)",
           # "the fiver thing works.", "that worked a treat" (not "it works out at £3 a day").
           rf"(?:it|this|that|the (?!(?:{_PEOPLE}|builders?|workmen|council|shop)s?\b)(?:\w+ ){{0,3}}?\w+)"
           r" (?:really |actually |definitely )?(?:works|worked)(?: (?:well|great|a treat|wonders"
           r"|really well|so far|tbh|honestly|actually|mostly|sort of|kind of|lol))*$",
           r"(?:was|were|has been|have been) (?:mostly |pretty |all |really )?(?:fine|good|great"
           r"|okay|ok|better)",
           r"^(?:(?:a|bit|little|lot|much|slightly|somewhat|way|loads|tiny|getting) )*better"
           rf"{_VERDICT_TAIL}", progress_only=True),
    # Kept up until it is routine ("It's just normal now", "second nature"), or the habit is
    # ("Drinking every night is just normal now"): the side of what the clause names.
    _fixed("routine", "taking_steps", 1, r"(?<!back to )(?:just |pretty much |kind of )?normal now",
           r"(?:the )?new normal", r"second nature", negatable=False, progress_only=True),
    # Still at it, or still not: "still vaping", "still walking every day", "still no smoking".
    _fixed("still", "taking_steps", 1, r"still(?= (?:no|not|off|clean|sober|free|\w+ing)\b)",
           negatable=False, by_object=True, progress_only=True),
    # A count of days kept: "three nights out of seven", "every day bar Sunday", "Day 6 no
    # smokes".
    _fixed("days kept", "taking_steps", 1, rf"(?:{_NUMBER_WORD} )?(?:\w+ )?out of {_NUMBER_WORD}",
           rf"^(?:so )?{_NUMBER_WORD} (?:days?|nights?|mornings?|evenings?|shifts?) of (?:the )?"
           rf"{_NUMBER_WORD}{_VERDICT_TAIL}",
           r"every (?:day|night|morning|evening) (?:bar|but|except)",
           rf"(?<!lost )(?<!missed )(?<!skipped )(?<!wasted )(?:{_NUMBER_WORD}|eleven|twelve)"
           r" (?:\w+ )?(?:days?|nights?|mornings?|evenings?|weeks?|months?) (?:this week|without"
           r"|clean|straight|in a row|on the (?:trot|bounce)|nothing|free|sober|dry|so far)",
           rf"(?:day|week|wk) (?:{_NUMBER_WORD}|eleven|twelve) (?:\w+ free|of no|done|without|clean"
           r"|sober|dry|free)\b",
           r"(?<!missed )(?<!skipped )\b[1-7] 7 (?:days?|nights?|mornings?|evenings?)\b",  # "4/7"
           rf"^[1-7] 7{_VERDICT_TAIL}",  # "4/7." told alone
           rf"^(?:(?:had|have had|i have had|that is|so|and) )?{_NUMBER_WORD} (?:days?|nights?"
           r"|mornings?|evenings?|weeks?) off(?: (?:it|them|the \w+|\w+ing))?(?: (?:this|last)"
           r" week| so far| in a row| now| running)*$",
           negatable=False, progress_only=True),
    # Asked how it has gone, or in a note keeping a tally: a record set (see ``_RECORD``), the
    # worst time in a while, a lapse (``_WORST``), and money the change has kept.
    _fixed("record", "taking_steps", 1, *_RECORD, progress_only=True),
    _fixed("worst record", "taking_steps", -1, *_WORST, progress_only=True),
    _fixed("money saved", "taking_steps", 1, *_MONEY_SAVED, progress_only=True),
    # "two weeks no shouting", "Day 6 no smokes": none of the habit, for so long (not "no
    # motivation", "no change").
    _fixed("days none", "taking_steps", 1,
           rf"(?:{_NUMBER_WORD} (?:days?|weeks?|months?)|(?:day|week|wk) {_NUMBER_WORD}) (?:no|with no)"
           r"(?! (?:motivation|progress|luck|change|changes|improvement|time|energy|idea|better"
           r"|worse|difference|chance|sleep|money|help|news|word|reply|answer|point|plan)\b)",
           negatable=False, progress_only=True),
    # A clause that is only a count of days or weeks kept, when the change is to stop or do less
    # ("Day 19.", "ok so day 12", "Week 9.", "Week 14, 4 weeks since the slip", "3 weeks and 2
    # days"); for a change to do more it is a programme's date.
    _fixed("count kept", "taking_steps", 1, *_COUNT_KEPT, weight=0.6, negatable=False,
           progress_only=True),
    # A diary entry without a verb: "three dry nights!", "in bed by 11 monday and wednesday".
    _fixed("report", "taking_steps", 1, _FREQUENCY, weight=0.6, negatable=False,
           needs_behaviour=True),
    # Asked how it has gone, "none" told alone ("But none.", "so none."): none of the habit of a
    # change to do less, a step; none of the change to do more, a shortfall (``fixed_hits``).
    _fixed("none told", "taking_steps", 1,
           r"(?:^|\bso |\bbut |\band |, )(?:none|zero|nil|nada|zilch)(?: (?:this week|at all|all week"
           r"|tbh|honestly|so far|since|lol|whatsoever|either))*$",
           negatable=False, progress_only=True),
    # A diary's "no vape.", "no gym all week": none of the behaviour, a step or a shortfall.
    _fixed("none of it", "taking_steps", 1, r"^(?:still )?(?:no|zero|0|not a|not one|not a single)(?= )",
           weight=0.6, negatable=False, progress_only=True),
)
